// Text helpers shared by every matcher: Vietnamese text arrives as NFC or NFD (pasted from Word),
// in any case, with stray spaces. Matching always goes through fold().

import { memoize } from './collections';
import { compose, decompose, stripMarks } from './unicode';

// Short texts (ratings, ticks, class names, header words) repeat on every row: fold each once.
const SHORT = 16;
const foldShort = memoize(foldUncached);

/** Lower case, no diacritics (đ → d), single spaces, trimmed. NFC and NFD fold alike. */
export function fold(text: string): string {
  return text.length > SHORT ? foldUncached(text) : foldShort(text);
}

/** Characters that show nothing (zero-width space, joiners), pasted from Zalo or a web page with the text. U+FEFF is a space to \s. */
export const INVISIBLE = /[\u200b-\u200d\u2060]/g;

function foldUncached(text: string): string {
  // Our own table, not normalize(): the runtime may lack ICU (SHEETS-FIDELITY 13).
  return stripMarks(text)
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** fold() without spaces or punctuation, for labels such as "GKI - Toán" or "LS&ĐL". */
export function foldCompact(text: string): string {
  return fold(text).replace(/[\s\-–—_.,:;/\\|&+()[\]{}'"*#]+/g, '');
}

/** fold()'s words alone, punctuation and brackets as single spaces: "Sĩ số (HS)" → "si so hs". */
export function foldWords(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** NFC with single inner spaces: how user text is shown back. */
export function tidy(text: string): string {
  if (text === '') return text;
  const nfc = compose(text);
  // Most cells are already tidy: skip the replace unless some whitespace is not a single space.
  return /[^\S ]|  |^ | $|[\u200b-\u200d\u2060]/.test(nfc) ? nfc.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim() : nfc;
}

/**
 * A tone mark on the first vowel of a syllable-final oa, oe or uy ("Hòa", "Khỏe", "Thúy", the
 * style of 1980 onwards) moved to the second ("Hoà", "Khoẻ", "Thuý", the older style still taught
 * and typed): one name, two spellings. Applies to decomposed, lower-case text.
 */
const NEW_STYLE_TONE = /(o(?=[\u0300\u0301\u0303\u0309\u0323][ae])|u(?=[\u0300\u0301\u0303\u0309\u0323]y))([\u0300\u0301\u0303\u0309\u0323])([aey])(?![a-z\u0111\u0300-\u036f])/g;

/**
 * A person's name as an identity: NFC, lower case, single spaces, every diacritic kept
 * (Hùng ≠ Hưng). Names are never folded like labels; only where the tone mark of oa, oe, uy sits
 * is made one ("Hòa" and "Hoà" are the same child, written in two styles).
 */
export function nameIdentity(name: string): string {
  return identityOf(name);
}

function identityUncached(name: string): string {
  const lower = tidy(name).toLowerCase();
  return /[oòóỏõọuùúủũụ]/.test(lower) ? compose(decompose(lower).replace(NEW_STYLE_TONE, '$1$3$2')) : lower;
}

// Each name is matched many times (Danh sách, class tabs, each review point, mentors): made an
// identity once. A large school has a few thousand children; the load test has 20,000.
const identityOf = memoize(identityUncached, 100000);

/**
 * One key per Mã HS however it arrives: vnEdu gives a number (a Hà Nội code 01… loses its leading
 * zero), a Danh sách keeps the text "0112345678"; both are the same child.
 */
export function studentIdKey(id: string): string {
  const compact = foldCompact(id);
  return /^\d+$/.test(compact) ? compact.replace(/^0+(?=\d)/, '') : compact;
}

/** 1-based column number to letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based row and column to "D7". */
export function a1(row: number, column: number): string {
  return columnLetters(column) + row;
}

/** Letters to a 1-based column number: A → 1, AA → 27 (the inverse of columnLetters). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

/** "B3" or "B3:D7" (as Range.getA1Notation gives it) to its top-left cell and size. */
export function parseA1Range(range: string): { row: number; column: number; numRows: number; numColumns: number } | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!m) return undefined;
  const [top, left] = [Number(m[2]), columnNumber(m[1])];
  const [bottom, right] = m[3] === undefined ? [top, left] : [Number(m[4]), columnNumber(m[3])];
  return { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 };
}

/** Days before 10 and months 1–2 get a leading zero, as NĐ 30/2020 writes dates. */
export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/**
 * A share of counts in % with two decimals and a decimal comma, rounded half up. Worked in whole
 * numbers: with floating point, 57/800 = 7,125% would print 7,12%.
 */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '';
  const hundredths = Math.floor((2 * part * 10000 + whole) / (2 * whole));
  return `${Math.floor(hundredths / 100)},${pad2(hundredths % 100)}%`;
}
