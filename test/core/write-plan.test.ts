// How a layout goes onto a sheet (src/core/layout/plan.ts): every cell that holds something is
// written exactly once, by setValues or by a link block; empty rows and bands are not written.
import fc from 'fast-check';
import type { LayoutCell, TabLayout } from '../../src/core/layout';
import { asTypedText, clipText, estimateWriteSeconds, isLink, linkBlocks, MAX_CELL_TEXT, valueBlocks, widthRuns, writePlan } from '../../src/core/layout/plan';
import { coverage } from '../helpers/write-coverage';

function layoutOf(rows: LayoutCell[][], width: number): TabLayout {
  return { key: 'check', name: 'Kiểm tra', rows, width, columnWidths: new Array(width).fill(100), frozenRows: 0, merges: [], styles: {}, printable: false, sections: [] };
}

const link = (text: string): LayoutCell => ({ text, sheet: 'Danh sách', cell: text });

describe('write plan', () => {
  it('a table with a link column: the link column is written by its block only, the rest by one band each side', () => {
    const layout = layoutOf([
      ['TIÊU ĐỀ', null, null],
      [],
      ['Lớp', 'Ô', 'Lỗi'],
      ['1A', link('E5'), 'Thiếu lớp'],
      ['1A', link('E6'), 'Thiếu tên'],
    ], 3);
    const links = linkBlocks(layout);
    expect(links).toEqual([{ column: 2, firstRow: 4, cells: [link('E5'), link('E6')] }]);
    expect(valueBlocks(layout, links)).toEqual([
      { row: 1, column: 1, values: [["'TIÊU ĐỀ"], [''], ["'Lớp"], ["'1A"], ["'1A"]] },
      { row: 3, column: 2, values: [["'Ô"]] },
      { row: 3, column: 3, values: [["'Lỗi"], ["'Thiếu lớp"], ["'Thiếu tên"]] },
    ]);
  });

  it('numbers stay numbers: a number between links ends a link block and is written by setValues', () => {
    const layout = layoutOf([[link('A1')], [7], [link('A3')]], 1);
    expect(linkBlocks(layout).map((b) => b.firstRow)).toEqual([1, 3]);
    expect(valueBlocks(layout)).toEqual([{ row: 2, column: 1, values: [[7]] }]);
  });

  it('every cell that holds something is written exactly once, whatever the layout', () => {
    const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.integer({ min: 0, max: 9 }), fc.constantFrom('a', '=x', '10%'),
      fc.constantFrom('A1', 'B2').map(link));
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }).chain((width) => fc.tuple(fc.constant(width),
      fc.array(fc.array(cell, { maxLength: width }), { maxLength: 12 }))), ([width, rows]) => {
      const layout = layoutOf(rows, width);
      const seen = coverage(writePlan(layout));
      rows.forEach((row, r) => row.forEach((value, c) => {
        if (value === null || value === '') return;
        expect(seen.has(`${r + 1},${c + 1}`)).toBe(true);
        if (isLink(value)) expect(seen.get(`${r + 1},${c + 1}`)).toBe('l');
      }));
    }));
  });

  it('a column empty below its last text is not written there, an empty column not at all (issue 20: cells sent cost time)', () => {
    // Column C holds a note over the first two rows only; column D is empty; A and B run 30 rows.
    const rows: LayoutCell[][] = [['Tên', 'Lớp', 'Ghi chú', ''], ['An', '1A', 'x', null]];
    for (let i = 0; i < 28; i++) rows.push([`Em ${i}`, '1B']);
    expect(valueBlocks(layoutOf(rows, 4)).map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([
      [1, 1, 30, 2],
      [1, 3, 2, 1],
    ]);
  });

  it('neighbouring columns a few cells apart stay one rectangle: an extra call costs more than the cells it saves', () => {
    const rows: LayoutCell[][] = [['Tên', 'Lớp'], ['An', '1A'], ['Bình', null], ['Chi', '1B']];
    expect(valueBlocks(layoutOf(rows, 2)).map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([[1, 1, 4, 2]]);
    const longer = layoutOf([['Tên', 'Lớp'], ...Array.from({ length: 20 }, (_, i): LayoutCell[] => [`Em ${i}`])], 2);
    expect(valueBlocks(longer).map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([[1, 1, 21, 1], [1, 2, 1, 1]]);
  });

  it('a layout in two parts writes each apart: the annex\'s empty Hoàn cảnh cells above the follow rows are not sent', () => {
    // Like Đỡ đầu: an annex of 30 rows (TT, name, Hoàn cảnh and Sự rèn luyện left empty, the mentor), then 30 follow rows of four columns.
    const rows: LayoutCell[][] = [['TT', 'Họ và tên', 'Hoàn cảnh', 'Sự rèn luyện', 'GV']];
    for (let i = 0; i < 30; i++) rows.push([i + 1, `Em ${i}`, '', '', 'Cô Lan']);
    rows.push(['TT', 'Họ và tên', 'Cần hỗ trợ', 'Tình trạng']);
    for (let i = 0; i < 30; i++) rows.push([i + 1, `Em ${i}`, 'Toán', 'Cần hỗ trợ mới']);
    const shape = (layout: TabLayout) => valueBlocks(layout).map((b) => [b.row, b.column, b.values.length, b.values[0].length]);
    expect(shape({ ...layoutOf(rows, 5), parts: [32] })).toEqual([
      [1, 1, 31, 2], [1, 3, 1, 2], [1, 5, 31, 1], // the annex: Hoàn cảnh and Sự rèn luyện only in its header row
      [32, 1, 31, 4], // the follow rows
    ]);
    // Without the parts said, one band: A-D over all 62 rows, E over the annex.
    expect(shape(layoutOf(rows, 5))).toEqual([[1, 1, 62, 4], [1, 5, 31, 1]]);
  });

  it('never more cells than one rectangle per band would write, and at most one rectangle per column, band and part', () => {
    const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.constantFrom('a', 'b'), fc.integer({ min: 0, max: 9 }));
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }).chain((width) => fc.tuple(fc.constant(width),
      fc.array(fc.array(cell, { maxLength: width }), { maxLength: 40 }))), ([width, rows]) => {
      const blocks = valueBlocks({ ...layoutOf(rows, width), parts: [Math.floor(rows.length / 2) + 1] });
      expect(blocks.length).toBeLessThanOrEqual(2 * width);
      const written = blocks.reduce((n, b) => n + b.values.length * b.values[0].length, 0);
      const holding = rows.map((r, i) => (r.some((v) => v !== null && v !== '') ? i : -1)).filter((i) => i >= 0);
      const band = holding.length === 0 ? 0 : (holding[holding.length - 1] - holding[0] + 1) * width;
      expect(written).toBeLessThanOrEqual(band);
    }));
  });

  it('equal neighbouring widths are one run', () => {
    expect(widthRuns([100, 100, 50, 100])).toEqual([{ start: 1, count: 2, width: 100 }, { start: 3, count: 1, width: 50 }, { start: 4, count: 1, width: 100 }]);
  });

  it('the write estimate grows with the cells and links a layout holds', () => {
    const small = layoutOf(Array.from({ length: 10 }, (_, i) => ['a', link(`A${i}`)]), 2);
    const large = layoutOf(Array.from({ length: 10000 }, (_, i) => ['a', link(`A${i}`)]), 2);
    expect(estimateWriteSeconds([small])).toBeLessThan(2);
    // 10,000 links of 4 ms, 20,000 cells of 0.3 ms: at least 46 s.
    expect(estimateWriteSeconds([large])).toBeGreaterThanOrEqual(46);
  });

  it('a text longer than Sheets takes in a cell is cut, with "…" where it was cut; a shorter one is kept whole', () => {
    const long = 'a'.repeat(MAX_CELL_TEXT - 1) + 'bc';
    expect(MAX_CELL_TEXT).toBeLessThan(50000);
    expect(clipText(long)).toBe('a'.repeat(MAX_CELL_TEXT - 1) + 'b…');
    expect(asTypedText(long)).toBe("'" + 'a'.repeat(MAX_CELL_TEXT - 1) + 'b…');
    expect(clipText(long.slice(1))).toBe(long.slice(1));
  });
});
