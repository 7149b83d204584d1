// Month titles among the log's rows: the entries under a title, written without a date, count for its
// month. A title the reader did not know ("Tháng 10 năm học 2025-2026", "T10/2025") used to be taken
// for an entry with no student, and the entries under it kept the month of the title above: an October
// session counted as November's report, without a word. Every such title is now read, and one whose
// month cannot be read is said at its cell and dates nothing.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { readLogTab } from '../../src/core/read/log';
import { sectionTitle } from '../../src/core/read/log-dates';

const HEADER = ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'];
const ENTRY = ['', 'Lê Văn An', '4A', 'cô Lan', 'Kèm Toán'];

function read(values: unknown[][], merges: MergedRange[] = []) {
  const tab = readLogTab({ name: 'Nhật ký', values, merges }, 2025, WALL_CLOCK_OFFSET, { year: 2025, month: 11, day: 28 });
  return { entries: tab?.entries.map((e) => `${e.row}: ${e.student} ${e.month ?? '-'}`), problems: tab?.problems.map((p) => `${p.code}@${p.cell}`) };
}

describe('month titles in the log', () => {
  it.each([
    ['THÁNG 10/2025', '10/2025'], ['Tháng 10', 'Tháng 10'], ['Tháng 10 năm 2025', '10/2025'], ['Tháng 10 năm học 2025-2026', '10/2025'],
    ['Tháng 3 năm học 2025-2026', '3/2026'], ['T10/2025', '10/2025'], ['T 10/2025', '10/2025'], ['Tháng 10/25', '10/2025'], ['Thang 10/2025', '10/2025'],
  ])('%p is a title of month %p', (text, month) => {
    expect(sectionTitle([text, '', ''])).toEqual({ text, month });
  });

  it.each([['THÁNG 10/2025 - GV Nguyễn Thị Lan', '10/2025'], ['10/2025', '10/2025'], ['Tháng 10 (bổ sung)', 'Tháng 10']])(
    '%p is a title only merged across the table: in one cell it may be a note or a half-written entry', (text, month) => {
      expect(sectionTitle([text, '', ''], true)).toEqual({ text, month });
      expect(sectionTitle([text, '', ''])).toBeUndefined();
    });

  it.each([['Thắng'], ['Thang'], ['T2'], ['10'], ['Tiến bộ'], ['Ngày 10/2025 họp']])('%p alone on a row is no title', (text) => {
    expect(sectionTitle(['', text, ''])).toBeUndefined();
  });

  it.each([['Tháng mười'], ['Tháng 13/2025'], ['THÁNG']])('%p starts as a title with no month read', (text) => {
    expect(sectionTitle([text])).toEqual({ text, month: undefined });
  });

  it('a note alone in a field\'s column is no title: told as an entry without a student, and the month above still dates the rows under it', () => {
    const got = read([HEADER, ['THÁNG 10/2025'], ENTRY, ['', '', '', '', 'Tháng 11 ôn tiếp bảng nhân 7, 8'], ['', 'Phạm Thị Bình', '4A', 'cô Lan', 'Kèm đọc'],
      ['', '', '', 'Tháng 11', ''], ['', '', '', '', 'Tháng này em tiến bộ']]);
    expect(got.entries).toEqual(['3: Lê Văn An 2025-10', '4:  2025-10', '5: Phạm Thị Bình 2025-10', '6:  2025-10', '7:  2025-10']);
    expect(got.problems).toEqual(['LOG_STUDENT_MISSING@B4', 'LOG_STUDENT_MISSING@B6', 'LOG_STUDENT_MISSING@B7']);
  });

  it('merged across the table, a title may say more, and a bare month/year is a title', () => {
    const across = (row: number): MergedRange => ({ row, column: 1, numRows: 1, numColumns: 5 });
    const got = read([HEADER, ['THÁNG 10/2025 - GV Nguyễn Thị Lan'], ENTRY, ['11/2025'], ENTRY], [across(2), across(4)]);
    expect(got).toEqual({ entries: ['3: Lê Văn An 2025-10', '5: Lê Văn An 2025-11'], problems: [] });
  });

  it('each title dates the entries under it, whatever the title above', () => {
    const got = read([HEADER, ['THÁNG 11/2025'], ENTRY, ['Tháng 10 năm học 2025-2026'], ENTRY, ['T9/2025'], ENTRY]);
    expect(got).toEqual({ entries: ['3: Lê Văn An 2025-11', '5: Lê Văn An 2025-10', '7: Lê Văn An 2025-09'], problems: [] });
  });

  it('a title with no month read is said at its cell, and the entries under it are not given the month above', () => {
    const got = read([HEADER, ['THÁNG 11/2025'], ENTRY, ['Tháng mười'], ENTRY]);
    expect(got.entries).toEqual(['3: Lê Văn An 2025-11', '5: Lê Văn An -']);
    expect(got.problems).toEqual(['LOG_DATE_MISSING@A4', 'LOG_DATE_MISSING@A5']);
  });

  it('a month written in the date cell of a row whose other cells are merged down from the entry above is an entry, not a title', () => {
    const got = read([['Tháng', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['Tháng 10', 'Lê Văn An', '4A', 'cô Lan', 'Kèm Toán'], ['Tháng 11', '', '', '', '']],
      [{ row: 2, column: 2, numRows: 2, numColumns: 1 }, { row: 2, column: 3, numRows: 2, numColumns: 1 }, { row: 2, column: 4, numRows: 2, numColumns: 1 },
        { row: 2, column: 5, numRows: 2, numColumns: 1 }]);
    expect(got).toEqual({ entries: ['2: Lê Văn An 2025-10', '3: Lê Văn An 2025-11'], problems: [] });
  });
});
