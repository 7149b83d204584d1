// Last year's Cuối năm as this year's Đầu năm (PRODUCT 2.2): a student of last year's tab is this
// year's Danh sách row or class-tab student with the same Mã HS (else name + birth date in the khối
// above); one not in this year's lists is promoted one khối (a ticked "Chưa lên lớp" stays), unless
// this year's class tabs of that khối say otherwise or the khối is past the school's last. With no
// list of this year at all (early in the school year, only last year's export imported), every
// student is promoted, and Kiểm tra says that this year's class lists were not available.

import { classKey } from '../read/classes';
import { LEVEL_SHORT, levelOfGrade, pointLabelAt, type Level } from '../levels';
import { offLevel } from '../read/area-levels';
import { schoolYearLabel } from '../calendar';
import type { Problem, Student } from '../model';
import { problemAt } from '../problem';
import type { OfficialStudent } from '../read/official';
import type { Roster } from '../read/roster';
import { studentIdKey } from '../text';
import { disagreements, origin } from './adopt';
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
      if (s.studentId && !this.byId.has(studentIdKey(s.studentId))) this.byId.set(studentIdKey(s.studentId), s);
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
  }

  add(s: Student): void {
    this.at.set(s, this.list.length);
    this.list.push(s);
    // A promoted student's code finds it again: a row pasted twice, or a code shared, is one child, said once.
    if (s.studentId && !this.byId.has(studentIdKey(s.studentId))) this.byId.set(studentIdKey(s.studentId), s);
  }
}

/** Last year's ratings given to a student of this year's lists, unless it has them from another tab. */
function joinLastYear(students: StudentList, found: Student, os: OfficialStudent, use: OfficialTabUse, ctx: BaselineContext): void {
  const student = students.latest(found);
  const from = origin(use.tab, os);
  const first = student.official?.DN;
  if (first) {
    // Already joined from another row of last year's results: counted once, and the school told.
    ctx.problems.push(problemAt(use.tab.sheet, os.row, from.nameColumn, 'warning', 'OFFICIAL_DUPLICATE',
      `${os.name}${os.studentId ? ` (Mã HS ${os.studentId})` : ''} đã có ở kết quả năm trước, trang "${first.sheet}" dòng ${first.row}${student.name !== os.name ? ` (${student.name})` : ''}: em được tính ở mốc Đầu năm một lần, theo dòng đó. Nếu đây là hai em khác nhau, sửa Mã HS cho đúng.`,
      use.tab.className));
    return;
  }
  // A Danh sách row's own Đầu năm cells against last year's results (an official-only student has no cells).
  ctx.problems.push(...disagreements(ctx.roster, student, 'DN', os.review, from));
  students.replace(found, {
    ...student, reviews: { ...student.reviews, DN: os.review }, official: { ...student.official, DN: from },
    studentId: student.studentId || os.studentId,
  });
}

/**
 * Last year's student found in this year's lists in another khối than the expected one: kept back (a
 * THCS or THPT export does not say), a "Chưa lên lớp" tick missed, or a class written wrong. Its
 * Cuối năm counts in the khối it is listed in, and the school is told, at the results row.
 */
function otherGrade(use: OfficialTabUse, os: OfficialStudent, found: Student, expected: number, lastYear: string): Problem {
  const { tab } = use;
  return problemAt(tab.sheet, os.row, origin(tab, os).nameColumn, 'warning', 'OFFICIAL_GRADE_DIFFERS',
    `${os.name} (lớp ${tab.className} năm học ${lastYear}) có trong danh sách năm nay ở lớp ${found.className} (khối ${found.grade}), không phải khối ${expected}. Kết quả ${pointLabelAt('CN', tab.level)} năm trước của em được tính ở mốc Đầu năm của khối ${found.grade}. Nếu lớp năm nay đúng (em ở lại lớp, hoặc ô "Chưa lên lớp" năm trước đánh nhầm) thì không cần sửa; nếu không, sửa cột Lớp của em trong Danh sách.`,
    tab.className);
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

/** One baseline tab: each rated student joined, promoted, or named as gone; needs of areas the student's new level lacks named. */
function readBaselineTab(students: StudentList, use: OfficialTabUse, ctx: BaselineContext): { gone: string[]; promoted: number; otherLevel: string[] } {
  const { tab, grade } = use;
  const lastYear = schoolYearLabel(ctx.schoolYear - 1);
  const gone: string[] = [];
  const otherLevel: string[] = [];
  let promoted = 0;
  for (const written of tab.students) {
    if (written.excluded || !written.review.rated) continue;
    const nextGrade = (grade as number) + (written.notPromoted ? 0 : 1);
    let found = students.withId(written.studentId);
    if (!found) {
      found = ctx.index.findPromoted(written.name, written.birthDate, nextGrade);
      if (found) ctx.index.claim(found);
    }
    const { os, dropped } = atLevelOf(written, levelOfGrade(found?.grade ?? nextGrade));
    if (found) {
      if (found.grade !== undefined && found.grade !== nextGrade) ctx.problems.push(otherGrade(use, os, found, nextGrade, lastYear));
      joinLastYear(students, found, os, use, ctx);
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
  return { gone, promoted, otherLevel };
}

/**
 * The students with last year's Cuối năm joined as Đầu năm, as a new list; `withoutLists` when
 * there is no list of this year (no Danh sách, no class tab of this year) and students were promoted.
 */
export function joinBaselines(list: Student[], baselines: OfficialTabUse[], ctx: BaselineContext): { students: Student[]; withoutLists: boolean } {
  const students = new StudentList([...list]);
  const withoutLists = !ctx.rosterPresent && ctx.currentGrades.size === 0;
  const lastYear = schoolYearLabel(ctx.schoolYear - 1);
  let promotedAny = false;
  for (const use of baselines) {
    const { tab } = use;
    const { gone, promoted, otherLevel } = readBaselineTab(students, use, ctx);
    const [row, column] = tab.titleCells.className ?? [1, 1];
    if (otherLevel.length > 0) {
      ctx.problems.push(problemAt(tab.sheet, row, column, 'warning', 'OFFICIAL_BASELINE_OTHER_LEVEL',
        `Trang "${tab.sheet}" (${pointLabelAt('CN', tab.level)} ${lastYear}) là kết quả ${tab.level === 'TH' ? 'tiểu học' : LEVEL_SHORT[tab.level as Level]}, được tính ở mốc Đầu năm của khối trên, cấp khác: chỉ các môn có ở cấp mới được tính. ${otherLevel.length} em cần hỗ trợ năm trước ở môn, mặt không có ở cấp mới nên không được tính ở mốc Đầu năm: ${otherLevel.slice(0, 5).join('; ')}${otherLevel.length > 5 ? '; …' : ''}. Nếu em vẫn cần hỗ trợ, ghi ở cột Đầu năm của môn tương ứng trong Danh sách.`, tab.className));
    }
    if (gone.length > 0) {
      ctx.problems.push(problemAt(tab.sheet, row, column, 'warning', 'OFFICIAL_BASELINE_LEFT',
        `${gone.length} học sinh của trang "${tab.sheet}" (${pointLabelAt('CN', tab.level)} ${lastYear}) không có trong kết quả năm nay của khối trên (hoặc đã học hết cấp), nên không được tính ở mốc Đầu năm: ${gone.slice(0, 5).join(', ')}${gone.length > 5 ? ', …' : ''}. Nếu em vẫn học ở trường, ghi đúng Mã HS của em trong Danh sách.`, tab.className));
    }
    if (withoutLists && promoted > 0) {
      promotedAny = true;
      ctx.problems.push(problemAt(tab.sheet, row, column, 'warning', 'OFFICIAL_BASELINE_PROMOTED',
        `Chưa có danh sách lớp năm học ${schoolYearLabel(ctx.schoolYear)} (chưa có trang Danh sách hay kết quả lớp của năm nay), nên ${promoted} học sinh của trang "${tab.sheet}" (${pointLabelAt('CN', tab.level)} ${lastYear}) được tính ở mốc Đầu năm theo khối trên: ${tab.level === 'TH' ? 'lên một khối, em "Chưa lên lớp" ở lại khối cũ' : 'mọi em lên một khối (kết quả này không ghi em nào ở lại lớp)'}. Khi có danh sách lớp năm nay, thêm trang Danh sách (có Mã HS) để tính theo lớp mới.`, tab.className));
    }
  }
  return { students: students.list, withoutLists: promotedAny };
}
