// Review 67: regressions of the Nhật ký reader's by-words labels (review 66). Other tabs of a school
// (assignments, awards, violations, assessments, a schedule) are never read as the log; a readable
// day/month under "Tháng" and a bare month under "Ngày tháng" count as before; a column named by an
// alias is read over one named only by its words, and a student's attribute is no student column.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { findLogHeader, readLogTab, unreadLogTab } from '../../src/core/read/log';
import { logField } from '../../src/core/read/log-fields';
import { run } from '../helpers/grid';

const START = 2025;
const ROSTER = { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'GKI - Toán'], [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C']] };
const LOG = { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['10/10/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
const read = (values: unknown[][], name = 'Nhật ký') => readLogTab({ name, values }, START, WALL_CLOCK_OFFSET);

describe('finding 1: a school\'s other tabs are not the log', () => {
  const TABS: Array<[string, unknown[][]]> = [
    ['Phân công', [['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'Ngày phân công'], [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', '15/11/2025']]],
    ['Khen thưởng', [['TT', 'Họ và tên học sinh', 'Lớp', 'Nội dung khen thưởng', 'Ngày quyết định'], [1, 'Lê Văn An', '4A', 'HS tiêu biểu', '12/11/2025']]],
    ['Theo dõi vi phạm', [['Ngày', 'Họ và tên', 'Lớp', 'Nội dung vi phạm', 'GV phát hiện'], ['12/11/2025', 'Lê Văn An', '4A', 'Đi muộn', 'Trần Văn Hùng']]],
    ['Theo dõi HS', [['Ngày đánh giá', 'Họ và tên', 'Lớp', 'Nhận xét'], ['10/11/2025', 'Lê Văn An', '4A', 'Chưa tiến bộ']]],
    ['Lịch kèm', [['Thứ', 'Ngày', 'Học sinh', 'Lớp', 'GV'], ['Thứ 3', '18/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan']]],
  ];

  it.each(TABS)('"%s" is not read as the log, and its November row leaves the student without a November entry', (name, values) => {
    const tab = { name, values };
    expect(readLogTab(tab, START, WALL_CLOCK_OFFSET)).toBeUndefined();
    const a = run([ROSTER, LOG, tab], '2025-11-26');
    expect(a.mentoring.matched.map((m) => m.entry.sheet)).toEqual(['Nhật ký']);
    expect(a.mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)])).toEqual([['Nguyễn Thị Lan', []]]);
  });

  it.each(TABS)('"%s" is not told as an unread log (no LOG_FORM_UNREAD)', (name, values) => {
    expect(unreadLogTab({ name, values })).toBeUndefined();
    const a = run([ROSTER, LOG, { name, values }], '2025-11-26');
    expect(a.problems.filter((p) => p.sheet === name)).toEqual([]);
  });

  it('the same schedule (student, date, mentor) in a tab named "Nhật ký" or a Google Form is no log either (review 70: what was done or its result is needed)', () => {
    const values = [['Thứ', 'Ngày', 'Học sinh', 'Lớp', 'GV'], ['Thứ 3', '18/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan']];
    expect(read(values)).toBeUndefined();
    const form = [['Dấu thời gian', 'Ngày thực hiện', 'Học sinh được đỡ đầu', 'Lớp', 'GV'], [new Date(Date.UTC(2025, 10, 19)), '18/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan']];
    expect(read(form, 'Câu trả lời biểu mẫu 1')).toBeUndefined();
  });

  it('a tab of another name is a log by the aliases, as before (student, date, and what was done or its result)', () => {
    // ... when its header or name says the help given (log-other-lists.test.ts): a bare "Nhận xét" may be any diary's.
    expect(findLogHeader([['Ngày', 'Họ và tên', 'Lớp', 'Nhận xét']], undefined, 'Theo dõi')).toBeUndefined();
    expect(findLogHeader([['Ngày', 'Họ và tên', 'Lớp', 'Nhận xét', 'GV hỗ trợ']], undefined, 'Theo dõi')).toEqual({ row: 0, columns: { date: 0, student: 1, className: 2, result: 3, mentor: 4 } });
    expect(findLogHeader([['Ngày thực hiện', 'Học sinh', 'Nội dung hỗ trợ']], undefined, 'Theo dõi')).toBeUndefined();
    expect(findLogHeader([['Ngày thực hiện', 'Học sinh', 'Nội dung hỗ trợ']], undefined, 'NHẬT KÝ ĐỠ ĐẦU')).toEqual({ row: 0, columns: { date: 0, student: 1, content: 2 } });
  });

  it.each<[string, string | undefined]>([
    // (b) a date by its words is the session's, never another event's.
    ['Ngày phân công', undefined], ['Ngày quyết định', undefined], ['Ngày đánh giá', undefined], ['Ngày kiểm tra', undefined],
    ['Ngày vi phạm', undefined], ['Thời gian biểu', undefined], ['Ngày học', undefined],
    ['Ngày thực hiện', 'date'], ['Ngày đỡ đầu', 'date'], ['Ngày gặp', 'date'], ['Thời gian thực hiện', 'date'], ['Ngày tháng năm', 'date'], ['Ngày gặp học sinh', 'date'],
    // (c) what was done by its words is the help.
    ['Nội dung khen thưởng', undefined], ['Nội dung vi phạm', undefined], ['Nội dung công việc', undefined], ['Hình thức', undefined], ['Hình thức kỷ luật', undefined],
    ['Nội dung đỡ đầu', 'content'], ['Nội dung đã làm', 'content'], ['Nội dung giúp đỡ', 'content'], ['Nội dung kèm', 'content'],
    ['Hình thức hỗ trợ', 'content'], ['Công việc đã làm', 'content'], ['Việc đã làm', 'content'], ['Biện pháp', 'content'],
  ])('%s → %s', (label, field) => {
    expect(logField(label)).toBe(field);
  });
});

describe('finding 8: readable dates under Tháng and Ngày tháng count as before', () => {
  const tab = (label: string, cell: unknown) => read([[label, 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], [cell, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']]);

  it.each<[string, unknown, string | undefined, string]>([
    ['Tháng', '15/11', '2025-11-15', '2025-11'], ['Tháng', '20-10', '2025-10-20', '2025-10'], ['Tháng hỗ trợ', '13/9', '2025-09-13', '2025-09'],
    ['Ngày tháng', 11, undefined, '2025-11'], ['Ngày tháng', '11', undefined, '2025-11'], ['Ngày/tháng/năm', 10, undefined, '2025-10'],
    ['Ngày tháng', '9/10', '2025-10-09', '2025-10'],
  ])('under "%s", %p counts (day %s, month %s), nothing told', (label, cell, day, month) => {
    const t = tab(label, cell);
    expect(t?.entries.map((e) => [e.day, e.month])).toEqual([[day, month]]);
    expect(t?.problems).toEqual([]);
  });

  it('under "Tháng", "10-11" (both at most 12, a dash) is still two months: LOG_DATE_INVALID', () => {
    expect(tab('Tháng', '10-11')?.problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_DATE_INVALID A2']);
  });

  it('under "Ngày thực hiện", a bare 11 is still a day without its month', () => {
    expect(tab('Ngày thực hiện', 11)?.problems.map((p) => p.message)).toEqual([expect.stringContaining('chỉ có ngày, chưa có tháng')]);
  });

  it.each<[string, unknown]>([['Tháng', '15/11'], ['Ngày tháng', 11]])('through analyse: "%s" = %p leaves no problem and the mentor has logged', (label, cell) => {
    const a = run([ROSTER, { name: 'Nhật ký', values: [[label, 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], [cell, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] }], '2025-11-26');
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký')).toEqual([]);
    expect(a.mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)])).toEqual([['Nguyễn Thị Lan', ['Lê Văn An']]]);
  });
});

describe('finding 9: a column named by an alias wins over one named by its words; a student\'s attribute is no student', () => {
  it.each(['Học sinh khuyết tật', 'HS dân tộc', 'Học sinh nữ', 'HS hộ nghèo'])('%s is not the student column', (label) => {
    expect(logField(label)).toBeUndefined();
  });

  it('Ngày | Học sinh khuyết tật | Học sinh | …: the entry is the student\'s under "Học sinh", matched (no LOG_STUDENT_MISSING)', () => {
    const values = [['Ngày', 'Học sinh khuyết tật', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['12/11/2025', '', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']];
    expect(read(values)?.entries.map((e) => [e.student, e.columns.student])).toEqual([['Lê Văn An', 3]]);
    const a = run([ROSTER, { name: 'Nhật ký', values }], '2025-11-26');
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký')).toEqual([]);
    expect(a.mentoring.matched.map((m) => m.student?.name)).toEqual(['Lê Văn An']);
  });

  it('the attribute column holding writing is told as unread, the entry still the student\'s', () => {
    const t = read([['Ngày', 'Học sinh khuyết tật', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['12/11/2025', 'x', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']]);
    expect(t?.problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_COLUMN_UNREAD B1']);
    expect(t?.entries.map((e) => e.student)).toEqual(['Lê Văn An']);
  });

  it.each<[string, unknown[], unknown[], string, string]>([
    ['"Hình thức" before "Nội dung hỗ trợ"', ['Ngày', 'Học sinh', 'Hình thức', 'Nội dung hỗ trợ'], ['12/11/2025', 'Lê Văn An', 'Trực tiếp', 'Kèm Toán'], 'Kèm Toán', 'C1'],
    ['"Hình thức hỗ trợ" before "Nội dung hỗ trợ"', ['Ngày', 'Học sinh', 'Hình thức hỗ trợ', 'Nội dung hỗ trợ'], ['12/11/2025', 'Lê Văn An', 'Trực tiếp', 'Kèm Toán'], 'Kèm Toán', 'C1'],
    ['"Học sinh được đỡ đầu" before "Họ và tên"', ['Ngày', 'Học sinh được đỡ đầu', 'Họ và tên', 'Nội dung hỗ trợ'], ['12/11/2025', 'Có', 'Lê Văn An', 'Kèm Toán'], 'Kèm Toán', 'B1'],
  ])('%s: the alias is read, the other told as unread', (_, header, row, content, told) => {
    const t = read([header, row]);
    expect(t?.entries.map((e) => [e.student, e.content, e.day])).toEqual([['Lê Văn An', content, '2025-11-12']]);
    expect(t?.problems.map((p) => `${p.code} ${p.cell}`)).toEqual([`LOG_COLUMN_UNREAD ${told}`]);
  });

  it('"Thời gian thực hiện" (45 phút) before "Ngày": the day is read under "Ngày"', () => {
    const t = read([['Thời gian thực hiện', 'Ngày', 'Học sinh', 'Nội dung hỗ trợ'], ['45 phút', '12/11/2025', 'Lê Văn An', 'Kèm Toán']]);
    expect(t?.entries.map((e) => [e.day, e.columns.date])).toEqual([['2025-11-12', 2]]);
    expect(t?.problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_COLUMN_UNREAD A1']);
  });

  it('with no alias for the field, the label\'s words are read', () => {
    const t = read([['Ngày thực hiện', 'Học sinh được đỡ đầu', 'Hình thức hỗ trợ'], ['12/11/2025', 'Lê Văn An', 'Kèm Toán']]);
    expect(t?.entries.map((e) => [e.day, e.student, e.content])).toEqual([['2025-11-12', 'Lê Văn An', 'Kèm Toán']]);
  });
});

describe('kept through review 70', () => {
  const log = (values: unknown[][], merges?: Array<{ row: number; column: number; numRows: number; numColumns: number }>) => readLogTab({ name: 'Nhật ký', values, merges }, START, WALL_CLOCK_OFFSET);

  it('a Form or a Nhật ký naming what was done or its result is read', () => {
    expect(read([['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Kết quả'], [new Date(Date.UTC(2025, 10, 5, 3)), 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Tiến bộ']], 'Câu trả lời biểu mẫu 1')?.entries.map((e) => e.month)).toEqual(['2025-11']);
    expect(read([['Ngày', 'Học sinh', 'Lớp', 'GV', 'Hình thức hỗ trợ'], ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm']])?.entries.map((e) => e.day)).toEqual(['2025-11-10']);
  });

  it.each(['Họ tên học sinh được hỗ trợ', 'Học sinh cần giúp đỡ', 'HS nhận kèm', 'Em được phụ đạo', 'Tên em được đỡ đầu'])('"%s" is the student', (label) => {
    expect(logField(label)).toBe('student');
  });

  it('a day a month title\'s month lacks (31 under THÁNG 11/2025) is still a day without its month', () => {
    const t = log([['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['THÁNG 11/2025', '', '', '', ''], [31, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']], [{ row: 2, column: 1, numRows: 1, numColumns: 5 }]);
    expect(t?.entries.map((e) => e.month)).toEqual([undefined]);
    expect(t?.problems.map((p) => p.message)).toEqual([expect.stringContaining('chỉ có ngày, chưa có tháng')]);
  });
});
