// This year's class tabs: one student per Mã HS (else name + class + birth date) across review
// points, the latest review point's tab being the student's home, and who is in each class.

import type { ClassList } from '../read/classes';
import type { Problem, Student } from '../model';
import { problemAt } from '../problem';
import type { OfficialStudent, OfficialTab } from '../read/official';
import { nameIdentity, studentIdKey } from '../text';
import { pointLabelAt } from '../levels';
import type { ReviewPointCode } from '../vocab';
import { origin } from './adopt';
import type { OfficialTabUse } from './types';

export function identity(id: string, name: string, key: string, birth: string | undefined): string {
  return id ? 'id:' + studentIdKey(id) : `nm:${nameIdentity(name)}|${key}|${birth ?? ''}`;
}

export interface ClassMembers { count: Set<string>; name: string; grade?: number; sheets: string[] }

/** The students of this year's tabs, read in review-point order; the objects are this reader's own. */
export class ThisYear {
  readonly byIdentity = new Map<string, Student>();
  readonly classMembers = new Map<string, ClassMembers>();
  readonly perPoint = new Map<ReviewPointCode, Map<string, Set<string>>>();
  // A Mã HS left blank in one tab and filled in another (or the other way round) is still one
  // child when name, class and birth date agree; two different codes never merge.
  private readonly byNameKey = new Map<string, string>();

  constructor(private readonly classList: ClassList, private readonly rosterPresent: boolean, private readonly problems: Problem[]) {}

  private canonical(os: OfficialStudent, classKeyOfTab: string): string {
    const own = identity(os.studentId, os.name, classKeyOfTab, os.birthDate);
    if (!os.birthDate) return own;
    const nameKey = identity('', os.name, classKeyOfTab, os.birthDate);
    const known = this.byNameKey.get(nameKey);
    if (known === undefined) {
      this.byNameKey.set(nameKey, own);
      return own;
    }
    // Blank here or there: the one child; two written codes are two children.
    return !os.studentId || known.startsWith('nm:') ? known : own;
  }

  private member(tab: OfficialTab, p: ReviewPointCode, key: string, members: ClassMembers): void {
    members.count.add(key);
    const atPoint = this.perPoint.get(p) ?? new Map<string, Set<string>>();
    this.perPoint.set(p, atPoint);
    if (!atPoint.has(tab.classKey)) atPoint.set(tab.classKey, new Set());
    (atPoint.get(tab.classKey) as Set<string>).add(key);
  }

  addTab({ tab, point, grade }: OfficialTabUse): void {
    const p = point as ReviewPointCode;
    const className = this.classList.byKey.get(tab.classKey)?.name ?? tab.className;
    const members = this.classMembers.get(tab.classKey) ?? { count: new Set<string>(), name: className, grade, sheets: [] };
    this.classMembers.set(tab.classKey, members);
    members.sheets.push(tab.sheet);
    const seenHere = new Map<string, { row: number; name: string }>();
    for (const os of tab.students) {
      const key = this.canonical(os, tab.classKey);
      const earlier = seenHere.get(key);
      if (earlier !== undefined) {
        this.duplicateInTab(tab, os, earlier, className); // its key is this tab's already: one child in THHS
        continue;
      }
      seenHere.set(key, { row: os.row, name: os.name });
      // An excluded row's error is listed and it counts in THHS only; a code another class's tab has
      // at this point is "not counted", in THHS neither.
      if (os.excluded || this.addStudent(tab, p, grade, className, key, os)) this.member(tab, p, key, members);
    }
  }

  /** Two names under one code are two children and a mistyped code: never advise deleting a row. */
  private duplicateInTab(tab: OfficialTab, os: OfficialStudent, earlier: { row: number; name: string }, className: string): void {
    const sameChild = nameIdentity(earlier.name) === nameIdentity(os.name);
    this.problems.push(problemAt(tab.sheet, os.row, tab.studentIdColumn ?? tab.nameColumn, 'error', os.studentId ? 'STUDENT_ID_DUPLICATE' : 'STUDENT_DUPLICATE',
      sameChild
        ? `${os.name}${os.studentId ? ` (Mã HS ${os.studentId})` : ''} đã có ở dòng ${earlier.row} của trang này. Dòng này không được tính; xóa dòng thừa.`
        : `Mã HS ${os.studentId} của ${os.name} cũng là mã của ${earlier.name} ở dòng ${earlier.row} của trang này. Dòng này chưa được tính; sửa lại Mã HS cho đúng của từng em.`, className));
  }

  /** Adds the row's student; false when the code is another tab's at this point (an error, not counted). */
  private addStudent(tab: OfficialTab, p: ReviewPointCode, grade: number | undefined, className: string, key: string, os: OfficialStudent): boolean {
    const existing = this.byIdentity.get(key);
    const sameCodeAtPoint = existing?.official?.[p];
    if (existing && sameCodeAtPoint) {
      this.problems.push(problemAt(tab.sheet, os.row, tab.studentIdColumn ?? tab.nameColumn, 'error', 'STUDENT_ID_DUPLICATE',
        `Mã HS ${os.studentId} của ${os.name} cũng có ở trang "${sameCodeAtPoint.sheet}" (${existing.name}, lớp ${existing.className}) cùng mốc ${pointLabelAt(p, tab.level)}. Dòng này không được tính; kiểm tra lại mã.`, className));
      return false;
    }
    const before: Student = existing ?? {
      sheet: tab.sheet, row: os.row, studentId: os.studentId, name: os.name, className, classKey: tab.classKey, grade,
      birthDate: os.birthDate, female: os.female, disability: false, supporters: [],
      reviews: {}, excluded: false, official: {}, notListed: this.rosterPresent,
    };
    // The latest review point's tab is the student's home (name, class, row to link to).
    this.byIdentity.set(key, {
      ...before, sheet: tab.sheet, row: os.row, name: os.name, className, classKey: tab.classKey, grade,
      studentId: before.studentId || os.studentId,
      reviews: os.review.rated ? { ...before.reviews, [p]: os.review } : before.reviews,
      official: { ...before.official, [p]: origin(tab, os) },
      absences: os.absences ? { ...before.absences, [p]: os.absences } : before.absences,
    });
    return true;
  }
}
