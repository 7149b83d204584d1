// The JSON of PRODUCT section 6: what the local runner writes and the sidebar shows.
// Only JSON-safe values (no Date, no undefined) so it also crosses google.script.run.

import type { Analysis } from './analyse';
import { schoolYearLabel } from './calendar';
import type { FlagKind } from './flags';
import type { Problem } from './model';
import type { Counts, GradeCounts } from './totals';
import type { ReviewPointCode } from './vocab';

export interface CountsJson {
  students: number;
  needSupport: number;
  byArea: Record<string, number>;
  disability: number;
}

export interface GradeJson extends CountsJson {
  grade: number;
  studentsSource: 'classList' | 'roster';
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

export interface RunReport {
  schoolYear: string;
  today: string;
  reviewPoints: ReviewPointCode[];
  areas: string[];
  totals: Partial<Record<ReviewPointCode, { byGrade: GradeJson[]; total: CountsJson }>>;
  flags: FlagJson[];
  problems: ProblemJson[];
  timeline: TimelineJson[];
  /** Student rows read, counted and excluded by an error; `skipped`: rows under a header that are not students. */
  rows: { read: number; counted: number; excluded: number; skipped: number };
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
  const students = analysis.roster.students;
  const excluded = students.filter((s) => s.excluded).length;
  const { year, month, day } = analysis.today;
  return {
    schoolYear: schoolYearLabel(analysis.schoolYearStart),
    today: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    reviewPoints: [...analysis.reviewPoints],
    areas: [...analysis.roster.areas],
    totals,
    flags: analysis.flags.map((f) => ({
      reviewPoint: f.reviewPoint, sheet: f.student.sheet, row: f.student.row, name: f.student.name,
      class: f.student.className, kinds: [...f.kinds], areas: [...f.areas],
    })),
    problems: analysis.problems.map((p) => ({ sheet: p.sheet, cell: p.cell, severity: p.severity, code: p.code, message: p.message })),
    timeline: analysis.timeline.map((m) => ({
      month: m.month, reviewPoint: m.reviewPoint, needSupport: m.needSupport, improved: m.improved, noSupporter: m.noSupporter, status: m.status,
    })),
    rows: {
      read: students.length, counted: students.length - excluded, excluded,
      skipped: (Object.values(analysis.roster.skipped) as number[]).reduce((x, y) => x + y, 0),
    },
  };
}
