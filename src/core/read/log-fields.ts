// The Nhật ký's fields and the header labels that name them (read/log.ts reads the tab).

import { cellText } from '../cells';
import { foldCompact, foldWords } from '../text';

// familyName and givenName: the student's name in two columns ("Họ đệm" | "Tên", often under "Họ và tên"), read as one
// (log-header.ts nameInParts).
export type LogField = 'date' | 'stamp' | 'student' | 'familyName' | 'givenName' | 'className' | 'studentId' | 'mentor' | 'content' | 'result';

/** Header aliases; the README and Hướng dẫn give the Google Form's question titles from these. */
export const LOG_FIELDS: Record<LogField, string[]> = {
  date: ['Ngày', 'Ngày hỗ trợ', 'Ngày ghi', 'Thời gian', 'Tháng', 'Tháng hỗ trợ', 'Ngày tháng'],
  // A Google Form's own column: when the answer was sent. The day the teacher gives wins over it.
  stamp: ['Dấu thời gian', 'Timestamp'],
  student: ['Học sinh', 'Họ và tên', 'Họ tên', 'Họ và tên học sinh', 'Họ tên học sinh', 'Tên học sinh', 'Học sinh được hỗ trợ', 'Tên HS', 'Họ và tên HS', 'Họ tên HS'],
  familyName: ['Họ đệm', 'Họ và tên đệm', 'Họ và đệm', 'Họ'],
  givenName: ['Tên'],
  className: ['Lớp', 'Lớp của học sinh'],
  studentId: ['Mã HS', 'Mã học sinh', 'Mã định danh', 'Mã số HS'],
  mentor: ['GV', 'Giáo viên', 'GV hỗ trợ', 'Giáo viên hỗ trợ', 'GV nhận đỡ đầu', 'GV đỡ đầu', 'Người hỗ trợ', 'Người ghi', 'Giáo viên ghi'],
  content: ['Nội dung hỗ trợ', 'Nội dung', 'Việc đã làm', 'Nội dung đã hỗ trợ', 'Biện pháp'],
  result: ['Kết quả / Nhận xét', 'Kết quả', 'Nhận xét', 'Kết quả, nhận xét', 'Tiến bộ', 'Kết quả và nhận xét'],
};

/** Words saying a label or a tab's name is about the help given: hỗ trợ, đỡ đầu, giúp (đỡ), kèm cặp, tư vấn, tiến bộ. */
export const HELP_WORDS = /\b(?:ho tro|do dau|giup(?: do)?|kem cap|tu van|tien bo)\b/;

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

/** Phrases that may follow Ngày, Thời gian or Tháng in a date label by its words: the parts of a date, or the session's own words. */
const SESSION_DATE_WORD = '(?:thang|nam|gio|buoi|thuc hien|ho tro|gap(?: go)?|do dau|kem(?: cap)?|giup do|tu van|trao doi|hoc sinh|hs|em)';
/**
 * A date label by its words: Ngày, Thời gian or Tháng alone or followed only by the parts of a date
 * or the support session's words ("Ngày thực hiện", "Ngày/tháng/năm", "Thời gian thực hiện", "Ngày
 * gặp", "Ngày đỡ đầu"). Never another event's day: "Ngày sinh", "Ngày phân công", "Ngày quyết
 * định", "Ngày đánh giá", "Ngày kiểm tra", "Ngày vi phạm", "Ngày nghỉ", nor one named month ("Tháng 9").
 */
const DATE_WORDS = new RegExp(`^(?:ngay|thoi gian|thang)(?: ${SESSION_DATE_WORD})*$`);
/**
 * A student label by its words: the student ("Họ và tên", "Họ tên" or "Tên" before it optional), then
 * only words about the support ("Học sinh được đỡ đầu", "HS được hỗ trợ", "Em được hỗ trợ", "Họ tên
 * em", "Học sinh cần giúp đỡ", "HS nhận kèm"). Never "Học sinh khuyết tật", "Học sinh vắng", a question.
 */
const STUDENT_HEAD = /^(?:(?:ho (?:va )?)?ten )?(?:hs|hoc sinh|hoc tro|em)(?: (?:duoc|can|ho tro|do dau|kem(?: cap)?|giup do|phu dao|nhan))*$/;
/** A student's attribute, not the student: "Học sinh khuyết tật", "HS dân tộc", "Học sinh nữ", "HS hộ nghèo". */
const STUDENT_ATTRIBUTE = /\b(?:khuyet tat|hskt|dan toc|nu|nam|ho ngheo|can ngheo|mo coi|chinh sach|con thuong binh|con liet si|doan vien|doi vien)\b/;
/** A content label by its words: headed by what was done ... */
const CONTENT_HEAD = /^(?:noi dung|hinh thuc|cong viec|viec|bien phap|hoat dong)\b/;
/**
 * ... and saying it was the help: "Nội dung đỡ đầu", "Hình thức hỗ trợ", "Công việc đã làm", "Việc
 * làm", "Biện pháp giúp đỡ", "Nội dung kèm". Never "Nội dung khen thưởng", "Nội dung vi phạm",
 * "Hoạt động trải nghiệm", a bare "Hình thức".
 */
const SUPPORT_WORDS = /\b(?:ho tro|do dau|lam|giup do|kem(?: cap)?|phu dao|boi duong|tu van)\b/;

/**
 * The field a label names by its words when it is none of the aliases: everyday ways of writing the
 * date, the student and what was done. A label naming the teacher, or a student's attribute, is never the student's.
 */
function logFieldByWords(label: string): LogField | undefined {
  const words = foldWords(label);
  if (DATE_WORDS.test(words)) return 'date';
  if (CONTENT_HEAD.test(words)) return SUPPORT_WORDS.test(words) ? 'content' : undefined;
  // "Em có tiến bộ không?", "Em đã được hỗ trợ gì?" ask a question, not who.
  if (STUDENT_HEAD.test(words) && !label.includes('?') && !TEACHER.test(words) && !STUDENT_ATTRIBUTE.test(words)) return 'student';
  return undefined;
}

/** The field a label names, and whether only by its everyday words (logFieldByWords) rather than by an alias. */
export interface LogFieldMatch { field: LogField; byWords: boolean }

const NAME_FIELDS: ReadonlySet<LogField> = new Set(['student', 'familyName', 'givenName']);

/**
 * The log field a header label names, a note in brackets aside ("Lớp (ví dụ 4A)", "Mã HS (nếu có)");
 * a label asking for the teacher's name is the teacher's column (namesTeacher), not a second student
 * column; otherwise a bracket that names a field itself says whose the column is ("Họ và tên (học
 * sinh)", "Ghi chú (Nội dung)"); else the label's words (logFieldByWords, `byWords` true). Undefined when none.
 */
export function logFieldMatch(text: unknown): LogFieldMatch | undefined {
  const written = cellText(text);
  const outside = LOG_FIELD_BY_ALIAS.get(foldCompact(written.replace(/\([^)]*\)/g, '')));
  const exact = (field: LogField | undefined) => (field === undefined ? undefined : { field, byWords: false });
  // A label naming other than a name outside its note keeps its field: "Nội dung hỗ trợ (GV ghi rõ họ tên người hỗ trợ)".
  // A name or a part of one ("Họ và tên", "Tên", "Họ") is whose its note says: "Tên (giáo viên)", "Tên (học sinh)".
  if (outside !== undefined && !NAME_FIELDS.has(outside)) return exact(outside);
  if (namesTeacher(written)) return exact('mentor');
  // Stryker disable next-line ArrayDeclaration: a made-up bracket names no field, as no bracket does
  const brackets = (written.match(/\([^)]*\)/g) ?? []).map((b) => b.slice(1, -1));
  const inBrackets = brackets.map((b) => LOG_FIELD_BY_ALIAS.get(foldCompact(b))).find((f) => f !== undefined);
  if (inBrackets ?? outside) return exact(inBrackets ?? outside);
  const byWords = logFieldByWords(written.replace(/\([^)]*\)/g, ''));
  return byWords && { field: byWords, byWords: true };
}

/** The log field a header label names (logFieldMatch); with `byWords` false, only by an alias. */
export function logField(text: unknown, byWords = true): LogField | undefined {
  const match = logFieldMatch(text);
  return match && (byWords || !match.byWords) ? match.field : undefined;
}

/**
 * The field of a column of a header tree, from its labels top to bottom: its lowest label's, except
 * that a name under a group naming the teacher ("Giáo viên" merged over "Họ và tên" and "Số điện
 * thoại") is the teacher's, and a name's part under it ("Họ đệm", "Tên") names no field.
 */
export function logFieldMatchOfPath(labels: unknown[]): LogFieldMatch | undefined {
  const match = logFieldMatch(labels[labels.length - 1]);
  const teacher = match?.field === 'student' && labels.length > 1 && namesTeacher(labels.map(cellText).join(' '));
  if (teacher) return { field: 'mentor', byWords: match.byWords };
  // "Giáo viên" over "Họ đệm" | "Tên": a part of the teacher's name is no part of the student's (an unread column, said at its cell).
  const above = foldWords(labels.slice(0, -1).map(cellText).join(' '));
  const teachersPart = (match?.field === 'familyName' || match?.field === 'givenName') && TEACHER.test(above) && !STUDENT.test(above);
  return teachersPart ? undefined : match;
}

/** The field of a column of a header tree (logFieldMatchOfPath). */
export function logFieldOfPath(labels: unknown[]): LogField | undefined {
  return logFieldMatchOfPath(labels)?.field;
}
