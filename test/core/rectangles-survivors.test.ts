// When a column is taken over all the rows its band holds (src/core/layout/rectangles.ts,
// columnSpans): when it holds something over more than half of them.
import { rectangles, type Box } from '../../src/core/layout/rectangles';
import type { LayoutCell } from '../../src/core/layout/builder';

/** A band of `height` rows and `width` columns, with 'x' in column c over rows from..to for each [c, from, to]. */
function band(height: number, width: number, runs: Array<[number, number, number]>): LayoutCell[][] {
  const rows: LayoutCell[][] = Array.from({ length: height }, () => Array.from({ length: width }, () => '' as LayoutCell));
  for (const [c, from, to] of runs) for (let r = from; r <= to; r++) rows[r][c] = 'x';
  return rows;
}

describe('rectangles: a column holding most of the band is taken over all of it', () => {
  it('a column holding 6 of the 10 rows is written over all 10', () => {
    // Column 1 is empty, so 0 and 2 are never joined: each keeps its own rectangle.
    const rows = band(10, 3, [[0, 0, 9], [2, 0, 5]]);
    expect(rectangles(rows, 0, 9, 0, 2)).toEqual<Box[]>([
      { top: 0, bottom: 9, from: 0, to: 0 },
      { top: 0, bottom: 9, from: 2, to: 2 },
    ]);
  });

  it('a column holding only half the rows keeps its own rows', () => {
    const rows = band(10, 3, [[0, 0, 9], [2, 0, 4]]);
    expect(rectangles(rows, 0, 9, 0, 2)).toEqual<Box[]>([
      { top: 0, bottom: 9, from: 0, to: 0 },
      { top: 0, bottom: 4, from: 2, to: 2 },
    ]);
  });

  it('counts the rows the band holds from its first held row, also when the band starts lower down', () => {
    // Rows 2..11 are held (10 rows); column 2 holds 6 of them, so it is taken over 2..11.
    const rows = band(12, 3, [[0, 2, 11], [2, 2, 7]]);
    expect(rectangles(rows, 2, 11, 0, 2)).toEqual<Box[]>([
      { top: 2, bottom: 11, from: 0, to: 0 },
      { top: 2, bottom: 11, from: 2, to: 2 },
    ]);
  });
});
