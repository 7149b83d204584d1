// The write plan's link columns cell by cell (src/core/layout/plan.ts): a link block runs from a
// column's first link to its last, with the plain cells between; what follows the last link, and
// what a number interrupts, is written by setValues; no cell is written twice or left out.
import type { LayoutCell, TabLayout } from '../../src/core/layout';
import { asTypedText, estimateWriteSeconds, isLink, linkBlocks, valueBlocks } from '../../src/core/layout/plan';

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

describe('empty text', () => {
  it('is written empty, without the apostrophe that keeps other text as text', () => {
    expect(asTypedText('')).toBe('');
    expect(asTypedText('10%')).toBe("'10%");
    // A bordered table is written whole, its empty cells too.
    expect(valueBlocks({ ...layoutOf([['a', ''], ['', 'b']], 2), styles: { border: ['A1:B2'] } }))
      .toEqual([{ row: 1, column: 1, values: [["'a", ''], ['', "'b"]] }]);
  });
});

describe('the write estimate, term by term', () => {
  /** 2,001 rows: A and B text, C a link on every other row with text between (one link block of 2,001 cells, 1,001 links). */
  const big = (): TabLayout => ({
    ...layoutOf(Array.from({ length: 2001 }, (_, i): LayoutCell[] => ['a', 'b', i % 2 === 0 ? link(`C${i + 1}`) : 'x']), 3),
    styles: { bold: ['A1:C1'], center: ['A1:A3', 'B1:B3'] }, merges: ['A1:B1'], rowHeights: [21, 21, 30],
  });

  it('cells 0.3 ms, links 4 ms, style ranges 1 ms, calls 30 ms each', () => {
    // Cells: 4,002 (A-B) + 2,001 (the link block) = 6,003 → 1,800.9 ms; 1,001 links → 4,004 ms; 3 style ranges → 3 ms;
    // calls: 20 + 2 per style (4) + 1 merge + 3 widths + 1 link block + 2 runs of row heights = 31 → 930 ms. 6,737.9 ms → 7 s.
    expect(linkBlocks(big()).map((b) => [b.firstRow, b.cells.length])).toEqual([[1, 2001]]);
    expect(estimateWriteSeconds([big()])).toBe(7);
    // Without the links (text instead): 6,003 cells, no link, 30 calls (no link block) → 1,800.9 + 3 + 900 → 3 s.
    const plainText = { ...big(), rows: big().rows.map((r) => r.map((c) => (isLink(c) ? c.text : c))) };
    expect(estimateWriteSeconds([plainText])).toBe(3);
    // Two tabs: the sum of both, rounded up once.
    expect(estimateWriteSeconds([big(), plainText])).toBe(10);
  });
});
