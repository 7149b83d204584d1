// One roster row's review cells, read at the row's level (PRODUCT 2.1, 2.3): a primary khối on
// T/H/C and T/Đ/C, a secondary khối on scores, Đ/CĐ and the result areas' words; "Cuối HKII" is
// Cuối kì II at secondary and Cuối năm at primary.

import { cellText, isBlank } from '../../cells';
import { foldCompact } from '../../text';
import { isSecondary, pointAtLevel, pointLabelAt, type Level } from '../../levels';
import type { Severity, Student, StudentReview } from '../../model';
import { DEFAULT_SCORE_THRESHOLD, isExempt, ratingReason, readRating, scaleAt, scaleDescription, type CellRating } from '../../scales';
import { columnsAtLevel } from '../area-levels';
import { matchRating, reviewPointInfo, scaleDescription as primaryScaleDescription, type ReviewPointCode, type Scale } from '../../vocab';

export interface RowReviewColumn {
  column: number;
  reviewPoint: ReviewPointCode;
  area: string;
  /** A part of the area ("Đọc" of Tiếng Việt), rolled up into it. */
  part?: string;
  /** The area's primary scale. */
  scale: Scale;
  /** Cả năm and Học kì II on its labels (types.ts): not read at secondary. */
  yearAndSemesterII?: true;
}

export interface RowContext {
  name: string;
  grade?: number;
  level?: Level;
  scoreThreshold?: number;
  /** Columns whose cell holds a formula error, already reported. */
  errorColumns: ReadonlySet<number>;
  add: (column: number, severity: Severity, code: 'RATING_INVALID' | 'RATING_CONFLICT', message: string) => void;
}

/** The review points a column stands for, at the levels of the rows read under it. */
export function columnPoints(point: ReviewPointCode, levels: Iterable<Level | undefined>): ReviewPointCode[] {
  const points = new Set<ReviewPointCode>();
  for (const level of levels) points.add(pointAtLevel(point, level));
  if (points.size === 0) points.add(pointAtLevel(point, undefined));
  return [...points];
}

/**
 * The columns of a row at its level, grouped by what they rate: at primary a "Cuối HKII" and a
 * "Cuối năm" column of one area are one review point (Cuối năm), so they fall in one group.
 */
function columnGroups(columns: readonly RowReviewColumn[], level: Level | undefined): Array<{ point: ReviewPointCode; columns: RowReviewColumn[] }> {
  const groups = new Map<string, { point: ReviewPointCode; columns: RowReviewColumn[] }>();
  for (const rc of columns) {
    const point = pointAtLevel(rc.reviewPoint, level);
    const key = `${point}|${rc.area}|${rc.part ?? ''}`;
    const group = groups.get(key);
    if (group) group.columns.push(rc);
    else groups.set(key, { point, columns: [rc] });
  }
  return [...groups.values()];
}

const isEmpty = (raw: unknown) => isBlank(raw) || raw === false;

/**
 * The one cell of a group to read: the filled one (a primary row may fill "Cuối HKII" or "Cuối
 * năm"). Two filled cells that differ are an error at the second: which one holds is never guessed.
 */
function cellOfGroup(values: unknown[], group: readonly RowReviewColumn[], point: ReviewPointCode, ctx: RowContext): RowReviewColumn {
  const written = group.filter((rc) => !isEmpty(values[rc.column]));
  // "Miễn" beside a rating at the same point (Tiếng Anh "Miễn", Tiếng Pháp 4 in a French group: both
  // Ngoại ngữ) is no second rating; "Miễn" in Cuối HKII beside "C" in Cuối năm still differs.
  const rated = written.filter((rc) => !isExempt(values[rc.column]));
  const filled = written.filter((rc) => !isExempt(values[rc.column]) || !rated.some((r) => r.reviewPoint === rc.reviewPoint));
  const [first, second] = filled;
  if (second && foldCompact(cellText(values[first.column])) !== foldCompact(cellText(values[second.column]))) {
    const area = first.part ? `${first.area} (${first.part})` : first.area;
    ctx.add(second.column, 'error', 'RATING_CONFLICT',
      `Ô ${area}${ctx.name ? ` của ${ctx.name}` : ''} ghi "${cellText(values[second.column]).trim()}" ở cột ${reviewPointInfo(second.reviewPoint).label}, nhưng cột ${reviewPointInfo(first.reviewPoint).label} ghi "${cellText(values[first.column]).trim()}": ở tiểu học hai cột này cùng là mốc ${reviewPointInfo(point).label}, nên dòng này chưa được tính. Giữ một mức đánh giá: xóa ô sai, hoặc ghi cùng một mức ở cả hai ô.`);
  }
  return first ?? group[0];
}

/** The ratings of each review block: an area needs support when any of its columns (its parts) does, once. */
export function readRowReviews(values: unknown[], columns: readonly RowReviewColumn[], ctx: RowContext): Student['reviews'] {
  const reviews: Student['reviews'] = {};
  const filled = new Set<string>();
  // An area of the other level only is not read here (off-level.ts says so at its header), nor at secondary a
  // column whose labels name Cả năm and Học kì II, two points there (year-pair.ts).
  const read = columnsAtLevel(columns, ctx.level).filter((rc) => !(rc.yearAndSemesterII && isSecondary(ctx.level)));
  for (const { point, columns: group } of columnGroups(read, ctx.level)) {
    const rc = group.length === 1 ? group[0] : cellOfGroup(values, group, point, ctx);
    const raw = values[rc.column];
    const review: StudentReview = reviews[point] ?? (reviews[point] = { rated: false, need: [], blank: [] });
    if (isEmpty(raw)) {
      if (!review.blank.includes(rc.area)) review.blank.push(rc.area);
      continue;
    }
    review.rated = true;
    filled.add(point + '|' + rc.area);
    const rating: CellRating | undefined = raw === true ? 'need' : ctx.errorColumns.has(rc.column) ? 'ok' : readCell(raw, rc, point, ctx); // a ticked checkbox is a mark
    if (rating === 'need' && !review.need.includes(rc.area)) review.need.push(rc.area);
  }
  for (const [point, review] of Object.entries(reviews) as Array<[string, StudentReview]>) {
    // An area is blank when none of its columns (its parts) is filled.
    review.blank = review.rated ? review.blank.filter((area) => !filled.has(point + '|' + area)) : [];
  }
  return reviews;
}

/** One rating cell at the row's level; an unreadable one is an error at the cell (undefined). */
function readCell(raw: unknown, rc: RowReviewColumn, point: ReviewPointCode, ctx: RowContext): CellRating | undefined {
  const { name, level } = ctx;
  const secondary = isSecondary(level);
  const threshold = ctx.scoreThreshold ?? DEFAULT_SCORE_THRESHOLD;
  const scale = secondary ? scaleAt(rc.area, level) : rc.scale;
  const rating = secondary ? readRating(raw, scale, threshold) : typeof raw === 'string' ? matchRating(raw, rc.scale) : undefined;
  if (rating !== undefined) return rating;
  // Khối unknown (the row's class is already an error): a value of the secondary scales is no second error per cell.
  if (level === undefined) {
    const secondaryRating = readRating(raw, scaleAt(rc.area, 'THCS'), threshold);
    if (secondaryRating !== undefined) return secondaryRating;
  }
  const at = `Ô ${rc.part ? `${rc.area} (${rc.part})` : rc.area} (${pointLabelAt(point, level)})${name ? ` của ${name}` : ''}`;
  // A score or a secondary word in a primary khối (and the reverse) says which level the khối is.
  const reason = ratingReason(raw, scale, level, ctx.grade);
  const fix = secondary ? `Ghi ${scaleDescription(scale, threshold)}` : `Dùng ${primaryScaleDescription(rc.scale)}`;
  ctx.add(rc.column, 'error', 'RATING_INVALID', secondary
    ? `${at}: ${reason}, nên dòng này chưa được tính. ${fix}; để trống nếu chưa đánh giá.`
    : reason.includes('cấp')
      ? `${at} ghi "${cellText(raw)}": ${reason}, nên dòng này chưa được tính. ${fix}; để trống nếu chưa đánh giá.`
      : `${at} ghi "${cellText(raw)}", không phải một mức đánh giá. ${fix}; để trống nếu chưa đánh giá.`);
  return undefined;
}
