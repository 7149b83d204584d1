// The cells the page plan measures (src/core/layout/measure-layout.ts): each non-empty cell with
// the type, weight and wrap its styles' ranges give it and the span its merge gives it.
import { measuredCells } from '../../src/core/layout/measure-layout';
import type { TabLayout } from '../../src/core/layout/builder';

function layout(rows: TabLayout['rows'], styles: TabLayout['styles'], merges: string[], printable = false): TabLayout {
  return { key: 'tracking', name: 'Theo dõi', rows, width: 4, columnWidths: [100, 100, 100, 100], frozenRows: 0, merges, styles, printable, sections: [] };
}

describe('measuredCells: styles by their ranges, merges by their first cell', () => {
  it('overlapping ranges, ranges past the last row or column, and ranges that are not A1 each count where they fall', () => {
    const cells = measuredCells(layout(
      [['Tiêu đề', 'x', null], ['a', 'b', 'c', 4], ['', { text: 'Xem ô', sheet: 'Danh sách', cell: 'B3' }, 'e']],
      {
        title: ['A1'], bold: ['B1:C2', 'C2'], boldItalic: ['D2'], small: ['A2:A9'], label: ['B3', 'Z'], wrap: ['C2:C3', 'B3:E7'],
      },
      ['A1:B1', 'C2:C3', 'nonsense'],
    ));
    const sans = (pt: number, bold: boolean) => ({ pt, bold, serif: undefined });
    expect(cells).toEqual([
      { row: 1, column: 1, rows: 1, columns: 2, text: 'Tiêu đề', font: sans(14, true), wrap: false },
      { row: 1, column: 2, rows: 1, columns: 1, text: 'x', font: sans(10, true), wrap: false },
      { row: 2, column: 1, rows: 1, columns: 1, text: 'a', font: sans(11, false), wrap: false },
      { row: 2, column: 2, rows: 1, columns: 1, text: 'b', font: sans(10, true), wrap: false },
      { row: 2, column: 3, rows: 2, columns: 1, text: 'c', font: sans(10, true), wrap: true },
      { row: 2, column: 4, rows: 1, columns: 1, text: '4', font: sans(10, true), wrap: false },
      { row: 3, column: 2, rows: 1, columns: 1, text: 'Xem ô', font: sans(12, false), wrap: true },
      { row: 3, column: 3, rows: 1, columns: 1, text: 'e', font: sans(10, false), wrap: true },
    ]);
  });

  it('a printable tab is in Times New Roman 13 unless a style sizes it', () => {
    const cells = measuredCells(layout([['A', 'B']], { small: ['B1'] }, [], true));
    expect(cells.map((c) => c.font)).toEqual([{ pt: 13, bold: false, serif: true }, { pt: 11, bold: false, serif: true }]);
  });
});
