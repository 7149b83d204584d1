// The school year as months: September to May (June and July when summer is included).

import type { Config } from './read/config';
import { pad2 } from './text';
import type { ReviewPointCode } from './vocab';

/** A calendar day, free of time zones. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** First year of the school year: from Cấu hình, else August onwards starts a new year. */
export function schoolYearStart(config: Config, today: Day): number {
  if (config.schoolYear) return Number(config.schoolYear.slice(0, 4));
  return today.month >= 8 ? today.year : today.year - 1;
}

export function schoolYearLabel(start: number): string {
  return `${start}-${start + 1}`;
}

/** Calendar year of a month of the school year starting in `start` (months 8–12 are in `start`). */
export function yearOfMonth(start: number, month: number): number {
  return month >= 8 ? start : start + 1;
}

/** "2025-09": a month as the core keys it. */
export function monthKey(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** Months of the school year in order, as [year, month]. */
export function schoolMonths(start: number, includeSummer: boolean): Array<[number, number]> {
  const months: Array<[number, number]> = [];
  for (const m of [9, 10, 11, 12, 1, 2, 3, 4, 5]) months.push([yearOfMonth(start, m), m]);
  if (includeSummer) months.push([start + 1, 6], [start + 1, 7]);
  return months;
}

/** Months counted from year 0, only ever compared with each other (so no "- 1" for January). */
function monthIndex(year: number, month: number): number {
  return year * 12 + month;
}

/** A review point is past once its month has ended. */
export function isReviewPast(point: ReviewPointCode, config: Config, start: number, today: Day): boolean {
  const month = config.reviewMonths[point];
  return monthIndex(today.year, today.month) > monthIndex(yearOfMonth(start, month), month);
}

export type MonthStatus = 'past' | 'current' | 'upcoming';

export function monthStatus(year: number, month: number, today: Day): MonthStatus {
  const a = monthIndex(year, month);
  const b = monthIndex(today.year, today.month);
  return a < b ? 'past' : a === b ? 'current' : 'upcoming';
}
