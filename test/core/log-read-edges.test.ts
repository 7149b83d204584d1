// The edges of the Nhật ký reader (read/log.ts), each pinned by the rule it keeps (issue 17,
// mutation survivors): which numbers are months and which are date serials, which written forms of
// a date are read (a time after the day, spaces around the slash) and which are not (a date inside
// other words, two months), how far down the header is looked for and how many rows it may span,
// and which bracket names a column's field.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { findLogHeader, readLogDate, readLogTab } from '../../src/core/read/log';

const START = 2025; // school year 2025-2026
const date = (raw: unknown) => readLogDate(raw, START, WALL_CLOCK_OFFSET);

describe('a log date written as a number', () => {
  it('1 to 12 are months of the school year; 0, 13 and 9.5 are not', () => {
    expect([1, 12, 0, 13, 9.5, -1].map(date)).toEqual([{ month: '2026-01' }, { month: '2025-12' }, {}, {}, {}, {}]);
  });

  it('serial numbers from 1/1/2000 up to (not including) 1/1/2100 are days; others are not', () => {
    expect([36526, 36526.75, 73050, 73051, 80000, 36525, 100].map(date)).toEqual([
      { day: '2000-01-01', month: '2000-01' }, { day: '2000-01-01', month: '2000-01' }, { day: '2099-12-31', month: '2099-12' }, {}, {}, {}, {}]);
  });
});

describe('a log date written as text', () => {
  it.each<[string, { day?: string; month?: string }]>([
    ['15/11/2025, 14:03', { day: '2025-11-15', month: '2025-11' }],
    ['15/11/2025 2:03 CH', { day: '2025-11-15', month: '2025-11' }],
    ['15/11/2025 2:03:27CH', { day: '2025-11-15', month: '2025-11' }],
    ['15 / 11', { day: '2025-11-15', month: '2025-11' }],
    ['Tháng 11 / 2025', { month: '2025-11' }],
    ['1/2026', { month: '2026-01' }],
    ['12/2025', { month: '2025-12' }],
    ['0/2025', {}],
  ])('%p → %p', (raw, expected) => {
    expect(date(raw)).toEqual(expected);
  });

  it.each(['khoảng 15/11', '11/2025 và 12/2025', '15/11/2025 14:03 hoặc 16/11', 'tuần 2 tháng 11', '15/11 9:30/2025'])('%p names no one day or month (a time is dropped only at the end): not read', (raw) => {
    expect(date(raw)).toEqual({});
  });
});

describe('where the log header is looked for', () => {
  const HEADER = ['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'];
  it('within the first ten rows only: a header in row 11 is no log', () => {
    const blank = (n: number) => Array.from({ length: n }, () => ['']);
    expect(findLogHeader([...blank(9), HEADER, ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán']])?.row).toBe(9);
    expect(findLogHeader([...blank(10), HEADER, ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán']])).toBeUndefined();
  });

  it('over four rows at most: a fifth row of labels under a group is the first entry', () => {
    const values = [
      ['Ngày', 'Học sinh', '', 'Nội dung hỗ trợ', ''],
      ['', 'Họ và tên', '', '', ''],
      ['', '', 'Lớp', '', ''],
      ['', '', '', '', 'Kết quả'],
      ['', '', '', 'Việc đã làm', ''],
      ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán', 'Tiến bộ'],
    ];
    const merges = [{ row: 1, column: 2, numRows: 1, numColumns: 2 }];
    expect(findLogHeader(values, merges)).toEqual({ row: 3, columns: { date: 0, student: 1, className: 2, content: 3, result: 4 } });
    const tab = readLogTab({ name: 'Nhật ký', values, merges }, START, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => [e.row, e.student, e.content])).toEqual([[5, '', 'Việc đã làm'], [6, 'Lê Văn An', 'Kèm Toán']]);
  });
});

describe('what makes a tab a log', () => {
  it('a date, the student, and what was done or only its result (Kết quả without Nội dung)', () => {
    const tab = readLogTab({ name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Kết quả'], ['15/11/2025', 'Lê Văn An', 'Tiến bộ']] }, START, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => [e.month, e.student, e.content, e.result])).toEqual([['2025-11', 'Lê Văn An', '', 'Tiến bộ']]);
    expect(findLogHeader([['Ngày', 'Học sinh', 'Lớp'], ['15/11/2025', 'Lê Văn An', '4A']])).toBeUndefined();
  });
});

describe('the bracket of a column title', () => {
  it('the first bracket naming a field says whose the column is, after a bracket naming none', () => {
    const tab = readLogTab({ name: 'Nhật ký', values: [
      ['Ngày', 'Học sinh', 'Họ và tên (ghi đủ dấu) (giáo viên)', 'Nội dung hỗ trợ'],
      ['15/11/2025', 'Lê Văn An', 'Nguyễn Thị Lan', 'Kèm Toán'],
    ] }, START, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => [e.student, e.mentor])).toEqual([['Lê Văn An', 'Nguyễn Thị Lan']]);
    expect(tab?.problems).toEqual([]);
  });
});
