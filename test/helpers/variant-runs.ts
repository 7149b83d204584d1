// One table case (roster-variants.ts, header-families.ts) run through the built bundle from an
// .xlsx round trip: no input tab changed, every problem points at a cell, and what was read is
// exactly what the case expects. (The core reads the same cases in variant-core.ts.)

import { roundTrip, runSummarize, snapshot } from './bundle';
import { workbookOf, type HeaderStyle, type Rendered } from './roster-shape';
import { expected, observed, type Case } from './roster-variants';

export async function checkInBundle(c: Case, style: HeaderStyle): Promise<void> {
  const grids = c.tabs(style);
  const book = await roundTrip(workbookOf(grids));
  const names = grids.map((g) => g.name);
  const before = snapshot(book, names);
  const { json } = runSummarize(book, { today: c.today ?? '2026-01-20' });
  expect(snapshot(book, names)).toEqual(before); // input tabs unchanged
  // Every problem points at a cell or a range (PRODUCT 3.1), never at nothing.
  for (const problem of json.problems) expect(problem.cell).toMatch(/^[A-Z]+[1-9]\d*(:[A-Z]+[1-9]\d*)?$/);
  const want = c.expect(grids.filter((g): g is Rendered => 'row' in g));
  expect(observed(json, want)).toEqual(expected(want));
}
