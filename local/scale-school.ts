// A school of any size for call-count tests and `npm run bench`: the same shape at 100, 2,000
// or 20,000 roster rows (the same classes, review points and kinds of mistakes, in proportion).
import type ExcelJS from 'exceljs';
import { buildSchoolWorkbook, seededRandom, randomPerson, type ClassSpec, type StudentSpec } from './workbook-builder';
import { AREAS as CORE_AREAS } from '../src/core/vocab';
import { classStudents, POINTS as SECONDARY_POINTS, SECONDARY_SAMPLE_TODAY } from './sample-secondary';

/** The four areas of the seed table, in the core's report order. */
const AREAS = CORE_AREAS.slice(0, 4).map((a) => a.name);

export function scaleSchool(rows: number): ExcelJS.Workbook {
  const random = seededRandom(rows);
  const classes: ClassSpec[] = [];
  for (let grade = 1; grade <= 5; grade++) {
    for (const letter of ['A', 'B', 'C', 'D']) classes.push({ name: `${grade}${letter}`, grade, teacher: `GV ${grade}${letter}`, size: Math.ceil(rows / 20) + 30 });
  }
  const students: Array<StudentSpec & { ratings: Record<string, Record<string, ExcelJS.CellValue>> }> = [];
  for (let i = 0; i < rows; i++) {
    const person = randomPerson(random);
    const className = classes[i % classes.length].name;
    const dn = AREAS.filter(() => random() < 0.4);
    if (dn.length === 0) dn.push('Toán');
    const gki = AREAS.filter((a) => (dn.includes(a) ? random() < 0.7 : random() < 0.05));
    const rating = (a: string, need: boolean) => (need ? 'C' : a === 'Năng lực' || a === 'Phẩm chất' ? 'Đ' : 'H');
    students.push({
      name: `${person.name} ${i}`,
      female: person.female,
      className,
      birth: `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2017`,
      supporter: i % 10 === 0 ? '' : 'Cô Hạnh',
      ratings: {
        DN: Object.fromEntries(dn.map((a) => [a, 'x'])),
        GKI: Object.fromEntries(AREAS.map((a) => [a, rating(a, gki.includes(a))])),
      },
    });
    if (i % 50 === 7) students[i].className = '';
    if (i % 50 === 13) students[i].ratings.GKI['Phẩm chất'] = 'H';
  }
  return buildSchoolWorkbook({
    title: ['PHÒNG GIÁO DỤC', 'DANH SÁCH HỌC SINH CẦN HỖ TRỢ'],
    headerStyle: 'two-row', points: ['DN', 'GKI', 'CKI'], areas: AREAS, students, classes,
    config: [['Năm học', '2025-2026'], ['Tên trường', 'Trường thử tải']],
  }).workbook;
}

export const SCALE_TODAY = '2025-12-05';

const SECONDARY_AREAS = ['Toán', 'Ngữ văn', 'Tiếng Anh', 'GDTC', 'Học tập', 'Rèn luyện'];

/**
 * A THCS&THPT school of any size (khối 6–12, four classes each): the sample school's students
 * (scores, Đ/CĐ, TT22 and TT58 words, Số buổi nghỉ) under merged "Học kỳ 1", "Học kỳ 2", "Cả năm"
 * headers, with a score of 11 and a class missing from the Lớp tab every 50 rows.
 */
export function scaleSecondarySchool(rows: number): ExcelJS.Workbook {
  const random = seededRandom(rows + 1);
  const classes: ClassSpec[] = [];
  for (let grade = 6; grade <= 12; grade++) {
    for (const letter of ['A', 'B', 'C', 'D']) classes.push({ name: `${grade}${letter}`, grade, teacher: `GV ${grade}${letter}`, size: Math.ceil(rows / 28) + 30 });
  }
  const perClass = Math.floor(rows / classes.length);
  const students = classes.flatMap((c, i) => classStudents(c.name, c.grade as number, SECONDARY_AREAS, perClass + (i < rows % classes.length ? 1 : 0), random));
  students.forEach((s, i) => {
    if (i % 50 === 7) s.ratings.CKI.Toán = 11;
    if (i % 50 === 13) s.className = `${s.className}X`;
  });
  return buildSchoolWorkbook({
    title: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'DANH SÁCH HỌC SINH CẦN HỖ TRỢ'],
    headerStyle: 'two-row', points: [...SECONDARY_POINTS], areas: SECONDARY_AREAS, students, classes,
    pointLabels: { CKI: 'Học kỳ 1', CKII: 'Học kỳ 2', CN: 'Cả năm' },
    fields: ['STT', 'Họ và tên', 'Ngày sinh', 'Nữ', 'Lớp', 'HSKT', 'GV hỗ trợ', 'Hoàn cảnh', 'Số buổi nghỉ'],
    config: [['Năm học', '2025-2026'], ['Tên trường', 'Trường THCS và THPT thử tải']],
  }).workbook;
}

/** After Cả năm, so every review point of the secondary school has results. */
export const SCALE_SECONDARY_TODAY = SECONDARY_SAMPLE_TODAY;
