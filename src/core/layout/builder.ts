// What every generated tab's layout is made of: cell values plus the few style lists the shell
// applies with one batched call each. Nothing here knows about Apps Script.

import type { Analysis } from '../analyse';
import type { FlagKind } from '../rules/flags';
import { a1, columnLetters } from '../text';

/** A link that jumps to a cell of an input tab. */
export interface CellLink {
  text: string;
  sheet: string;
  cell: string;
}

export type LayoutCell = string | number | CellLink | null;

export type StyleName =
  | 'bold' | 'italic' | 'boldItalic' | 'center' | 'middle' | 'wrap' | 'headerFill' | 'sectionFill' | 'border'
  | 'title' | 'small' | 'errorText' | 'warningText';

/**
 * Developer-metadata keys on generated tabs: the marker that says the add-in owns a tab, and on
 * Tổng hợp the A1 range the principal prints (the PDF link and the local runner's page setup use it).
 */
export const METADATA_KEYS = { generatedTab: 'hoTroHocSinh.generatedTab', printArea: 'hoTroHocSinh.printArea' } as const;

export type GeneratedTabKey = 'check' | 'summary' | 'tracking' | 'timeline';

export const GENERATED_TABS: Record<GeneratedTabKey, string> = {
  check: 'Kiểm tra',
  summary: 'Tổng hợp',
  tracking: 'Theo dõi',
  timeline: 'Lịch tháng',
};

export interface TabLayout {
  key: GeneratedTabKey;
  name: string;
  /** Rows of cells; the writer pads them to `width`. */
  rows: LayoutCell[][];
  width: number;
  /** Pixels per column. */
  columnWidths: number[];
  frozenRows: number;
  merges: string[];
  styles: Partial<Record<StyleName, string[]>>;
  /** Print look: Times New Roman, no gridlines. */
  printable: boolean;
  /** The part of the tab the principal prints (the PDF link exports only this). */
  printArea?: string;
  /** A column chart over a data block of this tab, placed beside the printed area. */
  chart?: { range: string; row: number; column: number; title: string };
}

/** "D5" or "A5:F9" → column letters and rows. */
function splitRange(range: string): { from: string; top: number; to: string; bottom: number } | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!m) return undefined;
  return { from: m[1], top: Number(m[2]), to: m[3] ?? m[1], bottom: Number(m[4] ?? m[2]) };
}

/**
 * notListed only means something when official results are joined with a Danh sách: only then is
 * a student (one a counted class tab lists) marked notListed.
 */
export function shownKinds(analysis: Analysis, kinds: FlagKind[]): FlagKind[] {
  const listing = analysis.official.students.some((s) => s.notListed);
  return kinds.filter((k) => k !== 'notListed' || listing);
}

/** How the shell merges a range: each row across, each column down, or the whole range as one. */
export interface MergeBatch {
  range: string;
  how: 'across' | 'vertically' | 'whole';
}

/**
 * The merges of a layout in as few calls as the sheet allows: one-row spans over the same columns
 * in consecutive rows become one "merge across"; one-column spans over the same rows in
 * consecutive columns become one "merge vertically". The cells merged are exactly the same.
 */
export function mergeBatches(merges: string[]): MergeBatch[] {
  // A range that is not A1 ("A1:C2") is merged as given, and never joined with another (no box).
  type Box = { from: number; top: number; to: number; bottom: number };
  const batches: Array<MergeBatch & { box?: Box }> = [];
  for (const range of merges) {
    const r = splitRange(range);
    if (!r) {
      batches.push({ range, how: 'whole' });
      continue;
    }
    const box: Box = { from: columnNumber(r.from), top: r.top, to: columnNumber(r.to), bottom: r.bottom };
    const how = box.top === box.bottom ? 'across' : box.from === box.to ? 'vertically' : 'whole';
    // Only a batch of the same "how" is joined, and batches merged across or vertically all have a box.
    const joined = how !== 'whole' && batches.find((b) => b.how === how && (how === 'across'
      ? (b.box as Box).from === box.from && (b.box as Box).to === box.to && (b.box as Box).bottom + 1 === box.top
      : (b.box as Box).top === box.top && (b.box as Box).bottom === box.bottom && (b.box as Box).to + 1 === box.from));
    if (joined) {
      const j = joined.box as Box;
      joined.box = { from: Math.min(j.from, box.from), top: Math.min(j.top, box.top), to: Math.max(j.to, box.to), bottom: Math.max(j.bottom, box.bottom) };
      joined.range = `${a1(joined.box.top, joined.box.from)}:${a1(joined.box.bottom, joined.box.to)}`;
    } else {
      batches.push({ range, how, box });
    }
  }
  return batches.map(({ range, how }) => ({ range, how }));
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export class Builder {
  readonly rows: LayoutCell[][] = [];
  readonly merges: string[] = [];
  readonly styles: Partial<Record<StyleName, string[]>> = {};
  /** Merged spans are for the printed report; data tabs let text overflow instead. */
  constructor(readonly width: number, private readonly mergeSpans = false) {}

  /** Appends a row and returns its 1-based number. */
  add(cells: LayoutCell[] = []): number {
    this.rows.push(cells);
    return this.rows.length;
  }
  /** Adds a range to a style; a range right below the previous one of the same columns extends it. */
  style(name: StyleName, range: string): void {
    const list = this.styles[name] ?? (this.styles[name] = []);
    const last = list.length > 0 ? splitRange(list[list.length - 1]) : undefined;
    const next = splitRange(range);
    if (last && next && last.from === next.from && last.to === next.to && last.bottom + 1 === next.top) {
      list[list.length - 1] = `${last.from}${last.top}:${last.to}${next.bottom}`;
    } else {
      list.push(range);
    }
  }
  rowRange(row: number, from = 1, to = this.width): string {
    return `${a1(row, from)}:${a1(row, to)}`;
  }
  /** One text across columns from..to of a row. */
  span(row: number, from: number, to: number, text: string, ...styles: StyleName[]): void {
    const cells = this.rows[row - 1];
    while (cells.length < from) cells.push(null);
    cells[from - 1] = text;
    if (to > from) this.merge(this.rowRange(row, from, to));
    for (const s of styles) this.style(s, this.rowRange(row, from, to));
  }
  table(headerRow: number, lastRow: number, columns = this.width, headerRows = 1): void {
    const header = `A${headerRow}:${columnLetters(columns)}${headerRow + headerRows - 1}`;
    for (const style of ['headerFill', 'bold', 'center', 'middle', 'wrap'] as StyleName[]) this.style(style, header);
    this.style('border', `A${headerRow}:${columnLetters(columns)}${lastRow}`);
  }
  merge(range: string): void {
    if (this.mergeSpans) this.merges.push(range);
  }
  build(key: GeneratedTabKey, columnWidths: number[], frozenRows: number, printable: boolean): TabLayout {
    return { key, name: GENERATED_TABS[key], rows: this.rows, width: this.width, columnWidths, frozenRows, merges: this.merges, styles: this.styles, printable };
  }
}
