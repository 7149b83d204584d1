// The write plan's link columns cell by cell (src/core/layout/plan.ts): a link block runs from a
// column's first link to its last, with the plain cells between; what follows the last link, and
// what a number interrupts, is written by setValues; no cell is written twice or left out.
import type { LayoutCell, TabLayout } from '../../src/core/layout';
import { linkBlocks, valueBlocks } from '../../src/core/layout/plan';

function layoutOf(rows: LayoutCell[][], width: number): TabLayout {
  return { key: 'check', name: 'Kiểm tra', rows, width, columnWidths: new Array(width).fill(100), frozenRows: 0, merges: [], styles: {}, printable: false, sections: [] };
}
const link = (cell: string): LayoutCell => ({ text: cell, sheet: 'Danh sách', cell });

describe('link blocks', () => {
  it('plain cells between two links are in the block, each once; blanks as empty text', () => {
    const layout = layoutOf([[link('A1')], ['x'], [null], [link('A4')], ['y'], [link('A6')]], 1);
    expect(linkBlocks(layout)).toEqual([{ column: 1, firstRow: 1, cells: [link('A1'), 'x', '', link('A4'), 'y', link('A6')] }]);
    expect(valueBlocks(layout)).toEqual([]);
  });

  it('plain cells after the last link are not in the block: setValues writes them, below it', () => {
    const layout = layoutOf([['Ô'], [link('A2')], [link('A3')], ['ghi chú'], [null], ['cuối']], 1);
    expect(linkBlocks(layout)).toEqual([{ column: 1, firstRow: 2, cells: [link('A2'), link('A3')] }]);
    expect(valueBlocks(layout)).toEqual([
      { row: 1, column: 1, values: [["'Ô"]] },
      { row: 4, column: 1, values: [["'ghi chú"], [''], ["'cuối"]] },
    ]);
  });

  it('the last row alone after a link block is written', () => {
    const layout = layoutOf([[link('A1')], ['cuối']], 1);
    expect(linkBlocks(layout)).toEqual([{ column: 1, firstRow: 1, cells: [link('A1')] }]);
    expect(valueBlocks(layout)).toEqual([{ row: 2, column: 1, values: [["'cuối"]] }]);
  });

  it('a number ends a block; text after it waits for the next link; two columns of links each with their own blocks', () => {
    const layout = layoutOf([
      ['Tên', link('B1'), 'Lỗi'],
      ['An', 'x', 'Thiếu'],
      ['Bình', link('B3'), 'Sai'],
      ['Chi', 5, link('C4')],
      ['Dũng', 'y', 'z'],
      ['Em', link('B6'), link('C6')],
    ], 3);
    expect(linkBlocks(layout)).toEqual([
      { column: 2, firstRow: 1, cells: [link('B1'), 'x', link('B3')] },
      { column: 2, firstRow: 6, cells: [link('B6')] },
      { column: 3, firstRow: 4, cells: [link('C4'), 'z', link('C6')] },
    ]);
    expect(valueBlocks(layout)).toEqual([
      { row: 1, column: 1, values: [["'Tên"], ["'An"], ["'Bình"], ["'Chi"], ["'Dũng"], ["'Em"]] },
      { row: 4, column: 2, values: [[5], ["'y"]] },
      { row: 1, column: 3, values: [["'Lỗi"], ["'Thiếu"], ["'Sai"]] },
    ]);
  });

  it('a link in the first column: the columns right of it in one band, none left of it', () => {
    const layout = layoutOf([[link('A1'), 'a', 'b'], [link('A2'), 'c', 'd']], 3);
    expect(valueBlocks(layout)).toEqual([{ row: 1, column: 2, values: [["'a", "'b"], ["'c", "'d"]] }]);
  });

  it('a link in the last column: the band left of it, nothing after', () => {
    const layout = layoutOf([['a', 'b', link('C1')], ['c', 'd', link('C2')]], 3);
    expect(valueBlocks(layout)).toEqual([{ row: 1, column: 1, values: [["'a", "'b"], ["'c", "'d"]] }]);
  });
});

describe('a link column inside a bordered table', () => {
  it('the table is written whole outside the link column; in it, only the cells above and below the block that hold something', () => {
    // The table A1:B5: its first and last rows are empty in column B.
    const layout = { ...layoutOf([
      ['Danh sách lỗi', null],
      ['Lớp', 'Ô'],
      ['1A', link('B3')],
      ['1B', 'x'],
      ['1B', null],
    ], 2), styles: { border: ['A1:B5'] } };
    expect(linkBlocks(layout)).toEqual([{ column: 2, firstRow: 3, cells: [link('B3')] }]);
    expect(valueBlocks(layout)).toEqual([
      { row: 1, column: 1, values: [["'Danh sách lỗi"], ["'Lớp"], ["'1A"], ["'1B"], ["'1B"]] },
      { row: 2, column: 2, values: [["'Ô"]] },
      { row: 4, column: 2, values: [["'x"]] },
    ]);
  });

  it('a table with empty cells in its first and last rows is written whole: the rectangles do not depend on what it holds', () => {
    const layout = { ...layoutOf([[null, null], ['Lớp', 'Sĩ số'], ['1A', 30], [null, null]], 2), styles: { border: ['A1:B4'] } };
    expect(valueBlocks(layout)).toEqual([{ row: 1, column: 1, values: [['', ''], ["'Lớp", "'Sĩ số"], ["'1A", 30], ['', '']] }]);
    expect(valueBlocks({ ...layout, styles: {} })).toEqual([{ row: 2, column: 1, values: [["'Lớp", "'Sĩ số"], ["'1A", 30]] }]);
  });
});
