// How a layout goes onto a sheet, planned without Apps Script: which rectangles setValues writes
// (only where cells hold something, never a cell a link column writes), which column blocks
// setRichTextValues writes, which table header cells RangeList.setValue writes apart, which
// column widths go in one call, and what the writes will cost. The shell (src/gas/write.ts) makes
// one call per block and per list: calls grow with blocks and header texts, never with rows.

import type { CellLink, LayoutCell, TabLayout } from './builder';
import { filled, rectangles, type Box } from './rectangles';
import { a1, parseA1Range } from '../text';

/** Sheets refuses more than 50,000 characters in a cell; a pasted essay must not stop the run. */
export const MAX_CELL_TEXT = 49000;

export function clipText(text: string): string {
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) + '…' : text;
}

/**
 * A school's text as setValue(s) must receive it to stay text: a leading apostrophe, which
 * Sheets drops, so "=IMPORTXML(…)", "10%" or "2024-01-31" are never parsed. '' stays empty.
 */
export function asTypedText(text: string): string {
  if (text === '') return '';
  return "'" + clipText(text);
}

export function isLink(cell: LayoutCell | undefined): cell is CellLink {
  return typeof cell === 'object' && cell !== null;
}

/** A column's rows from its first link to its last: one setRichTextValues (plain cells between them as plain text). */
export interface LinkBlock {
  column: number;
  firstRow: number;
  cells: Array<string | CellLink>;
}

/** A rectangle one setValues writes: numbers as numbers, text as typed text. */
export interface ValueBlock {
  row: number;
  column: number;
  values: Array<Array<string | number>>;
}

function plain(cell: LayoutCell | undefined): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return asTypedText(isLink(cell) ? cell.text : cell);
}

/**
 * Each column's runs of links: from a link to the last link that no number interrupts (a number
 * stays a number, written by setValues); plain text between links is written with them.
 */
export function linkBlocks(layout: TabLayout): LinkBlock[] {
  const blocks: LinkBlock[] = [];
  for (let c = 0; c < layout.width; c++) {
    let open: LinkBlock | undefined;
    // Stryker disable next-line ArrayDeclaration: the initial value is never read; opening a link block resets it
    let pending: string[] = []; // plain cells after the last link, kept only if another link follows
    layout.rows.forEach((row, r) => {
      const cell = row[c];
      if (isLink(cell)) {
        if (!open) open = { column: c + 1, firstRow: r + 1, cells: [] };
        else open.cells.push(...pending);
        pending = [];
        open.cells.push(cell);
      } else if (open && typeof cell !== 'number') {
        pending.push(cell ?? '');
      } else if (open) {
        blocks.push(open);
        open = undefined;
        // Stryker disable next-line ArrayDeclaration: the value is never read; opening the next link block resets it
        pending = [];
      }
    });
    if (open) blocks.push(open);
  }
  return blocks;
}

function rectangle(layout: TabLayout, box: Box): ValueBlock {
  const values = layout.rows.slice(box.top, box.bottom + 1).map((row) => {
    const out: Array<string | number> = [];
    for (let c = box.from; c <= box.to; c++) out.push(plain(row[c]));
    return out;
  });
  return { row: box.top + 1, column: box.from + 1, values };
}

/** One value set into each of a list of cells by one RangeList.setValue: a table header's text wherever it prints. */
export interface ValueList {
  value: string | number;
  /** A1 ranges, one a cell. */
  ranges: string[];
}

/** Everything one tab's values take: link blocks, rectangles, and header cells written apart. */
export interface WritePlan {
  links: LinkBlock[];
  values: ValueBlock[];
  lists: ValueList[];
}

/** A layout's tables as the rectangles see them: the columns written whole, and the header cells written apart (0-based). */
interface Tables {
  whole: Box[];
  apart: Set<number>;
}

/**
 * Each bordered table (builder.ts table): a column that holds something below its header rows is
 * written whole, its empty cells too, so how it joins its neighbours does not depend on where pages
 * break; a column that holds nothing there (Đỡ đầu's Sự rèn luyện when the school wrote none) is
 * not written at all, and its header cells, the first and each page's repeat, are written apart.
 */
function tablesOf(layout: TabLayout): Tables {
  const heads = new Set((layout.headerRows ?? []).map((row) => row - 1));
  const tables: Tables = { whole: [], apart: new Set() };
  // Stryker disable next-line ArrayDeclaration: parseA1Range of that text is undefined, so the loop skips it
  for (const range of layout.styles.border ?? []) {
    const r = parseA1Range(range);
    if (!r) continue;
    const [top, bottom] = [r.row - 1, r.row + r.numRows - 2];
    for (let c = r.column - 1; c <= r.column + r.numColumns - 2; c++) {
      let body = false;
      for (let row = top; row <= bottom && !body; row++) body = !heads.has(row) && filled(layout.rows[row]?.[c]);
      if (body) tables.whole.push({ top, bottom, from: c, to: c });
      else for (let row = top; row <= bottom; row++) if (filled(layout.rows[row]?.[c])) tables.apart.add(row * layout.width + c);
    }
  }
  return tables;
}

/**
 * Rows first..last (0-based, inclusive) of columns from..to, as the rectangles that hold something
 * (rectangles.ts); outside a link column, with the tables' columns written whole or apart (tablesOf).
 */
function blocks(layout: TabLayout, first: number, last: number, from: number, to: number, tables?: Tables): ValueBlock[] {
  const starts = (layout.parts ?? []).map((row) => row - 1);
  const apart = tables && ((row: number, column: number) => tables.apart.has(row * layout.width + column));
  return rectangles(layout.rows, first, last, from, to, starts, tables?.whole ?? [], apart).map((box) => rectangle(layout, box));
}

/**
 * The rectangles setValues writes: the bands of columns between link columns over the rows that
 * hold something, and in each link column the cells above and below its link block. Cells a
 * link block writes are never written twice; rows and bands with nothing in them are not written.
 */
function rectanglesOf(layout: TabLayout, links: LinkBlock[], tables: Tables): ValueBlock[] {
  const lastRow = layout.rows.length - 1;
  const out: ValueBlock[] = [];
  const push = (b: ValueBlock[]) => out.push(...b);
  const byColumn = new Map<number, LinkBlock[]>();
  for (const link of links) byColumn.set(link.column - 1, [...(byColumn.get(link.column - 1) ?? []), link]);
  let from = 0;
  for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
    if (c > from) push(blocks(layout, 0, lastRow, from, c - 1, tables));
    let next = 0; // the first row of this column no link block covers
    for (const link of byColumn.get(c) as LinkBlock[]) {
      if (link.firstRow - 1 > next) push(blocks(layout, next, link.firstRow - 2, c, c));
      next = link.firstRow - 1 + link.cells.length;
    }
    if (next <= lastRow) push(blocks(layout, next, lastRow, c, c));
    from = c + 1;
  }
  // Stryker disable next-line ArithmeticOperator: rows are never longer than width, so columns past it hold nothing and give no rectangle
  if (from < layout.width) push(blocks(layout, 0, lastRow, from, layout.width - 1, tables));
  return out;
}

/** The header cells written apart that no rectangle or link block writes: one list per distinct value. */
function listsOf(layout: TabLayout, tables: Tables, links: LinkBlock[], values: ValueBlock[]): ValueList[] {
  const covered = (row: number, column: number) => values.some((b) => row >= b.row && row < b.row + b.values.length
    && column >= b.column && column < b.column + b.values[0].length)
    || links.some((b) => column === b.column && row >= b.firstRow && row < b.firstRow + b.cells.length);
  const lists = new Map<string, ValueList>();
  // Stryker disable next-line MethodExpression,ArithmeticOperator: only the order of the lists and of their ranges changes; each list sets one value on separate cells
  for (const key of [...tables.apart].sort((a, b) => a - b)) {
    const [row, column] = [Math.floor(key / layout.width) + 1, (key % layout.width) + 1];
    const value = plain(layout.rows[row - 1][column - 1]);
    if (covered(row, column)) continue;
    const id = `${typeof value}:${value}`;
    const list = lists.get(id) ?? { value, ranges: [] };
    list.ranges.push(a1(row, column));
    lists.set(id, list);
  }
  return [...lists.values()];
}

/** How one tab's values are written (write.ts runs it): every cell holding something exactly once. */
export function writePlan(layout: TabLayout): WritePlan {
  const links = linkBlocks(layout);
  const tables = tablesOf(layout);
  const values = rectanglesOf(layout, links, tables);
  return { links, values, lists: listsOf(layout, tables, links, values) };
}

/** The rectangles setValues writes (writePlan). */
export function valueBlocks(layout: TabLayout, links: LinkBlock[] = linkBlocks(layout)): ValueBlock[] {
  return rectanglesOf(layout, links, tablesOf(layout));
}

/** Equal neighbouring widths go in one setColumnWidths call. */
export function widthRuns(widths: number[]): Array<{ start: number; count: number; width: number }> {
  const runs: Array<{ start: number; count: number; width: number }> = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.count += 1;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}

/**
 * What writing the layouts will take on Google, in seconds, planned before the first write so a
 * run that cannot finish in time stops before it. Charged as the imitation's cost model charges
 * (local/fake-sheets/COSTS.md), and higher where the shell's calls are not counted one by one:
 * each written cell 0.3 ms, each link 4 builder calls of 1 ms, each other call a 30 ms round trip.
 */
export function estimateWriteSeconds(layouts: TabLayout[]): number {
  let ms = 0;
  for (const layout of layouts) {
    const { links, values, lists } = writePlan(layout);
    const apart = lists.reduce((n, l) => n + l.ranges.length, 0);
    // Stryker disable next-line OptionalChaining: every rectangle has at least one row
    const cells = values.reduce((n, b) => n + b.values.length * (b.values[0]?.length ?? 0), 0)
      + links.reduce((n, b) => n + b.cells.length, 0) + apart;
    const linkCount = links.reduce((n, b) => n + b.cells.filter(isLink).length, 0);
    // A style is one RangeList and one setter whatever its ranges (COSTS.md); each range a host call.
    // So is a header text written apart: each of its cells a range.
    const styles = Object.values(layout.styles).filter((list) => list && list.length > 0) as string[][];
    const ranges = styles.reduce((n, list) => n + list.length, 0) + apart;
    const calls = 20 + 2 * (styles.length + lists.length) + layout.merges.length + layout.columnWidths.length + links.length
      + widthRuns(layout.rowHeights ?? []).length;
    ms += cells * 0.3 + linkCount * 4 + ranges + calls * 30;
  }
  return Math.ceil(ms / 1000);
}
