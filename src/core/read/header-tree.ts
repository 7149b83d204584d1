// A table's header as a tree of merged labels: one to four header rows, where a label merged
// across several columns is the parent of the labels under it (group → area → part, or vnEdu's
// "Môn học và hoạt động giáo dục" → "Tiếng Việt" → "Mức đạt được"). Every column gets its path of
// labels from the top row down, each with the cell it was written in, so a reader can say what a
// column holds and point at the header cell to fix when it cannot. Shared by the roster, official
// results, secondary and log readers; what a path means is each reader's business.

import { cellText } from '../cells';
import type { MergedRange } from '../model';
import { tidy } from '../text';

/** One header cell's label. */
export interface HeaderLabel {
  /** As written, spacing tidied. */
  text: string;
  /** 0-based row and column of the cell holding the text (the top-left cell of its merge). */
  row: number;
  column: number;
}

export interface HeaderColumn {
  /** 0-based column. */
  column: number;
  /** Labels over the column, top to bottom; a label merged down over several rows appears once. */
  path: HeaderLabel[];
}

export interface HeaderTreeOptions {
  /** Columns outside the tree (roster fields such as Họ và tên): no path, and no label continues across them. */
  stop?: ReadonlySet<number>;
  /** Columns to read; the widest header row by default. */
  width?: number;
  /**
   * A blank cell that no merge covers continues the label to its left while the labels above both
   * columns say the same: an export that kept its labels but lost its merges (getValues on a
   * converted .xls) still reads "Tiếng Việt" over "Mức đạt được" + "Điểm KTĐK". On by default; a
   * function says which labels continue over the blank cell `at` (0-based row and column of the
   * grid): a roster continues its review-point groups, and an area over the parts written under it.
   */
  continueBlanks?: boolean | ((label: HeaderLabel, at: { row: number; column: number }) => boolean);
}

type Grid = ReadonlyArray<ReadonlyArray<unknown>>;

/** The cell whose text a cell shows: itself, or the top-left of the merge covering it. */
function ownerOf(merges: readonly MergedRange[], rows: readonly number[], width: number): Map<number, [number, number]> {
  const owner = new Map<number, [number, number]>();
  const wanted = new Set(rows);
  for (const m of merges) {
    for (let r = m.row - 1; r < m.row - 1 + m.numRows; r++) {
      if (!wanted.has(r)) continue;
      for (let c = m.column - 1; c < Math.min(width, m.column - 1 + m.numColumns); c++) owner.set(r * width + c, [m.row - 1, m.column - 1]);
    }
  }
  return owner;
}

/** Labels per header row and column (undefined for a blank), merges resolved to their top-left cell. */
function labelGrid(values: Grid, merges: readonly MergedRange[], rows: readonly number[], width: number, stop: ReadonlySet<number>,
  continueBlanks: (label: HeaderLabel, at: { row: number; column: number }) => boolean): Array<Array<HeaderLabel | undefined>> {
  const owner = ownerOf(merges, rows, width);
  const made = new Map<number, HeaderLabel | undefined>();
  const labelAt = (r: number, c: number): HeaderLabel | undefined => {
    const key = r * width + c;
    if (!made.has(key)) {
      const text = tidy(cellText(values[r]?.[c]));
      made.set(key, text ? { text, row: r, column: c } : undefined);
    }
    return made.get(key);
  };
  const levels: Array<Array<HeaderLabel | undefined>> = [];
  rows.forEach((r, level) => {
    const line: Array<HeaderLabel | undefined> = new Array(width).fill(undefined);
    for (let c = 0; c < width; c++) {
      if (stop.has(c)) continue;
      const merged = owner.get(r * width + c);
      if (merged) line[c] = labelAt(merged[0], merged[1]);
      else if (labelAt(r, c)) line[c] = labelAt(r, c);
      else if (c > 0 && !stop.has(c - 1) && levels.every((above) => above[c]?.text === above[c - 1]?.text)) {
        const left = line[c - 1];
        if (left && continueBlanks(left, { row: r, column: c })) line[c] = left;
      }
    }
    levels.push(line);
  });
  return levels;
}

/**
 * Reads the header rows (0-based, top to bottom) into one path of labels per column. Pure: the
 * grid is only read. A label merged over several columns is given to every column it covers.
 */
export function readHeaderTree(values: Grid, merges: readonly MergedRange[] | undefined, rows: readonly number[],
  options: HeaderTreeOptions = {}): HeaderColumn[] {
  const stop = options.stop ?? new Set<number>();
  const width = options.width ?? Math.max(0, ...rows.map((r) => values[r]?.length ?? 0));
  const continues = options.continueBlanks ?? true;
  const levels = labelGrid(values, merges ?? [], rows, width, stop, typeof continues === 'function' ? continues : () => continues);
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (stop.has(c)) continue;
    const path: HeaderLabel[] = [];
    for (const line of levels) {
      const label = line[c];
      if (label && path[path.length - 1] !== label) path.push(label);
    }
    columns.push({ column: c, path });
  }
  return columns;
}

/** The texts of a path, top to bottom. */
export function pathTexts(column: HeaderColumn): string[] {
  return column.path.map((l) => l.text);
}

/** The first label written under (row, column) among the header rows (0-based), as written; undefined when none. */
export function labelBelow(values: Grid, rows: readonly number[], row: number, column: number): string | undefined {
  return rows.filter((r) => r > row).map((r) => tidy(cellText(values[r]?.[column]))).find((t) => t !== '');
}
