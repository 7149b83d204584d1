// One Tổng hợp, as pure data: read every input tab, validate, total, flag, plan.
// Everything the generated tabs and the JSON show is computed here, before any write.

import { monthFirst } from './cells';
import { isReviewPast, parseIsoDay, schoolYearStart, type Day } from './calendar';
import { compareKeys } from './collate';
import { parseClassList, type ClassList } from './read/classes';
import { parseConfig, schoolYearAgainstToday, type Config } from './read/config';
import { studentFlags, type Flag } from './rules/flags';
import { copyOfInput, inputKind, sortInputTabs } from './inputs';
import { joinOfficial, type OfficialJoin } from './join/official';
import { buildMentoring, currentReviewPoint, withLogCounts, withMentoringFlags, type Mentoring } from './mentoring';
import { readLogTab, unreadLogTab, type LogTab } from './read/log';
import { GENERATED_TABS } from './layout/builder';
import type { Problem, SheetGrid, Student, StudentReview } from './model';
import { readOfficialTab, type OfficialTab } from './read/official';
import type { Target } from './read/targets';
import { parseTargets } from './read/targets-table';
import { layoutOf, parseRoster, type Roster } from './read/roster';
import { evaluateTargets, type TargetResult } from './rules/targets';
import { fold } from './text';
import { buildTimeline, parsePlan, type TimelineMonth } from './rules/timeline';
import { blankSizeProblems, pointTotals, ratedPoints, studentsPerGrade, type AreasReadAt, type PointTotals } from './rules/totals';
import { supportWarnings, validateRoster } from './rules/validate';
import { isSecondary, isSecondaryGrade, levelOfGrade, levelsOf, pointAtLevel, type Level } from './levels';
import { classKey, homerooms } from './read/classes';
import { areaInfo, areaOrder, REVIEW_POINT_CODES, type ReviewPointCode } from './vocab';
import { areaAtLevel } from './read/area-levels';

export interface WorkbookInput {
  sheets: SheetGrid[];
  /** Run date, yyyy-mm-dd, in the spreadsheet's time zone. */
  today: string;
  /** Offset of the spreadsheet's time zone from UTC, for reading Date cells as calendar days. */
  timeZoneOffsetMinutes: number;
  /** The file's locale (getSpreadsheetLocale, "vi_VN"): how it turned a typed "3/2" into a date. */
  locale?: string;
}

export interface Analysis {
  today: Day;
  config: Config;
  schoolYearStart: number;
  /** The Danh sách as the school wrote it. */
  roster: Roster;
  /** Everyone counted: the Danh sách rows (with official ratings where joined), then students only the official results list. */
  students: Student[];
  /** Report columns: the Danh sách areas; with official results Toán, Tiếng Việt, Năng lực, Phẩm chất and any area someone needs. */
  areas: string[];
  /** The levels of the school's khối (PRODUCT 2.3), each with its own table columns, in order TH, THCS, THPT. */
  levels: LevelAreas[];
  /** The official results tabs (PRODUCT 2.2) and how each was used. */
  official: OfficialJoin;
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
  usingDefaultPlan: boolean;
  /** The months (1–12) the school's own Kế hoạch names; the timeline fills the others from the default plan. */
  schoolPlanMonths: number[];
  /** Mentors, the monthly log (Nhật ký) and the early warning (PRODUCT 3.8, 3.9). */
  mentoring: Mentoring;
}

export interface LevelAreas {
  level: Level;
  grades: number[];
  areas: string[];
  /** Review points at which a counted student of the level is rated, in order. */
  reviewPoints: ReviewPointCode[];
}

const SEVERITY_ORDER = { error: 0, warning: 1 };

/** Tabs that may hold official results: every tab that is not an input tab by name nor a generated tab. */
function officialCandidates(sheets: SheetGrid[]): SheetGrid[] {
  const generated = new Set(Object.values(GENERATED_TABS).map(fold));
  return sheets.filter((s) => !inputKind(s.name) && copyOfInput(s.name) === undefined && !generated.has(fold(s.name)));
}

/** Areas always shown once official results are read: the four of the seed table. */
const CORE_AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
/** Areas a secondary table always shows (PRODUCT 2.3). */
const SECONDARY_CORE_AREAS = ['Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện'];

const byReportOrder = (x: string, y: string) => areaOrder(x) - areaOrder(y) || (x < y ? -1 : 1);

/**
 * The report's columns for one level. A vnEdu export rates a dozen subjects; the printed table
 * stays A4-wide by showing, besides the Danh sách's own columns and the core areas (primary: the
 * four of the seed table once official results are read; secondary: always Toán, Ngữ văn, Ngoại
 * ngữ, Học tập, Rèn luyện), only subjects in which at least one counted student of the level needs
 * support at some review point. A Danh sách column of the other level only (Tiếng Việt, Học tập)
 * shows only when a student of this level needs support in it.
 */
function reportAreas(roster: Roster, students: Student[], officialUsed: boolean, level: Level | undefined): string[] {
  const secondary = isSecondary(level);
  const other = secondary ? 'primary' : 'secondary';
  // At primary "Lịch sử" / "Địa lí" columns are the parts of Lịch sử và Địa lí (areaAtLevel).
  const areas = new Set(roster.areas.map((a) => areaAtLevel(a, level)).filter((a) => areaInfo(a)?.level !== other));
  if (secondary) for (const a of SECONDARY_CORE_AREAS) areas.add(a);
  else if (officialUsed) for (const a of CORE_AREAS) areas.add(a);
  for (const s of students) {
    if (s.excluded || (level ? levelOfGrade(s.grade) !== level : isSecondaryGrade(s.grade))) continue;
    for (const review of Object.values(s.reviews) as StudentReview[]) for (const a of review.need) areas.add(a);
  }
  // Names in a Set are distinct: a tie in report order falls back to the names, never to equality.
  return [...areas].sort(byReportOrder);
}

/**
 * Per level (undefined: a khối not known), the review points `isPast` accepts (past ones, or
 * every one) that have a block for that level: a roster column read at the level in a tab holding rows of it, or a counted official
 * tab of a khối of it.
 */
function blockPointsByLevel(roster: Roster, official: OfficialJoin, students: readonly Student[], isPast: (p: ReviewPointCode) => boolean): Map<Level | undefined, Set<ReviewPointCode>> {
  const byLevel = new Map<Level | undefined, Set<ReviewPointCode>>();
  const add = (level: Level | undefined, point: ReviewPointCode) => {
    if (!isPast(point)) return;
    const set = byLevel.get(level) ?? new Set<ReviewPointCode>();
    byLevel.set(level, set.add(point));
  };
  const levelsIn = (list: readonly Student[]) => new Set(list.map((s) => levelOfGrade(s.grade)));
  const every = levelsIn(students);
  for (const tab of roster.tabs) {
    // A tab without rows (a template kept for later) holds blocks for every level of the school.
    const rows = roster.students.filter((s) => s.sheet === tab.sheet);
    for (const level of rows.length > 0 ? levelsIn(rows) : every) for (const rc of tab.layout?.reviewColumns ?? []) add(level, pointAtLevel(rc.reviewPoint, level));
  }
  for (const use of official.tabs) if (use.point) add(levelOfGrade(use.grade), use.point);
  return byLevel;
}

/** Every input tab read once: settings, classes, the roster, the Nhật ký tabs and the official results joined with the roster. */
function readInputs(input: WorkbookInput, today: Day) {
  const tz = input.timeZoneOffsetMinutes;
  const tabs = sortInputTabs(input.sheets);
  const parsed = parseConfig(tabs.config, tz);
  const config = parsed.config;
  const yearNow = schoolYearAgainstToday(tabs.config, config, today);
  const configProblems = yearNow ? [...parsed.problems, yearNow] : parsed.problems;
  const start = schoolYearStart(config, today);
  const classList = parseClassList(tabs.classes);
  // Tabs named alike are never guessed between: with the roster or Lớp in doubt, no totals at all.
  const scoreThreshold = config.scoreThreshold;
  const read = parseRoster(tabs.withheld ? [] : tabs.roster, { classList, timeZoneOffsetMinutes: tz, scoreThreshold, monthFirst: monthFirst(input.locale) });
  // A row with an error across rows (a duplicate) is excluded in a new roster, before the join; `read` stays as read.
  const { roster, problems: crossRow } = validateRoster(read, classList);

  // Any other tab is a log when its header says so (a Google Form's responses tab keeps its name), else maybe official results.
  const candidates = officialCandidates(input.sheets);
  const logTabs: LogTab[] = [];
  const logSheets: SheetGrid[] = [];
  const others = candidates.filter((sheet) => {
    const log = readLogTab(sheet, start, tz, today, input.locale);
    if (log) {
      logTabs.push(log);
      logSheets.push(sheet);
    }
    return !log;
  });
  // The locale is the file's: a date typed day first in one log tab tells how the others were typed.
  const dayFirst = logTabs.find((t) => t.dayFirstTyped)?.dayFirstTyped;
  logTabs.forEach((t, i) => {
    if (dayFirst && t.datesUndecided) logTabs[i] = readLogTab(logSheets[i], start, tz, today, input.locale, dayFirst) as LogTab;
  });
  const unreadForms = others.map(unreadLogTab).filter((p): p is Problem => p !== undefined);
  const officialTabs = tabs.withheld ? [] : others
    .map((sheet) => readOfficialTab(sheet, tz, { scoreThreshold, gradeOf: (name) => classList.byKey.get(classKey(name))?.grade }))
    .filter((tab): tab is OfficialTab => tab !== undefined);
  const rosterPresent = tabs.roster.length > 0;
  const official = joinOfficial(officialTabs, roster, { schoolYear: start, classList, rosterPresent });
  return { tz, tabs, config, configProblems, start, classList, roster, crossRow, logTabs, unreadForms, officialTabs, official, rosterPresent };
}

/** The levels of the school's khối with their report columns, and every column of every level. */
function levelColumns(roster: Roster, students: Student[], perGrade: ReturnType<typeof studentsPerGrade>, officialUsed: boolean): { levels: LevelAreas[]; areas: string[] } {
  const levels: LevelAreas[] = levelsOf(perGrade.keys()).map((level) => ({
    level, grades: [...perGrade.keys()].filter((g) => levelOfGrade(g) === level), areas: reportAreas(roster, students, officialUsed, level),
    reviewPoints: ratedPoints(students.filter((s) => levelOfGrade(s.grade) === level), REVIEW_POINT_CODES),
  }));
  // Every column of every level (a one-level school: its own); without any khối, the primary columns as before.
  const areas = levels.length > 0 ? [...new Set(levels.flatMap((l) => l.areas))].sort(byReportOrder) : reportAreas(roster, students, officialUsed, undefined);
  return { levels, areas };
}

/** The areas a student's columns say at a point: its Danh sách tab's review columns and its official tab's. */
function areasReadAt(roster: Roster): AreasReadAt {
  const byTab = new Map(roster.tabs.map((t) => [t.sheet, t.layout?.reviewColumns ?? []]));
  return (s, point) => new Set([
    ...(byTab.get(s.sheet) ?? []).filter((c) => c.reviewPoint === point).map((c) => c.area),
    ...Object.keys(s.official?.[point]?.areaColumns ?? {}),
  ]);
}

/** Totals per rated review point; a point the official results rate counts THHS from their class tabs. */
function totalsPerPoint(reviewPoints: ReviewPointCode[], students: Student[], areas: string[], official: OfficialJoin, classList: ClassList,
  perGrade: ReturnType<typeof studentsPerGrade>, levelHas: (level: Level | undefined, point: ReviewPointCode) => boolean, readAt: AreasReadAt): Partial<Record<ReviewPointCode, PointTotals>> {
  const totals: Partial<Record<ReviewPointCode, PointTotals>> = {};
  for (const point of reviewPoints) {
    const atPoint = official.points.includes(point) ? studentsPerGrade(students, classList, official.classCountsAt(point)) : perGrade;
    totals[point] = pointTotals(point, students, areas, atPoint, levelHas, readAt);
  }
  return totals;
}

/** Errors first, then by tab, row and column. */
function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareKeys(a.sheet, b.sheet) || a.row - b.row || a.column - b.column);
}

export function analyse(input: WorkbookInput): Analysis {
  const today = parseIsoDay(input.today);
  if (!today) throw new Error(`Invalid run date: ${input.today}`);
  const { tz, tabs, config, configProblems, start, classList, roster, crossRow, logTabs, unreadForms, officialTabs, official, rosterPresent } = readInputs(input, today);
  const officialUsed = official.points.length > 0;
  const students = official.students;
  const perGrade = studentsPerGrade(students, classList, official.classCounts);
  const { levels, areas } = levelColumns(roster, students, perGrade, officialUsed);
  // Without a Danh sách, official results alone are a roster (PRODUCT 2): no ROSTER_MISSING, the
  // only problem a roster read from no tab has.
  // With official results read, a Danh sách of GV hỗ trợ and Hoàn cảnh only is the split PRODUCT
  // 2.2 allows (the ratings come from the class tabs): "no rating column" is no problem then.
  const rosterProblems = tabs.withheld || (officialUsed && !rosterPresent) ? []
    : officialUsed ? roster.problems.filter((p) => p.code !== 'HEADER_NO_REVIEW') : roster.problems;

  const isPast = (p: ReviewPointCode) => isReviewPast(p, config, start, today);
  const plan = parsePlan(tabs.plan, tz, { start, includeSummer: config.includeSummer });
  const reviewPoints = ratedPoints(students, REVIEW_POINT_CODES);
  // A level has a point when a student of it is rated there: a block of columns nobody filled in
  // is no "0 need" row (its students' missing ratings are flagged as not rated instead).
  const levelHas = (level: Level | undefined, point: ReviewPointCode) => level === undefined || levels.length < 2
    || levels.some((l) => l.level === level && l.reviewPoints.includes(point));
  const readAt = areasReadAt(roster);
  const totals = totalsPerPoint(reviewPoints, students, areas, official, classList, perGrade, levelHas, readAt);
  // Each level's own past points: Cuối kì II is no review point of a primary khối, and a primary
  // "Cuối HKII" column (Cuối năm there) is no Cả năm column of a secondary khối.
  const pastAt = blockPointsByLevel(roster, official, students, isPast);
  const pointFlags = students.flatMap((s) => studentFlags(s, pastAt.get(levelOfGrade(s.grade)) ?? new Set()));
  const warnings = supportWarnings(roster, pointFlags);
  const mentoring = buildMentoring(students, logTabs, config, today, (s) => {
    const column = layoutOf(roster, s)?.fields.supporter;
    return column === undefined ? undefined : { sheet: s.sheet, row: s.row, column: column + 1 };
  }, tabs.withheld, homerooms(classList));
  const flags = withMentoringFlags(pointFlags, mentoring, currentReviewPoint(config, start, today));
  const targetsRead = parseTargets(tabs.config, tabs.targets, config.scoreThreshold);
  const targetsJudged = evaluateTargets(targetsRead.targets, reviewPoints, totals, students, areas, [...perGrade.keys()], levels, readAt);
  const timeline = withLogCounts(buildTimeline(config, start, today, plan, totals, flags, targetsJudged.results, levels), mentoring);

  const problems = sortProblems([...tabs.problems, ...rosterProblems, ...crossRow, ...officialTabs.flatMap((t) => t.problems), ...official.problems, ...warnings,
    ...classList.problems, ...blankSizeProblems(students, classList, perGrade), ...configProblems, ...plan.problems, ...targetsRead.problems, ...targetsJudged.problems,
    ...logTabs.flatMap((t) => t.problems), ...unreadForms, ...mentoring.problems]);
  return {
    today, config, schoolYearStart: start, roster, students, areas, levels, official, classList, problems, reviewPoints, totals, flags,
    targets: targetsRead.targets, targetResults: targetsJudged.results, timeline,
    usingDefaultPlan: !plan.present, schoolPlanMonths: [...plan.byMonth.keys()], mentoring,
  };
}
