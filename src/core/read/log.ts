// "Nhật ký", the mentors' monthly log (PRODUCT 3.8): an optional tab recognised by its header,
// whatever its name, so a Google Form's responses tab ("Câu trả lời biểu mẫu 1", first column
// "Dấu thời gian") works as it is. Each row is one piece of help given to one student; matching
// rows to students is rules/mentors.ts. Nothing is dropped: a row the reader cannot date is kept
// and reported at its cell.

import { cellText, fillMerges, idText, isBlank } from '../cells';
import type { Day } from '../calendar';
import type { MergedRange, Problem, ProblemCode, SheetGrid } from '../model';
import { problemAt } from '../problem';
import { HEADER_SEARCH_ROWS } from '../table';
import { columnLetters, fold, foldWords, tidy } from '../text';
import { pathTexts, readHeaderTree, type HeaderLabel } from './header-tree';
import { logDateKind, readLogDateCell, sectionMonth, type LogDateKind } from './log-dates';
import { LOG_FIELDS, logField, logFieldMatch, logFieldMatchOfPath, namesTeacher, type LogField } from './log-fields';

export { LOG_FIELDS, type LogField } from './log-fields';
export { logDateOutside, readLogDate } from './log-dates';

/** The question titles of the Google Form, as the README lists them (each matches LOG_FIELDS). */
export const LOG_FORM_TITLES = ['Ngày hỗ trợ', 'Học sinh', 'Lớp', 'Mã HS', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét'];

/** Making the Google Form in five steps: the Hướng dẫn text and the README say the same. */
export const LOG_FORM_STEPS = [
  'Trong bảng tính này chọn Công cụ → Tạo biểu mẫu mới (Google Biểu mẫu mở ra, đã liên kết với bảng tính).',
  `Thêm các câu hỏi, đúng tên: ${LOG_FORM_TITLES.map((t) => `"${t}"`).join(', ')}. "Ngày hỗ trợ" là câu hỏi kiểu Ngày; "Mã HS" không bắt buộc; các câu khác là Trả lời ngắn hoặc Đoạn.`,
  'Đặt "Học sinh", "Lớp", "GV" và "Nội dung hỗ trợ" là bắt buộc; ghi họ tên học sinh đủ dấu như trong Danh sách.',
  'Bấm Gửi, sao chép đường liên kết và gửi cho các GV đỡ đầu; mỗi lần hỗ trợ một em, GV điền một lần, trước ngày 25 hằng tháng.',
  'Các câu trả lời về trang "Câu trả lời biểu mẫu 1" (cột đầu "Dấu thời gian"): không cần đổi tên hay sửa gì, bấm Hỗ trợ học sinh → Tổng hợp.',
];

export interface LogEntry {
  sheet: string;
  /** 1-based row. */
  row: number;
  /** yyyy-mm-dd, when the cell gives a day. */
  day?: string;
  /** yyyy-mm: the month the entry counts for (from the day, or a month-only cell); absent when unreadable. */
  month?: string;
  student: string;
  className: string;
  studentId: string;
  mentor: string;
  content: string;
  result: string;
  /** 1-based columns, for problems and links. */
  columns: Partial<Record<LogField, number>>;
}

export interface LogTab {
  sheet: string;
  entries: LogEntry[];
  problems: Problem[];
}

const MAX_HEADER_ROWS = 4;

/** A second column naming a field already named by an earlier one ("GV" and "Người ghi"): never read, said at its header cell. */
export interface RepeatedLogColumn { field: LogField; kept: HeaderLabel; repeated: HeaderLabel }

interface LogHeaderFields {
  columns: Partial<Record<LogField, number>>; repeated: RepeatedLogColumn[]; unread: UnreadLogColumn[];
  /** What the date column's label asks for (a day, a month, either). */
  dateKind: LogDateKind;
}

/** A column whose label names no log field: its writing is not read. `columns`: 0-based, every column the label covers. */
export interface UnreadLogColumn { label: HeaderLabel; columns: number[] }

/** Labels of columns nobody expects the log to read: a row number, a note, how to reach someone, a Form quiz's score. */
const HARMLESS = /^(?:stt|tt|so tt|so thu tu|ghi chu|chu thich|sdt|so dt|so dien thoai|dien thoai|e ?mail|dia chi e ?mail|email address|diem|score)\b/;

/**
 * The fields of a header read as a tree: each column's lowest label names its field (a name under a
 * group naming the teacher is the teacher's: logFieldMatchOfPath); the first column naming a field
 * is read; with `byWords` false (a tab not named as the log), by its aliases only. A field named by
 * an alias anywhere is read there: a label naming it only by its words ("Hình thức hỗ trợ" before
 * "Nội dung hỗ trợ", "Thời gian thực hiện" before "Ngày") is then an unread column. A later label
 * naming the field again is a repeated column; one label merged (or continued) over several columns
 * is one column.
 */
function treeFields(values: unknown[][], merges: readonly MergedRange[] | undefined, rows: number[], byWords: boolean): LogHeaderFields {
  const columns: Partial<Record<LogField, number>> = {};
  const labels: Partial<Record<LogField, HeaderLabel>> = {};
  const repeated: RepeatedLogColumn[] = [];
  const unread = new Map<HeaderLabel, number[]>();
  const tree = readHeaderTree(values, merges, rows).map((column) => ({ column, match: logFieldMatchOfPath(pathTexts(column)) }));
  const byAlias = new Set(tree.filter((t) => t.match && !t.match.byWords).map((t) => t.match?.field));
  for (const { column, match } of tree) {
    const leaf = column.path[column.path.length - 1];
    const field = leaf && match && (!match.byWords || (byWords && !byAlias.has(match.field))) ? match.field : undefined;
    if (leaf && !field && !HARMLESS.test(foldWords(leaf.text))) unread.set(leaf, [...(unread.get(leaf) ?? []), column.column]);
    if (!field) continue;
    const kept = labels[field];
    if (!kept) {
      columns[field] = column.column;
      labels[field] = leaf;
    } else if (kept !== leaf && !repeated.some((r) => r.repeated === leaf)) {
      repeated.push({ field, kept, repeated: leaf });
    }
  }
  return { columns, repeated, unread: [...unread].map(([label, cs]) => ({ label, columns: cs })), dateKind: logDateKind(labels.date?.text) };
}

/** A cell merged across several columns covers (row, column), 0-based. */
function mergedAcross(merges: readonly MergedRange[] | undefined, row: number, column: number): boolean {
  return (merges ?? []).some((m) => m.numColumns > 1 && row >= m.row - 1 && row < m.row - 1 + m.numRows && column >= m.column - 1 && column < m.column - 1 + m.numColumns);
}

/**
 * The row under a header row that still belongs to it: labels only, each naming a log field, at
 * least one of them under a group label (a cell merged across, or left blank beside the group's
 * label, in the row above). A data row ("Tiến bộ" under Kết quả) names no field under a group.
 */
function continuesHeader(values: unknown[][], merges: readonly MergedRange[] | undefined, above: number, byWords: boolean): boolean {
  const row = values[above + 1] ?? [];
  let grouped = false;
  for (let c = 0; c < row.length; c++) {
    if (isBlank(row[c])) continue;
    if (typeof row[c] !== 'string' || !logField(row[c], byWords)) return false;
    if (isBlank(values[above][c]) || mergedAcross(merges, above, c)) grouped = true;
  }
  return grouped;
}

/**
 * A log's header names the student, when (a date or the form's stamp), and what was done or its
 * result; in a tab trusted as the log (named "Nhật ký…", or a Google Form's responses), who helped
 * will do instead (a schedule of another name, Thứ | Ngày | Học sinh | Lớp | GV, is no log).
 */
function isLogHeader(c: Partial<Record<LogField, number>>, trusted: boolean): boolean {
  return c.student !== undefined && (c.date !== undefined || c.stamp !== undefined)
    && (c.content !== undefined || c.result !== undefined || (trusted && c.mentor !== undefined));
}

/** A tab named as the log: its folded name starts with "nhat ky" ("Nhật ký", "NHẬT KÝ ĐỠ ĐẦU"). */
export function namedAsLog(name: string | undefined): boolean {
  return fold(name ?? '').startsWith('nhat ky');
}

/**
 * The log's header (findLogHeader) with its repeated columns. Labels are read by their everyday
 * words, and who helped stands for what was done, only in a tab named as the log or a Google Form's
 * responses (its header row starts with "Dấu thời gian"); any other tab is a log only by the aliases,
 * so an assignment list, awards, violations or a schedule is never taken for it.
 */
function readLogHeader(values: unknown[][], merges?: readonly MergedRange[], name?: string): ({ row: number } & LogHeaderFields) | undefined {
  const last = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let r = 0; r < last; r++) {
    const trusted = namedAsLog(name) || logFieldMatch((values[r] ?? [])[0])?.field === 'stamp';
    if (!(values[r] ?? []).some((v) => logField(v, trusted))) continue;
    let bottom = r;
    while (bottom + 1 < values.length && bottom - r + 1 < MAX_HEADER_ROWS && continuesHeader(values, merges, bottom, trusted)) bottom++;
    const fields = treeFields(values, merges, Array.from({ length: bottom - r + 1 }, (_, i) => r + i), trusted);
    if (isLogHeader(fields.columns, trusted)) return { row: bottom, ...fields };
  }
  return undefined;
}

/**
 * The log's header, read as a header tree (header-tree.ts) like every table a school writes: from
 * a row among the first ten naming a log field, down through up to four rows (a group such as
 * "Học sinh" merged over Họ và tên | Lớp | Mã HS, or written once with the cells beside it blank),
 * naming a date, the student, and what was done (or its result). `row` is the header's last row.
 * Undefined when the tab is not a log. `name`, the tab's: one named as the log is read more freely (readLogHeader).
 */
export function findLogHeader(values: unknown[][], merges?: readonly MergedRange[], name?: string): { row: number; columns: Partial<Record<LogField, number>> } | undefined {
  const header = readLogHeader(values, merges, name);
  return header && { row: header.row, columns: header.columns };
}

/** What a repeated column's header cell is told: which column is read, and what to do. */
export function repeatedLogColumnMessage({ field, kept, repeated }: RepeatedLogColumn): string {
  const [first, again] = [columnLetters(kept.column + 1), columnLetters(repeated.column + 1)];
  return `Cột ${again} ("${repeated.text}") cũng là cột "${LOG_FIELDS[field][0]}" của nhật ký (đã có ở cột ${first}, "${kept.text}"). `
    + `Chỉ cột ${first} được đọc, cột ${again} chưa được tính; nếu hai cột ghi khác nhau, chép điều đúng vào cột ${first}, rồi xóa cột ${again} hoặc đổi tiêu đề của nó (ví dụ "Ghi chú").`;
}

/** What an unread column's header cell is told: its writing is not read, and the headings to use. */
export function unreadLogColumnMessage({ label }: UnreadLogColumn): string {
  const titles = LOG_FORM_TITLES.map((t) => `"${t}"`).join(', ');
  return `Cột ${columnLetters(label.column + 1)} ("${label.text}") của nhật ký có ghi nhưng không được đọc: tiêu đề này không phải tên cột nào của nhật ký. `
    + `Nếu cột này ghi ngày, học sinh, lớp, giáo viên, nội dung hay kết quả hỗ trợ, đổi tiêu đề thành một trong: ${titles}; nếu chỉ là ghi chú, đổi thành "Ghi chú".`;
}

/** The unread columns holding writing in some row under the header (`below`, 0-based), told at their header cells. */
function unreadColumnProblems(sheet: SheetGrid, unread: readonly UnreadLogColumn[], below: number): Problem[] {
  const written = (c: number) => sheet.values.slice(below).some((row) => !isBlank(row[c]));
  return unread.filter((u) => u.columns.some(written))
    .map((u) => problemAt(sheet.name, u.label.row + 1, u.label.column + 1, 'warning', 'LOG_COLUMN_UNREAD', unreadLogColumnMessage(u)));
}

/**
 * Reads a tab as a log when its header says it is one; undefined otherwise. With `today`, a date
 * before the school year (1 August of `start`) or after today is LOG_DATE_OUTSIDE at its cell and
 * counts for no month (logDateOutside).
 */
export function readLogTab(sheet: SheetGrid, start: number, timeZoneOffsetMinutes: number, today?: Day): LogTab | undefined {
  const header = readLogHeader(sheet.values, sheet.merges, sheet.name);
  if (!header) return undefined;
  const problems: Problem[] = header.repeated.map((r) =>
    problemAt(sheet.name, r.repeated.row + 1, r.repeated.column + 1, 'warning', 'HEADER_DUPLICATE', repeatedLogColumnMessage(r)));
  problems.push(...unreadColumnProblems(sheet, header.unread, header.row + 1));
  const entries: LogEntry[] = [];
  const columns: Partial<Record<LogField, number>> = {};
  for (const [field, c] of Object.entries(header.columns) as Array<[LogField, number]>) columns[field] = c + 1;
  const at = (row: number, field: LogField, severity: Problem['severity'], code: ProblemCode, message: string) =>
    problems.push(problemAt(sheet.name, row, columns[field] as number, severity, code, message));
  // A cell merged down over several entries (one session for two students) holds its value for each.
  const grid = fillMerges(sheet.values, sheet.merges, header.row + 1);
  let section: string | undefined;
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    if (sheet.values[r].every(isBlank)) continue;
    // A section title ("THÁNG 11/2025" merged across) is no entry: its month dates the entries under it written without a date.
    const title = sectionMonth(sheet.values[r]);
    if (title) {
      section = title;
      continue;
    }
    const values = grid[r];
    const text = (field: LogField) => (columns[field] === undefined ? '' : tidy(cellText(values[(columns[field] as number) - 1], timeZoneOffsetMinutes)));
    // The day the teacher wrote (or the section's month); without it (or without that question), when the form was sent.
    const written = columns.date === undefined ? undefined : values[columns.date - 1];
    const given = isBlank(written) && columns.date !== undefined ? section ?? written : written;
    const stamped = columns.stamp === undefined ? undefined : values[columns.stamp - 1];
    const dateField: LogField = columns.date !== undefined && !(isBlank(given) && !isBlank(stamped)) ? 'date' : 'stamp';
    const raw = dateField === 'date' ? given : stamped;
    const student = text('student');
    const who = student ? ` (dòng của ${student})` : '';
    const date = readLogDateCell(raw, dateField === 'date' ? header.dateKind : undefined, who, start, timeZoneOffsetMinutes, today);
    const entry: LogEntry = {
      sheet: sheet.name, row: r + 1, ...date.when, student, className: text('className'),
      studentId: columns.studentId === undefined ? '' : idText(values[columns.studentId - 1]),
      mentor: text('mentor'), content: text('content'), result: text('result'), columns,
    };
    entries.push(entry);
    if (date.problem) at(r + 1, dateField, 'warning', date.problem.code, date.problem.message);
    if (!entry.student && !entry.studentId) {
      at(r + 1, 'student', 'warning', 'LOG_STUDENT_MISSING', 'Dòng nhật ký này chưa ghi học sinh được hỗ trợ. Ghi họ và tên và lớp của em (hoặc Mã HS).');
    }
  }
  return { sheet: sheet.name, entries, problems };
}

/**
 * A header row of a log in a tab of another name, by the labels' words too: a date, the student, and
 * what was done or its result. A schedule (Thứ | Ngày | Học sinh | Lớp | GV), an assignment list or a
 * plan names no two of student and what was done beside a date: never told as an unread log.
 */
function looksLikeLog(row: readonly unknown[]): boolean {
  const fields = new Set(row.map((v) => logField(v)));
  return fields.has('date') && fields.has('student') && (fields.has('content') || fields.has('result'));
}

/**
 * A tab that looks meant as the Nhật ký but is not read as one, or every entry in it would go unread
 * without a word: a Google Form's responses tab ("Dấu thời gian" in A1) naming some log fields, a
 * question having been renamed ("Người được hỗ trợ"); a tab named "Nhật ký…" whose header is not
 * found; or a tab of another name whose header is a log's by its words (looksLikeLog: "Ngày thực
 * hiện | Học sinh được đỡ đầu | Nội dung hỗ trợ"), read only in a tab named as the log. Told at A1
 * with the titles to use. Another form (a survey naming at most one log field, such as Lớp) and an
 * empty tab are left alone.
 */
export function unreadLogTab(sheet: SheetGrid): Problem | undefined {
  const first = sheet.values[0] ?? [];
  const form = logField(first[0]) === 'stamp';
  const byName = namedAsLog(sheet.name);
  const likely = form || byName ? undefined : sheet.values.slice(0, HEADER_SEARCH_ROWS).find(looksLikeLog);
  if (!form && !byName && !likely) return undefined;
  const header = likely ?? first;
  const named = new Set(header.map((v) => logField(v)).filter((f) => f !== undefined && f !== 'stamp'));
  if (form && named.size < 2) return undefined;
  if (sheet.values.every((row) => row.every(isBlank)) || findLogHeader(sheet.values, sheet.merges, sheet.name)) return undefined;
  const titles = LOG_FORM_TITLES.map((t) => `"${t}"`).join(', ');
  if (likely) {
    return problemAt(sheet.name, 1, 1, 'warning', 'LOG_FORM_UNREAD',
      `Trang "${sheet.name}" có dòng tiêu đề giống nhật ký đỡ đầu nhưng chưa được đọc thành nhật ký: tên trang không bắt đầu bằng "Nhật ký" và tiêu đề cột không đúng tên, `
      + `nên các dòng trong trang chưa được tính. Nếu đây là nhật ký đỡ đầu, đổi tên trang thành "Nhật ký" hoặc sửa tiêu đề cột cho đúng: ${titles}. Nếu không phải, có thể bỏ qua cảnh báo này.`);
  }
  const missing = [named.has('student') ? '' : '"Học sinh"', named.has('content') || named.has('result') ? '' : '"Nội dung hỗ trợ"'].filter((t) => t !== '');
  // A name column read as the teacher's ("Họ và tên (GVCN ghi)") may be where the school writes the student.
  const teacherName = named.has('student') ? undefined : header.map(cellText).find(namesTeacher);
  const asTeacher = teacherName ? ` (cột "${tidy(teacherName)}" được hiểu là tên giáo viên; nếu cột này ghi tên học sinh, đổi tiêu đề thành "Họ và tên học sinh")` : '';
  const why = missing.length > 0 ? `không có cột ${missing.join(' và ')}${asTeacher}` : 'không thấy dòng tiêu đề gồm ngày, học sinh và nội dung hỗ trợ';
  return form
    ? problemAt(sheet.name, 1, 1, 'warning', 'LOG_FORM_UNREAD',
      `Trang "${sheet.name}" là câu trả lời của Google Biểu mẫu nhưng chưa đọc được thành nhật ký: ${why}. `
      + `Sửa tiêu đề cột (hoặc tên câu hỏi trong biểu mẫu) cho đúng: ${titles}. Nếu trang này không phải nhật ký, có thể bỏ qua cảnh báo này.`)
    : problemAt(sheet.name, 1, 1, 'warning', 'LOG_FORM_UNREAD',
      `Trang "${sheet.name}" chưa đọc được thành nhật ký: ${why}, nên các dòng trong trang chưa được tính. Sửa tiêu đề cột cho đúng: ${titles}.`);
}
