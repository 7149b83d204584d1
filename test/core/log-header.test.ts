// Issue 17: the Nhật ký header is read as a header tree, like the roster and the official results:
// one header row, or two to four with a group merged over its fields (or written once with the
// cells beside it blank, a lost merge), a title above. Every family gives the same entries, and
// the rows of the header are never read as entries.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { findLogHeader, readLogTab } from '../../src/core/read/log';

const START = 2025;
const DATA = [
  ['15/11/2025', 'Lê Văn An', '4A', '', 'Kèm Toán', 'Tiến bộ'],
  ['20/11/2025', 'Phạm Thị Bình', '4B', '9000000002', 'Đọc sách cùng', ''],
];
const ENTRIES = [
  ['2025-11-15', 'Lê Văn An', '4A', '', 'Kèm Toán', 'Tiến bộ'],
  ['2025-11-20', 'Phạm Thị Bình', '4B', '9000000002', 'Đọc sách cùng', ''],
];
const COLUMNS = { date: 0, student: 1, className: 2, studentId: 3, content: 4, result: 5 };

function read(values: unknown[][], merges: MergedRange[] = []) {
  const tab = readLogTab({ name: 'Nhật ký', values, merges }, START, WALL_CLOCK_OFFSET);
  return { header: findLogHeader(values, merges, 'Nhật ký'), tab, entries: tab?.entries.map((e) => [e.day, e.student, e.className, e.studentId, e.content, e.result]) };
}

describe('the Nhật ký header as a tree (one to four rows)', () => {
  it.each<[string, unknown[][], MergedRange[], number]>([
    ['one row', [['Ngày', 'Học sinh', 'Lớp', 'Mã HS', 'Nội dung hỗ trợ', 'Kết quả']], [], 0],
    ['two rows: "Học sinh" merged over Họ và tên | Lớp | Mã HS, the other labels merged down',
      [['Ngày', 'Học sinh', '', '', 'Nội dung hỗ trợ', 'Kết quả'], ['', 'Họ và tên', 'Lớp', 'Mã HS', '', '']],
      [{ row: 1, column: 2, numRows: 1, numColumns: 3 }, { row: 1, column: 1, numRows: 2, numColumns: 1 },
        { row: 1, column: 5, numRows: 2, numColumns: 1 }, { row: 1, column: 6, numRows: 2, numColumns: 1 }], 1],
    ['two rows, no merge: the group written once, the cells beside it and under the other labels blank',
      [['Ngày', 'Học sinh', '', '', 'Nội dung hỗ trợ', 'Kết quả'], ['', 'Họ và tên', 'Lớp', 'Mã HS', '', '']], [], 1],
    ['two rows: groups nobody names over every field',
      [['Thời gian', 'Thông tin học sinh', '', '', 'Việc hỗ trợ', ''], ['Ngày', 'Họ và tên', 'Lớp', 'Mã HS', 'Nội dung', 'Nhận xét']],
      [{ row: 1, column: 2, numRows: 1, numColumns: 3 }, { row: 1, column: 5, numRows: 1, numColumns: 2 }], 1],
    ['three rows: a merged title, then a group over its fields', [
      ['NHẬT KÝ HỖ TRỢ HỌC SINH', '', '', '', '', ''],
      ['Ngày', 'Học sinh', '', '', 'Hỗ trợ', ''],
      ['', 'Họ tên', 'Lớp', 'Mã HS', 'Nội dung', 'Kết quả']],
      [{ row: 1, column: 1, numRows: 1, numColumns: 6 }, { row: 2, column: 2, numRows: 1, numColumns: 3 }, { row: 2, column: 5, numRows: 1, numColumns: 2 },
        { row: 2, column: 1, numRows: 2, numColumns: 1 }], 2],
    ['four rows: title, blank row, group, fields', [
      ['NHẬT KÝ THÁNG 11'], [],
      ['Ngày', 'Học sinh', '', '', 'Nội dung hỗ trợ', 'Kết quả'],
      ['', 'Họ và tên', 'Lớp', 'Mã học sinh', '', '']], [], 3],
  ])('%s', (_, header, merges, last) => {
    const got = read([...header, ...DATA], merges);
    expect(got.header).toEqual({ row: last, columns: COLUMNS });
    expect(got.entries).toEqual(ENTRIES);
    expect(got.tab?.problems).toEqual([]);
    expect(got.tab?.entries.map((e) => e.row)).toEqual([last + 2, last + 3]);
  });

  it('a data row right under a one-row header is an entry, not more header, even when it holds only a field\'s word', () => {
    const got = read([['Ngày', 'Học sinh', 'Lớp', 'Mã HS', 'Nội dung hỗ trợ', 'Kết quả'], ['', '', '', '', '', 'Tiến bộ'], ...DATA]);
    expect(got.header?.row).toBe(0);
    expect(got.tab?.entries.map((e) => e.row)).toEqual([2, 3, 4]);
    expect(got.tab?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_DATE_MISSING@A2', 'LOG_STUDENT_MISSING@B2']);
  });

  it('a group merged over its fields gives the field to its own column, not the group\'s first', () => {
    // Without the tree, "Học sinh" (the group) was the student column and the row under it an entry named "Họ và tên".
    const got = read([['Ngày', 'Học sinh', '', 'Nội dung'], ['', 'Lớp', 'Họ và tên', ''], ['15/11/2025', '4A', 'Lê Văn An', 'Kèm Toán']],
      [{ row: 1, column: 2, numRows: 1, numColumns: 2 }]);
    expect(got.header).toEqual({ row: 1, columns: { date: 0, student: 2, className: 1, content: 3 } });
    expect(got.entries).toEqual([['2025-11-15', 'Lê Văn An', '4A', '', 'Kèm Toán', '']]);
  });

  it('a tab whose header names no student, no date or nothing done is not a log', () => {
    expect(findLogHeader([['Ngày', 'Lớp', 'Nội dung'], ['', 'Họ tên', '']])).toBeUndefined();
    expect(findLogHeader([['Học sinh', '', 'Nội dung'], ['Họ tên', 'Lớp', '']])).toBeUndefined();
    expect(findLogHeader([['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện']])).toBeUndefined();
  });
});
