// The roster header: the row naming the fields (Họ và tên, Lớp, …) within the first ten rows, and
// the review columns beside it, read as a header tree (columns.ts) over one to four rows:
// one-row combined labels ("GKI - Toán", "GKI - TV (Đọc)"), a review-point row over an area row
// (merged, so only the first cell of a group holds its text), areas over their parts.

import { cellText, isBlank } from '../../cells';
import { HEADER_SEARCH_ROWS } from '../../table';
import type { MergedRange } from '../../model';
import { isDecoration, isMark, matchField, matchFieldByWords, matchRating, readHeaderLabel, type RosterField } from '../../vocab';
import { pathTexts, type HeaderColumn } from '../header-tree';
import { absenceColumnOf } from './absences';
import { reviewColumnsOf, semesterOf } from './columns';
import { fieldMergesEnd, withRowsBelow, type ChosenHeader } from './header-below';
import { isColumnNumberRow } from './rows';
import { fieldColumnSet, nameColumns, type FieldColumns, type ReviewColumn, type RosterLayout } from './types';

/** The roster fields a header row names, at their first column (also used by the official-results reader). */
export function rowFields(row: unknown[]): FieldColumns {
  const fields: FieldColumns = {};
  row.forEach((value, c) => {
    const field = matchField(cellText(value));
    if (field && fields[field] === undefined) fields[field] = c;
  });
  // Then the free-text fields named in other words ("Giáo viên đỡ đầu"), where no column has the field by alias.
  const taken = new Set(Object.values(fields));
  row.forEach((value, c) => {
    const field = taken.has(c) ? undefined : matchFieldByWords(cellText(value));
    if (field && fields[field] === undefined) fields[field] = c;
  });
  return fields;
}

export function hasName(fields: FieldColumns): boolean {
  return fields.name !== undefined || (fields.familyName !== undefined && fields.givenName !== undefined);
}

function hasNameAndClass(fields: FieldColumns): boolean {
  return hasName(fields) && fields.className !== undefined;
}

/** A field's header merged across columns ("Họ và tên" over Họ đệm + Tên) spans them all. */
function fieldEnds(row: unknown[], fields: FieldColumns): FieldColumns {
  const ends: FieldColumns = {};
  for (const [field, column] of Object.entries(fields) as Array<[RosterField, number]>) {
    let end = column;
    // The same label (a merge filled across) names the same field; past the row's end the cell is undefined.
    while (row[end + 1] === row[column]) end++;
    if (end > column) ends[field] = end;
  }
  return ends;
}

/**
 * A row below the field row that still belongs to the header: labels only, no number, no rating
 * or mark, no name under the name column, and not a row of column numbers ("(1)", "(2)" …).
 */
function isHeaderRow(row: unknown[], fieldColumns: Set<number>, names: Set<number>): boolean {
  if (isColumnNumberRow(row)) return false;
  let labels = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return false;
    if (names.has(c) && matchField(v) === undefined) return false;
    if (!fieldColumns.has(c) && (isMark(v) || matchRating(v, 'subject') || matchRating(v, 'quality'))) return false;
    labels++;
  }
  return labels > 0;
}

/** How many distinct review columns (point, area, part) a set of header rows names. */
function distinctKeys(columns: ReviewColumn[]): number {
  return new Set(columns.map((rc) => `${rc.reviewPoint}|${rc.area}|${rc.part ?? ''}`)).size;
}

/** The Buổi nghỉ columns of a tree, review columns aside, each with the labels over it. */
function absenceColumnsOf(tree: readonly HeaderColumn[], review: readonly ReviewColumn[]): Array<{ column: number; labels: string }> {
  const reviewAt = new Set(review.map((rc) => rc.column));
  return tree.filter((c) => !reviewAt.has(c.column) && absenceColumnOf(c.column, c.path) !== undefined)
    .map((c) => ({ column: c.column, labels: pathTexts(c).join('\n') }));
}

/** A row whose labels outside the fields only decorate ("ĐTB", "Điểm"): part of the header it is under. */
function decorationOnly(row: unknown[], fieldColumns: Set<number>): boolean {
  return row.every((v, c) => fieldColumns.has(c) || isBlank(v) || (typeof v === 'string' && isDecoration(v)));
}

/** A row naming a review point outside the fields: a group row over areas. */
function namesPoint(row: unknown[], fieldColumns: Set<number>): boolean {
  return row.some((v, c) => !fieldColumns.has(c) && typeof v === 'string' && readHeaderLabel(v).clear && readHeaderLabel(v).reviewPoint !== undefined);
}

/** A row naming a whole semester outside the fields ("HỌC KỲ II"), over the points it holds. */
function namesSemester(row: unknown[], fieldColumns: Set<number>): boolean {
  return row.some((v, c) => {
    if (fieldColumns.has(c) || typeof v !== 'string') return false;
    const label = readHeaderLabel(v);
    return label.clear && label.area === undefined && semesterOf(v, label.reviewPoint) !== undefined;
  });
}

/**
 * The header rows around the field row r. Tried in this order, a later one winning only when it
 * names more distinct review columns, or the same columns with fewer rows: from r down through up to four rows that hold labels only
 * (areas, their parts, or a level such as "Kết quả đánh giá" over the review points), the most
 * rows first; from the row above (review points over the areas of the field row); from the row
 * below (review points under the field row: the lower rows name those columns); the field row
 * alone (combined labels "GKI - Toán").
 */
function bestHeader(values: unknown[][], merges: readonly MergedRange[] | undefined, r: number, fieldColumns: Set<number>,
  names: Set<number>): { rows: number[]; columns: ReviewColumn[] } {
  let lowest = r;
  while (lowest + 1 < Math.min(values.length, r + MAX_HEADER_ROWS) && isHeaderRow(values[lowest + 1], fieldColumns, names)) lowest++;
  const tries: number[][] = [];
  const span = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
  for (let last = lowest; last > r; last--) tries.push(span(r, last));
  if (r > 0 && namesPoint(values[r - 1], fieldColumns)) tries.push(span(r - 1, r));
  // Points under the field row only when it holds no semester over them: "HỌC KỲ II" over "Đầu kỳ" is never read without it.
  if (r + 1 < lowest && namesPoint(values[r + 1], fieldColumns) && !namesSemester(values[r], fieldColumns)) for (let last = lowest; last > r + 1; last--) tries.push(span(r + 1, last));
  tries.push([r]);
  let best: { rows: number[]; columns: ReviewColumn[]; score: number; absences: number; key: string } | undefined;
  for (const tree of tries) {
    const { columns, unknownParts, tree: read } = reviewColumnsOf(values, merges, tree, fieldColumns);
    // A part nobody knows under a known area is still the header's (it is named at its cell).
    const score = distinctKeys(columns) + unknownParts;
    // The Buổi nghỉ block may be deeper than the ratings ("Buổi nghỉ" over Có phép over HK1): with
    // the same review columns, the rows that tell more of its columns apart are the header's (read
    // clearly, or named at its cell when they say two points: never left to the data rows).
    const absent = absenceColumnsOf(read, columns);
    const absences = new Set(absent.map((c) => c.labels)).size;
    const key = [...columns.map((rc) => `${rc.column}|${rc.reviewPoint}|${rc.area}|${rc.part ?? ''}`),
      ...absent.map((c) => `${c.column}|${c.labels}`)].join(',');
    const rows = span(Math.min(r, tree[0]), tree[tree.length - 1]);
    // Fewer rows that read the very same columns: the rows left out are not the header's.
    // Score words under the subjects ("ĐTB") read nothing yet are the header's, never a row of data.
    const same = best && score === best.score && key === best.key && rows.length < best.rows.length
      && !best.rows.slice(rows.length).every((row) => decorationOnly(values[row], fieldColumns));
    if (!best || score > best.score || (score === best.score && absences > best.absences) || same) best = { rows, columns, score, absences, key };
  }
  // the field row alone is always tried
  return withRowsBelow(values, best as ChosenHeader, lowest, { mergedTo: fieldMergesEnd(merges, r, fieldColumns), columns: fieldColumns });
}

const MAX_HEADER_ROWS = 4;

/**
 * Finds the header: returns undefined when no row of the first ten names both name and class.
 * `values` has its header merges filled (cells.fillMerges); `merges` tells the header tree which
 * cells one merged label covers.
 */
export function findRosterLayout(values: unknown[][], merges?: readonly MergedRange[]): RosterLayout | undefined {
  const lastRow = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let r = 0; r < lastRow; r++) {
    const fields = rowFields(values[r]);
    if (!hasNameAndClass(fields)) continue;
    const ends = fieldEnds(values[r], fields);
    const fieldColumns = fieldColumnSet(fields, ends);
    const { rows, columns } = bestHeader(values, merges, r, fieldColumns, nameColumns(fields, ends));
    const last = rows[rows.length - 1];
    return {
      headerRows: rows, dataStart: last + 1, ...narrowSpans(values, r, last, fields, ends), reviewColumns: columns,
      style: rows.length > 1 ? 'two-row' : 'one-row',
    };
  }
  return undefined;
}

/**
 * A field merged over sub-headers that name it again ("Lớp" over "Khối" | "Lớp") is the column so
 * named, not the whole span (joining "1" and "1A" would make class "1 1A"). Only a name spans on:
 * "Họ và tên" over "Họ đệm" | "Tên" is read as the two parts joined.
 */
function narrowSpans(values: unknown[][], fieldRow: number, lastRow: number, fields: FieldColumns,
  ends: FieldColumns): { fields: FieldColumns; fieldEnds: FieldColumns } {
  const narrowed = { ...fields };
  const kept: FieldColumns = {};
  for (const [field, end] of Object.entries(ends) as Array<[RosterField, number]>) {
    const start = fields[field] as number;
    const label = values[fieldRow][start];
    let own: number | undefined;
    for (let r = fieldRow + 1; r <= lastRow && own === undefined; r++) {
      // The label again under it is a sub-header when the row holds one under every column of the
      // span (Khối | Lớp), not when the label's merge is filled down (Lớp | Lớp) or half blank.
      const subs = values[r].slice(start, end + 1);
      const typed = subs.some((v) => v !== label) && !subs.some(isBlank);
      for (let c = start; c <= end; c++) if ((values[r][c] !== label || typed) && matchField(cellText(values[r][c])) === field) own = c;
    }
    if (own !== undefined) narrowed[field] = own;
    else if (field === 'name') kept[field] = end;
  }
  return { fields: narrowed, fieldEnds: kept };
}
