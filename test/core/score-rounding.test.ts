// Review 7 F2b: TT22 (art. 9) and TT58 take each ĐTB môn to one decimal after rounding, half up. A score
// a sheet computes without ROUND (Cả năm = (HK1 + 2·HK2)/3 = 4,9666…) shows 5,0 and is 5,0: it is
// compared rounded, never raw. A score typed as text with more decimals stays a problem at its cell.
import fc from 'fast-check';
import { readRating } from '../../src/core/scales';
import { propertyRuns } from '../helpers/property-runs';

describe('a score is compared rounded to one decimal (TT22 art. 9)', () => {
  it.each<[string, number, 'need' | 'ok']>([
    ['(4,9 + 2·5,0)/3 = 4,9666…', (4.9 + 2 * 5) / 3, 'ok'],
    ['(4,8 + 2·5,1)/3 = 5', (4.8 + 2 * 5.1) / 3, 'ok'],
    ['(4,0 + 2·4,7)/3 = 4,4666…', (4 + 2 * 4.7) / 3, 'need'],
    ['4,95 → 5,0', 4.95, 'ok'],
    ['4,9499 → 4,9', 4.9499, 'need'],
    ['(6 + 2·7 + 3·2)/(2 + 5) = 3,714… → 3,7', (6 + 2 * 7 + 3 * 2) / 7, 'need'],
  ])('%s is %p', (_, value, rating) => expect(readRating(value, 'score')).toBe(rating));

  it('against another threshold too: 6,45 is 6,5, not below 6,5', () => {
    expect([6.45, 6.449, 6.5].map((v) => readRating(v, 'score', 6.5))).toEqual(['ok', 'need', 'ok']);
  });

  it('text with more than one decimal is still not read (a problem at its cell, asking for one decimal)', () => {
    expect(['4,97', '4.97', '4,95'].map((v) => readRating(v, 'score'))).toEqual([undefined, undefined, undefined]);
  });

  it('property: a number reads as the one-decimal score it shows (format 0.0)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.double({ min: -0.0499, max: 0.0499, noNaN: true }), fc.integer({ min: -1, max: 1 }),
      (tenths, noise, step) => {
        const shown = tenths / 10;
        const value = Math.min(10, Math.max(0, shown + noise));
        if (Math.round(value * 10) !== tenths) return; // clamped to another shown score
        const threshold = (tenths + step) / 10; // the threshold at, just above or just below the score shown
        expect(readRating(value, 'score', threshold)).toBe(shown < threshold ? 'need' : 'ok');
      }), { numRuns: propertyRuns(300) });
  });
});
