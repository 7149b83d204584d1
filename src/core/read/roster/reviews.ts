// One roster row's review cells, read at the row's level (PRODUCT 2.1, 2.3): a primary khối on
// T/H/C and T/Đ/C, a secondary khối on scores, Đ/CĐ and the result areas' words; "Cuối HKII" is
// Cuối kì II at secondary and Cuối năm at primary.

import { cellText, isBlank } from '../../cells';
import { isSecondary, pointAtLevel, type Level } from '../../levels';
import type { Severity, Student, StudentReview } from '../../model';
import { DEFAULT_SCORE_THRESHOLD, ratingReason, readRating, scaleAt, scaleDescription } from '../../scales';
import { matchRating, reviewPointInfo, scaleDescription as primaryScaleDescription, type ReviewPointCode, type Scale } from '../../vocab';

export interface RowReviewColumn {
  column: number;
  reviewPoint: ReviewPointCode;
  area: string;
  /** The area's primary scale. */
  scale: Scale;
}

export interface RowContext {
  name: string;
  grade?: number;
  level?: Level;
  scoreThreshold?: number;
  /** Columns whose cell holds a formula error, already reported. */
  errorColumns: ReadonlySet<number>;
  add: (column: number, severity: Severity, code: 'RATING_INVALID', message: string) => void;
}

/** The review points a column stands for, at the levels of the rows read under it. */
export function columnPoints(point: ReviewPointCode, levels: Iterable<Level | undefined>): ReviewPointCode[] {
  const points = new Set<ReviewPointCode>();
  for (const level of levels) points.add(pointAtLevel(point, level));
  if (points.size === 0) points.add(pointAtLevel(point, undefined));
  return [...points];
}

/**
 * Columns a primary row skips: a "Cuối HKII" column of an area that also has a Cuối năm column
 * before or after it (both are Cuối năm at primary), as [kept column, skipped column].
 */
export function primaryDuplicates<C extends Omit<RowReviewColumn, 'scale'>>(columns: readonly C[]): Array<[C, C]> {
  const first = new Map<string, C>();
  const pairs: Array<[C, C]> = [];
  for (const rc of columns) {
    const key = pointAtLevel(rc.reviewPoint, 'TH') + '|' + rc.area;
    const kept = first.get(key);
    if (kept) pairs.push([kept, rc]);
    else first.set(key, rc);
  }
  return pairs;
}

export function readRowReviews(values: unknown[], columns: readonly RowReviewColumn[], ctx: RowContext): Student['reviews'] {
  const { name, level } = ctx;
  const secondary = isSecondary(level);
  const threshold = ctx.scoreThreshold ?? DEFAULT_SCORE_THRESHOLD;
  const reviews: Student['reviews'] = {};
  const seen = new Set<string>();
  for (const rc of columns) {
    const point = pointAtLevel(rc.reviewPoint, level);
    // "Cuối HKII" beside "Cuối năm" at primary: one review point, the first column counts (primaryDuplicates).
    if (seen.has(point + '|' + rc.area)) continue;
    seen.add(point + '|' + rc.area);
    const raw = values[rc.column];
    const review: StudentReview = reviews[point] ?? (reviews[point] = { rated: false, need: [], blank: [] });
    if (isBlank(raw) || raw === false) {
      review.blank.push(rc.area);
      continue;
    }
    review.rated = true;
    if (raw === true) {
      review.need.push(rc.area); // a ticked checkbox is a mark
      continue;
    }
    if (ctx.errorColumns.has(rc.column)) continue; // already reported
    const scale = secondary ? scaleAt(rc.area, level) : rc.scale;
    const rating = secondary ? readRating(raw, scale, threshold) : typeof raw === 'string' ? matchRating(raw, rc.scale) : undefined;
    if (rating === 'need') review.need.push(rc.area);
    if (rating !== undefined) continue;
    const at = `Ô ${rc.area} (${reviewPointInfo(point).label})${name ? ` của ${name}` : ''}`;
    ctx.add(rc.column, 'error', 'RATING_INVALID', secondary
      ? `${at}: ${ratingReason(raw, scale, level, ctx.grade)}, nên dòng này chưa được tính. Ghi ${scaleDescription(scale, threshold)}; để trống nếu chưa đánh giá.`
      : `${at} ghi "${cellText(raw)}", không phải một mức đánh giá. Dùng ${primaryScaleDescription(rc.scale)}; để trống nếu chưa đánh giá.`);
  }
  for (const review of Object.values(reviews) as StudentReview[]) {
    if (!review.rated) review.blank = [];
  }
  return reviews;
}
