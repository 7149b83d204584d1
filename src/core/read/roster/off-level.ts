// The AREA_OTHER_LEVEL warnings of a Danh sách: the cells of a column whose area the row's khối does
// not have (../area-levels.ts), said once per column, naming the classes.

import { isBlank } from '../../cells';
import { LEVEL_SHORT, levelOfGrade, type Level } from '../../levels';
import type { Problem, Student } from '../../model';
import { problemAt } from '../../problem';
import type { ReviewPointCode } from '../../vocab';
import { offLevel, offLevelMessage } from '../area-levels';
import type { ReviewColumn } from './types';

/**
 * One warning per column holding a cell of a row of the other level; `columnsOf` gives the columns a
 * student was read by, in the same order (a French-only class reads its Tiếng Pháp as Ngoại ngữ).
 */
export function offLevelProblems(sheet: string, headerRow: number, columns: readonly ReviewColumn[], students: readonly Student[],
  values: readonly unknown[][], pointName: (point: ReviewPointCode) => string, columnsOf: (s: Student) => readonly ReviewColumn[]): Problem[] {
  const problems: Problem[] = [];
  for (const [i, rc] of columns.entries()) {
    const filled = (s: Student) => !isBlank(values[s.row - 1]?.[rc.column]) && values[s.row - 1]?.[rc.column] !== false;
    const rows = students.filter((s) => offLevel(columnsOf(s)[i].area, levelOfGrade(s.grade)) && filled(s));
    if (rows.length === 0) continue;
    const classes = [...new Set(rows.map((s) => `${s.className} (${LEVEL_SHORT[levelOfGrade(s.grade) as Level]})`))].join(', ');
    problems.push(problemAt(sheet, headerRow, rc.column + 1, 'warning', 'AREA_OTHER_LEVEL', offLevelMessage(`Cột "${rc.part ? `${rc.area} (${rc.part})` : rc.area}" (${pointName(rc.reviewPoint)})`, rc.area, classes, rows.length)));
  }
  return problems;
}
