// The Nhật ký's fields and the header labels that name them (read/log.ts reads the tab).

import { cellText } from '../cells';
import { fold, foldCompact } from '../text';

export type LogField = 'date' | 'stamp' | 'student' | 'className' | 'studentId' | 'mentor' | 'content' | 'result';

/** Header aliases; the README and Hướng dẫn give the Google Form's question titles from these. */
export const LOG_FIELDS: Record<LogField, string[]> = {
  date: ['Ngày', 'Ngày hỗ trợ', 'Ngày ghi', 'Thời gian', 'Tháng', 'Tháng hỗ trợ', 'Ngày tháng'],
  // A Google Form's own column: when the answer was sent. The day the teacher gives wins over it.
  stamp: ['Dấu thời gian', 'Timestamp'],
  student: ['Học sinh', 'Họ và tên', 'Họ tên', 'Họ và tên học sinh', 'Họ tên học sinh', 'Tên học sinh', 'Học sinh được hỗ trợ'],
  className: ['Lớp', 'Lớp của học sinh'],
  studentId: ['Mã HS', 'Mã học sinh', 'Mã định danh', 'Mã số HS'],
  mentor: ['GV', 'Giáo viên', 'GV hỗ trợ', 'Giáo viên hỗ trợ', 'GV nhận đỡ đầu', 'GV đỡ đầu', 'Người hỗ trợ', 'Người ghi', 'Giáo viên ghi'],
  content: ['Nội dung hỗ trợ', 'Nội dung', 'Việc đã làm', 'Nội dung đã hỗ trợ', 'Biện pháp'],
  result: ['Kết quả / Nhận xét', 'Kết quả', 'Nhận xét', 'Kết quả, nhận xét', 'Tiến bộ', 'Kết quả và nhận xét'],
};

const LOG_FIELD_BY_ALIAS = new Map<string, LogField>(
  (Object.keys(LOG_FIELDS) as LogField[]).flatMap((field) => LOG_FIELDS[field].map((alias) => [foldCompact(alias), field] as [string, LogField])));

/** A bracket saying the teacher writes the cell: "(GV ghi)", "(giáo viên ghi rõ)", "(người ghi)". */
const TEACHER_WRITES = /^(?:gv|giao vien|nguoi ghi|nguoi viet)\b/;
/** A bare name label, whose bracket may say whose name it is. */
const BARE_NAME = /^ho (?:va )?ten$/;

/**
 * The log field a header label names, a note in brackets aside ("Lớp (ví dụ 4A)", "Mã HS (nếu có)");
 * a bracket that names a field itself says whose the column is ("Họ và tên (giáo viên)" is the
 * teacher's, not a second student column), and so does a bracket saying the teacher writes a bare
 * name label ("Họ và tên (GV ghi)"; "Học sinh (GV ghi)" stays the student's). Undefined when none.
 */
export function logField(text: unknown): LogField | undefined {
  const written = cellText(text);
  const brackets = (written.match(/\([^)]*\)/g) ?? []).map((b) => b.slice(1, -1));
  const inBrackets = brackets.map((b) => LOG_FIELD_BY_ALIAS.get(foldCompact(b))).find((f) => f !== undefined);
  const outside = written.replace(/\([^)]*\)/g, '');
  if (inBrackets) return inBrackets;
  if (BARE_NAME.test(fold(outside).trim()) && brackets.some((b) => TEACHER_WRITES.test(fold(b).trim()))) return 'mentor';
  return LOG_FIELD_BY_ALIAS.get(foldCompact(outside));
}
