// Last year's Cuối năm as this year's Đầu năm (PRODUCT 2.2): a student of last year's tab is this
// year's Danh sách row or class-tab student with the same Mã HS (else name + birth date, in any khối:
// one other than the next is said); one not in this year's lists is promoted one khối (a ticked "Chưa lên lớp" stays), unless
// this year's class tabs of that khối say otherwise or the khối is past the school's last. With no
// list of this year at all (early in the school year, only last year's export imported), every
// student is promoted, and Kiểm tra says that this year's class lists were not available.

import { classKey } from '../read/classes';
import { levelOfGrade, type Level } from '../levels';
import { offLevel } from '../read/area-levels';
import { schoolYearLabel } from '../calendar';
import type { Problem, Student } from '../model';
import type { OfficialStudent } from '../read/official';
import type { Roster } from '../read/roster';
import { studentIdKey } from '../text';
import { disagreements, origin } from './adopt';
import { baselineTabProblems, otherGradeProblem, secondRowProblem, type OtherGrade } from './baseline-problems';
import type { RosterIndex } from './roster-index';
import type { OfficialTabUse } from './types';

/** The last khối of the school level a khối belongs to: tiểu học 5, THCS 9, THPT 12. */
export function levelTop(grade: number): number {
  return grade <= 5 ? 5 : grade <= 9 ? 9 : 12;
}

export interface BaselineContext {
  schoolYear: number;
  roster: Roster;
  rosterPresent: boolean;
  index: RosterIndex;
  /** Khối with a class tab of this year. */
  currentGrades: Set<number>;
  /** The school's last khối. */
  topGrade: number;
  problems: Problem[];
}

/** The students counted, replaced by new objects as last year's ratings join them. */
class StudentList {
  private readonly at = new Map<Student, number>();
  private readonly byId = new Map<string, Student>();

  constructor(readonly list: Student[]) {
    list.forEach((s, i) => {
      this.at.set(s, i);
      this.register(s);
    });
  }

  latest(s: Student): Student {
    return this.list[this.at.get(s) as number];
  }

  withId(id: string): Student | undefined {
    const s = id ? this.byId.get(studentIdKey(id)) : undefined;
    return s && this.latest(s);
  }

  replace(s: Student, next: Student): void {
    const i = this.at.get(s) as number;
    this.list[i] = next;
    this.at.set(next, i);
    this.register(next);
  }

  add(s: Student): void {
    this.at.set(s, this.list.length);
    this.list.push(s);
    this.register(s);
  }

  /** A code known to the list finds its student again: a second row of last year's results with it is one child, said once. */
  private register(s: Student): void {
    if (s.studentId && !this.byId.has(studentIdKey(s.studentId))) this.byId.set(studentIdKey(s.studentId), s);
  }
}

/**
 * Last year's ratings given to a student of this year's lists; false (and said) when a row of last
 * year's results was joined to the student already.
 */
function joinLastYear(students: StudentList, found: Student, os: OfficialStudent, use: OfficialTabUse, ctx: BaselineContext): boolean {
  const student = students.latest(found);
  const from = origin(use.tab, os);
  const first = student.official?.DN;
  if (first) {
    ctx.problems.push(secondRowProblem(use.tab, os, student, first));
    return false;
  }
  // A Danh sách row's own Đầu năm cells against last year's results (an official-only student has no cells).
  ctx.problems.push(...disagreements(ctx.roster, student, 'DN', os.review, from));
  students.replace(found, {
    ...student, reviews: { ...student.reviews, DN: os.review }, official: { ...student.official, DN: from },
    studentId: student.studentId || os.studentId,
  });
  return true;
}

/**
 * Last year's result counted in a khối of another level (a TH&THCS school's khối 5 in khối 6): only
 * the areas that level has; the needs of the others (Tiếng Việt, Năng lực …) are returned, to be said.
 */
function atLevelOf(os: OfficialStudent, level: Level | undefined): { os: OfficialStudent; dropped: string[] } {
  const keep = (area: string) => !offLevel(area, level);
  const dropped = os.review.need.filter((area) => !keep(area));
  const review = { ...os.review, need: os.review.need.filter(keep), blank: os.review.blank.filter(keep) };
  return { os: { ...os, review }, dropped };
}

/** The student of this year's lists a row of last year's results is: same Mã HS, else name + birth date. */
function findListed(students: StudentList, os: OfficialStudent, nextGrade: number, ctx: BaselineContext): Student | undefined {
  const byId = students.withId(os.studentId);
  if (byId) return byId;
  const found = ctx.index.findPromoted(os.name, os.birthDate, nextGrade);
  if (found) ctx.index.claim(found);
  return found && students.latest(found);
}

/** One baseline tab: each rated student joined, promoted, or named as gone; needs of areas the student's new level lacks named. */
function readBaselineTab(students: StudentList, use: OfficialTabUse, ctx: BaselineContext): { gone: string[]; promoted: number; otherLevel: string[]; otherGrade: OtherGrade[] } {
  const { tab, grade } = use;
  const lastYear = schoolYearLabel(ctx.schoolYear - 1);
  const gone: string[] = [];
  const otherLevel: string[] = [];
  const otherGrade: OtherGrade[] = [];
  let promoted = 0;
  for (const written of tab.students) {
    if (written.excluded || !written.review.rated) continue;
    const nextGrade = (grade as number) + (written.notPromoted ? 0 : 1);
    const found = findListed(students, written, nextGrade, ctx);
    const { os, dropped } = atLevelOf(written, levelOfGrade(found?.grade ?? nextGrade));
    if (found) {
      if (!joinLastYear(students, found, os, use, ctx)) continue;
      if (found.grade !== undefined && found.grade !== nextGrade) otherGrade.push({ problem: otherGradeProblem(ctx.roster, tab, os, found, nextGrade, lastYear), listedIn: found.className });
    } else if (ctx.currentGrades.has(nextGrade) || nextGrade > ctx.topGrade) {
      // Not in this year's lists, and this year's class tabs of that khối (or the school's last khối) say the student left.
      gone.push(os.name);
      continue;
    } else {
      const className = `${tab.className} (${lastYear})`;
      promoted++;
      students.add({
        sheet: tab.sheet, row: os.row, studentId: os.studentId, name: os.name, className, classKey: classKey(className), grade: nextGrade,
        birthDate: os.birthDate, female: os.female, disability: false, supporters: [],
        reviews: { DN: os.review }, excluded: false, official: { DN: origin(tab, os) }, notListed: ctx.rosterPresent, promoted: true,
      });
    }
    if (dropped.length > 0) otherLevel.push(`${os.name} (${dropped.join(', ')})`);
  }
  return { gone, promoted, otherLevel, otherGrade };
}

/**
 * The students with last year's Cuối năm joined as Đầu năm, as a new list; `withoutLists` when
 * there is no list of this year (no Danh sách, no class tab of this year) and students were promoted.
 */
export function joinBaselines(list: Student[], baselines: OfficialTabUse[], ctx: BaselineContext): { students: Student[]; withoutLists: boolean } {
  const students = new StudentList([...list]);
  const withoutLists = !ctx.rosterPresent && ctx.currentGrades.size === 0;
  const [lastYear, thisYear] = [schoolYearLabel(ctx.schoolYear - 1), schoolYearLabel(ctx.schoolYear)];
  let promotedAny = false;
  for (const use of baselines) {
    const found = readBaselineTab(students, use, ctx);
    ctx.problems.push(...baselineTabProblems(use.tab, lastYear, thisYear, { ...found, withoutLists }));
    promotedAny ||= withoutLists && found.promoted > 0;
  }
  return { students: students.list, withoutLists: promotedAny };
}
