// What Sheets made of a Nhật ký typed by hand. In a file whose locale reads a typed date month first
// (cells.monthFirst, en_US), a typed "10/11/2025" became 11 October and "25/10/2025" stayed text, since
// it has no month 25: 10 November would count as October's report without a word. In any locale, a
// Lớp "4/1" became a date.

import { classFromDate, isDate } from '../cells';
import type { Problem } from '../model';
import { problemAt } from '../problem';
import { columnLetters, tidy } from '../text';
import type { Day } from '../calendar';
import { logDateOutside, readLogDate } from './log-dates';

/** How a hand-typed log's Date cells are read in a month-first file, and what the date column's header is told. */
export interface TypedDateOrder {
  /** Read each such cell back as typed day first ("10/11/2025" → 10 November). */
  swap: boolean;
  /** Read as Sheets reads them for want of a sign either way: a day-first date in another log tab would settle it. */
  undecided: boolean;
  problem: Problem;
}

// A day and month typed as text, the day first because it is over 12 ("25/10/2025", "25/10"): what Sheets kept.
const DAY_FIRST_TEXT = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{2,4})?$/;
// Locale names as the file's settings show them.
const LOCALE_NAMES: Record<string, string> = { en_US: 'Hoa Kỳ', en_PH: 'Philippines', fil_PH: 'Philippines', es_US: 'Hoa Kỳ', ja_JP: 'Nhật Bản', zh_CN: 'Trung Quốc', zh_TW: 'Đài Loan', ko_KR: 'Hàn Quốc' };

/** A Date typed by hand (midnight: not a Form's or a pasted timestamp), as its calendar day. */
function typedDay(value: unknown, tz: number): { day: number; month: number; year: number } | undefined {
  if (!isDate(value)) return undefined;
  const shifted = new Date(value.getTime() + tz * 60000);
  const midnight = shifted.getUTCHours() === 0 && shifted.getUTCMinutes() === 0 && shifted.getUTCSeconds() === 0;
  return midnight ? { day: shifted.getUTCDate(), month: shifted.getUTCMonth() + 1, year: shifted.getUTCFullYear() } : undefined;
}

/**
 * A Date Sheets may have made from a typed "d/m" with both at most 12: typed by hand, its day and month
 * differ (so the order changes the date), and its day is not the 1st (a typed "11/2025" is 1 November).
 */
function swappable(value: unknown, tz: number): value is Date {
  const typed = typedDay(value, tz);
  return typed !== undefined && typed.day > 1 && typed.day <= 12 && typed.day !== typed.month;
}

/**
 * The typed date a swappable cell (see swappable) stood for, day first: 11 October 2025 as Sheets read
 * "10/11/2025" is "10/11/2025" again, 10 November for the log's reader. Any other value as it is.
 */
export function asTypedDayFirst(value: unknown, tz: number): unknown {
  const typed = swappable(value, tz) ? typedDay(value, tz) : undefined;
  return typed ? `${typed.month}/${typed.day}/${typed.year}` : value;
}

/**
 * A log's date read back day first (asTypedDayFirst) when that reading is a day of the school year
 * (`start`) not after `today`: read back into next March or last year, it was not typed so, and
 * stays as Sheets read it.
 */
export function readBackDayFirst(value: unknown, tz: number, start: number, today: Day | undefined): unknown {
  const back = asTypedDayFirst(value, tz);
  if (back === value || !today) return back;
  const read = readLogDate(back, start, tz);
  return read.month && logDateOutside(read, start, today) === undefined ? back : value;
}

/** Whether a log's date column (0-based `column`, rows from `below`) holds a typed Date past the 12th: typed month first, or picked. */
export function showsMonthFirst(values: readonly (readonly unknown[])[], column: number, below: number, tz: number): boolean {
  return values.slice(below).some((row) => (typedDay(row[column], tz)?.day ?? 0) > 12);
}

/** Where a date typed day first was kept as text ("25/10/2025"): the sign of how a file's logs are typed. */
export interface DayFirstTyped { sheet: string; cell: string; text: string }

/** The first date in a log's date column (0-based `column`, rows from `below`) typed day first and kept as text, if any. */
export function dayFirstTyped(sheet: string, values: readonly (readonly unknown[])[], column: number, below: number): DayFirstTyped | undefined {
  for (let r = below; r < values.length; r++) {
    const v = values[r][column];
    const m = typeof v === 'string' ? DAY_FIRST_TEXT.exec(tidy(v)) : null;
    if (m !== null && Number(m[1]) > 12 && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { sheet, cell: `${columnLetters(column + 1)}${r + 1}`, text: tidy(v as string) };
  }
  return undefined;
}

/**
 * In a month-first file, a log typed by hand (no Form stamp) whose date column (0-based `column`, rows
 * from `below`) holds dates Sheets may have swapped (swappable). A date typed day first and kept as text
 * (`dayFirst`: "25/10/2025", in this tab or another log tab of the file) shows how the logs are typed:
 * the swapped ones are read back day first, and said. A Date whose day is over 12 shows month-first
 * typing (or the date picker): with none typed day first, nothing is in doubt; with both, the column is
 * mixed, read as Sheets reads it, and said. With neither, the dates are read as Sheets reads them and
 * the header is told how to be sure (`undecided`: another tab's sign may settle it). Undefined when
 * nothing is in doubt.
 */
export function typedDateOrder(sheet: string, values: readonly (readonly unknown[])[], header: { row: number; column: number },
  below: number, tz: number, locale: string, dayFirst: DayFirstTyped | undefined): TypedDateOrder | undefined {
  const cells = values.slice(below).map((row) => row[header.column]);
  const swapped = cells.filter((v) => swappable(v, tz)).length;
  const monthFirstAt = cells.findIndex((v) => (typedDay(v, tz)?.day ?? 0) > 12);
  if (swapped === 0 || (!dayFirst && monthFirstAt >= 0)) return undefined;
  const column = columnLetters(header.column + 1);
  const typedAt = dayFirst && `ô ${dayFirst.cell}${dayFirst.sheet === sheet ? '' : ` của trang "${dayFirst.sheet}"`} ghi "${dayFirst.text}"`;
  // A Date as words: its cell shows it month first ("11/20/2025"), the text the reader writes day first.
  const picked = typedDay(cells[monthFirstAt], tz);
  const monthFirstTyped = picked && `ô ${column}${below + monthFirstAt + 1} là ngày ${picked.day} tháng ${picked.month} năm ${picked.year}`;
  const name = LOCALE_NAMES[locale] ? `${LOCALE_NAMES[locale]} (${locale})` : locale;
  const why = `Tệp này đặt vùng ${name}, không phải Việt Nam, nên Google Trang tính hiểu ngày gõ 10/11/2025 là ngày 11 tháng 10, còn ngày gõ 25/10/2025 thì để nguyên là chữ.`;
  const fix = 'Để chắc chắn, chọn Tệp → Cài đặt, mục vùng (Locale) chọn Việt Nam, rồi gõ lại các ngày trong cột này có cả ngày và tháng không quá 12.';
  const problem = (message: string) => problemAt(sheet, header.row + 1, header.column + 1, 'warning', 'LOG_DATE_ORDER', message);
  if (typedAt && !monthFirstTyped) {
    return {
      swap: true, undecided: false,
      problem: problem(`${why} Nhật ký có ngày gõ theo ngày/tháng (${typedAt}), nên ${swapped} ô ngày của cột ${column} có cả ngày và tháng không quá 12 được đọc lại `
        + `theo ngày/tháng (ô ghi 10/11/2025 được tính là ngày 10 tháng 11, như đã gõ). ${fix}`),
    };
  }
  const mixed = typedAt ? ` Nhật ký có cả ngày gõ theo ngày/tháng (${typedAt}) lẫn ngày theo tháng/ngày (${monthFirstTyped}), nên không biết các ô khác gõ theo kiểu nào.` : '';
  return {
    swap: false, undecided: !typedAt,
    problem: problem(`${why}${mixed} Cột ${column} có ${swapped} ô ngày mà ngày và tháng đều không quá 12; chúng được tính theo cách Trang tính hiểu (tháng/ngày). `
      + `Nếu giáo viên gõ theo ngày/tháng, các ô này đang bị tính sai tháng. ${fix}`),
  };
}

/**
 * Lớp cells Sheets made dates ("4/1" typed in a cell not formatted as text: 4 January), read back as
 * typed (cells.classFromDate) so the entry finds its student; said once for the tab at the first.
 */
export function dateClassProblem(sheet: string, values: readonly (readonly unknown[])[], column: number, below: number, tz: number,
  typedMonthFirst: boolean): Problem | undefined {
  const rows = values.map((row, r) => (r >= below && isDate(row[column]) ? r : -1)).filter((r) => r >= 0);
  if (rows.length === 0) return undefined;
  const className = classFromDate(values[rows[0]][column] as Date, tz, typedMonthFirst);
  const more = rows.length > 1 ? ` (và ${rows.length - 1} ô Lớp khác của trang)` : '';
  return problemAt(sheet, rows[0] + 1, column + 1, 'warning', 'LOG_CLASS_AS_DATE',
    `Ô Lớp này${more} là một ngày, không phải chữ: Google Trang tính tự đổi tên lớp có dấu "/" (ví dụ 4/1) thành ngày. `
    + `Tiện ích đọc lại thành lớp ${className}; nếu sai, hoặc để ô luôn đúng, chọn cột Lớp, `
    + 'chọn Định dạng → Số → Văn bản thuần túy, rồi gõ lại tên lớp.');
}
