// Workbooks with mentors and a monthly log (PRODUCT 3.8, 3.9): seed 004's five-row annex as a
// school types it (its structure, made-up people and words), and a school of 300 students with
// 40 mentored and a Nhật ký of 120 rows, each row's fate known in advance.

import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core/model';

/** Seed 004's annex shape: TT | Họ và tên | Lớp | Hoàn cảnh… | Sự rèn luyện… | GV nhận đỡ đầu. */
export const SEED004_ROWS: unknown[][] = [
  [1, 'Hoàng Văn Phúc', '10A4', 'Cha mẹ hay đau ốm, không làm việc nặng được; nhà ở xa trường; em đi làm thêm buổi tối', 'Ngoan, chăm học, có trách nhiệm với lớp', '1. Ngô Văn Quang; 2. Hoàng Thị Yên'],
  [2, 'Nguyễn Thị Thu Ngân', '12 A1', 'Kinh tế gia đình khó khăn; cha mẹ làm ăn xa', 'Học lực Giỏi, chịu khó vượt khó', '1. Trần Thị Thu Tâm; 2. Ngô Văn Quang (hỗ trợ)'],
  [3, 'Lê Minh Hiển', '11A3', 'Mẹ lớn tuổi, anh trai bị tai nạn phải nằm một chỗ', 'Có lúc sa sút, đang cố gắng lại sau khi thầy cô động viên', '1. Nguyễn Đức Thắng'],
  [4, 'Tạ Thị Anh Thảo', '12A1', 'Gia đình khó khăn; mẹ thường đau ốm', 'Học lực Giỏi, có ý thức vươn lên', '1. Lê Hữu Hưng; 2. Huỳnh Thị Phượng'],
  [5, 'Trương Thị Thủy', '10A2', 'Kinh tế gia đình khó khăn', 'Học lực khá', '1. Nguyễn Thị Bích'],
];

export const SEED004_HEADER = ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'Sự rèn luyện của bản thân', 'GV nhận đỡ đầu'];

export function seed004Config(): SheetGrid {
  return { name: 'Cấu hình', values: [
    ['Mục', 'Giá trị'], ['Cơ quan chủ quản', 'Sở GD&ĐT Đắk Nông'], ['Tên trường', 'Trường THPT Thử Nghiệm'], ['Địa danh', 'Đắk Song'],
    ['Năm học', '2025-2026'], ['Kế hoạch số', '52/KH-THPT'], ['Ngày kế hoạch', '16/11/2025'], ['Người lập danh sách', 'Phan Văn Lập'],
  ] };
}

export function seed004Sheets(): SheetGrid[] {
  return [seed004Config(), { name: 'Danh sách', values: [SEED004_HEADER, ...SEED004_ROWS] }];
}

/** Grids as an .xlsx workbook, as a school's file would hold them. */
export function toWorkbook(sheets: SheetGrid[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const row of sheet.values) ws.addRow(row.map((v) => (v === '' ? null : v)));
  }
  return workbook;
}

// ---------------------------------------------------------------- the school of 300

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hạ', 'Khánh', 'Linh', 'Mai', 'Nam', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Uyên', 'Vy', 'Xuân', 'Yến', 'Hùng', 'Hưng', 'Thảo', 'Trang', 'Việt'];
export const MENTORS = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Lê Thị Mai', 'Phạm Văn Đức', 'Vũ Thị Hoa', 'Đỗ Văn Tín', 'Bùi Thị Ngọc', 'Hồ Văn Sơn'];
/** How the roster writes each mentor on some rows: short forms the reader must join to the full name. */
const SHORT: Record<string, string> = { 'Nguyễn Thị Lan': 'cô Lan', 'Trần Văn Hùng': 'thầy Hùng' };

export const CLASSES = ['10A1', '10A2', '10A3', '11A1', '11A2', '11A3', '12A1', '12A2', '12A3', '12A4'];

export interface PlannedStudent {
  row: number;
  name: string;
  className: string;
  mentors: string[];
  hardship: string;
  conduct: string;
}

export interface MentorSchool {
  sheets: SheetGrid[];
  students: PlannedStudent[];
  /** For each log row (1-based sheet row): the roster row it belongs to, or why it belongs to none. */
  logFate: Array<{ row: number; student?: number; problem?: { code: string; cell: string }; month?: string }>;
}

/**
 * 300 students in 10 classes of 30. Every 7th student and a few more (40 in all) have a mentor;
 * the two students named "Lê Văn Hùng" in 10A1 and 11A2 are both mentored. The log (a Google
 * Form responses tab: "Dấu thời gian" first) has 120 rows: dates as Date cells (timestamps), as
 * text "dd/mm/yyyy hh:mm:ss" and as a month "11/2025", and rows naming no student, a student of
 * another class, or a name two classes share without the class.
 */
export function mentorSchool(): MentorSchool {
  const students: PlannedStudent[] = [];
  let n = 0;
  for (const className of CLASSES) {
    for (let i = 0; i < 30; i++, n++) {
      const name = n === 7 || n === 127 ? 'Lê Văn Hùng' : `${FAMILY[n % 10]} ${MIDDLE[(n * 7) % 6]} ${GIVEN[(n * 11) % 25]} ${String.fromCharCode(65 + (n % 26))}`;
      const mentored = n % 7 === 0 && n < 260 ? true : [275, 283].includes(n);
      const mentor = MENTORS[n % 8];
      const second = n % 21 === 0 ? [`${MENTORS[(n + 3) % 8]} (hỗ trợ)`] : [];
      const written = n % 14 === 0 && SHORT[mentor] ? SHORT[mentor] : mentor;
      students.push({
        row: n + 2, name, className, mentors: mentored ? [written, ...second] : [],
        hardship: mentored && n % 2 === 0 ? 'Gia đình khó khăn' : '', conduct: mentored ? 'Chăm ngoan' : '',
      });
    }
  }
  const mentored = students.filter((s) => s.mentors.length > 0);
  // Every mentored student needs support in Toán at Giữa học kì I (4,0), so each owes a monthly report (PRODUCT 3.8).
  const header = ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh', 'Sự rèn luyện', 'GV hỗ trợ', 'GKI - Toán'];
  const roster: SheetGrid = { name: 'Danh sách', values: [header, ...students.map((s, i) => [i + 1, s.name, s.className, s.hardship, s.conduct,
    s.mentors.map((m, k) => `${k + 1}. ${m}`).join(' '), s.mentors.length > 0 ? '4,0' : ''])] };

  const log: unknown[][] = [['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét']];
  const fate: MentorSchool['logFate'] = [];
  // 30 mentored students get an entry in November (the run's month); 10 do not. Others have October entries.
  const november = mentored.filter((_, i) => i % 4 !== 3);
  for (let i = 0; log.length <= 120; i++) {
    const s = mentored[i % mentored.length];
    const row = log.length + 1;
    const kind = i % 12;
    let when: unknown;
    let month: string;
    if (i < mentored.length && november.includes(s)) {
      month = '2025-11';
      when = kind % 3 === 0 ? new Date(Date.UTC(2025, 10, 1 + (i % 20), 3, 15)) : kind % 3 === 1 ? `${String(2 + (i % 20)).padStart(2, '0')}/11/2025 09:30:00` : '11/2025';
    } else {
      month = '2025-10';
      when = kind % 2 === 0 ? `${String(1 + (i % 28)).padStart(2, '0')}/10/2025 16:05:12` : new Date(Date.UTC(2025, 9, 1 + (i % 28), 9));
    }
    const mentor = s.mentors[0] ?? '';
    if (i >= mentored.length && kind === 5) {
      log.push([when, 'Người Không Có', '10A1', mentor, 'Gọi điện', '']);
      fate.push({ row, problem: { code: 'LOG_STUDENT_UNKNOWN', cell: `B${row}` } }); // the name is found nowhere: its own cell
    } else if (i >= mentored.length && kind === 7) {
      log.push([when, 'Lê Văn Hùng', '', mentor, 'Kèm Toán', '']);
      fate.push({ row, problem: { code: 'LOG_STUDENT_AMBIGUOUS', cell: `C${row}` } });
    } else if (i >= mentored.length && kind === 9) {
      log.push([when, s.name, '12A4', mentor, 'Kèm Toán', '']);
      fate.push({ row, problem: s.className === '12A4' ? undefined : { code: 'LOG_STUDENT_UNKNOWN', cell: `C${row}` }, student: s.className === '12A4' ? s.row : undefined, month });
    } else {
      log.push([when, s.name, s.className, mentor, 'Kèm học, trò chuyện', kind % 2 ? 'Tiến bộ' : 'Cần theo dõi thêm']);
      fate.push({ row, student: s.row, month });
    }
  }
  const config: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ['Tên trường', 'Trường THPT Thử Nghiệm']] };
  return { sheets: [config, roster, { name: 'Câu trả lời biểu mẫu 1', values: log }], students, logFate: fate };
}
