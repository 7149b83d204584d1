// Reading single cell values as getValues() returns them.

import { pad2 } from './text';

/** Date objects may come from another realm (the vm the bundle runs in), so no instanceof. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !isNaN((value as Date).getTime());
}

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A cell as text (numbers as typed, dates as dd/mm/yyyy). */
export function cellText(value: unknown, timeZoneOffsetMinutes = 420): string {
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

/**
 * Calendar date of a Date from the spreadsheet: Sheets gives midnight in the file's time zone,
 * so shift by that zone's offset (Asia/Ho_Chi_Minh: +420 minutes, no daylight saving).
 */
export function dateToYmd(date: Date, timeZoneOffsetMinutes: number): string {
  const shifted = new Date(date.getTime() + timeZoneOffsetMinutes * 60000);
  return `${shifted.getUTCFullYear()}-${pad2(shifted.getUTCMonth() + 1)}-${pad2(shifted.getUTCDate())}`;
}

/** "05/09/2018", "5-9-2018", "5.9.18" → "2018-09-05"; undefined when not a real date. */
export function parseDayMonthYear(text: string): string | undefined {
  const match = /^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[2]);
  let year = Number(match[3]);
  if (match[3].length === 2) year += year < 50 ? 2000 : 1900;
  if (!isRealDate(year, month, day)) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** "2018-09-05" (ISO, as some exports write dates as text) → the same; undefined when not a real date. */
function parseIsoDate(text: string): string | undefined {
  const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : undefined;
}

// Spreadsheet serial numbers count days from 30/12/1899. Only 1950–2099 is read as a date, so a
// stray number (a year such as 2018, a score) is never taken for one.
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;
const FIRST_SERIAL = 18264; // 01/01/1950
const LAST_SERIAL = 73050; // 31/12/2099

/** A date cell however it arrives: a Date, text dd/mm/yyyy, d-m-yy, ISO yyyy-mm-dd, or a serial number. */
export function readDate(value: unknown, timeZoneOffsetMinutes: number): string | undefined {
  if (isDate(value)) return dateToYmd(value, timeZoneOffsetMinutes);
  if (typeof value === 'number') {
    if (!(value >= FIRST_SERIAL && value < LAST_SERIAL + 1)) return undefined;
    return dateToYmd(new Date(SERIAL_EPOCH_MS + Math.floor(value) * DAY_MS), 0);
  }
  const text = cellText(value);
  return parseDayMonthYear(text) ?? parseIsoDate(text);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0);
}

/** A whole positive number, from a number cell or text such as "35" or "35 HS". */
export function parseCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string') {
    const match = /^\s*(\d+)\s*(hs|học sinh|em)?\s*$/i.exec(value.normalize('NFC'));
    return match ? Number(match[1]) : undefined;
  }
  return undefined;
}
