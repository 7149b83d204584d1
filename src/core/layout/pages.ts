// The page plan of a printed tab: the page every row lands on, A4 landscape, fit to width. Rows
// that must stay together (a section: a table group, a heading with the first rows under it) move
// whole to the next page behind a spacer row that fills the rest of the page; a table longer than
// a page breaks between rows and carries its header rows again at the top of the next page. The
// result is a new layout, spacers and header copies included, with every style range and merge
// moved to where its rows went: the sheet (and the PDF the sidebar links) and the saved .xlsx
// print from the same rows.

import type { TabLayout } from './builder';
import { layoutRowHeights, printedColumns } from './measure-layout';
import { A4_LANDSCAPE, fitScale, paperWidthPx } from './measure';
import { remapRanges, type RowSource } from './remap';

/**
 * Rows first..last (1-based, inclusive) print on one page when they fit on one. `header` rows
 * (inside the section, at its top) are repeated when the section is longer than a page.
 */
export interface Section {
  first: number;
  last: number;
  header?: { first: number; last: number };
}

/**
 * Sections that overlap without one holding the other become one (a heading kept with its
 * table's first rows joins the table); a section inside another (a group of a table) stays itself.
 */
export function joinSections(sections: Section[]): Section[] {
  const out = [...sections].sort((a, b) => a.first - b.first || b.last - a.last).map((s) => ({ ...s }));
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < out.length && !changed; i++) {
      for (let j = 0; j < out.length && !changed; j++) {
        const [t, s] = [out[i], out[j]];
        if (i !== j && t.first <= s.first && s.first <= t.last && t.last < s.last) {
          out[i] = { first: t.first, last: s.last, header: t.header ?? s.header };
          out.splice(j, 1);
          changed = true;
        }
      }
    }
  }
  return out.sort((a, b) => a.first - b.first || b.last - a.last);
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
 */
function leadEnd(unit: Section, units: Section[], sum: (first: number, last: number) => number, pageHeight: number): number {
  let end = Math.min(unit.last, (unit.header?.last ?? unit.first) + LEAD_ROWS);
  for (const inner of units) {
    if (inner !== unit && inner.first > unit.first && inner.first <= end && inner.last <= unit.last && sum(unit.first, inner.last) <= pageHeight) {
      end = Math.max(end, inner.last);
    }
  }
  return end;
}

/**
 * Places the rows on pages. Returns where each row of the result comes from (a row of `heights`,
 * a spacer of the given height, or a copy of a header row) and where pages start.
 */
export function planRows(heights: number[], sections: Section[], pageHeight: number): { sources: RowSource[]; pageStarts: number[] } {
  const units = joinSections(sections);
  const sources: RowSource[] = [];
  const pageStarts = [1];
  let y = 0;
  const sum = (first: number, last: number) => {
    let total = 0;
    for (let r = first; r <= Math.min(last, heights.length); r++) total += heights[r - 1];
    return total;
  };
  const newPage = () => {
    if (pageHeight - y >= MIN_SPACER_PX) sources.push({ spacer: pageHeight - y });
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
  for (let row = 1; row <= heights.length; row++) {
    const holding = units.filter((u) => u.first <= row && row <= u.last);
    // Outermost first: a section that fits on a page but not on this one's rest moves whole; one
    // longer than a page starts here only if its header and a few rows under it still fit.
    for (const unit of holding.filter((u) => u.first === row)) {
      const whole = sum(unit.first, unit.last);
      const lead = sum(unit.first, leadEnd(unit, units, sum, pageHeight));
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
 * The layout as it prints: spacer rows and repeated headers in place, ranges moved with their
 * rows, the print area grown to the new last row, the row heights and where pages start.
 */
export function paginate(layout: TabLayout): TabLayout {
  const heights = layoutRowHeights(layout);
  const { sources, pageStarts } = planRows(heights, layout.sections, pageHeightOf(layout));
  const origin = (s: RowSource) => ('row' in s ? s.row : 'copyOf' in s ? s.copyOf : 0);
  const rows = sources.map((s) => (origin(s) ? [...layout.rows[origin(s) - 1]] : []));
  const rowHeights = sources.map((s) => ('spacer' in s ? s.spacer : heights[origin(s) - 1]));
  const at = new Map(sources.map((s, i) => ['row' in s ? s.row : -1 - i, i + 1]));
  const styles: TabLayout['styles'] = {};
  for (const [name, ranges] of Object.entries(layout.styles) as Array<[keyof TabLayout['styles'], string[]]>) {
    styles[name] = remapRanges(ranges, sources, 'style');
  }
  const printArea = layout.printArea?.replace(/\d+$/, String(rows.length));
  return {
    ...layout, rows, styles, merges: remapRanges(layout.merges, sources, 'merge'), ...(printArea ? { printArea } : {}),
    sections: layout.sections.map((s) => ({ first: at.get(s.first) as number, last: at.get(s.last) as number })),
    ...(layout.parts ? { parts: layout.parts.map((r) => at.get(r) as number) } : {}),
    rowHeights, pageStarts,
  };
}
