// Who a GV hỗ trợ cell names once the Lớp tab is read: "GVCN" is the class's homeroom teacher
// (PRODUCT 3.8), each teacher once per student; and the warnings for the cells that name nobody.

import type { Homerooms } from '../read/classes';
import { readMentorName, type MentorName } from '../read/mentor-names';
import type { Problem, Student } from '../model';
import { problemAt } from '../problem';

/** Without a Lớp tab. */
export const NO_HOMEROOMS: Homerooms = { teacherOf: () => '', listed: 'noTab' };

/**
 * The mentors a student's GV hỗ trợ cell names, as read (read/mentor-names), each teacher once.
 * "GVCN" (by role, no name) is the homeroom teacher the Lớp tab names for the student's class,
 * keeping its "(hỗ trợ)"; it stays a name not read when the Lớp tab names nobody there.
 */
export function mentorNamesOf(student: Student, homerooms: Homerooms): MentorName[] {
  const names = student.supporters.map((written) => {
    const m = readMentorName(written);
    return homeroomTeacher(m, student, homerooms) ?? m;
  });
  return names.filter((m, i) => m.key === '' || names.findIndex((n) => n.key === m.key) === i);
}

/** The teacher a "GVCN" mentor names, with its "(hỗ trợ)"; undefined for any other, or where the Lớp tab names nobody. */
function homeroomTeacher(m: MentorName, student: Student, homerooms: Homerooms): MentorName | undefined {
  const teacher = m.homeroom ? readMentorName(homerooms.teacherOf(student)) : undefined;
  return teacher && teacher.key !== '' ? { ...teacher, support: m.support } : undefined;
}

/** The GV hỗ trợ cell as written, a "GVCN" shown with the teacher the Lớp tab names: "Nguyễn Thị Hoa (GVCN)". */
export function supportersText(student: Student, homerooms: Homerooms): string {
  return student.supporters.map((written) => {
    const teacher = homeroomTeacher(readMentorName(written), student, homerooms);
    return teacher ? `${teacher.written} (GVCN${teacher.support ? ', hỗ trợ' : ''})` : written;
  }).join(', ');
}

/** The cells that name nobody: one entry per text; "GVCN" one per class (or one for the school when the Lớp tab names no GVCN). */
export type Unnamed = Map<string, { written: string; first: Student; count: number; homeroom: boolean }>;

export function noteUnnamed(unnamed: Unnamed, m: MentorName, student: Student, homerooms: Homerooms): void {
  const key = !m.homeroom ? m.written.toLowerCase() : homerooms.listed === 'some' ? `gvcn|${student.classKey}` : 'gvcn';
  const text = unnamed.get(key);
  if (text) text.count += 1;
  else unnamed.set(key, { written: m.written, first: student, count: 1, homeroom: m.homeroom });
}

/**
 * One warning per text that names nobody ("x", "Có": read/mentor-names NO_NAME), at its first cell:
 * the students count as supported, but Đỡ đầu cannot say by whom. "GVCN" names nobody only where the
 * Lớp tab names no GVCN: one warning per such class, which asks for that name (one for the school
 * when the Lớp tab names none, or is missing).
 */
export function unnamedMentorProblems(unnamed: Unnamed, supporterCell: (s: Student) => { sheet: string; row: number; column: number } | undefined,
  homerooms: Homerooms): Problem[] {
  return [...unnamed.values()].flatMap(({ written, first, count, homeroom }) => {
    const cell = supporterCell(first);
    if (!cell) return [];
    const message = homeroom ? homeroomMissing(written, first, count, homerooms.listed)
      : `${count === 1 ? `Ô GV hỗ trợ của ${first.name} (${first.className}) ghi "${written}"` : `${count} em ghi "${written}" ở cột GV hỗ trợ (ô này là của ${first.name}, ${first.className})`}`
        + `, không phải họ tên giáo viên: ${count === 1 ? 'em' : 'các em'} được tính là đã có GV hỗ trợ, nhưng trang Đỡ đầu chưa biết là GV nào. `
        + 'Ghi họ tên giáo viên vào từng ô, ví dụ "Nguyễn Thị Lan".';
    return [problemAt(cell.sheet, cell.row, cell.column, 'warning', 'MENTOR_NAME_MISSING', message, first.className)];
  });
}

function homeroomMissing(written: string, first: Student, count: number, listed: Homerooms['listed']): string {
  const perClass = listed === 'some';
  const who = count === 1 ? `Ô GV hỗ trợ của ${first.name} (${first.className}) ghi "${written}"`
    : `${count} em${perClass ? ` lớp ${first.className}` : ''} ghi GVCN ở cột GV hỗ trợ (ô đầu tiên: "${written}" của ${first.name}, ${first.className})`;
  const why = perClass ? `trang Lớp chưa ghi họ tên GVCN của lớp ${first.className}` : listed === 'none' ? 'trang Lớp chưa ghi họ tên GVCN của lớp nào' : 'chưa có trang Lớp';
  const them = count === 1 ? 'em' : 'các em';
  const fix = perClass ? `Ghi họ tên GVCN của lớp ${first.className} ở cột GVCN trang Lớp`
    : listed === 'none' ? 'Ghi họ tên GVCN của từng lớp ở cột GVCN trang Lớp' : 'Thêm trang Lớp (các cột Lớp, Khối, GVCN, Sĩ số) với họ tên GVCN của từng lớp';
  return `${who}, mà ${why}, nên trang Đỡ đầu chưa biết là GV nào (${them} vẫn được tính là đã có GV hỗ trợ). `
    + `${fix}, hoặc ghi họ tên giáo viên vào ${count === 1 ? 'ô này' : 'các ô ấy'}.`;
}
