// Which tabs the shell reads with their merged blocks. On Google each block costs a call
// (getMergedRanges hands back ranges, and each range's bounds is one more call: issue 20), so a
// school with twenty vnEdu class tabs of thirty blocks each paid 600 calls for them. The official
// reader does not need them: its header tree continues a label over the blank cells of its merge
// (an export that lost its merges reads the same), so a tab that reads as official results from its
// values alone is read without them. Every other tab (the named inputs, a log, a tab the core does
// not recognise) is read with its blocks, as before.

import { copyOfInput, inputKind } from '../inputs';
import type { SheetGrid } from '../model';
import { findLogHeader } from './log';
import { readOfficialTab } from './official';

export function needsMerges(grid: SheetGrid, timeZoneOffsetMinutes: number): boolean {
  if (inputKind(grid.name) !== undefined || copyOfInput(grid.name) !== undefined) return true;
  if (findLogHeader(grid.values, undefined, grid.name)) return true;
  return readOfficialTab({ name: grid.name, values: grid.values }, timeZoneOffsetMinutes) === undefined;
}
