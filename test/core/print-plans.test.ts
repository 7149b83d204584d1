// The page plans of Theo dõi and Đỡ đầu (pages.ts without spacers): a heading never ends a page,
// a class or mentor's table that fits on a page is on one page, a table split over pages repeats
// its header, Theo dõi's classes at their newest point each start a page, and each page holds no
// more than its height of rows as tall as their wrapped text needs (LibreOffice's line, as the
// saved .xlsx sets them). Checked on the plan's data; test/bundle/print-tabs.test.ts prints them.
import fc from 'fast-check';
import type { Analysis } from '../../src/core/analyse';
import { mentorsLayout, trackingLayout, type TabLayout } from '../../src/core/layout';
import { trackingRows } from '../../src/core/layout/tracking';
import { layoutRowHeights } from '../../src/core/layout/measure-layout';
import { LINE_EM } from '../../src/core/layout/measure';
import { pageHeightOf, pageStartsValue, parsePageStarts, planRows } from '../../src/core/layout/pages';
import { joinTouching } from '../../src/core/layout/remap';
import { headingClass } from '../../src/core/layout/tracking-parts';
import type { SheetGrid } from '../../src/core/model';
import { scaleSchool, SCALE_TODAY } from '../../local/scale-school';
import { run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';

/** The scale school of `rows` roster rows as the core reads it. */
function school(rows: number): Analysis {
  const sheets: SheetGrid[] = scaleSchool(rows).worksheets.map((ws) => {
    const values: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => values.push((row.values as unknown[]).slice(1).map((x) => x ?? '')));
    return { name: ws.name, values: values as SheetGrid['values'] };
  });
  return run(sheets, SCALE_TODAY);
}

const text = (cell: unknown) => (cell === null || cell === undefined ? '' : typeof cell === 'object' ? (cell as { text: string }).text : String(cell));
const pageOf = (starts: number[], row: number) => starts.filter((s) => s <= row).length;
/** A title or section heading: its first word in capital letters ("ĐẦU NĂM: …", "NGƯỜI LẬP DANH SÁCH"); a number is none. */
const isCapitals = (t: string) => /^\p{Lu}+:?$/u.test(t.split(' ')[0]);

/** Each page's rows: from its start to the row before the next. */
function pages(layout: TabLayout): Array<[number, number]> {
  const starts = layout.pageStarts as number[];
  return starts.map((s, i) => [s, (starts[i + 1] ?? layout.rows.length + 1) - 1]);
}

describe('Theo dõi on its pages', () => {
  // Built before each test, not at describe scope, so that mutation testing credits these tests.
  let analysis: Analysis;
  let layout: TabLayout;
  let starts: number[];
  beforeEach(() => {
    analysis = school(500);
    layout = trackingLayout(analysis);
    starts = layout.pageStarts as number[];
  });
  const isHeading = (row: number) => headingClass(text(layout.rows[row - 1][0])) !== undefined;

  it('is planned by page breaks alone: no spacer row, no row height set (calls stay those of the rows)', () => {
    expect(starts.length).toBeGreaterThan(10);
    expect(layout.rowHeights).toBeUndefined();
    // The rows as written, and the repeated headers: nothing else added.
    const headers = (l: TabLayout) => l.rows.filter((r) => text(r[0]) === 'Họ và tên').length;
    const written = trackingRows(analysis);
    expect(layout.rows.length - written.rows.length).toBe(headers(layout) - headers(written));
    expect(headers(layout)).toBeGreaterThan(headers(written));
  });

  it('a class heading never ends a page: it is followed on its page by its table header and a row', () => {
    const headingRows = layout.rows.map((_, i) => i + 1).filter(isHeading);
    expect(headingRows.length).toBeGreaterThan(10);
    for (const row of headingRows) {
      expect(pageOf(starts, row + 2)).toBe(pageOf(starts, row));
      expect(text(layout.rows[row][0])).toBe('Họ và tên');
    }
  });

  it('rows are as tall as their wrapped text needs, and a page holds no more than its height of them', () => {
    const heights = layoutRowHeights(layout, LINE_EM.libreOffice);
    for (const [first, last] of pages(layout)) {
      let sum = 0;
      for (let r = first; r <= last; r++) sum += heights[r - 1];
      expect(sum).toBeLessThanOrEqual(pageHeightOf(layout));
    }
    // A need of three areas wraps in its 190 px column: the row holds two lines, one holds one.
    const one = heights[layout.rows.findIndex((r) => text(r[1]) === 'Toán') ];
    expect(one).toBe(Math.ceil(10 * 96 / 72 * LINE_EM.libreOffice + 5));
  });

  it('a class longer than a page repeats its header at the top of each page it goes on to', () => {
    let continued = 0;
    for (const start of starts.slice(1)) {
      const first = text(layout.rows[start - 1][0]);
      expect(isHeading(start) || isCapitals(first) || first === 'Họ và tên').toBe(true);
      if (first === 'Họ và tên') continued++;
    }
    expect(continued).toBeGreaterThan(0);
  });

  it('each class at its newest point starts a page; the one after the last too', () => {
    const blocks = layout.classBlocks as Array<{ first: number; last: number }>;
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      for (let row = block.first + 1; row <= block.last; row++) if (isHeading(row)) expect(starts).toContain(row);
      expect(starts.some((s) => s > block.last && s <= block.last + 2)).toBe(true);
    }
  });
});

describe('Đỡ đầu on its pages, whatever the number of mentored students', () => {
  let layout: TabLayout;
  let starts: number[];
  let headings: Set<number>;
  beforeEach(() => {
    layout = mentorsLayout(school(2000));
    starts = layout.pageStarts as number[];
    headings = new Set<number>();
    // One table, a group per mentor (issue 20, on purpose: a follow table per mentor below the annex before): headings in column A.
    layout.rows.forEach((r, i) => { if (/: \d+ em/.test(text(r[0]))) headings.add(i + 1); });
  });

  it('a mentor heading never ends a page: its first student is on its page, the table header above it', () => {
    expect(headings.size).toBeGreaterThanOrEqual(2);
    expect(layout.rowHeights).toBeUndefined();
    for (const row of headings) {
      expect(typeof layout.rows[row][0]).toBe('number');
      expect(pageOf(starts, row + 1)).toBe(pageOf(starts, row));
      const top = starts[pageOf(starts, row) - 1];
      expect(top === 1 || text(layout.rows[top - 1][0]) === 'TT').toBe(true);
    }
  });

  it('a table split over pages repeats its header: every page but the first starts with a heading, a title or a header', () => {
    for (const start of starts.slice(1)) {
      const row = layout.rows[start - 1];
      const first = row.map(text).find((t) => t !== '') ?? '';
      expect(headings.has(start) || first === 'TT' || first === 'Họ và tên' || isCapitals(first)).toBe(true);
    }
  });
});

describe('the plan without spacers', () => {
  it('breaks a long table between rows and repeats its header there, adding no spacer', () => {
    const { sources, pageStarts } = planRows(new Array(12).fill(20), [{ first: 2, last: 12, header: { first: 2, last: 2 } }], 100, { spacers: false });
    expect(sources.some((s) => 'spacer' in s)).toBe(false);
    expect(pageStarts).toEqual([1, 6, 11]);
    expect(sources.slice(5, 7)).toEqual([{ copyOf: 2 }, { row: 6 }]);
  });

  it('starts a page at each forced break, and not twice at the top of a page', () => {
    const { pageStarts, sources } = planRows(new Array(8).fill(10), [], 100, { spacers: false, breaks: [3, 6, 1] });
    expect(pageStarts).toEqual([1, 3, 6]);
    expect(sources).toHaveLength(8);
  });

  it('page starts survive their metadata value, short or long', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 300 }), (gaps) => {
      const list = gaps.reduce((acc, g) => [...acc, acc[acc.length - 1] + g], [1]);
      expect(parsePageStarts(pageStartsValue(list))).toEqual(list);
    }), { numRuns: propertyRuns(200) });
    expect(pageStartsValue([1, 25, 40, 50])).toBe('1,25,40,50');
    expect(pageStartsValue([1, 14, 27, 40, 53, 1000])).toBe('1,+13*4,1000');
    expect(parsePageStarts(undefined)).toEqual([1]);
  });

  it('page starts as text: exactly three equal gaps make a run, a short gap is written as one, junk is skipped', () => {
    expect(pageStartsValue([1, 11, 21, 31])).toBe('1,+10*3');
    expect(pageStartsValue([1, 2, 3, 4])).toBe('1,+1*3');
    expect(pageStartsValue([1000, 1010, 1020])).toBe('1000,+10,+10');
    expect(pageStartsValue([1, 11, 21])).toBe('1,11,21');
    expect(pageStartsValue([7])).toBe('7');
    expect(pageStartsValue([])).toBe('');
    expect(parsePageStarts(' 1 , +10*3 ')).toEqual([1, 11, 21, 31]);
    expect(parsePageStarts('1,+2*12')).toHaveLength(13);
    expect(parsePageStarts('1,+5')).toEqual([1, 6]);
    expect(parsePageStarts('3,+5x,x9, 7x,+2*y,20')).toEqual([3, 20]);
    expect(parsePageStarts('')).toEqual([1]);
  });

  it('style ranges a repeated header split are one again, each where its first piece was', () => {
    expect(joinTouching(['A1:F1', 'A2:D5', 'A8:D9', 'A6:D7', 'Tab!A1'])).toEqual(['A1:F1', 'A2:D9', 'Tab!A1']);
  });
});
