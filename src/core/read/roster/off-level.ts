// A review column of a primary-only area (Tiếng Việt, Năng lực, Phẩm chất, TN&XH …) under rows of a
// secondary khối (review-7 F27: "Năng lực HK1" 4 in a THCS class was a need on the score scale,
// "Tiếng Việt HK1" got a THCS column): such cells are not read, and the column's header cell says so
// once, naming the classes. (A secondary-only area under a primary row is still read on T/H/C.)

import { isBlank } from '../../cells';
import { isSecondary, LEVEL_SHORT, levelOfGrade, type Level } from '../../levels';
import type { Problem, Student } from '../../model';
import { problemAt } from '../../problem';
import { areaInfo, type ReviewPointCode } from '../../vocab';
import type { ReviewColumn } from './types';

/** True when the area exists at primary only and the row's khối is secondary. */
export function offLevel(area: string, level: Level | undefined): boolean {
  return areaInfo(area)?.level === 'primary' && isSecondary(level);
}

/** One warning per column holding a cell of a secondary row. */
export function offLevelProblems(sheet: string, headerRow: number, columns: readonly ReviewColumn[], students: readonly Student[],
  values: readonly unknown[][], pointName: (point: ReviewPointCode) => string): Problem[] {
  const problems: Problem[] = [];
  for (const rc of columns) {
    const rows = students.filter((s) => offLevel(rc.area, levelOfGrade(s.grade)) && !isBlank(values[s.row - 1]?.[rc.column]) && values[s.row - 1]?.[rc.column] !== false);
    if (rows.length === 0) continue;
    const classes = [...new Set(rows.map((s) => `${s.className} (${LEVEL_SHORT[levelOfGrade(s.grade) as Level]})`))].join(', ');
    problems.push(problemAt(sheet, headerRow, rc.column + 1, 'warning', 'AREA_OTHER_LEVEL',
      `Cột "${rc.part ? `${rc.area} (${rc.part})` : rc.area}" (${pointName(rc.reviewPoint)}) chỉ có ở tiểu học, `
      + `nhưng có ghi cho học sinh lớp ${classes}: ${rows.length} ô này chưa được tính. `
      + `Nếu cột ghi môn khác, đổi tiêu đề cho đúng tên môn của cấp học (ví dụ "Ngữ văn" thay cho "Tiếng Việt"); nếu ghi nhầm lớp, sửa cột Lớp.`));
  }
  return problems;
}
