// Reader edges the mutation run (issue 17, read chunk) showed untested: the Buổi nghỉ parts as
// exports write them, the Cấu hình values with bounds (score threshold, levels, the plan's date,
// Cuối HKII's month at primary), "đ / c" before a mentor's name, a primary "Cuối HKII" column
// beside a "Cuối năm" one of the same area, and a secondary official tab's unreadable Buổi nghỉ.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { parseConfig } from '../../src/core/read/config';
import { splitSupporters } from '../../src/core/read/mentor-names';
import { absencePart } from '../../src/core/read/official-secondary';
import { readOfficialTab } from '../../src/core/read/official';
import { secondaryClass, secondarySheet, THCS_SUBJECTS } from '../../local/vnedu-export-secondary';
import { codes, run, wallClock } from '../helpers/grid';

const config = (rows: unknown[][]) => parseConfig({ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ...rows] }, WALL_CLOCK_OFFSET);
const invalid = (rows: unknown[][]) => config(rows).problems.map((p) => `${p.code}@${p.cell}`);

describe('Buổi nghỉ parts as exports write them', () => {
  it.each([
    ['P', 'excused'], ['(P)', 'excused'], ['P.', 'excused'], ['p:', 'excused'], ['Có phép', 'excused'], ['CP', 'excused'], ['(CP)', 'excused'],
    ['K', 'unexcused'], ['(K)', 'unexcused'], ['Không phép', 'unexcused'], ['KP', 'unexcused'],
    ['Tổng', 'total'], ['Tổng số', 'total'], ['Cộng', 'total'], ['T', 'total'], ['(Tổng)', 'total'],
    ['Phép', undefined], ['Số buổi', undefined], ['', undefined], ['PK', undefined],
  ])('%p is %p', (label, part) => expect(absencePart(label)).toBe(part));
});

describe('Cấu hình values with bounds', () => {
  it.each([['5', 5], ['6,5', 6.5], ['10', 10], ['0,5', 0.5]])('"Điểm cần hỗ trợ dưới" %p is %p', (value, score) => {
    expect(config([['Điểm cần hỗ trợ dưới', value]]).config.scoreThreshold).toBe(score);
    expect(invalid([['Điểm cần hỗ trợ dưới', value]])).toEqual([]);
  });
  it.each([['0'], ['10,5'], ['11'], ['năm']])('"Điểm cần hỗ trợ dưới" %p is a warning at the value; 5,0 stays', (value) => {
    expect(config([['Ngưỡng điểm', value]]).config.scoreThreshold).toBe(5);
    expect(invalid([['Ngưỡng điểm', value]])).toEqual(['CONFIG_VALUE_INVALID@B2']);
  });
  it('"Cấp học" names the levels; anything else is a warning and none are set', () => {
    expect(config([['Cấp học', 'THCS và THPT']]).config.levels).toEqual(['THCS', 'THPT']);
    expect(config([['Cấp', 'Tiểu học']]).config.levels).toEqual(['TH']);
    expect(config([['Cấp học', 'Mầm non']]).config.levels).toEqual([]);
    expect(invalid([['Cấp học', 'Mầm non']])).toEqual(['CONFIG_VALUE_INVALID@B2']);
  });
  it('"Ngày kế hoạch" as a date cell or text; anything else is a warning', () => {
    expect(config([['Ngày kế hoạch', wallClock(2025, 11, 16)]]).config.planDate).toBe('2025-11-16');
    expect(config([['Ngày kế hoạch', '16/11/2025']]).config.planDate).toBe('2025-11-16');
    expect(config([['Ngày kế hoạch', 'tháng 11']]).config.planDate).toBe('');
    expect(invalid([['Ngày kế hoạch', 'tháng 11']])).toEqual(['CONFIG_VALUE_INVALID@B2']);
  });
  it("at primary Cuối HKII's month is Cuối năm's, unless Cuối năm has its own row (before or after)", () => {
    expect(config([['Tháng CKII', '4']]).config.reviewMonths).toMatchObject({ CKII: 4, CN: 4 });
    expect(config([['Tháng CN', '5'], ['Tháng CKII', '4']]).config.reviewMonths).toMatchObject({ CKII: 4, CN: 5 });
    expect(config([['Tháng CKII', '4'], ['Tháng Cuối năm', '5']]).config.reviewMonths).toMatchObject({ CKII: 4, CN: 5 });
  });
});

describe('a mentor cell', () => {
  it.each([
    ['đ/ c Lan', ['đc Lan']], ['Đ / C Hùng; đ /c Lan', ['Đc Hùng', 'đc Lan']],
    ['Lan;; Hùng', ['Lan', 'Hùng']], ['Lan,,Hùng', ['Lan', 'Hùng']], ['Lan\n\nHùng', ['Lan', 'Hùng']],
  ])('%p → %p', (cell, names) => expect(splitSupporters(cell)).toEqual(names));
});

describe('a primary "Cuối HKII" column beside a "Cuối năm" one of the same area', () => {
  it('is one review point: the same rating in both counts once; two different ratings are an error at the Cuối năm cell, the row left out', () => {
    const a = run([{ name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cuối HKII - Toán', 'CN - Toán', 'CN - Tiếng Việt'],
      ['An', '3A', 'Cô Lan', 'C', 'C', 'H'], ['Bình', '3A', 'Cô Lan', 'H', 'H', 'C'], ['Chi', '3A', 'Cô Lan', 'C', 'H', 'H'],
    ] }], '2026-05-28');
    expect(codes(a)).toEqual(['RATING_CONFLICT@E4']);
    expect(a.roster.students.map((s) => [s.name, s.reviews.CN?.need, s.excluded])).toEqual([['An', ['Toán'], false], ['Bình', ['Tiếng Việt'], false], ['Chi', ['Toán'], true]]);
    expect(a.totals.CN?.total).toMatchObject({ students: 2, needSupport: 2, byArea: { 'Toán': 1, 'Tiếng Việt': 1 } });
  });
  it('different areas under Cuối HKII and Cuối năm are no duplicates', () => {
    const a = run([{ name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cuối HKII - Toán', 'CN - Tiếng Việt'], ['An', '3A', 'Cô Lan', 'C', 'C'],
    ] }], '2026-05-28');
    expect(codes(a)).toEqual([]);
    expect(a.roster.students[0].reviews.CN?.need).toEqual(['Toán', 'Tiếng Việt']);
  });
});

describe('Buổi nghỉ of a secondary official tab', () => {
  const students = secondaryClass(3, 9300000001, 2010, (i) => ({ absences: ([[2, 1, 3], ['hai', 0, ''], [1, 2, '']] as Array<[number | string, number | string, number | string]>)[i] }));
  const tab = readOfficialTab(secondarySheet({ sheet: '8a', className: '8A', grade: 8, point: 'HK1', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS, students }).grid, WALL_CLOCK_OFFSET);
  it('a count that is not a number of sessions is a warning at its cell naming the student; the row still counts, without a total from the rest', () => {
    const bad = tab?.problems.filter((p) => p.code === 'ABSENCE_INVALID') ?? [];
    expect(bad.map((p) => [p.severity, p.row, p.message])).toEqual([['warning', tab?.students[1].row,
      `Ô Buổi nghỉ của ${students[1].name} ghi "hai", không phải một số buổi, nên số buổi nghỉ này chưa được tính. Ghi số buổi nghỉ (ví dụ 3), hoặc 0.`]]);
    expect(tab?.students.map((s) => [s.excluded, s.absences])).toEqual([
      [false, { excused: 2, unexcused: 1, total: 3 }], [false, undefined], [false, { excused: 1, unexcused: 2, total: 3 }]]);
  });
});
