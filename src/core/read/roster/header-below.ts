// The label rows left out below the chosen roster header (header.ts bestHeader), down to the last row that still
// looks like a header: whether they contradict a column it placed, name Học kì II under its Cả năm, or only agree
// with it, and so whether they are the header's or left to the data rows (where a stray label is said).

import { isBlank } from '../../cells';
import type { MergedRange } from '../../model';
import { fold } from '../../text';
import { isComponentOf, isDecoration, readHeaderLabel, wordsOfLabel, type ReviewPointCode } from '../../vocab';
import { pointsAgree } from './columns';
import type { ReviewColumn } from './types';

export interface ChosenHeader { rows: number[]; columns: ReviewColumn[] }

/** Words a label of last year's result under Đầu năm may carry besides its point ("Điểm HK2 năm học trước", "lớp 7"). */
const LAST_YEAR_WORDS = new Set(['truoc', 'lop', 'diem']);

const isYearAndSemesterII = (a: ReviewPointCode, b: ReviewPointCode) => (a === 'CN' && b === 'CKII') || (a === 'CKII' && b === 'CN');

/** Another area than the column's, its own parts aside ("HK2 Ngữ văn năm trước" under Toán; not "Lí" under KHTN). */
const otherArea = (area: string | undefined, rc: ReviewColumn) => area !== undefined && area !== rc.area && !isComponentOf(area, rc.area);

/**
 * A label under a placed column that says nothing else: blank, the label above again (a merge filled), words that
 * decorate, or a clear label of the same point and area (last year's result under Đầu năm may add "trước", "lớp N").
 * Cuối kì II under Cả năm is two points at secondary; "HK1 thi lại" may be another column: neither agrees.
 */
function agreesWith(rc: ReviewColumn, text: unknown, above: unknown): boolean {
  if (isBlank(text) || text === above || (typeof text === 'string' && isDecoration(text))) return true;
  if (typeof text !== 'string') return false;
  const label = readHeaderLabel(text);
  const lastYear = rc.reviewPoint === 'DN' && label.reviewPoint !== undefined && pointsAgree({ point: 'DN' }, { point: label.reviewPoint });
  if ((label.reviewPoint !== rc.reviewPoint && !lastYear) || otherArea(label.area, rc)) return false;
  return label.clear || (lastYear && wordsOfLabel(text).unknown.every((w) => LAST_YEAR_WORDS.has(fold(w))));
}

/**
 * A row below naming another point, or the same point of another subject, over a column the header placed ("Cuối
 * năm" > Toán > "Mức đạt được cuối học kì I"): the rows down to it (`lowest`) are the header too, and that column alone
 * is named at its cell (unplaced.ts), never read as the labels above it say; Học kì II under Cả năm marks the column
 * (types.ts yearAndSemesterII). Otherwise the rows that only agree join the header, when the field row's merged cells
 * reach down to them ("Họ và tên" merged over three rows) or their field cells are blank, never to be data rows.
 */
export function withRowsBelow(values: unknown[][], chosen: ChosenHeader, lowest: number, fields: { mergedTo: number; columns: ReadonlySet<number> }): ChosenHeader {
  const last = chosen.rows[chosen.rows.length - 1];
  const below = Array.from({ length: Math.max(0, lowest - last) }, (_, i) => last + 1 + i);
  const labelsBelow = (rc: ReviewColumn) => below.map((row) => values[row][rc.column]).filter((text): text is string => typeof text === 'string')
    .map((text) => readHeaderLabel(text)).filter((label) => label.reviewPoint !== undefined);
  const contradicted = (rc: ReviewColumn) => labelsBelow(rc).some((l) => !pointsAgree({ point: rc.reviewPoint }, { point: l.reviewPoint as ReviewPointCode }) || otherArea(l.area, rc));
  // Cả năm over Học kì II (or the reverse) agree at primary only: the column is read there, and flagged for secondary rows.
  const paired = (rc: ReviewColumn) => labelsBelow(rc).some((l) => isYearAndSemesterII(rc.reviewPoint, l.reviewPoint as ReviewPointCode));
  if (chosen.columns.some((rc) => contradicted(rc) || paired(rc))) {
    const kept = chosen.columns.filter((rc) => !contradicted(rc)).map((rc) => (paired(rc) ? { ...rc, yearAndSemesterII: true as const } : rc));
    return { rows: [...chosen.rows, ...below], columns: kept };
  }
  const fieldsBlank = (row: number) => [...fields.columns].every((c) => isBlank(values[row][c]));
  const saysSomething = (row: number) => chosen.columns.some((rc) => !isBlank(values[row][rc.column]) && values[row][rc.column] !== values[row - 1][rc.column]);
  const joined: number[] = [];
  for (const row of below) {
    const framed = row <= fields.mergedTo || (fieldsBlank(row) && saysSomething(row));
    if (!framed || !chosen.columns.every((rc) => agreesWith(rc, values[row][rc.column], values[row - 1][rc.column]))) break;
    joined.push(row);
  }
  return joined.length > 0 ? { rows: [...chosen.rows, ...joined], columns: chosen.columns } : chosen;
}

/** The last row a merged field cell of the field row `r` reaches down to (r itself when none does). */
export function fieldMergesEnd(merges: readonly MergedRange[] | undefined, r: number, fieldColumns: ReadonlySet<number>): number {
  return Math.max(r, ...(merges ?? []).filter((m) => m.row - 1 === r && fieldColumns.has(m.column - 1)).map((m) => m.row - 2 + m.numRows));
}
