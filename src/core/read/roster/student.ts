// One student row: name, class and khối, Mã HS, birth date, gender, HSKT, GV hỗ trợ, and the
// ratings of each review block. What a cell says that is not understood is a problem at the cell;
// an error leaves the row out of every count.

import { cellText, classFromDate, idText, isBlank, isDate, parseBirthDate } from '../../cells';
import { classKey, gradeFromClassName } from '../classes';
import { readHskt } from '../../hskt';
import { splitSupporters } from '../mentor-names';
import type { Problem, ProblemCode, Severity, Student } from '../../model';
import { problemAt } from '../../problem';
import { foldCompact, tidy } from '../../text';
import { writesNoHardship, writesNothing } from '../nothing-written';
import {
  isFormulaError, isTicked, type RosterField, type Scale,
} from '../../vocab';
import { levelOfGrade } from '../../levels';
import { readRowReviews } from './reviews';
import { countsSoFar, hk2CountedAlone, readRowAbsences, type AbsenceColumn } from './absences';
import type { FieldColumns, ParseOptions, ReviewColumn } from './types';
import { leftSchoolMessage, saysLeftSchool } from '../left-school';

/** Columns of the roster, worked out once rather than per row. */
export interface RowColumns {
  fields: FieldColumns;
  ends: FieldColumns;
  /** Every column read: fields and review cells. */
  readColumns: number[];
  reviewColumns: Array<ReviewColumn & { scale: Scale }>;
  /** Buổi nghỉ columns (absences.ts). */
  absenceColumns: readonly AbsenceColumn[];
  /** Classes (keys) whose named language is their Ngoại ngữ, with the columns they are read by (languages.ts); `said`: the classes, as written, whose reading is a guess to say (LANGUAGE_ASSUMED). */
  languageOnly?: { classes: ReadonlySet<string>; reviewColumns: Array<ReviewColumn & { scale: Scale }>; said: ReadonlyArray<{ className: string; kind: 'assumed' | 'second' }> };
}

/** The review columns a student of this class (key) is read by: its own when its only language is a named one. */
export function columnsOfClass(columns: RowColumns, key: string): RowColumns['reviewColumns'] {
  return columns.languageOnly?.classes.has(key) ? columns.languageOnly.reviewColumns : columns.reviewColumns;
}

/** A field's text in a row; a field spanning several columns reads as their texts joined ("Nguyễn Văn" + "An"). */
export function fieldText(values: readonly unknown[], fields: FieldColumns, ends: FieldColumns, field: RosterField): string {
  const column = fields[field];
  if (column === undefined) return '';
  const end = ends[field] ?? column;
  if (end === column) return tidy(cellOf(values[column]));
  return tidy(values.slice(column, end + 1).map(cellOf).join(' '));
}

/**
 * A free-text column (Hoàn cảnh, Sự rèn luyện) kept as written; blank, "không" or "Bình thường" is
 * nothing written, and so is a Hoàn cảnh that denies a hardship ("Không thuộc hộ nghèo", "BT", "0").
 */
function freeText(field: 'hardship' | 'conduct', text: string): { hardship?: string; conduct?: string } {
  const nothing = field === 'hardship' ? writesNoHardship(text) : writesNothing(text);
  // A ticked checkbox says yes; Đỡ đầu prints "Có", never "TRUE".
  return nothing ? {} : { [field]: field === 'hardship' && /^true$/i.test(text) ? 'Có' : text };
}

function genderIsFemale(text: string): boolean | undefined {
  const key = foldCompact(text);
  if (['nu', 'f', 'female', 'gai'].includes(key)) return true;
  if (['nam', 'm', 'male', 'trai'].includes(key)) return false;
  return undefined;
}

/** A failed formula reads as nothing: "#REF!" is no name, "#N/A" no class (it is reported on its own). */
function cellOf(v: unknown): string {
  return typeof v === 'string' && isFormulaError(v) ? '' : cellText(v);
}

/** A Lớp cell Sheets turned into a date, read back as day/month: said once per class of the tab (dateClassProblems). */
export interface DateClassCell { row: number; column: number; name: string; shown: string; className: string; order: string }

/** One row being read: its cells, its problems, and whether an error leaves it out. */
class StudentRow {
  excluded = false;
  name = '';
  className = '';
  /** Columns holding a failed formula, reported once. */
  readonly errorColumns = new Set<number>();

  constructor(readonly sheet: string, readonly values: unknown[], readonly row: number, readonly columns: RowColumns,
    private readonly problems: Problem[], readonly dateClasses: DateClassCell[]) {}

  add(column: number, severity: Severity, code: ProblemCode, message: string): void {
    if (severity === 'error') this.excluded = true;
    this.problems.push(problemAt(this.sheet, this.row, column + 1, severity, code, message, this.className));
  }

  /** A field's text (fieldText). */
  text(field: RosterField): string {
    return fieldText(this.values, this.columns.fields, this.columns.ends, field);
  }

  /** The field's column holds a failed formula (already reported). */
  failed(column: number | undefined): boolean {
    return column !== undefined && this.errorColumns.has(column);
  }

  /** The name ("Họ và tên", or "Họ đệm" + "Tên") for messages: " của An" or ''. */
  of(): string {
    return this.name ? ` của ${this.name}` : '';
  }
}

/** A failed formula anywhere in a column we read: reported once, the value never guessed. */
function formulaErrors(s: StudentRow): void {
  for (const column of s.columns.readColumns) {
    const raw = s.values[column];
    if (typeof raw === 'string' && isFormulaError(raw)) {
      s.errorColumns.add(column);
      s.add(column, 'error', 'FORMULA_ERROR',
        `Ô có lỗi công thức ${raw.trim()}${s.name ? ` (dòng của ${s.name})` : ''}, nên dòng này chưa được tính. Sửa công thức hoặc gõ thẳng giá trị vào ô.`);
    }
  }
}

/** Name, class and khối; the class as the Lớp tab writes it. */
function readIdentity(s: StudentRow, options: ParseOptions): { key: string; className: string; grade?: number } {
  const f = s.columns.fields;
  if (!s.name && !s.failed(f.name ?? f.familyName)) {
    s.add((f.name ?? f.givenName) as number, 'error', 'NAME_MISSING',
      'Dòng này thiếu họ tên học sinh. Điền họ và tên, hoặc xóa dòng nếu không dùng.');
  }
  // "3/2" typed in a Lớp cell not formatted as text becomes a date (3 February in a Vietnamese Sheet): read back
  // as day/month, and said, since a Sheet in another locale swaps them ("7/10" → 10 July → "10/7").
  if (f.className !== undefined && isDate(s.values[f.className])) {
    const shown = s.className;
    s.className = classFromDate(s.values[f.className] as Date, options.timeZoneOffsetMinutes, options.monthFirst === true);
    s.dateClasses.push({ row: s.row, column: f.className, name: s.name, shown, className: s.className, order: options.monthFirst ? 'tháng/ngày' : 'ngày/tháng' });
  }
  const key = classKey(s.className); // '' for no class
  const listed = key ? options.classList.byKey.get(key) : undefined;
  const grade = listed?.grade ?? gradeFromClassName(s.className);
  if (!s.className) {
    if (!s.failed(f.className)) {
      s.add(f.className as number, 'error', 'CLASS_MISSING', `Học sinh ${s.name || 'ở dòng này'} chưa có lớp. Ghi tên lớp, ví dụ 3A.`);
    }
  } else if (grade === undefined) {
    s.add(f.className as number, 'error', 'GRADE_UNKNOWN',
      `Không biết lớp "${s.className}" thuộc khối nào. Ghi lớp bắt đầu bằng số khối (ví dụ 3A), hoặc khai báo lớp này với cột Khối trong trang "Lớp".`);
  }
  return { key, className: listed?.name ?? s.className, grade };
}

function readBirth(s: StudentRow, timeZoneOffsetMinutes: number): string | undefined {
  const column = s.columns.fields.birthDate;
  if (column === undefined || isBlank(s.values[column]) || s.failed(column)) return undefined;
  const raw = s.values[column];
  const birthDate = parseBirthDate(raw, timeZoneOffsetMinutes);
  if (!birthDate) {
    s.add(column, 'warning', 'BIRTH_DATE_INVALID', `Ngày sinh "${cellText(raw)}" không đọc được. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2018.`);
  }
  return birthDate;
}

function readHsktCell(s: StudentRow): boolean {
  const column = s.columns.fields.disability;
  if (column === undefined || s.failed(column)) return false;
  const raw = s.values[column];
  const said = readHskt(raw);
  const written = tidy(cellText(raw));
  if (said === 'pending') {
    s.add(column, 'warning', 'DISABILITY_PENDING',
      `Ô HSKT${s.of()} ghi "${written}": chưa phải học sinh khuyết tật đã được xác nhận, nên chưa được tính là HSKT. Khi có giấy xác nhận, ghi x hoặc dạng khuyết tật (ví dụ "khiếm thính"); nếu không, để trống.`);
  } else if (said === 'unclear') {
    s.add(column, 'warning', 'DISABILITY_UNCLEAR',
      `Ô HSKT${s.of()} ghi "${written}", không rõ có phải học sinh khuyết tật không, nên chưa được tính là HSKT. Ghi x (hoặc dạng khuyết tật, ví dụ "khiếm thính") nếu có; để trống hoặc ghi "không" nếu không.`);
  }
  return said === 'yes';
}

/** A Ghi chú saying the student left the school: still counted, said at the note. */
function readNote(s: StudentRow): void {
  const column = s.columns.fields.note;
  if (column === undefined || s.failed(column)) return;
  const written = tidy(cellText(s.values[column]));
  if (saysLeftSchool(written)) s.add(column, 'warning', 'STUDENT_LEFT_NOTED', leftSchoolMessage(s.name, written, `trang "${s.sheet}"`));
}

/**
 * The Lớp cells that became dates, one warning per class at its first row: a school naming its classes "1/1", "3/2"
 * would otherwise be told once per child.
 */
export function dateClassProblems(sheet: string, cells: readonly DateClassCell[]): Problem[] {
  const byClass = new Map<string, DateClassCell[]>();
  for (const cell of cells) byClass.set(cell.className, [...(byClass.get(cell.className) ?? []), cell]);
  return [...byClass.values()].map((same) => {
    const [first] = same;
    const who = `${first.name || 'dòng này'}${same.length > 1 ? ` và ${same.length - 1} học sinh khác` : ''}`;
    return problemAt(sheet, first.row, first.column + 1, 'warning', 'GRADE_UNKNOWN', `Ô Lớp của ${who} là một ngày (${first.shown}), không phải chữ: Google Trang tính tự đổi tên lớp có dấu "/" (ví dụ 3/2) thành ngày. `
      + `Tiện ích đọc lại thành lớp ${first.className} (${first.order}); nếu sai, hoặc để ô luôn đúng, chọn cột Lớp, chọn Định dạng → Số → Văn bản thuần túy, rồi gõ lại tên lớp.`, first.className);
  });
}

/** Reads one student row (0-based `values` of the row, 1-based `row`); problems go to `problems`, Lớp cells that became dates to `dateClasses`. */
export function parseStudentRow(sheetName: string, values: unknown[], row: number, columns: RowColumns, options: ParseOptions,
  problems: Problem[], dateClasses: DateClassCell[]): Student {
  const s = new StudentRow(sheetName, values, row, columns, problems, dateClasses);
  const f = columns.fields;
  s.name = f.name !== undefined ? s.text('name') : tidy(`${s.text('familyName')} ${s.text('givenName')}`);
  s.className = s.text('className');
  formulaErrors(s);
  const { key, className, grade } = readIdentity(s, options);
  const birthDate = readBirth(s, options.timeZoneOffsetMinutes);
  const disability = readHsktCell(s);
  readNote(s);
  const reviews = readRowReviews(values, columnsOfClass(columns, key), {
    name: s.name, grade, level: levelOfGrade(grade), scoreThreshold: options.scoreThreshold, errorColumns: s.errorColumns,
    add: (column, severity, code, message) => s.add(column, severity, code, message),
  });
  const absences = readRowAbsences(values, columns.absenceColumns, s.name, levelOfGrade(grade), (column, severity, code, message) => s.add(column, severity, code, message));
  const gender = f.gender !== undefined ? genderIsFemale(s.text('gender')) : undefined;
  const female = gender ?? (f.female !== undefined ? isTicked(cellText(values[f.female])) : undefined);
  return {
    sheet: sheetName, row, studentId: f.studentId !== undefined ? idText(values[f.studentId]) : '', name: s.name,
    className, classKey: key, grade, birthDate, female, disability,
    supporters: f.supporter !== undefined ? splitSupporters(cellOf(values[f.supporter])) : [],
    reviews, excluded: s.excluded,
    ...(absences ? { absences } : {}),
    ...(absences?.CN && countsSoFar(columns.absenceColumns) ? { absencesSoFar: true as const } : {}),
    ...(absences?.CKII && hk2CountedAlone(columns.absenceColumns) ? { absencesHk2Alone: true as const } : {}),
    ...freeText('hardship', s.text('hardship')),
    ...freeText('conduct', s.text('conduct')),
  };
}
