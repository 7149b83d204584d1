// Review 70: the Nhật ký reader after review 67. A log's header needs what help was given or its
// result in every tab (a survey, a sign-up or another diary is no log); "d/m" under Tháng is a day
// and its month; a student label by its words is the student and only words about the support; a
// bare day under a month title row is that day of the title's month.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { readLogTab, unreadLogTab } from '../../src/core/read/log';
import { logField } from '../../src/core/read/log-fields';
import { run } from '../helpers/grid';

const START = 2025;
const TITLES = '"Ngày hỗ trợ", "Học sinh", "Lớp", "Mã HS", "GV", "Nội dung hỗ trợ", "Kết quả / Nhận xét"';
const ROSTER = { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'GKI - Toán'], [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C'], [2, 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'C']] };
// The mentors' log, kept, with an October entry only: nobody is logged in November.
const LOG = { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['10/10/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
const stamp = new Date(Date.UTC(2025, 10, 5, 3));
const read = (name: string, values: unknown[][], merges?: Array<{ row: number; column: number; numRows: number; numColumns: number }>) =>
  readLogTab({ name, values, merges }, START, WALL_CLOCK_OFFSET);
const loggedInNovember = (a: ReturnType<typeof run>) => a.mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)]);

describe('findings 1 and 2: student, date and mentor alone are no log, in any tab', () => {
  const FORMS: Array<[string, unknown[][]]> = [
    ['a survey', [['Dấu thời gian', 'Họ và tên học sinh', 'Lớp', 'Họ tên GVCN', 'Hoàn cảnh gia đình'], [stamp, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Bố mẹ đi làm xa']]],
    ['a sign-up', [['Dấu thời gian', 'Tên HS', 'Lớp', 'Giáo viên', 'Môn đăng ký học phụ đạo'], [stamp, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Toán']]],
  ];

  it.each(FORMS)('a Google Form for something else (%s) is not read as the log, and nothing is said of it', (_, values) => {
    const tab = { name: 'Câu trả lời biểu mẫu 2', values };
    expect(readLogTab(tab, START, WALL_CLOCK_OFFSET)).toBeUndefined();
    expect(unreadLogTab(tab)).toBeUndefined();
    const a = run([ROSTER, LOG, tab], '2025-11-26');
    expect(a.mentoring.matched.map((m) => m.entry.sheet)).toEqual(['Nhật ký']);
    expect(loggedInNovember(a)).toEqual([['Nguyễn Thị Lan', []]]);
    expect(a.problems.filter((p) => p.sheet === tab.name)).toEqual([]);
  });

  const DIARIES: Array<[string, unknown[][]]> = [
    ['Nhật ký vi phạm', [['Ngày', 'Họ và tên', 'Lớp', 'Nội dung vi phạm', 'GV'], ['12/11/2025', 'Lê Văn An', '4A', 'Đi muộn', 'Nguyễn Thị Lan']]],
    ['Nhật ký lớp học', [['Ngày', 'Tiết', 'Môn', 'GV', 'Học sinh vắng', 'Lớp'], ['12/11/2025', 3, 'Toán', 'Nguyễn Thị Lan', 'Lê Văn An', '4A']]],
  ];

  it.each(DIARIES)('"%s" is another diary: not read as the log, the student not logged, one short warning at A1', (name, values) => {
    const tab = { name, values };
    expect(readLogTab(tab, START, WALL_CLOCK_OFFSET)).toBeUndefined();
    const a = run([ROSTER, LOG, tab], '2025-11-26');
    expect(loggedInNovember(a)).toEqual([['Nguyễn Thị Lan', []]]);
    expect(a.problems.filter((p) => p.sheet === name).map((p) => `${p.code} ${p.cell} ${p.severity} ${p.message}`)).toEqual([
      `LOG_FORM_UNREAD A1 warning Trang "${name}" không được đọc là nhật ký đỡ đầu vì không có cột "Nội dung hỗ trợ" hay "Kết quả". `
      + 'Nếu đây là nhật ký đỡ đầu, thêm một trong hai cột đó; nếu không, có thể bỏ qua cảnh báo này.']);
  });

  it('"Nhật ký đỡ đầu" with student, date and mentor only is not read, and told which column is missing', () => {
    const tab = { name: 'Nhật ký đỡ đầu', values: [['Ngày', 'Học sinh', 'Lớp', 'GV đỡ đầu'], ['10/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan']] };
    expect(readLogTab(tab, START, WALL_CLOCK_OFFSET)).toBeUndefined();
    expect(unreadLogTab(tab)?.message).toBe(`Trang "Nhật ký đỡ đầu" chưa đọc được thành nhật ký: không có cột "Nội dung hỗ trợ", nên các dòng trong trang chưa được tính. Sửa tiêu đề cột cho đúng: ${TITLES}.`);
  });

  it('a Google Form about the help whose help question is missing is not read, and told at A1', () => {
    const tab = { name: 'Câu trả lời biểu mẫu 1', values: [['Dấu thời gian', 'Học sinh được hỗ trợ', 'Lớp', 'GV'], [stamp, 'Lê Văn An', '4A', 'Nguyễn Thị Lan']] };
    expect(readLogTab(tab, START, WALL_CLOCK_OFFSET)).toBeUndefined();
    expect([unreadLogTab(tab)?.code, unreadLogTab(tab)?.cell]).toEqual(['LOG_FORM_UNREAD', 'A1']);
    expect(unreadLogTab(tab)?.message).toContain('không có cột "Nội dung hỗ trợ"');
  });
});

describe('finding 4: under "Tháng", a slash or a dot is a day and its month', () => {
  const tab = (cell: string) => read('Nhật ký', [['Tháng', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], [cell, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']]);

  it.each<[string, string]>([['5/11', '2025-11-05'], ['10/11', '2025-11-10'], ['1/11', '2025-11-01'], ['9.10', '2025-10-09']])('"%s" is the day %s', (cell, day) => {
    const t = tab(cell);
    expect(t?.entries.map((e) => [e.day, e.month])).toEqual([[day, day.slice(0, 7)]]);
    expect(t?.problems).toEqual([]);
  });

  it.each(['9 đến 10', '10 đến 11'])('"%s" ("đến", both at most 12) is two months, as "9-10": LOG_DATE_INVALID', (cell) => {
    const t = tab(cell);
    expect(t?.entries.map((e) => e.month)).toEqual([undefined]);
    expect(t?.problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_DATE_INVALID A2']);
    expect(t?.problems[0].message).toContain('có hai số mà không có năm');
  });

  it('through analyse: "5/11" and "10/11" count for November', () => {
    const log = { name: 'Nhật ký', values: [['Tháng', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['5/11', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'], ['10/11', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
    const a = run([ROSTER, log], '2025-11-26');
    expect(loggedInNovember(a)).toEqual([['Nguyễn Thị Lan', ['Lê Văn An', 'Lê Văn Bình']]]);
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký')).toEqual([]);
  });
});

describe('finding 5: a student label by its words is the student and words about the support only', () => {
  it.each(['Em có tiến bộ không?', 'Học sinh vắng', 'Em học tốt môn nào', 'HS có tiến bộ', 'Học sinh được hỗ trợ?'])('"%s" is no student column', (label) => {
    expect(logField(label)).toBeUndefined();
  });

  it('a Form asking "Em có tiến bộ không?" before the student: the student column is read, the question is an unread column', () => {
    const values = [['Dấu thời gian', 'Họ và tên giáo viên', 'Em có tiến bộ không?', 'Họ tên học sinh được hỗ trợ', 'Lớp', 'Nội dung đã hỗ trợ'],
      [stamp, 'Nguyễn Thị Lan', 'Có', 'Lê Văn An', '4A', 'Kèm Toán'], [stamp, 'Nguyễn Thị Lan', 'Không', 'Lê Văn Bình', '4A', 'Kèm Toán']];
    const a = run([ROSTER, { name: 'Câu trả lời biểu mẫu 1', values }], '2025-11-26');
    expect(loggedInNovember(a)).toEqual([['Nguyễn Thị Lan', ['Lê Văn An', 'Lê Văn Bình']]]);
    expect(a.problems.filter((p) => p.sheet === 'Câu trả lời biểu mẫu 1').map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_COLUMN_UNREAD C1']);
  });
});

describe('finding 6: a bare day under a month title row is that day of the title\'s month', () => {
  const TITLE = { row: 2, column: 1, numRows: 1, numColumns: 5 };
  const tab = (title: string, ...days: unknown[]) => read('Nhật ký', [['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], [title, '', '', '', ''],
    ...days.map((d) => [d, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'])], [TITLE]);

  it('"THÁNG 11/2025" then 5 and "12": the 5th and the 12th of November 2025, nothing said', () => {
    const t = tab('THÁNG 11/2025', 5, '12');
    expect(t?.entries.map((e) => [e.day, e.month])).toEqual([['2025-11-05', '2025-11'], ['2025-11-12', '2025-11']]);
    expect(t?.problems).toEqual([]);
  });

  it('"Tháng 10" (no year) then 9: the 9th of October of the school year', () => {
    expect(tab('Tháng 10', 9)?.entries.map((e) => e.day)).toEqual(['2025-10-09']);
  });

  it('through analyse: both students are logged in November', () => {
    const log = { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['THÁNG 11/2025', '', '', '', ''],
      [5, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'], ['12', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']], merges: [TITLE] };
    const a = run([ROSTER, log], '2025-11-26');
    expect(loggedInNovember(a)).toEqual([['Nguyễn Thị Lan', ['Lê Văn An', 'Lê Văn Bình']]]);
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký')).toEqual([]);
  });
});
