// Moving a layout's A1 ranges (styles, merges) to where their rows went when the page plan put
// spacer rows between them and repeated header rows (pages.ts).

import { a1, parseA1Range } from '../text';

/** Where a row of a paginated layout comes from. */
export type RowSource = { row: number } | { spacer: number } | { copyOf: number };

interface RowMap {
  /** Old row → its new row. */
  at: Map<number, number>;
  /** Old row → the new rows that repeat it (one per page it is repeated on). */
  copies: Map<number, number[]>;
}

/** Built once per plan: every style list and the merges of a tab are moved by the same plan. */
const ROW_MAPS = new WeakMap<RowSource[], RowMap>();

function rowMap(sources: RowSource[]): RowMap {
  const known = ROW_MAPS.get(sources);
  if (known) return known;
  const at = new Map<number, number>();
  const copies = new Map<number, number[]>();
  sources.forEach((s, i) => {
    if ('row' in s) at.set(s.row, i + 1);
    else if ('copyOf' in s) {
      const list = copies.get(s.copyOf);
      if (list) list.push(i + 1);
      else copies.set(s.copyOf, [i + 1]);
    }
  });
  ROW_MAPS.set(sources, { at, copies });
  return { at, copies };
}

function rangeOf(top: number, bottom: number, left: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** The pieces of rows top..bottom that stayed next to each other. */
function runs(top: number, bottom: number, at: Map<number, number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = top; r <= bottom; r++) {
    const n = at.get(r);
    if (n === undefined) continue;
    const last = out[out.length - 1];
    if (last && last[1] + 1 === n) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** The repeats of rows top..bottom: for each page a header is repeated on, the new rows, if all of them were copied. */
function repeats(top: number, bottom: number, copies: Map<number, number[]>): Array<[number, number]> {
  const first = copies.get(top);
  if (!first) return [];
  const out: Array<[number, number]> = [];
  first.forEach((start, k) => {
    const end = copies.get(bottom)?.[k];
    if (end !== undefined && end - start === bottom - top) out.push([start, end]);
  });
  return out;
}

/**
 * Each range where its rows went: split where a spacer or a page's repeated header came between
 * them, and repeated with the header rows it covers. A merge keeps only pieces still more than one
 * cell, and is repeated only when it lies wholly in the header. A range that is not A1 stays.
 */
export function remapRanges(ranges: string[], sources: RowSource[], kind: 'style' | 'merge'): string[] {
  const map = rowMap(sources);
  const out: string[] = [];
  for (const range of ranges) {
    const r = parseA1Range(range);
    if (!r) {
      out.push(range);
      continue;
    }
    const [top, bottom, left, right] = [r.row, r.row + r.numRows - 1, r.column, r.column + r.numColumns - 1];
    // A merge of one cell merges nothing (Sheets refuses it): only pieces of more than one cell, here and repeated.
    const keep = (from: number, to: number) => kind === 'style' || to > from || right > left;
    for (const [from, to] of runs(top, bottom, map.at)) {
      if (keep(from, to)) out.push(rangeOf(from, to, left, right));
    }
    // The header rows inside this range, repeated on later pages.
    let hTop = top;
    while (hTop <= bottom && !map.copies.has(hTop)) hTop++;
    let hBottom = hTop;
    while (hBottom + 1 <= bottom && map.copies.has(hBottom + 1)) hBottom++;
    if (hTop > bottom || (kind === 'merge' && (hTop !== top || hBottom !== bottom))) continue;
    for (const [from, to] of repeats(hTop, hBottom, map.copies)) if (keep(from, to)) out.push(rangeOf(from, to, left, right));
  }
  return out;
}

/**
 * Style ranges over the same columns that touch or overlap, joined (a table's body split by its
 * repeated header and the header copy between, one range again): the same cells, fewer ranges,
 * each where the first of its pieces was in the list.
 */
export function joinTouching(ranges: string[]): string[] {
  type Piece = { at: number; range: string; box?: { top: number; bottom: number; left: number; right: number } };
  const pieces: Piece[] = ranges.map((range, at) => {
    const r = parseA1Range(range);
    return { at, range, ...(r ? { box: { top: r.row, bottom: r.row + r.numRows - 1, left: r.column, right: r.column + r.numColumns - 1 } } : {}) };
  });
  const boxed = pieces.filter((p) => p.box).sort((a, b) => {
    const [x, y] = [a.box as NonNullable<Piece['box']>, b.box as NonNullable<Piece['box']>];
    return x.left - y.left || x.right - y.right || x.top - y.top;
  });
  const out: Piece[] = pieces.filter((p) => !p.box);
  let last: Piece | undefined;
  for (const p of boxed) {
    const [a, b] = [last?.box, p.box as NonNullable<Piece['box']>];
    if (last && a && a.left === b.left && a.right === b.right && b.top <= a.bottom + 1) {
      a.bottom = Math.max(a.bottom, b.bottom);
      last.at = Math.min(last.at, p.at);
    } else {
      last = { at: p.at, range: p.range, box: { ...b } };
      out.push(last);
    }
  }
  return out.sort((a, b) => a.at - b.at).map((p) => (p.box ? rangeOf(p.box.top, p.box.bottom, p.box.left, p.box.right) : p.range));
}
