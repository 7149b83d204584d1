// The table of roster shapes schools keep (test/helpers/roster-variants.ts) read by the core alone,
// on plain grids with their merged blocks (SheetGrid.merges, as getMergedRanges gives them): the
// exact totals, names, flags, skipped rows and problems of each. The bundle runs the same table
// from an .xlsx in test/bundle/real-rosters.test.ts.
import { VARIANT_RUNS } from '../helpers/roster-variants';
import { checkInCore } from '../helpers/variant-core';

describe('rosters as schools keep them, read by the core', () => {
  it.each(VARIANT_RUNS)('%s (%s header)', (_shape, style, c) => checkInCore(c, style));
});
