// measure-layout.ts: the printed columns of a layout (its print area A1:…, else all of them) and the
// smallest type among them, as PRODUCT 3.4's 9 pt check reads them.

import type { TabLayout } from '../../src/core/layout/builder';
import { printedColumns, smallestPrintedPt } from '../../src/core/layout/measure-layout';

function layout(widths: number[], printArea: string | undefined, rows: TabLayout['rows'] = [], styles: TabLayout['styles'] = {}): TabLayout {
  return { key: 'tracking', name: 'Theo dõi', rows, width: widths.length, columnWidths: widths, frozenRows: 0, merges: [], styles, printable: true, printArea, sections: [] };
}

describe('printedColumns', () => {
  it('a print area A1:… prints its columns, one letter or two', () => {
    const widths = Array.from({ length: 30 }, (_, i) => 10 + i);
    expect(printedColumns(layout(widths, 'A1:K40'))).toEqual(widths.slice(0, 11));
    expect(printedColumns(layout(widths, 'A1:Z9'))).toEqual(widths.slice(0, 26));
    expect(printedColumns(layout(widths, 'A1:AB40'))).toEqual(widths.slice(0, 28));
  });

  it('without a print area, or with one that is not a single range from A1, every column counts', () => {
    const widths = [40, 50, 60, 70];
    for (const area of [undefined, 'BA1:C4', 'B1:C4', 'A1:B4,D1:D4', 'A1:B']) expect(printedColumns(layout(widths, area))).toEqual(widths);
  });
});

describe('smallestPrintedPt counts the printed columns only', () => {
  it('small type beyond the print area does not count; in its last column it does', () => {
    const rows = [['Họ và tên', 'Lớp', 'Ghi chú']];
    expect(smallestPrintedPt(layout([100, 100, 100], 'A1:B1', rows, { small: ['C1'] }))).toBe(13);
    expect(smallestPrintedPt(layout([100, 100, 100], 'A1:B1', rows, { small: ['B1'] }))).toBe(11);
    expect(smallestPrintedPt(layout([100, 100, 100], undefined, rows, { small: ['C1'] }))).toBe(11);
  });
});
