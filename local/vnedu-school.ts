// A school that imported vnEdu's class tabs (Tệp → Nhập → Chèn trang tính mới) beside its Danh
// sách: the bench and the call-count tests compare it with the same school without them.
import type ExcelJS from 'exceljs';
import { addVneduSheet, ORDER_2025, studentId, type VneduStudent } from './vnedu-export';

const STUDENTS_PER_TAB = 35;

/** Adds `tabs` class tabs (1a, 1b, … as vnEdu names them), each with its merged header and signature block. */
export function withVneduTabs(workbook: ExcelJS.Workbook, tabs: number): ExcelJS.Workbook {
  for (let i = 0; i < tabs; i++) {
    const grade = Math.floor(i / 4) + 1;
    const letter = 'abcd'[i % 4];
    const students: VneduStudent[] = Array.from({ length: STUDENTS_PER_TAB }, (_, k) => ({
      id: studentId(i, k),
      name: `Học Sinh ${grade}${letter.toUpperCase()} ${k + 1}`,
      birth: `${String((k % 28) + 1).padStart(2, '0')}/0${(k % 9) + 1}/${2019 - grade}`,
      female: k % 2 === 0,
      ratings: (k % 7 === 0 ? { Toán: 'C' } : k % 11 === 0 ? { 'Tiếng Việt': 'C', 'Trung thực': 'C' } : {}) as Record<string, string>,
    }));
    addVneduSheet(workbook, { sheet: `${grade}${letter}`, className: `${grade}${letter.toUpperCase()}`, point: 'CKI', year: 2025, subjects: ORDER_2025, students });
  }
  return workbook;
}
