// What a cell says: a rating on its area's scale (T/H/C, T/Đ/C, a mark), a tick, a total row's
// label, or a failed formula.

import { memoize } from '../collections';
import { foldCompact } from '../text';
import type { Scale } from './areas';
import { aliasTable } from './alias-table';

/** What a review cell says. */
export type Rating = 'need' | 'ok';

const NEED_SUBJECT = ['C', 'CHT', 'Chưa hoàn thành'];
const OK_SUBJECT = ['T', 'HTT', 'Hoàn thành tốt', 'H', 'HT', 'Hoàn thành'];
const NEED_QUALITY = ['C', 'CCG', 'Cần cố gắng'];
const OK_QUALITY = ['T', 'Tốt', 'Đ', 'D', 'Đạt'];
// U+F0FC is the Wingdings tick vnEdu exports write; it reaches the sheet as a private-use character.
// A phone keyboard's ticks ("✔️", "✅", "☑️") carry the emoji variation selector U+FE0F: dropped.
const MARKS = ['x', '✓', '✔', 'v', '√', 'X', '\uF0FC', '✅', '☑'];
const MARK_KEYS = new Set(MARKS.map(foldCompact));
const ratingKey = (text: string) => foldCompact(text.replace(/\uFE0F/g, ''));

/** A mark (x, ✓ …): "needs support" on any scale, typical for Đầu năm. */
export function isMark(text: string): boolean {
  return MARK_KEYS.has(ratingKey(text));
}

const SUBJECT_VALUES = aliasTable<Rating>([[NEED_SUBJECT, 'need'], [OK_SUBJECT, 'ok'], [MARKS, 'need']]);
const QUALITY_VALUES = aliasTable<Rating>([[NEED_QUALITY, 'need'], [OK_QUALITY, 'ok'], [MARKS, 'need']]);

/** The words a teacher may type, for messages: "C, CHT, Chưa hoàn thành …". */
export function scaleDescription(scale: Scale): string {
  return scale === 'subject'
    ? 'T (Hoàn thành tốt), H (Hoàn thành), C (Chưa hoàn thành) hoặc dấu x'
    : 'T (Tốt), Đ (Đạt), C (Cần cố gắng) hoặc dấu x';
}

// A roster repeats the same few values thousands of times: read each raw text once per scale.
const RATINGS: Record<Scale, (text: string) => Rating | undefined> = {
  subject: memoize((text: string) => SUBJECT_VALUES.get(ratingKey(text)), 10000),
  quality: memoize((text: string) => QUALITY_VALUES.get(ratingKey(text)), 10000),
};

/** A typed rating on the area's scale; undefined when it is not one. */
export function matchRating(text: string, scale: Scale): Rating | undefined {
  return RATINGS[scale](text);
}

const NO_WORDS = new Set(['', 'khong', 'k', 'false', '0', 'no', '-']);

/** A "Nữ" tick cell: x / có / ✓ means yes; any other text but a no also does. */
export function isTicked(text: string): boolean {
  return !NO_WORDS.has(foldCompact(text));
}

/** Total rows under a table ("Tổng", "TC", "Cộng") are not students. */
export function isTotalLabel(text: string): boolean {
  return ['tong', 'tongcong', 'tc', 'cong', 'tongso'].includes(foldCompact(text));
}

const FORMULA_ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

/** How Sheets shows a failed formula in getValues: the error's own text. */
export function isFormulaError(text: string): boolean {
  // Called for every cell read: most cells fail on the first character, without allocating.
  const first = text.charCodeAt(0);
  if (first !== 35 && first !== 32 && first !== 160 && first !== 9) return false;
  return FORMULA_ERRORS.has(text.trim().toUpperCase());
}
