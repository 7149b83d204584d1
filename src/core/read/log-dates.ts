// The Nhật ký's dates (read/log.ts reads the tab): how a log date is written, and why a readable
// one counts for no month.

import { compose } from '../unicode';
import { cellText, dateToYmd, formatYm, formatYmd, isBlank, isDate, parseDayMonthYear } from '../cells';
import { monthKey, schoolYearLabel, yearOfMonth, type Day } from '../calendar';
import type { ProblemCode } from '../model';
import { fold, foldWords, pad2, tidy } from '../text';

/**
 * What a date column's header asks for: "Tháng…" a month; "Ngày…" naming the day alone ("Ngày",
 * "Ngày thực hiện") a day; one naming the month too ("Ngày tháng", "Ngày/tháng/năm"), "Thời gian",
 * a Form's stamp: either (a bare 1–12 there is a month, as it always was).
 */
export type LogDateKind = 'day' | 'month' | undefined;

export function logDateKind(label: string | undefined): LogDateKind {
  const words = foldWords(label ?? '');
  if (/^thang\b/.test(words)) return 'month';
  return /^ngay\b/.test(words) && !/\bthang\b/.test(words) ? 'day' : undefined;
}

/**
 * Why a value the header's kind makes doubtful is no date, or undefined: a bare number under a Ngày
 * header is a day without its month (10 is the 10th, not October); two numbers of at most 12 joined
 * by a dash or "đến" under a Tháng header ("9-10", "10 - 11", "9 đến 10") are two months, not a day.
 * Neither is guessed. With a slash or a dot, "5/11" and "15/11" under Tháng are a day and its month.
 */
export function logDateDoubt(raw: unknown, kind: LogDateKind, start: number): string | undefined {
  const text = typeof raw === 'number' || typeof raw === 'string' ? tidy(String(raw)) : '';
  const bare = /^\d{1,2}$/.test(text) ? Number(text) : 0;
  if (kind === 'day' && bare >= 1 && bare <= 31) {
    return `chỉ có ngày, chưa có tháng, nên dòng này chưa tính vào tháng nào. Ghi đủ ngày/tháng/năm, ví dụ ${bare}/11/${yearOfMonth(start, 11)}.`;
  }
  const pair = kind === 'month' ? /^(\d{1,2})\s*(?:[-–]|den)\s*(\d{1,2})$/.exec(fold(text)) : null;
  if (!pair || Number(pair[1]) > 12 || Number(pair[2]) > 12) return undefined;
  const m = Number(pair[2]) >= 1 && Number(pair[2]) <= 12 ? Number(pair[2]) : 11;
  return `có hai số mà không có năm, nên không rõ là tháng nào và dòng này chưa tính vào tháng nào. `
    + `Ghi một tháng và năm, ví dụ ${formatYm(monthKey(yearOfMonth(start, m), m))}; hỗ trợ trong hai tháng thì ghi mỗi tháng một dòng.`;
}

export interface LogDateReading {
  /** The day and month the entry counts for; empty when it counts for none. */
  when: { day?: string; month?: string };
  /** Why it counts for none, told at the cell. */
  problem?: { code: ProblemCode; message: string };
}

/**
 * A log row's date cell read under its header's kind: the day or month it counts for, or why none
 * (blank, doubtful for its header, unreadable, or outside the school year / after today given `today`).
 * `who` names the row's student for the message (" (dòng của …)" or "").
 */
export function readLogDateCell(raw: unknown, kind: LogDateKind, who: string, start: number, tz: number, today?: Day): LogDateReading {
  const shown = tidy(cellText(raw, tz));
  if (isBlank(raw)) {
    return { when: {}, problem: { code: 'LOG_DATE_MISSING', message: `Dòng nhật ký${who} chưa ghi ngày, nên không biết thuộc tháng nào. Ghi ngày hỗ trợ, ví dụ 15/11/2025, hoặc tháng, ví dụ 11/2025.` } };
  }
  const doubt = logDateDoubt(raw, kind, start);
  if (doubt) return { when: {}, problem: { code: 'LOG_DATE_INVALID', message: `${kind === 'month' ? 'Tháng' : 'Ngày'} "${shown}"${who} ${doubt}` } };
  const read = readLogDate(raw, start, tz);
  const outside = today && read.month ? logDateOutside(read, start, today) : undefined;
  if (outside) return { when: {}, problem: { code: 'LOG_DATE_OUTSIDE', message: `Ngày "${shown}"${who} ${outside}` } };
  if (!read.month) {
    return { when: {}, problem: { code: 'LOG_DATE_INVALID', message: `Ngày "${shown}"${who} không đọc được, nên dòng này chưa tính vào tháng nào. Ghi ngày/tháng/năm (15/11/2025) hoặc tháng/năm (11/2025).` } };
  }
  return { when: read };
}

/**
 * Why a readable log date counts for no month, or undefined when it is in the school year and not
 * after today: the month it would count for, and what to write. A day of the right month and day
 * in another year ("15/11/2024" in 2025-2026) is offered the school year's own year when that day is
 * not after today.
 */
export function logDateOutside(when: { day?: string; month?: string }, start: number, today: Day): string | undefined {
  const month = when.month as string;
  const now = `${today.year}-${pad2(today.month)}-${pad2(today.day)}`;
  const after = when.day ? when.day > now : month > now.slice(0, 7);
  const before = month < monthKey(start, 8);
  if (!after && !before) return undefined;
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  // The same day or month in the school year's own year, offered when that is not after today.
  const own = yearOfMonth(start, m) !== y ? monthKey(yearOfMonth(start, m), m) + (when.day ? when.day.slice(7) : '') : undefined;
  const fixed = own === undefined ? undefined : when.day ? formatYmd(own) : formatYm(own);
  const fixedOk = own !== undefined && own <= (when.day ? now : now.slice(0, 7));
  const why = after ? `sau hôm nay (${formatYmd(now)})` : `trước năm học ${schoolYearLabel(start)}`;
  const fix = fixedOk ? `Nếu là ${when.day ? 'ngày' : 'tháng'} ${fixed} của năm học này, sửa thành ${fixed}.`
    : `Ghi đúng ngày đã hỗ trợ trong năm học ${schoolYearLabel(start)}, không sau hôm nay (ngày/tháng/năm, ví dụ ${formatYmd(now)}).`;
  return `thuộc tháng ${formatYm(month)}, ${why}, nên dòng này chưa tính vào tháng nào. ${fix}`;
}

// Day 0 of spreadsheet serial numbers: 30/12/1899; serials of 2000 to 2099 are dates, small numbers months.
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * A log date however it is written: a Date cell (a Google Form timestamp holds a time too), text
 * "15/11/2025", "15/11/2025 14:03:27" (a timestamp pasted as text), "2025-11-15", a month "11/2025",
 * "Tháng 11", "T11", or the number 11 (the year then follows from the school year), a serial number.
 * Read without its header: readLogDateCell first sets aside what the header makes doubtful (logDateDoubt).
 */
export function readLogDate(raw: unknown, start: number, timeZoneOffsetMinutes: number): { day?: string; month?: string } {
  const fromDay = (day: string | undefined) => (day ? { day, month: day.slice(0, 7) } : {});
  if (isDate(raw)) return fromDay(dateToYmd(raw, timeZoneOffsetMinutes));
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 1 && raw <= 12) return { month: monthKey(yearOfMonth(start, raw), raw) };
    if (raw >= 36526 && raw < 73051) return fromDay(dateToYmd(new Date(SERIAL_EPOCH_UTC + Math.floor(raw) * 86400000), 0));
    return {};
  }
  const text = tidy(cellText(raw)).replace(/[,\s]+\d{1,2}:\d{2}(:\d{2})?(\s*(SA|CH|AM|PM))?$/i, '');
  const day = parseDayMonthYear(text);
  if (day) return fromDay(day);
  const dayMonth = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})$/.exec(text); // "15/11": the year follows from the school year
  if (dayMonth) return fromDay(parseDayMonthYear(`${text}/${yearOfMonth(start, Number(dayMonth[2]))}`));
  const month = /^(?:thang|t)?\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?$/.exec(fold(text));
  const m = month ? Number(month[1]) : 0;
  if (m < 1 || m > 12) return {};
  return { month: monthKey(month?.[2] ? Number(month[2]) : yearOfMonth(start, m), m) };
}

/**
 * What a log row's date cell is read as under a section title (`section`, from sectionTitle): a blank
 * cell, the title's month; a bare day 1–31 under a header asking for the day ("Ngày"), that day of
 * the title's month when the month has it ("5" under "THÁNG 11/2025" is 5/11/2025). Otherwise, and
 * without a title, the cell as written (a bare day is then told as a day without its month).
 */
export function datedBySection(raw: unknown, section: string | undefined, kind: LogDateKind, start: number): unknown {
  if (section === undefined) return raw;
  if (isBlank(raw)) return section;
  const text = typeof raw === 'number' || typeof raw === 'string' ? tidy(String(raw)) : '';
  if (kind !== 'day' || !/^\d{1,2}$/.test(text)) return raw;
  const [m, y] = section.replace(/^Tháng /, '').split('/').map(Number);
  const dated = `${Number(text)}/${m}/${y || yearOfMonth(start, m)}`;
  return parseDayMonthYear(dated) ? dated : raw;
}

/**
 * A section title among the log's rows: a row whose one written cell names a month, "THÁNG 11/2025",
 * "Tháng 11", "Tháng 11 năm 2025", "Tháng 10 năm học 2025-2026", "T11/2025", "Tháng 11/25". Merged
 * across the table (`across`), a title may say more ("THÁNG 10/2025 - GV Lan") or be the bare
 * "11/2025"; a cell of one column may not: it may be a note or a half-written entry.
 * `month` is "m/yyyy" or "Tháng m" for readLogDate; undefined when the row starts as a title
 * ("Tháng" and at most two words more, or merged across) but names no month it can read ("Tháng
 * mười", "Tháng 13"): its rows must not keep the month of the title above. Undefined for any other row.
 */
export function sectionTitle(row: readonly unknown[], across = false): { text: string; month: string | undefined } | undefined {
  const written = row.filter((v) => !isBlank(v));
  if (written.length !== 1 || typeof written[0] !== 'string') return undefined;
  const words = foldWords(written[0]);
  const rest = across ? '(?: .*)?' : '';
  // "năm học 2025-2026": the month's own year follows from the school year (September 2025, March 2026).
  const inSchoolYear = new RegExp(`^thang (\\d{1,2}) nam hoc (\\d{4}) \\d{4}${rest}$`).exec(words);
  const title = new RegExp(`^thang (\\d{1,2})(?: (?:nam )?(\\d{4}|\\d{2})(?!\\d))?${rest}$`).exec(words)
    ?? new RegExp(`^t ?(\\d{1,2}) (\\d{4})${rest}$`).exec(words) ?? (across ? /^(\d{1,2}) (\d{4})$/.exec(words) : null);
  // "Tháng" with its mark: a child named Thắng (or Thang) alone on a row is no title.
  const titled = /^tháng\b/u.test(compose(written[0]).trim().toLowerCase()) && (across || words.split(' ').length <= 3);
  if (!title && !inSchoolYear && !titled) return undefined;
  const m = Number((inSchoolYear ?? title)?.[1] ?? 0);
  const y = inSchoolYear ? String(yearOfMonth(Number(inSchoolYear[2]), m)) : title?.[2] && title[2].length === 2 ? `20${title[2]}` : title?.[2];
  return { text: written[0], month: m < 1 || m > 12 ? undefined : y ? `${m}/${y}` : `Tháng ${m}` };
}
