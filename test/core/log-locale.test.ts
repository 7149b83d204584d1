// A log typed by hand in a file whose locale reads dates month first (en_US): Sheets made "10/11/2025"
// 11 October and kept "25/10/2025" as text. The reader reads the swapped dates back when the column shows
// it was typed day first, and says so at the date header either way.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { readLogTab } from '../../src/core/read/log';
import { asTypedDayFirst, dayFirstTyped, typedDateOrder } from '../../src/core/read/log-locale';
import { run, wallClock } from '../helpers/grid';

const START = 2025;
const HEADER = ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'];
const ROSTER = { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'GKI - Toán'], [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C'], [2, 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'C']] };
// Typed "10/11/2025" (10 November) in an en_US file: Sheets holds 11 October.
const TYPED_10_11 = wallClock(2025, 10, 11);
const read = (values: unknown[][], locale: string, name = 'Nhật ký') => readLogTab({ name, values }, START, WALL_CLOCK_OFFSET, undefined, locale);
const when = (tab: ReturnType<typeof read>) => tab?.entries.map((e) => [e.student, e.day ?? e.month ?? '']);

describe('a hand-typed log in a month-first file', () => {
  const dayFirstLog = [HEADER, ['25/10/2025', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn bảng nhân'], [TYPED_10_11, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']];

  it('with a date typed day first kept as text, reads the swapped dates back day first and says so at the date header', () => {
    const tab = read(dayFirstLog, 'en_US');
    expect(when(tab)).toEqual([['Lê Văn Bình', '2025-10-25'], ['Lê Văn An', '2025-11-10']]);
    expect(tab?.problems.map((p) => `${p.code} ${p.cell} ${p.severity}`)).toEqual(['LOG_DATE_ORDER A1 warning']);
    expect(tab?.problems[0].message).toBe('Tệp này đặt vùng Hoa Kỳ (en_US), không phải Việt Nam, nên Google Trang tính hiểu ngày gõ 10/11/2025 là ngày 11 tháng 10, '
      + 'còn ngày gõ 25/10/2025 thì để nguyên là chữ. Nhật ký có ngày gõ theo ngày/tháng (ô A2 ghi "25/10/2025"), nên 1 ô ngày của cột A có cả ngày và tháng không quá 12 được đọc lại '
      + 'theo ngày/tháng (ô ghi 10/11/2025 được tính là ngày 10 tháng 11, như đã gõ). Để chắc chắn, chọn Tệp → Cài đặt, mục vùng (Locale) chọn Việt Nam, '
      + 'rồi gõ lại các ngày trong cột này có cả ngày và tháng không quá 12.');
  });

  it('with every date a Date, reads them as Sheets does and warns that they may be a month off', () => {
    const tab = read([HEADER, [TYPED_10_11, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'], [wallClock(2025, 11, 3), 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn']], 'en_US');
    expect(when(tab)).toEqual([['Lê Văn An', '2025-10-11'], ['Lê Văn Bình', '2025-11-03']]);
    expect(tab?.problems.map((p) => p.code)).toEqual(['LOG_DATE_ORDER']);
    expect(tab?.problems[0].message).toContain('Cột A có 2 ô ngày mà ngày và tháng đều không quá 12; chúng được tính theo cách Trang tính hiểu (tháng/ngày).');
  });

  it('in a vi_VN file nothing is swapped and nothing said', () => {
    const tab = read(dayFirstLog, 'vi_VN');
    expect(when(tab)).toEqual([['Lê Văn Bình', '2025-10-25'], ['Lê Văn An', '2025-10-11']]);
    expect(tab?.problems).toEqual([]);
    expect(read(dayFirstLog, 'vi')?.problems).toEqual([]);
  });

  it('a Google Form\'s answers are dates as picked: never swapped, nothing said', () => {
    const form = [['Dấu thời gian', 'Ngày hỗ trợ', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'],
      [wallClock(2025, 11, 12, 9, 30), TYPED_10_11, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'],
      [wallClock(2025, 11, 12, 9, 31), '25/10/2025', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn']];
    const tab = read(form, 'en_US', 'Câu trả lời biểu mẫu 1');
    expect(when(tab)).toEqual([['Lê Văn An', '2025-10-11'], ['Lê Văn Bình', '2025-10-25']]);
    expect(tab?.problems).toEqual([]);
  });

  it('only a midnight whose day is at most 12 and differs from its month is in doubt', () => {
    const cells = [wallClock(2025, 10, 11, 14, 5), wallClock(2025, 10, 25), wallClock(2025, 11, 11)];
    const tab = read([HEADER, ['25/10/2025', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn'], ...cells.map((d) => [d, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm'])], 'en_US');
    expect(when(tab)).toEqual([['Lê Văn Bình', '2025-10-25'], ['Lê Văn An', '2025-10-11'], ['Lê Văn An', '2025-10-25'], ['Lê Văn An', '2025-11-11']]);
    expect(tab?.problems).toEqual([]);
  });

  it('a Date of the 1st is a month typed "11/2025", and under a Tháng header nothing is swapped or said', () => {
    const first = [HEADER, ['25/10/2025', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn'], [wallClock(2025, 11, 1), 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm']];
    expect(when(read(first, 'en_US'))).toEqual([['Lê Văn Bình', '2025-10-25'], ['Lê Văn An', '2025-11-01']]);
    expect(read(first, 'en_US')?.problems).toEqual([]);
    const months = [['Tháng', ...HEADER.slice(1)], ['25/10/2025', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn'], [TYPED_10_11, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm']];
    expect(when(read(months, 'en_US'))).toEqual([['Lê Văn Bình', '2025-10-25'], ['Lê Văn An', '2025-10-11']]);
    expect(read(months, 'en_US')?.problems).toEqual([]);
  });

  it('a Date past the 12th shows month-first typing: alone it leaves nothing in doubt; beside day-first text the column is mixed, read as is, and said', () => {
    const picked = [HEADER, [wallClock(2025, 11, 20), 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn'], [wallClock(2025, 11, 3), 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm']];
    expect(when(read(picked, 'en_US'))).toEqual([['Lê Văn Bình', '2025-11-20'], ['Lê Văn An', '2025-11-03']]);
    expect(read(picked, 'en_US')?.problems).toEqual([]);
    const mixed = read([...picked, ['25/10/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Ôn']], 'en_US');
    expect(when(mixed)).toEqual([['Lê Văn Bình', '2025-11-20'], ['Lê Văn An', '2025-11-03'], ['Lê Văn An', '2025-10-25']]);
    expect(mixed?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_DATE_ORDER@A1']);
    expect(mixed?.problems[0].message).toContain('Nhật ký có cả ngày gõ theo ngày/tháng (ô A4 ghi "25/10/2025") lẫn ngày theo tháng/ngày (ô A2 là ngày 20 tháng 11 năm 2025), '
      + 'nên không biết các ô khác gõ theo kiểu nào. Cột A có 1 ô ngày mà ngày và tháng đều không quá 12; chúng được tính theo cách Trang tính hiểu (tháng/ngày).');
  });

  it('asTypedDayFirst gives the typed text back in another zone, and leaves other values', () => {
    // 11 October 00:00 in UTC+7 is 10 October 17:00 UTC.
    expect(asTypedDayFirst(new Date(Date.UTC(2025, 9, 10, 17)), 420)).toBe('10/11/2025');
    expect(asTypedDayFirst(new Date(Date.UTC(2025, 9, 10, 17)), 0)).toEqual(new Date(Date.UTC(2025, 9, 10, 17)));
    expect(asTypedDayFirst('10/11/2025', 0)).toBe('10/11/2025');
    expect(asTypedDayFirst(wallClock(2025, 3, 4, 0, 0, 1), 0)).toEqual(wallClock(2025, 3, 4, 0, 0, 1));
  });

  it('day-first text needs its day over 12 and a month of 1 to 12: "5/11", "25/13" and "25" are no sign', () => {
    for (const text of ['5/11/2025', '25/13/2025', '25', 'Tháng 11/2025', 25]) expect(dayFirstTyped('Nhật ký', [HEADER, [text]], 0, 1)).toBeUndefined();
    expect(dayFirstTyped('Nhật ký', [HEADER, [TYPED_10_11], [' 25.10 ']], 0, 1)).toEqual({ sheet: 'Nhật ký', cell: 'A3', text: '25.10' });
    expect(dayFirstTyped('Nhật ký', [HEADER, ['25/10/2025']], 0, 2)).toBeUndefined();
    const sign = { sheet: 'Nhật ký', cell: 'A2', text: '25/10/2025' };
    expect(typedDateOrder('Nhật ký', [HEADER, ['25/10/2025']], { row: 0, column: 0 }, 1, 0, 'en_US', sign)).toBeUndefined();
    expect(typedDateOrder('Nhật ký', [HEADER, [TYPED_10_11]], { row: 0, column: 0 }, 1, 0, 'en_US', undefined)).toMatchObject({ swap: false, undecided: true });
    expect(typedDateOrder('Nhật ký', [HEADER, [TYPED_10_11]], { row: 0, column: 0 }, 1, 0, 'en_US', sign)).toMatchObject({ swap: true, undecided: false });
  });

  it('a tab with month-first typing of its own gives no sign to another tab, even beside day-first text', () => {
    const october = { name: 'Nhật ký T10', values: [HEADER, ['25/10/2025', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn'], [wallClock(2025, 10, 20), 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn']] };
    const november = { name: 'Nhật ký T11', values: [HEADER, [TYPED_10_11, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
    const a = run([ROSTER, october, november], '2025-11-26', 'en_US');
    expect(a.mentoring.mentors[0].loggedThisMonth).toEqual([]);
    expect(a.problems.filter((p) => p.code === 'LOG_DATE_ORDER').map((p) => `${p.sheet}!${p.cell} ${p.message.includes('được tính theo cách Trang tính hiểu')}`)).toEqual(['Nhật ký T11!A1 true']);
  });

  it('a date read back after today or outside the school year was not typed so: it stays as Sheets read it', () => {
    // Typed "11/3/2025"? Read back it is 11 March 2026, after today (26/11/2025): it stays 3 November.
    const tab = read([HEADER, ['25/10/2025', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn'], [wallClock(2025, 11, 3), 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm']], 'en_US');
    expect(when(tab)).toEqual([['Lê Văn Bình', '2025-10-25'], ['Lê Văn An', '2025-03-11']]);
    const dated = readLogTab({ name: 'Nhật ký', values: [HEADER, ['25/10/2025', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn'], [wallClock(2025, 11, 3), 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm'],
      [wallClock(2025, 5, 9), 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm']] }, START, WALL_CLOCK_OFFSET, { year: 2025, month: 11, day: 26 }, 'en_US');
    expect(when(dated)).toEqual([['Lê Văn Bình', '2025-10-25'], ['Lê Văn An', '2025-11-03'], ['Lê Văn An', '2025-09-05']]);
    expect(dated?.problems.map((p) => p.code)).toEqual(['LOG_DATE_ORDER']);
  });

  it('the file\'s locale is one: a date typed day first in one log tab settles another tab that has none', () => {
    const october = { name: 'Nhật ký T10', values: [HEADER, ['25/10/2025', 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn']] };
    const november = { name: 'Nhật ký T11', values: [HEADER, [TYPED_10_11, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] };
    const a = run([ROSTER, october, november], '2025-11-26', 'en_US');
    expect(a.mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)])).toEqual([['Nguyễn Thị Lan', ['Lê Văn An']]]);
    const told = a.problems.filter((p) => p.code === 'LOG_DATE_ORDER');
    expect(told.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Nhật ký T11!A1']);
    expect(told[0].message).toContain('Nhật ký có ngày gõ theo ngày/tháng (ô A2 của trang "Nhật ký T10" ghi "25/10/2025"), nên 1 ô ngày của cột A');
    // Alone, the November tab has no sign: read as Sheets reads it, and said.
    expect(run([ROSTER, november], '2025-11-26', 'en_US').mentoring.mentors[0].loggedThisMonth).toEqual([]);
    // A tab showing month-first typing of its own (another teacher, or the date picker) is read as Sheets reads it, whatever another tab shows.
    const picked = { ...november, values: [...november.values, [wallClock(2025, 11, 20), 'Lê Văn Bình', '4A', 'Nguyễn Thị Lan', 'Ôn']] };
    const own = run([ROSTER, october, picked], '2025-11-26', 'en_US');
    expect(own.problems.filter((p) => p.code === 'LOG_DATE_ORDER')).toEqual([]);
    expect(own.mentoring.mentors[0].loggedThisMonth.map((s) => s.name)).toEqual(['Lê Văn Bình']);
  });

  it('through a run: the November entry counts for November, so An is logged and Bình still owes the report', () => {
    const log = { name: 'Nhật ký', values: dayFirstLog };
    const logged = (locale: string) => run([ROSTER, log], '2025-11-26', locale).mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)]);
    expect(logged('en_US')).toEqual([['Nguyễn Thị Lan', ['Lê Văn An']]]);
    expect(logged('vi_VN')).toEqual([['Nguyễn Thị Lan', []]]);
    const a = run([ROSTER, log], '2025-11-26', 'en_US');
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký').map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_DATE_ORDER@A1']);
  });
});

describe('a Lớp "4/1" that Sheets made a date in the log', () => {
  // "4/1" typed in a vi_VN file: 4 January; in an en_US file: 1 April.
  const CLASS_ROSTER = { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'GKI - Toán'], [1, 'Lê Văn An', '4/1', 'Nguyễn Thị Lan', 'C'], [2, 'Lê Văn Bình', '4/1', 'Nguyễn Thị Lan', 'C']] };
  const log = (cls: Date) => ({ name: 'Nhật ký', values: [HEADER, ['12/11/2025', 'Lê Văn An', cls, 'Nguyễn Thị Lan', 'Kèm Toán'], ['13/11/2025', 'Lê Văn Bình', cls, 'Nguyễn Thị Lan', 'Ôn']] });

  it('is read back as the class typed, the entries find their students, and it is said once at the first cell', () => {
    const a = run([CLASS_ROSTER, log(wallClock(2026, 1, 4))], '2025-11-26');
    expect(a.mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)])).toEqual([['Nguyễn Thị Lan', ['Lê Văn An', 'Lê Văn Bình']]]);
    const told = a.problems.filter((p) => p.sheet === 'Nhật ký');
    expect(told.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_CLASS_AS_DATE@C2']);
    expect(told[0].message).toBe('Ô Lớp này (và 1 ô Lớp khác của trang) là một ngày, không phải chữ: Google Trang tính tự đổi tên lớp có dấu "/" (ví dụ 4/1) thành ngày. '
      + 'Tiện ích đọc lại thành lớp 4/1; nếu sai, hoặc để ô luôn đúng, chọn cột Lớp, chọn Định dạng → Số → Văn bản thuần túy, rồi gõ lại tên lớp.');
  });

  it('in a month-first file, 1 April is read back as 4/1', () => {
    const tab = readLogTab(log(wallClock(2026, 4, 1)), START, WALL_CLOCK_OFFSET, undefined, 'en_US');
    expect(tab?.entries.map((e) => e.className)).toEqual(['4/1', '4/1']);
    expect(tab?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_CLASS_AS_DATE@C2']);
    expect(tab?.problems[0].message).toContain('Tiện ích đọc lại thành lớp 4/1;');
  });

  it('a Lớp date merged down over two entries is one cell, read for both', () => {
    const tab = readLogTab({ ...log(wallClock(2026, 1, 4)), values: [HEADER, ['12/11/2025', 'Lê Văn An', wallClock(2026, 1, 4), 'Nguyễn Thị Lan', 'Kèm'], ['13/11/2025', 'Lê Văn Bình', '', 'Nguyễn Thị Lan', 'Ôn']],
      merges: [{ row: 2, column: 3, numRows: 2, numColumns: 1 }] }, START, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => e.className)).toEqual(['4/1', '4/1']);
    expect(tab?.problems.map((p) => p.message.slice(0, 30))).toEqual(['Ô Lớp này là một ngày, không p']);
  });

  it('a class written as text is not told', () => {
    const tab = readLogTab({ name: 'Nhật ký', values: [HEADER, ['12/11/2025', 'Lê Văn An', '4/1', 'Nguyễn Thị Lan', 'Kèm']] }, START, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => e.className)).toEqual(['4/1']);
    expect(tab?.problems).toEqual([]);
  });
});
