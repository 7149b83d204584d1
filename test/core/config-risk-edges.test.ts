// The early-warning thresholds of Cấu hình (PRODUCT 3.9) as schools word their keys and values,
// and the warning each gives: mutation survivors of read/config/risk.ts (issue 17).
import { defaultConfig, parseConfig } from '../../src/core/read/config';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const one = (key: unknown, value: unknown) => parseConfig({ name: 'Cấu hình', values: [[key, value]] }, WALL_CLOCK_OFFSET);

describe('a semester or year absence threshold, however the key is worded', () => {
  it.each([
    ['Buổi nghỉ báo động một học kì', 'semesterAbsences'], ['Số buổi nghỉ một học kì', 'semesterAbsences'],
    ['Số buổi nghỉ học kì', 'semesterAbsences'], ['Số buổi nghỉ tối đa học kì', 'semesterAbsences'],
    ['Ngưỡng nghỉ', 'semesterAbsences'], ['Buổi nghỉ tối đa cả năm', 'yearAbsences'],
  ])('"%s" sets %s', (key, field) => {
    expect(one(key, 20)).toEqual({ config: { ...defaultConfig(), risk: { ...defaultConfig().risk, [field]: 20 } }, problems: [] });
  });

  it('a key that only mentions buổi nghỉ cả năm after other words is no setting: said, not guessed', () => {
    const { config, problems } = one('Tổng số buổi nghỉ cả năm', 40);
    expect(config).toEqual(defaultConfig());
    expect(problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['CONFIG_KEY_UNKNOWN A1']);
  });
});

describe('the absence rate', () => {
  it.each<[unknown, number]>([['10,5 %', 10.5], ['100%', 100], [1, 1], [0.5, 50]])('%p is %d%%', (value, rate) => {
    expect(one('Tỉ lệ buổi nghỉ', value)).toEqual({ config: { ...defaultConfig(), risk: { ...defaultConfig().risk, absenceRate: rate } }, problems: [] });
  });

  it.each([['0%'], [0], ['-5']])('%p is no rate: a warning', (value) => {
    expect(one('Tỉ lệ buổi nghỉ', value).config).toEqual(defaultConfig());
  });
});

describe('what a bad threshold\'s warning asks for', () => {
  it.each([
    ['Số buổi học một học kì', 'số buổi học của một học kì, ví dụ 90'], ['Tỉ lệ buổi nghỉ', 'tỉ lệ phần trăm, ví dụ 10%'],
    ['Số buổi nghỉ một học kì', 'số buổi, ví dụ 20'], ['Số buổi nghỉ cả năm', 'số buổi, ví dụ 45'],
  ])('%s', (key, example) => {
    expect(one(key, 'nhiều').problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      ['B1', 'CONFIG_VALUE_INVALID', `Giá trị "nhiều" của mục "${key}" không đọc được; đang dùng mặc định. Ghi ${example}.`]]);
  });
});

describe('the year\'s Buổi nghỉ threshold written as a "Ngưỡng"', () => {
  it('"Ngưỡng buổi nghỉ cả năm" sets the year\'s threshold, never the học kì\'s (a wrong setting nobody would be told about)', () => {
    const read = (key: string) => parseConfig({ name: 'Cấu hình', values: [['Mục', 'Giá trị'], [key, 50]] }, WALL_CLOCK_OFFSET);
    expect(read('Ngưỡng buổi nghỉ cả năm').config.risk).toMatchObject({ semesterAbsences: 20, yearAbsences: 50 });
    expect(read('Ngưỡng nghỉ cả năm').config.risk).toMatchObject({ semesterAbsences: 20, yearAbsences: 50 });
    expect(read('Ngưỡng buổi nghỉ học kì').config.risk).toMatchObject({ semesterAbsences: 50, yearAbsences: 45 });
    expect(read('Số buổi nghỉ tối đa cả năm').config.risk).toMatchObject({ semesterAbsences: 20, yearAbsences: 50 });
  });
});

describe('the bounds of the Buổi nghỉ thresholds', () => {
  const risk = (key: string, value: unknown) => parseConfig({ name: 'Cấu hình', values: [['Mục', 'Giá trị'], [key, value]] }, WALL_CLOCK_OFFSET);
  it.each<[string, unknown, 'semesterAbsences' | 'yearAbsences' | 'sessionsPerSemester', number | undefined]>([
    ['Số buổi nghỉ báo động một học kì', 1, 'semesterAbsences', 1],
    ['Số buổi nghỉ báo động một học kì', 300, 'semesterAbsences', 300],
    ['Số buổi nghỉ báo động một học kì', 301, 'semesterAbsences', undefined],
    ['Số buổi nghỉ báo động một học kì', 0, 'semesterAbsences', undefined],
    ['Số buổi nghỉ tối đa cả năm', 400, 'yearAbsences', 400],
    ['Số buổi nghỉ tối đa cả năm', 401, 'yearAbsences', undefined],
    ['Số buổi học một học kì', '90 buổi', 'sessionsPerSemester', 90],
    ['Số buổi học một học kì', 301, 'sessionsPerSemester', undefined],
  ])('%s = %p: %s %p (undefined: refused at its cell, the default kept)', (key, value, field, expected) => {
    const read = risk(key, value);
    if (expected === undefined) {
      expect(read.problems.map((p) => p.cell)).toEqual(['B2']);
      expect(read.config.risk[field]).toBe(defaultConfig().risk[field]);
    } else {
      expect(read.problems).toEqual([]);
      expect(read.config.risk[field]).toBe(expected);
    }
  });
});
