// Review 66: the Nhật ký reader. Everyday headers are read by their words in a tab named as the log
// (review 67); a tab of any name is read by the aliases; a column holding writing the reader does not read is
// told at its header; a bare day under "Ngày" and two months under "Tháng" are told, not guessed;
// merged cells over several entries hold their value for each.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { findLogHeader, readLogTab, unreadLogTab } from '../../src/core/read/log';
import { logField } from '../../src/core/read/log-fields';
import { run } from '../helpers/grid';

const START = 2025;
const ROSTER = { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'GKI - Toán'],
  [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C'], [2, 'Phạm Thị Bình', '4A', 'Nguyễn Thị Lan', 'C'], [3, 'Đỗ Văn Cường', '4B', 'Trần Văn Hùng', 'C']] };
const D = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));
const read = (values: unknown[][], merges: MergedRange[] = [], name = 'Nhật ký') => readLogTab({ name, values, merges }, START, WALL_CLOCK_OFFSET);

describe('header labels written in everyday ways are read by their words', () => {
  it.each<[string, string | undefined]>([
    ['Ngày thực hiện', 'date'], ['Ngày tháng năm', 'date'], ['Ngày/tháng/năm', 'date'], ['Thời gian thực hiện', 'date'], ['Ngày gặp', 'date'],
    ['NGÀY THỰC HIỆN', 'date'], ['Ngay thuc hien', 'date'], ['Tháng thực hiện', 'date'],
    ['Ngày sinh', undefined], ['Ngày tháng năm sinh', undefined], ['Tháng sinh', undefined], ['Ngày nghỉ có phép', undefined], ['Ngày vào trường', undefined],
    ['Tháng 9', undefined], ['Ngày 15', undefined], ['Hoạt động trải nghiệm', undefined], ['Hoạt động giáo dục', undefined],
    ['Học sinh được đỡ đầu', 'student'], ['HS được hỗ trợ', 'student'], ['Em được hỗ trợ', 'student'], ['Họ tên học sinh được hỗ trợ', 'student'],
    ['Học sinh (GV ghi)', 'student'], ['Học sinh do GV phụ trách', undefined], ['Em đã được hỗ trợ gì?', undefined], ['Email', undefined],
    ['Nội dung đỡ đầu', 'content'], ['Hình thức hỗ trợ', 'content'], ['Công việc đã làm', 'content'], ['Hoạt động hỗ trợ', 'content'],
    ['Việc làm', 'content'], ['Biện pháp giúp đỡ', 'content'],
    // Exact aliases come first.
    ['Dấu thời gian', 'stamp'], ['Mã học sinh', 'studentId'], ['Lớp của học sinh', 'className'], ['Họ và tên GV', 'mentor'], ['Ghi chú', undefined],
  ])('%s → %s', (label, field) => {
    expect(logField(label)).toBe(field);
  });

  it.each(['Ngày thực hiện', 'Ngày tháng năm', 'Ngày/tháng/năm', 'Thời gian thực hiện', 'Ngày gặp'])(
    'a Google Form with "Dấu thời gian" and "%s": the day written wins over when the form was sent', (label) => {
      const form = { name: 'Câu trả lời biểu mẫu 1', values: [
        ['Dấu thời gian', label, 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'],
        [D(2025, 11, 3, 8), '20/10/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
      const a = run([ROSTER, form], '2025-11-26');
      expect(a.mentoring.matched.map((m) => [m.entry.day, m.entry.month])).toEqual([['2025-10-20', '2025-10']]);
    });
});

// Review 67: by its words only in a tab named as the log (or a Form's); a tab of another name is read by the aliases.
describe('a tab named as the log is read with everyday headers; one of another name by the aliases', () => {
  it('"Sổ theo dõi đỡ đầu" with the usual headers is read', () => {
    const tab = { name: 'Sổ theo dõi đỡ đầu', values: [['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
    const a = run([ROSTER, tab], '2025-11-26');
    expect(a.mentoring.matched.map((m) => [m.entry.sheet, m.entry.month, m.student?.name])).toEqual([['Sổ theo dõi đỡ đầu', '2025-11', 'Lê Văn An']]);
  });

  it.each<[string, unknown[]]>([
    ['the usual headers', ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ']],
    ['everyday date', ['Ngày thực hiện', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ']],
    ['everyday student', ['Ngày', 'Học sinh được đỡ đầu', 'Lớp', 'GV', 'Nội dung hỗ trợ']],
    ['everyday content', ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Hình thức hỗ trợ']],
  ])('"Nhật ký đỡ đầu" with %s', (_, header) => {
    const tab = { name: 'Nhật ký đỡ đầu', values: [header, ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
    const a = run([ROSTER, tab], '2025-11-26');
    expect(a.mentoring.matched.map((m) => [m.entry.sheet, m.entry.month, m.student?.name])).toEqual([['Nhật ký đỡ đầu', '2025-11', 'Lê Văn An']]);
  });

  it.each<[string, unknown[][]]>([
    ['a roster-like tab: name, birth date, class, mentor', [['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ'], [1, 'Lê Văn An', '01/02/2016', '4A', 'Nguyễn Thị Lan']]],
    ['a vnEdu-like tab', [['STT', 'Mã học sinh', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt'], [1, '9000000001', 'Lê Văn An', '01/02/2016', 'H', 'T']]],
    ['a plan: month, content, measures', [['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện'], ['9', 'Khảo sát', 'Họp', 'GVCN']]],
    ['a mentor assignment: student, class, mentor, no date', [['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu'], [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan']]],
  ])('not a log: %s', (_, values) => {
    expect(findLogHeader(values)).toBeUndefined();
  });
});

describe('a log column whose header names no field is told when it holds writing', () => {
  const header = ['STT', 'Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Minh chứng', 'Ghi chú', 'Số điện thoại', 'Email', 'Trống'];
  const row = [1, '10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Ảnh vở', 'Tốt', '0912', 'a@b.vn', ''];

  it('the unknown column with writing: a warning at its header cell; harmless and empty columns: nothing', () => {
    const tab = read([header, row]);
    expect(tab?.problems.map((p) => `${p.code} ${p.severity} ${p.cell} ${p.message}`)).toEqual([
      'LOG_COLUMN_UNREAD warning G1 Cột G ("Minh chứng") của nhật ký có ghi nhưng không được đọc: tiêu đề này không phải tên cột nào của nhật ký. '
      + 'Nếu cột này ghi ngày, học sinh, lớp, giáo viên, nội dung hay kết quả hỗ trợ, đổi tiêu đề thành một trong: '
      + '"Ngày hỗ trợ", "Học sinh", "Lớp", "Mã HS", "GV", "Nội dung hỗ trợ", "Kết quả / Nhận xét"; nếu chỉ là ghi chú, đổi thành "Ghi chú".']);
    expect(tab?.entries.map((e) => [e.student, e.content])).toEqual([['Lê Văn An', 'Kèm Toán']]);
  });

  it('the same column left blank in every row: nothing said', () => {
    expect(read([header, row.map((v, i) => (i === 6 ? '' : v))])?.problems).toEqual([]);
  });

  it('under a title and a two-row header: told at the cell of its own label', () => {
    const tab = read([['NHẬT KÝ ĐỠ ĐẦU'], ['Ngày', 'Học sinh', '', 'Nội dung hỗ trợ', 'Số buổi'], ['', 'Họ và tên', 'Lớp', '', ''],
      ['10/11/2025', 'Lê Văn An', '4A', 'Kèm Toán', 2]], [{ row: 2, column: 2, numRows: 1, numColumns: 2 }]);
    expect(tab?.problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_COLUMN_UNREAD E2']);
  });

  it('through analyse: in Kiểm tra, the entry still counts', () => {
    const a = run([ROSTER, { name: 'Nhật ký', values: [header, row] }], '2025-11-26');
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký').map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_COLUMN_UNREAD G1']);
    expect(a.mentoring.matched.map((m) => m.student?.name)).toEqual(['Lê Văn An']);
  });
});

describe('a bare day under "Ngày", two months under "Tháng": told at the cell, never guessed', () => {
  const tab = (label: string, ...cells: unknown[]) => read([[label, 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'], ...cells.map((c) => [c, 'Lê Văn An', '4A', 'Kèm Toán'])]);
  const said = (t: ReturnType<typeof tab>) => t?.problems.map((p) => `${p.code} ${p.cell}`);

  it.each<[string, unknown]>([['Ngày', 10], ['Ngày', '10'], ['Ngày', 8], ['Ngày', 17], ['Ngày', 31], ['Ngày thực hiện', 3], ['Ngày hỗ trợ', ' 9 ']])(
    'under "%s", %p is a day without its month: no month, LOG_DATE_INVALID', (label, cell) => {
      const t = tab(label, cell);
      expect(t?.entries.map((e) => [e.day, e.month])).toEqual([[undefined, undefined]]);
      expect(said(t)).toEqual(['LOG_DATE_INVALID A2']);
      expect(t?.problems[0].message).toMatch(/^Ngày "\d+" \(dòng của Lê Văn An\) chỉ có ngày, chưa có tháng, nên dòng này chưa tính vào tháng nào\. Ghi đủ ngày\/tháng\/năm, ví dụ \d+\/11\/2025\.$/);
    });

  it.each<[string, unknown, string]>([
    ['Ngày', 'Tháng 11', '2025-11'], ['Ngày', 'T10', '2025-10'], ['Ngày', '15/11', '2025-11'], ['Ngày', 45976, '2025-11'],
    ['Tháng', 10, '2025-10'], ['Tháng', '3', '2026-03'], ['Tháng hỗ trợ', 11, '2025-11'], ['Thời gian', 10, '2025-10'], ['Tháng', '10/2025', '2025-10'],
  ])('under "%s", %p still counts for %s', (label, cell, month) => {
    const t = tab(label, cell);
    expect(t?.entries.map((e) => e.month)).toEqual([month]);
    expect(t?.problems).toEqual([]);
  });

  it.each(['9-10', '10-11', '11 – 12', '10 - 11', '9 đến 10'])('under "Tháng", "%s" is two months without a year: no month, LOG_DATE_INVALID', (cell) => {
    const t = tab('Tháng', cell);
    expect(t?.entries.map((e) => [e.day, e.month])).toEqual([[undefined, undefined]]);
    expect(said(t)).toEqual(['LOG_DATE_INVALID A2']);
    expect(t?.problems[0].message).toContain(`Tháng "${cell}" (dòng của Lê Văn An) có hai số mà không có năm, nên không rõ là tháng nào và dòng này chưa tính vào tháng nào.`);
  });

  it('under "Ngày", "10-11" stays the day 10/11 of the school year', () => {
    expect(tab('Ngày', '10-11')?.entries.map((e) => e.day)).toEqual(['2025-11-10']);
  });

  it('through analyse: bare days under Ngày leave the mentor without a November entry, and each is told', () => {
    const a = run([ROSTER, { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'], [10, 'Lê Văn An', '4A', 'Kèm Toán'], ['8', 'Phạm Thị Bình', '4A', 'Kèm']] }], '2025-11-26');
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký').map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_DATE_INVALID A2', 'LOG_DATE_INVALID A3']);
    expect(a.mentoring.matched.map((m) => m.entry.month)).toEqual([undefined, undefined]);
  });
});

describe('merged cells among the entries (PRODUCT 2.1: a merged cell holds its value for every row it covers)', () => {
  const HEADER = ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'];
  const down = (row: number, column: number, numRows = 2): MergedRange => ({ row, column, numRows, numColumns: 1 });

  it('one session for two students, Ngày, Lớp and GV merged down: both entries dated, with class and mentor', () => {
    const tab = read([HEADER, ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán nhóm'], ['', 'Phạm Thị Bình', '', '', 'Kèm Toán nhóm']],
      [down(2, 1), down(2, 3), down(2, 4)]);
    expect(tab?.entries.map((e) => [e.row, e.day, e.student, e.className, e.mentor])).toEqual([
      [2, '2025-11-10', 'Lê Văn An', '4A', 'Nguyễn Thị Lan'], [3, '2025-11-10', 'Phạm Thị Bình', '4A', 'Nguyễn Thị Lan']]);
    expect(tab?.problems).toEqual([]);
  });

  it('one student over two sessions, Học sinh and Lớp merged down: both entries are the student\'s', () => {
    const tab = read([HEADER, ['12/11/2025', 'Đỗ Văn Cường', '4B', 'Trần Văn Hùng', 'Đọc'], ['13/11/2025', '', '', 'Trần Văn Hùng', 'Viết']], [down(2, 2), down(2, 3)]);
    expect(tab?.entries.map((e) => [e.day, e.student, e.className])).toEqual([['2025-11-12', 'Đỗ Văn Cường', '4B'], ['2025-11-13', 'Đỗ Văn Cường', '4B']]);
    expect(tab?.problems).toEqual([]);
  });

  it('a header label merged down does not spill into the entries', () => {
    const tab = read([['Ngày', 'Học sinh', 'Nội dung hỗ trợ'], ['', '', ''], ['10/11/2025', 'Lê Văn An', 'Kèm']], [down(1, 1), down(1, 2), down(1, 3)]);
    expect(tab?.entries.map((e) => [e.day, e.student])).toEqual([['2025-11-10', 'Lê Văn An']]);
  });

  it('through analyse: neither student of the merged session is left without a log (no noLog, no problem)', () => {
    const a = run([ROSTER, { name: 'Nhật ký', values: [HEADER, ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán nhóm'], ['', 'Phạm Thị Bình', '', '', 'Kèm Toán nhóm'],
      ['12/11/2025', 'Đỗ Văn Cường', '4B', 'Trần Văn Hùng', 'Đọc']], merges: [down(2, 1), down(2, 3), down(2, 4)] }], '2025-11-26');
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký')).toEqual([]);
    expect(a.mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)])).toEqual([
      ['Nguyễn Thị Lan', ['Lê Văn An', 'Phạm Thị Bình']], ['Trần Văn Hùng', ['Đỗ Văn Cường']]]);
  });
});

describe('a month title among the entries ("THÁNG 11/2025" merged across the table)', () => {
  const HEADER = ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'];
  const across = (row: number): MergedRange => ({ row, column: 1, numRows: 1, numColumns: 5 });

  it.each<[string, string]>([['THÁNG 11/2025', '2025-11'], ['Tháng 11', '2025-11'], ['Tháng 10 năm 2025', '2025-10'], ['tháng 3', '2026-03']])(
    '"%s" is no entry, and dates the entries under it written without a date (%s)', (title, month) => {
      const tab = read([HEADER, [title, '', '', '', ''], ['', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'], ['', 'Phạm Thị Bình', '4A', 'Nguyễn Thị Lan', 'Kèm']], [across(2)]);
      expect(tab?.entries.map((e) => [e.row, e.month, e.day])).toEqual([[3, month, undefined], [4, month, undefined]]);
      expect(tab?.problems).toEqual([]);
    });

  it('each title dates its own section; a written day wins over the title', () => {
    const tab = read([HEADER, ['THÁNG 10/2025'], ['', 'Lê Văn An', '4A', '', 'Kèm'], ['THÁNG 11/2025'], ['20/11/2025', 'Lê Văn An', '4A', '', 'Kèm'], ['05/12/2025', 'Lê Văn An', '4A', '', 'Kèm'], ['', 'Phạm Thị Bình', '4A', '', 'Kèm']]);
    expect(tab?.entries.map((e) => [e.row, e.month])).toEqual([[3, '2025-10'], [5, '2025-11'], [6, '2025-12'], [7, '2025-11']]);
  });

  it('a title month after today is told like a date after today', () => {
    const tab = readLogTab({ name: 'Nhật ký', values: [HEADER, ['THÁNG 12/2025'], ['', 'Lê Văn An', '4A', '', 'Kèm']] }, START, WALL_CLOCK_OFFSET, { year: 2025, month: 11, day: 26 });
    expect(tab?.entries.map((e) => e.month)).toEqual([undefined]);
    expect(tab?.problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_DATE_OUTSIDE A3']);
  });

  it.each<[string, unknown[]]>([
    ['a title that names no month', ['HỌC KÌ I']], ['a row with a student and a month', ['Tháng 11', 'Lê Văn An']], ['a numbered row alone', [11]],
  ])('%s is an entry as before, told', (_, row) => {
    const tab = read([HEADER, row, ['', 'Lê Văn An', '4A', '', 'Kèm']]);
    expect(tab?.entries.map((e) => e.row)).toEqual([2, 3]);
    expect(tab?.problems.map((p) => p.code)).toContain('LOG_DATE_MISSING');
  });

  it('through analyse: the rows under "THÁNG 11/2025" count for November (no noLog, no problem)', () => {
    const a = run([ROSTER, { name: 'Nhật ký', values: [HEADER, ['THÁNG 11/2025', '', '', '', ''], ['', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'],
      ['', 'Phạm Thị Bình', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'], ['', 'Đỗ Văn Cường', '4B', 'Trần Văn Hùng', 'Đọc']], merges: [across(2)] }], '2025-11-26');
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký')).toEqual([]);
    expect(a.mentoring.matched.map((m) => [m.student?.name, m.entry.month])).toEqual([
      ['Lê Văn An', '2025-11'], ['Phạm Thị Bình', '2025-11'], ['Đỗ Văn Cường', '2025-11']]);
  });
});

describe('a tab of any name whose header looks like a log but is not read as one is told', () => {
  const TITLES = '"Ngày hỗ trợ", "Học sinh", "Lớp", "Mã HS", "GV", "Nội dung hỗ trợ", "Kết quả / Nhận xét"';

  it('"Sổ theo dõi đỡ đầu" with an everyday date, student and what was done: LOG_FORM_UNREAD at A1 (rename the tab or the headers)', () => {
    const tab = { name: 'Sổ theo dõi đỡ đầu', values: [['SỔ THEO DÕI'], ['Ngày thực hiện', 'Học sinh được đỡ đầu', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
    expect(readLogTab(tab, START, WALL_CLOCK_OFFSET)).toBeUndefined();
    const problem = unreadLogTab(tab);
    expect([problem?.code, problem?.cell, problem?.severity]).toEqual(['LOG_FORM_UNREAD', 'A1', 'warning']);
    expect(problem?.message).toBe('Trang "Sổ theo dõi đỡ đầu" có dòng tiêu đề giống nhật ký đỡ đầu nhưng chưa được đọc thành nhật ký: tên trang không bắt đầu bằng "Nhật ký" và tiêu đề cột không đúng tên, '
      + `nên các dòng trong trang chưa được tính. Nếu đây là nhật ký đỡ đầu, đổi tên trang thành "Nhật ký" hoặc sửa tiêu đề cột cho đúng: ${TITLES}. Nếu không phải, có thể bỏ qua cảnh báo này.`);
    const a = run([ROSTER, tab], '2025-11-26');
    expect(a.problems.filter((p) => p.sheet === 'Sổ theo dõi đỡ đầu').map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_FORM_UNREAD A1']);
  });

  it('"Nhật ký" with a date, a mentor and what was done but no student column: LOG_FORM_UNREAD at A1', () => {
    const tab = { name: 'Nhật ký', values: [['Ngày', 'Tên', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
    expect(readLogTab(tab, START, WALL_CLOCK_OFFSET)).toBeUndefined();
    expect(unreadLogTab(tab)?.message).toBe(`Trang "Nhật ký" chưa đọc được thành nhật ký: không có cột "Học sinh", nên các dòng trong trang chưa được tính. Sửa tiêu đề cột cho đúng: ${TITLES}.`);
  });

  it.each<[string, unknown[][]]>([
    ['a results tab with absences and comments', [['STT', 'Họ và tên', 'Ngày sinh', 'Ngày nghỉ có phép', 'Nhận xét'], [1, 'Lê Văn An', '01/02/2016', 2, 'Tốt']]],
    ['a monthly attendance tab', [['Họ và tên', 'Tháng 9', 'Tháng 10', 'Nhận xét'], ['Lê Văn An', 1, 0, 'Tốt']]],
    ['a plan', [['Tháng', 'Nội dung', 'Biện pháp', 'Người thực hiện'], ['9', 'Khảo sát', 'Họp', 'GVCN']]],
    ['a kept copy of Lịch tháng (Tháng, Nội dung, Tiến bộ)', [['Tháng', 'Mốc đánh giá', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện', 'Hạn báo cáo',
      'Số liệu tại mốc', 'Cần hỗ trợ', 'Tiến bộ', 'Chưa có GV hỗ trợ', 'Có nhật ký đỡ đầu', 'Trạng thái'], ['9/2025', 'Đầu năm', 'Khảo sát', 'Họp', 'GVCN', '', '', 3, 1, 0, 2, 'Đã qua']]],
    ['a mentor assignment', [['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu'], [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan']]],
    ['a work schedule: date, mentor, what was done, no student', [['Ngày', 'Tên', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']]],
    ['a tutoring schedule: date, student, mentor, no content', [['Ngày', 'Học sinh được đỡ đầu', 'Lớp', 'GV đỡ đầu'], ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan']]],
  ])('not told, not read as a log: %s', (_, values) => {
    const tab = { name: 'Trang 1', values };
    expect(readLogTab(tab, START, WALL_CLOCK_OFFSET)).toBeUndefined();
    expect(unreadLogTab(tab)).toBeUndefined();
  });
});
