// A generated tab printed through LibreOffice from the saved .xlsx (local/render.ts), with the page
// plan the bundle recorded, so a test can check the page of every row.
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { METADATA_KEYS } from '../../src/core/layout';
import { parsePageStarts } from '../../src/core/layout/pages';
import { renderTab, type RenderedTab } from '../../local/render';
import type { FakeWorkbook } from '../../local/fake-sheets';

const DIR = path.join(__dirname, '..', 'fixtures', 'generated', 'print');

export interface PrintedTab extends RenderedTab {
  /** The page plan's first row of each page. */
  pageStarts: number[];
  /** Column A's text of each row (index 0 is row 1), '' for none. */
  firstCells: string[];
  /** Rows whose column A wraps (its text may break over lines). */
  wrapped: Set<number>;
  sheet: ExcelJS.Worksheet;
  file: string;
}

/** Collapses runs of spaces: pdftotext lays words out with as many as the page needs. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function printTab(book: FakeWorkbook, tab: string, name: string, options: { png?: boolean } = {}): Promise<PrintedTab> {
  fs.mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `${name}.xlsx`);
  await book.save(file);
  const state = book.sheets.find((s) => s.ws.name === tab);
  if (!state) throw new Error(`no tab ${tab}`);
  const starts = state.metadata.find((m) => m.key === METADATA_KEYS.pageStarts)?.value ?? '1';
  const sheet = state.ws;
  const firstCells: string[] = [];
  const wrapped = new Set<number>();
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cell = sheet.getCell(r, 1);
    firstCells.push(cell.text ?? '');
    if (cell.alignment?.wrapText) wrapped.add(r);
  }
  const rendered = await renderTab(file, tab, path.join(DIR, name), { png: options.png });
  return { ...rendered, pageStarts: parsePageStarts(starts), firstCells, wrapped, sheet, file };
}

/** The plan's page (1-based) of a row. */
export function plannedPage(printed: PrintedTab, row: number): number {
  return printed.pageStarts.filter((start) => start <= row).length;
}

/** The last line of text on a page, leaving out a page number alone on its line. */
export function lastLine(pageText: string): string {
  const lines = pageText.split('\n').map(squash).filter((l) => l !== '' && !/^\d+$/.test(l));
  return lines[lines.length - 1] ?? '';
}
