// Where an official tab's table is: the title rows above it (review point, Năm học, Lớp), its
// header row (the first with a name column) and its first numbered data row; and what the title
// fails to say, as problems at the tab's first cell.

import { cellText, isBlank } from '../../cells';
import type { Problem } from '../../model';
import { problemAt } from '../../problem';
import { HEADER_SEARCH_ROWS } from '../../table';
import { a1, fold } from '../../text';
import { pointAtLevel, pointLabelAt, type Level } from '../../levels';
import { findReviewPointIn, matchField, type RosterField } from '../../vocab';
import { classKey } from '../classes';
import { rowFields } from '../roster';
import type { Title } from './types';

const MAX_HEADER_ROWS = 5;

/** A numbered data row: STT is a whole number, typed or as text ("1", "01", "1.", "1)"). */
export function isNumbered(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0;
  return typeof value === 'string' && /^\s*\d{1,4}\s*[.)]?\s*$/.test(value);
}

/** A student's name in the name column: some letters, and not a header label ("Họ và tên", "Họ đệm"). */
function isNameCell(value: unknown): boolean {
  const text = cellText(value);
  return /[a-z]/.test(fold(text)) && !matchField(text);
}

/** Reads one title cell into the title, where the title does not say it yet. */
function readTitleCell(title: Title, text: string, at: [number, number]): void {
  const point = findReviewPointIn(text);
  if (point && title.reviewPoint === undefined) {
    title.reviewPoint = point;
    title.cells.reviewPoint = at;
  } else if (point && point !== title.reviewPoint && !title.otherPoint) title.otherPoint = { reviewPoint: point, cell: at };
  const folded = fold(text);
  if (title.schoolYear === undefined) {
    const year = /(20\d\d)\s*[-–/]\s*(20\d\d)/.exec(folded);
    if (year && Number(year[2]) === Number(year[1]) + 1) {
      title.schoolYear = Number(year[1]);
      title.cells.schoolYear = at;
    }
  }
  if (title.className === undefined) {
    const cls = /(?:^|[^a-z])lop\s*:?\s*(\d{1,2}\s*[a-z0-9/.]*)/.exec(folded);
    if (cls) {
      title.className = cls[1].replace(/\s+/g, '').toUpperCase();
      title.cells.className = at;
    }
  }
}

export function readTitle(values: unknown[][], headerRow: number): Title {
  const title: Title = { cells: {} };
  for (let r = 0; r < headerRow; r++) {
    values[r].forEach((value, c) => {
      const text = cellText(value);
      if (!isBlank(text)) readTitleCell(title, text, [r + 1, c + 1]);
    });
  }
  return title;
}

/** The header row: the first of the first rows with a name column and no "Lớp" column. */
export function findHeader(values: unknown[][]): { row: number; fields: Partial<Record<RosterField, number>> } | undefined {
  const last = Math.min(HEADER_SEARCH_ROWS + 2, values.length);
  for (let r = 0; r < last; r++) {
    const fields = rowFields(values[r]);
    if (fields.name !== undefined || (fields.familyName !== undefined && fields.givenName !== undefined)) return { row: r, fields };
  }
  return undefined;
}

/**
 * Data start: the first row below the header that is numbered or holds a student's name. A name
 * whose STT is blank or unreadable ("1a") starts the data too, so the row is never taken into the
 * header unseen: the rows reader names it at its STT cell (OFFICIAL_ROW_UNREAD).
 */
export function findDataStart(values: unknown[][], headerRow: number, nameColumn: number, sttColumn: number | undefined): number {
  for (let r = headerRow + 1; r < Math.min(values.length, headerRow + 1 + MAX_HEADER_ROWS + 1); r++) {
    const row = values[r];
    if (sttColumn !== undefined && isNumbered(row[sttColumn])) return r;
    if (sttColumn === undefined ? !isBlank(row[nameColumn]) : isNameCell(row[nameColumn])) return r;
  }
  return Math.min(values.length, headerRow + 1 + MAX_HEADER_ROWS);
}

/**
 * Two title cells naming review points that differ at the tab's level ("HỌC KỲ 1" in the title, "(Học kỳ 2)" in row 2: an
 * edited export): which is right is not guessed, the tab is not counted, and the later cell says so.
 */
export function pointConflict(sheet: string, title: Title, level: Level | undefined): Problem | undefined {
  const first = title.reviewPoint;
  const other = title.otherPoint;
  const firstCell = title.cells.reviewPoint;
  if (!first || !other || !firstCell || pointAtLevel(first, level) === pointAtLevel(other.reviewPoint, level)) return undefined;
  const [a, b] = [pointLabelAt(first, level), pointLabelAt(other.reviewPoint, level)];
  return problemAt(sheet, other.cell[0], other.cell[1], 'error', 'OFFICIAL_POINT_CONFLICT',
    `Trang "${sheet}": ô ${a1(firstCell[0], firstCell[1])} ghi mốc ${a}, nhưng ô ${a1(other.cell[0], other.cell[1])} ghi mốc ${b}. `
    + `Không rõ đây là kết quả mốc nào, nên trang này chưa được tính. Sửa ô ghi sai để hai ô cùng một mốc.`);
}

/** What the title rows fail to say: no review point or class (not counted), no school year (a warning). */
export function titleProblems(sheet: string, title: Title): Problem[] {
  const problems: Problem[] = [];
  if (!title.reviewPoint) {
    problems.push(problemAt(sheet, 1, 1, 'error', 'OFFICIAL_NO_REVIEW_POINT',
      `Trang "${sheet}" là bảng kết quả đánh giá nhưng các dòng tiêu đề không ghi mốc đánh giá, nên chưa được tính. Thêm một dòng tiêu đề như "KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I" phía trên bảng.`));
  }
  if (title.schoolYear === undefined) {
    problems.push(problemAt(sheet, 1, 1, 'warning', 'OFFICIAL_NO_YEAR',
      `Trang "${sheet}" không ghi năm học; tiện ích coi là năm học hiện tại. Thêm dòng "Năm học: 2025 - 2026" phía trên bảng cho chắc.`));
  }
  if (!title.className && !/^\d/.test(classKey(sheet))) {
    problems.push(problemAt(sheet, 1, 1, 'error', 'OFFICIAL_NO_CLASS',
      `Trang "${sheet}" là bảng kết quả đánh giá nhưng không ghi lớp, nên chưa được tính. Thêm dòng "Lớp: 2A" phía trên bảng, hoặc đặt tên trang là tên lớp.`));
  }
  return problems;
}
