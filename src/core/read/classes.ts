// Classes: one key per class however it is written ("1a", "Lớp 1A", " 1A "), its khối, and the
// optional "Lớp" tab (Lớp, Khối, GVCN, Sĩ số).

import { cellText, fillMerges, isBlank, parseCount } from '../cells';
import { memoize } from '../collections';
import type { ClassInfo, Problem, SheetGrid, Student } from '../model';
import { problemAt } from '../problem';
import { readClassHeader } from './class-header';
import { fold, tidy } from '../text';

/** "Lớp 1A" → "1A", "1 a" → "1A", "12 A1" → "12A1", "1/2" → "1/2". */
export const classKey = memoize((name: string): string =>
  fold(name).replace(/^lop\s*/, '').replace(/\s/g, '').toUpperCase());

/** Leading number 1–12 of a class name, the khối; undefined when there is none. */
export function gradeFromClassName(name: string): number | undefined {
  const match = /^(\d{1,2})(?!\d)/.exec(classKey(name));
  if (!match) return undefined;
  const grade = Number(match[1]);
  return grade >= 1 && grade <= 12 ? grade : undefined;
}

/** Khối written as "1", "Khối 1", "K1". */
export function parseGrade(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 12 ? value : undefined;
  const match = /^(?:khoi|k)?\s*(\d{1,2})$/.exec(fold(cellText(value)));
  if (!match) return undefined;
  const grade = Number(match[1]);
  return grade >= 1 && grade <= 12 ? grade : undefined;
}

export interface ClassList {
  sheet: string;
  present: boolean;
  byKey: Map<string, ClassInfo>;
  problems: Problem[];
  /** Keys of the listed classes whose Sĩ số cell is blank, when the tab has a Sĩ số column. */
  blankSizes?: string[];
}

type Say = (column: number, code: Problem['code'], message: string, severity: Problem['severity']) => void;

/** A class's khối: its Khối cell, else the khối its name says; a cell contradicting the name is said at it. */
function classGrade(name: string, gradeCell: unknown, gradeColumn: number | undefined, say: Say): number | undefined {
  let grade: number | undefined;
  if (!isBlank(gradeCell)) {
    grade = parseGrade(gradeCell);
    if (grade === undefined) {
      say(gradeColumn as number, 'CLASS_LIST_GRADE_INVALID',
        `Khối "${cellText(gradeCell)}" của lớp ${name} không đọc được. Ghi một số từ 1 đến 12, ví dụ 3.`, 'error');
    }
  }
  const named = gradeFromClassName(name);
  if (grade !== undefined && named !== undefined && grade !== named) {
    say(gradeColumn as number, 'CLASS_LIST_GRADE_DIFFERS',
      `Lớp ${name} ghi khối ${grade}, nhưng tên lớp cho biết khối ${named}. Lớp này (và sĩ số của lớp) được tính vào khối ${grade} như trang Lớp ghi. Nếu nhầm, sửa ô Khối thành ${named}; nếu đúng là khối ${grade}, đổi tên lớp cho khớp.`, 'warning');
  }
  return grade ?? named;
}

/** A class's Sĩ số, undefined when blank or not a count (said at its cell). */
function classSize(name: string, sizeCell: unknown, sizeColumn: number, say: Say): number | undefined {
  if (isBlank(sizeCell)) return undefined;
  const size = parseCount(sizeCell);
  if (size === undefined) {
    say(sizeColumn, 'CLASS_LIST_SIZE_INVALID', `Sĩ số "${cellText(sizeCell)}" của lớp ${name} không phải số học sinh. Ghi một số nguyên, ví dụ 35.`, 'warning');
  }
  return size;
}

/** Reads the "Lớp" tab; a missing tab is an empty list, not a problem. */
export function parseClassList(sheet: SheetGrid | undefined): ClassList {
  const byKey = new Map<string, ClassInfo>();
  const problems: Problem[] = [];
  if (!sheet) return { sheet: 'Lớp', present: false, byKey, problems };
  const header = readClassHeader(sheet.name, sheet.values);
  if (!header) return { sheet: sheet.name, present: false, byKey, problems };
  problems.push(...header.problems);
  const blankSizes: string[] = [];
  const col = header.columns;
  // A Khối (or GVCN) merged down over its classes holds for each of them.
  const values = fillMerges(sheet.values, sheet.merges, header.row + 1);

  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r];
    const say: Say = (c, code, message, severity) => problems.push(problemAt(sheet.name, r + 1, c + 1, severity, code, message));
    const name = tidy(cellText(row[col.name as number]));
    if (!name) continue;
    const key = classKey(name);
    const existing = byKey.get(key);
    if (existing) {
      say(col.name as number, 'CLASS_LIST_DUPLICATE', `Lớp ${name} đã có ở dòng ${existing.row}. Xóa một trong hai dòng để mỗi lớp chỉ ghi một lần.`, 'warning');
      continue;
    }
    const gradeCell = col.grade === undefined ? '' : row[col.grade];
    const grade = classGrade(name, gradeCell, col.grade, say);
    if (col.size !== undefined && isBlank(row[col.size])) blankSizes.push(key);
    const size = col.size === undefined ? undefined : classSize(name, row[col.size], col.size, say);
    if (grade === undefined && isBlank(gradeCell)) {
      // Its Sĩ số would fall out of every khối's THHS without a word (an unreadable Khối is reported above).
      say(col.grade ?? (col.name as number), 'CLASS_LIST_GRADE_MISSING',
        `Không rõ lớp ${name} thuộc khối nào (tên lớp không có số khối${col.grade === undefined ? ', trang không có cột Khối' : ', ô Khối để trống'}), nên lớp này${size === undefined ? '' : ` và sĩ số ${size}`} chưa được tính vào khối nào. ${col.grade === undefined ? 'Thêm cột "Khối" và ghi' : 'Ghi'} khối của lớp, ví dụ 3.`, 'error');
    }
    const homeroomTeacher = col.homeroomTeacher === undefined ? '' : tidy(cellText(row[col.homeroomTeacher]));
    byKey.set(key, { name, key, grade, homeroomTeacher, size, row: r + 1, sizeColumn: (col.size ?? (col.name as number)) + 1 });
  }
  return { sheet: sheet.name, present: true, byKey, problems, ...(col.size === undefined ? {} : { blankSizes }) };
}

/** Each class's homeroom teacher (GVCN) as the Lớp tab names it. */
export interface Homerooms {
  /** The GVCN of the student's class; '' when the Lớp tab names none there. */
  teacherOf(student: Pick<Student, 'classKey'>): string;
  /** 'noTab': no Lớp tab; 'none': it names no GVCN at all; 'some': it names one for some class. */
  listed: 'noTab' | 'none' | 'some';
}

export function homerooms(classList: ClassList): Homerooms {
  const named = [...classList.byKey.values()].some((c) => c.homeroomTeacher !== '');
  return {
    teacherOf: (student) => classList.byKey.get(student.classKey)?.homeroomTeacher ?? '',
    listed: !classList.present ? 'noTab' : named ? 'some' : 'none',
  };
}
