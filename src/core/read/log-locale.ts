// What Sheets made of a Nhật ký typed by hand. In a file whose locale reads a typed date month first
// (cells.monthFirst, en_US), a typed "10/11/2025" became 11 October and "25/10/2025" stayed text, since
// it has no month 25: 10 November would count as October's report without a word. In any locale, a
// Lớp "4/1" became a date.

import { cellText, classFromDate, isDate } from '../cells';
import type { Problem } from '../model';
import { problemAt } from '../problem';
import { columnLetters, tidy } from '../text';

/** How a hand-typed log's Date cells are read in a month-first file, and what the date column's header is told. */
export interface TypedDateOrder {
  /** Read each such cell back as typed day first ("10/11/2025" → 10 November). */
  swap: boolean;
  problem: Problem;
}

// A day and month typed as text, the day first because it is over 12 ("25/10/2025", "25/10"): what Sheets kept.
const DAY_FIRST_TEXT = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{2,4})?$/;

/**
 * A Date Sheets made from a typed "d/m" with both at most 12: a midnight (typed, not a Form's or a
 * pasted timestamp) whose day and month differ, so the order changes the date.
 */
function swappable(value: unknown, tz: number): value is Date {
  if (!isDate(value)) return false;
  const shifted = new Date(value.getTime() + tz * 60000);
  const midnight = shifted.getUTCHours() === 0 && shifted.getUTCMinutes() === 0 && shifted.getUTCSeconds() === 0;
  return midnight && shifted.getUTCDate() <= 12 && shifted.getUTCDate() !== shifted.getUTCMonth() + 1;
}

/**
 * The typed date a swappable cell (see swappable) stood for, day first: 11 October 2025 as Sheets read
 * "10/11/2025" is "10/11/2025" again, 10 November for the log's reader. Any other value as it is.
 */
export function asTypedDayFirst(value: unknown, tz: number): unknown {
  if (!swappable(value, tz)) return value;
  const shifted = new Date(value.getTime() + tz * 60000);
  return `${shifted.getUTCMonth() + 1}/${shifted.getUTCDate()}/${shifted.getUTCFullYear()}`;
}

/**
 * In a month-first file, a log typed by hand (no Form stamp) whose date column (0-based `column`, rows
 * from `below`) holds dates Sheets may have swapped: when some date in it was typed day first and kept
 * as text ("25/10/2025"), the swapped ones are read back day first, and said; when none was, they are
 * read as Sheets reads them, and the header is told how to be sure. Undefined when nothing is in doubt.
 */
export function typedDateOrder(sheet: string, values: readonly (readonly unknown[])[], header: { row: number; column: number },
  below: number, tz: number, locale: string): TypedDateOrder | undefined {
  const cells = values.slice(below).map((row) => row[header.column]);
  const swapped = cells.filter((v) => swappable(v, tz)).length;
  if (swapped === 0) return undefined;
  const dayFirst = values.slice(below).findIndex((row) => {
    const m = typeof row[header.column] === 'string' ? DAY_FIRST_TEXT.exec(tidy(row[header.column] as string)) : null;
    return m !== null && Number(m[1]) > 12 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
  });
  const column = columnLetters(header.column + 1);
  const why = `Tệp này đặt vùng "${locale}" (không phải Việt Nam), nên Google Trang tính hiểu ngày gõ 10/11/2025 là tháng 10 ngày 11, còn ngày gõ 25/10/2025 thì để nguyên là chữ.`;
  const fix = 'Để chắc chắn, chọn Tệp → Cài đặt → Ngôn ngữ và vùng: Việt Nam, rồi gõ lại các ngày có cả ngày và tháng không quá 12.';
  if (dayFirst >= 0) {
    const example = `${column}${below + dayFirst + 1} ("${tidy(cellText(values[below + dayFirst][header.column]))}")`;
    return {
      swap: true,
      problem: problemAt(sheet, header.row + 1, header.column + 1, 'warning', 'LOG_DATE_ORDER',
        `${why} Cột ${column} có ngày gõ theo ngày/tháng (ô ${example}), nên ${swapped} ô ngày mà Trang tính đã đổi được đọc lại theo ngày/tháng `
        + `(ô ghi 10/11/2025 được tính là ngày 10 tháng 11, như đã gõ). ${fix}`),
    };
  }
  return {
    swap: false,
    problem: problemAt(sheet, header.row + 1, header.column + 1, 'warning', 'LOG_DATE_ORDER',
      `${why} Cột ${column} có ${swapped} ô ngày mà ngày và tháng đều không quá 12; chúng được tính theo cách Trang tính hiểu (tháng/ngày). `
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
  const first = values[rows[0]][column] as Date;
  const className = classFromDate(first, tz, typedMonthFirst);
  const more = rows.length > 1 ? ` (và ${rows.length - 1} ô Lớp khác của trang)` : '';
  return problemAt(sheet, rows[0] + 1, column + 1, 'warning', 'LOG_CLASS_AS_DATE',
    `Ô Lớp này${more} là một ngày (${cellText(first, tz)}), không phải chữ: Google Trang tính tự đổi tên lớp có dấu "/" (ví dụ 4/1) thành ngày. `
    + `Tiện ích đọc lại thành lớp ${className} (${typedMonthFirst ? 'tháng/ngày' : 'ngày/tháng'}); nếu sai, hoặc để ô luôn đúng, chọn cột Lớp, `
    + 'chọn Định dạng → Số → Văn bản thuần túy, rồi gõ lại tên lớp.');
}
