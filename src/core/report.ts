// The JSON of PRODUCT section 6: what the local runner writes and the sidebar shows.
// Only JSON-safe values (no Date, no undefined) so it also crosses google.script.run.

import type { Analysis } from './analyse';
import { schoolYearLabel } from './calendar';
import type { FlagKind } from './flags';
import type { Problem } from './model';
import type { Counts, GradeCounts, StudentsSource } from './totals';
import type { ReviewPointCode } from './vocab';

export interface CountsJson {
  students: number;
  needSupport: number;
  byArea: Record<string, number>;
  disability: number;
}

export interface GradeJson extends CountsJson {
  grade: number;
  studentsSource: StudentsSource;
}

export interface FlagJson {
  reviewPoint: ReviewPointCode;
  sheet: string;
  row: number;
  name: string;
  class: string;
  kinds: FlagKind[];
  areas: string[];
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
  needSupport: number | null;
  improved: number | null;
  noSupporter: number | null;
  status: string;
}

/** An input tab read (PRODUCT 6): the roster, or an official results tab and how it was used. */
export interface SourceJson {
  sheet: string;
  kind: 'roster' | 'official';
  class?: string;
  reviewPoint?: ReviewPointCode;
  schoolYear?: string;
  /** Official tabs: students read, whether the tab counts, and as which review point (DN for last year's CN). */
  students?: number;
  counted?: boolean;
  usedAs?: ReviewPointCode;
}

export interface RunReport {
  schoolYear: string;
  today: string;
  reviewPoints: ReviewPointCode[];
  areas: string[];
  totals: Partial<Record<ReviewPointCode, { byGrade: GradeJson[]; total: CountsJson }>>;
  flags: FlagJson[];
  problems: ProblemJson[];
  timeline: TimelineJson[];
  rows: { read: number; counted: number; excluded: number };
  sources: SourceJson[];
}

function sources(analysis: Analysis): SourceJson[] {
  const list: SourceJson[] = [];
  if (analysis.roster.layout || analysis.roster.students.length > 0) list.push({ sheet: analysis.roster.sheet, kind: 'roster' });
  for (const { tab, use, point } of analysis.official.tabs) {
    const counted = use === 'current' || use === 'baseline';
    list.push({
      sheet: tab.sheet, kind: 'official', class: tab.className,
      ...(tab.reviewPoint ? { reviewPoint: tab.reviewPoint } : {}),
      ...(tab.schoolYear !== undefined ? { schoolYear: schoolYearLabel(tab.schoolYear) } : {}),
      students: tab.students.length, counted, ...(counted && point ? { usedAs: point } : {}),
    });
  }
  return list;
}

function counts(c: Counts): CountsJson {
  return { students: c.students, needSupport: c.needSupport, byArea: { ...c.byArea }, disability: c.disability };
}

function grade(g: GradeCounts): GradeJson {
  return { grade: g.grade, ...counts(g), studentsSource: g.studentsSource };
}

export function buildReport(analysis: Analysis): RunReport {
  const totals: RunReport['totals'] = {};
  for (const point of analysis.reviewPoints) {
    const t = analysis.totals[point];
    if (t) totals[point] = { byGrade: t.byGrade.map(grade), total: counts(t.total) };
  }
  const students = analysis.students;
  const excluded = students.filter((s) => s.excluded).length;
  const { year, month, day } = analysis.today;
  return {
    schoolYear: schoolYearLabel(analysis.schoolYearStart),
    today: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    reviewPoints: [...analysis.reviewPoints],
    areas: [...analysis.areas],
    totals,
    flags: analysis.flags.map((f) => ({
      reviewPoint: f.reviewPoint, sheet: f.student.sheet, row: f.student.row, name: f.student.name,
      class: f.student.className, kinds: [...f.kinds], areas: [...f.areas],
    })),
    problems: analysis.problems.map((p) => ({ sheet: p.sheet, cell: p.cell, severity: p.severity, code: p.code, message: p.message })),
    timeline: analysis.timeline.map((m) => ({
      month: m.month, reviewPoint: m.reviewPoint, needSupport: m.needSupport, improved: m.improved, noSupporter: m.noSupporter, status: m.status,
    })),
    rows: { read: students.length, counted: students.length - excluded, excluded },
    sources: sources(analysis),
  };
}
