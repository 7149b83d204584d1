// layout/pages.ts: sections joined before the plan (rows starting together are one section, a section
// inside another stays itself after a group grows), and a layout's forced page breaks moved with their rows.
import type { TabLayout } from '../../src/core/layout/builder';
import { joinSections, paginate } from '../../src/core/layout/pages';

describe('joinSections: sections starting on the same row are one section', () => {
  it('the shorter listed first still gives one section over all the rows of both', () => {
    expect(joinSections([{ first: 2, last: 4 }, { first: 2, last: 9 }])).toEqual([{ first: 2, last: 9 }]);
  });

  it('the longer listed first: one section, not the shorter kept inside it', () => {
    expect(joinSections([{ first: 2, last: 9 }, { first: 2, last: 4 }])).toEqual([{ first: 2, last: 9 }]);
  });

  it('the joined section keeps the header the inner one has when the outer one has none', () => {
    // A heading kept with its table's first rows (no header) over the table (header row 1).
    const joined = joinSections([{ first: 1, last: 10 }, { first: 1, last: 4, header: { first: 1, last: 1 } }]);
    expect(joined).toEqual([{ first: 1, last: 10, header: { first: 1, last: 1 } }]);
  });

  it('the joined section keeps the outer one\'s header when the inner one has none', () => {
    const joined = joinSections([{ first: 1, last: 10, header: { first: 1, last: 2 } }, { first: 1, last: 4 }]);
    expect(joined).toEqual([{ first: 1, last: 10, header: { first: 1, last: 2 } }]);
  });
});

describe('joinSections: a group grown over the next section stays inside the table holding it', () => {
  it('a table still longer than the grown group is not cut back to the group\'s last row', () => {
    // Group 2-10 overlaps 5-12 and becomes 2-12; the table 1-20 still holds it.
    const joined = joinSections([{ first: 1, last: 20 }, { first: 2, last: 10 }, { first: 5, last: 12 }]);
    expect(joined).toEqual([{ first: 1, last: 20 }, { first: 2, last: 12 }]);
  });

  it('a grown group ending on the table\'s last row is still a group of the table', () => {
    const joined = joinSections([{ first: 1, last: 12 }, { first: 2, last: 10 }, { first: 5, last: 12 }]);
    expect(joined).toEqual([{ first: 1, last: 12 }, { first: 2, last: 12 }]);
  });

  it('a group grown past the table\'s last row makes the table take the rows in', () => {
    const joined = joinSections([{ first: 1, last: 10 }, { first: 2, last: 8 }, { first: 5, last: 12 }]);
    expect(joined).toEqual([{ first: 1, last: 12 }]);
  });
});

describe('paginate: a forced page break moves with its row', () => {
  it('a break before row 3 is at row 4 of the printed tab, after the spacer ending page 1', () => {
    const layout: TabLayout = {
      key: 'timeline', name: 'Theo dõi', rows: [['Dòng 1'], ['Dòng 2'], ['Dòng 3']], width: 1, columnWidths: [300],
      frozenRows: 0, merges: [], styles: {}, printable: true, sections: [], pageBreaks: [3],
    };
    const printed = paginate(layout);
    // Rows 1 and 2, a spacer filling the rest of page 1, then row 3 starting page 2.
    expect(printed.rows).toEqual([['Dòng 1'], ['Dòng 2'], [], ['Dòng 3']]);
    expect(printed.pageStarts).toEqual([1, 4]);
    expect(printed.pageBreaks).toEqual([4]);
  });
});
