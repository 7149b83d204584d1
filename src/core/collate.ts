// Vietnamese ordering: letters in the Vietnamese alphabet (a ă â b c d đ e ê …), tones compared
// only when the letters are equal (ngang, huyền, hỏi, ngã, sắc, nặng); names by given name first.

import { memoize } from './collections';
import { compose, decompose } from './unicode';

const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ',
  'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const LETTER_RANK = new Map(ALPHABET.map((letter, i) => [letter, i]));
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // huyền, hỏi, ngã, sắc, nặng
const SHAPE_MARKS = new Set(['\u0306', '\u0302', '\u031b']); // breve, circumflex, horn

/** A character's letter code and tone digit, computed once per distinct character. */
const charKey = memoize((char: string): [string, string] => {
  const [first, ...marks] = decompose(char);
  let base = first;
  let tone = 0;
  for (const mark of marks) {
    if (SHAPE_MARKS.has(mark)) base = compose(base + mark);
    const t = TONES.indexOf(mark);
    if (t >= 0) tone = t + 1;
  }
  const rank = LETTER_RANK.get(base);
  // Letters sort after spaces, digits and punctuation, which keep their own code order.
  const letter = rank === undefined ? String.fromCharCode(Math.min(base.charCodeAt(0), 0xff)) : String.fromCharCode(0x100 + rank);
  return [letter, String(tone)];
});

// Names are made of few distinct words ("Nguyễn", "Thị", "An"): key each word once.
const wordKey = memoize((word: string): [string, string] => {
  // Stryker disable next-line StringLiteral: every word's letters get the same prefix, at aligned places, so the keys order the same
  let letters = '';
  // Stryker disable next-line StringLiteral: every word's tones get the same prefix, compared only when the letters are equal and aligned, so the keys order the same
  let tones = '';
  for (const char of compose(word.toLowerCase())) {
    const [letter, tone] = charKey(char);
    letters += letter;
    tones += tone;
  }
  return [letters, tones];
}, 50000);

/** A string whose plain ordering is the Vietnamese ordering of `text` (letters first, then tones). */
export function vietnameseKey(text: string): string {
  const keys = text.split(' ').map(wordKey);
  return keys.map((k) => k[0]).join(' ') + '\u0000' + keys.map((k) => k[1]).join('0');
}

/** Given name first, then family and middle names: "Nguyễn Văn An" sorts under "An". */
export function nameKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/); // never empty: split gives at least ['']
  return vietnameseKey(words[words.length - 1]) + '\u0001' + vietnameseKey(words.slice(0, -1).join(' '));
}

/** "2A" < "2B" < "10A"; digits compared as numbers. */
export function compareNatural(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (!isNaN(nx) && !isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** A string whose plain ordering is the natural ordering: digit runs padded to equal width. */
export function naturalKey(text: string): string {
  return text.replace(/\d+/g, (digits) => digits.padStart(9, '0'));
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
