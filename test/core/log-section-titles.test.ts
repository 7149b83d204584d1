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
    ['THÁNG 10/2025', '10/2025'], ['Tháng 10', 'Tháng 10'], ['Tháng 10 năm 2025', '10/2025'], ['Tháng 10 năm học 2025-2026', 'Tháng 10'],
    ['THÁNG 10/2025 - GV Nguyễn Thị Lan', '10/2025'], ['T10/2025', '10/2025'], ['T 10/2025', '10/2025'], ['10/2025', '10/2025'], ['Tháng 10/25', '10/2025'],
    ['Thang 10/2025', '10/2025'],
  ])('%p is a title of month %p', (text, month) => {
    expect(sectionTitle([text, '', ''])).toEqual({ text, month });
  });

  it.each([['Thắng'], ['Thang'], ['T2'], ['10'], ['Tiến bộ'], ['Ngày 10/2025 họp']])('%p alone on a row is no title', (text) => {
    expect(sectionTitle(['', text, ''])).toBeUndefined();
  });

  it.each([['Tháng mười'], ['Tháng 13/2025'], ['THÁNG']])('%p starts as a title with no month read', (text) => {
    expect(sectionTitle([text])).toEqual({ text, month: undefined });
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
