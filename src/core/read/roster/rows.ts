// The rows below a roster header: which are students and which are not (blank, a repeated header,
// a total line, the signature footer, a numbered empty row, a note), each counted by reason. A
// header repeated below the data that says something else than the top one is an error at its
// cell, and the students under it are not read with the top header's meaning.

import { cellText, isBlank } from '../../cells';
import type { Problem, SheetGrid } from '../../model';
import { problemAt } from '../../problem';
import { columnLetters, fold } from '../../text';
import { matchField, readHeaderLabel } from '../../vocab';
import { nameColumns, NO_SKIPS, type ReviewColumn, type RosterLayout, type SkipReason } from './types';

/** A row of column numbers under the header ("1", "2", "(3)" …), common in printed forms. */
export function isColumnNumberRow(row: unknown[]): boolean {
  let n = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    n++;
    if (Number(cellText(v).replace(/[()]/g, '')) !== n) return false;
  }
  return n >= 3;
}

/**
 * Every filled cell is a header label (a repeated header when classes are pasted one under another), and a
 * name column holds a field label or a review point ("KẾT QUẢ CUỐI HKI" over the next block, compared with the
 * top header as a repeat): a child named like a subject ("Lý" | "Hóa") is a child.
 */
function isHeaderLikeRow(row: unknown[], names: ReadonlySet<number>): boolean {
  let labels = 0;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (isBlank(value)) continue;
    if (typeof value !== 'string') return false;
    const label = readHeaderLabel(value);
    if (names.has(c) && !matchField(value) && !(label.clear && label.reviewPoint !== undefined && label.area === undefined)) return false;
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
      // "Họ đệm" | "Tên" under a "Họ và tên" merged over both: the name's own parts, in that order.
      const start = layout.fields.name;
      const end = layout.fieldEnds.name ?? start;
      if (layout.fields[field] === undefined && start !== undefined && ((field === 'familyName' && c === start) || (field === 'givenName' && c > start && c === end))) continue;
      const at = layout.fields[field];
      if (at !== undefined && at <= c && c <= (layout.fieldEnds[field] ?? at)) continue;
      return c;
    }
    const label = readHeaderLabel(text);
    // A title naming the very point of every review column ("KẾT QUẢ CUỐI HKI" over a block read at Cuối kì I) says nothing new.
    if (label.reviewPoint && !label.area && reviewAt.size > 0 && [...reviewAt.values()].every((rc) => rc.reviewPoint === label.reviewPoint)) continue;
    const rc = reviewAt.get(c);
    if (!rc || (label.reviewPoint && label.reviewPoint !== rc.reviewPoint) || (label.area && label.area !== rc.area)) return c;
  }
  return undefined;
}

/** "Lớp 1B", "KHỐI 2", "DANH SÁCH LỚP 3A": a title between the classes of one tab. */
function isSectionTitle(text: string): boolean {
  return /^(lop|khoi|danh sach)\b/.test(fold(text));
}

/** "Tổng", "Tổng cộng", "Cộng: 6 em", "TC", "Tổng số: 35 HS"; a count of some students: "Số HS chưa đạt", "Số em cần hỗ trợ: 3". */
function isTotalLine(text: string): boolean {
  const key = fold(text);
  return /^(tong cong|tong so|tong|cong|tc)( hoc sinh| hs)?( (lop|khoi) [a-z0-9./]+)?\s*[:.]?\s*(\d+\s*(em|hs|hoc sinh)?)?$/.test(key)
    || /^so (hs|hoc sinh|em|luong)\b/.test(key);
}

/**
 * A class block's statistics line, written in the name or first text cell: "Tổng số HS dưới 5", "TB lớp",
 * "Tỉ lệ (%)", "Trung bình môn", "Số em cần hỗ trợ". No child's name begins so ("Tống Công Minh", "Tống Văn
 * An" are names: a bare "Tổng" is a total only as isTotalLine reads it).
 */
function isStatisticsLine(text: string): boolean {
  return /^(tong so (hs|hoc sinh|em|nu|duoi|tren)|so (hs|hoc sinh|em|luong)|ti le|ty le|(tb|trung binh) (lop|mon|chung|cong)|diem (tb|trung binh))\b/.test(fold(text));
}

/**
 * Counts in the rating columns (a class block's "Tổng cộng" row): whole numbers only, at least one; with
 * `averages`, decimals too ("TB lớp" 5,8). A rating word among them makes the row one to read.
 */
function countsOnly(raw: unknown[], columns: number[], averages = false): boolean {
  let counts = 0;
  for (const c of columns) {
    const v = raw[c];
    if (isBlank(v)) continue;
    if (typeof v === 'number' || (typeof v === 'string' && (averages ? /^\s*\d+([.,]\d+)?\s*%?\s*$/ : /^\s*\d+\s*$/).test(v))) counts++;
    else return false;
  }
  return counts > 0;
}

/** The signature block under a list: who made it, who signs, the place-and-date line. */
function isFooterText(text: string): boolean {
  const key = fold(text);
  return /\bnguoi lap\b|\bhieu truong\b|\bgiao vien chu nhiem\b|^gvcn\b|\bto truong\b|\bxac nhan\b|\bky,? (ten|ghi ro)|\bngay\b.*\bthang\b.*\bnam\b|^(tm|kt)\.? /.test(key);
}

/** What the row sorter needs to know of the tab. */
export interface RowSortInput {
  sheet: SheetGrid;
  /** The grid with merged blocks filled (cells.fillMerges). */
  values: unknown[][];
  layout: RosterLayout;
  /** Review columns as the header named them, repeats included (a repeated header says them again). */
  namedColumns: ReviewColumn[];
  /** Columns a student is recognised by: a row with none of these filled and no rating is not a student. */
  studentMarks: number[];
  /** Where problems go, in the order they are found (shared with the students' problems). */
  problems: Problem[];
}

export interface RowSort {
  /** 0-based rows read as students, in order. */
  studentRows: number[];
  skipped: Record<SkipReason, number>;
}

/** A repeated header that differs from the top one: the rows under it are counted, not read. */
interface Misheaded { row: number; column: number; rows: number }

/** Sorts the rows below the header, calling `onStudent` for each student row in order. */
export function sortRows(input: RowSortInput, onStudent: (row: number) => void): RowSort {
  const sorter = new RowSorter(input);
  const { values, layout } = input;
  for (let r = layout.dataStart; r < values.length; r++) {
    if (sorter.isStudent(r)) {
      sorter.result.studentRows.push(r);
      onStudent(r);
    }
  }
  sorter.closeMisheaded();
  // Blank rows at the very end are the sheet's, not the school's.
  for (let r = values.length - 1; r >= layout.dataStart && input.sheet.values[r].every(isBlank); r--) sorter.result.skipped.blank--;
  return sorter.result;
}

class RowSorter {
  readonly result: RowSort = { studentRows: [], skipped: NO_SKIPS() };
  private afterFooter = false;
  private lastHeaderLike = -2;
  private misheaded: Misheaded | undefined;
  private readonly headerGrid: unknown[][];
  private readonly reviewAt: Map<number, ReviewColumn>;
  private readonly reviewColumns: number[];
  private readonly names: Set<number>;

  constructor(private readonly input: RowSortInput) {
    this.names = nameColumns(input.layout.fields, input.layout.fieldEnds);
    this.headerGrid = input.layout.headerRows.map((h) => input.values[h]);
    this.reviewAt = new Map(input.namedColumns.map((rc) => [rc.column, rc]));
    this.reviewColumns = input.layout.reviewColumns.map((rc) => rc.column);
  }

  private skip(reason: SkipReason): false {
    this.result.skipped[reason]++;
    return false;
  }

  /** True for a student row; any other row is counted by its reason. */
  isStudent(r: number): boolean {
    const raw = this.input.sheet.values[r];
    // One pass, no allocation: this runs for every row of a district's roster.
    let filled = 0;
    let firstText = '';
    for (const v of raw) {
      if (isBlank(v)) continue;
      filled++;
      if (firstText === '' && typeof v === 'string') firstText = v;
    }
    if (filled === 0) return this.skip('blank');
    if (isColumnNumberRow(raw) || isHeaderLikeRow(raw, this.names) || (filled === 1 && isSectionTitle(firstText))) {
      this.headerLike(r, raw);
      return this.skip('header');
    }
    const f = this.input.layout.fields;
    const hasRating = this.reviewColumns.some((c) => !isBlank(raw[c]));
    const classText = cellText(raw[f.className as number]); // a layout always has Lớp
    const hasClass = !isBlank(classText) && !isFooterText(classText);
    // A total line: without a class, or with counts where ratings go (a class block's "Tổng cộng").
    if (isTotalLine(firstText) && (!hasClass || countsOnly(raw, this.reviewColumns))) return this.skip('total');
    const nameText = f.name !== undefined ? cellText(raw[f.name]) : '';
    if ((isStatisticsLine(firstText) || isStatisticsLine(nameText)) && (!hasClass || countsOnly(raw, this.reviewColumns, true))) return this.skip('total');
    if (!hasClass && !hasRating && (this.afterFooter || raw.some((v) => typeof v === 'string' && isFooterText(v)))) {
      this.afterFooter = true;
      return this.skip('footer');
    }
    if (!hasRating && !this.input.studentMarks.some((c) => !isBlank(raw[c]))) {
      return this.skip(f.stt !== undefined && filled === 1 && !isBlank(raw[f.stt]) ? 'numbered' : 'note');
    }
    if (this.misheaded) {
      this.misheaded.rows++;
      return false;
    }
    return true;
  }

  /** A header-like row: after students, a repeated header, which must say what the top one says. */
  private headerLike(r: number, raw: unknown[]): void {
    // Header-like rows before any student are the top header's own (an area row it did not place).
    if (!((this.result.studentRows.length > 0 || this.misheaded) && isHeaderLikeRow(raw, this.names))) return;
    const differs = differingHeaderColumn(raw, this.headerGrid, this.input.layout, this.reviewAt);
    const continuing = this.lastHeaderLike === r - 1;
    if (differs !== undefined) {
      if (!(continuing && this.misheaded)) {
        this.closeMisheaded();
        this.misheaded = { row: r, column: differs, rows: 0 };
      }
    } else if (!continuing) this.closeMisheaded();
    this.lastHeaderLike = r;
  }

  closeMisheaded(): void {
    if (!this.misheaded) return;
    const { row, column, rows } = this.misheaded;
    const said = cellText(this.input.sheet.values[row][column]).trim();
    const top = this.headerGrid.map((h) => cellText(h[column]).trim()).filter((t) => t !== '').pop();
    this.input.problems.push(problemAt(this.input.sheet.name, row + 1, column + 1, 'error', 'HEADER_REPEATED_DIFFERS',
      `Dòng ${row + 1} nhắc lại dòng tiêu đề nhưng cột ${columnLetters(column + 1)} ghi "${said}", khác với dòng tiêu đề ở đầu trang${top ? ` ("${top}")` : ''}, nên ${rows} dòng học sinh bên dưới chưa được tính. Sắp các cột của phần này đúng như dòng tiêu đề đầu trang, hoặc chuyển phần này sang một trang riêng có tên bắt đầu bằng "Danh sách".`));
    this.misheaded = undefined;
  }
}
