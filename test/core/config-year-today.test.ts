// Last year's Cấu hình kept into a new school year (review 66): Năm học 2025-2026 on 28/11/2026 read "Tháng 11" in a log
// as November 2025 and owed no report for November 2026, with no word. Now said at the Năm học cell; still counted by it.
import { schoolYearAgainstToday } from '../../src/core/read/config';
import { parseConfig } from '../../src/core/read/config';
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';

const configTab = (year: string) => ({ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Tên trường', 'Trường Thử'], ['Năm học', year]] });
const said = (year: string, today: string) => {
  const sheet = configTab(year);
  const [y, m, d] = today.split('-').map(Number);
  return schoolYearAgainstToday(sheet, parseConfig(sheet, 0).config, { year: y, month: m, day: d });
};

describe('Năm học against the day of the run', () => {
  it.each(['2025-08-01', '2025-09-05', '2026-05-31', '2026-07-15', '2026-08-31', '2025-07-01'])('2025-2026 on %s: nothing said', (today) =>
    expect(said('2025-2026', today)).toBeUndefined());

  it('2025-2026 on 28/11/2026: a warning at B3 naming both years and what to write', () => {
    expect(said('2025-2026', '2026-11-28')).toEqual(expect.objectContaining({ sheet: 'Cấu hình', cell: 'B3', severity: 'warning', code: 'CONFIG_VALUE_INVALID',
      message: 'Năm học ghi ở đây là 2025-2026, nhưng hôm nay (28/11/2026) đã sang năm học 2026-2027. Các mốc đánh giá, tháng của nhật ký '
        + 'và hạn báo cáo đang được tính theo năm học 2025-2026. Nếu năm học hiện tại là 2026-2027, sửa ô này thành 2026-2027.' }));
  });

  it.each([['2026-09-01', 'đã sang năm học 2026-2027'], ['2028-03-10', 'đã sang năm học 2027-2028'], ['2025-06-30', 'mới là năm học 2024-2025'], ['2024-12-01', 'mới là năm học 2024-2025']])(
    '2025-2026 on %s: said (%s)', (today, words) => expect(said('2025-2026', today)?.message).toContain(words));

  it('no Năm học written, or no Cấu hình: nothing said (the year is the run day\'s)', () => {
    expect(schoolYearAgainstToday(undefined, parseConfig(undefined, 0).config, { year: 2026, month: 11, day: 28 })).toBeUndefined();
    const sheet = { name: 'Cấu hình', values: [['Tên trường', 'Trường Thử']] };
    expect(schoolYearAgainstToday(sheet, parseConfig(sheet, 0).config, { year: 2026, month: 11, day: 28 })).toBeUndefined();
  });

  it('through a run: the warning is in the problems, and the run still counts by the year written', () => {
    const roster = { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C']] };
    const a = run([configTab('2025-2026'), roster], '2026-11-28');
    expect(a.problems.filter((p) => p.sheet === 'Cấu hình').map((p) => [p.cell, p.severity])).toEqual([['B3', 'warning']]);
    expect(buildReport(a).schoolYear).toBe('2025-2026');
  });
});
