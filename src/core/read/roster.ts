// Reading the roster: one or several "Danh sách…" tabs, read as one list of students. In each tab:
// fill merged blocks, find the header (anywhere in the first 10 rows, one-row combined labels or a
// merged review-point row over area names), sort the rows below into students and rows that are
// not students (blank, signature footer, total line, repeated header, notes), then one Student
// per row. Whatever holds ratings or students and is not understood is reported at its cell.
// Problems across rows are in validate.ts.

import { cellText, fillMerges, idText, isBlank, parseBirthDate } from '../cells';
import { classKey, gradeFromClassName, type ClassList } from './classes';
import { splitSupporters } from './mentor-names';
import type { Problem, ProblemCode, Severity, SheetGrid, Student } from '../model';
import { isSecondary, levelOfGrade } from '../levels';
import { columnPoints, primaryDuplicates, readRowReviews } from './roster-reviews';
import { HEADER_SEARCH_ROWS } from '../table';
import { a1, columnLetters, fold, foldCompact, tidy } from '../text';
import {
  areaInfo, areaOrder, type AreaInfo, isFormulaError, isMark, isTicked, matchField, matchRating, readDisability, readHeaderLabel,
  REVIEW_POINT_CODES, REVIEW_POINTS, reviewPointInfo,
  type ReviewPointCode, type RosterField, type Scale,
} from '../vocab';

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
  /** Fields whose header is merged across several columns: the last 0-based column of the span. */
  fieldEnds: Partial<Record<RosterField, number>>;
  reviewColumns: ReviewColumn[];
  style: 'one-row' | 'two-row';
}

/** Why a row below the header was not read as a student. */
export type SkipReason = 'blank' | 'header' | 'total' | 'footer' | 'numbered' | 'note';

export interface RosterTab {
  sheet: string;
  layout?: RosterLayout;
}

export interface Roster {
  /** The tabs read, in workbook order. */
  tabs: RosterTab[];
  students: Student[];
  /** Review points with a block of columns, in order. */
  blocks: ReviewPointCode[];
  /** Canonical areas with a column, in report order. */
  areas: string[];
  problems: Problem[];
  /** Rows below a header that are not students, by reason (counted in Kiểm tra, not errors). */
  skipped: Record<SkipReason, number>;
}

/** The layout of the tab a student was read from. */
export function layoutOf(roster: Roster, student: Student): RosterLayout | undefined {
  return roster.tabs.find((t) => t.sheet === student.sheet)?.layout;
}

// ---------------------------------------------------------------- header

/** The roster fields a header row names, at their first column (also used by the official-results reader). */
export function rowFields(row: unknown[]): Partial<Record<RosterField, number>> {
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
function fieldEnds(row: unknown[], fields: Partial<Record<RosterField, number>>): Partial<Record<RosterField, number>> {
  const ends: Partial<Record<RosterField, number>> = {};
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
function narrowSpans(values: unknown[][], fieldRow: number, lastRow: number, fields: Partial<Record<RosterField, number>>,
  ends: Partial<Record<RosterField, number>>): { fields: Partial<Record<RosterField, number>>; fieldEnds: Partial<Record<RosterField, number>> } {
  const narrowed = { ...fields };
  const kept: Partial<Record<RosterField, number>> = {};
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

function fieldColumnSet(fields: Partial<Record<RosterField, number>>, ends: Partial<Record<RosterField, number>>): Set<number> {
  const set = new Set<number>();
  for (const [field, column] of Object.entries(fields) as Array<[RosterField, number]>) {
    for (let c = column; c <= (ends[field] ?? column); c++) set.add(c);
  }
  return set;
}

// ---------------------------------------------------------------- rows that are not students

/** A row of column numbers under the header ("1", "2", "(3)" …), common in printed forms. */
function isColumnNumberRow(row: unknown[]): boolean {
  let n = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    n++;
    if (Number(cellText(v).replace(/[()]/g, '')) !== n) return false;
  }
  return n >= 3;
}

/** Every filled cell is a header label (a repeated header when classes are pasted one under another). */
function isHeaderLikeRow(row: unknown[]): boolean {
  let labels = 0;
  for (const value of row) {
    if (isBlank(value)) continue;
    if (typeof value !== 'string') return false;
    const label = readHeaderLabel(value);
    if (!matchField(value) && !(label.clear && (label.reviewPoint || label.area))) return false;
    labels++;
  }
  return labels > 0;
}

/**
 * A header repeated below the data must say, column by column, what the header at the top says:
 * a class pasted under another with its columns in another order (or naming another review point)
 * would otherwise be read with the top header's meaning. The first 0-based column that differs.
 */
function differingHeaderColumn(row: unknown[], header: unknown[][], layout: RosterLayout, reviewAt: Map<number, ReviewColumn>): number | undefined {
  for (let c = 0; c < row.length; c++) {
    const text = cellText(row[c]);
    if (isBlank(text)) continue;
    if (header.some((h) => fold(cellText(h[c])) === fold(text))) continue;
    const field = matchField(text);
    if (field !== undefined) {
      const at = layout.fields[field];
      if (at !== undefined && at <= c && c <= (layout.fieldEnds[field] ?? at)) continue;
      return c;
    }
    const label = readHeaderLabel(text);
    const rc = reviewAt.get(c);
    if (!rc || (label.reviewPoint && label.reviewPoint !== rc.reviewPoint) || (label.area && label.area !== rc.area)) return c;
  }
  return undefined;
}

/** "Lớp 1B", "KHỐI 2", "DANH SÁCH LỚP 3A": a title between the classes of one tab. */
function isSectionTitle(text: string): boolean {
  return /^(lop|khoi|danh sach)\b/.test(fold(text));
}

/** "Tổng", "Tổng cộng", "Cộng: 6 em", "TC", "Tổng số: 35 HS". */
function isTotalLine(text: string): boolean {
  return /^(tong cong|tong so|tong|cong|tc)( hoc sinh| hs)?\s*[:.]?\s*(\d+\s*(em|hs|hoc sinh)?)?$/.test(fold(text));
}

/** The signature block under a list: who made it, who signs, the place-and-date line. */
function isFooterText(text: string): boolean {
  const key = fold(text);
  return /\bnguoi lap\b|\bhieu truong\b|\bgiao vien chu nhiem\b|^gvcn\b|\bto truong\b|\bxac nhan\b|\bky,? (ten|ghi ro)|\bngay\b.*\bthang\b.*\bnam\b|^(tm|kt)\.? /.test(key);
}

// ---------------------------------------------------------------- reading one tab

const NOTHING_WRITTEN = new Set(['khong', '-', 'chua co', 'khong co']);

/** A free-text column (Hoàn cảnh, Sự rèn luyện) kept as written; blank or "không" is nothing written. */
function freeText(field: 'hardship' | 'conduct', text: string): { hardship?: string; conduct?: string } {
  return text && !NOTHING_WRITTEN.has(fold(text)) ? { [field]: text } : {};
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
  /** Cấu hình "Điểm cần hỗ trợ dưới" for secondary khối (default 5,0). */
  scoreThreshold?: number;
}

const NO_SKIPS = (): Record<SkipReason, number> => ({ blank: 0, header: 0, total: 0, footer: 0, numbered: 0, note: 0 });

/** The header rows searched, as a range: where a problem about the whole tab points. */
function searchedRange(sheet: SheetGrid): string {
  const width = Math.max(1, ...sheet.values.slice(0, HEADER_SEARCH_ROWS).map((row) => row.length));
  return `A1:${a1(Math.max(1, Math.min(HEADER_SEARCH_ROWS, sheet.values.length)), Math.max(width, 26))}`;
}

/** Reads the roster tabs as one roster; never throws on content, every oddity becomes a problem. */
export function parseRoster(sheets: SheetGrid[], options: ParseOptions, rosterTabName = 'Danh sách'): Roster {
  const roster: Roster = { tabs: [], students: [], blocks: [], areas: [], problems: [], skipped: NO_SKIPS() };
  if (sheets.length === 0) {
    roster.problems.push({
      sheet: rosterTabName, cell: 'A1', row: 1, column: 1, severity: 'error', code: 'ROSTER_MISSING',
      message: `Không tìm thấy trang tính "${rosterTabName}". Tạo trang này (menu Hỗ trợ học sinh → Tạo bảng mẫu) hoặc đổi tên trang danh sách học sinh thành "${rosterTabName}".`,
    });
    return roster;
  }
  const blocks = new Set<ReviewPointCode>();
  const areas = new Set<string>();
  for (const sheet of sheets) {
    const tab = parseRosterTab(sheet, options, sheets.length > 1);
    roster.tabs.push({ sheet: sheet.name, layout: tab.layout });
    roster.students.push(...tab.students);
    roster.problems.push(...tab.problems);
    for (const reason of Object.keys(tab.skipped) as SkipReason[]) roster.skipped[reason] += tab.skipped[reason];
    // "Cuối HKII" is Cuối kì II for the tab's secondary rows and Cuối năm for its primary ones.
    const levels = new Set(tab.students.map((st) => levelOfGrade(st.grade)));
    if ([...levels].some((l) => !isSecondary(l)) && tab.layout) roster.problems.push(...primaryDuplicateProblems(sheet.name, tab.layout));
    for (const rc of tab.layout?.reviewColumns ?? []) {
      for (const point of columnPoints(rc.reviewPoint, levels)) blocks.add(point);
      areas.add(rc.area);
    }
  }
  roster.blocks = REVIEW_POINT_CODES.filter((code) => blocks.has(code));
  roster.areas = [...areas].sort((x, y) => areaOrder(x) - areaOrder(y));
  return roster;
}

/** A "Cuối HKII" and a "Cuối năm" column of one area in a tab with primary rows: the first counts for them. */
function primaryDuplicateProblems(sheet: string, layout: RosterLayout): Problem[] {
  const row = layout.headerRows[layout.headerRows.length - 1] + 1;
  return primaryDuplicates(layout.reviewColumns).map(([kept, skipped]) => ({
    sheet, cell: a1(row, skipped.column + 1), row, column: skipped.column + 1, severity: 'warning' as const, code: 'HEADER_DUPLICATE' as const,
    message: `Cột "${skipped.area}" của mốc ${reviewPointInfo(skipped.reviewPoint).label} trùng với cột ${columnLetters(kept.column + 1)}: ở tiểu học Cuối học kì II chính là Cuối năm. Với học sinh tiểu học chỉ cột ${columnLetters(kept.column + 1)} được tính; xóa hoặc đổi tên cột này.`,
  }));
}

interface TabRead {
  layout?: RosterLayout;
  students: Student[];
  problems: Problem[];
  skipped: Record<SkipReason, number>;
}

function parseRosterTab(sheet: SheetGrid, options: ParseOptions, oneOfSeveral: boolean): TabRead {
  const problems: Problem[] = [];
  const read: TabRead = { students: [], problems, skipped: NO_SKIPS() };
  const tabProblem = (severity: Severity, code: ProblemCode, message: string) =>
    problems.push({ sheet: sheet.name, cell: searchedRange(sheet), row: 1, column: 1, severity, code, message });

  if (sheet.values.every((row) => row.every(isBlank))) {
    tabProblem(oneOfSeveral ? 'warning' : 'error', 'ROSTER_EMPTY',
      `Trang "${sheet.name}" chưa có dữ liệu. Nhập dòng tiêu đề (Họ và tên, Lớp, các cột đánh giá) rồi danh sách học sinh${oneOfSeveral ? ', hoặc xóa trang này' : ''}.`);
    return read;
  }
  const headerArea = fillMerges(sheet.values.slice(0, HEADER_SEARCH_ROWS + 2), sheet.merges, HEADER_SEARCH_ROWS + 2);
  const found = findRosterLayout(headerArea);
  if (!found) {
    const anyName = headerArea.slice(0, HEADER_SEARCH_ROWS).some((row) => hasName(rowFields(row)));
    if (anyName) {
      tabProblem('error', 'HEADER_NO_CLASS',
        `Trang "${sheet.name}" có cột họ tên nhưng thiếu cột "Lớp" trong 10 dòng đầu. Thêm cột có tiêu đề "Lớp" cạnh cột họ tên.`);
    } else {
      tabProblem('error', 'HEADER_NOT_FOUND',
        `Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang "${sheet.name}". Cần ít nhất hai cột "Họ và tên" (hoặc "Họ đệm" và "Tên") và "Lớp".`);
    }
    return read;
  }
  const values = fillMerges(sheet.values, sheet.merges, found.dataStart);
  const lastHeaderRow = found.headerRows[found.headerRows.length - 1] + 1;

  // Repeated review columns: the first one counts, the rest are reported.
  const seen = new Map<string, number>();
  const reviewColumns: ReviewColumn[] = [];
  for (const rc of found.reviewColumns) {
    const key = rc.reviewPoint + '|' + rc.area;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        sheet: sheet.name, cell: a1(lastHeaderRow, rc.column + 1), row: lastHeaderRow, column: rc.column + 1,
        severity: 'warning', code: 'HEADER_DUPLICATE',
        message: `Cột "${rc.area}" của mốc ${reviewPointInfo(rc.reviewPoint).label} lặp lại (đã có ở cột ${columnLetters(first + 1)}). Chỉ cột đầu được tính; xóa hoặc đổi tên cột này.`,
      });
      continue;
    }
    seen.set(key, rc.column);
    reviewColumns.push(rc);
  }
  const layout: RosterLayout = { ...found, reviewColumns };
  read.layout = layout;
  if (reviewColumns.length === 0) { // the first column of each review point and area is always kept
    const headerRow = found.headerRows[0] + 1;
    problems.push({
      sheet: sheet.name, cell: a1(headerRow, 1), row: headerRow, column: 1, severity: 'warning', code: 'HEADER_NO_REVIEW',
      message: 'Chưa có cột đánh giá nào (ví dụ "GKI - Toán", hoặc ô gộp "Giữa học kì I" trên các cột Toán, Tiếng Việt, Năng lực, Phẩm chất). Thêm các cột đánh giá để có số liệu tổng hợp.',
    });
  }

  const f = layout.fields;
  const fieldColumns = fieldColumnSet(f, layout.fieldEnds);
  const columns: RowColumns = {
    fields: f,
    ends: layout.fieldEnds,
    readColumns: [...fieldColumns, ...reviewColumns.map((rc) => rc.column)],
    // Roster areas come from the vocabulary, so each has its scale.
    reviewColumns: reviewColumns.map((rc) => ({ ...rc, scale: (areaInfo(rc.area) as AreaInfo).scale })),
  };
  const reviewSet = new Set(reviewColumns.map((rc) => rc.column));
  // Columns a student is recognised by: a row with none of these filled is not a student.
  const studentMarks = [f.name, f.familyName, f.givenName, f.className, f.studentId, f.birthDate, f.disability, f.gender, f.female,
    f.hardship, f.conduct, f.supporter].filter((c): c is number => c !== undefined).flatMap((c) => {
    const field = (Object.keys(f) as RosterField[]).find((k) => f[k] === c) as RosterField;
    return Array.from({ length: (layout.fieldEnds[field] ?? c) - c + 1 }, (_, i) => c + i);
  });
  const studentRows: number[] = [];
  let afterFooter = false;
  // Rows under a repeated header that says something else than the top one: reported, not read.
  const headerGrid = found.headerRows.map((h) => values[h]);
  const reviewAt = new Map(found.reviewColumns.map((rc) => [rc.column, rc]));
  let lastHeaderLike = -2;
  let misheaded: { row: number; column: number; rows: number } | undefined;
  const closeMisheaded = () => {
    if (!misheaded) return;
    const { row, column, rows } = misheaded;
    const said = cellText(sheet.values[row][column]).trim();
    const top = headerGrid.map((h) => cellText(h[column]).trim()).filter((t) => t !== '').pop();
    problems.push({
      sheet: sheet.name, cell: a1(row + 1, column + 1), row: row + 1, column: column + 1, severity: 'error', code: 'HEADER_REPEATED_DIFFERS',
      message: `Dòng ${row + 1} nhắc lại dòng tiêu đề nhưng cột ${columnLetters(column + 1)} ghi "${said}", khác với dòng tiêu đề ở đầu trang${top ? ` ("${top}")` : ''}, nên ${rows} dòng học sinh bên dưới chưa được tính. Sắp các cột của phần này đúng như dòng tiêu đề đầu trang, hoặc chuyển phần này sang một trang riêng có tên bắt đầu bằng "Danh sách".`,
    });
    misheaded = undefined;
  };
  const skip = (reason: SkipReason) => read.skipped[reason]++;
  for (let r = layout.dataStart; r < values.length; r++) {
    const raw = sheet.values[r];
    // One pass, no allocation: this runs for every row of a district's roster.
    let filled = 0;
    let firstText = '';
    for (const v of raw) {
      if (isBlank(v)) continue;
      filled++;
      if (firstText === '' && typeof v === 'string') firstText = v;
    }
    if (filled === 0) {
      skip('blank');
      continue;
    }
    if (isColumnNumberRow(raw) || isHeaderLikeRow(raw) || (filled === 1 && isSectionTitle(firstText))) {
      // Header-like rows before any student are the top header's own (an area row it did not place).
      if ((studentRows.length > 0 || misheaded) && isHeaderLikeRow(raw)) {
        const differs = differingHeaderColumn(raw, headerGrid, layout, reviewAt);
        const continuing = lastHeaderLike === r - 1;
        if (differs !== undefined) {
          if (!(continuing && misheaded)) {
            closeMisheaded();
            misheaded = { row: r, column: differs, rows: 0 };
          }
        } else if (!continuing) closeMisheaded();
        lastHeaderLike = r;
      }
      skip('header');
      continue;
    }
    const hasRating = columns.reviewColumns.some((rc) => !isBlank(raw[rc.column]));
    const classText = cellText(raw[f.className as number]); // a layout always has Lớp
    const hasClass = !isBlank(classText) && !isFooterText(classText);
    if (!hasClass && isTotalLine(firstText)) {
      skip('total');
      continue;
    }
    if (!hasClass && !hasRating && (afterFooter || raw.some((v) => typeof v === 'string' && isFooterText(v)))) {
      afterFooter = true;
      skip('footer');
      continue;
    }
    if (!hasRating && !studentMarks.some((c) => !isBlank(raw[c]))) {
      skip(f.stt !== undefined && filled === 1 && !isBlank(raw[f.stt]) ? 'numbered' : 'note');
      continue;
    }
    if (misheaded) {
      misheaded.rows++;
      continue;
    }
    studentRows.push(r);
    const student = parseStudentRow(sheet.name, values[r], r + 1, columns, options, problems);
    read.students.push(student);
  }
  closeMisheaded();
  // Blank rows at the very end are the sheet's, not the school's.
  for (let r = values.length - 1; r >= layout.dataStart && sheet.values[r].every(isBlank); r--) read.skipped.blank--;

  // A repeated review column is already reported as such.
  const anyReview = new Set(found.reviewColumns.map((rc) => rc.column));
  problems.push(...unplacedColumns(sheet, values, layout, fieldColumns, anyReview, studentRows));
  problems.push(...mergedAcrossRatings(sheet, new Set(studentRows), reviewSet));
  return read;
}

// ---------------------------------------------------------------- columns that hold ratings nobody placed

/**
 * A cell of one to three words of letters only ("An", "Thị Bình"): a word of a name, not a number
 * or a note. Asked only of a column holding no rating and no mark (those make it a rating column).
 */
function isWordText(v: unknown): boolean {
  return typeof v === 'string' && /^\p{L}+( \p{L}+){0,2}$/u.test(tidy(v));
}

/** How a column's cells look: ratings (C, HT, Đạt …), only marks (x, ✓), or neither. */
function ratingLook(cells: unknown[]): 'ratings' | 'marks' | undefined {
  let marks = false;
  for (const v of cells) {
    if (v === true || (typeof v === 'string' && isMark(v))) marks = true;
    else if (typeof v === 'string' && (matchRating(v, 'subject') || matchRating(v, 'quality'))) return 'ratings';
  }
  return marks ? 'marks' : undefined;
}

// Cuối học kì II is named by secondary schools only; at primary it is Cuối năm.
const POINT_NAMES = REVIEW_POINTS.filter((p) => p.code !== 'CKII').map((p) => p.label).join(', ');

/**
 * Nothing rated is dropped silently: a column below the header that is neither a field nor a
 * placed review column, whose cells hold ratings, is reported at the header cell that has to
 * change, saying what to rename it to. One problem per header cell (a whole unnamed block is one).
 */
function unplacedColumns(sheet: SheetGrid, values: unknown[][], layout: RosterLayout, fieldColumns: Set<number>,
  reviewSet: Set<number>, studentRows: number[]): Problem[] {
  const problems = new Map<string, Problem>();
  const width = Math.max(0, ...studentRows.map((r) => sheet.values[r].length));
  const headerRows = layout.headerRows;
  const lowest = headerRows[headerRows.length - 1];
  // A header names either Họ và tên or Họ đệm + Tên.
  const nameEnd = layout.fieldEnds.name ?? layout.fields.name ?? (layout.fields.givenName as number);
  for (let c = 0; c < width; c++) {
    if (fieldColumns.has(c) || reviewSet.has(c)) continue;
    const cells = studentRows.map((r) => sheet.values[r][c]).filter((v) => !isBlank(v));
    if (cells.length === 0) continue;
    const labels = headerRows.map((r) => ({ row: r, text: tidy(cellText(values[r][c])) })).filter((l) => l.text !== '');
    const read = labels.map((l) => ({ ...l, label: readHeaderLabel(l.text) }));
    const point = read.find((l) => l.label.reviewPoint && !l.label.area);
    const area = read.find((l) => l.label.area && !l.label.reviewPoint);
    const named = read.some((l) => l.label.reviewPoint || l.label.area);
    const look = ratingLook(cells);
    if (!look && labels.length === 0 && c === nameEnd + 1 && cells.filter(isWordText).length * 2 >= studentRows.length) {
      // Words under no header beside the name: the rest of each name, cut off from it.
      const cell = a1(lowest + 1, c + 1);
      problems.set(cell, {
        sheet: sheet.name, cell, row: lowest + 1, column: c + 1, severity: 'warning', code: 'COLUMN_UNPLACED',
        message: `Cột ${columnLetters(c + 1)} cạnh cột họ tên có chữ ở ${cells.length} dòng nhưng không có tiêu đề, nên không được đọc. Nếu đây là phần tên của học sinh, gộp ô tiêu đề "Họ và tên" qua cột này, hoặc ghi tiêu đề "Họ đệm" cho cột trước và "Tên" cho cột này.`,
      });
      continue;
    }
    if (!look && !(named && cells.some((v) => typeof v === 'number'))) continue;
    let at: { row: number; column?: number; text: string };
    let message: string;
    const column = columnLetters(c + 1);
    if (area && !point) {
      const group = read.find((l) => l !== area);
      at = group ? topLeft(sheet, group.row, c, values) : { row: lowest, text: area.text };
      message = group
        ? `Các cột dưới tiêu đề "${group.text}" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Đổi tiêu đề thành tên một mốc: ${POINT_NAMES}.`
        : `Cột ${column} "${area.text}" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Ghi tên mốc vào tiêu đề (ví dụ "GKI - ${area.label.area}"), hoặc ghi mốc ở ô gộp phía trên các cột môn.`;
    } else if (point && !area) {
      const below = read.find((l) => l.row > point.row);
      at = below ?? { row: lowest, text: '' };
      message = below
        ? `Cột ${column} thuộc mốc ${reviewPointInfo(point.label.reviewPoint as ReviewPointCode).label} nhưng tiêu đề "${below.text}" không phải tên môn hay nội dung đánh giá, nên chưa được tính. Đổi thành Toán, Tiếng Việt, Năng lực, Phẩm chất hoặc tên một môn học.`
        : `Cột ${column} thuộc mốc ${reviewPointInfo(point.label.reviewPoint as ReviewPointCode).label} nhưng thiếu tên môn, nên chưa được tính. Ghi tên môn (Toán, Tiếng Việt, Năng lực, Phẩm chất …) vào ô tiêu đề.`;
    } else {
      const own = read[read.length - 1];
      at = own ?? { row: lowest, text: '' };
      message = own
        ? `Cột ${column} có kết quả đánh giá nhưng tiêu đề "${own.text}" không rõ là môn nào của mốc nào, nên chưa được tính. Đổi tiêu đề thành, ví dụ, "GKI - Toán" (mốc - môn), hoặc ghi mốc ở ô gộp phía trên và tên môn ở ô dưới.`
        : `Cột ${column} có kết quả đánh giá nhưng không có tiêu đề, nên chưa được tính. Ghi tiêu đề, ví dụ "GKI - Toán" (mốc - môn); nếu không phải cột đánh giá thì xóa các ô này.`;
    }
    const severity: Severity = named || look === 'ratings' ? 'error' : 'warning';
    const cell = a1(at.row + 1, at.column ?? c + 1);
    if (!problems.has(cell)) {
      problems.set(cell, {
        sheet: sheet.name, cell, row: at.row + 1, column: at.column ?? c + 1, severity, code: 'COLUMN_UNPLACED',
        message: severity === 'warning' ? `${message} Nếu cột này không phải kết quả đánh giá, có thể bỏ qua cảnh báo này.` : message,
      });
    }
  }
  return [...problems.values()];
}

/** The cell to point at for a header cell: the top-left of its merge (what the school clicks to edit). */
function topLeft(sheet: SheetGrid, row: number, column: number, values: unknown[][]): { row: number; column?: number; text: string } {
  const m = sheet.merges?.find((x) => row + 1 >= x.row && row + 1 < x.row + x.numRows && column + 1 >= x.column && column + 1 < x.column + x.numColumns);
  return m ? { row: m.row - 1, column: m.column, text: tidy(cellText(values[m.row - 1][m.column - 1])) } : { row, text: tidy(cellText(values[row][column])), column: column + 1 };
}

/** A rating merged across several review columns counts only in its first: say so at the block. */
function mergedAcrossRatings(sheet: SheetGrid, studentRows: Set<number>, reviewSet: Set<number>): Problem[] {
  const problems: Problem[] = [];
  for (const m of sheet.merges ?? []) {
    const top = m.row - 1;
    if (!studentRows.has(top) || m.numColumns < 2 || !reviewSet.has(m.column - 1)) continue;
    if (isBlank(sheet.values[top]?.[m.column - 1])) continue;
    const covered = Array.from({ length: m.numColumns - 1 }, (_, i) => m.column + i).filter((c) => reviewSet.has(c));
    if (covered.length === 0) continue;
    const range = `${a1(m.row, m.column)}:${a1(m.row + m.numRows - 1, m.column + m.numColumns - 1)}`;
    problems.push({
      sheet: sheet.name, cell: range, row: m.row, column: m.column, severity: 'warning', code: 'MERGED_ACROSS_RATINGS',
      message: `Ô ${range} gộp nhiều cột đánh giá nên chỉ được tính cho cột ${columnLetters(m.column)}. Bỏ gộp ô (Định dạng → Gộp ô → Hủy gộp) rồi ghi mức đánh giá vào từng cột.`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------- one student

/** Columns of the roster, worked out once rather than per row. */
interface RowColumns {
  fields: Partial<Record<RosterField, number>>;
  ends: Partial<Record<RosterField, number>>;
  /** Every column read: fields and review cells. */
  readColumns: number[];
  reviewColumns: Array<ReviewColumn & { scale: Scale }>;
}

function parseStudentRow(
  sheetName: string,
  values: unknown[],
  row: number,
  { fields: f, ends, readColumns, reviewColumns }: RowColumns,
  options: ParseOptions,
  problems: Problem[],
): Student {
  // A field spanning several columns reads as their texts joined ("Nguyễn Văn" + "An"). A failed
  // formula is reported below and reads as nothing: "#REF!" is no name, "#N/A" no class.
  const cell = (v: unknown) => (typeof v === 'string' && isFormulaError(v) ? '' : cellText(v));
  const text = (field: RosterField) => {
    const column = f[field];
    if (column === undefined) return '';
    const end = ends[field] ?? column;
    if (end === column) return tidy(cell(values[column]));
    return tidy(values.slice(column, end + 1).map(cell).join(' '));
  };
  const name = f.name !== undefined ? text('name') : tidy(`${text('familyName')} ${text('givenName')}`);
  const className = text('className');

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
    add((f.name ?? f.givenName) as number, 'error', 'NAME_MISSING',
      'Dòng này thiếu họ tên học sinh. Điền họ và tên, hoặc xóa dòng nếu không dùng.');
  }
  const key = classKey(className); // '' for no class
  const listed = key ? options.classList.byKey.get(key) : undefined;
  const grade = listed?.grade ?? gradeFromClassName(className);
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
    birthDate = parseBirthDate(raw, options.timeZoneOffsetMinutes);
    if (!birthDate) {
      add(f.birthDate, 'warning', 'BIRTH_DATE_INVALID',
        `Ngày sinh "${cellText(raw)}" không đọc được. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2018.`);
    }
  }

  let disability = false;
  if (f.disability !== undefined && !formulaErrorAt(f.disability)) {
    const raw = values[f.disability];
    const said = readDisability(raw);
    if (said === undefined) {
      add(f.disability, 'warning', 'DISABILITY_UNCLEAR',
        `Ô HSKT${name ? ` của ${name}` : ''} ghi "${tidy(cellText(raw))}", không rõ có phải học sinh khuyết tật không, nên chưa được tính là HSKT. Ghi x (hoặc dạng khuyết tật, ví dụ "khiếm thính") nếu có; để trống hoặc ghi "không" nếu không.`);
    }
    disability = said === true;
  }

  const reviews = readRowReviews(values, reviewColumns, {
    name, grade, level: levelOfGrade(grade), scoreThreshold: options.scoreThreshold, errorColumns, add,
  });

  const gender = f.gender !== undefined ? genderIsFemale(text('gender')) : undefined;
  const female = gender ?? (f.female !== undefined ? isTicked(cellText(values[f.female])) : undefined);
  return {
    sheet: sheetName,
    row,
    studentId: f.studentId !== undefined ? idText(values[f.studentId]) : '',
    name,
    className: listed?.name ?? className,
    classKey: key,
    grade,
    birthDate,
    female,
    disability,
    supporters: f.supporter !== undefined ? splitSupporters(cell(values[f.supporter])) : [],
    reviews,
    excluded,
    ...freeText('hardship', text('hardship')),
    ...freeText('conduct', text('conduct')),
  };
}
