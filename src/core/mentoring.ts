// Mentors, the monthly log and the early warning put together for one run (PRODUCT 3.8, 3.9): per
// student its mentors, log and signals; per mentor its students and who has no entry this month;
// and the flags `noLog` and `atRisk` added to the review-point flags.

import { monthKey, schoolMonths, schoolYearStart, yearOfMonth, type Day } from './calendar';
import type { Homerooms } from './read/classes';
import type { Config } from './read/config';
import type { LogTab } from './read/log';
import { readMentorName } from './read/mentor-names';
import type { Flag, FlagKind } from './rules/flags';
import type { TimelineMonth } from './rules/timeline';
import { mentorNamesOf } from './rules/homeroom-mentors';
import { groupMentors, matchLog, pastDeadline, studentLogs, type MatchedEntry, type Mentor, type StudentLog } from './rules/mentors';
import { riskSignals, type RiskResult } from './rules/risk';
import type { Problem, Student, StudentReview } from './model';
import { latestRatedPoint } from './rated';
import { REVIEW_POINT_CODES, type ReviewPointCode } from './vocab';

export interface StudentMentoring {
  student: Student;
  /** Mentor names as shown, in the order the roster lists them; `support` for "(hỗ trợ)". */
  mentors: Array<{ name: string; support: boolean }>;
  log: StudentLog;
  risk: RiskResult;
  /** Has a mentor and still needs help: needs support at its latest rating, has a Hoàn cảnh, is at risk, or is not rated yet. */
  underSupport: boolean;
  /**
   * A report is owed this month and none is written: the school keeps a log, the run date is in a
   * school month (September to May), the student has a mentor and needs support at its latest
   * rating or is at risk (PRODUCT 3.8: "a student needing support"), and has no entry this month.
   */
  owesLog: boolean;
  /** Owes this month's report and the deadline has passed. */
  noLog: boolean;
}

export interface MentorStatus extends Mentor {
  /** Students with an entry this month. */
  loggedThisMonth: Student[];
  /** Students this mentor owes a report for (not marked "(hỗ trợ)") with no entry this month (StudentMentoring.owesLog). */
  missing: Student[];
}

export interface Mentoring {
  /** The log tabs read (a Google Form responses tab, a tab typed by hand). */
  logTabs: LogTab[];
  matched: MatchedEntry[];
  mentors: MentorStatus[];
  byStudent: Map<Student, StudentMentoring>;
  /** yyyy-mm of the run date. */
  month: string;
  deadlineDay: number;
  pastDeadline: boolean;
  problems: Problem[];
}

/** The review point whose period the run date is in (by the review months of Cấu hình); DN before the first. */
export function currentReviewPoint(config: Config, start: number, today: Day): ReviewPointCode {
  let current: ReviewPointCode = 'DN';
  const now = today.year * 12 + today.month;
  for (const point of REVIEW_POINT_CODES) {
    const month = config.reviewMonths[point];
    if (month !== undefined && yearOfMonth(start, month) * 12 + month <= now) current = point;
  }
  return current;
}

function latestNeed(student: Student): string[] | undefined {
  const last = latestRatedPoint(student);
  return last ? (student.reviews[last] as StudentReview).need : undefined;
}

/**
 * `rosterWithheld`: the roster is not read (two tabs named alike, PRODUCT 6), so no log row can be
 * matched to a student: the rows are kept unmatched without a problem each (the tab conflict is the one to fix).
 * `homerooms`: the Lớp tab's GVCN of each class, whom a "GVCN" mentor cell names.
 */
export function buildMentoring(students: readonly Student[], logTabs: LogTab[], config: Config, today: Day,
  supporterCell: (s: Student) => { sheet: string; row: number; column: number } | undefined, rosterWithheld: boolean, homerooms: Homerooms): Mentoring {
  const { matched, problems: matchProblems } = rosterWithheld
    ? { matched: logTabs.flatMap((t) => t.entries.map((entry): MatchedEntry => ({ entry }))), problems: [] }
    : matchLog(logTabs, students);
  const logs = studentLogs(matched, today);
  const { mentors, problems: nameProblems } = groupMentors(students, supporterCell, homerooms);
  const shownName = new Map<string, string>();
  for (const m of mentors) for (const s of m.spellings) shownName.set(readMentorName(s).written, m.name);
  // Reports are owed in the months of the timeline: June–August only when the school supports students in the summer (Cấu hình "Hỗ trợ hè").
  const start = schoolYearStart(config, today);
  const schoolMonth = schoolMonths(start, config.includeSummer).some(([year, month]) => year === today.year && month === today.month);
  const reportsDue = logTabs.length > 0 && schoolMonth;
  const late = pastDeadline(today, config.monthlyDeadlineDay);
  // A Buổi nghỉ count naming no point, of a student rated nowhere, is held at the point the run date is in.
  const current = currentReviewPoint(config, start, today);
  const byStudent = new Map<Student, StudentMentoring>();
  for (const student of students) {
    if (student.excluded) continue;
    const risk = riskSignals(student, config.risk, current);
    const log = logs.get(student) ?? { entries: [], thisMonth: [] };
    const own = mentorNamesOf(student, homerooms).filter((m) => m.key);
    const need = latestNeed(student);
    const underSupport = own.length > 0 && (need === undefined || need.length > 0 || student.hardship !== undefined || risk.atRisk);
    const owesLog = reportsDue && own.length > 0 && ((need?.length ?? 0) > 0 || risk.atRisk) && log.thisMonth.length === 0;
    byStudent.set(student, {
      student,
      mentors: own.map((m) => ({ name: shownName.get(m.written) ?? m.name, support: m.support })),
      log, risk, underSupport, owesLog,
      noLog: late && owesLog,
    });
  }
  const statuses = mentors.map((m): MentorStatus => {
    // A student whose every mentor is marked "(hỗ trợ)" is owed by all of them.
    const owes = (s: Student, support: boolean) => !support || (byStudent.get(s)?.mentors.every((x) => x.support) ?? false);
    return {
      ...m,
      loggedThisMonth: m.students.filter(({ student }) => (byStudent.get(student)?.log.thisMonth.length ?? 0) > 0).map((x) => x.student),
      missing: m.students.filter(({ student, support }) => owes(student, support) && byStudent.get(student)?.owesLog).map((x) => x.student),
    };
  });
  return {
    logTabs, matched, mentors: statuses, byStudent, month: monthKey(today.year, today.month), deadlineDay: config.monthlyDeadlineDay,
    pastDeadline: late, problems: [...matchProblems, ...nameProblems],
  };
}

/**
 * The review-point flags with `noLog` and `atRisk` added: at the student's latest review point
 * with data (for noLog without any, the point whose period the run date is in). New flags, never
 * the input's.
 */
export function withMentoringFlags(flags: readonly Flag[], mentoring: Mentoring, current: ReviewPointCode): Flag[] {
  const extra = new Map<Student, { point: ReviewPointCode; kinds: FlagKind[]; sm: StudentMentoring }>();
  for (const sm of mentoring.byStudent.values()) {
    const kinds: FlagKind[] = [];
    if (sm.noLog) kinds.push('noLog');
    if (sm.risk.atRisk) kinds.push('atRisk');
    if (kinds.length > 0) extra.set(sm.student, { point: sm.risk.point ?? current, kinds, sm });
  }
  const out: Flag[] = [];
  const placed = new Set<Student>();
  const add = (flag: Flag, x: { kinds: FlagKind[]; sm: StudentMentoring }): Flag => ({
    ...flag, kinds: [...flag.kinds, ...x.kinds], ...(x.sm.risk.atRisk ? { reasons: x.sm.risk.reasons } : {}),
  });
  for (const flag of flags) {
    const x = extra.get(flag.student);
    if (x && x.point === flag.reviewPoint) {
      out.push(add(flag, x));
      placed.add(flag.student);
    } else out.push(flag);
  }
  for (const [student, x] of extra) {
    if (placed.has(student)) continue;
    const need = student.reviews[x.point]?.need ?? [];
    out.push(add({ reviewPoint: x.point, student, kinds: [], areas: need }, x));
  }
  // An at-risk student without a mentor comes first everywhere (PRODUCT 3.9).
  const first = (f: Flag) => (atRiskWithoutMentor(f) ? 0 : 1);
  return out.map((f, i) => ({ f, i })).sort((a, b) => first(a.f) - first(b.f) || a.i - b.i).map((x) => x.f);
}

/** The one definition of "at risk and no mentor" (PRODUCT 3.9): the flag says atRisk and the roster names no GV hỗ trợ. */
export function atRiskWithoutMentor(flag: Pick<Flag, 'kinds' | 'student'>): boolean {
  return flag.kinds.includes('atRisk') && flag.student.supporters.length === 0;
}

/** Lịch tháng with, per past and current month, how many students under support have a log entry (only with a log). */
export function withLogCounts(timeline: readonly TimelineMonth[], mentoring: Mentoring): TimelineMonth[] {
  if (mentoring.logTabs.length === 0) return [...timeline];
  const supported = [...mentoring.byStudent.values()].filter((sm) => sm.underSupport);
  return timeline.map((m) => ({
    ...m,
    logged: m.status === 'upcoming' ? null
      : { students: supported.filter((sm) => sm.log.entries.some((e) => e.month === m.month)).length, supported: supported.length },
  }));
}
