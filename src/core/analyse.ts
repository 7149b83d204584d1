// One Tổng hợp, as pure data: read every input tab, validate, total, flag, plan.
// Everything the generated tabs and the JSON show is computed here, before any write.

import { isReviewPast, parseIsoDay, schoolYearStart, type Day } from './calendar';
import { compareKeys } from './collate';
import { parseClassList, type ClassList } from './classes';
import { parseConfig, type Config } from './config';
import { studentFlags, type Flag } from './flags';
import type { Problem, SheetGrid } from './model';
import { parseRoster, type Roster } from './roster';
import { fold } from './text';
import { buildTimeline, parsePlan, type TimelineMonth } from './timeline';
import { pointTotals, ratedPoints, studentsPerGrade, type PointTotals } from './totals';
import { supportWarnings, validateRoster } from './validate';
import { REVIEW_POINT_CODES, type ReviewPointCode } from './vocab';

/** Input tabs, by their canonical names; matched case- and diacritics-insensitively. */
export const INPUT_TABS = { roster: 'Danh sách', classes: 'Lớp', config: 'Cấu hình', plan: 'Kế hoạch' } as const;

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
  timeline: TimelineMonth[];
  pastPoints: ReviewPointCode[];
  usingDefaultPlan: boolean;
}

function findTab(sheets: SheetGrid[], name: string): SheetGrid | undefined {
  const key = fold(name);
  return sheets.find((s) => fold(s.name) === key);
}

const SEVERITY_ORDER = { error: 0, warning: 1 };

export function analyse(input: WorkbookInput): Analysis {
  const today = parseIsoDay(input.today);
  if (!today) throw new Error(`Invalid run date: ${input.today}`);
  const tz = input.timeZoneOffsetMinutes;
  const { config, problems: configProblems } = parseConfig(findTab(input.sheets, INPUT_TABS.config), tz);
  const start = schoolYearStart(config, today);
  const classList = parseClassList(findTab(input.sheets, INPUT_TABS.classes));
  const roster = parseRoster(findTab(input.sheets, INPUT_TABS.roster), { classList, timeZoneOffsetMinutes: tz }, INPUT_TABS.roster);
  const pastPoints = REVIEW_POINT_CODES.filter((p) => roster.blocks.includes(p) && isReviewPast(p, config, start, today));
  const crossRow = validateRoster(roster, classList);
  const plan = parsePlan(findTab(input.sheets, INPUT_TABS.plan), tz);

  const reviewPoints = ratedPoints(roster.students, REVIEW_POINT_CODES);
  const perGrade = studentsPerGrade(roster.students, classList);
  const totals: Partial<Record<ReviewPointCode, PointTotals>> = {};
  for (const point of reviewPoints) totals[point] = pointTotals(point, roster.students, roster.areas, perGrade);
  const past = new Set(pastPoints);
  const flags = roster.students.flatMap((s) => studentFlags(s, past));
  const warnings = supportWarnings(roster, flags);
  const timeline = buildTimeline(config, start, today, plan, totals, flags);

  const problems = [...roster.problems, ...crossRow, ...warnings, ...classList.problems, ...configProblems, ...plan.problems]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareKeys(a.sheet, b.sheet) || a.row - b.row || a.column - b.column);
  return {
    today, config, schoolYearStart: start, roster, classList, problems, reviewPoints, totals, flags, timeline,
    pastPoints, usingDefaultPlan: !plan.present,
  };
}
