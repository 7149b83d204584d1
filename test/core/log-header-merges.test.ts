// PRODUCT 3.8: a Nhật ký row is never dropped. The header reader (read/log.ts) lets a second row
// join the header only when it sits under a group label: a label merged across columns, or one
// written once with the cells beside it blank. A merge anywhere else in the tab (a title above
// the header, a wide column beside, a long answer merged across in a later row) must not turn the
// first data row into header: that row is an entry, with its problems at its own cells.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { findLogHeader, readLogTab } from '../../src/core/read/log';

function read(values: unknown[][], merges: MergedRange[]) {
  const tab = readLogTab({ name: 'Nhật ký', values, merges }, 2025, WALL_CLOCK_OFFSET);
  return {
    header: findLogHeader(values, merges),
    rows: tab?.entries.map((e) => [e.row, e.student, e.result]),
    problems: tab?.problems.map((p) => `${p.code}@${p.cell}`),
  };
}

describe('the Nhật ký header and the merges around it', () => {
  it('a group label merged across makes the row under it header, even with a label under its first column only', () => {
    const got = read([
      ['Ngày', 'Học sinh', '', 'Lớp', 'Nội dung hỗ trợ', 'Kết quả'],
      ['', 'Họ và tên', '', '', '', ''],
      ['15/11/2025', 'Lê Văn An', '', '4A', 'Kèm Toán', 'Tiến bộ'],
    ], [{ row: 1, column: 2, numRows: 1, numColumns: 2 }]);
    expect(got.header).toEqual({ row: 1, columns: { date: 0, student: 1, className: 3, content: 4, result: 5 } });
    expect(got.rows).toEqual([[3, 'Lê Văn An', 'Tiến bộ']]);
    expect(got.problems).toEqual([]);
  });

  // The row right under the header holds only "Tiến bộ" (a Kết quả word) under Kết quả: an entry
  // with no date and no student, reported at A and B of its row, never swallowed as header.
  it.each<[string, unknown[][], MergedRange[], number]>([
    ['a title merged across right above the header', [
      ['NHẬT KÝ HỖ TRỢ HỌC SINH', '', '', '', ''],
      ['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ', 'Kết quả'],
      ['', '', '', '', 'Tiến bộ'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán', 'Tiến bộ rõ']],
    [{ row: 1, column: 1, numRows: 1, numColumns: 5 }], 1],
    ['a title merged across two rows above the header, a blank row between', [
      ['NHẬT KÝ HỖ TRỢ HỌC SINH', '', '', '', ''],
      [],
      ['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ', 'Kết quả'],
      ['', '', '', '', 'Tiến bộ'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán', 'Tiến bộ rõ']],
    [{ row: 1, column: 1, numRows: 1, numColumns: 5 }], 2],
    ['a later answer merged across Nội dung hỗ trợ and Kết quả', [
      ['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ', 'Kết quả'],
      ['', '', '', '', 'Tiến bộ'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán', 'Tiến bộ rõ']],
    [{ row: 3, column: 4, numRows: 1, numColumns: 2 }], 0],
    ['a wide Ghi chú merged across to the right of Kết quả', [
      ['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ', 'Kết quả', 'Ghi chú', ''],
      ['', '', '', '', 'Tiến bộ', '', ''],
      ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán', 'Tiến bộ rõ', '', '']],
    [{ row: 1, column: 6, numRows: 1, numColumns: 2 }], 0],
    ['a wide Nội dung hỗ trợ merged across to the left of Kết quả', [
      ['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ', '', 'Kết quả'],
      ['', '', '', '', '', 'Tiến bộ'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán', '', 'Tiến bộ rõ']],
    [{ row: 1, column: 4, numRows: 1, numColumns: 2 }], 0],
  ])('%s: the row under the header is an entry', (_, values, merges, headerRow) => {
    const got = read(values, merges);
    expect(got.header?.row).toBe(headerRow);
    const first = headerRow + 2;
    expect(got.rows).toEqual([[first, '', 'Tiến bộ'], [first + 1, 'Lê Văn An', 'Tiến bộ rõ']]);
    expect(got.problems).toEqual([`LOG_DATE_MISSING@A${first}`, `LOG_STUDENT_MISSING@B${first}`]);
  });

  // Review-6 §3: the first column was read and the second ignored without a word (pinned here as
  // "the first is read"); the choice stays, and is now said at the second column's header cell.
  it('when two columns name one field, the first is read (GV before Người ghi) and the second is named at its header cell', () => {
    const got = readLogTab({ name: 'Nhật ký', values: [
      ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả', 'Người ghi'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ', 'Trần Văn Hùng'],
    ] }, 2025, WALL_CLOCK_OFFSET);
    expect(got?.entries.map((e) => [e.mentor, e.columns.mentor])).toEqual([['Nguyễn Thị Lan', 4]]);
    expect(got?.problems.map((p) => `${p.severity} ${p.code}@${p.cell} ${p.message}`)).toEqual([
      'warning HEADER_DUPLICATE@G1 Cột G ("Người ghi") cũng là cột "GV" của nhật ký (đã có ở cột D, "GV"). Chỉ cột D được đọc, cột G chưa được tính; '
      + 'nếu hai cột ghi khác nhau, chép điều đúng vào cột D, rồi xóa cột G hoặc đổi tiêu đề của nó (ví dụ "Ghi chú").']);
  });
});
