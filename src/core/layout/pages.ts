// The page plan of a printed tab: the page every row lands on, A4 landscape, fit to width. Rows
// that must stay together (a section: a table group, a heading with the first rows under it) move
// whole to the next page behind a spacer row that fills the rest of the page; a table longer than
// a page breaks between rows and carries its header rows again at the top of the next page. The
// result is a new layout, spacers and header copies included, with every style range and merge
// moved to where its rows went: the sheet (and the PDF the sidebar links) and the saved .xlsx
// print from the same rows.

import type { TabLayout } from './builder';
import { layoutRowHeights, printedColumns } from './measure-layout';
import { A4_LANDSCAPE, fitScale, LINE_EM, paperWidthPx } from './measure';
import { joinTouching, remapRanges, type RowSource } from './remap';

/**
 * Rows first..last (1-based, inclusive) print on one page when they fit on one. `header` rows
 * (inside the section, at its top) are repeated when the section is longer than a page.
 */
export interface Section {
  first: number;
  last: number;
  header?: { first: number; last: number };
}

const bySpan = (a: Section, b: Section) => a.first - b.first || b.last - a.last;

/** Section `outer` grown over `inner`'s rows: its header, else the inner one's. */
function absorb(outer: Section, inner: Section): void {
  outer.last = inner.last;
  const header = outer.header ?? inner.header;
  if (header) outer.header = header;
}

/**
 * Sections that overlap without one holding the other become one (a heading kept with its
 * table's first rows joins the table); a section inside another (a group of a table) stays itself.
 * One pass in row order over the chain of sections holding the current row (a tab of 30,000 rows
 * has thousands of sections).
 */
export function joinSections(sections: Section[]): Section[] {
  const sorted = [...sections].sort(bySpan).map((s) => ({ ...s }));
  const gone = new Set<Section>();
  // Each section of the chain holds the next; all of them hold the row being looked at.
  const chain: Section[] = [];
  for (const s of sorted) {
    while (chain.length > 0 && chain[chain.length - 1].last < s.first) chain.pop();
    const top = chain[chain.length - 1];
    if (top && top.first === s.first) {
      // Rows starting together are one section (the inner one's header first).
      top.header = s.header ?? top.header;
      if (!top.header) delete top.header;
      gone.add(s);
      continue;
    }
    if (!top || top.last >= s.last) {
      chain.push(s);
      continue;
    }
    absorb(top, s);
    gone.add(s);
    // Grown, a section may now overlap the ones holding it: they take it in.
    for (let i = chain.length - 1; i > 0 && chain[i - 1].last < chain[i].last; i--) {
      absorb(chain[i - 1], chain[i]);
      gone.add(chain[i]);
      chain.splice(i, 1);
    }
  }
  return sorted.filter((s) => !gone.has(s)).sort(bySpan);
}

/** Rows a page holds, in sheet pixels, at the layout's fit-to-width scale. */
export function pageHeightOf(layout: TabLayout): number {
  return Math.floor(A4_LANDSCAPE.heightPx / fitScale(paperWidthPx(printedColumns(layout))));
}

/** Rows under its header a section longer than a page starts with on the page it starts on. */
const LEAD_ROWS = 3;

/** Below this a page's rest is left as it is: a spacer row is at least this tall. */
const MIN_SPACER_PX = 4;

/**
 * The last row a section longer than a page must have room for where it starts: its header and
 * LEAD_ROWS rows, and any group of it (a section inside it that fits on a page) those rows begin,
 * so a heading and a table header are never left at a page's foot while the first group moves on.
 * `at` is the section's index in `units` (sorted by first row): only the sections after it can be inside.
 */
function leadEnd(units: Section[], at: number, sum: (first: number, last: number) => number, pageHeight: number): number {
  const unit = units[at];
  let end = Math.min(unit.last, (unit.header?.last ?? unit.first) + LEAD_ROWS);
  for (let i = at + 1; i < units.length && units[i].first <= end; i++) {
    const inner = units[i];
    if (inner.first > unit.first && inner.last <= unit.last && sum(unit.first, inner.last) <= pageHeight) end = Math.max(end, inner.last);
  }
  return end;
}

/** How a plan's pages are made. */
export interface PlanOptions {
  /** Rows a page always starts at (Theo dõi's classes printed one to a page). */
  breaks?: number[];
  /**
   * A spacer row fills the rest of each page (true, the default: the sheet itself prints the plan,
   * every row at its height), or a page only ends where the plan says (false: the saved .xlsx's
   * page breaks; no row is added but repeated headers, so the cells and calls stay those of the rows).
   */
  spacers?: boolean;
}

/** Sum of the heights of rows first..last, from prefix sums. */
function rowSums(heights: number[]): (first: number, last: number) => number {
  const prefix = new Float64Array(heights.length + 1);
  heights.forEach((h, i) => { prefix[i + 1] = prefix[i] + h; });
  return (first, last) => prefix[Math.min(last, heights.length)] - prefix[first - 1];
}

/**
 * Places the rows on pages. Returns where each row of the result comes from (a row of `heights`,
 * a spacer of the given height, or a copy of a header row) and where pages start.
 */
export function planRows(heights: number[], sections: Section[], pageHeight: number, options: PlanOptions = {}): { sources: RowSource[]; pageStarts: number[] } {
  const units = joinSections(sections);
  const breaks = new Set(options.breaks ?? []);
  const sources: RowSource[] = [];
  const pageStarts = [1];
  let y = 0;
  const sum = rowSums(heights);
  const newPage = () => {
    if (options.spacers !== false && pageHeight - y >= MIN_SPACER_PX) sources.push({ spacer: pageHeight - y });
    pageStarts.push(sources.length + 1);
    y = 0;
  };
  const place = (source: RowSource, h: number) => {
    sources.push(source);
    y += h;
  };
  // A new page before `row`; a section longer than a page carries its header rows on (the innermost one that has them).
  const breakBefore = (row: number, holding: Section[]) => {
    newPage();
    const withHeader = holding.filter((u) => u.header && row > u.header.last).pop();
    if (withHeader?.header) {
      for (let r = withHeader.header.first; r <= withHeader.header.last; r++) place({ copyOf: r }, heights[r - 1]);
    }
  };
  // The sections holding the row, outermost first; `next` is the first section not yet reached.
  const holding: Section[] = [];
  let next = 0;
  for (let row = 1; row <= heights.length; row++) {
    for (let i = holding.length - 1; i >= 0; i--) if (holding[i].last < row) holding.splice(i, 1);
    const starting = next;
    while (next < units.length && units[next].first <= row) holding.push(units[next++]);
    if (y > 0 && breaks.has(row)) breakBefore(row, holding);
    // Outermost first: a section that fits on a page but not on this one's rest moves whole; one
    // longer than a page starts here only if its header and a few rows under it still fit.
    for (let i = starting; i < next; i++) {
      const whole = sum(units[i].first, units[i].last);
      const lead = sum(units[i].first, leadEnd(units, i, sum, pageHeight));
      if (y > 0 && y + whole > pageHeight && (whole <= pageHeight || y + lead > pageHeight)) {
        breakBefore(row, holding);
        break;
      }
      if (whole <= pageHeight) break;
    }
    const h = heights[row - 1];
    if (y > 0 && y + h > pageHeight) breakBefore(row, holding);
    place({ row }, h);
  }
  return { sources, pageStarts };
}

/**
 * The layout as it prints: repeated headers in place (and, with spacers, spacer rows and every
 * row's height), ranges moved with their rows, the print area grown to the new last row, where
 * pages start. Without spacers (a tab whose rows a school may count in thousands: setting heights
 * costs a call per run of equal heights) the rows are measured as LibreOffice sets them in the
 * saved .xlsx (its runner fits each row to the same measure) and the sheet fits its own.
 */
export function paginate(layout: TabLayout, options: { spacers?: boolean } = {}): TabLayout {
  const spacers = options.spacers !== false;
  const heights = layoutRowHeights(layout, spacers ? LINE_EM.sheets : LINE_EM.libreOffice);
  const { sources, pageStarts } = planRows(heights, layout.sections, pageHeightOf(layout), { spacers, breaks: layout.pageBreaks });
  const origin = (s: RowSource) => ('row' in s ? s.row : 'copyOf' in s ? s.copyOf : 0);
  const rows = sources.map((s) => (origin(s) ? [...layout.rows[origin(s) - 1]] : []));
  // Stryker disable next-line UnaryOperator: keys of non-row sources are never looked up; at i = 0 the key 1 is overwritten by the real row 1 later in the list
  const at = new Map(sources.map((s, i) => ['row' in s ? s.row : -1 - i, i + 1]));
  const moved = (row: number) => at.get(row) as number;
  const styles: TabLayout['styles'] = {};
  for (const [name, ranges] of Object.entries(layout.styles) as Array<[keyof TabLayout['styles'], string[]]>) {
    styles[name] = joinTouching(remapRanges(ranges, sources, 'style'));
  }
  const printArea = layout.printArea?.replace(/\d+$/, String(rows.length));
  // The header rows where they went, and their repeats (every copied row is a header row).
  const heads = new Set(layout.headerRows ?? []);
  const headerRows = sources.flatMap((s, i) => (('row' in s && heads.has(s.row)) || 'copyOf' in s ? [i + 1] : []));
  return {
    ...layout, rows, styles, merges: remapRanges(layout.merges, sources, 'merge'), ...(printArea ? { printArea } : {}), headerRows,
    sections: layout.sections.map((s) => ({ first: moved(s.first), last: moved(s.last) })),
    ...(layout.parts ? { parts: layout.parts.map(moved) } : {}),
    ...(layout.classBlocks ? { classBlocks: layout.classBlocks.map((b) => ({ first: moved(b.first), last: moved(b.last) })) } : {}),
    ...(layout.pageBreaks ? { pageBreaks: layout.pageBreaks.map(moved) } : {}),
    ...(spacers ? { rowHeights: sources.map((s) => ('spacer' in s ? s.spacer : heights[origin(s) - 1])) } : {}),
    pageStarts,
  };
}

/**
 * The metadata value of a plan's page starts ("1,25,49"): a run of three or more pages of the same
 * number of rows as "+24*30" (30 starts, each 24 rows after the one before), a start nearer its
 * predecessor in fewer characters as "+24". A spreadsheet's developer metadata holds 30,000
 * characters in all (SHEETS-FIDELITY), and a district's Theo dõi and Đỡ đầu run to thousands of pages.
 */
export function pageStartsValue(starts: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < starts.length;) {
    const gap = i > 0 ? starts[i] - starts[i - 1] : 0;
    let k = 1;
    while (i > 0 && i + k < starts.length && starts[i + k] - starts[i + k - 1] === gap) k++;
    if (k >= 3) out.push(`+${gap}*${k}`);
    else {
      k = 1;
      out.push(i > 0 && String(gap).length + 1 < String(starts[i]).length ? `+${gap}` : String(starts[i]));
    }
    i += k;
  }
  return out.join(',');
}

/** The page starts a metadata value holds (pageStartsValue); [1] for none. */
export function parsePageStarts(value: string | undefined): number[] {
  const starts: number[] = [];
  for (const token of (value ?? '').split(',')) {
    const m = /^\s*(\+?)(\d+)(?:\*(\d+))?\s*$/.exec(token);
    if (!m) continue;
    const previous = starts[starts.length - 1] ?? 0;
    if (!m[1]) starts.push(Number(m[2]));
    else for (let k = 1; k <= Number(m[3] ?? 1); k++) starts.push(previous + k * Number(m[2]));
  }
  return starts.length > 0 ? starts : [1];
}
