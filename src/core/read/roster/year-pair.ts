// A column whose labels name Cả năm (Cuối năm) and Học kì II ("Cả năm" over Toán over "HK2"; types.ts
// yearAndSemesterII): one point at primary, read as Cuối năm; two at secondary, where its rows are not
// read (reviews.ts). One error per column says so, with how many rows and which classes.

import { isBlank } from '../../cells';
import { isSecondaryGrade } from '../../levels';
import type { Problem, Student } from '../../model';
import { problemAt } from '../../problem';
import { columnLetters, tidy } from '../../text';
import type { ReviewColumn } from './types';

export function yearPairProblems(sheet: string, headerRow: number, columns: readonly ReviewColumn[], students: readonly Student[],
  values: readonly unknown[][], labelsOf: (column: number) => readonly string[]): Problem[] {
  return columns.filter((rc) => rc.yearAndSemesterII).flatMap((rc) => {
    const rows = students.filter((s) => isSecondaryGrade(s.grade) && !isBlank(values[s.row - 1]?.[rc.column]));
    if (rows.length === 0) return [];
    const classes = [...new Set(rows.map((s) => s.className))].join(', ');
    const labels = labelsOf(rc.column).map((text) => `"${tidy(text)}"`).join(' > ');
    const area = rc.part ? `${rc.area} (${rc.part})` : rc.area;
    return [problemAt(sheet, headerRow, rc.column + 1, 'error', 'COLUMN_UNPLACED',
      `Cột ${columnLetters(rc.column + 1)} (${labels}) ghi cả mốc Cả năm và Học kì II: ở THCS, THPT đây là hai mốc khác nhau, nên cột này chưa được tính cho ${rows.length} học sinh (lớp ${classes}). `
      + `Sửa tiêu đề để cột chỉ thuộc một mốc, ví dụ "HK2 - ${area}" hoặc "Cả năm - ${area}".`)];
  });
}
