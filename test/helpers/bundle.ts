// Runs build/Code.js, exactly as pushed, in a vm on the in-memory spreadsheet.

import ExcelJS from 'exceljs';
import { FakeWorkbook } from '../../local/fake-sheets';
import { runSummarize } from '../../local/run-workbook';
import { buildSchoolWorkbook } from '../../local/workbook-builder';

export { FakeWorkbook, runSummarize, buildSchoolWorkbook };

/** Writes the workbook to .xlsx bytes and reads it back, as the local runner does with a file. */
export async function roundTrip(workbook: ExcelJS.Workbook) {
  const buffer = await workbook.xlsx.writeBuffer();
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(buffer as ArrayBuffer);
  return new FakeWorkbook(copy);
}

export async function saveAndReload(book: { save(path: string): Promise<void> }, path: string) {
  await book.save(path);
  return FakeWorkbook.fromFile(path);
}

/** getValues of every tab, by name. */
export function snapshot(book: { globals: { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp } }, names?: string[]) {
  const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet();
  const out: Record<string, unknown[][]> = {};
  for (const sheet of ss.getSheets()) {
    if (names && !names.includes(sheet.getName())) continue;
    out[sheet.getName()] = sheet.getDataRange().getValues();
  }
  return out;
}

/** The JSON without timing, which is the only field allowed to differ between identical runs. */
export function stable(json: { stats: Record<string, unknown> }) {
  const { ms: _ms, ...stats } = json.stats;
  return { ...json, stats };
}
