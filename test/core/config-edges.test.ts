// Cấu hình rows the pinned tables did not reach (mutation survivors of read/config, issue 17): the
// Đỡ đầu annex's plan and list maker, the threshold and Cấp học keys and their warnings, a
// deadline or month key written with a colon, and a key that only contains a setting's words.
import { defaultConfig, parseConfig } from '../../src/core/read/config';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const one = (key: unknown, value: unknown) => parseConfig({ name: 'Cấu hình', values: [[key, value]] }, WALL_CLOCK_OFFSET);
const warning = (key: string, value: string, example: string) => [{
  sheet: 'Cấu hình', cell: 'B1', code: 'CONFIG_VALUE_INVALID',
  message: `Giá trị "${value}" của mục "${key}" không đọc được; đang dùng mặc định. Ghi ${example}.`,
}];
const said = (problems: ReturnType<typeof one>['problems']) => problems.map(({ sheet, cell, code, message }) => ({ sheet, cell, code, message }));

describe('the Đỡ đầu annex\'s settings', () => {
  it.each([['Kế hoạch số'], ['Số kế hoạch']])('"%s" is the plan\'s number, tidied', (key) => {
    expect(one(key, ' 125/KH-THHA ')).toEqual({ config: { ...defaultConfig(), planNumber: '125/KH-THHA' }, problems: [] });
  });

  it.each([['Người lập danh sách'], ['Người lập']])('"%s" is who makes the list', (key) => {
    expect(one(key, 'Nguyễn  Thị Hoa')).toEqual({ config: { ...defaultConfig(), listMaker: 'Nguyễn Thị Hoa' }, problems: [] });
  });

  it('a Ngày kế hoạch that is no date is a warning at its cell', () => {
    const { config, problems } = one('Ngày kế hoạch', 'tháng mười');
    expect(config).toEqual(defaultConfig());
    expect(said(problems)).toEqual(warning('Ngày kế hoạch', 'tháng mười', 'ngày/tháng/năm, ví dụ 16/11/2025'));
  });
});

describe('the score threshold and Cấp học', () => {
  it.each([['Điểm cần hỗ trợ dưới'], ['Ngưỡng điểm cần hỗ trợ'], ['Ngưỡng điểm']])('"%s" sets the threshold', (key) => {
    expect(one(key, '6,5')).toEqual({ config: { ...defaultConfig(), scoreThreshold: 6.5 }, problems: [] });
  });

  it('a threshold above 10 is a warning; 5 stays', () => {
    const { config, problems } = one('Điểm cần hỗ trợ dưới', '11');
    expect(config.scoreThreshold).toBe(5);
    expect(said(problems)).toEqual(warning('Điểm cần hỗ trợ dưới', '11', 'một điểm từ 0 đến 10, ví dụ 5 hoặc 5,0'));
  });

  it('a Cấp học naming no level is a warning', () => {
    const { config, problems } = one('Cấp học', 'Mầm non');
    expect(config.levels).toEqual(defaultConfig().levels);
    expect(said(problems)).toEqual(warning('Cấp học', 'Mầm non', 'Tiểu học, THCS hoặc THPT (trường nhiều cấp ghi ví dụ "THCS, THPT")'));
  });
});

describe('a deadline or review month key', () => {
  it('"Hạn báo cáo CKII" is the year-end deadline', () => {
    expect(one('Hạn báo cáo CKII', '20/5').config.yearDeadline).toEqual({ day: 20, month: 5 });
  });

  it.each([['Hạn báo cáo: CKI'], ['Hạn báo cáo:CKI'], ['Hạn báo cáo-CKI']])('"%s", its point after a colon or dash, is the học kì I deadline', (key) => {
    expect(one(key, '5/1')).toEqual({ config: { ...defaultConfig(), semesterDeadline: { day: 5, month: 1 } }, problems: [] });
  });

  it('"Mốc: GKII", its point after a colon, is that point\'s month', () => {
    const month = one('Mốc: GKII', 4);
    expect(month.problems).toEqual([]);
    expect(month.config.reviewMonths.GKII).toBe(4);
  });
});

describe('a key that only contains a setting\'s words', () => {
  it('"Hồ sơ ký hiệu" is no Số văn bản: an unknown key, said at its cell', () => {
    const { config, problems } = one('Hồ sơ ký hiệu', '15/BC-THHB');
    expect(config).toEqual(defaultConfig());
    expect(problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['CONFIG_KEY_UNKNOWN A1']);
  });
});
