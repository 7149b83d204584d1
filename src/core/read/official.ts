// Reading an official results tab: vnEdu's "Sổ điểm tổng kết" (one tab per class, PRODUCT 2.2)
// or a per-class results sheet a school typed in the same shape. Recognised by content, whatever
// the tab is called: title rows naming the review point, "Năm học" and "Lớp"; a header of one to
// four rows (merged, so only the first cell of a span holds its text) with a name column and
// rating columns under "Môn học và hoạt động giáo dục" / "Năng lực cốt lõi" / "Phẩm chất chủ yếu".
// A tab that shows none of this is not an official tab and is left alone, without a word.

import { cellText, idText, isBlank, parseBirthDate } from '../cells';
import { classKey, gradeFromClassName } from './classes';
import { isSecondary, levelOfGrade, pointAtLevel, type Level } from '../levels';
import type { Absences, Problem, ProblemCode, Severity, SheetGrid, StudentReview } from '../model';
import { classifySecondary, readAbsences, type AbsencePart } from './official-secondary';
import { pathTexts, readHeaderTree } from './header-tree';
import { rowFields } from './roster';
import { DEFAULT_SCORE_THRESHOLD, ratingReason, readRating, scaleAt, scaleDescription as cellScaleDescription } from '../scales';
import { HEADER_SEARCH_ROWS } from '../table';
import { problemAt } from '../problem';
import { fold, tidy } from '../text';
import {
  areaOrder, findReviewPointIn, isFormulaError, isTicked, isTotalLabel, matchArea, matchField, matchRating, reviewPointInfo,
  scaleDescription, type ReviewPointCode, type RosterField, type Scale,
} from '../vocab';

/** What a column of an official tab holds. */
export type OfficialColumnKind = 'rating' | 'score' | 'notPromoted' | 'absence' | 'other';

export interface OfficialColumn {
  /** 0-based column. */
  column: number;
  kind: OfficialColumnKind;
  /** Canonical area of a rating column (a subject, Năng lực or Phẩm chất). */
  area: string;
  scale: Scale;
  /** The header labels over the column, top to bottom, as written. */
  labels: string[];
  /** A secondary subject's sub-header: "(HS 1)" scored, "(N.xét)" rated by comment. */
  hint?: 'score' | 'comment';
  /** Which Buổi nghỉ cell an absence column holds. */
  part?: AbsencePart;
}

export interface OfficialStudent {
  /** 1-based sheet row. */
  row: number;
  studentId: string;
  name: string;
  birthDate?: string;
  female?: boolean;
  /** "Chưa lên lớp" ticked (year-end exports): stays in the same khối next year. */
  notPromoted: boolean;
  review: StudentReview;
  /** 1-based column of each area's first cell, or of its first C when the area needs support. */
  areaColumns: Record<string, number>;
  /** An error on the row (an unreadable rating) leaves it out of every count. */
  excluded: boolean;
  /** Buổi nghỉ up to the tab's review point, when the tab has the columns. */
  absences?: Absences;
}

export interface OfficialTab {
  sheet: string;
  /** vnEdu's own labels (groups, "Mức đạt được") placed the columns; else a sheet a school typed alike. */
  style: 'vnEdu' | 'school';
  reviewPoint?: ReviewPointCode;
  /** First calendar year of the school year ("2025 - 2026" → 2025). */
  schoolYear?: number;
  /** As the title writes it ("2A"), else the tab's name. */
  className: string;
  /** The khối's level (PRODUCT 2.3): its cells were read on that level's scales. */
  level?: Level;
  classKey: string;
  /** 1-based [row, column] of the title cells that said so. */
  titleCells: Title['cells'];
  /** 0-based rows of the header and first data row. */
  headerRows: number[];
  dataStart: number;
  /** 1-based columns of the name and Mã HS cells. */
  nameColumn: number;
  studentIdColumn?: number;
  columns: OfficialColumn[];
  /** Areas with at least one rating column, in report order. */
  areas: string[];
  students: OfficialStudent[];
  problems: Problem[];
}

// Group labels of vnEdu's top header row, and the labels under a subject.
const SUBJECT_GROUP = /\bmon hoc\b|\bhoat dong giao duc\b/;
const ABILITIES = /\bnang luc\b/;
const QUALITIES = /\bpham chat\b/;
const NOT_PROMOTED = /\bchua len lop\b|\bo lai lop\b/;
const IGNORED_GROUP = /\bkqgd\b|\bket qua giao duc\b|\bdanh gia kqgd\b|\bkhen thuong\b|\bnhan xet\b/;
const RATING_LABEL = /^(muc dat duoc|muc dat|muc|danh gia|xep loai|muc danh gia|ket qua)$/;
const SCORE_LABEL = /^(diem( ktdk| kiem tra( dinh ki| dinh ky)?| kt| ktck| ktdk cuoi ki)?|ktdk)$/;

const byAreaOrder = (a: string, b: string) => areaOrder(a) - areaOrder(b);

/** "Tin học và Công nghệ (Công nghệ)" → Công nghệ; "Môn Toán" → Toán; undefined when unknown. */
export function matchSubject(label: string): string | undefined {
  const inner = /\(([^)]*)\)\s*$/.exec(label);
  if (inner) {
    const named = matchArea(inner[1]);
    if (named) return named;
  }
  const whole = matchArea(label);
  if (whole) return whole;
  return matchArea(label.replace(/\([^)]*\)/g, '').replace(/^\s*môn\s+/i, ''));
}

/** A numbered data row: STT is a whole number, typed or as text. */
function isNumbered(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0;
  return typeof value === 'string' && /^\s*\d{1,4}\s*\.?\s*$/.test(value);
}

interface Classified {
  kind: OfficialColumnKind;
  hint?: 'score' | 'comment';
  part?: AbsencePart;
  area?: string;
  scale: Scale;
  /** Subject label not in the vocabulary: counted under its own name, with a warning. */
  unknownSubject?: string;
  /** True when a vnEdu-style label (group, "Mức đạt được") placed the column. */
  marked: boolean;
  /** A column known to hold something else (KQGD, Khen thưởng, Nhận xét). */
  ignored?: boolean;
}

function classify(labels: string[]): Classified {
  const secondary = classifySecondary(labels, matchSubject);
  if (secondary?.kind === 'rating') return { kind: 'rating', area: secondary.area, scale: 'subject', hint: secondary.hint, marked: true };
  if (secondary?.kind === 'absence') return { kind: 'absence', part: secondary.part, scale: 'subject', marked: true };
  if (secondary?.kind === 'known') return { kind: 'other', scale: 'subject', marked: true, ignored: true };
  const present = labels.filter((l) => l !== '');
  const folded = present.map(fold);
  if (folded.some((l) => NOT_PROMOTED.test(l))) return { kind: 'notPromoted', scale: 'subject', marked: true };
  if (folded.some((l) => IGNORED_GROUP.test(l))) return { kind: 'other', scale: 'subject', marked: true, ignored: true };
  // vnEdu names each năng lực and phẩm chất under its group; a school's sheet has one "Năng lực" column.
  if (folded.some((l) => ABILITIES.test(l))) return { kind: 'rating', area: 'Năng lực', scale: 'quality', marked: present.length > 1 };
  if (folded.some((l) => QUALITIES.test(l))) return { kind: 'rating', area: 'Phẩm chất', scale: 'quality', marked: present.length > 1 };
  const leaf = folded[folded.length - 1] ?? '';
  const grouped = folded.some((l) => SUBJECT_GROUP.test(l));
  if (SCORE_LABEL.test(leaf)) return { kind: 'score', scale: 'subject', marked: grouped };
  const rated = RATING_LABEL.test(leaf);
  const names = present.filter((_, i) => !SUBJECT_GROUP.test(folded[i]) && !RATING_LABEL.test(folded[i]));
  const subject = names[names.length - 1];
  if (!subject) return { kind: 'other', scale: 'subject', marked: grouped || rated };
  const area = matchSubject(subject);
  if (area) return { kind: 'rating', area, scale: 'subject', marked: grouped || rated };
  // An unknown label is a subject only inside the subject group or over "Mức đạt được".
  return grouped || rated
    ? { kind: 'rating', area: subject, scale: 'subject', unknownSubject: subject, marked: true }
    : { kind: 'other', scale: 'subject', marked: false };
}

/** What the title rows say: review point, school year and class, with the cell of each (1-based). */
interface Title {
  reviewPoint?: ReviewPointCode;
  schoolYear?: number;
  className?: string;
  cells: { reviewPoint?: [number, number]; schoolYear?: [number, number]; className?: [number, number] };
}

function readTitle(values: unknown[][], headerRow: number): Title {
  const title: Title = { cells: {} };
  for (let r = 0; r < headerRow; r++) {
    values[r].forEach((value, c) => {
      const text = cellText(value);
      if (isBlank(text)) return;
      const at: [number, number] = [r + 1, c + 1];
      if (title.reviewPoint === undefined) {
        title.reviewPoint = findReviewPointIn(text);
        if (title.reviewPoint) title.cells.reviewPoint = at;
      }
      const folded = fold(text);
      if (title.schoolYear === undefined) {
        const year = /(20\d\d)\s*[-–/]\s*(20\d\d)/.exec(folded);
        if (year && Number(year[2]) === Number(year[1]) + 1) {
          title.schoolYear = Number(year[1]);
          title.cells.schoolYear = at;
        }
      }
      if (title.className === undefined) {
        const cls = /(?:^|[^a-z])lop\s*:?\s*(\d{1,2}\s*[a-z0-9/.]*)/.exec(folded);
        if (cls) {
          title.className = cls[1].replace(/\s+/g, '').toUpperCase();
          title.cells.className = at;
        }
      }
    });
  }
  return title;
}

/** The header row: the first of the first rows with a name column and no "Lớp" column. */
function findHeader(values: unknown[][]): { row: number; fields: Partial<Record<RosterField, number>> } | undefined {
  const last = Math.min(HEADER_SEARCH_ROWS + 2, values.length);
  for (let r = 0; r < last; r++) {
    const fields = rowFields(values[r]);
    if (fields.name !== undefined || (fields.familyName !== undefined && fields.givenName !== undefined)) return { row: r, fields };
  }
  return undefined;
}

const MAX_HEADER_ROWS = 5;

/**
 * Reads a tab as official results; undefined when its content is not shaped like one (no name
 * column, or no rating column placed by a known subject, "Mức đạt được" or a vnEdu group label).
 */
export interface OfficialReadOptions {
  /** Cấu hình "Điểm cần hỗ trợ dưới" (default 5,0). */
  scoreThreshold?: number;
  /** The khối of a class as the Lớp tab says, else undefined (then the class name's number). */
  gradeOf?: (className: string) => number | undefined;
}

export function readOfficialTab(grid: SheetGrid, timeZoneOffsetMinutes: number, options: OfficialReadOptions = {}): OfficialTab | undefined {
  const values = grid.values;
  const header = findHeader(values);
  if (!header) return undefined;
  const f = header.fields;
  const nameColumn = (f.name ?? f.familyName) as number;
  const sttColumn = f.stt;

  // Data start: the first numbered row (or, without STT, the first row with a name) below the header.
  let dataStart = -1;
  for (let r = header.row + 1; r < Math.min(values.length, header.row + 1 + MAX_HEADER_ROWS + 1); r++) {
    const row = values[r];
    if (sttColumn !== undefined ? isNumbered(row[sttColumn]) : !isBlank(row[nameColumn])) {
      dataStart = r;
      break;
    }
  }
  if (dataStart < 0) dataStart = Math.min(values.length, header.row + 1 + MAX_HEADER_ROWS);
  const headerRows = Array.from({ length: dataStart - header.row }, (_, i) => header.row + i);
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const fieldColumns = new Set(Object.values(f) as number[]);
  // Every name-like or id-like label (vnEdu's hidden second "Họ và tên" column) is a field, not a rating.
  for (let c = 0; c < width; c++) if (matchField(cellText(values[header.row][c]))) fieldColumns.add(c);
  const tree = readHeaderTree(values, grid.merges, headerRows, { width, stop: fieldColumns });

  const classified = tree.map((column) => ({ c: column.column, labels: pathTexts(column), ...classify(pathTexts(column)) }));
  const columns: OfficialColumn[] = classified
    .filter((x) => x.kind !== 'other')
    .map((x) => ({
      column: x.c, kind: x.kind, area: x.area ?? '', scale: x.scale, labels: x.labels,
      ...(x.hint ? { hint: x.hint } : {}), ...(x.part ? { part: x.part } : {}),
    }));
  const ratingColumns = columns.filter((c) => c.kind === 'rating');
  const known = classified.filter((x) => x.kind === 'rating' && !x.unknownSubject);
  const marked = classified.some((x) => x.marked);
  const title = readTitle(values, header.row);
  // Recognised when vnEdu's labels place the columns, or a title names the review point over known areas.
  if (known.length === 0 || (!marked && !title.reviewPoint)) return undefined;

  // A tab copied in Excel or Sheets is "2a (2)": still class 2A, so a second copy is a duplicate, not another class.
  const className = title.className ?? tidy(grid.name).replace(/\s*\(\d+\)$/, '').toUpperCase();
  const level = levelOfGrade(options.gradeOf?.(className) ?? gradeFromClassName(className));
  const absenceColumns = columns.filter((c) => c.kind === 'absence').map((c) => ({ column: c.column, part: c.part as AbsencePart }));
  // "Học kỳ 2" is Cuối kì II at secondary and Cuối năm at primary (TT27 has no semester-II rating).
  const reviewPoint = title.reviewPoint && pointAtLevel(title.reviewPoint, level);
  const secondary = isSecondary(level);
  const threshold = options.scoreThreshold ?? DEFAULT_SCORE_THRESHOLD;
  const problems: Problem[] = [];
  const tabProblem = (row: number, column: number, severity: Severity, code: ProblemCode, message: string) =>
    problems.push(problemAt(grid.name, row, column, severity, code, message));
  const tab = {
    sheet: grid.name, style: marked ? 'vnEdu' as const : 'school' as const, titleCells: title.cells, reviewPoint, level,
    schoolYear: title.schoolYear, headerRows, dataStart, nameColumn: nameColumn + 1,
    studentIdColumn: f.studentId !== undefined ? f.studentId + 1 : undefined, columns, problems,
  };
  if (f.className !== undefined) {
    // Results shaped like a class tab but with a Lớp column (a roster under another name, or a
    // class tab a teacher added a column to): never guessed as one class, never dropped unseen.
    tabProblem(header.row + 1, f.className + 1, 'error', 'OFFICIAL_CLASS_COLUMN',
      `Trang "${grid.name}" có kết quả đánh giá nhưng có cột Lớp, nên không đọc được là kết quả của một lớp; các mức đánh giá trong trang này chưa được tính. Nếu đây là danh sách học sinh, đặt tên trang bắt đầu bằng "Danh sách"; nếu là kết quả của một lớp, xóa cột Lớp.`);
    const name = tidy(grid.name);
    return { ...tab, reviewPoint: undefined, className: name, classKey: classKey(name), areas: [], students: [] };
  }
  const headerBottom = headerRows[headerRows.length - 1] + 1;
  for (const x of classified) {
    if (x.unknownSubject) {
      tabProblem(headerBottom, x.c + 1, 'warning', 'OFFICIAL_SUBJECT_UNKNOWN',
        `Trang "${grid.name}": cột môn "${x.unknownSubject}" không khớp môn học nào tiện ích biết; vẫn được tính với tên "${x.unknownSubject}". Nếu đây là một môn đã biết (ví dụ Tin học, Công nghệ, Khoa học), đổi tiêu đề cột cho đúng tên môn.`);
    }
  }
  const titleCell = (code: ProblemCode, message: string) => tabProblem(1, 1, 'error', code, message);
  if (!title.reviewPoint) {
    titleCell('OFFICIAL_NO_REVIEW_POINT',
      `Trang "${grid.name}" là bảng kết quả đánh giá nhưng các dòng tiêu đề không ghi mốc đánh giá, nên chưa được tính. Thêm một dòng tiêu đề như "KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I" phía trên bảng.`);
  }
  if (title.schoolYear === undefined) {
    tabProblem(1, 1, 'warning', 'OFFICIAL_NO_YEAR',
      `Trang "${grid.name}" không ghi năm học; tiện ích coi là năm học hiện tại. Thêm dòng "Năm học: 2025 - 2026" phía trên bảng cho chắc.`);
  }
  if (!title.className && !/^\d/.test(classKey(grid.name))) {
    titleCell('OFFICIAL_NO_CLASS',
      `Trang "${grid.name}" là bảng kết quả đánh giá nhưng không ghi lớp, nên chưa được tính. Thêm dòng "Lớp: 2A" phía trên bảng, hoặc đặt tên trang là tên lớp.`);
  }

  // Columns whose header says nothing the reader understands: a rating there must not go unseen.
  const scoreColumns = classified.filter((x) => x.kind === 'score');
  const unplaced = classified.filter((x) => x.kind === 'other' && !x.ignored && !fieldColumns.has(x.c)).map((x) => x.c);
  const areas = [...new Set(ratingColumns.map((c) => c.area))].sort(byAreaOrder);
  const students: OfficialStudent[] = [];
  const reported = new Set<number>();
  for (let r = dataStart; r < values.length; r++) {
    const row = values[r];
    const numbered = sttColumn === undefined ? !isBlank(row[nameColumn]) : isNumbered(row[sttColumn]);
    const name = f.name !== undefined ? tidy(cellText(row[f.name])) : tidy(`${cellText(row[f.familyName as number])} ${cellText(row[f.givenName as number])}`);
    if (!numbered) {
      if (matchField(name)) continue; // the header repeated mid-table (a pasted page break)
      // Below the data: the signature block, a total line, blank rows. A named row with ratings is not skipped unseen.
      // A row with a Mã HS or a birth date is a student too, rated or not: it counts in THHS.
      const hasRatings = ratingColumns.some((rc) => !isBlank(row[rc.column]));
      const identified = (f.studentId !== undefined && !isBlank(row[f.studentId])) || (f.birthDate !== undefined && !isBlank(row[f.birthDate]));
      if (name && (hasRatings || identified) && !isTotalLabel(name)) {
        tabProblem(r + 1, (sttColumn ?? nameColumn) + 1, 'error', 'OFFICIAL_ROW_UNREAD',
          `Dòng của ${name} có ${hasRatings ? 'kết quả đánh giá' : 'Mã HS hoặc ngày sinh'} nhưng cột STT không ghi số thứ tự, nên dòng này chưa được tính (kể cả trong sĩ số). Ghi số thứ tự vào ô này.`);
      }
      continue;
    }
    if (!name && ratingColumns.every((rc) => isBlank(row[rc.column]))) continue; // a numbered empty row
    let excluded = false;
    const add = (column: number, severity: Severity, code: ProblemCode, message: string) => {
      if (severity === 'error') excluded = true;
      problems.push(problemAt(grid.name, r + 1, column + 1, severity, code, message, className));
    };
    if (!name) add(nameColumn, 'error', 'NAME_MISSING', 'Dòng này có số thứ tự và kết quả đánh giá nhưng thiếu họ tên học sinh. Điền họ và tên.');

    let birthDate: string | undefined;
    if (f.birthDate !== undefined && !isBlank(row[f.birthDate])) {
      const raw = row[f.birthDate];
      birthDate = parseBirthDate(raw, timeZoneOffsetMinutes);
      if (!birthDate) add(f.birthDate, 'warning', 'BIRTH_DATE_INVALID', `Ngày sinh "${cellText(raw)}" không đọc được. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2018.`);
    }

    const review: StudentReview = { rated: false, need: [], blank: [] };
    const areaColumns: Record<string, number> = {};
    const filled = new Set<string>();
    for (const rc of ratingColumns) {
      const raw = row[rc.column];
      areaColumns[rc.area] ??= rc.column + 1;
      if (isBlank(raw)) continue;
      review.rated = true;
      filled.add(rc.area);
      const text = cellText(raw);
      const scale = secondary ? scaleAt(rc.area, level, rc.hint) : rc.scale;
      const rating = secondary ? readRating(raw, scale, threshold)
        : typeof raw === 'string' && !isFormulaError(raw) ? matchRating(raw, rc.scale) : undefined;
      if (rating === 'need' && !review.need.includes(rc.area)) {
        review.need.push(rc.area);
        areaColumns[rc.area] = rc.column + 1;
      }
      const at = `${rc.area}${reviewPoint ? ', ' + reviewPointInfo(reviewPoint).label : ''}`;
      if (rating === undefined && secondary && !isFormulaError(text)) {
        add(rc.column, 'error', 'RATING_INVALID',
          `Ô ${at}${name ? ` của ${name}` : ''}: ${ratingReason(raw, scale, level, gradeFromClassName(className))}, nên chưa được tính. Ghi ${cellScaleDescription(scale, threshold)}.`);
      } else if (rating === undefined) {
        add(rc.column, 'error', isFormulaError(text) ? 'FORMULA_ERROR' : 'RATING_INVALID',
          `Ô ${rc.labels[rc.labels.length - 1] ?? rc.area} (${at})${name ? ` của ${name}` : ''} ghi "${text.trim()}", không phải một mức đánh giá. Dùng ${scaleDescription(rc.scale)}.`);
      }
    }
    if (review.rated) review.blank = areas.filter((a) => !filled.has(a));
    review.need.sort(byAreaOrder); // report order (Toán, Tiếng Việt, …), whatever the export's column order

    // A rating letter typed in a score column (Điểm KTĐK) beside its Mức đạt được: not a score, not counted.
    for (const sc of scoreColumns) {
      const raw = row[sc.c];
      if (typeof raw !== 'string' || !(matchRating(raw, 'subject') || matchRating(raw, 'quality'))) continue;
      add(sc.c, 'error', 'RATING_INVALID',
        `Ô này ở cột "${sc.labels.join(' – ')}"${name ? ` của ${name}` : ''} ghi "${raw.trim()}": đây là cột điểm, không phải cột mức đánh giá, nên mức này chưa được tính. Ghi mức đánh giá vào cột "Mức đạt được" của môn, và ghi điểm (hoặc để trống) ở ô này.`);
    }
    // A rating in a column the header does not place: reported once per column, never counted unseen.
    for (const c of unplaced) {
      const raw = row[c];
      if (reported.has(c) || typeof raw !== 'string' || !(matchRating(raw, 'subject') || matchRating(raw, 'quality'))) continue;
      reported.add(c);
      tabProblem(headerBottom, c + 1, 'warning', 'OFFICIAL_COLUMN_UNKNOWN',
        `Trang "${grid.name}": cột này có mức đánh giá (ví dụ "${raw.trim()}" ở dòng ${r + 1}) nhưng tiêu đề không cho biết là môn học, năng lực hay phẩm chất nào, nên chưa được tính. Ghi tên môn (hoặc năng lực, phẩm chất) vào ô tiêu đề.`);
    }

    const absent = readAbsences(row, absenceColumns);
    for (const c of absent.bad) {
      add(c, 'warning', 'ABSENCE_INVALID',
        `Ô Buổi nghỉ${name ? ` của ${name}` : ''} ghi "${cellText(row[c]).trim()}", không phải một số buổi, nên số buổi nghỉ này chưa được tính. Ghi số buổi nghỉ (ví dụ 3), hoặc 0.`);
    }
    const notPromotedColumn = columns.find((c) => c.kind === 'notPromoted');
    students.push({
      row: r + 1,
      studentId: f.studentId !== undefined ? idText(row[f.studentId]) : '',
      name,
      birthDate,
      female: f.female !== undefined ? isTicked(cellText(row[f.female])) : undefined,
      notPromoted: notPromotedColumn !== undefined && isTicked(cellText(row[notPromotedColumn.column])),
      review,
      areaColumns,
      excluded,
      ...(absent.absences ? { absences: absent.absences } : {}),
    });
  }

  return { ...tab, className, classKey: classKey(className), areas, students };
}
