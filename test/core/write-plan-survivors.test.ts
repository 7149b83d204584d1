// Edge cases of how a layout goes onto a sheet (src/core/layout/plan.ts): which cells a bordered
// table writes apart, borders reaching past the rows, link blocks given in any order, and the
// write estimate charged as local/fake-sheets/COSTS.md says.
import type { LayoutCell, TabLayout } from '../../src/core/layout/builder';
import { estimateWriteSeconds, linkBlocks, valueBlocks, writePlan } from '../../src/core/layout/plan';

function layoutOf(rows: LayoutCell[][], width: number, more: Partial<TabLayout> = {}): TabLayout {
  return { key: 'check', name: 'Kiểm tra', rows, width, columnWidths: new Array(width).fill(100), frozenRows: 0, merges: [], styles: {}, printable: false, sections: [], ...more };
}

const link = (text: string): LayoutCell => ({ text, sheet: 'Danh sách', cell: text });

describe('write plan: bordered tables', () => {
  it('a cell beside a bordered table, outside its border, is written with the values, never apart', () => {
    // The table is column A only; B1 is not one of its header cells, so it joins A's rectangle.
    const layout = layoutOf([['TT', 'Ghi chú'], [1, ''], [2, '']], 2, { styles: { border: ['A1:A3'] }, headerRows: [1] });
    expect(writePlan(layout)).toEqual({
      links: [],
      values: [{ row: 1, column: 1, values: [["'TT", "'Ghi chú"], [1, ''], [2, '']] }],
      lists: [],
    });
  });

  it('a border reaching below the last row of cells does not stop the plan: the empty column\'s header is still written apart', () => {
    // The border says five rows, the layout holds three; column B holds nothing below its header.
    const layout = layoutOf([['TT', 'Ghi chú'], [1, ''], [2, '']], 2, { styles: { border: ['A1:B5'] }, headerRows: [1] });
    expect(writePlan(layout)).toEqual({
      links: [],
      values: [{ row: 1, column: 1, values: [["'TT"], [1], [2]] }],
      lists: [{ value: "'Ghi chú", ranges: ['B1'] }],
    });
  });

  it('a header cell written apart stays written when its column holds something lower down, in another part', () => {
    // B1 heads a column empty in the table; B5 (a signature in a part of its own) is written by its
    // own rectangle, which does not reach up to B1, so B1 must still be written apart.
    const layout = layoutOf([['TT', 'Ghi chú'], [1, ''], [2, ''], [], [null, 'Người lập biểu']], 2,
      { styles: { border: ['A1:B3'] }, headerRows: [1], parts: [5] });
    expect(writePlan(layout)).toEqual({
      links: [],
      values: [
        { row: 1, column: 1, values: [["'TT"], [1], [2]] },
        { row: 5, column: 2, values: [["'Người lập biểu"]] },
      ],
      lists: [{ value: "'Ghi chú", ranges: ['B1'] }],
    });
  });
});

describe('write plan: link blocks', () => {
  it('the rectangles do not depend on the order the link blocks are given in', () => {
    // Links in columns A and C: only column B is written by setValues, whatever the order of the blocks.
    const layout = layoutOf([[link('x1'), 'An', link('y1')], [link('x2'), 'Bình', link('y2')]], 3);
    const links = linkBlocks(layout);
    expect(links.map((b) => b.column)).toEqual([1, 3]);
    const expected = [{ row: 1, column: 2, values: [["'An"], ["'Bình"]] }];
    expect(valueBlocks(layout, links)).toEqual(expected);
    expect(valueBlocks(layout, [...links].reverse())).toEqual(expected);
  });
});

describe('write estimate', () => {
  it('charges each tab as COSTS.md says, to the millisecond: a thousand copies of a 1034.3 ms tab take 1035 s', () => {
    // A table A1:C3 whose column C holds nothing below its header, a link column D, a closing row.
    const layout = layoutOf([
      ['TT', 'Tên', 'Ghi chú', 'Ô'],
      [1, 'An', '', link('E2')],
      [2, 'Bình', '', link('E3')],
      [null, null, null, 'Hết'],
    ], 4, {
      columnWidths: [40, 100, 100, 60],
      merges: ['A4:C4'],
      styles: { border: ['A1:C3'], bold: ['A1:D1'] },
      headerRows: [1],
      rowHeights: [21, 21, 21, 30],
    });
    const plan = writePlan(layout);
    // Written: A1:B3 (6 cells), D1 and D4 (1 each), the link block D2:D3 (2 cells), C1 apart (1 cell).
    expect(plan.values.map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([[1, 1, 3, 2], [1, 4, 1, 1], [4, 4, 1, 1]]);
    expect(plan.links.map((b) => [b.firstRow, b.column, b.cells.length])).toEqual([[2, 4, 2]]);
    expect(plan.lists).toEqual([{ value: "'Ghi chú", ranges: ['C1'] }]);
    // 11 cells × 0.3 = 3.3 ms; 2 links × 4 = 8 ms; 3 ranges (2 style ranges, 1 cell apart) × 1 = 3 ms;
    // calls: 20 + 2 × (2 styles + 1 list) + 1 merge + 4 widths + 1 link block + 2 row-height runs = 34, × 30 = 1020 ms.
    // One tab: 1034.3 ms, so 2 s; a thousand: 1034.3 s, so 1035.
    expect(estimateWriteSeconds([layout])).toBe(2);
    expect(estimateWriteSeconds(Array.from({ length: 1000 }, () => layout))).toBe(1035);
  });
});
