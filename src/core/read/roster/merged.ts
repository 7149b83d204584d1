// Merged cells inside the rating blocks: a mark merged down over several students counts for each
// of them (cells.fillMerges); a rating merged across several areas of one review point counts in
// each area it covers. Merged across review points, the intent is not clear: it counts in its
// first column only, and a warning says so at the block.

import { isBlank } from '../../cells';
import type { MergedRange, Problem, SheetGrid } from '../../model';
import { problemOver } from '../../problem';
import { a1, columnLetters } from '../../text';
import type { ReviewColumn } from './types';

/** The review columns a merged block covers, when it starts on one, below the header. */
function coveredReviews(m: MergedRange, dataStart: number, reviewAt: Map<number, ReviewColumn>): ReviewColumn[] {
  if (m.row - 1 < dataStart || !reviewAt.has(m.column - 1)) return [];
  const covered: ReviewColumn[] = [];
  for (let c = m.column - 1; c < m.column - 1 + m.numColumns; c++) {
    const rc = reviewAt.get(c);
    if (rc) covered.push(rc);
  }
  return covered;
}

const onePoint = (covered: ReviewColumn[]) => covered.every((rc) => rc.reviewPoint === covered[0].reviewPoint);

/**
 * Gives a rating merged across the areas of one review point to every review cell it covers, in
 * every row it covers. `values` is the tab's grid with merges filled (a copy the reader owns).
 */
export function fillRatingMerges(values: unknown[][], merges: readonly MergedRange[] | undefined, dataStart: number, reviewColumns: ReviewColumn[]): void {
  const reviewAt = new Map(reviewColumns.map((rc) => [rc.column, rc]));
  for (const m of merges ?? []) {
    const covered = coveredReviews(m, dataStart, reviewAt);
    if (covered.length < 2 || !onePoint(covered)) continue;
    const value = values[m.row - 1]?.[m.column - 1];
    if (isBlank(value)) continue;
    for (let r = m.row - 1; r < Math.min(values.length, m.row - 1 + m.numRows); r++) {
      for (const rc of covered) values[r][rc.column] = value;
    }
  }
}

/** A rating merged across review columns of several review points counts only in its first: said at the block. */
export function mergedAcrossRatings(sheet: SheetGrid, studentRows: Set<number>, dataStart: number, reviewColumns: ReviewColumn[]): Problem[] {
  const reviewAt = new Map(reviewColumns.map((rc) => [rc.column, rc]));
  const problems: Problem[] = [];
  for (const m of sheet.merges ?? []) {
    const covered = coveredReviews(m, dataStart, reviewAt);
    if (!studentRows.has(m.row - 1) || covered.length < 2 || onePoint(covered)) continue;
    if (isBlank(sheet.values[m.row - 1]?.[m.column - 1])) continue;
    const range = `${a1(m.row, m.column)}:${a1(m.row + m.numRows - 1, m.column + m.numColumns - 1)}`;
    problems.push(problemOver(sheet.name, range, 'warning', 'MERGED_ACROSS_RATINGS',
      `Ô ${range} gộp cột đánh giá của nhiều mốc khác nhau nên chỉ được tính cho cột ${columnLetters(m.column)}. Bỏ gộp ô (Định dạng → Gộp ô → Hủy gộp) rồi ghi mức đánh giá vào từng cột.`));
  }
  return problems;
}
