// The shapes of issue 17 (test/helpers/header-families.ts) read by the core alone, on plain grids
// with their merged blocks: the exact totals, HSKT, names and problems of each.
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';
import { FAMILY_RUNS } from '../helpers/header-families';
import type { Rendered } from '../helpers/roster-shape';
import { expected, observed } from '../helpers/roster-variants';

describe('issue 17 shapes, read by the core', () => {
  it.each(FAMILY_RUNS)('%s (%s header)', (_shape, style, c) => {
    const grids = c.tabs(style);
    const before = JSON.stringify(grids);
    const json = buildReport(run(grids, c.today ?? '2026-01-20'));
    expect(JSON.stringify(grids)).toBe(before); // the input grids are not changed
    const want = c.expect(grids as Rendered[]);
    expect(observed(json, want)).toEqual(expected(want));
  });
});
