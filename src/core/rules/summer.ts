// The summer list at Cuối năm / Cả năm (PRODUCT 2.3, 3.3). Primary: every student still needing
// support. Secondary (TT22): kiểm tra lại (Học tập Chưa đạt: each subject below the threshold or
// Chưa đạt is named), rèn luyện trong hè (Rèn luyện Chưa đạt), and more than 45 buổi nghỉ in the
// year (not promoted).

import { isSecondaryGrade } from '../levels';
import type { Student } from '../model';
import { RESULT_AREAS } from '../scales';
import type { PointTotals } from './totals';

/** TT22: a student who misses more than this many sessions in the year is not promoted. */
export const MAX_YEAR_ABSENCES = 45;

export interface SummerEntry {
  student: Student;
  /** Every area needing support at Cuối năm. */
  need: string[];
  secondary: boolean;
  /** Secondary: Học tập Chưa đạt, with the subjects to re-sit (those below the threshold or Chưa đạt). */
  retake?: string[];
  /** Secondary: Rèn luyện Chưa đạt. */
  conduct: boolean;
  /** Secondary: buổi nghỉ in the year, when more than 45. */
  absences?: number;
  /** The year's count was added up from Học kỳ I's and II's, no Cả năm count being written (yearAddedUp). */
  absencesAddedUp?: true;
}

/**
 * Sessions missed in the year: the Cả năm count, else Cuối kì II's (vnEdu's HK2 export counts the
 * year; a roster with no Cả năm column is told so at its header). A Cuối kì II count below Cuối kì
 * I's cannot be the year's: then the two semesters add up. Beside a Cả năm column left blank, the
 * Cuối kì II count is Học kỳ 2's alone (absencesHk2Alone): the two semesters add up, and HK2's
 * alone, when HK1 is not written, is the least the year can be (over 45 is over 45 either way).
 */
export function yearAbsences(s: Student): number | undefined {
  const { CN, CKI, CKII } = s.absences ?? {};
  if (CN) return CN.total;
  return CKI && CKII && yearAddedUp(s) ? CKI.total + CKII.total : CKII?.total;
}

/** The year's count is Học kỳ I's and II's added up (yearAbsences): the summer list says so beside it. */
export function yearAddedUp(s: Student): boolean {
  const { CN, CKI, CKII } = s.absences ?? {};
  return !CN && CKI !== undefined && CKII !== undefined && (s.absencesHk2Alone === true || CKI.total > CKII.total);
}

/** A secondary khối whose Cả năm has no Học tập (or no Rèn luyện) column: that part of its summer list is not known. */
export interface SummerGap { grade: number; learning: boolean; conduct: boolean }

/** The secondary khối at Cả năm whose totals know no Học tập or no Rèn luyện (totals.ts noColumn). */
export function summerGaps(totals: PointTotals | undefined): SummerGap[] {
  return (totals?.byGrade ?? [])
    .filter((g) => isSecondaryGrade(g.grade))
    .map((g) => ({ grade: g.grade, learning: !!g.noColumn?.includes(RESULT_AREAS.learning), conduct: !!g.noColumn?.includes(RESULT_AREAS.conduct) }))
    .filter((g) => g.learning || g.conduct);
}

export function summerList(students: readonly Student[]): SummerEntry[] {
  const list: SummerEntry[] = [];
  for (const student of students) {
    if (student.excluded) continue;
    const need = student.reviews.CN?.need ?? [];
    if (!isSecondaryGrade(student.grade)) {
      if (need.length > 0) list.push({ student, need, secondary: false, conduct: false });
      continue;
    }
    const retake = need.includes(RESULT_AREAS.learning) ? need.filter((a) => a !== RESULT_AREAS.learning && a !== RESULT_AREAS.conduct) : undefined;
    const conduct = need.includes(RESULT_AREAS.conduct);
    const missed = yearAbsences(student);
    const absences = missed !== undefined && missed > MAX_YEAR_ABSENCES ? missed : undefined;
    const added = absences !== undefined && yearAddedUp(student) ? { absencesAddedUp: true as const } : {};
    if (retake || conduct || absences !== undefined) list.push({ student, need, secondary: true, retake, conduct, absences, ...added });
  }
  return list;
}
