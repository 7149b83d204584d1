// The table of roster shapes schools keep (test/helpers/roster-variants.ts) read by the core alone,
// on plain grids with their merged blocks (SheetGrid.merges, as getMergedRanges gives them): the
// exact totals, names, flags, skipped rows and problems of each. The bundle runs the same table
// from an .xlsx in test/bundle/real-rosters.test.ts.
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';
import type { Rendered } from '../helpers/roster-shape';
import { expected, observed, VARIANT_RUNS } from '../helpers/roster-variants';

describe('rosters as schools keep them, read by the core', () => {
  it.each(VARIANT_RUNS)('%s (%s header)', (_shape, style, c) => {
    const grids = c.tabs(style);
    const before = JSON.stringify(grids);
    const json = buildReport(run(grids, c.today ?? '2026-01-20'));
    expect(JSON.stringify(grids)).toBe(before); // the input grids are not changed
    const want = c.expect(grids.filter((g): g is Rendered => 'row' in g));
    expect(observed(json, want)).toEqual(expected(want));
  });
});
