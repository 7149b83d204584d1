// One Tổng hợp, as pure data: read every input tab, validate, total, flag, plan.
// Everything the generated tabs and the JSON show is computed here, before any write.

import { isReviewPast, parseIsoDay, schoolYearStart, type Day } from './calendar';
import { compareKeys } from './collate';
import { parseClassList, type ClassList } from './classes';
import { parseConfig, type Config } from './config';
import { studentFlags, type Flag } from './flags';
import { sortInputTabs } from './inputs';
import type { Problem, SheetGrid } from './model';
import { parseTargets, type Target } from './read/targets';
import { parseRoster, type Roster } from './roster';
import { evaluateTargets, type TargetResult } from './rules/targets';
import { buildTimeline, parsePlan, type TimelineMonth } from './timeline';
import { pointTotals, ratedPoints, studentsPerGrade, type PointTotals } from './totals';
import { supportWarnings, validateRoster } from './validate';
import { REVIEW_POINT_CODES, type ReviewPointCode } from './vocab';

export interface WorkbookInput {
  sheets: SheetGrid[];
  /** Run date, yyyy-mm-dd, in the spreadsheet's time zone. */
  today: string;
  /** Offset of the spreadsheet's time zone from UTC, for reading Date cells as calendar days. */
  timeZoneOffsetMinutes: number;
}

export interface Analysis {
  today: Day;
  config: Config;
  schoolYearStart: number;
  roster: Roster;
  classList: ClassList;
  problems: Problem[];
  reviewPoints: ReviewPointCode[];
  totals: Partial<Record<ReviewPointCode, PointTotals>>;
  flags: Flag[];
  /** The school's targets as read (PRODUCT 3.7); empty when it has set none. */
  targets: Target[];
  /** Each target at each rated review point, per khối then the whole school. */
  targetResults: TargetResult[];
  timeline: TimelineMonth[];
  pastPoints: ReviewPointCode[];
  usingDefaultPlan: boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1 };

export function analyse(input: WorkbookInput): Analysis {
  const today = parseIsoDay(input.today);
  if (!today) throw new Error(`Invalid run date: ${input.today}`);
  const tz = input.timeZoneOffsetMinutes;
  const tabs = sortInputTabs(input.sheets);
  const { config, problems: configProblems } = parseConfig(tabs.config, tz);
  const start = schoolYearStart(config, today);
  const classList = parseClassList(tabs.classes);
  // Tabs named alike are never guessed between: with the roster or Lớp in doubt, no totals at all.
  const roster = parseRoster(tabs.withheld ? [] : tabs.roster, { classList, timeZoneOffsetMinutes: tz });
  const pastPoints = REVIEW_POINT_CODES.filter((p) => roster.blocks.includes(p) && isReviewPast(p, config, start, today));
  const crossRow = validateRoster(roster, classList);
  const plan = parsePlan(tabs.plan, tz);

  const reviewPoints = ratedPoints(roster.students, REVIEW_POINT_CODES);
  const perGrade = studentsPerGrade(roster.students, classList);
  const totals: Partial<Record<ReviewPointCode, PointTotals>> = {};
  for (const point of reviewPoints) totals[point] = pointTotals(point, roster.students, roster.areas, perGrade);
  const past = new Set(pastPoints);
  const flags = roster.students.flatMap((s) => studentFlags(s, past));
  const warnings = supportWarnings(roster, flags);
  const targetsRead = parseTargets(tabs.config, tabs.targets);
  const targetsJudged = evaluateTargets(targetsRead.targets, reviewPoints, totals, roster.students, roster.areas, [...perGrade.keys()]);
  const timeline = buildTimeline(config, start, today, plan, totals, flags, targetsJudged.results);

  const problems = [...tabs.problems, ...(tabs.withheld ? [] : roster.problems), ...crossRow, ...warnings, ...classList.problems,
    ...configProblems, ...plan.problems, ...targetsRead.problems, ...targetsJudged.problems]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareKeys(a.sheet, b.sheet) || a.row - b.row || a.column - b.column);
  return {
    today, config, schoolYearStart: start, roster, classList, problems, reviewPoints, totals, flags,
    targets: targetsRead.targets, targetResults: targetsJudged.results, timeline,
    pastPoints, usingDefaultPlan: !plan.present,
  };
}
