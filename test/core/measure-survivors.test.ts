// layout/measure.ts: textWidthPx walks a text by code point, so a character outside the Basic
// Multilingual Plane counts once, and the last character inside it (U+FFFF, one UTF-16 unit) does not
// swallow the character after it.
import { textWidthPx } from '../../src/core/layout/measure';

// Times New Roman at 12 pt: 16 px to the em; 'a' and an unclassed character 0.5 em (8 px).
const font = { pt: 12, serif: true };

describe('textWidthPx at the edge of the Basic Multilingual Plane', () => {
  it('measures U+FFFF and the letter after it, each as one character', () => {
    expect(textWidthPx('\uffffa', font)).toBe(16);
    expect(textWidthPx('\uffff', font) + textWidthPx('a', font)).toBe(16);
  });

  it('measures a character beyond U+FFFF (a surrogate pair) once, and the letter after it', () => {
    expect(textWidthPx('\u{1F600}a', font)).toBe(16);
  });
});
