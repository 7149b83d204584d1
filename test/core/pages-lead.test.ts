// Where a table longer than a page may start (pages.ts leadEnd): its header and three rows, and a group of it that
// begins within those rows when the group fits on a page with the header. Each case sits on a boundary the plan
// must keep: a group starting on the last lead row, a group exactly a page tall, a group that can never fit.
// Rows of 10 px on pages of 100 px; rows 1-6 fill 60 px of page 1; the table is rows 7-30 with header row 7.
import { planRows, type Section } from '../../src/core/layout/pages';

const TABLE: Section = { first: 7, last: 30, header: { first: 7, last: 7 } };
const plan = (...groups: Section[]) => planRows(new Array(30).fill(10), [TABLE, ...groups], 100);
const FILLER = [1, 2, 3, 4, 5, 6].map((row) => ({ row }));

describe('a long table starts only where its header, its first rows and its first group fit', () => {
  it('a group of rows 8-11 (the header and it: 50 px) does not fit in the 40 px left: the table starts on page 2', () => {
    const { sources, pageStarts } = plan({ first: 8, last: 11 });
    expect(sources.slice(0, 8)).toEqual([...FILLER, { spacer: 40 }, { row: 7 }]);
    expect(pageStarts).toEqual([1, 8, 18, 28]);
  });

  it('a group beginning on the last of the three lead rows (10-13) counts too', () => {
    expect(plan({ first: 10, last: 13 }).pageStarts).toEqual([1, 8, 18, 28]);
  });

  it('a group beginning after the lead rows (11-13) does not hold the table back: rows 7-10 end page 1', () => {
    const { sources, pageStarts } = plan({ first: 11, last: 13 });
    expect(sources.slice(0, 11)).toEqual([...FILLER, { row: 7 }, { row: 8 }, { row: 9 }, { row: 10 }, { copyOf: 7 }]);
    expect(pageStarts).toEqual([1, 11, 21, 31]);
  });

  it('a group exactly a page tall with the header (8-16: 100 px) still fits on a page, so it holds the table back', () => {
    expect(plan({ first: 8, last: 16 }).pageStarts).toEqual([1, 8, 18, 28]);
  });

  it('a group that can never fit with the header (8-20: 140 px) does not: the table starts on page 1, the group breaks', () => {
    const { sources, pageStarts } = plan({ first: 8, last: 20 });
    expect(sources.slice(0, 10)).toEqual([...FILLER, { row: 7 }, { spacer: 30 }, { copyOf: 7 }, { row: 8 }]);
    expect(pageStarts).toEqual([1, 9, 19, 29]);
  });
});

describe('page boundaries', () => {
  it('a long table\'s last row alone on a new page still has the header copied above it', () => {
    const { sources, pageStarts } = planRows(new Array(6).fill(20), [{ first: 1, last: 6, header: { first: 1, last: 1 } }], 100);
    expect(sources).toEqual([{ row: 1 }, { row: 2 }, { row: 3 }, { row: 4 }, { row: 5 }, { copyOf: 1 }, { row: 6 }]);
    expect(pageStarts).toEqual([1, 6]);
  });

  it('a section that fills the rest of the page exactly stays on it, with no spacer', () => {
    const { sources, pageStarts } = planRows([50, 25, 25, 10], [{ first: 2, last: 3 }], 100);
    expect(sources).toEqual([{ row: 1 }, { row: 2 }, { row: 3 }, { row: 4 }]);
    expect(pageStarts).toEqual([1, 4]);
  });
});
