// Levels and scales (PRODUCT 2.3): the same letter C means three different things across the
// scales, so a value is read only on its own column's scale at its own khối's level.

import fc from 'fast-check';
import { levelOfGrade, pointAtLevel } from '../../src/core/levels';
import { parseLevels } from '../../src/core/read/config';
import { parseScore, ratingReason, readRating, scaleAt, type CellScale } from '../../src/core/scales';
import { REVIEW_POINT_CODES } from '../../src/core/vocab';

describe('levels', () => {
  it('khối 1–5 TH, 6–9 THCS, 10–12 THPT; anything else none', () => {
    expect(Array.from({ length: 14 }, (_, g) => levelOfGrade(g))).toEqual([
      undefined, 'TH', 'TH', 'TH', 'TH', 'TH', 'THCS', 'THCS', 'THCS', 'THCS', 'THPT', 'THPT', 'THPT', undefined,
    ]);
    expect(levelOfGrade(undefined)).toBeUndefined();
    expect(levelOfGrade(6.5)).toBeUndefined();
  });
  it('Cuối kì II is its own point at secondary, Cuối năm at primary', () => {
    expect(REVIEW_POINT_CODES).toEqual(['DN', 'GKI', 'CKI', 'GKII', 'CKII', 'CN']);
    expect([pointAtLevel('CKII', 'TH'), pointAtLevel('CKII', undefined), pointAtLevel('CKII', 'THCS'), pointAtLevel('CKII', 'THPT')]).toEqual(['CN', 'CN', 'CKII', 'CKII']);
    for (const p of REVIEW_POINT_CODES.filter((x) => x !== 'CKII')) expect(pointAtLevel(p, 'TH')).toBe(p);
  });
  it('Cấu hình "Cấp học"', () => {
    expect(parseLevels('THCS')).toEqual(['THCS']);
    expect(parseLevels('Trung học phổ thông')).toEqual(['THPT']);
    expect(parseLevels('TH&THCS')).toEqual(['TH', 'THCS']);
    expect(parseLevels('THCS và THPT')).toEqual(['THCS', 'THPT']);
    expect(parseLevels('Tiểu học, THCS')).toEqual(['TH', 'THCS']);
    expect(parseLevels('Mầm non')).toEqual([]);
  });
});

describe('secondary scales', () => {
  it.each<[unknown, 'need' | 'ok' | 'exempt' | undefined]>([
    [4.9, 'need'], [5, 'ok'], [0, 'need'], [10, 'ok'], ['6,5', 'ok'], ['6.5', 'ok'], ['4,5', 'need'], [' 7 ', 'ok'], [4.8999999999999995, 'need'],
    [4.999999999, 'ok'], [11, undefined], [-1, undefined], ['10,5', undefined], ['6..5', undefined], ['6,5,', undefined], ['Khá', undefined],
    ['CĐ', undefined], ['T', undefined], ['C', undefined], ['Miễn', 'exempt'], ['miễn', 'exempt'], ['x', 'need'], ['✓', 'need'], [true, 'need'],
    ['#N/A', undefined], [NaN, undefined],
  ])('score %p → %p', (value, rating) => {
    expect(readRating(value, 'score')).toBe(rating);
  });
  it('the threshold (Cấu hình) moves the line; 6,5 needs support below 6,5 only', () => {
    expect(readRating('6,4', 'score', 6.5)).toBe('need');
    expect(readRating('6,5', 'score', 6.5)).toBe('ok');
  });
  it.each<[CellScale, string, 'need' | 'ok' | undefined]>([
    ['comment', 'Đ', 'ok'], ['comment', 'Đạt', 'ok'], ['comment', 'CĐ', 'need'], ['comment', 'Chưa đạt', 'need'], ['comment', 'H', undefined], ['comment', '7', undefined],
    ['learning', 'Tốt', 'ok'], ['learning', 'Khá', 'ok'], ['learning', 'Đạt', 'ok'], ['learning', 'Chưa đạt', 'need'],
    ['learning', 'Giỏi', 'ok'], ['learning', 'Trung bình', 'ok'], ['learning', 'Yếu', 'need'], ['learning', 'Kém', 'need'], ['learning', 'C', undefined],
    ['conduct', 'Tốt', 'ok'], ['conduct', 'Khá', 'ok'], ['conduct', 'Trung bình', 'ok'], ['conduct', 'Yếu', 'need'], ['conduct', 'Chưa đạt', 'need'],
    ['conduct', 'Kém', undefined], ['conduct', 'Giỏi', undefined], ['conduct', 'T', 'ok'], ['conduct', 'Y', 'need'], ['conduct', 'G', undefined],
    ['learning', 'T', 'ok'], ['learning', 'K', 'ok'], ['learning', 'Đ', 'ok'], ['learning', 'G', 'ok'], ['learning', 'Y', 'need'], ['learning', 'CĐ', 'need'],
  ])('%s: %s → %p', (scale, value, rating) => {
    expect(readRating(value, scale)).toBe(rating);
  });
  it('scales per area and level', () => {
    expect([scaleAt('Toán', 'TH'), scaleAt('Năng lực', 'TH'), scaleAt('Toán', 'THCS'), scaleAt('Giáo dục thể chất', 'THPT'),
      scaleAt('Học tập', 'THCS'), scaleAt('Rèn luyện', 'THPT'), scaleAt('Âm nhạc', 'THPT', 'score')]).toEqual(
      ['subject', 'quality', 'score', 'comment', 'learning', 'conduct', 'score']);
  });
  it('below the threshold (rounded to one decimal) is a need; a text with two decimals is a problem; float noise reads as one decimal', () => {
    expect(['4,9', '5', '5,0', '4.9'].map((v) => readRating(v, 'score'))).toEqual(['need', 'ok', 'ok', 'need']);
    expect(['4,95', '4,99', '7,25', '4,901'].map((v) => readRating(v, 'score'))).toEqual([undefined, undefined, undefined, undefined]);
    // Zeros after the first decimal are the same score (review-2 F8: "5,00" left a student out of every count).
    expect(['5,00', '4,90', '6,500', '10,00'].map((v) => readRating(v, 'score'))).toEqual(['ok', 'need', 'ok', 'ok']);
    expect(ratingReason('4,99', 'score', 'THCS', 6)).toContain('ví dụ 4,9 hoặc 5,0');
    // Changed on purpose (review-7 F2b): a number is rounded to one decimal as TT22 art. 9 does, so 4.95 and 4.99 are 5,0.
    expect([4.95, 4.99, 4.9, 4.8999999, 4.9000001, 5, 4.9999999, 4.94].map((v) => readRating(v, 'score'))).toEqual(['ok', 'ok', 'need', 'need', 'need', 'ok', 'ok', 'need']);
    expect(ratingReason('4,99', 'score', 'THCS', 6)).toContain('ghi một chữ số thập phân');
    expect(ratingReason('4,99', 'score', 'THCS', 6)).toContain('5,0');
  });
  it('parseScore reads up to four decimals with a comma or a dot, nothing else', () => {
    expect(['6,5', '6.5', '10', '0', '7,25', ' 8 ', '6..5', '6,', ',5', '100', 'sáu', '6,500', '6,12345'].map(parseScore)).toEqual(
      [6.5, 6.5, 10, 0, 7.25, 8, undefined, undefined, undefined, undefined, undefined, 6.5, undefined]);
  });
});

// Every word a primary teacher writes (TT27), in any case, NFC or NFD, with stray spaces.
const PRIMARY_ONLY = ['T', 'H', 'C', 'HTT', 'HT', 'CHT', 'CCG', 'Hoàn thành tốt', 'Hoàn thành', 'Chưa hoàn thành', 'Cần cố gắng'];
// Every word only a secondary teacher writes (TT22, TT58), and scores.
const SECONDARY_ONLY = ['CĐ', 'Chưa đạt', 'Khá', 'Giỏi', 'Trung bình', 'Yếu', 'Kém', 'Miễn', '6,5', '4.5', '10', '0'];
const variant = (words: string[]) => fc.tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'nfd', 'spaced', 'as is'))
  .map(([w, how]) => (how === 'lower' ? w.toLowerCase() : how === 'upper' ? w.toUpperCase() : how === 'nfd' ? w.normalize('NFD') : how === 'spaced' ? ` ${w}  ` : w));

describe('a primary rating is never read as a secondary one, and the reverse (property)', () => {
  it('a TT27 word on any secondary scale is not a rating, but T in Học tập / Rèn luyện, TT22\'s own letter for Tốt', () => {
    fc.assert(fc.property(variant(PRIMARY_ONLY), fc.constantFrom<CellScale>('score', 'comment', 'learning', 'conduct'), (word, scale) => {
      const tot = word.trim().toUpperCase() === 'T' && (scale === 'learning' || scale === 'conduct');
      expect(readRating(word, scale)).toBe(tot ? 'ok' : undefined);
    }));
  });
  it('a TT22 / TT58 word or a score on a primary scale is not a rating', () => {
    fc.assert(fc.property(fc.oneof(variant(SECONDARY_ONLY), fc.double({ min: 0, max: 10, noNaN: true })),
      fc.constantFrom<CellScale>('subject', 'quality'), (value, scale) => {
        expect(readRating(value, scale)).toBeUndefined();
      }));
  });
  it('the same letter C: a need on both primary scales, never a rating at secondary', () => {
    expect([readRating('C', 'subject'), readRating('C', 'quality'), readRating('C', 'score'), readRating('C', 'comment'), readRating('C', 'learning')])
      .toEqual(['need', 'need', undefined, undefined, undefined]);
  });
});

describe('a lone V at secondary (review-7 F12)', () => {
  it.each([['score'], ['comment'], ['learning'], ['conduct']] as const)('"V" or "v" in a %s column is no rating (vắng: missed the test), while x and ✓ are a need', (scale) => {
    expect([readRating('V', scale), readRating('v', scale), readRating('x', scale), readRating('✓', scale)]).toEqual([undefined, undefined, 'need', 'need']);
  });

  it('at primary a "v" is still the tick it is there', () => {
    expect([readRating('v', 'subject'), readRating('V', 'quality')]).toEqual(['need', 'need']);
  });
});

describe('a written score with more than one decimal is not read (hasManyDecimals)', () => {
  it.each([
    ['4,99', undefined], [' 4,99 ', undefined], ['10,25', undefined], ['4,5', 'need'], [' 5,00 ', 'ok'], ['6,50', 'ok'], ['5,0', 'ok'], ['4,90', 'need'], ['4,05', undefined],
  ] as const)('"%s" on the score scale → %s', (text, rating) => {
    expect(readRating(text, 'score')).toBe(rating);
  });
});
