// Which rectangles setValues writes (src/core/layout/rectangles.ts): only cells holding something,
// columns joined while one rectangle costs less than two (0.3 ms a cell, 2 ms a rectangle), each
// part of the layout written on its own.
import { rectangles, type Box } from '../../src/core/layout/rectangles';
import type { LayoutCell } from '../../src/core/layout/builder';

/** A band of `height` rows and `width` columns, with 'x' at each [row, column] of `filled`. */
function band(height: number, width: number, filled: Array<[number, number]>): LayoutCell[][] {
  const rows: LayoutCell[][] = Array.from({ length: height }, () => Array.from({ length: width }, () => '' as LayoutCell));
  for (const [r, c] of filled) rows[r][c] = 'x';
  return rows;
}

const column = (c: number, from: number, to: number): Array<[number, number]> =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, c] as [number, number]);

describe('rectangles: which cells are written', () => {
  it('joins two columns when one rectangle costs less than two (20 cells + 1 call < 16 cells + 2 calls)', () => {
    // Column 0 holds rows 0..9, column 1 rows 0..5: one 10x2 box costs 8 ms, two boxes 8.8 ms.
    const rows = band(10, 2, [...column(0, 0, 9), ...column(1, 0, 5)]);
    expect(rectangles(rows, 0, 9, 0, 1)).toEqual<Box[]>([{ top: 0, bottom: 9, from: 0, to: 1 }]);
  });

  it('keeps two columns apart when joining would write many empty cells', () => {
    // Column 0 holds rows 0..9, column 1 only row 9: joined 8 ms, apart 7.3 ms.
    const rows = band(10, 2, [...column(0, 0, 9), [9, 1]]);
    expect(rectangles(rows, 0, 9, 0, 1)).toEqual<Box[]>([
      { top: 0, bottom: 9, from: 0, to: 0 },
      { top: 9, bottom: 9, from: 1, to: 1 },
    ]);
  });

  it('writes nothing for an empty row range, even one far below its first row', () => {
    const rows = band(10, 2, column(0, 0, 9));
    expect(rectangles(rows, 7, 3, 0, 1)).toEqual([]);
    expect(rectangles(rows, 4, 3, 0, 1)).toEqual([]);
  });

  it('writes the row where a part starts apart from the rows above, also when it is the last row', () => {
    // Column 0 holds rows 0..3, column 1 only row 3; without a part they join into one 4x2 box.
    const rows = band(4, 2, [...column(0, 0, 3), [3, 1]]);
    expect(rectangles(rows, 0, 3, 0, 1)).toEqual<Box[]>([{ top: 0, bottom: 3, from: 0, to: 1 }]);
    expect(rectangles(rows, 0, 3, 0, 1, [3])).toEqual<Box[]>([
      { top: 0, bottom: 2, from: 0, to: 0 },
      { top: 3, bottom: 3, from: 0, to: 1 },
    ]);
  });

  it('ignores part starts outside the written rows', () => {
    const rows = band(12, 2, [...column(0, 2, 9), [9, 1]]);
    const plain = rectangles(rows, 2, 9, 0, 1);
    expect(plain).toEqual<Box[]>([
      { top: 2, bottom: 9, from: 0, to: 0 },
      { top: 9, bottom: 9, from: 1, to: 1 },
    ]);
    expect(rectangles(rows, 2, 9, 0, 1, [0])).toEqual(plain);
    expect(rectangles(rows, 2, 9, 0, 1, [11])).toEqual(plain);
    expect(rectangles(rows, 2, 9, 0, 1, [2])).toEqual(plain);
  });

  it('writes parts top to bottom whatever order their starts are given in, each row once', () => {
    const rows = band(12, 1, column(0, 0, 11));
    const parts: Box[] = [
      { top: 0, bottom: 3, from: 0, to: 0 },
      { top: 4, bottom: 7, from: 0, to: 0 },
      { top: 8, bottom: 11, from: 0, to: 0 },
    ];
    expect(rectangles(rows, 0, 11, 0, 0, [4, 8])).toEqual(parts);
    expect(rectangles(rows, 0, 11, 0, 0, [8, 4])).toEqual(parts);
  });

  it('never joins across a column that holds nothing, even where one rectangle would cost less', () => {
    // Three rows: columns 0 and 2 full, column 1 empty. Joined: 9 cells and one rectangle (4.7 ms) < two (5.8 ms).
    const rows = band(3, 3, [...column(0, 0, 2), ...column(2, 0, 2)]);
    expect(rectangles(rows, 0, 2, 0, 2)).toEqual<Box[]>([
      { top: 0, bottom: 2, from: 0, to: 0 },
      { top: 0, bottom: 2, from: 2, to: 2 },
    ]);
  });

  it('counts a cell written apart as holding nothing: a column only such cells fill is not written', () => {
    // Column 1 holds row 0 only (a header written apart) and column 0 rows 0..5.
    const rows = band(6, 2, [...column(0, 0, 5), [0, 1]]);
    expect(rectangles(rows, 0, 5, 0, 1, [], [], (r, c) => r === 0 && c === 1)).toEqual<Box[]>([{ top: 0, bottom: 5, from: 0, to: 0 }]);
    // A table's column written whole still counts its ends, whatever is apart elsewhere.
    expect(rectangles(rows, 0, 5, 0, 1, [], [{ top: 0, bottom: 5, from: 1, to: 1 }], (r, c) => r === 0 && c === 1)).toEqual<Box[]>([
      { top: 0, bottom: 5, from: 0, to: 1 },
    ]);
  });

  it('never writes a column that holds nothing, nor empty rows at a column\'s ends', () => {
    // Column 1 is a link column left empty; column 0 holds rows 3..5 of rows 0..8.
    const rows = band(9, 3, [...column(0, 3, 5), ...column(2, 4, 4)]);
    rows[1][1] = null;
    expect(rectangles(rows, 0, 8, 0, 1)).toEqual<Box[]>([{ top: 3, bottom: 5, from: 0, to: 0 }]);
  });
});
