// Reads the input tabs: one getValues per tab, nothing per row or cell. Official results tabs
// (vnEdu exports imported as "2a", "2b", …) are recognised by content, so every tab that is not a
// generated tab is read once; the core ignores, without a word, a tab it does not recognise. The
// merged blocks are read for the tabs whose reading needs them (core/read/merges-needed.ts).

import { isDate, WALL_CLOCK_OFFSET } from '../core/cells';
import { GENERATED_TABS } from '../core/layout';
import type { MergedRange, SheetGrid } from '../core/model';
import { needsMerges } from '../core/read/merges-needed';
import { fold, parseA1Range } from '../core/text';

const GENERATED_KEYS = new Set(Object.values(GENERATED_TABS).map(fold));

/** One tab of the file as read before any write, in tab order. */
export interface TabInfo {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Names are unique in a file: tabs are told apart by name (Apps Script hands out a new object on every call). */
  name: string;
}

/**
 * The file's tabs in order, each with its name (reads only). A tab's gid is asked only for the
 * tabs a link jumps to (write.ts): a call per tab that no link needs is a call saved (issue 20).
 */
export function readTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TabInfo[] {
  return ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/**
 * A whole tab's values in one call: getSheetValues with -1 reaches the last row and column with
 * content (Apps Script reference), where getDataRange().getValues() takes two. A tab with no
 * content leaves no row to reach (Google's answer unconfirmed; the imitation refuses): it is read
 * the longer way, which gives the one empty cell of A1.
 */
function tabValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    return sheet.getDataRange().getValues();
  }
}

export interface WorkbookRead {
  sheets: SheetGrid[];
  /** Every tab in order, so the writer needs no further lookups (and links know each gid). */
  tabs: TabInfo[];
  today: string;
  timeZoneOffsetMinutes: number;
  locale: string;
}

/** "+0700" → 420. */
function offsetMinutes(zone: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

const DAY_MS = 86400000;

/**
 * Turns the Dates of a grid into the wall-clock date-time of the file's zone (as a UTC Date), each
 * with its own offset: a summer and a winter date differ by an hour in a zone with daylight saving
 * (SHEETS-FIDELITY 13, Dates), so today's offset would put one of them on the day before. The core
 * then reads every date with offset 0. A date cell is local midnight: of the zone's two offsets
 * this year (January and July) exactly one puts it at midnight; any other Date (a time of day, a
 * historical offset) asks Utilities for its own offset. Calls stay constant for date-only cells.
 */
export function wallClockDates(zone: string, now: Date): (values: unknown[][]) => unknown[][] {
  const offsetAt = (instant: Date) => offsetMinutes(Utilities.formatDate(instant, zone, 'Z'));
  const year = Number(Utilities.formatDate(now, zone, 'yyyy'));
  const candidates = [...new Set([offsetAt(new Date(Date.UTC(year, 0, 1))), offsetAt(new Date(Date.UTC(year, 6, 1)))])];
  const toWallClock = (date: Date) => {
    const time = date.getTime();
    const midnight = candidates.filter((o) => (((time + o * 60000) % DAY_MS) + DAY_MS) % DAY_MS === 0);
    const offset = midnight.length === 1 ? midnight[0] : offsetAt(date);
    return new Date(time + offset * 60000);
  };
  return (values) => values.map((row) => (row.some(isDate) ? row.map((v) => (isDate(v) ? toWallClock(v) : v)) : row));
}

/** One input tab (matched as names are everywhere), read with one getValues, dates as wall-clock (offset 0). */
export function readInputTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string):
  { sheet: GoogleAppsScript.Spreadsheet.Sheet; grid: SheetGrid } | undefined {
  const sheet = ss.getSheets().find((s) => fold(s.getName()) === fold(name));
  if (!sheet) return undefined;
  const wallClock = wallClockDates(ss.getSpreadsheetTimeZone(), new Date());
  return { sheet, grid: { name: sheet.getName(), values: wallClock(tabValues(sheet)) } };
}

/**
 * The merged blocks of a tab's data: one getMergedRanges call per tab, then one getA1Notation per
 * block (rather than four coordinate getters): calls grow with merged blocks, never with rows.
 */
function mergedBlocks(range: GoogleAppsScript.Spreadsheet.Range): MergedRange[] {
  const blocks: MergedRange[] = [];
  for (const merged of range.getMergedRanges()) {
    const block = parseA1Range(merged.getA1Notation());
    if (block) blocks.push(block);
  }
  return blocks;
}

export function readWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookRead {
  const zone = ss.getSpreadsheetTimeZone();
  const now = new Date();
  const sheets: SheetGrid[] = [];
  const wallClock = wallClockDates(zone, now);
  const tabs = readTabs(ss);
  for (const { sheet, name } of tabs) {
    if (GENERATED_KEYS.has(fold(name))) continue;
    const grid: SheetGrid = { name, values: wallClock(tabValues(sheet)) };
    // A vnEdu class tab reads the same without its merged blocks, which cost a call each (issue 20).
    sheets.push(needsMerges(grid, WALL_CLOCK_OFFSET) ? { ...grid, merges: mergedBlocks(sheet.getDataRange()) } : grid);
  }
  return {
    sheets,
    tabs,
    today: Utilities.formatDate(now, zone, 'yyyy-MM-dd'),
    timeZoneOffsetMinutes: WALL_CLOCK_OFFSET, // dates are already wall-clock, each converted with its own offset
    locale: ss.getSpreadsheetLocale(),
  };
}
