// Which rectangles setValues writes over a band of a layout, so that the cells sent to Google are
// the cells holding something, in few calls (issue 20: a written cell costs about 0.3 ms, a
// rectangle two calls). Each column is written from its first to its last cell holding something;
// neighbouring columns are joined while one rectangle costs less than two; and a layout whose rows
// fall in parts that hold different columns (Đỡ đầu: the annex, whose Hoàn cảnh columns are mostly
// empty, above the follow tables) says where each part starts, and each is written on its own. The
// number of rectangles follows the layout's columns and parts, never its number of rows.
import type { LayoutCell } from './builder';

/** Rows top..bottom and columns from..to, 0-based and inclusive. */
export interface Box {
  top: number;
  bottom: number;
  from: number;
  to: number;
}

/** What Google charges a written cell, and the two calls (getRange, setValues) of one more rectangle (local/fake-sheets/COSTS.md). */
export const CELL_MS = 0.3;
export const BLOCK_MS = 2;

/** A cell holding something: not null, undefined or ''. */
export function filled(cell: LayoutCell | undefined): boolean {
  return cell !== null && cell !== undefined && cell !== '';
}

/** A cell written by another call (plan.ts: a header cell over a column that holds nothing below it). */
export type Apart = (row: number, column: number) => boolean;

/** For each column of a band: the next row at or below each row holding something, and the last at or above. */
class Index {
  private readonly next: Int32Array[] = [];
  private readonly prev: Int32Array[] = [];
  constructor(rows: LayoutCell[][], readonly first: number, readonly last: number, readonly from: number, readonly to: number,
    tables: Box[] = [], apart: Apart = () => false) {
    const n = last - first + 1;
    // A table's first and last rows count as holding something in each of its columns.
    const width = to - from + 1;
    const key = (r: number, c: number) => r * width + (c - from);
    const ends = new Set<number>();
    for (const t of tables) for (let c = Math.max(t.from, from); c <= Math.min(t.to, to); c++) for (const r of [t.top, t.bottom]) ends.add(key(r, c));
    const holds = (r: number, c: number) => (filled(rows[r][c]) && !apart(r, c)) || ends.has(key(r, c));
    for (let c = from; c <= to; c++) {
      const next = new Int32Array(n);
      const prev = new Int32Array(n);
      // Stryker disable next-line ArithmeticOperator: the initial value is never read: span reads prev only at or below a row holding something
      let seen = first - 1;
      for (let r = first; r <= last; r++) {
        if (holds(r, c)) seen = r;
        prev[r - first] = seen;
      }
      seen = last + 1;
      for (let r = last; r >= first; r--) {
        if (holds(r, c)) seen = r;
        next[r - first] = seen;
      }
      this.next.push(next);
      this.prev.push(prev);
    }
  }
  /** Column c's first and last row holding something within rows a..b, or undefined. */
  span(c: number, a: number, b: number): [number, number] | undefined {
    const top = this.next[c - this.from][a - this.first];
    return top > b ? undefined : [top, this.prev[c - this.from][b - this.first]];
  }
}

const cost = (box: Box) => (box.bottom - box.top + 1) * (box.to - box.from + 1) * CELL_MS + BLOCK_MS;

/**
 * Each column's rows holding something within a..b, first to last. A column holding something over
 * most of the rows the band holds is taken over all of them: how far it falls short (a column only
 * a table's repeated headers fill ends at the last page's header) depends on the number of rows,
 * and whether it is joined with its neighbour must not (the same calls for every size, PRODUCT 5).
 */
function columnSpans(index: Index, a: number, b: number): Array<[number, number] | undefined> {
  const spans: Array<[number, number] | undefined> = [];
  for (let c = index.from; c <= index.to; c++) spans.push(index.span(c, a, b));
  const held = spans.filter((s): s is [number, number] => s !== undefined);
  if (held.length === 0) return spans;
  const top = Math.min(...held.map((s) => s[0]));
  const bottom = Math.max(...held.map((s) => s[1]));
  return spans.map((s) => (s && (s[1] - s[0] + 1) * 2 > bottom - top + 1 ? [top, bottom] : s));
}

/** Rows a..b: each column trimmed to what it holds, neighbours joined while that is cheaper, never across an empty column. */
function joined(index: Index, a: number, b: number): { boxes: Box[]; ms: number } {
  const boxes: Box[] = [];
  let group: Box | undefined;
  const spans = columnSpans(index, a, b);
  for (let c = index.from; c <= index.to; c++) {
    const span = spans[c - index.from];
    if (!span) {
      // A column holding nothing here is never written: the rectangles on either side stay apart.
      if (group) boxes.push(group);
      group = undefined;
      continue;
    }
    const alone: Box = { top: span[0], bottom: span[1], from: c, to: c };
    if (group) {
      const both: Box = { top: Math.min(group.top, alone.top), bottom: Math.max(group.bottom, alone.bottom), from: group.from, to: c };
      if (cost(both) <= cost(group) + cost(alone)) {
        group = both;
        continue;
      }
      boxes.push(group);
    }
    group = alone;
  }
  if (group) boxes.push(group);
  // Stryker disable next-line ArithmeticOperator: ms is never read; rectangles only uses the boxes
  return { boxes, ms: boxes.reduce((ms, box) => ms + cost(box), 0) };
}

/**
 * The rectangles that write rows first..last of columns from..to (0-based, inclusive), the rows cut
 * into parts at `starts` (0-based rows where a part of the layout begins whose columns hold other
 * things, such as Đỡ đầu's follow tables under its annex): each part is written on its own. Each of
 * `tables` (0-based boxes: plan.ts passes a table's columns that hold something below its header) is
 * written whole, its empty cells too, so how its columns join does not depend on where pages break.
 * Cells `apart` says another call writes (plan.ts: the header cells over a column holding nothing
 * below them) count as holding nothing; a column holding nothing is never written, nor joined across.
 */
export function rectangles(rows: LayoutCell[][], first: number, last: number, from: number, to: number, starts: number[] = [], tables: Box[] = [],
  apart?: Apart): Box[] {
  if (first > last || from > to) return [];
  const index = new Index(rows, first, last, from, to, tables, apart);
  const cuts = [first, ...starts.filter((r) => r > first && r <= last).sort((a, b) => a - b), last + 1];
  const boxes: Box[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i] < cuts[i + 1]) boxes.push(...joined(index, cuts[i], cuts[i + 1] - 1).boxes);
  return boxes;
}
