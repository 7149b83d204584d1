// Which call of a tab's write plan (src/core/layout/plan.ts) writes each cell: shared by the plan's
// tests, so every one checks the same thing: each cell written once, by setValues, a link block or a
// header list.
import type { WritePlan } from '../../src/core/layout/plan';
import { parseA1Range } from '../../src/core/text';

/** Which call writes each cell ('v' setValues, 'l' a link block, 'h' a header list); a cell written twice fails. */
export function coverage(plan: WritePlan): Map<string, string> {
  const seen = new Map<string, string>();
  const mark = (r: number, c: number, how: string) => {
    const key = `${r},${c}`;
    if (seen.has(key)) throw new Error(`cell ${key} written twice`);
    seen.set(key, how);
  };
  for (const b of plan.links) b.cells.forEach((_, i) => mark(b.firstRow + i, b.column, 'l'));
  for (const b of plan.values) b.values.forEach((row, i) => row.forEach((_, j) => mark(b.row + i, b.column + j, 'v')));
  for (const list of plan.lists) {
    for (const range of list.ranges) {
      const r = parseA1Range(range);
      if (!r || r.numRows !== 1 || r.numColumns !== 1) throw new Error(`not one cell: ${range}`);
      mark(r.row, r.column, 'h');
    }
  }
  return seen;
}
