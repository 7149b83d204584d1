// The cost model: what one call into the services would cost on Google, in milliseconds, from
// published measurements (sources and figures in COSTS.md beside this file). Where the sources
// leave room, the higher figure is charged: the imitation is stricter than Google, never kinder.
import type { Access } from './call-log';

export const COSTS = {
  /** A call that needs the document's state (getValues, getSheets, getMergedRanges, metadata reads). */
  readCallMs: 30,
  /** Any other call: navigation (getRange, getA1Notation), value builders, queued writes. */
  callMs: 1,
  /** Applying queued writes before a read or at flush(): the round trip itself. */
  roundTripMs: 30,
  /** Each cell a call reads (getValues and its kin: a 2-D array handed back). */
  cellReadMs: 0.02,
  /** Each cell a call writes (setValues, setRichTextValues and every 2-D setter). */
  cellWrittenMs: 0.3,
} as const;

/** Cells in a 2-D array (rows of cells), 0 for anything else. */
export function cellsIn(value: unknown): number {
  if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) return 0;
  let cells = 0;
  for (const row of value) cells += Array.isArray(row) ? row.length : 0;
  return cells;
}

/** Calls into other services, measured on their own (COSTS.md): properties and the lock are round trips too. */
const SERVICE_CALL_MS: Record<string, number> = {
  Properties: 62,
  Lock: 30,
};

/** What one call costs: its kind, plus the cells it read (a 2-D result) or wrote (a 2-D argument). */
export function callCostMs(kind: Access, name: string, cellsRead: number, cellsWritten: number): number {
  const base = SERVICE_CALL_MS[name.slice(0, name.indexOf('.'))] ?? (kind === 'read' ? COSTS.readCallMs : COSTS.callMs);
  return base + cellsRead * COSTS.cellReadMs + cellsWritten * COSTS.cellWrittenMs;
}
