// Mentors and the monthly log (PRODUCT 3.8): who mentors whom (one teacher written two ways is one
// person only when nothing else is possible), which log row is about which student, and who has
// no entry this month past the deadline (`noLog`).

import { classKey, type Homerooms } from '../read/classes';
import { mentorNamesOf, NO_HOMEROOMS, noteUnnamed, unnamedMentorProblems, type Unnamed } from './homeroom-mentors';
import { monthKey } from '../calendar';
import { groupBy } from '../collections';
import type { LogEntry, LogTab } from '../read/log';
import { dashIn, type MentorName } from '../read/mentor-names';
import type { Problem, Student } from '../model';
import { problemAt } from '../problem';
import { nameIdentity, studentIdKey } from '../text';

/** One log row and the student it is about (undefined when it matches none, or two). */
export interface MatchedEntry {
  entry: LogEntry;
  student?: Student;
}

/**
 * Matches each log row to exactly one student: by Mã HS when the row has one, else by name and
 * class (names compared as names: NFC, case and spacing only). A row matching no student, or
 * two, is a problem at its cell and stays in the log unmatched; so is a row whose Mã HS is one
 * student's and whose name is another's (LOG_STUDENT_ID_NAME_DIFFERS at the Mã HS cell). A row without a class is matched
 * by a name only one student has, with a warning at its class cell to write the class. A Mã HS nobody
 * has is matched by name when that student has no Mã HS in the roster.
 */
export function matchLog(tabs: readonly LogTab[], students: readonly Student[]): { matched: MatchedEntry[]; problems: Problem[] } {
  const counted = students.filter((s) => !s.excluded);
  const byId = groupBy(counted.filter((s) => s.studentId), (s) => studentIdKey(s.studentId));
  const byNameClass = groupBy(counted, (s) => `${nameIdentity(s.name)}|${s.classKey}`);
  const byName = groupBy(counted, (s) => nameIdentity(s.name));
  // Held by a row left out (an error on it) is still held: never read as a code nobody has.
  const heldIds = new Set(students.filter((s) => s.studentId).map((s) => studentIdKey(s.studentId)));
  const problems: Problem[] = [];
  const matched: MatchedEntry[] = [];
  for (const tab of tabs) {
    for (const entry of tab.entries) {
      const problem = (field: 'student' | 'studentId' | 'className', code: Problem['code'], message: string) => {
        const column = entry.columns[field] ?? (entry.columns.student as number);
        problems.push(problemAt(entry.sheet, entry.row, column, 'warning', code, message));
      };
      const byNameOf = () => (entry.className ? byNameClass.get(`${nameIdentity(entry.student)}|${classKey(entry.className)}`) ?? [] : byName.get(nameIdentity(entry.student)) ?? []);
      // A Mã HS the roster does not hold, on a row naming one student with no Mã HS written in the roster
      // (a Form asking for it beside a Danh sách without the column): nothing contradicts the name, matched by it.
      const unheldId = entry.studentId && entry.student && !heldIds.has(studentIdKey(entry.studentId)) ? byNameOf() : [];
      if (entry.studentId && !(unheldId.length === 1 && !unheldId[0].studentId)) {
        const found = byId.get(studentIdKey(entry.studentId)) ?? [];
        const named = found.length === 1 ? namedOther(entry, found[0], byNameClass, byName) : undefined;
        if (found.length === 1 && !named) matched.push({ entry, student: found[0] });
        else {
          matched.push({ entry });
          const said = idProblem(entry, found, named);
          problem('studentId', said.code, said.message);
        }
        continue;
      }
      if (!entry.student) {
        matched.push({ entry });
        continue; // reported by the reader
      }
      const found = byNameOf();
      if (found.length === 1) {
        matched.push({ entry, student: found[0] });
        // Name alone: kept because only one student has it, but the school is told to write the class.
        if (!entry.className) {
          problem('className', 'LOG_CLASS_MISSING', `Dòng nhật ký của ${entry.student} chưa ghi lớp; đã gắn với em ${who(found[0])} vì chỉ có một em tên này. Ghi lớp (hoặc Mã HS) của em để dòng luôn gắn đúng em.`);
        }
        continue;
      }
      matched.push({ entry });
      if (found.length === 0) {
        const elsewhere = byName.get(nameIdentity(entry.student)) ?? [];
        // The cell to correct: the class when the name is in another class, else the name.
        problem(entry.className && elsewhere.length > 0 ? 'className' : 'student', 'LOG_STUDENT_UNKNOWN', elsewhere.length > 0
          ? `Không có học sinh ${entry.student} ở lớp ${entry.className}${elsewhere.length > 0 ? `; tên này có ở ${elsewhere.map(who).join('; ')}` : ''}. Sửa lớp cho đúng để dòng nhật ký gắn với em.`
          : `Không tìm thấy học sinh "${entry.student}"${entry.className ? ` lớp ${entry.className}` : ''} trong danh sách, nên dòng nhật ký này chưa gắn với em nào. Ghi đúng họ tên (đủ dấu) và lớp như trong Danh sách, hoặc ghi Mã HS.`);
      } else {
        problem(entry.className ? 'student' : 'className', 'LOG_STUDENT_AMBIGUOUS', entry.className
          ? `Có ${found.length} học sinh tên ${entry.student} ở lớp ${entry.className} (${found.map(who).join('; ')}), nên không biết dòng nhật ký này của em nào. Ghi thêm Mã HS.`
          : `Có ${found.length} học sinh tên ${entry.student} (${found.map(who).join('; ')}), nên không biết dòng nhật ký này của em nào. Ghi lớp (hoặc Mã HS) của em.`);
      }
    }
  }
  return { matched, problems };
}

/**
 * A row with a Mã HS that also names a student other than the Mã HS's (names as names: Hùng is not
 * Hưng): the students of that name (in the row's class when it has one; none when nobody has it).
 * Undefined when the row names nobody or names the Mã HS's own student.
 */
function namedOther(entry: LogEntry, byId: Student, byNameClass: Map<string, Student[]>, byName: Map<string, Student[]>): { students: Student[] } | undefined {
  if (!entry.student || nameIdentity(entry.student) === nameIdentity(byId.name)) return undefined;
  const inClass = entry.className ? byNameClass.get(`${nameIdentity(entry.student)}|${classKey(entry.className)}`) : undefined;
  return { students: inClass ?? byName.get(nameIdentity(entry.student)) ?? [] };
}

/** Why a row's Mã HS matched no one student: another child named beside it, nobody's code, or two students'. */
function idProblem(entry: LogEntry, found: readonly Student[], named: { students: Student[] } | undefined): { code: Problem['code']; message: string } {
  if (named) return { code: 'LOG_STUDENT_ID_NAME_DIFFERS', message: idNameMessage(entry, found[0], named) };
  return found.length === 0
    ? { code: 'LOG_STUDENT_UNKNOWN', message: `Mã HS "${entry.studentId}" không có trong danh sách học sinh, nên dòng nhật ký này chưa gắn với em nào. Sửa Mã HS cho đúng (hoặc xóa ô Mã HS để tìm theo họ tên và lớp).` }
    : { code: 'LOG_STUDENT_AMBIGUOUS', message: `Mã HS "${entry.studentId}" là của ${found.length} học sinh (${found.map(who).join('; ')}), nên dòng nhật ký này chưa gắn với em nào. Sửa Mã HS trùng trong Danh sách.` };
}

function idNameMessage(entry: LogEntry, byId: Student, named: { students: Student[] }): string {
  const other = named.students.length > 0 ? `em ${entry.student} (${named.students.map(who).join('; ')})` : `em ${entry.student} (tên này không có trong Danh sách)`;
  return `Mã HS "${entry.studentId}" là của em ${who(byId)}, nhưng dòng nhật ký này ghi tên ${other}; chưa biết dòng này của em nào nên chưa tính cho em nào.`
    + ' Sửa Mã HS hoặc họ tên cho đúng em được hỗ trợ.';
}

function who(s: Student): string {
  return `${s.name}, lớp ${s.className}, dòng ${s.row} trang ${s.sheet}`;
}

/** A teacher who mentors at least one student; one person however many ways the school wrote the name. */
export interface Mentor {
  /** As shown: the fullest spelling ("Nguyễn Thị Lan"), or the first written when all are short ("cô Lan"). */
  name: string;
  /** Every way the name was written, in order of first appearance. */
  spellings: string[];
  /** The mentor's students; `support` when marked "(hỗ trợ)", a second mentor who owes no report. */
  students: Array<{ student: Student; support: boolean }>;
}

/** Word-level suffix: "Lan" and "Thị Lan" are short forms of "Nguyễn Thị Lan". */
function isShortFormOf(short: string, full: string): boolean {
  return full.length > short.length && full.endsWith(' ' + short);
}

/**
 * "Nguyễn Thị Lan - Lê Văn Hùng", "Nguyễn Thị Lan — Tổ Toán 1" or "Phạm Văn Đức-Vũ Thị Hoa": the text after the dash is no
 * note the reader knows, so the cell is one mentor of that whole name; a warning at its first cell
 * says so and how to write it (never a silent guess), naming the mentor written before the dash
 * elsewhere when there is one.
 */
function dashedNameProblems(byKey: ReadonlyMap<string, { key: string; names: MentorName[]; rows: unknown[]; first: Student }>,
  supporterCell: (s: Student) => { sheet: string; row: number; column: number } | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const seen of byKey.values()) {
    const written = seen.names[0].name;
    const dash = dashIn(written);
    // A hyphen with no space joins two names only when a name of two words or more follows ("Nguyễn Thị Thu-Hà" is one name).
    if (!dash || (!dash.spaced && !/\s/.test(dash.after.trim()))) continue;
    const [first, note] = [dash.before.trim(), dash.after.trim()];
    const before = nameIdentity(first);
    // Never the dashed entry itself: "Lan - Trần Thị Lan" ends with its own "Lan".
    const other = byKey.get(before) ?? [...byKey.values()].find((v) => v !== seen && (v.key.endsWith(' ' + before) || before.endsWith(' ' + v.key)));
    const cell = supporterCell(seen.first);
    if (!cell) continue;
    const counted = other ? `một GV riêng (${seen.rows.length} em), khác GV "${other.names[0].name}"` : `một GV (${seen.rows.length} em)`;
    problems.push(problemAt(cell.sheet, cell.row, cell.column, 'warning', 'MENTOR_SPELLINGS',
      `GV "${seen.names[0].written}" được tính là ${counted}. Nếu là cùng một người, ghi phần sau dấu gạch trong ngoặc: "${first} (${note})"; nếu là hai GV, ghi cách nhau bằng dấu chấm phẩy: "${first}; ${note}".`,
      seen.first.className));
  }
  return problems;
}

/**
 * The mentors named in the roster. Spellings with the same name once honorific and notes are
 * set aside ("cô Lan", "Lan") are one person; a short form is joined to a fuller name only when
 * exactly one fuller name ends with it. Otherwise it stays a mentor of its own, and a warning at
 * its first cell names the spellings it could be.
 */
export function groupMentors(students: readonly Student[], supporterCell: (s: Student) => { sheet: string; row: number; column: number } | undefined,
  homerooms: Homerooms = NO_HOMEROOMS): { mentors: Mentor[]; problems: Problem[] } {
  type Seen = { key: string; names: MentorName[]; rows: Array<{ student: Student; support: boolean }>; first: Student };
  const byKey = new Map<string, Seen>();
  const unnamed: Unnamed = new Map();
  for (const student of students) {
    if (student.excluded) continue;
    const keysOfStudent = new Set<string>();
    for (const m of mentorNamesOf(student, homerooms)) {
      if (!m.key && m.written) noteUnnamed(unnamed, m, student, homerooms);
      if (!m.key || keysOfStudent.has(m.key)) continue;
      keysOfStudent.add(m.key);
      const seen = byKey.get(m.key) ?? (byKey.set(m.key, { key: m.key, names: [], rows: [], first: student }).get(m.key) as Seen);
      if (!seen.names.some((n) => n.written === m.written)) seen.names.push(m);
      seen.rows.push({ student, support: m.support });
    }
  }
  const keys = [...byKey.keys()];
  const fullest = (key: string) => keys.filter((k) => isShortFormOf(key, k) && !keys.some((l) => isShortFormOf(k, l)));
  const problems: Problem[] = [];
  const into = new Map<string, string>();
  for (const key of keys) {
    const candidates = fullest(key);
    if (candidates.length === 1) into.set(key, candidates[0]);
    else if (candidates.length > 1) {
      const seen = byKey.get(key) as Seen;
      const cell = supporterCell(seen.first);
      const others = candidates.map((k) => `"${(byKey.get(k) as Seen).names[0].name}"`).join(', ');
      if (cell) {
        problems.push(problemAt(cell.sheet, cell.row, cell.column, 'warning', 'MENTOR_SPELLINGS',
          `GV "${seen.names[0].written}" có thể là ${others}: chưa biết là ai nên được tính là một GV riêng (${seen.rows.length} em). Ghi đủ họ tên GV ở mọi dòng.`,
          seen.first.className));
      }
    }
  }
  problems.push(...dashedNameProblems(byKey, supporterCell));
  problems.push(...unnamedMentorProblems(unnamed, supporterCell, homerooms));
  const groups = new Map<string, Seen[]>();
  for (const key of keys) {
    const target = into.get(key) ?? key;
    groups.set(target, [...(groups.get(target) ?? []), byKey.get(key) as Seen]);
  }
  const mentors = [...groups.entries()].map(([key, parts]) => {
    const own = byKey.get(key) as Seen;
    const names = parts.flatMap((p) => p.names);
    const full = own.names.find((n) => n.name.includes(' '));
    const students = new Map<Student, boolean>();
    for (const p of parts) for (const r of p.rows) students.set(r.student, (students.get(r.student) ?? true) && r.support);
    return {
      name: full ? full.name : own.names[0].written,
      spellings: [...new Set(names.map((n) => n.written))],
      students: [...students].map(([student, support]) => ({ student, support })),
    };
  });
  return { mentors, problems };
}

/** A student's log: every matched entry, the last date, and this month's entries. */
export interface StudentLog {
  entries: LogEntry[];
  /** yyyy-mm-dd of the latest dated entry, or yyyy-mm when the latest is a month only. */
  last?: string;
  thisMonth: LogEntry[];
}

export function studentLogs(matched: readonly MatchedEntry[], today: { year: number; month: number }): Map<Student, StudentLog> {
  const current = monthKey(today.year, today.month);
  const logs = new Map<Student, StudentLog>();
  for (const { entry, student } of matched) {
    if (!student) continue;
    const log = logs.get(student) ?? (logs.set(student, { entries: [], thisMonth: [] }).get(student) as StudentLog);
    log.entries.push(entry);
    const when = entry.day ?? entry.month;
    if (when && (!log.last || when > log.last)) log.last = when;
    if (entry.month === current) log.thisMonth.push(entry);
  }
  return logs;
}

/** Past the monthly deadline: the deadline day itself still counts as on time. */
export function pastDeadline(today: { day: number }, deadlineDay: number): boolean {
  return today.day > deadlineDay;
}
