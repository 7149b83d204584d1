// What the sidebar shows (PRODUCT 3.6, 5): a small part of the run's JSON (report.ts), the same
// at 100 and at 20,000 roster rows. Each level is shown at its own newest review point.

import { isAt, newestFollowPoints, newestPoints, newestPointsText, pointLabel, type Level, type NewestPoint } from './levels';
import { countsJson, type CountsJson, type FlagJson, type LogJson, type ProblemJson, type RunReport, type TargetJson } from './report';
import { targetsAtNewest } from './rules/targets';
import { gradesTotals, sumCounts } from './rules/totals';
import type { ReviewPointCode } from './vocab';

/** What the sidebar lists at most of each kind; the counts say how many there are in all. */
export const SIDEBAR_LIST_LIMIT = 30;

/**
 * What the sidebar shows, and nothing more (PRODUCT 5): the headline numbers of each level at its
 * own newest review point, the counts, the first problems and flagged students, the targets at
 * those points and the mentors late with their log. Its size does not grow with the roster.
 */
export interface SidebarReport {
  schoolYear: string;
  reviewPoints: ReviewPointCode[];
  /** The school's newest review point with ratings. */
  latest: ReviewPointCode | null;
  /** The newest points as words: "Cuối năm"; with several levels "Tiểu học: Cuối năm; THCS: Cuối học kì II". */
  pointText: string;
  /** Where the students' list follows when it leads with reminders of a later point nobody is rated at yet. */
  flagsText?: string;
  /** The whole school's numbers, each level at its own newest point (levels.ts newestPoints). */
  total: CountsJson | null;
  /** A school of several levels: each level's numbers at its own newest point. */
  levels?: Array<{ level: Level; point: ReviewPointCode; label: string; total: CountsJson }>;
  counts: {
    errors: number;
    warnings: number;
    /** Flags at the newest point of the student's level other than "improved" alone: the students to follow. */
    flags: number;
    noSupporter: number;
    /** Students at risk, each at its own latest review point with data. */
    atRisk: number;
    /** Of them, those whose roster row names no mentor. */
    atRiskWithoutMentor: number;
  };
  firstProblems: ProblemJson[];
  firstFlags: FlagJson[];
  /** The targets at each level's newest point (a handful per area and khối), when the school set any. */
  targets?: TargetJson[];
  /** Past the month's deadline: mentors with students still missing a log entry this month, and how many. */
  lateMentors: Array<{ name: string; missing: number }>;
  log?: LogJson;
}

/** Each level's numbers at its newest point: its khối's rows over its areas (a school of one level: the TC row). */
function newestTotals(report: RunReport, newest: NewestPoint[]): { level?: Level; point: ReviewPointCode; total: CountsJson }[] {
  return newest.flatMap((n) => {
    const at = report.totals[n.point];
    if (!at) return [];
    const level = report.levels.find((l) => l.level === n.level);
    return [{ level: n.level, point: n.point, total: level ? countsJson(gradesTotals(at, level.grades, level.areas).total) : at.total }];
  });
}

/**
 * The levels' numbers summed: an area is unknown for the school when no level counts it and some
 * level has no column for it (a TH&THCS school whose THCS lists no Ngữ văn: not 0, unknown).
 */
function schoolTotal(levels: CountsJson[], areas: readonly string[]): CountsJson {
  const sum = sumCounts(levels, areas);
  const noColumn = areas.filter((a) => levels.every((l) => l.byArea[a] === undefined) && levels.some((l) => l.noColumn?.includes(a)));
  return countsJson({ ...sum, ...(noColumn.length > 0 ? { noColumn } : {}) });
}

export function sidebarReport(report: RunReport): SidebarReport {
  const latest = report.reviewPoints[report.reviewPoints.length - 1] ?? null;
  const newest = newestPoints(report.levels, report.reviewPoints);
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  // The flags at each level's newest rated point; before them, the "not rated" reminders of a later
  // past point nobody is rated at yet (where Theo dõi follows the students): what to do first.
  const follow = newestFollowPoints(report.levels, report.reviewPoints, report.flags);
  const atNewest = (f: FlagJson) => newest.some((n) => isAt(n, f.reviewPoint, f.grade));
  const reminders = report.flags.filter((f) => f.kinds.includes('notRated') && !atNewest(f) && follow.some((n) => isAt(n, f.reviewPoint, f.grade)));
  const flagged = report.flags.filter((f) => atNewest(f) && !(f.kinds.length === 1 && f.kinds[0] === 'improved'));
  // One entry a student: a reminder stands for the student's older flag in the list.
  const reminded = new Set(reminders.map((f) => `${f.sheet}!${f.row}`));
  const here = [...reminders, ...flagged.filter((f) => !reminded.has(`${f.sheet}!${f.row}`))];
  // A student is at risk at one review point, its own latest with data: counted over all points.
  const risky = report.flags.filter((f) => f.kinds.includes('atRisk'));
  // Late only once the month's deadline has passed (PRODUCT 3.8); before it nobody is late yet.
  const late = report.log?.pastDeadline ? report.mentors.filter((m) => m.missing.length > 0) : [];
  const totals = newestTotals(report, newest);
  const byLevel = totals.filter((t) => t.level).map((t) => ({
    level: t.level as Level, point: t.point, label: pointLabel(t.point, report.levels.find((l) => l.level === t.level)?.grades), total: t.total,
  }));
  return {
    schoolYear: report.schoolYear,
    reviewPoints: [...report.reviewPoints],
    latest,
    pointText: newestPointsText(newest),
    // The list leads with reminders of a later point: its label names where the list follows.
    ...(reminders.length > 0 ? { flagsText: newestPointsText(follow) } : {}),
    total: totals.length === 0 ? null : totals.length === 1 ? totals[0].total : schoolTotal(totals.map((t) => t.total), report.areas),
    ...(byLevel.length > 0 ? { levels: byLevel } : {}),
    counts: {
      errors, warnings: report.problems.length - errors, flags: here.length,
      noSupporter: flagged.filter((f) => f.kinds.includes('noSupporter')).length,
      atRisk: risky.length, atRiskWithoutMentor: risky.filter((f) => f.withoutMentor).length,
    },
    firstProblems: report.problems.slice(0, SIDEBAR_LIST_LIMIT),
    // The khối chose the flags (each at its level's newest point); the list does not show it, so it is not sent.
    firstFlags: here.slice(0, SIDEBAR_LIST_LIMIT).map(({ grade: _grade, ...f }) => f),
    ...(report.targets ? { targets: targetsAtNewest(report.targets, newest) } : {}),
    lateMentors: late.slice(0, SIDEBAR_LIST_LIMIT).map((m) => ({ name: m.name, missing: m.missing.length })),
    ...(report.log ? { log: { ...report.log, sheets: report.log.sheets.slice(0, SIDEBAR_LIST_LIMIT) } } : {}),
  };
}
