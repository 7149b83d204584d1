// "Nhật ký", the mentors' monthly log (PRODUCT 3.8): an optional tab recognised by its header,
// whatever its name, so a Google Form's responses tab ("Câu trả lời biểu mẫu 1", first column
// "Dấu thời gian") works as it is. Each row is one piece of help given to one student; matching
// rows to students is rules/mentors.ts. Nothing is dropped: a row the reader cannot date is kept
// and reported at its cell.

import { cellText, classFromDate, fillMerges, idText, isBlank, isDate, monthFirst } from '../cells';
import type { Day } from '../calendar';
import type { MergedRange, Problem, ProblemCode, SheetGrid } from '../model';
import { problemAt } from '../problem';
import { HEADER_SEARCH_ROWS } from '../table';
import { columnLetters, foldWords, tidy } from '../text';
import { datedBySection, readLogDateCell, sectionTitle, type LogDateKind } from './log-dates';
import { HELP_WORDS, LOG_FIELDS, logField, namesTeacher, type LogField } from './log-fields';
import { findLogHeader, namedAsLog, readLogHeader, type RepeatedLogColumn, type UnreadLogColumn } from './log-header';
import { dateClassProblem, dayFirstTyped, readBackDayFirst, showsMonthFirst, typedDateOrder, type DayFirstTyped } from './log-locale';
import type { HeaderLabel } from './header-tree';

export { LOG_FIELDS, type LogField } from './log-fields';
export { logDateOutside, readLogDate } from './log-dates';
export { findLogHeader, namedAsLog, type RepeatedLogColumn, type UnreadLogColumn } from './log-header';

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
  /** In a month-first file: a date typed day first and kept as text, the sign for the file's other log tabs. */
  dayFirstTyped?: DayFirstTyped;
  /** In a month-first file: dates read as Sheets reads them for want of a sign (log-locale.ts typedDateOrder). */
  datesUndecided?: boolean;
}

/** What a repeated column's header cell is told: which column is read, and what to do. */
export function repeatedLogColumnMessage({ field, kept, repeated }: RepeatedLogColumn): string {
  const [first, again] = [columnLetters(kept.column + 1), columnLetters(repeated.column + 1)];
  return `Cột ${again} ("${repeated.text}") cũng là cột "${LOG_FIELDS[field][0]}" của nhật ký (đã có ở cột ${first}, "${kept.text}"). `
    + `Chỉ cột ${first} được đọc, cột ${again} chưa được tính; nếu hai cột ghi khác nhau, chép điều đúng vào cột ${first}, rồi xóa cột ${again} hoặc đổi tiêu đề của nó (ví dụ "Ghi chú").`;
}

/** What an unread column's header cell is told: its writing is not read, and the headings to use. */
export function unreadLogColumnMessage({ label, nameReadAt, under }: UnreadLogColumn): string {
  if (under) return underLabelMessage(label.column, under.field, under.label);
  if (nameReadAt) {
    return `Cột ${columnLetters(label.column + 1)} ("${label.text}") của nhật ký ghi một phần tên học sinh nhưng không được đọc: tên em được đọc ở cột `
      + `${columnLetters(nameReadAt.column + 1)} ("${nameReadAt.text}"). Nếu không cần cột này, đổi tiêu đề thành "Ghi chú".`;
  }
  const titles = LOG_FORM_TITLES.map((t) => `"${t}"`).join(', ');
  return `Cột ${columnLetters(label.column + 1)} ("${label.text}") của nhật ký có ghi nhưng không được đọc: tiêu đề này không phải tên cột nào của nhật ký. `
    + `Nếu cột này ghi ngày, học sinh, lớp, giáo viên, nội dung hay kết quả hỗ trợ, đổi tiêu đề thành một trong: ${titles}; nếu chỉ là ghi chú, đổi thành "Ghi chú".`;
}

/**
 * A row of the log that is a section title (sectionTitle), not an entry. Its cell is merged across
 * the table or written in a column of no field but the date's: alone in the student's, the class's,
 * the teacher's, what was done or its result column, "Tháng 11 ôn tiếp bảng nhân" is a note of a
 * half-written entry (told as such). A cell merged down over it from the entry above (its student,
 * what was done) makes it an entry with a month written.
 */
function titleRow(raw: readonly unknown[], filled: readonly unknown[], columns: Partial<Record<LogField, number>>, r: number,
  merges: readonly MergedRange[] | undefined): ReturnType<typeof sectionTitle> {
  const c = firstWritten(raw);
  const across = (merges ?? []).some((m) => m.row - 1 === r && m.column - 1 === c && m.numColumns > 1);
  const fieldColumn = (['student', 'familyName', 'givenName', 'className', 'studentId', 'mentor', 'content', 'result'] as const).some((f) => columns[f] === c + 1);
  const title = !fieldColumn || across ? sectionTitle(raw, across) : undefined;
  const own = (field: LogField) => columns[field] === undefined || isBlank(filled[(columns[field] as number) - 1]) || filled[(columns[field] as number) - 1] === title?.text;
  return title && own('student') && own('content') && own('result') ? title : undefined;
}

function firstWritten(row: readonly unknown[]): number {
  return row.findIndex((v) => !isBlank(v));
}

function unreadTitleMessage(text: string): string {
  return `Dòng "${tidy(text)}" giống tiêu đề một tháng nhưng không đọc được là tháng nào, nên các dòng nhật ký dưới nó không ghi ngày chưa được tính vào tháng nào. `
    + 'Sửa thành tháng và năm, ví dụ "Tháng 11/2025".';
}

/** A column under the label of a field read in the label's own column: which is read, and how to have it read. */
function underLabelMessage(column: number, field: LogField, label: HeaderLabel): string {
  const [own, first] = [columnLetters(column + 1), columnLetters(label.column + 1)];
  const start = `Cột ${own} nằm dưới tiêu đề "${label.text}" của cột ${first} nhưng không được đọc: chỉ cột ${first} được đọc`;
  return field === 'student'
    ? `${start} là họ tên học sinh. Nếu cột ${own} ghi tên của em, gộp ô tiêu đề "${label.text}" qua cả hai cột, hoặc ghi tiêu đề "Họ đệm" cho cột ${first} `
      + `và "Tên" cho cột ${own}; nếu cột ${own} ghi việc khác, đặt tiêu đề riêng cho cột ${own}.`
    : `${start}. Nếu chữ ở cột ${own} là phần tiếp của cột ${first}, ghi gộp vào cột ${first}; nếu là việc khác, đặt tiêu đề riêng cho cột ${own} (ví dụ "Ghi chú").`;
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
 * counts for no month (logDateOutside). `locale`: the file's (getSpreadsheetLocale); in one that reads
 * typed dates month first, a log typed by hand is read as log-locale.ts says, with `dayFirstElsewhere`
 * (another log tab's date typed day first) as the sign when the tab has none of its own.
 */
export function readLogTab(sheet: SheetGrid, start: number, timeZoneOffsetMinutes: number, today?: Day, locale = 'vi_VN',
  dayFirstElsewhere?: DayFirstTyped): LogTab | undefined {
  const header = readLogHeader(sheet.values, sheet.merges, sheet.name);
  if (!header) return undefined;
  const problems: Problem[] = header.repeated.map((r) =>
    problemAt(sheet.name, r.repeated.row + 1, r.repeated.column + 1, 'warning', 'HEADER_DUPLICATE', repeatedLogColumnMessage(r)));
  problems.push(...unreadColumnProblems(sheet, header.unread, header.row + 1));
  const entries: LogEntry[] = [];
  const columns: Partial<Record<LogField, number>> = {};
  for (const [field, c] of Object.entries(header.columns) as Array<[LogField, number]>) columns[field] = c + 1;
  // A Form's answers are dates as picked, whatever the locale: only a log typed by hand is in doubt.
  const typedMonthFirst = monthFirst(locale);
  // Under a Tháng header, a typed "11/2025" is a month whatever the locale.
  const dateColumn = typedMonthFirst && header.columns.stamp === undefined && header.dateKind !== 'month' ? header.columns.date : undefined;
  const dayFirst = dateColumn === undefined ? undefined : dayFirstTyped(sheet.name, sheet.values, dateColumn, header.row + 1);
  const order = dateColumn === undefined ? undefined
    : typedDateOrder(sheet.name, sheet.values, { row: header.row, column: dateColumn }, header.row + 1, timeZoneOffsetMinutes, locale, dayFirst ?? dayFirstElsewhere);
  if (order) problems.push(order.problem);
  // A cell merged down over several entries (one session for two students) holds its value for each.
  const grid = fillMerges(sheet.values, sheet.merges, header.row + 1);
  const classAsDate = header.columns.className === undefined ? undefined
    : dateClassProblem(sheet.name, sheet.values, header.columns.className, header.row + 1, timeZoneOffsetMinutes, typedMonthFirst);
  if (classAsDate) problems.push(classAsDate);
  const context: EntryContext = {
    sheet: sheet.name, columns, dateKind: header.dateKind, start, timeZoneOffsetMinutes, today, dayFirst: order?.swap === true, typedMonthFirst,
  };
  let section: string | undefined;
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    if (sheet.values[r].every(isBlank)) continue;
    // A section title ("THÁNG 11/2025" merged across) is no entry: its month dates the entries under it written without a date.
    // One whose month is unreadable dates nothing (its rows are told they lack a date), never the month of the title above.
    const title = titleRow(sheet.values[r], grid[r], columns, r, sheet.merges);
    if (title) {
      section = title.month;
      if (!title.month) problems.push(problemAt(sheet.name, r + 1, firstWritten(sheet.values[r]) + 1, 'warning', 'LOG_DATE_MISSING', unreadTitleMessage(title.text)));
      continue;
    }
    const read = readEntry(context, r, grid[r], section);
    entries.push(read.entry);
    problems.push(...read.problems);
  }
  // A tab with month-first typing of its own gives no sign to the others, whatever day-first text it also holds.
  const sign = dayFirst && !showsMonthFirst(sheet.values, dateColumn as number, header.row + 1, timeZoneOffsetMinutes) ? { dayFirstTyped: dayFirst } : {};
  return { sheet: sheet.name, entries, problems, ...sign, ...(order?.undecided ? { datesUndecided: true } : {}) };
}

interface EntryContext {
  sheet: string; columns: Partial<Record<LogField, number>>; dateKind: LogDateKind; start: number; timeZoneOffsetMinutes: number; today?: Day;
  /** The date column's Dates are read back as typed day first (log-locale.ts). */
  dayFirst: boolean;
  /** The file reads a typed "4/1" month first: how a Lớp that became a date is read back. */
  typedMonthFirst: boolean;
}

/**
 * One row of the log (0-based `r`, its cells with merges filled) under the month title `section`, with
 * what is missing in it told at its cells: a row naming no student is told too (review 6), whatever
 * else it holds, since the reader cannot tell a stray number from an entry left half written.
 */
function readEntry(c: EntryContext, r: number, values: readonly unknown[], section: string | undefined): { entry: LogEntry; problems: Problem[] } {
  const { columns } = c;
  const text = (field: LogField) => (columns[field] === undefined ? '' : tidy(cellText(values[(columns[field] as number) - 1], c.timeZoneOffsetMinutes)));
  // "Họ đệm" | "Tên": the two parts joined (log-header.ts nameInParts).
  const student = columns.givenName === undefined ? text('student') : tidy(`${text('student')} ${text('givenName')}`);
  const studentId = columns.studentId === undefined ? '' : idText(values[columns.studentId - 1]);
  const [content, result] = [text('content'), text('result')];
  // The day the teacher wrote (or the section's month); without it (or without that question), when the form was sent.
  const cell = columns.date === undefined ? undefined : values[columns.date - 1];
  const written = c.dayFirst ? readBackDayFirst(cell, c.timeZoneOffsetMinutes, c.start, c.today) : cell;
  const given = columns.date === undefined ? written : datedBySection(written, section, c.dateKind, c.start);
  const stamped = columns.stamp === undefined ? undefined : values[columns.stamp - 1];
  const dateField: LogField = columns.date !== undefined && !(isBlank(given) && !isBlank(stamped)) ? 'date' : 'stamp';
  const raw = dateField === 'date' ? given : stamped;
  const who = student ? ` (dòng của ${student})` : '';
  const date = readLogDateCell(raw, dateField === 'date' ? c.dateKind : undefined, who, c.start, c.timeZoneOffsetMinutes, c.today);
  const classCell = columns.className === undefined ? undefined : values[columns.className - 1];
  const className = isDate(classCell) ? classFromDate(classCell, c.timeZoneOffsetMinutes, c.typedMonthFirst) : text('className');
  const entry: LogEntry = { sheet: c.sheet, row: r + 1, ...date.when, student, className, studentId, mentor: text('mentor'), content, result, columns };
  const problems: Problem[] = [];
  const at = (field: LogField, code: ProblemCode, message: string) => problems.push(problemAt(c.sheet, r + 1, columns[field] as number, 'warning', code, message));
  if (date.problem) at(dateField, date.problem.code, date.problem.message);
  if (!student && !studentId) at('student', 'LOG_STUDENT_MISSING', 'Dòng nhật ký này chưa ghi học sinh được hỗ trợ. Ghi họ và tên và lớp của em (hoặc Mã HS).');
  return { entry, problems };
}

/**
 * A header row of a log in a tab of another name, by the labels' words too: a date, the student, and
 * what was done or its result. A schedule (Thứ | Ngày | Học sinh | Lớp | GV), an assignment list or a
 * plan names no two of student and what was done beside a date: never told as an unread log.
 */
function looksLikeLog(row: readonly unknown[], byWords = true): boolean {
  const fields = new Set(row.map((v) => logField(v, byWords)));
  return fields.has('date') && fields.has('student') && (fields.has('content') || fields.has('result'));
}


/**
 * A Form's (its first row) or a Nhật ký tab's header (its first rows) is about the help given: a
 * column of what was done or its result, or a label saying the help ("Người được hỗ trợ", "Em đã
 * được hỗ trợ gì?"); or the tab is named "Nhật ký" alone, for a month, or for the help ("Nhật ký
 * đỡ đầu"). "Nhật ký vi phạm", "Nhật ký lớp học", a survey or a sign-up is not.
 */
function aboutHelp(sheet: SheetGrid, form: boolean): boolean {
  const rest = form ? 'form' : foldWords(sheet.name).replace(/^nhat ky ?/, '');
  const help = (v: unknown) => ['content', 'result'].includes(logField(v) as string) || HELP_WORDS.test(foldWords(cellText(v)));
  return rest === '' || /^thang\b/.test(rest) || HELP_WORDS.test(rest)
    || sheet.values.slice(0, form ? 1 : HEADER_SEARCH_ROWS).some((row) => row.some(help));
}

/** A tab named "Nhật ký…" that is another diary: not read as the mentors' log, said once at A1. */
function notTheLog(name: string): Problem {
  return problemAt(name, 1, 1, 'warning', 'LOG_FORM_UNREAD', `Trang "${name}" không được đọc là nhật ký đỡ đầu vì không có cột "Nội dung hỗ trợ" hay "Kết quả". `
    + 'Nếu đây là nhật ký đỡ đầu, thêm một trong hai cột đó; nếu không, có thể bỏ qua cảnh báo này.');
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
  const likely = form || byName ? undefined : sheet.values.slice(0, HEADER_SEARCH_ROWS).find((row) => looksLikeLog(row));
  if (!form && !byName && !likely) return undefined;
  const header = likely ?? first;
  const named = new Set(header.map((v) => logField(v)).filter((f) => f !== undefined && f !== 'stamp'));
  if (form && named.size < 2) return undefined;
  if (sheet.values.every((row) => row.every(isBlank)) || findLogHeader(sheet.values, sheet.merges, sheet.name)) return undefined;
  // A survey, a sign-up or another diary ("Nhật ký vi phạm") is no log: a Form's is left alone, a Nhật ký's told in a word.
  if (!likely && !aboutHelp(sheet, form)) return form ? undefined : notTheLog(sheet.name);
  const titles = LOG_FORM_TITLES.map((t) => `"${t}"`).join(', ');
  if (likely && looksLikeLog(likely, false)) {
    // Named as the log's columns are, but nothing says the help given (log-header.ts saysHelp).
    return problemAt(sheet.name, 1, 1, 'warning', 'LOG_FORM_UNREAD',
      `Trang "${sheet.name}" có dòng tiêu đề giống nhật ký đỡ đầu nhưng chưa được đọc thành nhật ký: tên trang không bắt đầu bằng "Nhật ký" và tiêu đề không nói đây là việc hỗ trợ học sinh, `
      + 'nên các dòng trong trang chưa được tính. Nếu đây là nhật ký đỡ đầu, đổi tên trang thành "Nhật ký" hoặc đổi tiêu đề "Nội dung" thành "Nội dung hỗ trợ". '
      + 'Nếu không phải (sổ vi phạm, khen thưởng, trao đổi với phụ huynh…), có thể bỏ qua cảnh báo này.');
  }
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
