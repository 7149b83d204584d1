// What a header cell names: a review point, an area, both ("GKI - Toán", "Toán (GHKI)"), or
// neither; the known words are matched inside the label, with the words that only decorate it.

import { memoize } from '../collections';
import { fold, foldCompact } from '../text';
import { AREA_BY_ALIAS, isComponentOf } from './areas';
import { REVIEW_POINT_BY_ALIAS, type ReviewPointCode } from './review-points';

/**
 * A one-row combined label: "GKI - Toán", "Toán (GHKI)", "Toán GKI", "Đầu năm TV".
 * Tries every split of the label into review point + area, in either order, between its words
 * only: split inside a word, "Vắng HK1" read as "Văn" + "GHK1" (review-7 F22).
 */
export function matchCombinedLabel(text: string): { reviewPoint: ReviewPointCode; area: string } | undefined {
  const words = labelWords(text);
  for (let cut = 1; cut < words.length; cut++) {
    const head = words.slice(0, cut).join('');
    const tail = words.slice(cut).join('');
    const pointFirst = REVIEW_POINT_BY_ALIAS.get(head);
    const areaLast = AREA_BY_ALIAS.get(tail);
    if (pointFirst && areaLast) return { reviewPoint: pointFirst, area: areaLast };
    const areaFirst = AREA_BY_ALIAS.get(head);
    const pointLast = REVIEW_POINT_BY_ALIAS.get(tail);
    if (areaFirst && pointLast) return { reviewPoint: pointLast, area: areaFirst };
  }
  return undefined;
}

/** What a header cell names: a review point, an area, both, or neither. */
export interface HeaderLabel {
  reviewPoint?: ReviewPointCode;
  area?: string;
  /**
   * False when the label names two review points or two areas ("Toán - Tiếng Việt"), or carries
   * words beyond the known ones and their usual decoration ("Biện pháp hỗ trợ Toán"): such a
   * label is not read as a review column, and a column of ratings under it is reported.
   */
  clear: boolean;
}

// Words that decorate a review-point or area label without changing what it names:
// "Giữa học kì I (tháng 11/2025)", "KẾT QUẢ CUỐI HKI", "Đánh giá Cuối năm học 2025-2026",
// "Toán học", "Tiếng Việt (Đọc - Viết)", "Năng lực đặc thù", "Mức đạt được".
const DECORATION = new Set([
  'mon', 'hoc', 'ket', 'qua', 'kq', 'danh', 'gia', 'dg', 'muc', 'do', 'dat', 'duoc', 'thang', 'nam', 'ngay', 'lan', 'dot',
  'cua', 'va', 'doc', 'viet', 'noi', 'nghe', 'chung', 'dac', 'thu', 'cot', 'can', 'ho', 'tro', 'hs', 'xep', 'loai',
  'ki', 'ky', 'giua', 'cuoi', 'dau', 'i', 'ii', 'theo', 'tt', 'cac', 'chu', 'yeu', 'hk', 'thong', 'tu', 'so',
  // A secondary mark book's average under each subject: "ĐTB", "TB", "TBm" ("Điểm" is not: a primary
  // subject's score column sits beside its "Mức đạt được", and must not read as a second rating).
  'dtb', 'tb', 'tbm', 'tk',
]);

// A subject's score named in several words, decoration as a whole: "Điểm TB", "Điểm tổng kết", "Tổng kết HK1",
// "Trung bình môn" ("Điểm" alone is not).
const SCORE_PHRASES = /\b(diem (tb|tbm|trung binh|tong ket|tk)|tong ket|trung binh( mon)?)\b/g;

/** "Đầu kỳ II", "Đầu HK2": the start of semester II, no review point of the product (not Đầu năm, not Cuối kì II). */
const START_OF_SECOND = /\bdau (hoc )?(ki|ky|hk) (ii|2)\b|\bdau hk(ii|2)\b/;

/**
 * Two words that make a word of their own, which names no area though one of them alone would:
 * "Năm sinh", "Nơi sinh", "Học sinh" are not Sinh học, "Thông tin" is not Tin học, "Lý do" is not
 * Vật lí (review-7 F23, F24). Their other word is a decoration, so without this the label read
 * as the area with nothing left over.
 */
const NOT_AREA_WORDS = new Set(['hoc sinh', 'nam sinh', 'sinh nam', 'ngay sinh', 'sinh ngay', 'noi sinh', 'thong tin', 'ly do', 'li do']);

/** A label's folded words ("GKI - Tiếng Việt" → gki, tieng, viet), score phrases left out. */
export const labelWords = (text: string) => fold(text).replace(/[^a-z0-9]+/g, ' ').replace(SCORE_PHRASES, ' ').split(' ').filter((w) => w.length > 0);

/** Which words belong to a two-word word that names no area. */
function notAreaWords(words: string[]): boolean[] {
  const marked = words.map(() => false);
  for (let i = 0; i + 1 < words.length; i++) {
    if (NOT_AREA_WORDS.has(`${words[i]} ${words[i + 1]}`)) marked[i] = marked[i + 1] = true;
  }
  return marked;
}

/** Only words that decorate a label ("Kết quả đánh giá", "Mức đạt được"), or numbers: it names nothing. */
export function isDecoration(text: string): boolean {
  return labelWords(text).every((w) => DECORATION.has(w) || /^\d+$/.test(w));
}

const MAX_WINDOW = 8;

interface WindowMatch { start: number; end: number; reviewPoint?: ReviewPointCode; area?: string }

/** The review points and areas named inside a label (longest names first), and whether other words are left over. */
interface Named { points: Set<ReviewPointCode>; areas: Set<string>; leftover: boolean; naming: string[]; unknown: string[] }

function namesIn(text: string): Named {
  const words = labelWords(text);
  const notArea = notAreaWords(words);
  const found: WindowMatch[] = [];
  for (let start = 0; start < words.length; start++) {
    let key = '';
    for (let end = start + 1; end <= Math.min(words.length, start + MAX_WINDOW); end++) {
      if (notArea[end - 1]) break;
      key += words[end - 1];
      const p = REVIEW_POINT_BY_ALIAS.get(key);
      const a = AREA_BY_ALIAS.get(key);
      if (p) found.push({ start, end, reviewPoint: p });
      if (a) found.push({ start, end, area: a });
    }
  }
  // Longest first; a shorter name inside a longer one is part of it.
  found.sort((x, y) => (y.end - y.start) - (x.end - x.start) || x.start - y.start);
  const used = new Array<boolean>(words.length).fill(false);
  const points = new Set<ReviewPointCode>();
  const areas = new Set<string>();
  for (const m of found) {
    let free = true;
    for (let i = m.start; i < m.end; i++) if (used[i]) free = false;
    if (!free) continue;
    for (let i = m.start; i < m.end; i++) used[i] = true;
    if (m.reviewPoint) points.add(m.reviewPoint);
    if (m.area) areas.add(m.area);
  }
  const unknown = words.filter((w, i) => !used[i] && (notArea[i] || (!DECORATION.has(w) && !/^\d+$/.test(w))));
  return { points, areas, leftover: unknown.length > 0, naming: words.filter((_, i) => used[i]), unknown };
}

/**
 * The one area a label names: the only one, or, of a combined subject and one of its subjects
 * ("KHTN (Lí)", "HK1 - KHTN - Hóa"), the subject, as under the group merged over its subjects.
 */
function oneArea(areas: ReadonlySet<string>): string | undefined {
  const [first, second] = [...areas];
  if (areas.size === 1) return first;
  if (areas.size !== 2) return undefined;
  return isComponentOf(first, second) ? first : isComponentOf(second, first) ? second : undefined;
}

/**
 * A label's words as written, sorted by what they are, for messages: those naming its points and areas ("Toán",
 * "HK1") and those nobody knows ("Điểm", "thi", "lại"); decoration and score phrases ("Điểm TB") are neither.
 */
export function wordsOfLabel(text: string): { naming: string[]; unknown: string[] } {
  const { naming, unknown } = namesIn(text);
  const written = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const inSet = (set: ReadonlySet<string>) => written.filter((w) => { const f = labelWords(w); return f.length > 0 && f.every((x) => set.has(x)); });
  return { naming: inSet(new Set(naming)), unknown: inSet(new Set(unknown)) };
}

/** The review points a label names inside it ("HK1 - CN": Cuối kì I and Cả năm), for messages. */
export function pointsNamed(text: string): ReviewPointCode[] {
  return [...namesIn(text).points];
}

/** The areas a label names inside it ("KHTN (Lí, Hóa) HK1": three), for messages. */
export function areasNamed(text: string): string[] {
  return [...namesIn(text).areas];
}

/**
 * Reads a header cell, matching the known words inside it rather than the whole label: whole
 * words only ("CN" is never found inside a word, "HKI" never inside "HKII"), the longest
 * name first ("Giữa học kì I" is GKI, not the "Học kì I" inside it; "Khoa học tự nhiên" is not
 * "Khoa học").
 */
export const readHeaderLabel = memoize((text: string): HeaderLabel => {
  if (START_OF_SECOND.test(labelWords(text).join(' '))) return { area: oneArea(namesIn(text).areas), clear: false };
  const compact = foldCompact(text);
  const point = REVIEW_POINT_BY_ALIAS.get(compact);
  const area = AREA_BY_ALIAS.get(compact);
  if (point || area) return { reviewPoint: point, area, clear: true };
  const combined = matchCombinedLabel(text);
  if (combined) return { ...combined, clear: true };
  const { points, areas, leftover } = namesIn(text);
  if (points.size === 0 && areas.size === 0) return { clear: false };
  const named = oneArea(areas);
  return {
    reviewPoint: points.size === 1 ? [...points][0] : undefined,
    area: named,
    clear: points.size <= 1 && (areas.size === 0 || named !== undefined) && !leftover,
  };
}, 5000);
