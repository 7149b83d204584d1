// The flags of PRODUCT 3.3, per student and review point, against the previous review point at
// which that student was rated (points the student was not rated at are skipped).

import type { Student } from './model';
import { REVIEW_POINT_CODES, type ReviewPointCode } from './vocab';

export type FlagKind = 'noSupporter' | 'notImproved' | 'new' | 'improved' | 'notRated';

/** The fixed order kinds are listed in. */
export const FLAG_KINDS: readonly FlagKind[] = ['noSupporter', 'notImproved', 'new', 'improved', 'notRated'];

export interface Flag {
  reviewPoint: ReviewPointCode;
  student: Student;
  kinds: FlagKind[];
  /** Areas needing support at this point (for notRated: at the previous point). */
  areas: string[];
  previous?: ReviewPointCode;
}

/** The last point before `point` at which the student was rated. */
export function previousRated(student: Student, point: ReviewPointCode): ReviewPointCode | undefined {
  const index = REVIEW_POINT_CODES.indexOf(point);
  for (let i = index - 1; i >= 0; i--) {
    if (student.reviews[REVIEW_POINT_CODES[i]]?.rated) return REVIEW_POINT_CODES[i];
  }
  return undefined;
}

/**
 * Flags of one student. `pastPoints` are the review points whose month has ended and which have a
 * block of columns in the roster: only there can a missing rating be a fault.
 */
export function studentFlags(student: Student, pastPoints: ReadonlySet<ReviewPointCode>): Flag[] {
  if (student.excluded) return [];
  const flags: Flag[] = [];
  for (const point of REVIEW_POINT_CODES) {
    const previous = previousRated(student, point);
    const needBefore = previous ? (student.reviews[previous]?.need ?? []) : [];
    const review = student.reviews[point];
    const kinds = new Set<FlagKind>();
    let areas: string[] = [];
    if (review?.rated) {
      areas = review.need;
      if (review.need.length > 0 && student.supporters.length === 0) kinds.add('noSupporter');
      if (review.need.some((a) => needBefore.includes(a))) kinds.add('notImproved');
      if (review.need.some((a) => !needBefore.includes(a))) kinds.add('new');
      if (previous && needBefore.length > 0 && review.need.length === 0) kinds.add('improved');
    } else if (pastPoints.has(point) && needBefore.length > 0) {
      kinds.add('notRated');
      areas = needBefore;
    }
    if (kinds.size > 0) {
      flags.push({ reviewPoint: point, student, kinds: FLAG_KINDS.filter((k) => kinds.has(k)), areas, previous });
    }
  }
  return flags;
}
