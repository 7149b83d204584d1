// A generated tab's row heights, from its cells, styles, merges and column widths (measure.ts).

import { parseA1Range } from '../text';
import type { LayoutCell, TabLayout } from './builder';
import { LINE_EM, printedPt, rowHeights, type Font, type MeasuredCell } from './measure';

/** Type sizes of the styles that set one (write.ts: title 14, label 12, small 11). */
export const STYLE_PT = { title: 14, label: 12, small: 11 } as const;

/** The type a tab is written in before any style (write.ts: Times New Roman 13 to print, else Arial 10). */
export function baseFont(layout: Pick<TabLayout, 'printable'>): Font {
  return layout.printable ? { pt: 13, serif: true } : { pt: 10 };
}

function cellText(cell: LayoutCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.text;
  return String(cell);
}

/** The cells of a style's ranges, as "row,column" keys. */
function styledCells(ranges: string[] | undefined, rowCount: number): Set<string> {
  const out = new Set<string>();
  for (const range of ranges ?? []) {
    const r = parseA1Range(range);
    if (!r) continue;
    for (let row = r.row; row < Math.min(r.row + r.numRows, rowCount + 1); row++) {
      for (let c = r.column; c < r.column + r.numColumns; c++) out.add(`${row},${c}`);
    }
  }
  return out;
}

/** Every non-empty cell of the layout with its span, type and wrap. */
export function measuredCells(layout: TabLayout): MeasuredCell[] {
  const n = layout.rows.length;
  const base = baseFont(layout);
  const s = layout.styles;
  const title = styledCells(s.title, n);
  const small = styledCells(s.small, n);
  const label = styledCells(s.label, n);
  const bold = styledCells([...(s.bold ?? []), ...(s.boldItalic ?? []), ...(s.title ?? [])], n);
  const wrap = styledCells(s.wrap, n);
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of layout.merges) {
    const r = parseA1Range(m);
    if (r) spans.set(`${r.row},${r.column}`, { rows: r.numRows, columns: r.numColumns });
  }
  const cells: MeasuredCell[] = [];
  layout.rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      const text = cellText(cell);
      if (text === '') return;
      const key = `${i + 1},${j + 1}`;
      const pt = title.has(key) ? STYLE_PT.title : label.has(key) ? STYLE_PT.label : small.has(key) ? STYLE_PT.small : base.pt;
      const span = spans.get(key) ?? { rows: 1, columns: 1 };
      cells.push({ row: i + 1, column: j + 1, ...span, text, font: { pt, bold: bold.has(key), serif: base.serif }, wrap: wrap.has(key) });
    });
  });
  return cells;
}

/** The height of every row of the layout, in pixels. */
export function layoutRowHeights(layout: TabLayout, lineEm: number = LINE_EM.sheets): number[] {
  return rowHeights(measuredCells(layout), layout.rows.length, layout.columnWidths, baseFont(layout), lineEm);
}

/** The printed width of a layout: its print area's columns, else all of them. */
export function printedColumns(layout: TabLayout): number[] {
  const m = layout.printArea && /^A1:([A-Z]+)\d+$/.exec(layout.printArea);
  if (!m) return layout.columnWidths;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + ch.charCodeAt(0) - 64;
  return layout.columnWidths.slice(0, n);
}

/** The smallest type of the printed columns as it prints on A4 landscape after fit-to-width (PRODUCT 3.4: 9 pt or more). */
export function smallestPrintedPt(layout: TabLayout): number {
  const columns = printedColumns(layout);
  const smallest = measuredCells(layout).filter((c) => c.column <= columns.length).reduce((pt, c) => Math.min(pt, c.font.pt), baseFont(layout).pt);
  return printedPt(smallest, columns);
}
