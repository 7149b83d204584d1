// The flags of PRODUCT 3.3, per student and review point, against the previous review point at
// which that student was rated (points the student was not rated at are skipped).

import { levelOfGrade, pointExistsAt } from '../levels';
import type { Student, StudentReview } from '../model';
import type { RiskReason } from './risk';
import { REVIEW_POINT_CODES, type ReviewPointCode } from '../vocab';

/** In the order PRODUCT 3.3 lists them; a flag's kinds always keep this order. */
export type FlagKind = 'noSupporter' | 'notImproved' | 'new' | 'improved' | 'notRated' | 'notListed' | 'noLog' | 'atRisk';

/** What each kind says in the tabs and the sidebar. */
export const FLAG_LABELS: Record<FlagKind, string> = {
  noSupporter: 'Chưa có GV hỗ trợ',
  notImproved: 'Chưa tiến bộ',
  new: 'Cần hỗ trợ mới',
  improved: 'Đã tiến bộ',
  notRated: 'Chưa được đánh giá',
  notListed: 'Chưa có trong Danh sách',
  noLog: 'Chưa ghi nhật ký tháng này',
  atRisk: 'Nguy cơ bỏ học',
};

export interface Flag {
  reviewPoint: ReviewPointCode;
  student: Student;
  kinds: FlagKind[];
  /** Areas needing support at this point (for notRated: at the previous point). */
  areas: string[];
  previous?: ReviewPointCode;
  /** atRisk: the early-warning signals that are on (PRODUCT 3.9). */
  reasons?: RiskReason[];
}

/**
 * Flags of one student. `pastPoints` are the review points of the student's level whose month has
 * ended and which have a block of columns in the roster: only there can a missing rating be a
 * fault. A point that does not exist at the student's level (Cuối kì II at primary) is skipped.
 */
export function studentFlags(student: Student, pastPoints: ReadonlySet<ReviewPointCode>): Flag[] {
  if (student.excluded) return [];
  const flags: Flag[] = [];
  const level = levelOfGrade(student.grade);
  let previous: ReviewPointCode | undefined; // the last point so far at which the student was rated
  for (const point of REVIEW_POINT_CODES) {
    if (!pointExistsAt(point, level)) continue;
    const needBefore = previous ? (student.reviews[previous] as StudentReview).need : NONE;
    const review = student.reviews[point];
    // Called for every student and point: collect kinds in a few booleans, allocate only when flagged.
    let noSupporter = false;
    let notImproved = false;
    let isNew = false;
    let improved = false;
    let notRated = false;
    let notListed = false;
    let areas: string[] = NONE;
    if (review?.rated) {
      areas = review.need;
      noSupporter = review.need.length > 0 && student.supporters.length === 0;
      notImproved = review.need.some((a) => needBefore.includes(a));
      isNew = review.need.some((a) => !needBefore.includes(a));
      improved = needBefore.length > 0 && review.need.length === 0; // needBefore is empty until a point was rated
      notListed = student.notListed === true && review.need.length > 0;
    } else if (pastPoints.has(point) && needBefore.length > 0) {
      notRated = true;
      areas = needBefore;
    }
    if (noSupporter || notImproved || isNew || improved || notRated || notListed) {
      const kinds: FlagKind[] = [];
      if (noSupporter) kinds.push('noSupporter');
      if (notImproved) kinds.push('notImproved');
      if (isNew) kinds.push('new');
      if (improved) kinds.push('improved');
      if (notRated) kinds.push('notRated');
      if (notListed) kinds.push('notListed');
      flags.push({ reviewPoint: point, student, kinds, areas, previous });
    }
    if (review?.rated) previous = point;
  }
  return flags;
}

const NONE: string[] = [];

/** How many flags carry each kind. */
export function countKinds(flags: Iterable<Flag>): Record<FlagKind, number> {
  const counts = { noSupporter: 0, notImproved: 0, new: 0, improved: 0, notRated: 0, notListed: 0, noLog: 0, atRisk: 0 };
  for (const f of flags) for (const k of f.kinds) counts[k] += 1;
  return counts;
}
