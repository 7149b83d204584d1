// A review column of an area that exists at the other level only: a primary-only area (Tiếng Việt,
// Năng lực, Phẩm chất, TN&XH …) under rows of a secondary khối (review-7 F27: "Năng lực HK1" 4 in a
// THCS class was a need on the score scale), or a secondary-only one (Ngữ văn, KHTN, GDCD, Vật lí,
// Học tập …) under rows of a primary khối, where it was a need on T/H/C in an area primary students
// do not have. Such cells are not read, and the column's header cell says so once, naming the
// classes. "Lịch sử" and "Địa lí" at primary are the parts of Lịch sử và Địa lí (TT27), read as such.

import { isBlank } from '../../cells';
import { isSecondary, LEVEL_SHORT, levelOfGrade, type Level } from '../../levels';
import type { Problem, Student } from '../../model';
import { problemAt } from '../../problem';
import { areaInfo, primaryGroupOf, type ReviewPointCode } from '../../vocab';
import type { ReviewColumn } from './types';

/** True when the area exists at one level only and the row's khối is of the other (a khối not known is neither). */
export function offLevel(area: string, level: Level | undefined): boolean {
  const only = areaInfo(area)?.level;
  if (only === 'primary') return isSecondary(level);
  // Học tập / Rèn luyện (a school's "Kết quả học tập CN: CHT") are result areas, read at primary as before.
  return only === 'secondary' && level === 'TH' && areaInfo(area)?.scale === 'subject' && primaryGroupOf(area) === undefined;
}

/**
 * A row's review columns at its level: those of the other level only left out; at primary a
 * subject that is part of a primary combined subject ("Lịch sử") is that part of it.
 */
export function columnsAtLevel<T extends { area: string; part?: string }>(columns: readonly T[], level: Level | undefined): T[] {
  return columns.filter((rc) => !offLevel(rc.area, level)).map((rc) => {
    const area = areaAtLevel(rc.area, level);
    return area !== rc.area ? { ...rc, area, part: rc.area } : rc;
  });
}

/** The area a column counts in at a level: at primary "Lịch sử" and "Địa lí" count in Lịch sử và Địa lí. */
export function areaAtLevel(area: string, level: Level | undefined): string {
  return (level === 'TH' ? primaryGroupOf(area) : undefined) ?? area;
}

/**
 * `column` ('Cột "KHTN" (Giữa học kì I)') of an area of the other level, its filled cells not read: what
 * to write instead, by the area's level; `wrongClass` says where the class is written.
 */
export function offLevelMessage(column: string, area: string, classes: string, cells: number, wrongClass = 'nếu ghi nhầm lớp, sửa cột Lớp'): string {
  const written = `nhưng có ghi cho học sinh lớp ${classes}: ${cells} ô này chưa được tính.`;
  return areaInfo(area)?.level === 'primary'
    ? `${column} chỉ có ở tiểu học, ${written} Nếu cột ghi môn khác, đổi tiêu đề cho đúng tên môn của cấp học (ví dụ "Ngữ văn" thay cho "Tiếng Việt"); ${wrongClass}.`
    : `${column} chỉ có ở THCS và THPT, ${written} Nếu cột ghi môn khác, đổi tiêu đề cho đúng tên môn của tiểu học (ví dụ "Tiếng Việt" thay cho "Ngữ văn", "Khoa học" thay cho "KHTN"); ${wrongClass}.`;
}

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
