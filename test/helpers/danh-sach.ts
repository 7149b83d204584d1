// A school's own Danh sách, built in a line: the usual fields, then header rows of review labels
// over the rows' cells (review 20 and after).
import type { MergedRange, SheetGrid } from '../../src/core/model';
import { buildReport } from '../../src/core/report';
import { run } from './grid';

export const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const FIELDS = ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ'];
export const merge = (row: number, column: number, numColumns: number, numRows = 1): MergedRange => ({ row, column, numRows, numColumns });

/** A Danh sách whose header is `header` (rows of labels after the fields, G onwards) over `rows` (cells after the fields). */
export function danhSach(header: string[][], rows: Array<[string, string, ...unknown[]]>, merges: MergedRange[] = []): SheetGrid {
  return {
    name: 'Danh sách',
    values: [...header.map((h, i) => [...(i === 0 ? FIELDS : FIELDS.map(() => '')), ...h]),
      ...rows.map(([name, className, ...cells], i) => [i + 1, name, '', className, '', 'Cô Lan', ...cells])],
    merges: [...FIELDS.map((_, c) => merge(1, c + 1, 1, header.length)), ...merges],
  };
}

/**
 * A Danh sách of TT | Họ và tên | Lớp | `header`, its rows numbered, run on 26/11/2025 (Năm học 2025-2026 unless
 * `config` says otherwise): the analysis and its report (mentors, flags).
 */
export function rosterRun(header: string[], rows: unknown[][], config: SheetGrid = CONFIG) {
  const a = run([config, { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', ...header], ...rows.map((r, i) => [i + 1, ...r])] }], '2025-11-26');
  return { a, report: buildReport(a) };
}
