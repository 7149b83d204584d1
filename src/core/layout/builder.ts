// What every generated tab's layout is made of: cell values plus the few style lists the shell
// applies with one batched call each. Nothing here knows about Apps Script.

import type { Analysis } from '../analyse';
import type { FlagKind } from '../rules/flags';
import { a1, columnLetters, parseA1Range } from '../text';
import type { Section } from './pages';

/** A link that jumps to a cell of an input tab. */
export interface CellLink {
  text: string;
  sheet: string;
  cell: string;
}

export type LayoutCell = string | number | CellLink | null;

export type StyleName =
  | 'bold' | 'italic' | 'boldItalic' | 'center' | 'middle' | 'wrap' | 'headerFill' | 'sectionFill' | 'border'
  | 'title' | 'small' | 'errorText' | 'warningText'
  /** NĐ 30: "Nơi nhận:" at 12 pt; the rule under the tiêu ngữ (as long as it) and under TÊN TRƯỜNG (a short top border). */
  | 'label' | 'underline' | 'ruleAbove'
  /** A row of a bordered table without the lines between its cells (set after 'border'): a group's heading runs across it. */
  | 'openRow';

/**
 * Developer-metadata keys on generated tabs: the marker that says the add-in owns a tab, and on
 * Tổng hợp the A1 range the principal prints (the PDF link and the local runner's page setup use it).
 */
export const METADATA_KEYS = {
  generatedTab: 'hoTroHocSinh.generatedTab', printArea: 'hoTroHocSinh.printArea',
  /** On a printed tab: the first row of each page by the page plan ("1,25,49"), for the .xlsx page breaks. */
  pageStarts: 'hoTroHocSinh.pageStarts',
  /** On Theo dõi: the rows of the classes printed one to a page ("6:48"; tracking-parts.ts). */
  classBlocks: 'hoTroHocSinh.classBlocks',
} as const;

export type GeneratedTabKey = 'check' | 'summary' | 'tracking' | 'timeline' | 'mentors';

export const GENERATED_TABS: Record<GeneratedTabKey, string> = {
  check: 'Kiểm tra',
  summary: 'Tổng hợp',
  tracking: 'Theo dõi',
  timeline: 'Lịch tháng',
  mentors: 'Đỡ đầu',
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
  /** Rows that print on one page when they fit on one (pages.ts); a table's header rows repeat. */
  sections: Section[];
  /** Row heights in pixels, set on a printed tab by its page plan (pages.ts). */
  rowHeights?: number[];
  /** First row of each printed page, by the page plan. */
  pageStarts?: number[];
  /** Rows (1-based) where a part of the tab begins whose columns hold other things: written apart (rectangles.ts). */
  parts?: number[];
  /**
   * Rows (1-based) of the tables' header rows, with their repeats on later pages (pages.ts): a header
   * cell over a table column that holds nothing below it is written apart (plan.ts), not the column.
   */
  headerRows?: number[];
  /** Rows whose classes print one to a page (Theo dõi's classes at their level's newest review point). */
  classBlocks?: Array<{ first: number; last: number }>;
  /** Rows a printed page always starts at (the page plan's forced breaks). */
  pageBreaks?: number[];
}

/** A range's corners as column and row numbers; undefined for a range that is not A1 ("A1:C2"). */
type Box = { from: number; top: number; to: number; bottom: number };
function boxOf(range: string): Box | undefined {
  const r = parseA1Range(range);
  return r && { from: r.column, top: r.row, to: r.column + r.numColumns - 1, bottom: r.row + r.numRows - 1 };
}

/** Whether box b continues box a: the next row of the same columns, or the next column of the same rows. */
function continues(a: Box, b: Box, how: 'across' | 'vertically'): boolean {
  return how === 'across' ? a.from === b.from && a.to === b.to && a.bottom + 1 === b.top
    : a.top === b.top && a.bottom === b.bottom && a.to + 1 === b.from;
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
  const batches: Array<MergeBatch & { box?: Box }> = [];
  for (const range of merges) {
    const box = boxOf(range);
    if (!box) {
      batches.push({ range, how: 'whole' });
      continue;
    }
    const how = box.top === box.bottom ? 'across' : box.from === box.to ? 'vertically' : 'whole';
    // Only a batch of the same "how" is joined, and batches merged across or vertically all have a box.
    const joined = how !== 'whole' && batches.find((b) => b.how === how && continues(b.box as Box, box, how));
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

/** Rows under a heading that go with it to the next page. */
const HEADING_KEEPS = 3;

export class Builder {
  readonly rows: LayoutCell[][] = [];
  readonly merges: string[] = [];
  readonly styles: Partial<Record<StyleName, string[]>> = {};
  readonly sections: Section[] = [];
  /** Heading rows, each kept with the rows under it up to the end of its section (build). */
  private readonly headings: number[] = [];
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
    const last = boxOf(list[list.length - 1] ?? '');
    const next = boxOf(range);
    if (last && next && continues(last, next, 'across')) {
      list[list.length - 1] = `${a1(last.top, last.from)}:${a1(next.bottom, last.to)}`;
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
  /** Rows first..last print on one page when they fit on one. */
  keep(first: number, last: number): void {
    if (last > first) this.sections.push({ first, last });
  }
  /**
   * A heading never stays alone at a page's foot: it goes with the three rows under it, or fewer
   * when an empty row ends its section first (so a short section's heading never ties it to the next).
   */
  heading(row: number): void {
    this.headings.push(row);
  }
  private headingSection(row: number): Section {
    let last = row;
    while (last < Math.min(row + HEADING_KEEPS, this.rows.length) && this.rows[last].some((c) => c !== null && c !== '')) last++;
    return { first: row, last };
  }
  /**
   * A bordered table over columns firstColumn..lastColumn with its header rows: kept on one page, or
   * its header repeated on the next.
   */
  table(headerRow: number, lastRow: number, lastColumn = this.width, headerRows = 1, firstColumn = 1): void {
    this.sections.push({ first: headerRow, last: lastRow, header: { first: headerRow, last: headerRow + headerRows - 1 } });
    const from = columnLetters(firstColumn);
    const header = `${from}${headerRow}:${columnLetters(lastColumn)}${headerRow + headerRows - 1}`;
    for (const style of ['headerFill', 'bold', 'center', 'middle', 'wrap'] as StyleName[]) this.style(style, header);
    this.style('border', `${from}${headerRow}:${columnLetters(lastColumn)}${lastRow}`);
  }
  merge(range: string): void {
    if (this.mergeSpans) this.merges.push(range);
  }
  /** The tables' header rows (table), each once, top to bottom. */
  private headerRows(): number[] {
    const rows = new Set<number>();
    for (const { header } of this.sections) if (header) for (let r = header.first; r <= header.last; r++) rows.add(r);
    return [...rows].sort((a, b) => a - b);
  }
  build(key: GeneratedTabKey, columnWidths: number[], frozenRows: number, printable: boolean): TabLayout {
    return {
      key, name: GENERATED_TABS[key], rows: this.rows, width: this.width, columnWidths, frozenRows, merges: this.merges,
      styles: this.styles, printable, headerRows: this.headerRows(),
      sections: [...this.sections.map((s) => ({ ...s, last: Math.min(s.last, this.rows.length) })), ...this.headings.map((row) => this.headingSection(row))],
    };
  }
}
