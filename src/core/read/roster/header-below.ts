// The label rows left out below the chosen roster header (header.ts bestHeader), down to the last row that still
// looks like a header: whether they contradict a column it placed, name Học kì II under its Cả năm, or only agree
// with it, and so whether they are the header's or left to the data rows (where a stray label is said).

import { isBlank } from '../../cells';
import type { MergedRange } from '../../model';
import { matchPart } from '../../parts';
import { fold } from '../../text';
import { isScoreLike } from '../../scales';
import { isComponentOf, isDecoration, isLanguageArea, readHeaderLabel, wordsOfLabel, type ReviewPointCode } from '../../vocab';
import { pointsAgree } from './columns';
import type { ReviewColumn } from './types';

export interface ChosenHeader { rows: number[]; columns: ReviewColumn[] }

/** Words a label of last year's result under Đầu năm may carry besides its point ("Điểm HK2 năm học trước", "năm ngoái", "lớp 7"). */
const LAST_YEAR_WORDS = new Set(['truoc', 'ngoai', 'cu', 'lop', 'duoi', 'diem']);

const isYearAndSemesterII = (a: ReviewPointCode, b: ReviewPointCode) => (a === 'CN' && b === 'CKII') || (a === 'CKII' && b === 'CN');

/**
 * Another area than the column's ("HK2 Ngữ văn năm trước" under Toán; "HK2 Lí năm trước" under KHTN: one subject of
 * it). A language under a language column is none: "Tiếng Nhật" under Ngoại ngữ 1 reads as it (languages.ts).
 */
const otherArea = (area: string | undefined, rc: ReviewColumn) => area !== undefined && area !== rc.area && !(isLanguageArea(area) && isLanguageArea(rc.area));

/** Last year's result under Đầu năm ("Điểm HK2 năm học trước"): a later point whose other words only say "last year". */
function lastYearUnderBaseline(rc: ReviewColumn, text: string, point: ReviewPointCode | undefined): boolean {
  return rc.reviewPoint === 'DN' && point !== undefined && point !== 'DN' && pointsAgree({ point: 'DN' }, { point })
    && wordsOfLabel(text).unknown.every((w) => LAST_YEAR_WORDS.has(fold(w)));
}

/**
 * A label under a placed column that says nothing else: blank, the label above again (a merge filled), words that
 * decorate, or a clear label of the same point and area (last year's result under Đầu năm may add "trước", "lớp N").
 * Cuối kì II under Cả năm is two points at secondary; "HK1 thi lại" may be another column: neither agrees.
 */
function agreesWith(rc: ReviewColumn, text: unknown, above: unknown): boolean {
  if (isBlank(text) || text === above) return true;
  // "4,0" is a student's score, though its digits alone would pass for decoration.
  if (typeof text !== 'string' || isScoreLike(text)) return false;
  if (isDecoration(text)) return true;
  const label = readHeaderLabel(text);
  if (otherArea(label.area, rc)) return false;
  return (label.reviewPoint === rc.reviewPoint && label.clear) || lastYearUnderBaseline(rc, text, label.reviewPoint);
}

/**
 * A label below a placed column naming another point or subject: two points ("Cuối năm" over "cuối học kì I"), another
 * subject (with a point or alone), or under Đầu năm a later point with words other than "last year" ("Điểm thi lại HK2 năm trước").
 */
function contradicts(rc: ReviewColumn, text: string): boolean {
  const label = readHeaderLabel(text);
  // "Tin học" under Cả năm > Toán: another subject; not a part of the column's ("Đọc" under Tiếng Việt, "Lí" under KHTN).
  if (label.reviewPoint === undefined) {
    return label.clear && otherArea(label.area, rc) && matchPart(text, rc.area) === undefined
      && !isComponentOf(label.area as string, rc.area);
  }
  if (!pointsAgree({ point: rc.reviewPoint }, { point: label.reviewPoint }) || otherArea(label.area, rc)) return true;
  return rc.reviewPoint === 'DN' && label.reviewPoint !== 'DN' && !lastYearUnderBaseline(rc, text, label.reviewPoint);
}

/** Words a point's label may carry that only say it is a score of that point ("Điểm KTĐK cuối kì II"). */
const SCORE_WORDS = new Set(['diem', 'ktdk']);

/**
 * Cả năm over a Học kì II label saying nothing else (or the reverse): one point at primary, two at secondary.
 * "HK2 kiểm tra lại" may be another column: no pair, left to the data rows where it is said.
 */
function pairs(rc: ReviewColumn, text: string): boolean {
  const label = readHeaderLabel(text);
  const plain = label.clear || wordsOfLabel(text).unknown.every((w) => SCORE_WORDS.has(fold(w)));
  return plain && label.reviewPoint !== undefined && isYearAndSemesterII(rc.reviewPoint, label.reviewPoint);
}

/** Text scores and numbers are a student's, never a header's ("4,0" in a row without a name). */
const holdsScores = (row: readonly unknown[]) => row.some((v) => typeof v === 'number' || (typeof v === 'string' && isScoreLike(v)));

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
  const says = (rc: ReviewColumn, row: number, test: (rc: ReviewColumn, text: string) => boolean) => {
    const text = values[row][rc.column];
    return typeof text === 'string' && test(rc, text);
  };
  const contradicted = (rc: ReviewColumn) => below.some((row) => says(rc, row, contradicts));
  // Cả năm over Học kì II (or the reverse) agree at primary only: the column is read there, and flagged for secondary rows.
  const paired = (rc: ReviewColumn) => below.some((row) => says(rc, row, pairs));
  // The rows down to the last one saying so join the header; those under it join only as any row below does.
  const saying = below.filter((row) => chosen.columns.some((rc) => says(rc, row, contradicts) || says(rc, row, pairs)));
  const through = saying.length > 0 ? saying[saying.length - 1] : last;
  const header = saying.length === 0 ? chosen : {
    rows: [...chosen.rows, ...below.filter((row) => row <= through)],
    columns: chosen.columns.filter((rc) => !contradicted(rc)).map((rc) => (paired(rc) ? { ...rc, yearAndSemesterII: true as const } : rc)),
  };
  const fieldsBlank = (row: number) => [...fields.columns].every((c) => isBlank(values[row][c]));
  const saysSomething = (row: number) => header.columns.some((rc) => !isBlank(values[row][rc.column]) && values[row][rc.column] !== values[row - 1][rc.column]);
  const joined: number[] = [];
  for (const row of below.filter((r) => r > through)) {
    const framed = row <= fields.mergedTo || (fieldsBlank(row) && saysSomething(row) && !holdsScores(values[row]));
    if (!framed || !header.columns.every((rc) => agreesWith(rc, values[row][rc.column], values[row - 1][rc.column]))) break;
    joined.push(row);
  }
  return joined.length > 0 ? { rows: [...header.rows, ...joined], columns: header.columns } : header;
}

/** The last row a merged field cell of the field row `r` reaches down to (r itself when none does). */
export function fieldMergesEnd(merges: readonly MergedRange[] | undefined, r: number, fieldColumns: ReadonlySet<number>): number {
  return Math.max(r, ...(merges ?? []).filter((m) => m.row - 1 === r && fieldColumns.has(m.column - 1)).map((m) => m.row - 2 + m.numRows));
}
