// The early-warning thresholds of Cấu hình (PRODUCT 3.9): sessions per học kì, the rate and the
// counts of buổi nghỉ that make the Chuyên cần signal.

import { cellText } from '../../cells';
import { fold, foldWords } from '../../text';
import type { RiskThresholds } from './types';

/** A whole number from min to max, from a number cell or text ("20", "20 buổi"). */
function wholeNumber(raw: unknown, min: number, max: number): number | undefined {
  const match = /^\s*(\d+)\s*(buoi)?\s*$/.exec(fold(cellText(raw)));
  const n = match ? Number(match[1]) : NaN;
  return n >= min && n <= max ? n : undefined;
}

/** "10%", "10", "10,5 %", or a cell formatted as percent (0.1). */
function percent(raw: unknown): number | undefined {
  // Stryker disable next-line MethodExpression: Number() ignores leading and trailing whitespace as .trim() does
  const text = cellText(raw);
  const written = typeof raw === 'number' ? raw : Number(text.replace(/%/g, '').replace(',', '.').trim());
  // A fraction, typed as text ("0,1") as much as formatted as percent (0.1), is its percent; "0,5%" is written as one.
  const n = written > 0 && written < 1 && !text.includes('%') ? written * 100 : written;
  return Number.isFinite(n) && n > 0 && n <= 100 ? Math.round(n * 100) / 100 : undefined;
}

const YEAR_WORDS = /^((cua|trong|mot|moi|ca) )?nam( hoc)?( \d{4} \d{4})?$/;
const SEMESTER_WORDS = /^((cua|trong|mot|moi|1) )?(hoc ki|hoc ky|hk|ki|ky)( ?(i|ii|1|2))?$/;

/** What "Số buổi học …" counts, from the words after it: the year, one học kì, or unknown ("mỗi tuần", nothing). */
function sessionsPeriod(rest: string): 'year' | 'semester' | undefined {
  const words = foldWords(rest).replace(/ buoi$/, '');
  if (YEAR_WORDS.test(words)) return 'year';
  if (SEMESTER_WORDS.test(words)) return 'semester';
  return undefined;
}

// "một học kì", "/ học kì", "1 HK", "trong một học kì", "(buổi/học kì)"; a unit "(buổi)" anywhere after.
const SEMESTER = '( buoi)?( (mot|moi|trong|cua|1|trong mot))? (hoc k[iy]|hk)( ?(i|ii|1|2))?';
const SEMESTER_ABSENCES = new RegExp(`^((so )?buoi nghi( bao dong| toi da)?${SEMESTER}|nguong (buoi )?nghi( bao dong| toi da)?(${SEMESTER})?)( buoi)?$`);

/**
 * The early-warning thresholds (PRODUCT 3.9). True when the key names one: its value is then set,
 * or reported through `invalid` (the default stays).
 */
export function readRiskSetting(key: string, raw: unknown, risk: RiskThresholds, invalid: (example: string) => void): boolean {
  const set = <K extends keyof RiskThresholds>(field: K, value: RiskThresholds[K] | undefined, example: string) => {
    if (value === undefined) invalid(example);
    else risk[field] = value;
  };
  if (key.startsWith('so buoi hoc')) {
    // The period is read from the key's words: a year's count is no học kì's (the threshold would double).
    const period = sessionsPeriod(key.slice('so buoi hoc'.length));
    if (period === 'year') set('sessionsPerYear', wholeNumber(raw, 1, 600), 'số buổi học của cả năm học, ví dụ 175');
    else if (period === 'semester') set('sessionsPerSemester', wholeNumber(raw, 1, 300), 'số buổi học của một học kì, ví dụ 90');
    else return false;
  }
  else if (/^(ti|ty) le (buoi )?nghi/.test(key)) set('absenceRate', percent(raw), 'tỉ lệ phần trăm, ví dụ 10%');
  // The year's line first: "Ngưỡng buổi nghỉ cả năm" is the year's threshold, not a học kì's.
  else if (/^((so )?buoi nghi|nguong (buoi )?nghi).*ca nam/.test(key)) set('yearAbsences', wholeNumber(raw, 1, 400), 'số buổi, ví dụ 45');
  // Only a học kì's own words after it: "Ngưỡng buổi nghỉ giữa kì", "Ngưỡng nghỉ không phép" are other counts (an unknown key, said).
  else if (SEMESTER_ABSENCES.test(foldWords(key))) set('semesterAbsences', wholeNumber(raw, 1, 300), 'số buổi, ví dụ 20');
  else return false;
  return true;
}
