// layout/pages.ts edges: a page's height at the layout's fit-to-width scale; a row or a section
// taller than a page at the top of a page starts there, no empty page before it.

import type { TabLayout } from '../../src/core/layout/builder';
import { Builder } from '../../src/core/layout/builder';
import { pageHeightOf, paginate, planRows } from '../../src/core/layout/pages';

const rowsOf = (sources: ReturnType<typeof planRows>['sources']) => sources.map((s) => ('row' in s ? s.row : 'spacer' in s ? `spacer ${s.spacer}` : `copy ${s.copyOf}`));

describe('pageHeightOf', () => {
  it('a layout wider than the page shrinks to fit: a page holds more sheet pixels, by the same scale', () => {
    const layout = (columnWidths: number[]): TabLayout => ({ key: 'timeline', name: 'Kế hoạch', rows: [], width: columnWidths.length, columnWidths, frozenRows: 0, merges: [], styles: {}, printable: true, sections: [] });
    expect(pageHeightOf(layout([300, 300]))).toBe(628); // 612 px on paper: no scaling
    expect(pageHeightOf(layout([934, 934]))).toBe(1256); // 1880 px on paper: half size, twice the rows
  });
});

describe('planRows at the top of a page', () => {
  it('a row taller than a page starts the first page: no empty page before it', () => {
    const { sources, pageStarts } = planRows([500, 100], [], 400);
    expect(rowsOf(sources)).toEqual([1, 2]);
    expect(pageStarts).toEqual([1, 2]);
  });

  it('a section longer than a page starts the first page: no empty page before it', () => {
    const { sources, pageStarts } = planRows([300, 300], [{ first: 1, last: 2 }], 400);
    expect(rowsOf(sources)).toEqual([1, 'spacer 100', 2]);
    expect(pageStarts).toEqual([1, 3]);
  });
});

describe('paginate: every row keeps its place in the sections after a spacer', () => {
  it('a group moved to the next page behind a spacer: the sections above it stay where they were', () => {
    const b = new Builder(1);
    for (let r = 1; r <= 30; r++) b.add([`Dòng ${r}`]);
    b.keep(1, 2);
    b.keep(3, 30); // 28 rows of 21 px fit on a page (628 px), not under rows 1 and 2
    const printed = paginate(b.build('timeline', [100], 0, false));
    expect(printed.pageStarts).toEqual([1, 4]);
    expect(printed.sections).toEqual([{ first: 1, last: 2 }, { first: 4, last: 31 }]);
  });
});
