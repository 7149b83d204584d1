// fillMerges (cells.ts): a merge whose first cell is blank has nothing to copy; the cells it covers
// keep what the grid holds (null, or a row that stops short), so nothing is invented for them.

import { fillMerges } from '../../src/core/cells';

describe('a merge headed by a blank cell copies nothing', () => {
  it('header and data merges over null cells and short rows leave the grid as it was', () => {
    const grid: unknown[][] = [['', null, null], ['Lớp', 'Họ tên'], [null, 'An'], [null, 'Bình'], ['1A']];
    const filled = fillMerges(grid, [
      { row: 1, column: 1, numRows: 1, numColumns: 3 }, // a blank title over the header
      { row: 3, column: 1, numRows: 2, numColumns: 1 }, // a blank class over two students
      { row: 5, column: 2, numRows: 1, numColumns: 2 }, // a merge past the end of a short row
    ], 2);
    expect(filled).toStrictEqual([['', null, null], ['Lớp', 'Họ tên'], [null, 'An'], [null, 'Bình'], ['1A']]);
  });
});
