// One table case (roster-variants.ts, header-families.ts) read by the core alone: the input grids
// are never changed, and what was read is exactly what the case expects. (The bundle runs the same
// cases in variant-runs.ts.)

import { buildReport } from '../../src/core/report';
import { run } from './grid';
import type { HeaderStyle, Rendered } from './roster-shape';
import { expected, observed, type Case } from './roster-variants';

export function checkInCore(c: Case, style: HeaderStyle): void {
  const grids = c.tabs(style);
  const before = JSON.stringify(grids);
  const json = buildReport(run(grids, c.today ?? '2026-01-20'));
  expect(JSON.stringify(grids)).toBe(before); // the input grids are not changed
  const want = c.expect(grids.filter((g): g is Rendered => 'row' in g));
  expect(observed(json, want)).toEqual(expected(want));
}
