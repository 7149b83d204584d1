// The page plan (src/core/layout/pages.ts): sections never split when they fit on a page, a
// heading goes with its rows, a long table carries its header on, and every range follows its rows.
import fc from 'fast-check';
import { joinSections, planRows, type Section } from '../../src/core/layout/pages';
import { remapRanges, type RowSource } from '../../src/core/layout/remap';
import { propertyRuns } from '../helpers/property-runs';

/** The page of each original row (by the plan's sources and page starts). */
function pagesOf(sources: RowSource[], pageStarts: number[]): Map<number, number> {
  const out = new Map<number, number>();
  sources.forEach((s, i) => {
    if ('row' in s) out.set(s.row, pageStarts.filter((start) => start <= i + 1).length);
  });
  return out;
}

/** Each page's height: the rows, spacers and header copies on it. */
function pageHeights(sources: RowSource[], pageStarts: number[], heights: number[]): number[] {
  const out = pageStarts.map(() => 0);
  sources.forEach((s, i) => {
    const page = pageStarts.filter((start) => start <= i + 1).length - 1;
    out[page] += 'spacer' in s ? s.spacer : heights[('row' in s ? s.row : s.copyOf) - 1];
  });
  return out;
}

describe('the page plan', () => {
  it('moves a section that would break to the next page, behind one spacer filling the page', () => {
    // Page of 100 px: rows 1-3 (60 px), then a section of rows 4-6 (60 px) that does not fit in the 40 left.
    const { sources, pageStarts } = planRows([20, 20, 20, 20, 20, 20, 20], [{ first: 4, last: 6 }], 100);
    expect(sources).toEqual([{ row: 1 }, { row: 2 }, { row: 3 }, { spacer: 40 }, { row: 4 }, { row: 5 }, { row: 6 }, { row: 7 }]);
    expect(pageStarts).toEqual([1, 5]);
  });

  it('keeps rows that fit where they are, and breaks between rows where no section holds them', () => {
    const { sources, pageStarts } = planRows([30, 30, 30, 30], [], 100);
    expect(sources).toEqual([{ row: 1 }, { row: 2 }, { row: 3 }, { spacer: 10 }, { row: 4 }]);
    expect(pageStarts).toEqual([1, 5]);
  });

  it('a heading kept with the first rows of its table moves with the whole table', () => {
    // Heading 3 kept with rows 4-6; the table 4-8 (header row 4). Together 6 rows of 15: 90 px.
    const sections: Section[] = [{ first: 3, last: 6 }, { first: 4, last: 8, header: { first: 4, last: 4 } }];
    expect(joinSections(sections)).toEqual([{ first: 3, last: 8, header: { first: 4, last: 4 } }]);
    const { sources } = planRows(new Array(8).fill(15), sections, 100);
    expect(pagesOf(sources, planRows(new Array(8).fill(15), sections, 100).pageStarts).get(3)).toBe(2);
    expect(sources.slice(0, 3)).toEqual([{ row: 1 }, { row: 2 }, { spacer: 70 }]);
  });

  it('a table longer than a page starts where its header and three rows fit, and repeats its header', () => {
    // Row 1, then header rows 2-3 and body rows 4-12, 20 px each; page 100 px: the header and three
    // rows (100 px) do not fit under row 1, so the table starts on page 2.
    const heights = new Array(12).fill(20);
    const { sources, pageStarts } = planRows(heights, [{ first: 2, last: 12, header: { first: 2, last: 3 } }], 100);
    expect(sources).toEqual([
      { row: 1 }, { spacer: 80 },
      { row: 2 }, { row: 3 }, { row: 4 }, { row: 5 }, { row: 6 },
      { copyOf: 2 }, { copyOf: 3 }, { row: 7 }, { row: 8 }, { row: 9 },
      { copyOf: 2 }, { copyOf: 3 }, { row: 10 }, { row: 11 }, { row: 12 },
    ]);
    expect(pageStarts).toEqual([1, 3, 8, 13]);
  });

  it('a group inside a long table moves whole, and the table header comes with it', () => {
    // Table rows 1-9 (header row 1), groups 2-4, 5-7, 8-9; 20 px rows, page 100 px.
    const sections: Section[] = [{ first: 1, last: 9, header: { first: 1, last: 1 } }, { first: 2, last: 4 }, { first: 5, last: 7 }, { first: 8, last: 9 }];
    const { sources, pageStarts } = planRows(new Array(9).fill(20), sections, 100);
    expect(sources).toEqual([
      { row: 1 }, { row: 2 }, { row: 3 }, { row: 4 }, { spacer: 20 },
      { copyOf: 1 }, { row: 5 }, { row: 6 }, { row: 7 }, { spacer: 20 },
      { copyOf: 1 }, { row: 8 }, { row: 9 },
    ]);
    expect(pageStarts).toEqual([1, 6, 11]);
  });

  it('a long table whose first group does not fit under its heading and header moves with them: no heading left at the foot', () => {
    // Row 1; heading 2 (kept with 3-5), table 3-12 (header 3), its first group 4-8; 20 px rows, page 150 px. The
    // heading, header and three rows fit under row 1 (120 px) but the group would move on alone: all go to page 2.
    const sections: Section[] = [{ first: 2, last: 5 }, { first: 3, last: 12, header: { first: 3, last: 3 } }, { first: 4, last: 8 }];
    const { sources, pageStarts } = planRows(new Array(12).fill(20), sections, 150);
    const pages = pagesOf(sources, pageStarts);
    expect([1, 2, 3, 4, 8, 9].map((row) => pages.get(row))).toEqual([1, 2, 2, 2, 2, 3]);
    expect(sources.slice(0, 2)).toEqual([{ row: 1 }, { spacer: 130 }]);
  });

  it('every section that fits on a page is printed on one page, and no page holds more than its height', () => {
    const input = fc.integer({ min: 1, max: 60 }).chain((n) => fc.record({
      heights: fc.array(fc.integer({ min: 10, max: 60 }), { minLength: n, maxLength: n }),
      sections: fc.array(fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 0, max: 6 }), fc.boolean()), { maxLength: 8 }),
    }));
    fc.assert(fc.property(input, ({ heights, sections }) => {
      const page = 200;
      const list: Section[] = sections.map(([first, extra, header]) => ({
        first, last: Math.min(first + extra, heights.length), ...(header ? { header: { first, last: first } } : {}),
      }));
      const { sources, pageStarts } = planRows(heights, list, page);
      // Every row once, in order.
      expect(sources.filter((s) => 'row' in s).map((s) => (s as { row: number }).row)).toEqual(heights.map((_, i) => i + 1));
      const heightOf = pageHeights(sources, pageStarts, heights);
      heightOf.forEach((h, i) => {
        // A page over its height only when one row alone is taller than it (not in these inputs).
        expect(h).toBeLessThanOrEqual(page);
        if (i < heightOf.length - 1) expect(h).toBeGreaterThan(0);
      });
      const pages = pagesOf(sources, pageStarts);
      const sum = (first: number, last: number) => heights.slice(first - 1, last).reduce((x, y) => x + y, 0);
      const joined = joinSections(list);
      for (const s of joined) {
        // Moved to a new page inside a longer table, a section shares it with that table's header.
        const headers = joined.filter((t) => t.header && t.first < s.first && s.last <= t.last && s.first > t.header.last)
          .map((t) => sum((t.header as { first: number }).first, (t.header as { last: number }).last));
        if (sum(s.first, s.last) + Math.max(0, ...headers) <= page) expect(pages.get(s.last)).toBe(pages.get(s.first));
      }
    }), { numRuns: propertyRuns(200) });
  });
});

describe('ranges follow their rows', () => {
  // Rows 1-3 stay, a spacer, the header rows 2-3 again, then rows 4-5.
  const sources: RowSource[] = [{ row: 1 }, { row: 2 }, { row: 3 }, { spacer: 30 }, { copyOf: 2 }, { copyOf: 3 }, { row: 4 }, { row: 5 }];

  it('a style over the table splits at the spacer and covers the repeated header', () => {
    expect(remapRanges(['A2:D5'], sources, 'style')).toEqual(['A2:D3', 'A7:D8', 'A5:D6']);
  });

  it('a merge inside the header is repeated; one across the break keeps only its pieces of more than one cell', () => {
    expect(remapRanges(['A2:A3', 'B3:B4', 'C3:D4', 'A1:D1'], sources, 'merge')).toEqual(['A2:A3', 'A5:A6', 'C3:D3', 'C7:D7', 'A1:D1']);
  });

  it('a style starting above the header is repeated over the header rows it covers; a merge not wholly in the header is not', () => {
    expect(remapRanges(['A1:D5'], sources, 'style')).toEqual(['A1:D3', 'A7:D8', 'A5:D6']);
    expect(remapRanges(['A3:D5'], sources, 'merge')).toEqual(['A3:D3', 'A7:D8']);
  });

  it('a merge of one cell is never written, neither where it was nor repeated with the header', () => {
    expect(remapRanges(['B2:B2', 'C3'], sources, 'merge')).toEqual([]);
    expect(remapRanges(['B2:B2'], sources, 'style')).toEqual(['B2:B2', 'B5:B5']);
  });

  it('a range that is not A1 is kept as it is', () => {
    expect(remapRanges(['Tổng hợp!A1'], sources, 'style')).toEqual(['Tổng hợp!A1']);
  });
});
