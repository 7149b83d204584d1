// Buổi nghỉ in the Danh sách (PRODUCT 2.3), read with the official readers' helpers: per review
// point as P / K / Tổng under a block ("Học kỳ 1" over "Buổi nghỉ" over P, K, Tổng), or one-row
// ("HK1 - Số buổi nghỉ", "Buổi nghỉ HK1 (P)"). A column naming no review point ("Số buổi nghỉ")
// is the count so far: read at Cả năm (CN), marked `soFar` (Student.absencesSoFar), so early warning
// holds it at the latest rated point; its header cell says so unless every rated student is rated at Cả năm.

import { cellText } from '../../cells';
import type { Absences, Severity } from '../../model';
import { columnLetters, fold } from '../../text';
import { pointLabelAt, type Level } from '../../levels';
import { matchReviewPoint, readHeaderLabel, type ReviewPointCode } from '../../vocab';
import { labelBelow, type HeaderLabel } from '../header-tree';
import { ABSENCE_WORDS, absencePart, absenceTotalMessage, readAbsences, type AbsencePart } from '../official-secondary';

/**
 * `unclear`: the label says Buổi nghỉ with words the reader does not place (a span, a month): never counted, said at its cell.
 * `soFar`: no label names a review point ("Số buổi nghỉ"): read at Cả năm as the count so far.
 */
export interface AbsenceColumn { column: number; reviewPoint: ReviewPointCode; part: AbsencePart; unclear?: HeaderLabel; soFar?: true }

/** What a label names beside the absence words: a review point, a part, nothing, or words the reader does not place. */
type Qualifier = { point?: ReviewPointCode; unclear?: true };

/** The part words a Buổi nghỉ label may carry, and the words joining them ("có phép và không phép"). */
const UNEXCUSED_WORDS = /\bkhong (?:co |xin )?phep\b|\bkp\b|\bkhong (?:co )?ly do\b/g;
const EXCUSED_WORDS = /\bco (?:xin )?phep\b|\bcp\b|\bco ly do\b/g;
const PART_LETTERS = /\b(?:p|k|tong so|tong cong|tong|cong)\b/g;
const JOINING = /\b(?:va|gom|hoac|ca)\b/g;
/** A year or school year ("2025", "năm học 2025-2026") and the filler "kết quả": they place nothing. */
const YEAR_WORDS = /\b(?:nam hoc )?(?:19|20)\d\d(?:\s*[-–/]?\s*(?:19|20)\d\d)?\b|\bket qua\b/g;

/**
 * Words once the part words, a year or school year, "kết quả" and punctuation are set aside: nothing, a review point
 * and nothing else ("HK1", "cả năm"), or else unclear: "từ đầu năm đến nay", "tháng 10", "sau GKI",
 * "HKI HKII" name no point or more than one, and are never guessed.
 */
function placeWords(words: string): Qualifier {
  // "cả năm học 2025-2026" is Cả năm: the school year after it must not take its "năm".
  // Stryker disable next-line MethodExpression: without trim a blank rest is one space, which the second candidate trims and matchReviewPoint compacts away
  const rest = words.replace(/\bca nam hoc\b/g, 'ca nam').replace(UNEXCUSED_WORDS, ' ').replace(EXCUSED_WORDS, ' ').replace(YEAR_WORDS, ' ')
    .replace(/[()[\]\-–:/,.+&]/g, ' ').replace(PART_LETTERS, ' ').replace(/\s+/g, ' ').trim();
  // As written, then without the joining words ("cả có phép và không phép").
  // Stryker disable next-line StringLiteral: matchReviewPoint compacts spaces away and a blank candidate is blank either way
  for (const candidate of [rest, rest.replace(JOINING, ' ').replace(/\s+/g, ' ').trim()]) {
    if (candidate === '') return {};
    const point = matchReviewPoint(candidate);
    if (point) return { point };
  }
  return { unclear: true };
}

/**
 * What the Buổi nghỉ label itself names besides the absence words: outside brackets first ("Buổi
 * nghỉ HK2 (cả năm)" is Học kỳ 2), then in brackets ("Số buổi nghỉ (HKI)"); words either side that
 * place nothing make the label unclear.
 */
function qualifierOf(text: string): Qualifier {
  // Stryker disable next-line StringLiteral: the pattern is bounded by non-word characters, so deleting never joins two words, and later steps ignore spacing
  const words = fold(text).replace(ABSENCE_WORDS, ' ');
  const outside = placeWords(words.replace(/\([^)]*\)/g, ' '));
  // Stryker disable next-line StringLiteral: each bracketed piece keeps its own brackets, which placeWords turns into spaces
  const inside = placeWords((words.match(/\([^)]*\)/g) ?? []).join(' '));
  if (outside.unclear || inside.unclear) return { unclear: true };
  return { point: outside.point ?? inside.point };
}

/** The review point a label above or below the absence words names (a block "Học kỳ 1" over "Buổi nghỉ"). */
function pointIn(text: string): ReviewPointCode | undefined {
  return matchReviewPoint(fold(text)) ?? readHeaderLabel(text).reviewPoint;
}

/**
 * The part a label names: itself ("P"), in brackets ("Buổi nghỉ HK1 (P)", "Số buổi nghỉ (P) HK1"),
 * in words ("Buổi nghỉ có phép", "Số ngày nghỉ KP", "không có phép"), or as a letter beside the absence
 * words ("HK1 - Số buổi nghỉ P"). A label naming both parts
 * ("Tổng số buổi nghỉ (có phép và không phép)", "CP + KP") is the Tổng; two different parts in
 * brackets ("(P) (K)") are no part at all (unclear).
 */
function partOf(text: string): AbsencePart | 'both' | undefined {
  const named = new Set(text.split(/[()]/).map(absencePart).filter((p) => p !== undefined));
  if (named.size > 1) return 'both';
  if (named.size === 1) return [...named][0];
  const f = fold(text);
  const unexcused = new RegExp(UNEXCUSED_WORDS.source).test(f);
  // Stryker disable next-line StringLiteral: a removal leaves its two bounding non-word characters side by side, which never forms an excused phrase
  const excused = new RegExp(EXCUSED_WORDS.source).test(f.replace(UNEXCUSED_WORDS, ' '));
  if (unexcused && excused) return 'total';
  if (unexcused || excused) return unexcused ? 'unexcused' : 'excused';
  // P or K written as a word of the Buổi nghỉ label itself ("HK1 - Số buổi nghỉ P", "Buổi nghỉ K HK2"),
  // or of a label naming a review point and nothing else under it ("HK1 - P", "K (HKII)").
  const absence = ABSENCE_WORDS.test(f);
  if (!absence && placeWords(f).point === undefined) return undefined;
  // Stryker disable next-line StringLiteral,ArrayDeclaration: the absence words hold no standalone p or k and a removal never makes one; absencePart of that text is undefined, as the first of [] is
  const letters = new Set((f.replace(ABSENCE_WORDS, ' ').match(/\b[pk]\b/g) ?? []).map(absencePart));
  return letters.size > 1 ? 'both' : [...letters][0];
}

/**
 * The absence column a path of labels names, or undefined when no label says Buổi nghỉ. The labels
 * around the absence words give the review point and the part, whatever their order and depth
 * ("Học kỳ 1" over "Buổi nghỉ" over P; "Buổi nghỉ" over Có phép over HK1); the absence label's own
 * point comes first and its own part last. Two points ("HK1" over "Buổi nghỉ" over "Cả năm"), or two
 * parts under it ("Có phép" over K), are not guessed: the column is unclear.
 */
export function absenceColumnOf(column: number, path: readonly HeaderLabel[]): AbsenceColumn | undefined {
  const at = path.findIndex((l) => ABSENCE_WORDS.test(fold(l.text).trim()));
  if (at < 0) return undefined;
  const own = qualifierOf(path[at].text);
  const points = [own.point, ...path.filter((l) => l !== path[at]).map((l) => pointIn(l.text))].filter((p) => p !== undefined);
  const below = new Set(path.slice(at + 1).map((l) => partOf(l.text)).filter((p) => p !== undefined));
  const part = [...below][0] ?? partOf(path[at].text) ?? 'total';
  const twice = new Set(points).size > 1 || below.size > 1;
  const unclear = own.unclear || part === 'both' || twice ? { unclear: path[at] } : {};
  return { column, reviewPoint: points[0] ?? 'CN', part: part === 'both' ? 'total' : part, ...unclear, ...(points.length === 0 ? { soFar: true as const } : {}) };
}

/** The Cả năm count is read from columns naming no review point only: it is the count so far. */
export function countsSoFar(columns: readonly AbsenceColumn[]): boolean {
  const atYear = columns.filter((c) => c.reviewPoint === 'CN');
  return atYear.length > 0 && atYear.every((c) => c.soFar);
}

/** A label of the Buổi nghỉ block below its absence words: a part ("Có phép", "P") or a review point ("HK1"). */
function qualifiesAbsence(text: string | undefined): boolean {
  return text !== undefined && (partOf(text) !== undefined || pointIn(text) !== undefined);
}

/**
 * A Buổi nghỉ label, or a part's ("Có phép"), written once over several columns with the cells
 * beside it left blank (no merge): it continues over a blank cell when the first labels under both
 * columns name a part or a review point ("Buổi nghỉ" over Có phép | Không phép over HK1 | HK2).
 */
export function absenceContinues(values: readonly unknown[][], rows: readonly number[], label: HeaderLabel, at: { row: number; column: number }): boolean {
  // Stryker disable next-line MethodExpression: fold already trims
  if (!ABSENCE_WORDS.test(fold(label.text).trim()) && partOf(label.text) === undefined) return false;
  return qualifiesAbsence(labelBelow(values, rows, at.row, label.column)) && qualifiesAbsence(labelBelow(values, rows, at.row, at.column));
}

/**
 * A P / K / Tổng row right under the header (the header finder stops at the rows that name review
 * columns; this row names none): its label gives each absence column its part.
 */
export function withPartBelow(row: readonly unknown[]): (c: AbsenceColumn) => AbsenceColumn {
  return (c) => {
    const part = typeof row[c.column] === 'string' ? absencePart(row[c.column] as string) : undefined;
    return part ? { ...c, part } : c;
  };
}

const PART_LABELS: Record<AbsencePart, string> = { excused: 'P', unexcused: 'K', total: 'Tổng' };

/**
 * The first absence column of each review point and part; a repeated one ("Số buổi nghỉ" twice,
 * or beside "Cả năm - Số buổi nghỉ") as [kept, repeated], never read: which one holds is not guessed.
 */
export function firstAbsenceColumns(columns: readonly AbsenceColumn[]): { kept: AbsenceColumn[]; repeated: Array<[AbsenceColumn, AbsenceColumn]> } {
  const first = new Map<string, AbsenceColumn>();
  const repeated: Array<[AbsenceColumn, AbsenceColumn]> = [];
  for (const c of columns) {
    const key = `${c.reviewPoint}|${c.part}`;
    const kept = first.get(key);
    if (kept) repeated.push([kept, c]);
    else first.set(key, c);
  }
  return { kept: [...first.values()].sort((a, b) => a.column - b.column), repeated };
}

/**
 * A Cuối kì II absence column with no Cả năm one: it is read as the year's count, as vnEdu's Học kỳ 2
 * export writes it (DOMAIN 2); the header cell says so, since a roster may write the semester only.
 */
export function yearAssumedColumn(kept: readonly AbsenceColumn[]): AbsenceColumn | undefined {
  return kept.some((c) => c.reviewPoint === 'CN') ? undefined : kept.find((c) => c.reviewPoint === 'CKII');
}

/**
 * A tab with both a Cả năm and a Cuối kì II Buổi nghỉ column: the Cả năm one is the year, so the
 * Cuối kì II one is Học kỳ 2's alone (Student.absencesHk2Alone), even on a row whose Cả năm is blank.
 */
export function hk2CountedAlone(columns: readonly AbsenceColumn[]): boolean {
  return columns.some((c) => c.reviewPoint === 'CN') && columns.some((c) => c.reviewPoint === 'CKII');
}

export const YEAR_ASSUMED_MESSAGE = 'Cột Buổi nghỉ Học kỳ 2 được hiểu là số buổi nghỉ cả năm (như tệp vnEdu Học kỳ 2): em nào nghỉ quá 45 buổi được đưa vào danh sách hè. '
  + 'Nếu cột chỉ ghi số buổi của học kì II, thêm cột "Cả năm - Số buổi nghỉ" ghi tổng cả năm.';

/**
 * The first column read as the count so far, when it is not the year's: some student of the tab is
 * rated, or none is, at a point before Cuối kì II / Cả năm (whose threshold is the year's).
 */
export function soFarColumn(kept: readonly AbsenceColumn[], latestRated: ReadonlyArray<ReviewPointCode | undefined>): AbsenceColumn | undefined {
  if (!countsSoFar(kept)) return undefined;
  const rated = latestRated.filter((p) => p !== undefined);
  const yearRated = rated.length > 0 && rated.every((p) => p === 'CKII' || p === 'CN');
  return yearRated ? undefined : kept.find((c) => c.reviewPoint === 'CN');
}

/** What the header cell of a count so far is told; `latest`: the latest point rated in its tab, in words. */
export function soFarMessage(latest: string | undefined): string {
  return 'Cột Buổi nghỉ này không ghi mốc đánh giá nên được hiểu là số buổi nghỉ từ đầu năm đến nay. Chuyên cần (cảnh báo sớm) so số này với ngưỡng của mốc mới nhất em đó có kết quả'
    + `${latest ? ` (ở trang này: ${latest})` : ''}, ngưỡng cả năm chỉ khi đã có kết quả cuối năm. `
    + 'Nếu cột chỉ ghi số buổi của một mốc, ghi mốc vào tiêu đề, ví dụ "HK1 - Số buổi nghỉ" hoặc "Cả năm - Số buổi nghỉ".';
}

/** What a Buổi nghỉ header the reader does not place is told: which of its columns are not counted (0-based; the others under it are), and how to name them. */
export function unclearAbsenceMessage(label: string, columns: readonly number[]): string {
  const named = columns.map((c) => columnLetters(c + 1)).join(', ');
  return `Tiêu đề "${label}" không rõ là số buổi nghỉ của mốc nào (hoặc phần nào: có phép, không phép, tổng), nên ${columns.length > 1 ? 'các cột' : 'cột'} ${named} chưa được tính vào Chuyên cần và danh sách hè. `
    + 'Ghi tiêu đề như "GKI - Số buổi nghỉ", "HK1 - Số buổi nghỉ (P)", "Cả năm - Số buổi nghỉ" (một mốc, một phần mỗi cột).';
}

/** What a repeated absence column's header cell is told. */
export function repeatedAbsenceMessage(kept: AbsenceColumn, repeated: AbsenceColumn, pointName: (point: ReviewPointCode) => string): string {
  return `Cột Buổi nghỉ (${PART_LABELS[repeated.part]}) của mốc ${pointName(repeated.reviewPoint)} lặp lại (đã có ở cột ${columnLetters(kept.column + 1)}). Chỉ cột đầu được tính; xóa cột này, hoặc ghi mốc đánh giá vào tiêu đề nếu đây là số buổi nghỉ của mốc khác (ví dụ "HK1 - Số buổi nghỉ").`;
}

/**
 * One row's Buổi nghỉ per review point (a blank Tổng is P + K). A cell that is not a whole number
 * ≥ 0 is a warning at the cell and is left out; the point's other cells still count (Tổng when
 * written, else P + K when neither is bad).
 */
export function readRowAbsences(values: unknown[], columns: readonly AbsenceColumn[], name: string, level: Level | undefined,
  add: (column: number, severity: Severity, code: 'ABSENCE_INVALID' | 'ABSENCE_TOTAL_DIFFERS', message: string) => void): Partial<Record<ReviewPointCode, Absences>> | undefined {
  const byPoint = new Map<ReviewPointCode, AbsenceColumn[]>();
  for (const c of columns) byPoint.set(c.reviewPoint, [...(byPoint.get(c.reviewPoint) ?? []), c]);
  const out: Partial<Record<ReviewPointCode, Absences>> = {};
  for (const [point, cols] of byPoint) {
    const { absences, bad, differs } = readAbsences(values, cols);
    const label = pointLabelAt(point, level);
    if (differs) add(differs.column, 'warning', 'ABSENCE_TOTAL_DIFFERS', absenceTotalMessage(differs, name, label));
    for (const c of bad) {
      add(c, 'warning', 'ABSENCE_INVALID',
        `Ô Buổi nghỉ${name ? ` của ${name}` : ''} (${label}) ghi "${cellText(values[c]).trim()}", không phải một số buổi, nên ${absences
          ? `ô này chưa được tính (số buổi nghỉ ${label} tính là ${absences.total}, từ các ô còn lại)`
          : `số buổi nghỉ ${label} chưa được tính`}. Ghi số buổi nghỉ (ví dụ 3), hoặc 0.`);
    }
    if (absences) out[point] = absences;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
