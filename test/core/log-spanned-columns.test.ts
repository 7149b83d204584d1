// A log label over more than one column, and name labels with a note in brackets. "Họ và tên" merged
// over two columns in a one-row header holds the name in two parts: read as one, as "Họ đệm" | "Tên"
// (the second part used to be dropped, the student read as "Nguyễn Văn"). Any other column under a
// label read in its first column is told at its header cell when something is written in it.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { readLogTab } from '../../src/core/read/log';

function read(values: unknown[][], merges: MergedRange[] = []) {
  const tab = readLogTab({ name: 'Nhật ký', values, merges }, 2025, WALL_CLOCK_OFFSET);
  return { entries: tab?.entries.map((e) => [e.student, e.mentor, e.content]), problems: tab?.problems.map((p) => [p.code, p.cell, p.message]) };
}
const NAME_IN_TWO = ['15/11/2025', 'Nguyễn Văn', 'An', '4A', 'cô Lan', 'Kèm Toán'];
const HEADER = ['Ngày', 'Họ và tên', '', 'Lớp', 'GV', 'Nội dung hỗ trợ'];

describe('a log label over several columns', () => {
  it('"Họ và tên" merged over two columns, no label under it: the two parts are one name', () => {
    expect(read([HEADER, NAME_IN_TWO], [{ row: 1, column: 2, numRows: 1, numColumns: 2 }]))
      .toEqual({ entries: [['Nguyễn Văn An', 'cô Lan', 'Kèm Toán']], problems: [] });
  });

  it('"Họ và tên" written once, the header cell beside it blank: the column beside is not read, and its header cell says how to have it read', () => {
    expect(read([HEADER, NAME_IN_TWO])).toEqual({ entries: [['Nguyễn Văn', 'cô Lan', 'Kèm Toán']], problems: [['LOG_COLUMN_UNREAD', 'C1',
      'Cột C nằm dưới tiêu đề "Họ và tên" của cột B nhưng không được đọc: chỉ cột B được đọc là họ tên học sinh. Nếu cột C ghi tên của em, '
      + 'gộp ô tiêu đề "Họ và tên" qua cả hai cột, hoặc ghi tiêu đề "Họ đệm" cho cột B và "Tên" cho cột C; nếu cột C ghi việc khác, đặt tiêu đề riêng cho cột C.']] });
  });

  it('nothing is said of a covered column left empty', () => {
    expect(read([HEADER, ['15/11/2025', 'Nguyễn Văn An', '', '4A', 'cô Lan', 'Kèm Toán']]).problems).toEqual([]);
  });

  it('"Họ và tên" merged over three columns: the two after it are told, never joined', () => {
    const got = read([['Ngày', 'Họ và tên', '', '', 'Nội dung hỗ trợ'], ['15/11/2025', 'Nguyễn', 'Văn', 'An', 'Kèm Toán']], [{ row: 1, column: 2, numRows: 1, numColumns: 3 }]);
    expect(got.entries).toEqual([['Nguyễn', '', 'Kèm Toán']]);
    expect(got.problems?.map(([code, cell]) => `${code}@${cell}`)).toEqual(['LOG_COLUMN_UNREAD@C1', 'LOG_COLUMN_UNREAD@D1']);
  });

  it('"Nội dung hỗ trợ" merged over two columns: the second is told, with how to write it', () => {
    const got = read([['Ngày', 'Học sinh', 'Nội dung hỗ trợ', ''], ['15/11/2025', 'Lê Văn An', 'Kèm Toán', 'và Tiếng Việt']], [{ row: 1, column: 3, numRows: 1, numColumns: 2 }]);
    expect(got.entries).toEqual([['Lê Văn An', '', 'Kèm Toán']]);
    expect(got.problems).toEqual([['LOG_COLUMN_UNREAD', 'D1', 'Cột D nằm dưới tiêu đề "Nội dung hỗ trợ" của cột C nhưng không được đọc: chỉ cột C được đọc. '
      + 'Nếu chữ ở cột D là phần tiếp của cột C, ghi gộp vào cột C; nếu là việc khác, đặt tiêu đề riêng cho cột D (ví dụ "Ghi chú").']]);
  });
});

describe('a name label with a note in brackets says whose name it is', () => {
  it.each([['Tên (giáo viên)'], ['Tên (GV)'], ['Tên (GV hỗ trợ)'], ['Họ (GV)']])('%p is the teacher\'s column', (label) => {
    expect(read([['Ngày', 'Học sinh', 'Lớp', label, 'Nội dung hỗ trợ'], ['15/11/2025', 'Lê Văn An', '4A', 'Lan', 'Kèm Toán']]))
      .toEqual({ entries: [['Lê Văn An', 'Lan', 'Kèm Toán']], problems: [] });
  });

  it('"Tên (học sinh)" is the student\'s column', () => {
    expect(read([['Ngày', 'Tên (học sinh)', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['15/11/2025', 'Lê Văn An', '4A', 'Lan', 'Kèm Toán']]))
      .toEqual({ entries: [['Lê Văn An', 'Lan', 'Kèm Toán']], problems: [] });
  });

  it('two "Tên" columns beside "Học sinh": both told as parts of a name not read, neither called the one read', () => {
    const got = read([['Ngày', 'Học sinh', 'GV', 'Nội dung hỗ trợ', 'Tên', 'Tên'], ['15/11/2025', 'Lê Văn An', 'Lan', 'Kèm Toán', 'An', 'An']]);
    expect(got.problems?.map(([code, cell]) => `${code}@${cell}`)).toEqual(['LOG_COLUMN_UNREAD@E1', 'LOG_COLUMN_UNREAD@F1']);
    expect(got.problems?.every(([, , message]) => message.includes('tên em được đọc ở cột B ("Học sinh")'))).toBe(true);
  });
});
