// Reading the "Danh sách" tab: find the header (anywhere in the first 10 rows, one-row combined
// labels or a merged review-point row over area names), then one Student per row.
// Row-level problems found while reading (missing name, unreadable rating, …) are reported here;
// problems across rows are in validate.ts.

import { cellText, dateToYmd, isBlank, isDate, parseDayMonthYear } from './cells';
import { classKey, gradeFromClassName, type ClassList } from './classes';
import { memoize } from './collections';
import type { Problem, ProblemCode, Severity, SheetGrid, Student, StudentReview } from './model';
import { HEADER_SEARCH_ROWS } from './table';
import { a1, columnLetters, fold, foldCompact, tidy } from './text';
import {
  areaInfo, areaOrder, isFormulaError, isTicked, isTotalLabel, matchArea, matchCombinedLabel, matchField,
  matchRating, matchReviewPoint, REVIEW_POINT_CODES, reviewPointInfo, scaleDescription,
  type ReviewPointCode, type RosterField, type Scale,
} from './vocab';

export interface ReviewColumn {
  /** 0-based column. */
  column: number;
  reviewPoint: ReviewPointCode;
  area: string;
}

export interface RosterLayout {
  /** 0-based rows of the header (one to three). */
  headerRows: number[];
  /** 0-based first data row. */
  dataStart: number;
  fields: Partial<Record<RosterField, number>>;
  reviewColumns: ReviewColumn[];
  style: 'one-row' | 'two-row';
}

export interface Roster {
  sheet: string;
  layout?: RosterLayout;
  students: Student[];
  /** Review points with a block of columns, in order. */
  blocks: ReviewPointCode[];
  /** Canonical areas with a column, in report order. */
  areas: string[];
  problems: Problem[];
}

function rowFields(row: unknown[]): Partial<Record<RosterField, number>> {
  const fields: Partial<Record<RosterField, number>> = {};
  row.forEach((value, c) => {
    const field = matchField(cellText(value));
    if (field && fields[field] === undefined) fields[field] = c;
  });
  return fields;
}

function hasName(fields: Partial<Record<RosterField, number>>): boolean {
  return fields.name !== undefined || (fields.familyName !== undefined && fields.givenName !== undefined);
}

function hasNameAndClass(fields: Partial<Record<RosterField, number>>): boolean {
  return hasName(fields) && fields.className !== undefined;
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
    if (!isBlank(label)) group = matchReviewPoint(label);
    if (fieldColumns.has(c)) {
      group = undefined;
      continue;
    }
    const area = matchArea(cellText(areaRow[c]));
    if (group && area) columns.push({ column: c, reviewPoint: group, area });
  }
  return columns;
}

/** Finds the header: returns undefined when no row of the first ten names both name and class. */
export function findRosterLayout(values: unknown[][]): RosterLayout | undefined {
  const lastRow = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let r = 0; r < lastRow; r++) {
    const fields = rowFields(values[r]);
    if (!hasNameAndClass(fields)) continue;
    const fieldColumns = new Set(Object.values(fields) as number[]);
    const combined: ReviewColumn[] = [];
    values[r].forEach((value, c) => {
      if (fieldColumns.has(c)) return;
      const match = matchCombinedLabel(cellText(value));
      if (match) combined.push({ column: c, ...match });
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
      return { headerRows, dataStart: last + 1, fields, reviewColumns: merge(combined, best.columns), style: 'two-row' };
    }
    return { headerRows: [r], dataStart: r + 1, fields, reviewColumns: combined, style: 'one-row' };
  }
  return undefined;
}

function merge(a: ReviewColumn[], b: ReviewColumn[]): ReviewColumn[] {
  return [...a, ...b].sort((x, y) => x.column - y.column);
}

/** A row of column numbers under the header ("1", "2", "(3)" …), common in printed forms. */
function isColumnNumberRow(row: unknown[]): boolean {
  const filled = row.filter((v) => !isBlank(v));
  if (filled.length < 3) return false;
  return filled.every((v, i) => Number(cellText(v).replace(/[()]/g, '')) === i + 1);
}

const NO_SUPPORTER_WORDS = new Set(['khong', '-', 'chua co', 'chua']);

const NO_SUPPORTERS: readonly string[] = Object.freeze([]);

// The same few teachers are written on many rows: split each distinct text once (read-only arrays).
const splitSupportersOnce = memoize((text: string): readonly string[] => Object.freeze(splitSupportersUncached(text)), 10000);

/** "1. Nguyễn Văn A\n2. Lê Thị B (hỗ trợ)" → two names. */
function splitSupporters(text: string): readonly string[] {
  return text.trim() === '' ? NO_SUPPORTERS : splitSupportersOnce(text);
}

function splitSupportersUncached(text: string): string[] {
  return text
    .split(/[\n;,]+|\s+(?=\d+[.)]\s)/)
    .map((part) => tidy(part.replace(/^\s*(\d+[.)]|[-–•+])\s*/, '')))
    .filter((part) => part.length > 0 && !(part.length <= 8 && NO_SUPPORTER_WORDS.has(fold(part))));
}

function genderIsFemale(text: string): boolean | undefined {
  const key = foldCompact(text);
  if (['nu', 'f', 'female', 'gai'].includes(key)) return true;
  if (['nam', 'm', 'male', 'trai'].includes(key)) return false;
  return undefined;
}

export interface ParseOptions {
  classList: ClassList;
  timeZoneOffsetMinutes: number;
}

/** Reads the roster tab; never throws on content, every oddity becomes a problem. */
export function parseRoster(sheet: SheetGrid | undefined, options: ParseOptions, rosterTabName = 'Danh sách'): Roster {
  const problems: Problem[] = [];
  const empty = (name: string): Roster => ({ sheet: name, students: [], blocks: [], areas: [], problems });
  const tabProblem = (name: string, code: ProblemCode, message: string) =>
    problems.push({ sheet: name, cell: '', row: 0, column: 0, severity: 'error', code, message });

  if (!sheet) {
    tabProblem(rosterTabName, 'ROSTER_MISSING',
      `Không tìm thấy trang tính "${rosterTabName}". Tạo trang này (menu Hỗ trợ học sinh → Tạo bảng mẫu) hoặc đổi tên trang danh sách học sinh thành "${rosterTabName}".`);
    return empty(rosterTabName);
  }
  if (sheet.values.every((row) => row.every(isBlank))) {
    tabProblem(sheet.name, 'ROSTER_EMPTY',
      `Trang "${sheet.name}" chưa có dữ liệu. Nhập dòng tiêu đề (Họ và tên, Lớp, các cột đánh giá) rồi danh sách học sinh.`);
    return empty(sheet.name);
  }
  const layout = findRosterLayout(sheet.values);
  if (!layout) {
    const anyName = sheet.values.slice(0, HEADER_SEARCH_ROWS).some((row) => hasName(rowFields(row)));
    if (anyName) {
      tabProblem(sheet.name, 'HEADER_NO_CLASS',
        `Trang "${sheet.name}" có cột họ tên nhưng thiếu cột "Lớp" trong 10 dòng đầu. Thêm cột có tiêu đề "Lớp" cạnh cột họ tên.`);
    } else {
      tabProblem(sheet.name, 'HEADER_NOT_FOUND',
        `Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang "${sheet.name}". Cần ít nhất hai cột "Họ và tên" (hoặc "Họ đệm" và "Tên") và "Lớp".`);
    }
    return empty(sheet.name);
  }

  // Repeated review columns: the first one counts, the rest are reported.
  const seen = new Map<string, number>();
  const reviewColumns: ReviewColumn[] = [];
  for (const rc of layout.reviewColumns) {
    const key = rc.reviewPoint + '|' + rc.area;
    const first = seen.get(key);
    const headerRow = layout.headerRows[layout.headerRows.length - 1] + 1;
    if (first !== undefined) {
      problems.push({
        sheet: sheet.name, cell: a1(headerRow, rc.column + 1), row: headerRow, column: rc.column + 1,
        severity: 'warning', code: 'HEADER_DUPLICATE',
        message: `Cột "${rc.area}" của mốc ${reviewPointInfo(rc.reviewPoint).label} lặp lại (đã có ở cột ${columnLetters(first + 1)}). Chỉ cột đầu được tính; xóa hoặc đổi tên cột này.`,
      });
      continue;
    }
    seen.set(key, rc.column);
    reviewColumns.push(rc);
  }
  if (reviewColumns.length === 0) {
    const headerRow = layout.headerRows[0] + 1;
    problems.push({
      sheet: sheet.name, cell: a1(headerRow, 1), row: headerRow, column: 1, severity: 'warning', code: 'HEADER_NO_REVIEW',
      message: 'Chưa có cột đánh giá nào (ví dụ "GKI - Toán", hoặc ô gộp "Giữa học kì I" trên các cột Toán, Tiếng Việt, Năng lực, Phẩm chất). Thêm các cột đánh giá để có số liệu tổng hợp.',
    });
  }
  const blocks = REVIEW_POINT_CODES.filter((code) => reviewColumns.some((rc) => rc.reviewPoint === code));
  const areas = [...new Set(reviewColumns.map((rc) => rc.area))].sort((x, y) => areaOrder(x) - areaOrder(y));

  const f = layout.fields;
  const columns: RowColumns = {
    fields: f,
    fieldColumns: Object.values(f) as number[],
    readColumns: [...(Object.values(f) as number[]), ...reviewColumns.map((rc) => rc.column)],
    reviewColumns: reviewColumns.map((rc) => ({ ...rc, scale: areaInfo(rc.area)?.scale ?? 'subject' })),
  };
  const students: Student[] = [];
  for (let r = layout.dataStart; r < sheet.values.length; r++) {
    const values = sheet.values[r];
    if (values.every(isBlank)) continue;
    if (r === layout.dataStart && isColumnNumberRow(values)) continue;
    const student = parseStudentRow(sheet.name, values, r + 1, columns, options, problems);
    if (student) students.push(student);
  }
  return { sheet: sheet.name, layout: { ...layout, reviewColumns }, students, blocks, areas, problems };
}

/** Columns of the roster, worked out once rather than per row. */
interface RowColumns {
  fields: Partial<Record<RosterField, number>>;
  fieldColumns: number[];
  /** Every column read: fields and review cells. */
  readColumns: number[];
  reviewColumns: Array<ReviewColumn & { scale: Scale }>;
}

function parseStudentRow(
  sheetName: string,
  values: unknown[],
  row: number,
  { fields: f, fieldColumns, readColumns, reviewColumns }: RowColumns,
  options: ParseOptions,
  problems: Problem[],
): Student | undefined {
  const text = (column: number | undefined) => (column === undefined ? '' : tidy(cellText(values[column])));
  const name = f.name !== undefined ? text(f.name) : tidy(`${text(f.familyName)} ${text(f.givenName)}`);
  const className = text(f.className);
  const onlyNumbering = fieldColumns.every((c) => c === f.stt || isBlank(values[c])) &&
    reviewColumns.every((rc) => isBlank(values[rc.column]));
  if (onlyNumbering) return undefined; // a numbered but empty template row
  if (!className && (isTotalLabel(name) || isTotalLabel(text(f.stt)))) return undefined;

  let excluded = false;
  const add = (column: number, severity: Severity, code: ProblemCode, message: string) => {
    if (severity === 'error') excluded = true;
    problems.push({
      sheet: sheetName, cell: a1(row, column + 1), row, column: column + 1, severity, code, message,
      className: className || undefined,
    });
  };

  // A failed formula anywhere in a column we read: report it once, never guess the value.
  const errorColumns = new Set<number>();
  for (const column of readColumns) {
    const raw = values[column];
    if (typeof raw === 'string' && isFormulaError(raw)) {
      errorColumns.add(column);
      add(column, 'error', 'FORMULA_ERROR',
        `Ô có lỗi công thức ${raw.trim()}${name ? ` (dòng của ${name})` : ''}, nên dòng này chưa được tính. Sửa công thức hoặc gõ thẳng giá trị vào ô.`);
    }
  }
  const formulaErrorAt = (column: number | undefined) => column !== undefined && errorColumns.has(column);

  if (!name && !formulaErrorAt(f.name ?? f.familyName)) {
    add(f.name ?? f.givenName ?? 0, 'error', 'NAME_MISSING',
      'Dòng này thiếu họ tên học sinh. Điền họ và tên, hoặc xóa dòng nếu không dùng.');
  }
  const key = className ? classKey(className) : '';
  const listed = key ? options.classList.byKey.get(key) : undefined;
  const grade = listed?.grade ?? (className ? gradeFromClassName(className) : undefined);
  if (!className) {
    if (!formulaErrorAt(f.className)) {
      add(f.className as number, 'error', 'CLASS_MISSING',
        `Học sinh ${name || 'ở dòng này'} chưa có lớp. Ghi tên lớp, ví dụ 3A.`);
    }
  } else if (grade === undefined) {
    add(f.className as number, 'error', 'GRADE_UNKNOWN',
      `Không biết lớp "${className}" thuộc khối nào. Ghi lớp bắt đầu bằng số khối (ví dụ 3A), hoặc khai báo lớp này với cột Khối trong trang "Lớp".`);
  }

  let birthDate: string | undefined;
  if (f.birthDate !== undefined && !isBlank(values[f.birthDate]) && !formulaErrorAt(f.birthDate)) {
    const raw = values[f.birthDate];
    birthDate = isDate(raw) ? dateToYmd(raw, options.timeZoneOffsetMinutes) : parseDayMonthYear(cellText(raw));
    if (!birthDate) {
      add(f.birthDate, 'warning', 'BIRTH_DATE_INVALID',
        `Ngày sinh "${cellText(raw)}" không đọc được. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2018.`);
    }
  }

  const reviews: Student['reviews'] = {};
  for (const rc of reviewColumns) {
    const raw = values[rc.column];
    const review: StudentReview = reviews[rc.reviewPoint] ?? (reviews[rc.reviewPoint] = { rated: false, need: [], blank: [] });
    if (isBlank(raw) || raw === false) {
      review.blank.push(rc.area);
      continue;
    }
    review.rated = true;
    if (raw === true) {
      review.need.push(rc.area); // a ticked checkbox is a mark
      continue;
    }
    if (errorColumns.has(rc.column)) continue; // already reported
    const rating = typeof raw === 'string' ? matchRating(raw, rc.scale) : undefined;
    if (rating === 'need') review.need.push(rc.area);
    if (rating === undefined) {
      add(rc.column, 'error', 'RATING_INVALID',
        `Ô ${rc.area} (${reviewPointInfo(rc.reviewPoint).label})${name ? ` của ${name}` : ''} ghi "${cellText(raw)}", không phải một mức đánh giá. Dùng ${scaleDescription(rc.scale)}; để trống nếu chưa đánh giá.`);
    }
  }
  for (const review of Object.values(reviews) as StudentReview[]) {
    if (!review.rated) review.blank = [];
  }

  const gender = f.gender !== undefined ? genderIsFemale(text(f.gender)) : undefined;
  const female = gender ?? (f.female !== undefined ? isTicked(cellText(values[f.female])) : undefined);
  return {
    sheet: sheetName,
    row,
    studentId: text(f.studentId),
    name,
    className: listed?.name ?? className,
    classKey: key,
    grade,
    birthDate,
    female,
    disability: f.disability !== undefined && !formulaErrorAt(f.disability) && isTicked(cellText(values[f.disability])),
    hardship: text(f.hardship),
    supporters: f.supporter !== undefined && !formulaErrorAt(f.supporter) ? splitSupporters(cellText(values[f.supporter])) : [],
    note: text(f.note),
    reviews,
    excluded,
  };
}
