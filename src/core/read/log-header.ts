// The Nhật ký's header (read/log.ts reads the tab): which row names the log's fields, read as a
// header tree, and which of its columns are repeated or unread.

import { cellText, isBlank } from '../cells';
import type { MergedRange } from '../model';
import { HEADER_SEARCH_ROWS } from '../table';
import { fold, foldWords } from '../text';
import { pathTexts, readHeaderTree, type HeaderLabel } from './header-tree';
import { logDateKind, type LogDateKind } from './log-dates';
import { HELP_WORDS, logField, logFieldMatch, logFieldMatchOfPath, type LogField } from './log-fields';

const MAX_HEADER_ROWS = 4;

/** A second column naming a field already named by an earlier one ("GV" and "Người ghi"): never read, said at its header cell. */
export interface RepeatedLogColumn { field: LogField; kept: HeaderLabel; repeated: HeaderLabel }

export interface LogHeaderFields {
  columns: Partial<Record<LogField, number>>; repeated: RepeatedLogColumn[]; unread: UnreadLogColumn[];
  /** What the date column's label asks for (a day, a month, either). */
  dateKind: LogDateKind;
}

/**
 * A column whose label names no log field: its writing is not read. `columns`: 0-based, every column the label covers.
 * `nameReadAt`: the column is a part of the name ("Tên") beside the student's column, this one.
 */
export interface UnreadLogColumn {
  label: HeaderLabel; columns: number[]; nameReadAt?: HeaderLabel;
  /** The column is under the label of a field read in the label's own column (merged over it, or continued blank). */
  under?: { field: LogField; label: HeaderLabel };
}

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
  const covered: CoveredColumn[] = [];
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
    } else if (kept === leaf) {
      covered.push({ field, label: leaf, column: column.column });
    }
  }
  const parts = nameInParts(columns, labels, repeated);
  const spans = spannedColumns(parts.columns, covered, merges);
  return { columns: spans.columns, repeated: parts.repeated,
    unread: [...[...unread].map(([label, cs]) => ({ label, columns: cs })), ...parts.unread, ...spans.unread], dateKind: logDateKind(labels.date?.text) };
}

/** A column under a field's label after the field's first one: the label merged, or its cells beside it left blank. */
interface CoveredColumn { field: LogField; label: HeaderLabel; column: number }

/**
 * The columns a field's label covers after its first: "Họ và tên" merged over exactly two columns
 * with no label under it holds the name in two parts, read as one (`givenName`, as "Họ đệm" | "Tên");
 * any other such column is not read, and is told at its header cell if anything is written in it
 * (`under`), never dropped without a word.
 */
function spannedColumns(columns: Partial<Record<LogField, number>>, covered: readonly CoveredColumn[], merges: readonly MergedRange[] | undefined)
  : { columns: Partial<Record<LogField, number>>; unread: UnreadLogColumn[] } {
  const underName = covered.filter((c) => c.field === 'student');
  const [second] = underName;
  const nameInTwo = underName.length === 1 && columns.familyName === undefined && columns.givenName === undefined
    && mergedAcross(merges, second.label.row, second.column);
  const unread = covered.filter((c) => !(nameInTwo && c === second))
    .map((c) => ({ label: { ...c.label, column: c.column }, columns: [c.column], under: { field: c.field, label: c.label } }));
  return { columns: nameInTwo ? { ...columns, givenName: second.column } : columns, unread };
}

/**
 * "Họ đệm" | "Tên" (often under "Họ và tên" merged over both): the student's name in two columns,
 * read as one, the family name's column standing for the student's (`student`) and the given
 * name's kept as `givenName`. A part beside a column of the whole name is not read, never half a
 * name joined to a whole one: it is an unread column naming where the name is read.
 */
function nameInParts(columns: Partial<Record<LogField, number>>, labels: Partial<Record<LogField, HeaderLabel>>, repeated: readonly RepeatedLogColumn[])
  : { columns: Partial<Record<LogField, number>>; unread: UnreadLogColumn[]; repeated: RepeatedLogColumn[] } {
  const { familyName, givenName, ...rest } = columns;
  if (rest.student === undefined && familyName !== undefined && givenName !== undefined) {
    return { columns: { ...rest, student: familyName, givenName }, unread: [], repeated: [...repeated] };
  }
  // Every column of a part is unread then, a second "Tên" too: none is "the one read".
  const isPart = (field: LogField) => field === 'familyName' || field === 'givenName';
  const partLabels = [...(['familyName', 'givenName'] as const).flatMap((part) => labels[part] ?? []), ...repeated.filter((r) => isPart(r.field)).map((r) => r.repeated)];
  const unread = partLabels.map((label) => ({ label, columns: [label.column], nameReadAt: labels.student }));
  return { columns: rest, unread, repeated: repeated.filter((r) => !isPart(r.field)) };
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
 * A log's header names the student, when (a date or the form's stamp), and what help was given or
 * its result, in every tab: student, date and who helped alone are another list (a survey, a
 * sign-up, a violations diary, a class diary's absentees, a schedule), never the log.
 */
function isLogHeader(c: Partial<Record<LogField, number>>): boolean {
  return c.student !== undefined && (c.date !== undefined || c.stamp !== undefined) && (c.content !== undefined || c.result !== undefined);
}

/** A tab named as the log: its folded name starts with "nhat ky" ("Nhật ký", "NHẬT KÝ ĐỠ ĐẦU"). */
export function namedAsLog(name: string | undefined): boolean {
  return fold(name ?? '').startsWith('nhat ky');
}

/**
 * Tutoring's words, a log's too in a tab's name or header ("Phụ đạo HS yếu", "Kèm HS yếu", "Sổ bồi
 * dưỡng"), never what makes a Form the log: a sign-up's "Môn đăng ký học phụ đạo" is no report.
 */
const TUTORING_WORDS = /\b(?:kem|phu dao|boi duong)\b/;

/**
 * A tab of another name is the log only when its header (or a title above it) or its name says the
 * help given ("Nội dung hỗ trợ", "GV đỡ đầu", "Tiến bộ", "Sổ đỡ đầu"): a list of violations, awards or talks with parents
 * (Ngày | Họ và tên | Lớp | Nội dung) also names a day, a student and what happened, and read as the
 * log it would count as each student's monthly report.
 */
function saysHelp(values: unknown[][], rows: readonly number[], name: string | undefined): boolean {
  // The header's rows and any title above them ("NHẬT KÝ HỖ TRỢ HỌC SINH").
  const upTo = rows[rows.length - 1];
  const says = (text: string) => HELP_WORDS.test(text) || TUTORING_WORDS.test(text);
  return says(foldWords(name ?? '')) || values.slice(0, upTo + 1).some((row) => row.some((v) => says(foldWords(cellText(v)))));
}

/**
 * The log's header (findLogHeader) with its repeated columns. Labels are read by their everyday
 * words only in a tab named as the log or a Google Form's responses (its header row starts with
 * "Dấu thời gian"); any other tab is a log only by the aliases, so an assignment list, awards,
 * violations or a schedule is never taken for it.
 */
export function readLogHeader(values: unknown[][], merges?: readonly MergedRange[], name?: string): ({ row: number } & LogHeaderFields) | undefined {
  const last = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let r = 0; r < last; r++) {
    const trusted = namedAsLog(name) || logFieldMatch((values[r] ?? [])[0])?.field === 'stamp';
    if (!(values[r] ?? []).some((v) => logField(v, trusted))) continue;
    let bottom = r;
    while (bottom + 1 < values.length && bottom - r + 1 < MAX_HEADER_ROWS && continuesHeader(values, merges, bottom, trusted)) bottom++;
    const rows = Array.from({ length: bottom - r + 1 }, (_, i) => r + i);
    const fields = treeFields(values, merges, rows, trusted);
    if (isLogHeader(fields.columns) && (trusted || saysHelp(values, rows, name))) return { row: bottom, ...fields };
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

