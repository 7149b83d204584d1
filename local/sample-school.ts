// The bundled sample school for `npm start`: a fictional primary school (5 khối, 20 classes,
// about 600 students, about 100 of them on the support roster) with three review points entered
// and the kind of mistakes a tired teacher makes. Generated, so it is the same on every machine.
import type ExcelJS from 'exceljs';
import { buildSchoolWorkbook, seededRandom, randomPerson, type SchoolSpec, type StudentSpec, type ClassSpec } from './workbook-builder';
import { AREAS as CORE_AREAS } from '../src/core/vocab';

/** The four areas of the seed table, in the core's report order. */
const AREAS = CORE_AREAS.slice(0, 4).map((a) => a.name);
const QUALITY = new Set(CORE_AREAS.filter((a) => a.scale === 'quality').map((a) => a.name));
const TEACHERS = ['Nguyễn Thị Hạnh', 'Trần Văn Lộc', 'Lê Thị Thu', 'Phạm Ngọc Ánh', 'Võ Thị Kim', 'Đặng Văn Tâm', 'Bùi Thị Yến',
  'Huỳnh Thị Nga', 'Phan Văn Hòa', 'Đỗ Thị Lệ', 'Hồ Văn Phát', 'Ngô Thị Sen', 'Dương Thị Hồng', 'Lý Văn Quý', 'Trần Thị Ngọc',
  'Lê Văn Toàn', 'Nguyễn Thị Xuân', 'Phạm Thị Loan', 'Võ Văn Trung', 'Đặng Thị Mỹ'];

type RatedStudent = StudentSpec & { ratings: Record<string, Record<string, ExcelJS.CellValue>> };

/** The rating a teacher would give: C when support is still needed, else H/T (Đ/T for qualities). */
function rate(area: string, needs: boolean, random: () => number): string {
  if (needs) return 'C';
  const good = QUALITY.has(area) ? 'T' : 'T';
  const fine = QUALITY.has(area) ? 'Đ' : 'H';
  return random() < 0.7 ? fine : good;
}

export function sampleSpec(): SchoolSpec & { students: RatedStudent[] } {
  const random = seededRandom(2025);
  const classes: ClassSpec[] = [];
  const students: RatedStudent[] = [];
  let teacher = 0;
  for (let grade = 1; grade <= 5; grade++) {
    for (const letter of ['A', 'B', 'C', 'D']) {
      const name = `${grade}${letter}`;
      classes.push({ name, grade, teacher: TEACHERS[teacher++], size: 28 + Math.floor(random() * 7) });
      const count = 3 + Math.floor(random() * 5);
      for (let i = 0; i < count; i++) {
        const person = randomPerson(random);
        const dn = AREAS.filter(() => random() < 0.45);
        if (dn.length === 0) dn.push(AREAS[Math.floor(random() * 2)]);
        const gki = AREAS.filter((a) => (dn.includes(a) ? random() < 0.7 : random() < 0.05));
        const cki = AREAS.filter((a) => (gki.includes(a) ? random() < 0.6 : random() < 0.04));
        const ratings = {
          DN: Object.fromEntries(dn.map((a) => [a, 'x'])),
          GKI: Object.fromEntries(AREAS.map((a) => [a, rate(a, gki.includes(a), random)])),
          CKI: Object.fromEntries(AREAS.map((a) => [a, rate(a, cki.includes(a), random)])),
        };
        const year = 2025 - grade - 5;
        students.push({
          name: person.name,
          female: person.female,
          className: name,
          birth: `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/${String(1 + Math.floor(random() * 12)).padStart(2, '0')}/${year}`,
          disability: random() < 0.05,
          supporter: TEACHERS[(teacher + i) % TEACHERS.length],
          ratings,
        });
      }
    }
  }
  // The mistakes a tired teacher makes, each one for the Kiểm tra tab to find.
  students[3].className = '';                                   // class forgotten
  students[8].ratings.GKI['Phẩm chất'] = 'H';                    // subject scale in a quality column
  students.splice(15, 0, { ...students[14], ratings: JSON.parse(JSON.stringify(students[14].ratings)) }); // pasted twice
  students[22].ratings.CKI.Toán = { error: '#N/A' as ExcelJS.ErrorValue }; // a broken lookup formula
  students[30].supporter = '';                                  // no supporting teacher yet
  students[41].ratings.CKI = {};                                // Cuối HKI not entered
  students[41].ratings.GKI.Toán = 'C';
  students[47].birth = '31/02/2017';                            // no such date
  students[52].className = '5E';                                // a class missing from the Lớp tab
  students[60].ratings.CKI['Tiếng Việt'] = '';                   // one area left blank after C at GKI
  students[60].ratings.GKI['Tiếng Việt'] = 'C';
  students[66].ratings.GKI.Toán = 'chưa hoàn thành';             // long form, still readable
  students[67].ratings.GKI['Năng lực'] = 'cần cố gắng';
  return {
    title: ['UBND PHƯỜNG AN HÒA', 'TRƯỜNG TIỂU HỌC HÒA BÌNH', 'DANH SÁCH HỌC SINH CẦN HỖ TRỢ NĂM HỌC 2025 - 2026'],
    headerStyle: 'two-row',
    points: ['DN', 'GKI', 'CKI', 'GKII', 'CN'],
    areas: AREAS,
    students,
    blankRowsEvery: 40,
    classes,
    config: [
      ['Cơ quan chủ quản', 'UBND phường An Hòa'],
      ['Tên trường', 'Trường Tiểu học Hòa Bình'],
      ['Địa danh', 'An Hòa'],
      ['Năm học', '2025 - 2026'],
      ['Người ký', 'Lê Thị Minh Tâm'],
      ['Chức danh ký', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG'],
      ['Nơi nhận', 'Hiệu trưởng (để báo cáo);\nCác tổ chuyên môn (để thực hiện);\nLưu: VT, CM.'],
      ['Số văn bản', '/BC-THHB'],
      // Targets (PRODUCT 3.7): the share of students not needing support, as the school wrote them.
      ['Chỉ tiêu môn học', 'trên 90%'],
      ['Chỉ tiêu Toán', '95%'],
      ['Chỉ tiêu năng lực', 'Đạt 97%'],
    ],
    plan: [
      ['9/2025', 'Lập danh sách học sinh cần hỗ trợ; phân công GV hỗ trợ.', 'GVCN ghi mốc Đầu năm; họp phụ huynh.', 'GVCN'],
      ['10/2025', 'Theo dõi việc hỗ trợ ở các lớp.', 'Tổ trưởng dự giờ hỗ trợ.', 'Tổ trưởng'],
      ['11/2025', 'Đánh giá giữa học kì I.', 'Nhập kết quả GKI; chạy Tổng hợp.', 'GVCN, GVBM'],
      ['12/2025', 'Kiểm tra cuối học kì I; sơ kết.', 'Nhập kết quả CKI; in báo cáo.', 'GVCN, PHT'],
      ['1+2/2026', 'Tiếp tục hỗ trợ theo kế hoạch.', 'GV hỗ trợ theo dõi từng em.', 'GV hỗ trợ'],
      ['3/2026', 'Đánh giá giữa học kì II.', 'Nhập kết quả GKII.', 'GVCN, GVBM'],
      ['4/2026', 'Ôn tập cuối năm.', 'Học nhóm nhỏ.', 'GVCN'],
      ['5/2026', 'Kiểm tra cuối năm; danh sách hỗ trợ hè.', 'Nhập kết quả CN; duyệt kế hoạch hè.', 'BGH, GVCN'],
    ],
  };
}

/** The sample workbook, and the run date that makes its three review points meaningful. */
export function sampleSchool() {
  return { ...buildSchoolWorkbook(sampleSpec()), today: '2026-01-20' };
}

