// The rows of an official tab below its header: a numbered row is a student, read with its
// ratings, scores, Buổi nghỉ and Chưa lên lớp; an unnumbered row holding a student's ratings or
// Mã HS is a problem at its STT cell; the signature block, total lines and blank rows are skipped.

import { cellText, idText, isBlank, parseBirthDate } from '../../cells';
import { pointLabelAt, type Level } from '../../levels';
import type { Problem, ProblemCode, Severity, StudentReview } from '../../model';
import { problemAt } from '../../problem';
import { isScoreLike, ratingReason, readRating, scaleAt, scaleDescription as cellScaleDescription } from '../../scales';
import { tidy } from '../../text';
import {
  areaOrder, isFormulaError, isTicked, isTotalLabel, matchField, matchRating, scaleDescription,
  type ReviewPointCode, type RosterField,
} from '../../vocab';
import { gradeFromClassName } from '../classes';
import { absenceTotalMessage, readAbsences, type AbsencePart } from '../official-secondary';
import type { PlacedColumn } from './columns';
import { isNumbered } from './title';
import type { OfficialColumn, OfficialStudent } from './types';
import { leftSchoolMessage, saysLeftSchool } from '../left-school';

export const byAreaOrder = (a: string, b: string) => areaOrder(a) - areaOrder(b);

/** What every row of one tab is read against. */
export interface RowContext {
  sheet: string;
  className: string;
  reviewPoint?: ReviewPointCode;
  level?: Level;
  secondary: boolean;
  threshold: number;
  timeZoneOffsetMinutes: number;
  fields: Partial<Record<RosterField, number>>;
  nameColumn: number;
  sttColumn?: number;
  headerBottom: number;
  ratingColumns: OfficialColumn[];
  scoreColumns: PlacedColumn[];
  /** Columns whose header says nothing the reader understands. */
  unplaced: number[];
  areas: string[];
  absenceColumns: Array<{ column: number; part: AbsencePart }>;
  notPromotedColumn?: OfficialColumn;
}

type Add = (column: number, severity: Severity, code: ProblemCode, message: string) => void;

function rowName(row: unknown[], f: RowContext['fields']): string {
  return f.name !== undefined ? tidy(cellText(row[f.name])) : tidy(`${cellText(row[f.familyName as number])} ${cellText(row[f.givenName as number])}`);
}

/**
 * Below the data: the signature block, a total line, blank rows, the header repeated mid-table (a
 * pasted page break). A named row with ratings is not skipped unseen; a row with a Mã HS or a
 * birth date is a student too, rated or not: it counts in THHS.
 */
function unnumberedRow(ctx: RowContext, row: unknown[], r: number, name: string): Problem | undefined {
  if (matchField(name)) return undefined;
  const f = ctx.fields;
  const hasRatings = ctx.ratingColumns.some((rc) => !isBlank(row[rc.column]));
  const identified = (f.studentId !== undefined && !isBlank(row[f.studentId])) || (f.birthDate !== undefined && !isBlank(row[f.birthDate]));
  if (!name || !(hasRatings || identified) || isTotalLabel(name)) return undefined;
  return problemAt(ctx.sheet, r + 1, (ctx.sttColumn ?? ctx.nameColumn) + 1, 'error', 'OFFICIAL_ROW_UNREAD',
    `Dòng của ${name} có ${hasRatings ? 'kết quả đánh giá' : 'Mã HS hoặc ngày sinh'} nhưng cột STT không ghi số thứ tự, nên dòng này chưa được tính (kể cả trong sĩ số). Ghi số thứ tự vào ô này.`);
}

/** One rating cell: a need, a rating that is not, or a problem at the cell. */
function readRatingCell(ctx: RowContext, rc: OfficialColumn, raw: unknown, name: string, add: Add): 'need' | 'fine' {
  const text = cellText(raw);
  const scale = ctx.secondary ? scaleAt(rc.area, ctx.level, rc.hint) : rc.scale;
  const rating = ctx.secondary ? readRating(raw, scale, ctx.threshold)
    : typeof raw === 'string' && !isFormulaError(raw) ? matchRating(raw, rc.scale) : undefined;
  const at = `${rc.area}${ctx.reviewPoint ? ', ' + pointLabelAt(ctx.reviewPoint, ctx.level) : ''}`;
  if (rating === undefined && ctx.secondary && isFormulaError(text)) {
    add(rc.column, 'error', 'FORMULA_ERROR',
      `Ô ${at}${name ? ` của ${name}` : ''} ghi "${text.trim()}" (lỗi công thức), nên chưa được tính. Sửa công thức, hoặc gõ thẳng vào ô ${cellScaleDescription(scale, ctx.threshold)}.`);
  } else if (rating === undefined && ctx.secondary) {
    add(rc.column, 'error', 'RATING_INVALID',
      `Ô ${at}${name ? ` của ${name}` : ''}: ${ratingReason(raw, scale, ctx.level, gradeFromClassName(ctx.className))}, nên chưa được tính. Ghi ${cellScaleDescription(scale, ctx.threshold)}.`);
  } else if (rating === undefined) {
    add(rc.column, 'error', isFormulaError(text) ? 'FORMULA_ERROR' : 'RATING_INVALID',
      `Ô ${rc.labels[rc.labels.length - 1] ?? rc.area} (${at})${name ? ` của ${name}` : ''} ghi "${text.trim()}", không phải một mức đánh giá. Dùng ${scaleDescription(rc.scale)}.`);
  }
  return rating === 'need' ? 'need' : 'fine';
}

/** The row's ratings: its needs in report order, its blank areas, and the cell of each area. */
function readRatings(ctx: RowContext, row: unknown[], name: string, add: Add): { review: StudentReview; areaColumns: Record<string, number> } {
  const review: StudentReview = { rated: false, need: [], blank: [] };
  const areaColumns: Record<string, number> = {};
  const filled = new Set<string>();
  for (const rc of ctx.ratingColumns) {
    const raw = row[rc.column];
    areaColumns[rc.area] ??= rc.column + 1;
    if (isBlank(raw)) continue;
    review.rated = true;
    filled.add(rc.area);
    if (readRatingCell(ctx, rc, raw, name, add) === 'need' && !review.need.includes(rc.area)) {
      review.need.push(rc.area);
      areaColumns[rc.area] = rc.column + 1;
    }
  }
  if (review.rated) review.blank = ctx.areas.filter((a) => !filled.has(a));
  review.need.sort(byAreaOrder); // report order (Toán, Tiếng Việt, …), whatever the export's column order
  return { review, areaColumns };
}

/** A rating letter in a score column, or in a column the header does not place (once per column). */
function misplacedRatings(ctx: RowContext, row: unknown[], r: number, name: string, reported: Set<number>, add: Add): Problem[] {
  const isRating = (raw: unknown): raw is string => typeof raw === 'string' && !!(matchRating(raw, 'subject') || matchRating(raw, 'quality'));
  // A rating letter typed in a score column (Điểm KTĐK) beside its Mức đạt được: not a score, not counted.
  for (const sc of ctx.scoreColumns) {
    const raw = row[sc.c];
    if (!isRating(raw)) continue;
    add(sc.c, 'error', 'RATING_INVALID',
      `Ô này ở cột "${sc.labels.join(' – ')}"${name ? ` của ${name}` : ''} ghi "${raw.trim()}": đây là cột điểm, không phải cột mức đánh giá, nên mức này chưa được tính. Ghi mức đánh giá vào cột "Mức đạt được" của môn, và ghi điểm (hoặc để trống) ở ô này.`);
  }
  // A rating (or, at secondary, a score or a count) in a column the header does not place: reported once per column, never counted unseen.
  const problems: Problem[] = [];
  for (const c of ctx.unplaced) {
    const raw = row[c];
    const number = ctx.secondary && isScoreLike(raw);
    if (reported.has(c) || !(isRating(raw) || number)) continue;
    reported.add(c);
    const what = number ? 'có số' : 'có mức đánh giá';
    const which = number ? 'là điểm môn nào hay số buổi nghỉ' : 'là môn học, năng lực hay phẩm chất nào';
    const fix = number ? 'Ghi tên môn (ví dụ "Toán" trên "(HS 1)"), hoặc "Buổi nghỉ" trên P | K | Tổng, vào ô tiêu đề.' : 'Ghi tên môn (hoặc năng lực, phẩm chất) vào ô tiêu đề.';
    problems.push(problemAt(ctx.sheet, ctx.headerBottom, c + 1, 'warning', 'OFFICIAL_COLUMN_UNKNOWN',
      `Trang "${ctx.sheet}": cột này ${what} (ví dụ "${cellText(raw).trim()}" ở dòng ${r + 1}) nhưng tiêu đề không cho biết ${which}, nên chưa được tính. ${fix}`));
  }
  return problems;
}

function readBirthDate(ctx: RowContext, row: unknown[], add: Add): string | undefined {
  const f = ctx.fields;
  if (f.birthDate === undefined || isBlank(row[f.birthDate])) return undefined;
  const raw = row[f.birthDate];
  const birthDate = parseBirthDate(raw, ctx.timeZoneOffsetMinutes);
  if (!birthDate) add(f.birthDate, 'warning', 'BIRTH_DATE_INVALID', `Ngày sinh "${cellText(raw)}" không đọc được. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2018.`);
  return birthDate;
}

/** A numbered row as a student; an error at any of its cells leaves it out of every count. */
function readStudent(ctx: RowContext, row: unknown[], r: number, name: string, reported: Set<number>, problems: Problem[]): OfficialStudent {
  let excluded = false;
  const add: Add = (column, severity, code, message) => {
    if (severity === 'error') excluded = true;
    problems.push(problemAt(ctx.sheet, r + 1, column + 1, severity, code, message, ctx.className));
  };
  if (!name) add(ctx.nameColumn, 'error', 'NAME_MISSING', 'Dòng này có số thứ tự và kết quả đánh giá nhưng thiếu họ tên học sinh. Điền họ và tên.');
  const birthDate = readBirthDate(ctx, row, add);
  const { review, areaColumns } = readRatings(ctx, row, name, add);
  problems.push(...misplacedRatings(ctx, row, r, name, reported, add));
  const absent = readAbsences(row, ctx.absenceColumns);
  for (const c of absent.bad) {
    add(c, 'warning', 'ABSENCE_INVALID',
      `Ô Buổi nghỉ${name ? ` của ${name}` : ''} ghi "${cellText(row[c]).trim()}", không phải một số buổi, nên số buổi nghỉ này chưa được tính. Ghi số buổi nghỉ (ví dụ 3), hoặc 0.`);
  }
  if (absent.differs) add(absent.differs.column, 'warning', 'ABSENCE_TOTAL_DIFFERS', absenceTotalMessage(absent.differs, name));
  const f = ctx.fields;
  const note = f.note !== undefined ? tidy(cellText(row[f.note])) : '';
  if (saysLeftSchool(note)) add(f.note as number, 'warning', 'STUDENT_LEFT_NOTED', leftSchoolMessage(name, note, `trang "${ctx.sheet}"`));
  return {
    row: r + 1,
    studentId: f.studentId !== undefined ? idText(row[f.studentId]) : '',
    name,
    birthDate,
    female: f.female !== undefined ? isTicked(cellText(row[f.female])) : undefined,
    notPromoted: ctx.notPromotedColumn !== undefined && isTicked(cellText(row[ctx.notPromotedColumn.column])),
    review,
    areaColumns,
    excluded,
    ...(absent.absences ? { absences: absent.absences } : {}),
  };
}

/** A student's row: numbered in the STT column (or, without one, named); footers and signatures are not. */
export function isStudentRow(row: readonly unknown[], sttColumn: number | undefined, nameColumn: number): boolean {
  return sttColumn === undefined ? !isBlank(row[nameColumn]) : isNumbered(row[sttColumn]);
}

/** Every row from `dataStart` down: the students, and the problems of their cells. */
export function readRows(ctx: RowContext, values: unknown[][], dataStart: number): { students: OfficialStudent[]; problems: Problem[] } {
  const students: OfficialStudent[] = [];
  const problems: Problem[] = [];
  const reported = new Set<number>();
  for (let r = dataStart; r < values.length; r++) {
    const row = values[r];
    const numbered = isStudentRow(row, ctx.sttColumn, ctx.nameColumn);
    const name = rowName(row, ctx.fields);
    if (!numbered) {
      const problem = unnumberedRow(ctx, row, r, name);
      if (problem) problems.push(problem);
      continue;
    }
    if (!name && ctx.ratingColumns.every((rc) => isBlank(row[rc.column]))) continue; // a numbered empty row
    students.push(readStudent(ctx, row, r, name, reported, problems));
  }
  return { students, problems };
}
