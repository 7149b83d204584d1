// The roster header: the row naming the fields (Họ và tên, Lớp, …) within the first ten rows, and
// the review columns beside it, as one-row combined labels ("GKI - Toán") or a review-point row
// over an area row (merged, so only the first cell of a group holds its text).

import { cellText, isBlank } from '../../cells';
import { HEADER_SEARCH_ROWS } from '../../table';
import { matchField, readHeaderLabel, type ReviewPointCode, type RosterField } from '../../vocab';
import { fieldColumnSet, type FieldColumns, type ReviewColumn, type RosterLayout } from './types';

/** The roster fields a header row names, at their first column (also used by the official-results reader). */
export function rowFields(row: unknown[]): FieldColumns {
  const fields: FieldColumns = {};
  row.forEach((value, c) => {
    const field = matchField(cellText(value));
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

/** A header cell naming only a review point ("Giữa học kì I (tháng 11/2025)"). */
function pointOnly(text: string): ReviewPointCode | undefined {
  const label = readHeaderLabel(text);
  return label.clear && label.reviewPoint && !label.area ? label.reviewPoint : undefined;
}

/** A header cell naming only an area ("Toán học", "Tiếng Việt (Đọc - Viết)"). */
function areaOnly(text: string): string | undefined {
  const label = readHeaderLabel(text);
  return label.clear && label.area && !label.reviewPoint ? label.area : undefined;
}

/**
 * Review columns from a group row (review-point labels, merged so only the first cell of each
 * group holds text) over an area row. A blank group cell continues the group to its left.
 */
function groupedColumns(groupRow: unknown[], areaRow: unknown[], fieldColumns: Set<number>): ReviewColumn[] {
  const columns: ReviewColumn[] = [];
  let group: ReviewPointCode | undefined;
  const width = Math.max(groupRow.length, areaRow.length);
  for (let c = 0; c < width; c++) {
    const label = cellText(groupRow[c]);
    if (!isBlank(label)) group = pointOnly(label);
    if (fieldColumns.has(c)) {
      group = undefined;
      continue;
    }
    const area = areaOnly(cellText(areaRow[c]));
    if (group && area) columns.push({ column: c, reviewPoint: group, area });
  }
  return columns;
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

/** Finds the header: returns undefined when no row of the first ten names both name and class. */
export function findRosterLayout(values: unknown[][]): RosterLayout | undefined {
  const lastRow = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let r = 0; r < lastRow; r++) {
    const fields = rowFields(values[r]);
    if (!hasNameAndClass(fields)) continue;
    const ends = fieldEnds(values[r], fields);
    const fieldColumns = fieldColumnSet(fields, ends);
    const combined: ReviewColumn[] = [];
    values[r].forEach((value, c) => {
      if (fieldColumns.has(c)) return;
      const label = readHeaderLabel(cellText(value));
      if (label.clear && label.reviewPoint && label.area) combined.push({ column: c, reviewPoint: label.reviewPoint, area: label.area });
    });
    // Review-point labels over area names: the pair of rows may start just above the field row
    // (labels above), at it (areas below) or just below it (a third level such as "Kết quả đánh
    // giá" over the review points). The pair that names the most columns wins; ties go in that order.
    let best: { top: number; columns: ReviewColumn[] } | undefined;
    for (const top of [r, r - 1, r + 1]) {
      if (top < 0 || top + 1 >= values.length) continue;
      const columns = groupedColumns(values[top], values[top + 1], fieldColumns);
      if (columns.length > 0 && (!best || columns.length > best.columns.length)) best = { top, columns };
    }
    if (best) {
      const first = Math.min(r, best.top);
      const last = Math.max(r, best.top + 1);
      const headerRows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
      const taken = new Set(best.columns.map((c) => c.column));
      const reviewColumns = [...combined.filter((c) => !taken.has(c.column)), ...best.columns].sort((x, y) => x.column - y.column);
      return { headerRows, dataStart: last + 1, ...narrowSpans(values, r, last, fields, ends), reviewColumns, style: 'two-row' };
    }
    return { headerRows: [r], dataStart: r + 1, ...narrowSpans(values, r, r, fields, ends), reviewColumns: combined, style: 'one-row' };
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
