// The JSON of PRODUCT section 6: what the local runner writes and the sidebar shows.
// Only JSON-safe values (no Date, no undefined) so it also crosses google.script.run.

import type { Analysis } from './analyse';
import { schoolYearLabel } from './calendar';
import type { FlagKind } from './rules/flags';
import { atRiskWithoutMentor } from './mentoring';
import type { RiskReason } from './rules/risk';
import type { Problem } from './model';
import type { TargetResult } from './rules/targets';
import type { Verdict } from './rules/target-text';
import type { Counts, GradeCounts, PointTotals, StudentsSource } from './rules/totals';
import type { Level } from './levels';
import type { ReviewPointCode } from './vocab';

export interface CountsJson {
  students: number;
  needSupport: number;
  /** Per area; an area no column says (noColumn) is left out, never 0. */
  byArea: Record<string, number>;
  disability: number;
  /** Secondary: areas of the table no column of the khối says at this point (printed "–"). */
  noColumn?: string[];
}

export interface GradeJson extends CountsJson {
  grade: number;
  studentsSource: StudentsSource;
  /** Classes whose Sĩ số is blank in the Lớp tab, counted in THHS by their roster rows. */
  rowClasses?: string[];
}

export interface FlagJson {
  reviewPoint: ReviewPointCode;
  sheet: string;
  row: number;
  name: string;
  class: string;
  /** The student's khối, when known: its level says which review point is its newest (levels.ts). */
  grade?: number;
  kinds: FlagKind[];
  areas: string[];
  /** With atRisk: the early-warning signals that are on, as words (PRODUCT 3.9). */
  reasons?: RiskReason[];
  /** At risk and the roster names no mentor (mentoring.ts atRiskWithoutMentor). */
  withoutMentor?: true;
}

/** PRODUCT 3.8: one mentor, however many ways the roster writes the name. */
export interface MentorJson {
  name: string;
  /** How many students the mentor has (as first or second mentor). */
  students: number;
  /** How many of them have a log entry this month. */
  loggedThisMonth: number;
  /** Students the mentor reports on who still need help and have no entry this month. */
  missing: string[];
  /** Every spelling of the name in the roster, when there are several. */
  spellings?: string[];
}

/** The monthly log as read: tabs, rows, rows matched to a student, the month and its deadline. */
export interface LogJson {
  sheets: string[];
  entries: number;
  matched: number;
  month: string;
  deadlineDay: number;
  pastDeadline: boolean;
}

export interface ProblemJson {
  sheet: string;
  cell: string;
  severity: Problem['severity'];
  code: Problem['code'];
  message: string;
}

export interface TimelineJson {
  month: string;
  reviewPoint: ReviewPointCode | null;
  /** The review point the month's numbers are from (the latest rated one on or before the month). */
  numbersAt: ReviewPointCode | null;
  /** A school of several levels: each level's own newest point by that month, which its numbers are from. */
  levels?: Array<{ level: Level; numbersAt: ReviewPointCode }>;
  needSupport: number | null;
  improved: number | null;
  noSupporter: number | null;
  /** Targets judged at `numbersAt` and how many of them are not met; null without targets. */
  targets: { judged: number; notMet: number } | null;
  status: string;
  /** With a Nhật ký (PRODUCT 3.8): students under support with an entry that month, of how many; null for months to come. */
  logged?: { students: number; supported: number } | null;
}

/** An input tab read (PRODUCT 6): the roster, or an official results tab and how it was used. */
export interface SourceJson {
  sheet: string;
  kind: 'roster' | 'official';
  class?: string;
  reviewPoint?: ReviewPointCode;
  schoolYear?: string;
  /** Official tabs: the khối's level (PRODUCT 2.3), when the class name tells it. */
  level?: Level;
  /** Official tabs: students read, whether the tab counts, and as which review point (DN for last year's CN). */
  students?: number;
  counted?: boolean;
  usedAs?: ReviewPointCode;
}

/** PRODUCT 6: one target at one review point, for one khối or (grade null) the whole school. */
export interface TargetJson {
  reviewPoint: ReviewPointCode;
  grade: number | null;
  /** An area name, or the group "Môn học", "Năng lực", "Phẩm chất". */
  area: string;
  /** Percent: 99.7 means 99,7%. */
  target: number;
  /** "trên 99,7%": met only above the target. */
  above: boolean;
  /** Percent of students not needing support in the area, over THHS, rounded down to 2 decimals. */
  achieved: number;
  /** achieved − target, in percentage points. */
  gap: number;
  verdict: Verdict;
  gapStudents: number;
  students: number;
  needSupport: number;
}

export interface RunReport {
  schoolYear: string;
  today: string;
  reviewPoints: ReviewPointCode[];
  areas: string[];
  /** The school's levels (PRODUCT 2.3): each with its khối, its table's columns and its rated review points. */
  levels: Array<{ level: Level; grades: number[]; areas: string[]; reviewPoints: ReviewPointCode[] }>;
  /** `unratedGrades`: khối left out of the point's rows and TC, none of their students rated there yet. */
  totals: Partial<Record<ReviewPointCode, { byGrade: GradeJson[]; total: CountsJson; unratedGrades?: number[] }>>;
  flags: FlagJson[];
  problems: ProblemJson[];
  timeline: TimelineJson[];
  /** Only when the school has set targets. */
  targets?: TargetJson[];
  /** Student rows read, counted and excluded by an error; `skipped`: rows under a header that are not students. */
  rows: { read: number; counted: number; excluded: number; skipped: number };
  sources: SourceJson[];
  mentors: MentorJson[];
  /** Only when a Nhật ký tab exists. */
  log?: LogJson;
}

function sources(analysis: Analysis): SourceJson[] {
  const list: SourceJson[] = [];
  for (const tab of analysis.roster.tabs) if (tab.layout) list.push({ sheet: tab.sheet, kind: 'roster' });
  for (const { tab, use, point } of analysis.official.tabs) {
    const counted = use === 'current' || use === 'baseline';
    list.push({
      sheet: tab.sheet, kind: 'official', class: tab.className,
      ...(tab.reviewPoint ? { reviewPoint: tab.reviewPoint } : {}),
      ...(tab.schoolYear !== undefined ? { schoolYear: schoolYearLabel(tab.schoolYear) } : {}),
      ...(tab.level ? { level: tab.level } : {}),
      students: tab.students.length, counted, ...(counted && point ? { usedAs: point } : {}),
    });
  }
  return list;
}

function targetJson(r: TargetResult): TargetJson {
  return {
    reviewPoint: r.reviewPoint, grade: r.grade, area: r.area, target: r.target.basisPoints / 100, above: r.target.above,
    achieved: r.achieved / 100, gap: (r.achieved - r.target.basisPoints) / 100, verdict: r.verdict, gapStudents: r.gapStudents,
    students: r.students, needSupport: r.needSupport,
  };
}

/** Counts as the JSON says them: an area no column says is named in noColumn, never counted as 0. */
export function countsJson(c: Counts): CountsJson {
  const unknown = c.noColumn ?? [];
  const byArea = Object.fromEntries(Object.entries(c.byArea).filter(([a]) => !unknown.includes(a)));
  return { students: c.students, needSupport: c.needSupport, byArea, disability: c.disability, ...(unknown.length > 0 ? { noColumn: [...unknown] } : {}) };
}

/** A khối's row over its own level's areas only (a TH&THCS school's khối 6 lists no Tiếng Việt). */
function grade(g: GradeCounts, levels: Analysis['levels']): GradeJson {
  const areas = levels.find((l) => l.grades.includes(g.grade))?.areas;
  const noColumn = g.noColumn && areas ? g.noColumn.filter((a) => areas.includes(a)) : g.noColumn;
  const own = areas ? { ...g, byArea: Object.fromEntries(areas.map((a) => [a, g.byArea[a] ?? 0])), noColumn } : g;
  return { grade: g.grade, ...countsJson(own), studentsSource: g.studentsSource, ...(g.rowClasses ? { rowClasses: g.rowClasses } : {}) };
}

export function buildReport(analysis: Analysis): RunReport {
  const totals: RunReport['totals'] = {};
  for (const point of analysis.reviewPoints) {
    const t = analysis.totals[point] as PointTotals; // every review point listed has its totals
    totals[point] = { byGrade: t.byGrade.map((g) => grade(g, analysis.levels)), total: countsJson(t.total), ...(t.unrated ? { unratedGrades: [...t.unrated] } : {}) };
  }
  const students = analysis.students;
  const excluded = students.filter((s) => s.excluded).length;
  const { year, month, day } = analysis.today;
  return {
    schoolYear: schoolYearLabel(analysis.schoolYearStart),
    today: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    reviewPoints: [...analysis.reviewPoints],
    areas: [...analysis.areas],
    levels: analysis.levels.map((l) => ({ level: l.level, grades: [...l.grades], areas: [...l.areas], reviewPoints: [...l.reviewPoints] })),
    totals,
    flags: analysis.flags.map((f) => ({
      reviewPoint: f.reviewPoint, sheet: f.student.sheet, row: f.student.row, name: f.student.name,
      class: f.student.className, ...(f.student.grade !== undefined ? { grade: f.student.grade } : {}), kinds: [...f.kinds], areas: [...f.areas], ...(f.reasons ? { reasons: [...f.reasons] } : {}),
      ...(atRiskWithoutMentor(f) ? { withoutMentor: true as const } : {}),
    })),
    problems: analysis.problems.map((p) => ({ sheet: p.sheet, cell: p.cell, severity: p.severity, code: p.code, message: p.message })),
    timeline: analysis.timeline.map((m) => ({
      month: m.month, reviewPoint: m.reviewPoint, numbersAt: m.numbersAt,
      ...(m.newest.some((n) => n.level) ? { levels: m.newest.map((n) => ({ level: n.level as Level, numbersAt: n.point })) } : {}),
      needSupport: m.needSupport, improved: m.improved,
      noSupporter: m.noSupporter, targets: m.targets && { judged: m.targets.judged, notMet: m.targets.notMet.length }, status: m.status,
      ...(m.logged !== undefined ? { logged: m.logged && { ...m.logged } } : {}),
    })),
    ...(analysis.targets.length > 0 ? { targets: analysis.targetResults.map(targetJson) } : {}),
    rows: {
      read: students.length, counted: students.length - excluded, excluded,
      skipped: (Object.values(analysis.roster.skipped) as number[]).reduce((x, y) => x + y, 0),
    },
    sources: sources(analysis),
    ...mentoringJson(analysis),
  };
}

function mentoringJson(analysis: Analysis): { mentors: MentorJson[]; log?: LogJson } {
  const m = analysis.mentoring;
  const mentors = m.mentors.map((x): MentorJson => ({
    name: x.name, students: x.students.length, loggedThisMonth: x.loggedThisMonth.length, missing: x.missing.map((s) => s.name),
    ...(x.spellings.length > 1 ? { spellings: [...x.spellings] } : {}),
  }));
  if (m.logTabs.length === 0) return { mentors };
  return {
    mentors,
    log: {
      sheets: m.logTabs.map((t) => t.sheet), entries: m.matched.length, matched: m.matched.filter((x) => x.student).length,
      month: m.month, deadlineDay: m.deadlineDay, pastDeadline: m.pastDeadline,
    },
  };
}
