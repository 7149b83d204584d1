// A school of any size for call-count tests and `npm run bench`: the same shape at 100, 2,000
// or 20,000 roster rows (the same classes, review points and kinds of mistakes, in proportion).
import type ExcelJS from 'exceljs';
import { buildSchoolWorkbook, seededRandom, randomPerson, type ClassSpec, type StudentSpec } from './workbook-builder';
import { AREAS as CORE_AREAS } from '../src/core/vocab';

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
