// The review points a student is rated at (a rating written, not only a Buổi nghỉ count), in order.

import type { Student } from './model';
import { REVIEW_POINT_CODES, type ReviewPointCode } from './vocab';

export function pointsRated(student: Pick<Student, 'reviews'>): ReviewPointCode[] {
  return REVIEW_POINT_CODES.filter((p) => student.reviews[p]?.rated);
}

/** The latest review point the student is rated at; undefined when none. */
export function latestRatedPoint(student: Pick<Student, 'reviews'>): ReviewPointCode | undefined {
  const rated = pointsRated(student);
  return rated[rated.length - 1];
}
