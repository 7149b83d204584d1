// Reads the input tabs: one getValues per tab, nothing per row or cell. Official results tabs
// (vnEdu exports imported as "2a", "2b", …) are recognised by content, so every tab that is not a
// generated tab is read once; the core ignores, without a word, a tab it does not recognise.

import { GENERATED_TABS } from '../core/layout';
import type { MergedRange, SheetGrid } from '../core/model';
import { fold } from '../core/text';

const GENERATED_KEYS = new Set(Object.values(GENERATED_TABS).map(fold));

/** One tab of the file as read before any write, in tab order. */
export interface TabInfo {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  name: string;
  /** Apps Script hands out a new object for the same sheet on every call: tabs are told apart by id. */
  sheetId: number;
}

/** The file's tabs in order, each with its name and id (reads only). */
export function readTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TabInfo[] {
  return ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName(), sheetId: sheet.getSheetId() }));
}

export interface WorkbookRead {
  sheets: SheetGrid[];
  /** Every tab in order, so the writer needs no further lookups (and links know each gid). */
  tabs: TabInfo[];
  today: string;
  timeZoneOffsetMinutes: number;
}

/** "+0700" → 420. */
function offsetMinutes(zone: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Offset of the file's time zone now, for reading Date cells as calendar days. */
export function zoneOffsetMinutes(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return offsetMinutes(Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'Z'));
}

/** One input tab (matched as names are everywhere), read with one getValues. */
export function readInputTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string):
  { sheet: GoogleAppsScript.Spreadsheet.Sheet; grid: SheetGrid } | undefined {
  const sheet = ss.getSheets().find((s) => fold(s.getName()) === fold(name));
  return sheet ? { sheet, grid: { name: sheet.getName(), values: sheet.getDataRange().getValues() } } : undefined;
}

/**
 * The merged blocks of a tab's data: one getMergedRanges call per tab; a Range's coordinates are
 * held by the Range object, not read from the document.
 */
function mergedBlocks(range: GoogleAppsScript.Spreadsheet.Range): MergedRange[] {
  return range.getMergedRanges().map((m) => ({ row: m.getRow(), column: m.getColumn(), numRows: m.getNumRows(), numColumns: m.getNumColumns() }));
}

export function readWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookRead {
  const zone = ss.getSpreadsheetTimeZone();
  const now = new Date();
  const sheets: SheetGrid[] = [];
  const tabs = readTabs(ss);
  for (const { sheet, name, sheetId } of tabs) {
    if (GENERATED_KEYS.has(fold(name))) continue;
    const range = sheet.getDataRange();
    sheets.push({ name, values: range.getValues(), sheetId, merges: mergedBlocks(range) });
  }
  return {
    sheets,
    tabs,
    today: Utilities.formatDate(now, zone, 'yyyy-MM-dd'),
    timeZoneOffsetMinutes: offsetMinutes(Utilities.formatDate(now, zone, 'Z')),
  };
}
