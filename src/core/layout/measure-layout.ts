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

/** A style's cells by row: each row's column intervals, first and last, one pair after another. */
type StyledRows = Array<number[] | undefined>;

/**
 * The cells of a style's ranges, by row. A tab of 20,000 rows is styled in whole columns: its
 * ranges are kept as intervals, not cell by cell.
 */
function styledCells(ranges: string[] | undefined, rowCount: number): StyledRows {
  // Stryker disable next-line ArrayDeclaration: the size only pre-sizes the array; rows are set by index and unset ones read as undefined
  const byRow: StyledRows = new Array(rowCount + 1);
  // Stryker disable next-line ArrayDeclaration: parseA1Range of that text is undefined, so the loop skips it
  for (const range of ranges ?? []) {
    const r = parseA1Range(range);
    if (!r || r.numColumns < 1) continue;
    const last = r.column + r.numColumns - 1;
    for (let row = Math.max(r.row, 1); row < Math.min(r.row + r.numRows, rowCount + 1); row++) {
      const spans = byRow[row];
      if (spans) spans.push(r.column, last);
      else byRow[row] = [r.column, last];
    }
  }
  return byRow;
}

function isStyled(byRow: StyledRows, row: number, column: number): boolean {
  const spans = byRow[row];
  if (!spans) return false;
  for (let i = 0; i < spans.length; i += 2) if (column >= spans[i] && column <= spans[i + 1]) return true;
  return false;
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
  // Merges by row, then by their first column.
  const spans = new Map<number, Map<number, { rows: number; columns: number }>>();
  for (const m of layout.merges) {
    const r = parseA1Range(m);
    if (!r) continue;
    const inRow = spans.get(r.row) ?? new Map<number, { rows: number; columns: number }>();
    inRow.set(r.column, { rows: r.numRows, columns: r.numColumns });
    spans.set(r.row, inRow);
  }
  // Cells of one type share its Font (a 20,000-row tab has hundreds of thousands of cells, a few types).
  const fonts = new Map<number, Font>();
  const fontOf = (pt: number, isBold: boolean) => {
    const key = isBold ? -pt : pt;
    let font = fonts.get(key);
    if (!font) {
      font = { pt, bold: isBold, serif: base.serif };
      fonts.set(key, font);
    }
    return font;
  };
  const cells: MeasuredCell[] = [];
  for (let i = 0; i < n; i++) {
    const row = layout.rows[i];
    const r = i + 1;
    const spansHere = spans.get(r);
    for (let j = 0; j < row.length; j++) {
      const text = cellText(row[j]);
      if (text === '') continue;
      const c = j + 1;
      const pt = isStyled(title, r, c) ? STYLE_PT.title : isStyled(label, r, c) ? STYLE_PT.label : isStyled(small, r, c) ? STYLE_PT.small : base.pt;
      const span = spansHere?.get(c);
      cells.push({ row: r, column: c, rows: span?.rows ?? 1, columns: span?.columns ?? 1, text, font: fontOf(pt, isStyled(bold, r, c)), wrap: isStyled(wrap, r, c) });
    }
  }
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
