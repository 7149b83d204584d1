// What a typed string becomes in a cell (USER_ENTERED), and the formula-locale check.
import { monthFirst } from '../../src/core/cells';

/** Calendar date (UTC midnight, as exceljs stores dates) from y, m, d; undefined when invalid. */
function calendarDate(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

export interface Typed {
  value?: string | number | boolean | Date;
  formula?: string;
  numFmt?: string;
}

/**
 * What a cell holds after a string is typed into it (USER_ENTERED), in a file of `locale`: a date is
 * day/month/year ("10/11/2025" is 10 November), month first in en_US and its kin (core monthFirst:
 * 11 October there, and "25/10/2025" stays text); "4/1" without a year is a date of this year, as
 * Google makes a class named "4/1" typed into a cell not formatted as text.
 */
export function parseTyped(text: string, locale = 'vi_VN'): Typed {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text.slice(1) };
  const trimmed = text.trim();
  // Every typed form below starts with a sign, a digit, '$', or the t/f of TRUE/FALSE: other text
  // (most of a roster) is text without trying each pattern.
  if (!/^[-+\d$tf]/i.test(trimmed)) return { value: text };
  if (/^[+-]?(\d+([.,]\d+)?|\d{1,3}(\.\d{3})+(,\d+)?)$/.test(trimmed) && trimmed !== '') {
    return { value: Number(trimmed.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.')) };
  }
  let m = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/.exec(trimmed);
  if (m) return { value: Number(m[1].replace(',', '.')) / 100, numFmt: '0%' };
  m = /^\$\s?(\d+(?:\.\d+)?)$/.exec(trimmed);
  if (m) return { value: Number(m[1]), numFmt: '"$"#,##0.00' };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (m && calendarDate(+m[1], +m[2], +m[3])) return { value: calendarDate(+m[1], +m[2], +m[3]), numFmt: 'dd/mm/yyyy' };
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(trimmed);
  if (m) {
    const [day, month] = monthFirst(locale) ? [+m[2], +m[1]] : [+m[1], +m[2]];
    const date = calendarDate(m[3] ? +m[3] : new Date().getUTCFullYear(), month, day);
    if (date) return { value: date, numFmt: monthFirst(locale) ? 'm/d/yyyy' : 'dd/mm/yyyy' };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  return { value: text };
}

/** HYPERLINK's shown text (either separator); anything else has no cached result (reads ''). */
export function evaluateFormula(formula: string): string | undefined {
  const m = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  return m ? m[2].replace(/""/g, '"') : undefined;
}

/** Locales whose decimal separator is ',' separate formula arguments with ';' (Sheets follows the file's locale). */
export const SEMICOLON_LOCALES = /^(vi|de|fr|es|it|pt|ru|nl|pl|tr|id|cs|da|fi|nb|sv|uk|ro|hu)(_|$)/;

/** A ',' outside the quoted strings of a formula: an argument separator in en_US, an error in vi_VN. */
export function hasCommaSeparator(formula: string): boolean {
  return formula.replace(/"(?:[^"]|"")*"/g, '').includes(',');
}
