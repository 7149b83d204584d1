// Cấu hình "Số buổi học …": the number of sessions of a học kì or of the whole year, read from the
// key's words (review-7 F3). A year's 180 taken as one học kì's doubled the Chuyên cần threshold.
import fc from 'fast-check';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { defaultConfig, parseConfig } from '../../src/core/read/config';
import { absenceThreshold } from '../../src/core/rules/risk';
import { buildReport } from '../../src/core/report';
import { REVIEW_POINT_CODES } from '../../src/core/vocab';
import { propertyRuns } from '../helpers/property-runs';
import { run } from '../helpers/grid';

const read = (key: string, value: unknown) => parseConfig({ name: 'Cấu hình', values: [['Mục', 'Giá trị'], [key, value]] }, WALL_CLOCK_OFFSET);

describe('the period of "Số buổi học", from the key\'s words', () => {
  it.each([
    'Số buổi học cả năm', 'Số buổi học một năm', 'Số buổi học trong năm', 'Số buổi học năm học', 'Số buổi học cả năm học', 'SỐ BUỔI HỌC CẢ NĂM:',
    'Số buổi học (cả năm)', 'Số buổi học của năm học 2025-2026', 'Số buổi học mỗi năm', 'So buoi hoc ca nam', 'Số buổi học cả năm (buổi)',
  ])('"%s" is the year\'s count', (key) => {
    const { config, problems } = read(key, 180);
    expect(problems).toEqual([]);
    expect(config.risk).toEqual({ ...defaultConfig().risk, sessionsPerYear: 180 });
  });

  it.each([
    'Số buổi học một học kì', 'Số buổi học mỗi học kỳ', 'Số buổi học học kì', 'Số buổi học HK', 'Số buổi học HK1', 'Số buổi học học kì I',
    'Số buổi học/học kì', 'Số buổi học (một học kì)', 'Số buổi học 1 học kì', 'Số buổi học trong học kì',
  ])('"%s" is one học kì\'s count', (key) => {
    const { config, problems } = read(key, 90);
    expect(problems).toEqual([]);
    expect(config.risk).toEqual({ ...defaultConfig().risk, sessionsPerSemester: 90 });
  });

  it.each(['Số buổi học', 'Số buổi học mỗi tuần', 'Số buổi học trong tuần', 'Số buổi học một ngày', 'Số buổi học tháng 9'])(
    '"%s" says no period the add-in can use: CONFIG_KEY_UNKNOWN, the default kept', (key) => {
      const { config, problems } = read(key, 10);
      expect(config).toEqual(defaultConfig());
      expect(problems.map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual(['warning CONFIG_KEY_UNKNOWN@A2']);
    });

  it('a year\'s count over 600 or not a number is refused at its cell, asking for the year\'s count', () => {
    expect(read('Số buổi học cả năm', 601).problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      ['B2', 'CONFIG_VALUE_INVALID', 'Giá trị "601" của mục "Số buổi học cả năm" không đọc được; đang dùng mặc định. Ghi số buổi học của cả năm học, ví dụ 175.']]);
    expect(read('Số buổi học cả năm', 350).config.risk.sessionsPerYear).toBe(350);
    expect(read('Số buổi học cả năm', 'nhiều').config.risk).toEqual(defaultConfig().risk);
  });
});

describe('the Chuyên cần threshold from a year\'s count', () => {
  const risk = defaultConfig().risk;
  it('180 a year: 9 at a học kì, 5 at mid-học kì, 18 at Cả năm and Cuối kì II — as 90 a học kì gives', () => {
    expect(REVIEW_POINT_CODES.map((p) => absenceThreshold({ ...risk, sessionsPerYear: 180 }, p))).toEqual([9, 5, 9, 5, 18, 18]);
  });

  it('property: a year of 2n sessions gives the thresholds of n per học kì; the year threshold is its own share at Cả năm', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 100 }), (n, rate) => {
      const base = { ...risk, absenceRate: rate };
      const byYear = REVIEW_POINT_CODES.map((p) => absenceThreshold({ ...base, sessionsPerYear: 2 * n }, p));
      const bySemester = REVIEW_POINT_CODES.map((p) => absenceThreshold({ ...base, sessionsPerSemester: n }, p));
      expect(byYear.slice(0, 4)).toEqual(bySemester.slice(0, 4));
      expect(absenceThreshold({ ...base, sessionsPerYear: 2 * n }, 'CN')).toBe(Math.ceil((2 * n * rate) / 100));
      expect(absenceThreshold({ ...base, sessionsPerYear: 2 * n }, 'CN')).toBeLessThanOrEqual(bySemester[5]);
    }), { numRuns: propertyRuns(300) });
  });

  it('through analyse: 20 buổi of a 180-session year with a Hoàn cảnh is atRisk (Chuyên cần, Hoàn cảnh) at Cả năm', () => {
    const roster = { name: 'Danh sách', values: [
      ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Hoàn cảnh', 'Cả năm - Số buổi nghỉ', 'Toán CN', 'Văn CN', 'KQHT CN', 'KQRL CN'],
      [1, 'Trần Thị Bình', '03/04/2012', '8A', 'Cô Lan', 'Hộ nghèo', 20, '6,5', '6', 'Đạt', 'Tốt'],
    ] };
    const flags = (key: string, value: number) => buildReport(run([roster, { name: 'Cấu hình', values: [['Mục', 'Giá trị'], [key, value]] }], '2026-06-10'))
      .flags.map((f) => `${f.reviewPoint}:${f.kinds.join(',')}${f.reasons ? `[${f.reasons.join(',')}]` : ''}`);
    expect(flags('Số buổi học cả năm', 180)).toEqual(['CN:atRisk[Chuyên cần,Hoàn cảnh]']);
    expect(flags('Số buổi học một học kì', 90)).toEqual(['CN:atRisk[Chuyên cần,Hoàn cảnh]']);
    expect(flags('Số buổi học cả năm', 220)).toEqual([]);
  });
});
