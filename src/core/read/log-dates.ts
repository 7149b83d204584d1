// The Nhật ký's dates (read/log.ts reads the tab): how a log date is written, and why a readable
// one counts for no month.

import { cellText, dateToYmd, formatYm, formatYmd, isDate, parseDayMonthYear } from '../cells';
import { monthKey, schoolYearLabel, yearOfMonth, type Day } from '../calendar';
import { fold, pad2, tidy } from '../text';

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

