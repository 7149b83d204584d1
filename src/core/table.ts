// Finding a simple one-row header in the first rows of a tab (Lớp, Kế hoạch, Cấu hình).

import { cellText } from './cells';
import { foldCompact } from './text';

export const HEADER_SEARCH_ROWS = 10;

export interface TableHeader<F extends string> {
  /** 0-based index of the header row. */
  row: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<F, number>>;
}

/**
 * The first row among the first ten whose cells name every required field.
 * Aliases are compared with foldCompact; the first column matching a field wins.
 */
export function findTableHeader<F extends string>(
  values: unknown[][],
  aliases: Record<F, string[]>,
  required: NoInfer<F>[],
): TableHeader<F> | undefined {
  const lookup = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) lookup.set(foldCompact(alias), field);
  }
  const lastRow = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let r = 0; r < lastRow; r++) {
    const columns: Partial<Record<F, number>> = {};
    values[r].forEach((value, c) => {
      const field = lookup.get(foldCompact(cellText(value)));
      if (field !== undefined && columns[field] === undefined) columns[field] = c;
    });
    if (required.every((f) => columns[f] !== undefined)) return { row: r, columns };
  }
  return undefined;
}
