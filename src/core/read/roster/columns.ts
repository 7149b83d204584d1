// Review columns from the header tree: along each column's path of labels (top to bottom) the
// review point, the area and the part are found; a part rolls up into its area. A path that names
// a point and an area unambiguously is a review column; anything else is left unplaced (and
// reported by unplaced.ts when its cells hold ratings).

import type { MergedRange } from '../../model';
import { hasParts, matchPart, partInside, partOfOneArea, pointAndPart } from '../../parts';
import { isComponentOf, isDecoration, labelWords, onlyLanguageAsForeign, readHeaderLabel, type ReviewPointCode } from '../../vocab';
import { labelBelow, readHeaderTree, type HeaderColumn, type HeaderLabel } from '../header-tree';
import { absenceContinues } from './absences';
import type { ReviewColumn } from './types';

/** What a path has named so far: a semester ("HỌC KỲ I") and a half of it ("Giữa kỳ") apart from a point. */
interface Named { point?: ReviewPointCode; area?: string; part?: string; semester?: 'CKI' | 'CKII'; half?: Half; semesterIIUnderYear?: true }

type Half = 'mid' | 'end' | 'start';


/**
 * "Học kỳ I", "HK2", "KẾT QUẢ ĐÁNH GIÁ HỌC KÌ II": a whole semester (not "Cuối học kì I", "CKI"), holding its
 * Giữa kì and Cuối kì ("HỌC KỲ I" over "Giữa kỳ"), and at primary semester II's end, Cuối năm.
 */
export function semesterOf(text: string, point: ReviewPointCode | undefined): 'CKI' | 'CKII' | undefined {
  if (point !== 'CKI' && point !== 'CKII') return undefined;
  // "CHKI", "CHK2": Cuối học kì, the end of the semester, not the whole of it.
  return labelWords(text).some((w) => w === 'cuoi' || w.startsWith('ck') || w.startsWith('chk')) ? undefined : point;
}

const IN_SEMESTER: Record<'CKI' | 'CKII', readonly ReviewPointCode[]> = { CKI: ['GKI', 'CKI'], CKII: ['GKII', 'CKII', 'CN'] };

/**
 * Two points over one column, `upper` above `lower`, that agree: the same point; Cuối kì II and Cuối năm (one point
 * at primary, and Cả năm closes semester II); last year's end under Đầu năm; a label naming a whole semester ("HỌC KỲ I") over a point inside it
 * ("Giữa kỳ I"). Only a label above is a semester: "HK1" under "Giữa kỳ I" is Cuối kì I. A point without its
 * label's text (a column's placed point) is never a semester.
 */
export function pointsAgree(upper: { text?: string; point: ReviewPointCode }, lower: { point: ReviewPointCode }): boolean {
  if (upper.point === lower.point) return true;
  if ((upper.point === 'CN' && lower.point === 'CKII') || (upper.point === 'CKII' && lower.point === 'CN')) return true;
  // Last year's Cuối năm or Học kì II under Đầu năm ("KQ cuối năm học trước", "Điểm HK2 năm học trước"): this
  // year's baseline (PRODUCT 2.2).
  if (upper.point === 'DN' && (lower.point === 'CN' || lower.point === 'CKII')) return true;
  const semester = upper.text === undefined ? undefined : semesterOf(upper.text, upper.point);
  return semester !== undefined && IN_SEMESTER[semester].includes(lower.point);
}

/** "Giữa kỳ", "Toán giữa kỳ", "GK", "Cuối kỳ", "Đầu kỳ": a part of a semester named without its number. */
function halfOf(text: string): Half | undefined {
  const words = labelWords(text);
  if (words.includes('giua') || words.includes('gk')) return 'mid';
  if (words.includes('cuoi') || words.includes('ck')) return 'end';
  return /\bdau (hoc )?(ki|ky|hk)\b/.test(words.join(' ')) ? 'start' : undefined;
}

/**
 * The point a path names: its own, or its semester's Giữa kì or Cuối kì as its half says ("HỌC KỲ II" over
 * "Giữa kỳ": Giữa kì II); 'ambiguous' when they disagree or name the start of a semester (no review point).
 */
function pointOf({ point, semester, half }: Named): ReviewPointCode | 'ambiguous' | undefined {
  const mid = semester === 'CKII' ? 'GKII' : 'GKI';
  if (point) {
    // Cuối năm ends semester II ("HỌC KÌ II" over "Giữa kì II" | "Cuối năm"; "Cuối năm" over "cuối kì").
    const ends = point.startsWith('CK') || point === 'CN';
    if (semester && point !== semester && point !== mid && !(point === 'CN' && semester === 'CKII')) return 'ambiguous';
    const disagrees = half === 'start' || (half === 'mid' && !point.startsWith('GK')) || (half === 'end' && !ends);
    return disagrees ? 'ambiguous' : point;
  }
  if (!semester) return undefined; // a half alone names no point
  if (half === 'start') return 'ambiguous';
  return half === 'mid' ? mid : semester;
}

/** Why a path names no review column: two points or areas, or words nobody knows under its area. */
type Stop = 'ambiguous' | 'unknown';

/**
 * A label, and the part its last parentheses name when they name a part of the area outside them:
 * "GKI - Năng lực chung (Giao tiếp và hợp tác)" is Năng lực at GKI, part Giao tiếp và hợp tác.
 */
function readWithPart(text: string): { label: ReturnType<typeof readHeaderLabel>; part?: string } {
  const inner = /^(.*)\(([^()]*)\)\s*$/.exec(text);
  if (inner) {
    const outside = readHeaderLabel(inner[1]);
    const part = outside.clear && outside.area ? matchPart(inner[2], outside.area) : undefined;
    if (part) return { label: outside, part };
  }
  return { label: readHeaderLabel(text) };
}

/** Reads one label into what the path names; why the path stops, or undefined to go on. */
function readLabel(named: Named, text: string): Stop | undefined {
  if (named.area && !named.part) {
    const part = matchPart(text, named.area);
    if (part) {
      named.part = part;
      return undefined;
    }
  }
  const { label, part } = readWithPart(text);
  const semester = label.area ? undefined : semesterOf(text, label.reviewPoint);
  if (semester) {
    if (named.semester && named.semester !== semester) return 'ambiguous';
    named.semester = semester;
    // "Cả năm" over "HK2": Học kì II itself, or the year's result placed in its block? One point at primary only.
    if (semester === 'CKII' && named.point === 'CN') named.semesterIIUnderYear = true;
    return undefined;
  }
  const half = label.reviewPoint ? undefined : halfOf(text);
  if (half) {
    if (named.half && named.half !== half) return 'ambiguous';
    named.half = half;
  }
  if (label.clear && (label.reviewPoint || label.area)) {
    if (label.reviewPoint && named.point && named.point !== label.reviewPoint) return 'ambiguous';
    named.point = label.reviewPoint ?? named.point;
    if (label.area) {
      // A subject under the combined subject it is part of ("KHTN" over "Lí") is that subject, never a repeat of the group.
      const component = named.area !== undefined && !named.part && isComponentOf(label.area, named.area);
      if (!component && ((named.area && named.area !== label.area) || named.part)) return 'ambiguous';
      named.area = label.area;
      named.part = part ?? partInside(text, label.area);
    }
    return undefined;
  }
  // "Tự chủ và tự học" straight under a review point, or "GKI - Chăm chỉ" in one label: the part says its area.
  const own = named.area ? undefined : partOfOneArea(text) ?? pointAndPart(text);
  if (own) {
    if ('reviewPoint' in own && named.point && named.point !== own.reviewPoint) return 'ambiguous';
    const { area, part } = own;
    Object.assign(named, { area, part }, 'reviewPoint' in own ? { point: own.reviewPoint } : {});
    return undefined;
  }
  // Words that only decorate ("Kết quả đánh giá", "Mức đạt được") say nothing; a label naming two
  // areas, or unknown words under an area, leave the column to be named at its cell.
  if (label.reviewPoint || label.area) return 'ambiguous';
  return isDecoration(text) || !named.area ? undefined : 'unknown';
}

/** The review column a path of labels names, if it names one unambiguously; `underArea` when an unknown label under a known area stopped it. */
export function placePath(path: readonly HeaderLabel[]): { placed?: Omit<ReviewColumn, 'column'>; underArea: boolean } {
  const named: Named = {};
  for (const label of path) {
    const stop = readLabel(named, label.text);
    if (stop) return { underArea: stop === 'unknown' && (named.point ?? named.semester) !== undefined };
  }
  const point = pointOf(named);
  if (!point || point === 'ambiguous' || !named.area) return { underArea: false };
  const placed = { reviewPoint: point, area: named.area, ...(point === 'CN' && named.semesterIIUnderYear ? { yearAndSemesterII: true as const } : {}) };
  return { placed: named.part ? { ...placed, part: named.part } : placed, underArea: false };
}

/**
 * A label continues over the blank cells to its right when it names only a review point, or only
 * decorates ("Kết quả đánh giá"): a group whose merge was lost. An area does not: a blank under a
 * review point is a column without its area.
 */
export function continuesRight(label: HeaderLabel): boolean {
  const read = readHeaderLabel(label.text);
  return (read.clear && read.reviewPoint !== undefined && read.area === undefined) || isDecoration(label.text);
}

/**
 * An area label continues over the blank cell beside it when the labels under both name parts of
 * that area: "Năng lực đặc thù" written once over Ngôn ngữ | Tính toán | Tin học, the cells beside
 * it left blank (no merge), is how many schools write a group, and "Tin học" there is Năng lực's
 * part, not the subject. A blank over anything else is not the area's (a column without its area,
 * read by its own label or named at its cell).
 */
function areaContinues(values: unknown[][], rows: readonly number[], label: HeaderLabel, at: { row: number; column: number }): boolean {
  const read = readHeaderLabel(label.text);
  const area = read.clear && read.reviewPoint === undefined ? read.area : undefined;
  if (!area || !hasParts(area)) return false;
  const partUnder = (column: number) => matchPart(labelBelow(values, rows, at.row, column) ?? '', area) !== undefined;
  return partUnder(label.column) && partUnder(at.column);
}

/**
 * The review columns of the header rows (0-based), fields left out, how many columns sit under
 * a known review point and area with a label nobody knows (a part to be named at its cell), and
 * the tree they were read from.
 */
export function reviewColumnsOf(values: unknown[][], merges: readonly MergedRange[] | undefined, rows: number[],
  fieldColumns: ReadonlySet<number>): { columns: ReviewColumn[]; unknownParts: number; tree: HeaderColumn[] } {
  const columns: ReviewColumn[] = [];
  let unknownParts = 0;
  const continues = (label: HeaderLabel, at: { row: number; column: number }) =>
    continuesRight(label) || areaContinues(values, rows, label, at) || absenceContinues(values, rows, label, at);
  const tree = readHeaderTree(values, merges, rows, { stop: fieldColumns, continueBlanks: continues });
  const paths = new Map<number, string[]>();
  for (const c of tree) {
    const { placed, underArea } = placePath(c.path);
    if (placed) columns.push({ column: c.column, ...placed });
    paths.set(c.column, c.path.map((l) => l.text));
    if (underArea) unknownParts++;
  }
  // Stryker disable next-line ArrayDeclaration: never used: every column's path is set in the loop above
  return { columns: onlyLanguageAsForeign(columns, (c) => paths.get(c.column) ?? []), unknownParts, tree };
}
