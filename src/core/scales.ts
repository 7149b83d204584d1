// What a review cell says, on its column's scale at its khối's level (PRODUCT 2.1 and 2.3).
// Primary (TT27): subjects T/H/C, năng lực and phẩm chất T/Đ/C. Secondary (TT22, TT58 values still
// read): scored subjects 0–10 (need below a threshold), comment subjects Đ/CĐ, and the result
// areas Học tập (Tốt/Khá/Đạt/Chưa đạt; học lực Giỏi/Khá/Trung bình/Yếu/Kém) and Rèn luyện
// (Tốt/Khá/Đạt/Chưa đạt; hạnh kiểm Tốt/Khá/Trung bình/Yếu). A mark (x, ✓) is a need on any scale;
// "Miễn" at secondary is neither a need nor a problem. The same letter C means three things across
// the scales, so a value is only ever read on its own column's scale.

import { cellText, isDate } from './cells';
import { isSecondary, LEVEL_LABELS, type Level } from './levels';
import { foldCompact, INVISIBLE } from './text';
import { areaInfo, isFormulaError, isMark, matchRating, scaleDescription as primaryScaleDescription, type Rating, type Scale } from './vocab';

export type SecondaryScale = 'score' | 'comment' | 'learning' | 'conduct';
export type CellScale = Scale | SecondaryScale;
/** A rating, or "Miễn": exempt from the subject, not rated. */
export type CellRating = Rating | 'exempt';

/** Default of Cấu hình "Điểm cần hỗ trợ dưới": a score below 5,0 needs support. */
export const DEFAULT_SCORE_THRESHOLD = 5;

export const RESULT_AREAS = { learning: 'Học tập', conduct: 'Rèn luyện' } as const;

// Subjects rated by comment at secondary (TT22 art. 5): Đạt / Chưa đạt.
const COMMENT_AREAS = new Set(['Giáo dục thể chất', 'Nghệ thuật', 'Âm nhạc', 'Mĩ thuật', 'Hoạt động trải nghiệm', 'Nội dung giáo dục địa phương']);

export function isSecondaryScale(scale: CellScale): scale is SecondaryScale {
  return scale === 'score' || scale === 'comment' || scale === 'learning' || scale === 'conduct';
}

/** The scale of an area at a level; `hint` is what an export's sub-header says ("(HS 1)", "(N.xét)"). */
export function scaleAt(area: string, level: Level | undefined, hint?: 'score' | 'comment'): CellScale {
  if (!isSecondary(level)) return areaInfo(area)?.scale ?? 'subject';
  if (area === RESULT_AREAS.learning) return 'learning';
  if (area === RESULT_AREAS.conduct) return 'conduct';
  return hint ?? (COMMENT_AREAS.has(area) ? 'comment' : 'score');
}

function table(entries: Array<[string[], Rating]>): Map<string, Rating> {
  const map = new Map<string, Rating>();
  for (const [words, rating] of entries) for (const w of words) map.set(foldCompact(w), rating);
  return map;
}

const NOT_ACHIEVED = ['CĐ', 'Chưa đạt'];
// The letters a mark book abbreviates them to: T, K, Đ, CĐ (TT22); G, K, TB, Y (TT58).
const WORDS: Record<Exclude<SecondaryScale, 'score'>, Map<string, Rating>> = {
  comment: table([[['Đ', 'Đạt'], 'ok'], [NOT_ACHIEVED, 'need']]),
  learning: table([[['Tốt', 'T', 'Khá', 'K', 'Đạt', 'Đ', 'Giỏi', 'G', 'Trung bình', 'TB'], 'ok'], [[...NOT_ACHIEVED, 'Yếu', 'Y', 'Kém'], 'need']]),
  conduct: table([[['Tốt', 'T', 'Khá', 'K', 'Đạt', 'Đ', 'Trung bình', 'TB'], 'ok'], [[...NOT_ACHIEVED, 'Yếu', 'Y'], 'need']]),
};
/** "V" in a secondary score or result column is "vắng" (missed the test), not the tick it is at primary (PRODUCT 2.3: x, ✓). */
const ABSENT_MARK = foldCompact('v');
const EXEMPT = new Set(['mien', 'mienhoc']);

/** A score, as a number or as text ("4,5"). */
export function isScoreLike(v: unknown): boolean {
  return typeof v === 'number' || (typeof v === 'string' && parseScore(v) !== undefined);
}

/** "6,5", "6.5", "10", " 7 ", "6,50" → the number; undefined for anything else ("6..5", "6,55,", "Khá"). */
export function parseScore(text: string): number | undefined {
  const match = /^\s*(\d{1,2})(?:[.,](\d{1,4}))?\s*$/.exec(text.replace(INVISIBLE, ''));
  return match ? Number(`${match[1]}.${match[2] ?? '0'}`) : undefined;
}

/**
 * A score as the record keeps it: TT22 (art. 9; TT58 art. 13 the same) takes every ĐTB môn "to one
 * decimal after rounding", half up. A school sheet's formula without ROUND (Cả năm = (HK1 + 2·HK2)/3)
 * stores 4.9666…, shows 5,0 and counts as 5,0; float noise (4.8999999 for 4,9) goes the same way.
 */
function oneDecimal(score: number): number {
  return Math.round(score * 10 + 1e-9) / 10;
}

function scoreRating(score: number, threshold: number): Rating | undefined {
  if (!Number.isFinite(score) || score < 0 || score > 10) return undefined;
  // The rounded score against the threshold: 4,95 (a number) is 5,0, not a need; 4,94 is 4,9, a need.
  return oneDecimal(score) < threshold - 1e-9 ? 'need' : 'ok';
}

/** A written score with more than one decimal ("4,99"): not read, a problem at its cell. Zeros after the first decimal ("5,00", "6,50") change nothing. */
function hasManyDecimals(text: string): boolean {
  const decimals = /^\s*\d{1,2}[.,](\d+)\s*$/.exec(text.replace(INVISIBLE, ''))?.[1];
  return decimals !== undefined && decimals.replace(/0+$/, '').length > 1;
}

/** "Miễn" (exempt): the student is not rated in the subject. */
export function isExempt(value: unknown): boolean {
  return typeof value === 'string' && EXEMPT.has(foldCompact(value));
}

/** The rating a cell holds on this scale; undefined when it is not one (a problem at its cell). */
export function readRating(value: unknown, scale: CellScale, threshold = DEFAULT_SCORE_THRESHOLD): CellRating | undefined {
  if (value === true) return 'need'; // a ticked checkbox is a mark
  if (typeof value === 'number') return scale === 'score' ? scoreRating(value, threshold) : undefined;
  if (typeof value !== 'string' || isFormulaError(value)) return undefined;
  if (!isSecondaryScale(scale)) return matchRating(value, scale);
  const key = foldCompact(value);
  if (isMark(value) && key !== ABSENT_MARK) return 'need';
  if (isExempt(value)) return 'exempt';
  if (scale === 'score') {
    const score = parseScore(value);
    return score === undefined || hasManyDecimals(value) ? undefined : scoreRating(score, threshold);
  }
  return WORDS[scale].get(key);
}

function formatScore(n: number): string {
  return String(n).replace('.', ',');
}

/** The values a teacher may write on this scale, for messages. */
export function scaleDescription(scale: CellScale, threshold = DEFAULT_SCORE_THRESHOLD): string {
  switch (scale) {
    case 'score': return `điểm từ 0 đến 10, một chữ số thập phân (ví dụ 6,5; dưới ${formatScore(threshold)} là cần hỗ trợ), "Miễn" hoặc dấu x`;
    case 'comment': return 'Đ (Đạt), CĐ (Chưa đạt), "Miễn" hoặc dấu x';
    case 'learning': return 'Tốt (T), Khá (K), Đạt (Đ), Chưa đạt (CĐ) (hoặc theo Thông tư 58: Giỏi (G), Khá, Trung bình (TB), Yếu (Y), Kém) hoặc dấu x';
    case 'conduct': return 'Tốt (T), Khá (K), Đạt (Đ), Chưa đạt (CĐ) (hoặc theo Thông tư 58: Tốt, Khá, Trung bình (TB), Yếu (Y)) hoặc dấu x';
    default: return primaryScaleDescription(scale);
  }
}

const PRIMARY_WORDS = (text: string) => matchRating(text, 'subject') !== undefined || matchRating(text, 'quality') !== undefined;
/** A word only secondary scales use ("Đạt", "Khá", "CĐ"); their one-letter abbreviations (T, K, Đ) are primary letters too. */
const SECONDARY_WORD = (text: string) => {
  const key = foldCompact(text);
  return WORDS.comment.has(key) || (key.length > 1 && WORDS.learning.has(key));
};

/**
 * Why a value is not a rating on its column's scale, in plain Vietnamese: a primary rating in a
 * secondary khối and the reverse, a score outside 0–10, a word of another scale.
 */
export function ratingReason(value: unknown, scale: CellScale, level: Level | undefined, grade?: number): string {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const khoi = grade !== undefined ? `khối ${grade}` : 'khối này';
  // "4.5" typed in a cell not formatted as text: Sheets made it a date (dates reach the core as wall-clock time, offset 0).
  if (isDate(value)) {
    return `ô này là ngày ${cellText(value, 0)}, không phải ${scale === 'score' ? 'điểm' : 'mức đánh giá'} (Google Trang tính tự đổi số có dấu chấm như 4.5 thành ngày; `
      + 'chọn các ô này, chọn Định dạng → Số → Văn bản thuần túy rồi gõ lại)';
  }
  if (isSecondaryScale(scale)) {
    if (typeof value === 'string' && foldCompact(value) === ABSENT_MARK) {
      return `"${text}" không rõ là dấu đánh dấu cần hỗ trợ hay "vắng" (chưa kiểm tra)`;
    }
    if (typeof value === 'string' && PRIMARY_WORDS(value) && !SECONDARY_WORD(value)) {
      return `"${text}" là mức đánh giá của tiểu học (Thông tư 27), nhưng ${khoi} thuộc cấp ${level ? LEVEL_LABELS[level] : 'trung học'}`;
    }
    const score = typeof value === 'number' ? value : typeof value === 'string' ? parseScore(value) : undefined;
    if (scale === 'score' && score !== undefined && typeof value === 'string' && hasManyDecimals(value) && score <= 10) {
      const down = (Math.floor(score * 10) / 10).toFixed(1).replace('.', ',');
      const up = (Math.ceil(score * 10) / 10).toFixed(1).replace('.', ',');
      return `"${text}" có hơn một chữ số thập phân: ghi một chữ số thập phân, ví dụ ${down} hoặc ${up}`;
    }
    if (scale === 'score' && score !== undefined) return `điểm ${formatScore(score)} nằm ngoài thang 0–10`;
    if (scale === 'score') return `"${text}" không phải một điểm số`;
    return `"${text}" không phải một mức của cột này`;
  }
  if (isScoreLike(value)) {
    return `đây là điểm số, nhưng ${khoi} thuộc cấp Tiểu học: ghi mức đánh giá, không ghi điểm`;
  }
  if (typeof value === 'string' && SECONDARY_WORD(value) && !PRIMARY_WORDS(value)) {
    return `đây là mức đánh giá của trung học, nhưng ${khoi} thuộc cấp Tiểu học`;
  }
  return `"${text}" không phải một mức đánh giá`;
}
