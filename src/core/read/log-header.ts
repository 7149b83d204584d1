// The Nhật ký's header (read/log.ts reads the tab): which row names the log's fields, read as a
// header tree, and which of its columns are repeated or unread.

import { isBlank } from '../cells';
import type { MergedRange } from '../model';
import { HEADER_SEARCH_ROWS } from '../table';
import { fold, foldWords } from '../text';
import { pathTexts, readHeaderTree, type HeaderLabel } from './header-tree';
import { logDateKind, type LogDateKind } from './log-dates';
import { logField, logFieldMatch, logFieldMatchOfPath, type LogField } from './log-fields';

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
export interface UnreadLogColumn { label: HeaderLabel; columns: number[]; nameReadAt?: HeaderLabel }

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
  const parts = nameInParts(columns, labels);
  return { columns: parts.columns, repeated, unread: [...[...unread].map(([label, cs]) => ({ label, columns: cs })), ...parts.unread],
    dateKind: logDateKind(labels.date?.text) };
}

/**
 * "Họ đệm" | "Tên" (often under "Họ và tên" merged over both): the student's name in two columns,
 * read as one, the family name's column standing for the student's (`student`) and the given
 * name's kept as `givenName`. A part beside a column of the whole name is not read, never half a
 * name joined to a whole one: it is an unread column naming where the name is read.
 */
function nameInParts(columns: Partial<Record<LogField, number>>, labels: Partial<Record<LogField, HeaderLabel>>)
  : { columns: Partial<Record<LogField, number>>; unread: UnreadLogColumn[] } {
  const { familyName, givenName, ...rest } = columns;
  if (rest.student === undefined && familyName !== undefined && givenName !== undefined) return { columns: { ...rest, student: familyName, givenName }, unread: [] };
  const unread = (['familyName', 'givenName'] as const).flatMap((part) => {
    const label = labels[part];
    return label ? [{ label, columns: [columns[part] as number], nameReadAt: labels.student }] : [];
  });
  return { columns: rest, unread };
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
    const fields = treeFields(values, merges, Array.from({ length: bottom - r + 1 }, (_, i) => r + i), trusted);
    if (isLogHeader(fields.columns)) return { row: bottom, ...fields };
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

