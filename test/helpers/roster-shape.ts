// Rosters in the shapes schools keep them, rendered in either header style, as plain grids (with
// their merged blocks) for core tests and as .xlsx workbooks for bundle tests.

import ExcelJS from 'exceljs';
import type { MergedRange, SheetGrid } from '../../src/core/model';
import { a1, columnLetters } from '../../src/core/text';

export type HeaderStyle = 'one-row' | 'two-row';

/** A field header; `span` columns merged across (with `sub` labels below them in the two-row style). */
export type FieldHeader = string | { label: string; span: number; sub?: string[] };

export interface RosterShape {
  tab?: string;
  title?: string[];
  fields: FieldHeader[];
  /** Review blocks as the school labels them: a review point over its area columns. */
  blocks: Array<{ point: string; areas: string[] }>;
  /** Data rows: a cell per field column (spans expanded), then per block column. */
  rows: unknown[][];
  /** Merged blocks below the header: 0-based data row and column. */
  merges?: Array<{ row: number; column: number; numRows: number; numColumns?: number }>;
  /** Rows under the data, as they are (footers, totals). */
  after?: unknown[][];
}

export interface Rendered extends SheetGrid {
  merges: MergedRange[];
  /** 1-based sheet row of data row i. */
  row(i: number): number;
  /** A1 of data row i, column letter. */
  at(column: string, i: number): string;
  /** A1 of the lowest header cell of a column. */
  header(column: string): string;
  /** A1 of the review-point label of the block starting at a column (one-row: the combined label). */
  group(column: string): string;
}

const fieldLabel = (f: FieldHeader) => (typeof f === 'string' ? f : f.label);
const fieldSpan = (f: FieldHeader) => (typeof f === 'string' ? 1 : f.span);

export function renderRoster(shape: RosterShape, style: HeaderStyle): Rendered {
  const values: unknown[][] = [];
  const merges: MergedRange[] = [];
  for (const line of shape.title ?? []) values.push([line]);
  const top = values.length + 1;
  const headerRows = style === 'two-row' ? 2 : 1;
  const upper: unknown[] = [];
  const lower: unknown[] = [];
  for (const field of shape.fields) {
    const column = upper.length + 1;
    const span = fieldSpan(field);
    const sub = typeof field === 'string' ? undefined : field.sub;
    upper.push(fieldLabel(field), ...new Array(span - 1).fill(''));
    lower.push(...(sub && style === 'two-row' ? sub : new Array(span).fill('')));
    const down = style === 'two-row' && !sub ? 2 : 1;
    if (span > 1 || down > 1) merges.push({ row: top, column, numRows: down, numColumns: span });
  }
  for (const block of shape.blocks) {
    const column = upper.length + 1;
    block.areas.forEach((area, i) => {
      if (style === 'one-row') upper.push(`${block.point} - ${area}`);
      else {
        upper.push(i === 0 ? block.point : '');
        lower.push(area);
      }
    });
    if (style === 'two-row' && block.areas.length > 1) merges.push({ row: top, column, numRows: 1, numColumns: block.areas.length });
  }
  values.push(upper);
  if (style === 'two-row') values.push(lower);
  const dataTop = top + headerRows;
  values.push(...shape.rows.map((r) => [...r]), ...(shape.after ?? []).map((r) => [...r]));
  for (const m of shape.merges ?? []) merges.push({ row: dataTop + m.row, column: m.column + 1, numRows: m.numRows, numColumns: m.numColumns ?? 1 });
  const width = Math.max(...values.map((r) => r.length));
  const grid = values.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  const col = (letter: string) => letter.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return {
    name: shape.tab ?? 'Danh sách',
    values: grid,
    merges,
    row: (i) => dataTop + i,
    at: (column, i) => `${column}${dataTop + i}`,
    header: (column) => `${column}${dataTop - 1}`,
    group: (column) => a1(top, col(column)),
  };
}

/** The letters of the n-th column (1-based), for expectations. */
export const letter = columnLetters;

/** An .xlsx workbook holding the grids, merged blocks included, as a school's file would. */
export function workbookOf(grids: SheetGrid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.name);
    grid.values.forEach((row, r) => row.forEach((value, c) => {
      if (value !== '' && value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    }));
    for (const m of grid.merges ?? []) ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  }
  return wb;
}
