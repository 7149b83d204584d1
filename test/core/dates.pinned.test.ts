// Dates: every accepted form of a birth date (PRODUCT 2.1), the edges of the calendar (29/02,
// two-digit years, day and month bounds), and the school year turning over in August.

import { isReviewPast, monthStatus, parseIsoDay, schoolMonths, schoolYearLabel, schoolYearStart, yearOfMonth } from '../../src/core/calendar';
import { cellText, dateToYmd, formatYmd, isBlank, parseBirthDate, parseCount, WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { defaultConfig } from '../../src/core/read/config';
import { codes, run, wallClock } from '../helpers/grid';

/** Midnight of a calendar day in Hà Nội (UTC+7), as Sheets hands a date cell over. */
const hanoiMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600000);

describe('birth dates: every accepted form is the same date', () => {
  it.each([
    // text dd/mm/yyyy and its variants
    ['05/09/2018', '2018-09-05'], ['5/9/2018', '2018-09-05'], ['5-9-2018', '2018-09-05'], ['05.09.2018', '2018-09-05'],
    [' 5 / 9 / 2018 ', '2018-09-05'], ['31/12/2018', '2018-12-31'], ['1/1/2019', '2019-01-01'],
    // two-digit years: 00–49 are 2000s, 50–99 are 1900s
    ['5/9/18', '2018-09-05'], ['01/01/00', '2000-01-01'], ['31/12/49', '2049-12-31'], ['01/01/50', '1950-01-01'], ['1/1/99', '1999-01-01'],
    // ISO text
    ['2018-09-05', '2018-09-05'], ['2018-9-5', '2018-09-05'], [' 2020-02-29 ', '2020-02-29'], ['2018 - 09 - 05', '2018-09-05'],
    // a date typed with a midnight time, as a copied Date cell often reads
    ['05/09/2018 00:00:00', '2018-09-05'], ['05/09/2018 0:00', '2018-09-05'], ['05/09/2018 00:00 ', '2018-09-05'], ['2018-09-05  00:00', '2018-09-05'],
    // leap days: every 4 years, not every 100, but every 400
    ['29/02/2020', '2020-02-29'], ['29/02/2016', '2016-02-29'], ['29/02/2000', '2000-02-29'], ['29/2/20', '2020-02-29'],
    ['28/02/2019', '2019-02-28'],
    // a Date cell as the shell hands it to the core (wall-clock midnight, offset 0) and a serial number
    [wallClock(2018, 9, 5), '2018-09-05'], [wallClock(2020, 2, 29), '2020-02-29'], [wallClock(2019, 1, 1), '2019-01-01'],
    [43348, '2018-09-05'], [43890, '2020-02-29'], [43348.75, '2018-09-05'], [18264, '1950-01-01'], [7306, '1920-01-01'], [73050, '2099-12-31'],
  ])('%p → %s', (value, ymd) => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'Ngày sinh', 'GKI - Toán'], ['An', '1A', value, 'H']] }]);
    expect(a.roster.students[0].birthDate).toBe(ymd);
    expect(a.problems).toEqual([]);
  });

  it.each([
    ['29/02/2019'], ['29/02/1900'], ['29/02/2100'], ['30/02/2020'], ['31/04/2018'], ['31/06/2018'], ['31/09/2018'], ['31/11/2018'],
    ['31/04/2020'], ['30/02/2000'], ['32/01/2018'], ['00/01/2018'], ['05/09/2018 08:30'], ['5/9 00:00/2018'], ['01/00/2018'], ['01/13/2018'], ['2019-02-29'], ['2018-13-01'], ['2018-00-10'], ['2018-01-32'],
    ['5/9/218'], ['5/9'], ['05092018'], ['năm 2018'], ['2018'], [2018], [7305], [73051], [-1], [0], [true],
    // a date with anything before or after it is not read as that date
    ['x2018-09-05'], ['2018-09-05x'], ['12018-09-05'], ['2018-09-051'], ['x5/9/2018'], ['5/9/2018x'], ['15/9/20181'], ['5/9/2018 5/9/2018'],
  ])('%p is not a date: a warning at its cell, and the student still counts', (value) => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'Ngày sinh', 'GV hỗ trợ', 'GKI - Toán'], ['An', '1A', value, 'Cô Lan', 'C']] }]);
    expect(codes(a)).toEqual(['BIRTH_DATE_INVALID@C2']);
    expect(a.problems[0].severity).toBe('warning');
    expect(a.problems[0].message).toBe(`Ngày sinh "${cellText(value)}" không đọc được. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2018.`);
    expect(a.roster.students[0].birthDate).toBeUndefined();
    expect(a.totals.GKI?.total.needSupport).toBe(1);
  });

  it('a blank birth date is no problem', () => {
    for (const value of ['', '  ', null]) {
      const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'Ngày sinh', 'GKI - Toán'], ['An', '1A', value, 'H']] }]);
      expect(a.problems).toEqual([]);
      expect(a.roster.students[0].birthDate).toBeUndefined();
    }
  });

  it('a Date is read in the file\'s own zone, not in UTC', () => {
    const date = hanoiMidnight(2018, 9, 5); // 2018-09-04T17:00Z
    expect(parseBirthDate(date, 420)).toBe('2018-09-05');
    expect(parseBirthDate(date, 0)).toBe('2018-09-04');
    expect(dateToYmd(new Date(Date.UTC(2018, 8, 5, 5)), -360)).toBe('2018-09-04'); // 05:00Z is 23:00 the day before in UTC-6
    expect(parseBirthDate(new Date(NaN), 420)).toBeUndefined();
  });
});

describe('date helpers', () => {
  it.each([[undefined, true], [null, true], ['', true], ['   ', true], ['\u00a0\n', true], ['\u200b', true], ['\ufeff \u2060', true], ['\u200bx', false], [0, false], [false, false], ['x', false], [' - ', false]])(
    'isBlank(%p) is %p (past a short row\'s end a cell is undefined)', (value, blank) => expect(isBlank(value)).toBe(blank));
  it.each([['2018-09-05', '05/09/2018'], ['2020-12-31', '31/12/2020'], [undefined, 'chưa ghi'], ['', 'chưa ghi']])(
    'formatYmd(%p) → %s', (ymd, text) => expect(formatYmd(ymd)).toBe(text));
  it.each([[null, ''], [undefined, ''], ['x', 'x'], [5, '5'], [true, 'true'], [wallClock(2026, 1, 5), '05/01/2026']])(
    'cellText(%p) → %p', (value, text) => expect(cellText(value)).toBe(text));
  it('cellText reads a Date in the one convention the shell passes (wall clock, offset 0): 23:30 stays on its day', () => {
    expect(cellText(wallClock(2026, 1, 5, 23, 30))).toBe('05/01/2026');
    expect(cellText(wallClock(2026, 1, 5, 23, 30), WALL_CLOCK_OFFSET)).toBe('05/01/2026');
    expect(cellText(wallClock(2025, 12, 31, 17))).toBe('31/12/2025');
  });
  it.each([[35, 35], [0, 0], ['35', 35], [' 35 HS ', 35], ['35 học sinh', 35], ['35 em', 35], ['35 EM', 35],
    [35.5, undefined], [-1, undefined], ['35,5', undefined], ['ba mươi', undefined], ['', undefined], [null, undefined], [true, undefined]])(
    'parseCount(%p) → %p', (value, count) => expect(parseCount(value)).toBe(count));
  it.each([['2026-01-20', { year: 2026, month: 1, day: 20 }], ['2026-1-20', undefined], ['20/01/2026', undefined], [' 2026-01-20', undefined], ['2026-01-20x', undefined]])(
    'parseIsoDay(%p)', (text, day) => expect(parseIsoDay(text)).toEqual(day));
});

describe('the school year turns over in August', () => {
  const config = defaultConfig();
  it.each([
    ['2025-07-31', 2024], ['2025-08-01', 2025], ['2025-09-05', 2025], ['2025-12-31', 2025], ['2026-01-01', 2025], ['2026-05-25', 2025],
    ['2026-06-30', 2025], ['2026-07-31', 2025], ['2026-08-01', 2026],
  ])('on %s the school year starts in %i', (today, start) => {
    expect(schoolYearStart(config, parseIsoDay(today)!)).toBe(start);
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GKI - Toán'], ['An', '1A', 'H']] }], today);
    expect(a.schoolYearStart).toBe(start);
    expect(a.timeline[0].month).toBe(`${start}-09`);
    expect(a.timeline[a.timeline.length - 1].month).toBe(`${start + 1}-05`);
  });
  it('Năm học in Cấu hình wins over the run date', () => {
    expect(schoolYearStart({ ...config, schoolYear: '2024-2025' }, { year: 2026, month: 3, day: 1 })).toBe(2024);
    const a = run([{ name: 'Cấu hình', values: [['Năm học', '2023 - 2024']] }], '2026-03-01');
    expect(a.schoolYearStart).toBe(2023);
  });
  it.each([[8, 2025], [9, 2025], [12, 2025], [1, 2026], [5, 2026], [7, 2026]])('month %i of 2025-2026 is in %i', (month, year) => {
    expect(yearOfMonth(2025, month)).toBe(year);
  });
  it('months of the year: September to May, June and July with the summer', () => {
    expect(schoolMonths(2025, false)).toEqual([[2025, 9], [2025, 10], [2025, 11], [2025, 12], [2026, 1], [2026, 2], [2026, 3], [2026, 4], [2026, 5]]);
    expect(schoolMonths(2025, true).slice(9)).toEqual([[2026, 6], [2026, 7]]);
    expect(schoolYearLabel(2025)).toBe('2025-2026');
  });
  it.each([
    // a review point is past once its month has ended
    ['GKI', '2025-11-30', false], ['GKI', '2025-12-01', true], ['CKI', '2025-12-31', false], ['CKI', '2026-01-01', true],
    ['GKII', '2026-03-31', false], ['GKII', '2026-04-01', true], ['CN', '2026-05-31', false], ['CN', '2026-06-01', true],
    ['DN', '2025-09-30', false], ['DN', '2025-10-01', true], ['GKI', '2025-08-15', false],
  ])('%s is past on %s: %p', (point, today, past) => {
    expect(isReviewPast(point as 'GKI', config, 2025, parseIsoDay(today)!)).toBe(past);
  });
  it.each([
    [2025, 11, '2025-11-01', 'current'], [2025, 11, '2025-11-30', 'current'], [2025, 10, '2025-11-01', 'past'],
    [2025, 12, '2025-11-30', 'upcoming'], [2025, 12, '2026-01-01', 'past'], [2026, 1, '2025-12-31', 'upcoming'],
  ])('month %i-%i on %s is %s', (year, month, today, status) => {
    expect(monthStatus(year, month, parseIsoDay(today)!)).toBe(status);
  });
});
