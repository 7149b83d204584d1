// Reading single cell values as getValues() returns them.

import type { MergedRange } from './model';
import { pad2, tidy } from './text';
import { compose } from './unicode';

/** Date objects may come from another realm (the vm the bundle runs in), so no instanceof. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !isNaN((value as Date).getTime());
}

export function isBlank(value: unknown): boolean {
  // Invisible characters alone (a zero-width space pasted from Zalo) look blank, so they are blank.
  return value === null || value === undefined || (typeof value === 'string' && /^[\s\u200b-\u200d\u2060]*$/.test(value));
}

// Locales whose short dates Sheets reads month first ("7/10" is 10 July; year-first locales write 7/10 as month/day
// too); every other, Vietnamese included, day first.
const MONTH_FIRST_LOCALES = new Set(['en_us', 'en_ph', 'fil_ph', 'es_us', 'ja_jp', 'zh_cn', 'zh_tw', 'ko_kr']);

/** Whether a file of this locale (getSpreadsheetLocale: "vi_VN", "en_US") turns a typed "7/10" into 10 July. */
export function monthFirst(locale: string | undefined): boolean {
  return MONTH_FIRST_LOCALES.has((locale ?? '').toLowerCase().replace('-', '_'));
}

/**
 * The one convention for dates reaching the core: the shell turns every Date into the wall-clock
 * date-time of the file's zone (gas/read.ts wallClockDates), so the core reads them with offset 0.
 * The tests pass exactly this, with Dates made the same way.
 */
export const WALL_CLOCK_OFFSET = 0;

/**
 * A Lớp typed "3/2" in a cell not formatted as text, that Sheets made a date (3 February; 2 March in a
 * month-first locale, monthFirst): the class as typed.
 */
export function classFromDate(value: Date, timeZoneOffsetMinutes: number, typedMonthFirst: boolean): string {
  const [day, month] = cellText(value, timeZoneOffsetMinutes).split('/').map(Number);
  return typedMonthFirst ? `${month}/${day}` : `${day}/${month}`;
}

/** A cell as text (numbers as typed, dates as dd/mm/yyyy). */
export function cellText(value: unknown, timeZoneOffsetMinutes = WALL_CLOCK_OFFSET): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (isDate(value)) return formatYmd(dateToYmd(value, timeZoneOffsetMinutes));
  return String(value);
}

/** "2018-09-05" → "05/09/2018", as Vietnamese dates are written; "chưa ghi" when missing. */
export function formatYmd(ymd: string | undefined): string {
  if (!ymd) return 'chưa ghi';
  const [y, m, d] = ymd.split('-');
  return `${d}/${m}/${y}`;
}

/** "2025-09" → "9/2025", a month as Vietnamese prose and the printed plan write it. */
export function formatYm(month: string): string {
  return `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}

/**
 * Calendar date of a Date from the spreadsheet: Sheets gives midnight in the file's time zone,
 * so shift by that zone's offset (Asia/Ho_Chi_Minh: +420 minutes, no daylight saving).
 */
export function dateToYmd(date: Date, timeZoneOffsetMinutes: number): string {
  const shifted = new Date(date.getTime() + timeZoneOffsetMinutes * 60000);
  return `${shifted.getUTCFullYear()}-${pad2(shifted.getUTCMonth() + 1)}-${pad2(shifted.getUTCDate())}`;
}

/**
 * "05/09/2018", "5-9-2018", "5.9.18" → "2018-09-05"; also ISO "2018-09-05" (year first);
 * undefined when not a real date (31/02, or 29/02 of a year that is not leap).
 * A two-digit year is read as 20yy below 50, else 19yy ("05/09/18" → 2018): pupils are born
 * this century and their teachers in the last.
 */
export function parseDayMonthYear(text: string): string | undefined {
  const iso = /^\s*(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*$/.exec(text);
  const match = iso ? [iso[0], iso[3], iso[2], iso[1]] : /^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[2]);
  let year = Number(match[3]);
  if (match[3].length === 2) year += year < 50 ? 2000 : 1900;
  if (!isRealDate(year, month, day)) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

// Day 0 of spreadsheet serial numbers (Sheets and Excel since 1900-03-01): 30/12/1899.
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
// Serial numbers of 01/01/1920 and 31/12/2099: a birth date outside them is a number typed by mistake (a year, an age).
const SERIAL_MIN = 7306;
const SERIAL_MAX = 73050;

/**
 * A birth date however the cell holds it: a Date (midnight in the file's time zone), text
 * dd/mm/yyyy, d-m-yyyy or yyyy-mm-dd, or a spreadsheet serial number (43466 is 01/01/2019, as a
 * date cell formatted as a number shows). Undefined when it is none of these.
 */
export function parseBirthDate(value: unknown, timeZoneOffsetMinutes: number): string | undefined {
  if (isDate(value)) return dateToYmd(value, timeZoneOffsetMinutes);
  if (typeof value === 'number') {
    if (!(value >= SERIAL_MIN && value < SERIAL_MAX + 1)) return undefined;
    return dateToYmd(new Date(SERIAL_EPOCH_UTC + Math.floor(value) * 86400000), 0);
  }
  return typeof value === 'string' ? parseDayMonthYear(value.replace(/\s+0?0:00(:00)?\s*$/, '')) : undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  // A month outside 1–12 has no days.
  return day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0) + (month === 2 && leap ? 1 : 0);
}

/** A whole positive number, from a number cell or text such as "35" or "35 HS". */
export function parseCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string') {
    const match = /^\s*(\d+)\s*(hs|học sinh|em)?\s*$/i.exec(compose(value));
    return match ? Number(match[1]) : undefined;
  }
  return undefined;
}

/**
 * The grid as the school sees it. A header cell merged across or down names every column and row
 * it covers; below the header (from `dataStart`) a block merged down over several students
 * holds its value for each of their rows, in its first column (a merge across data columns is
 * not copied sideways: a title merged over a row is not a value of every column).
 */
export function fillMerges(values: unknown[][], merges: readonly MergedRange[] | undefined, dataStart: number): unknown[][] {
  if (!merges?.length) return values;
  const out = values.map((row) => row.slice());
  for (const m of merges) {
    const top = m.row - 1;
    const left = m.column - 1;
    if (top >= out.length) continue;
    const value = out[top][left];
    if (isBlank(value)) continue;
    const bottom = Math.min(top + m.numRows, out.length);
    const across = top < dataStart ? m.numColumns : 1;
    for (let r = top; r < bottom; r++) {
      if (r >= dataStart && top < dataStart) break; // a header merge never spills into the data
      for (let c = left; c < left + across; c++) out[r][c] = value; // the top-left cell gets its own value
    }
  }
  return out;
}

/** Mã học sinh arrives as a number (vnEdu) or text: every digit kept, never "9.9e9". */
export function idText(value: unknown): string {
  // toFixed writes every digit up to 1e21 and from there on writes what String() does.
  const text = typeof value === 'number' && Number.isInteger(value) ? value.toFixed(0) : tidy(cellText(value));
  // "-", "0", "chưa có": a placeholder for a child without a code, not one code shared by all of them.
  return /[1-9]/.test(text) ? text : '';
}
