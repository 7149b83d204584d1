// The early-warning thresholds of Cấu hình (PRODUCT 3.9): sessions per học kì, the rate and the
// counts of buổi nghỉ that make the Chuyên cần signal.

import { cellText } from '../../cells';
import { fold } from '../../text';
import type { RiskThresholds } from './types';

/** A whole number from min to max, from a number cell or text ("20", "20 buổi"). */
function wholeNumber(raw: unknown, min: number, max: number): number | undefined {
  const match = /^\s*(\d+)\s*(buoi)?\s*$/.exec(fold(cellText(raw)));
  const n = match ? Number(match[1]) : NaN;
  return n >= min && n <= max ? n : undefined;
}

/** "10%", "10", "10,5 %", or a cell formatted as percent (0.1). */
function percent(raw: unknown): number | undefined {
  const n = typeof raw === 'number' ? (raw > 0 && raw < 1 ? raw * 100 : raw) : Number(cellText(raw).replace(/%/g, '').replace(',', '.').trim());
  return Number.isFinite(n) && n > 0 && n <= 100 ? Math.round(n * 100) / 100 : undefined;
}

/**
 * The early-warning thresholds (PRODUCT 3.9). True when the key names one: its value is then set,
 * or reported through `invalid` (the default stays).
 */
export function readRiskSetting(key: string, raw: unknown, risk: RiskThresholds, invalid: (example: string) => void): boolean {
  const set = <K extends keyof RiskThresholds>(field: K, value: RiskThresholds[K] | undefined, example: string) => {
    if (value === undefined) invalid(example);
    else risk[field] = value;
  };
  if (key.startsWith('so buoi hoc')) set('sessionsPerSemester', wholeNumber(raw, 1, 300), 'số buổi học của một học kì, ví dụ 90');
  else if (/^(ti|ty) le (buoi )?nghi/.test(key)) set('absenceRate', percent(raw), 'tỉ lệ phần trăm, ví dụ 10%');
  // The year's line first: "Ngưỡng buổi nghỉ cả năm" is the year's threshold, not a học kì's.
  else if (/^((so )?buoi nghi|nguong (buoi )?nghi).*ca nam/.test(key)) set('yearAbsences', wholeNumber(raw, 1, 400), 'số buổi, ví dụ 45');
  else if (/^(so )?buoi nghi (bao dong|toi da)?\s*(mot |moi )?hoc ki|^nguong (buoi )?nghi/.test(key)) set('semesterAbsences', wholeNumber(raw, 1, 300), 'số buổi, ví dụ 20');
  else return false;
  return true;
}
