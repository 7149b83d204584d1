// The Nhật ký's fields and the header labels that name them (read/log.ts reads the tab).

import { cellText } from '../cells';
import { foldCompact, foldWords } from '../text';

export type LogField = 'date' | 'stamp' | 'student' | 'className' | 'studentId' | 'mentor' | 'content' | 'result';

/** Header aliases; the README and Hướng dẫn give the Google Form's question titles from these. */
export const LOG_FIELDS: Record<LogField, string[]> = {
  date: ['Ngày', 'Ngày hỗ trợ', 'Ngày ghi', 'Thời gian', 'Tháng', 'Tháng hỗ trợ', 'Ngày tháng'],
  // A Google Form's own column: when the answer was sent. The day the teacher gives wins over it.
  stamp: ['Dấu thời gian', 'Timestamp'],
  student: ['Học sinh', 'Họ và tên', 'Họ tên', 'Họ và tên học sinh', 'Họ tên học sinh', 'Tên học sinh', 'Học sinh được hỗ trợ', 'Tên HS', 'Họ và tên HS', 'Họ tên HS'],
  className: ['Lớp', 'Lớp của học sinh'],
  studentId: ['Mã HS', 'Mã học sinh', 'Mã định danh', 'Mã số HS'],
  mentor: ['GV', 'Giáo viên', 'GV hỗ trợ', 'Giáo viên hỗ trợ', 'GV nhận đỡ đầu', 'GV đỡ đầu', 'Người hỗ trợ', 'Người ghi', 'Giáo viên ghi'],
  content: ['Nội dung hỗ trợ', 'Nội dung', 'Việc đã làm', 'Nội dung đã hỗ trợ', 'Biện pháp'],
  result: ['Kết quả / Nhận xét', 'Kết quả', 'Nhận xét', 'Kết quả, nhận xét', 'Tiến bộ', 'Kết quả và nhận xét'],
};

const LOG_FIELD_BY_ALIAS = new Map<string, LogField>(
  (Object.keys(LOG_FIELDS) as LogField[]).flatMap((field) => LOG_FIELDS[field].map((alias) => [foldCompact(alias), field] as [string, LogField])));

/**
 * Words naming the teacher, in a label folded to words: GV and its forms (GVCN, GVBM, GVĐĐ), giáo
 * viên, thầy cô, thầy giáo, cô giáo, cán bộ, người đỡ đầu / hỗ trợ / phụ trách / hướng dẫn / ghi / viết.
 */
const TEACHER = /\b(?:gv[a-z]*|giao vien|thay (?:co|giao)|co giao|can bo|nguoi (?:do dau|ho tro|phu trach|huong dan|ghi|viet))\b/;
/** Words naming the student: a label naming both is the student's (its own words decide). */
const STUDENT = /\b(?:hs|hoc sinh|hoc tro)\b/;
/** A name: "Họ và tên", "Họ tên", or "Tên" right before the teacher's word ("Tên GV"). */
const NAME = new RegExp(`\\bho (?:va )?ten\\b|\\bten ${TEACHER.source}`);

/**
 * Whether a label asks for the teacher's name: a name and the teacher's word, in brackets or around
 * it ("Giáo viên (Họ và tên)", "Họ và tên GVCN", "Tên giáo viên", "Họ và tên (GV ghi)", "Người đỡ
 * đầu: Họ tên"), and no word naming the student ("Họ và tên học sinh (GV ghi)", "Học sinh (GV ghi)").
 */
export function namesTeacher(label: string): boolean {
  const words = foldWords(label);
  return NAME.test(words) && TEACHER.test(words) && !STUDENT.test(words);
}

/** A date label by its words: starting with Ngày, Thời gian or Tháng ("Ngày thực hiện", "Ngày/tháng/năm", "Thời gian thực hiện"). */
const DATE_WORDS = /^(?:ngay|thoi gian|thang)\b/;
/**
 * Not the day of the help: a birth date, days off ("Ngày nghỉ"), joining the school ("Ngày vào
 * trường", "Ngày nhập học"), a document's date ("Ngày cấp"), or one named month or day ("Tháng 9").
 */
const OTHER_DAY = /\b(?:sinh|ns|nghi|vao|nhap|cap|\d+)\b/;
/** A student label by its words: headed by the student ("Học sinh được đỡ đầu", "HS được hỗ trợ", "Em được hỗ trợ", "Họ tên em"). */
const STUDENT_HEAD = /^(?:(?:ho (?:va )?)?ten )?(?:hs|hoc sinh|hoc tro|em)\b/;
/** A content label by its words: headed by what was done ("Nội dung đỡ đầu", "Hình thức hỗ trợ", "Công việc đã làm", "Hoạt động hỗ trợ"). */
const CONTENT_WORDS = /^(?:noi dung|hinh thuc|cong viec|viec|bien phap|hoat dong)\b/;

/**
 * The field a label names by its words when it is none of the aliases: everyday ways of writing the
 * date, the student and what was done. A label naming the teacher is never the student's.
 */
function logFieldByWords(label: string): LogField | undefined {
  const words = foldWords(label);
  if (DATE_WORDS.test(words)) return OTHER_DAY.test(words) ? undefined : 'date';
  // "Hoạt động trải nghiệm", "Hoạt động giáo dục" are subjects of a results tab, not what was done.
  if (CONTENT_WORDS.test(words)) return /\b(?:trai nghiem|giao duc)\b/.test(words) ? undefined : 'content';
  // "Em đã được hỗ trợ gì?" asks what was done, not who.
  if (STUDENT_HEAD.test(words) && !TEACHER.test(words) && !/\bgi\b/.test(words)) return 'student';
  return undefined;
}

/**
 * The log field a header label names, a note in brackets aside ("Lớp (ví dụ 4A)", "Mã HS (nếu có)");
 * a label asking for the teacher's name is the teacher's column (namesTeacher), not a second student
 * column; otherwise a bracket that names a field itself says whose the column is ("Họ và tên (học
 * sinh)", "Ghi chú (Nội dung)"); else the label's words (logFieldByWords). Undefined when none.
 */
export function logField(text: unknown): LogField | undefined {
  const written = cellText(text);
  const outside = LOG_FIELD_BY_ALIAS.get(foldCompact(written.replace(/\([^)]*\)/g, '')));
  // A label naming other than the student outside its note keeps its field: "Nội dung hỗ trợ (GV ghi rõ họ tên người hỗ trợ)".
  if (outside !== undefined && outside !== 'student') return outside;
  if (namesTeacher(written)) return 'mentor';
  const brackets = (written.match(/\([^)]*\)/g) ?? []).map((b) => b.slice(1, -1));
  const inBrackets = brackets.map((b) => LOG_FIELD_BY_ALIAS.get(foldCompact(b))).find((f) => f !== undefined);
  return inBrackets ?? outside ?? logFieldByWords(written.replace(/\([^)]*\)/g, ''));
}

/**
 * The field of a column of a header tree, from its labels top to bottom: its lowest label's, except
 * that a name under a group naming the teacher ("Giáo viên" merged over "Họ và tên" and "Số điện
 * thoại") is the teacher's.
 */
export function logFieldOfPath(labels: unknown[]): LogField | undefined {
  const field = logField(labels[labels.length - 1]);
  return field === 'student' && labels.length > 1 && namesTeacher(labels.map(cellText).join(' ')) ? 'mentor' : field;
}
