// scales.ts edges: a score a sheet computes lands a hair below its half (float noise) and is still
// rounded half up; the threshold is written back with a decimal comma.

import { ratingReason, readRating, scaleDescription } from '../../src/core/scales';

describe('a computed score a hair below its half is rounded half up (TT22 art. 9)', () => {
  it.each<[string, number, number, 'need' | 'ok']>([
    ['(4,1 + 5,8)/2 = 4,95 → 5,0', (4.1 + 5.8) / 2, 5, 'ok'],
    ['(3,8 + 6,1)/2 = 4,95 → 5,0', (3.8 + 6.1) / 2, 5, 'ok'],
    ['(0,2 + 8,7)/2 = 4,45 → 4,5', (0.2 + 8.7) / 2, 4.5, 'ok'],
    ['(4,1 + 5,6)/2 = 4,85 → 4,9', (4.1 + 5.6) / 2, 5, 'need'],
  ])('%s: %p at threshold %p is %p', (_, value, threshold, rating) => {
    expect(readRating(value, 'score', threshold)).toBe(rating);
  });
});

describe('the threshold and a score are written with a decimal comma', () => {
  it('scaleDescription names the threshold as the sheet shows it', () => {
    expect(scaleDescription('score', 5.5)).toBe('điểm từ 0 đến 10, một chữ số thập phân (ví dụ 6,5; dưới 5,5 là cần hỗ trợ), "Miễn" hoặc dấu x');
  });

  it('a score outside 0–10 is quoted with its comma', () => {
    expect(ratingReason(10.5, 'score', 'THCS')).toBe('điểm 10,5 nằm ngoài thang 0–10');
  });
});
