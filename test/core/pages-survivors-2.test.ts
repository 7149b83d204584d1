// layout/pages.ts planRows on its boundaries: the smallest spacer a page's rest gets, and a section
// exactly a page tall (it fits on a page, so it moves whole rather than breaking).
import { planRows } from '../../src/core/layout/pages';

describe('planRows: the spacer filling the rest of a page', () => {
  it('a rest of exactly 4 px (the smallest spacer) still gets a spacer row', () => {
    // 48 + 48 = 96 px on a 100 px page; row 3 (10 px) does not fit in the 4 px left.
    const { sources, pageStarts } = planRows([48, 48, 10], [], 100);
    expect(sources).toEqual([{ row: 1 }, { row: 2 }, { spacer: 4 }, { row: 3 }]);
    expect(pageStarts).toEqual([1, 4]);
  });

  it('a rest of 3 px is left as it is: no spacer row', () => {
    const { sources, pageStarts } = planRows([48, 49, 10], [], 100);
    expect(sources).toEqual([{ row: 1 }, { row: 2 }, { row: 3 }]);
    expect(pageStarts).toEqual([1, 3]);
  });
});

describe('planRows: a section exactly a page tall', () => {
  it('fits on a page, so it moves whole to the next page instead of starting on this one\'s rest', () => {
    // Rows of 10 px on 100 px pages: rows 1-2 fill 20 px; the section 3-12 is 100 px, no header.
    const { sources, pageStarts } = planRows(new Array(12).fill(10), [{ first: 3, last: 12 }], 100);
    const rows = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((row) => ({ row }));
    expect(sources).toEqual([{ row: 1 }, { row: 2 }, { spacer: 80 }, ...rows]);
    expect(pageStarts).toEqual([1, 4]);
  });
});
