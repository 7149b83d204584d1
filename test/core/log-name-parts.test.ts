// A Nhật ký writing the student's name in two columns, "Họ đệm" | "Tên" (often under "Họ và tên"
// merged over both), as the roster may: the header's second row used to be read as an entry
// ("Họ đệm" a student) and each entry's student as the family name alone ("Nguyễn Văn"), which
// matched nobody. Both parts are read as one name; a part beside a whole-name column is an unread
// column said at its cell, never half a name.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { readLogTab } from '../../src/core/read/log';
import { matchLog } from '../../src/core/rules/mentors';
import { student } from '../helpers/student';

function read(values: unknown[][], merges: MergedRange[] = [], name = 'Nhật ký') {
  return readLogTab({ name, values, merges }, 2025, WALL_CLOCK_OFFSET);
}
const ROW = ['15/11/2025', 'Nguyễn Văn', 'An', '4A', 'cô Lan', 'Kèm Toán'];
const summary = (values: unknown[][], merges: MergedRange[] = [], name?: string) => {
  const tab = read(values, merges, name);
  return {
    entries: tab?.entries.map((e) => `${e.row}: ${e.student} | ${e.className} | ${e.mentor} | ${e.content}`),
    problems: tab?.problems.map((p) => `${p.code}@${p.cell}`),
  };
};

describe('the student\'s name in two log columns', () => {
  it('"Họ và tên" merged over "Họ đệm" | "Tên": one header of two rows, the name joined', () => {
    const got = summary([['Ngày', 'Họ và tên', '', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['', 'Họ đệm', 'Tên', '', '', ''], ROW],
      [{ row: 1, column: 2, numRows: 1, numColumns: 2 }]);
    expect(got).toEqual({ entries: ['3: Nguyễn Văn An | 4A | cô Lan | Kèm Toán'], problems: [] });
  });

  it('the same with "Họ và tên" written once and the cell beside it blank', () => {
    const got = summary([['Ngày', 'Họ và tên', '', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['', 'Họ và tên đệm', 'Tên', '', '', ''], ROW]);
    expect(got).toEqual({ entries: ['3: Nguyễn Văn An | 4A | cô Lan | Kèm Toán'], problems: [] });
  });

  it('"Họ đệm" | "Tên" in a one-row header, and in a Google Form\'s answers (any tab name)', () => {
    expect(summary([['Ngày', 'Họ đệm', 'Tên', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ROW]).entries).toEqual(['2: Nguyễn Văn An | 4A | cô Lan | Kèm Toán']);
    const form = summary([['Dấu thời gian', 'Họ đệm', 'Tên', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['20/11/2025 14:03:27', ...ROW.slice(1)]], [], 'Câu trả lời biểu mẫu 1');
    expect(form).toEqual({ entries: ['2: Nguyễn Văn An | 4A | cô Lan | Kèm Toán'], problems: [] });
  });

  it('an entry with neither part is LOG_STUDENT_MISSING at the family name\'s cell', () => {
    const got = summary([['Ngày', 'Họ đệm', 'Tên', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['15/11/2025', '', '', '4A', 'cô Lan', 'Kèm Toán']]);
    expect(got.problems).toEqual(['LOG_STUDENT_MISSING@B2']);
  });

  it('a "Tên" column beside "Học sinh" is not read, and its cell says where the name is read', () => {
    const tab = read([['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Tên'], ['15/11/2025', 'Nguyễn Văn An', '4A', 'cô Lan', 'Kèm Toán', 'An']]);
    expect(tab?.entries.map((e) => e.student)).toEqual(['Nguyễn Văn An']);
    expect(tab?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_COLUMN_UNREAD@F1']);
    expect(tab?.problems[0].message).toBe('Cột F ("Tên") của nhật ký ghi một phần tên học sinh nhưng không được đọc: tên em được đọc ở cột B ("Học sinh"). '
      + 'Nếu không cần cột này, đổi tiêu đề thành "Ghi chú".');
  });

  it('"Họ đệm" alone beside "Học sinh" is not read either', () => {
    const tab = read([['Ngày', 'Họ đệm', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'], ['15/11/2025', 'Nguyễn Văn', 'Nguyễn Văn An', '4A', 'Kèm Toán']]);
    expect(tab?.entries.map((e) => e.student)).toEqual(['Nguyễn Văn An']);
    expect(tab?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_COLUMN_UNREAD@B1']);
    expect(tab?.problems[0].message).toContain('tên em được đọc ở cột C ("Học sinh")');
  });

  it('"Giáo viên" over "Họ đệm" | "Tên" is the teacher\'s name: never read as the student\'s', () => {
    const tab = read([['Ngày', 'Học sinh', 'Giáo viên', '', 'Nội dung hỗ trợ'], ['', '', 'Họ đệm', 'Tên', ''],
      ['15/11/2025', 'Nguyễn Văn An', 'Trần Thị', 'Lan', 'Kèm Toán']], [{ row: 1, column: 3, numRows: 1, numColumns: 2 }]);
    expect(tab?.entries.map((e) => e.student)).toEqual(['Nguyễn Văn An']);
    expect(tab?.problems.map((p) => p.code)).toEqual(['LOG_COLUMN_UNREAD', 'LOG_COLUMN_UNREAD']);
  });

  it('the joined name matches its student by name and class: names compared as names, never folded', () => {
    const an = student({ row: 2, name: 'Nguyễn Văn An', className: '4A', classKey: '4A', grade: 4, studentId: '' });
    const anh = student({ row: 3, name: 'Nguyễn Văn Ân', className: '4A', classKey: '4A', grade: 4, studentId: '' });
    const tab = read([['Ngày', 'Họ đệm', 'Tên', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ROW, ['16/11/2025', 'Nguyễn Văn', 'Ân', '4A', 'cô Lan', 'Đọc']]);
    const { matched, problems } = matchLog(tab ? [tab] : [], [an, anh]);
    expect(matched.map((m) => m.student?.row)).toEqual([2, 3]);
    expect(problems).toEqual([]);
  });
});
