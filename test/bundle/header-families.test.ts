// Issue 17: the shapes of test/helpers/header-families.ts, each run through the built bundle on the
// in-memory spreadsheet from an .xlsx with its merged blocks: exact totals, HSKT, names and
// problems, and no input tab changed. The same table runs through the core alone in
// test/core/header-families.test.ts.

import { roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { FAMILY_RUNS } from '../helpers/header-families';
import { workbookOf, type Rendered } from '../helpers/roster-shape';
import { expected, observed } from '../helpers/roster-variants';

describe('issue 17 shapes, through the built bundle', () => {
  it.each(FAMILY_RUNS)('%s (%s header)', async (_shape, style, c) => {
    const grids = c.tabs(style);
    const book = await roundTrip(workbookOf(grids));
    const names = grids.map((g) => g.name);
    const before = snapshot(book, names);
    const { json } = runSummarize(book, { today: c.today ?? '2026-01-20' });
    expect(snapshot(book, names)).toEqual(before); // input tabs unchanged
    for (const problem of json.problems) expect(problem.cell).toMatch(/^[A-Z]+[1-9]\d*(:[A-Z]+[1-9]\d*)?$/);
    const want = c.expect(grids as Rendered[]);
    expect(observed(json, want)).toEqual(expected(want));
  });
});
