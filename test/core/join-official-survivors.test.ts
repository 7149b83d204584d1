// Narrow checks of joinOfficial (src/core/join/official.ts): which review points it reports, that a
// tab of another year changes nothing, and that a Danh sách row of no known khối is not said to differ.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange, SheetGrid } from '../../src/core/model';
import { joinOfficial } from '../../src/core/join/official';
import { parseClassList } from '../../src/core/read/classes';
import { readOfficialTab, type OfficialTab } from '../../src/core/read/official';
import { parseRoster } from '../../src/core/read/roster';
import { parseA1Range } from '../../src/core/text';
import { vneduSheet } from '../../local/vnedu-export';
import { secondaryClass, secondarySheet, THCS_SUBJECTS } from '../../local/vnedu-export-secondary';

const tabOf = (made: { grid: SheetGrid; merges: string[] }): OfficialTab => {
  const tab = readOfficialTab({ ...made.grid, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) }, WALL_CLOCK_OFFSET);
  if (!tab) throw new Error(`${made.grid.name} not read as an official tab`);
  return tab;
};
const sixthAt = (sheet: string, point: 'HK1' | 'HK2', year: number, firstId: number) => tabOf(secondarySheet({ sheet, className: '6A', grade: 6, point, year,
  regime: 'TT22', subjects: THCS_SUBJECTS, students: secondaryClass(1, firstId, year - 11) }));
const noRoster = () => parseRoster([], { classList: parseClassList(undefined), timeZoneOffsetMinutes: WALL_CLOCK_OFFSET });

describe('joinOfficial: the review points with a counted tab', () => {
  it('one Cuối học kì I tab of this year gives that point only', () => {
    const join = joinOfficial([sixthAt('6a', 'HK1', 2025, 9000001)], noRoster(), { schoolYear: 2025, classList: parseClassList(undefined), rosterPresent: false });
    expect(join.points).toEqual(['CKI']);
  });

  it('Cuối học kì I and Cuối học kì II tabs give both, in the year\'s order', () => {
    const tabs = [sixthAt('6a hk2', 'HK2', 2025, 9000001), sixthAt('6a hk1', 'HK1', 2025, 9000001)];
    const join = joinOfficial(tabs, noRoster(), { schoolYear: 2025, classList: parseClassList(undefined), rosterPresent: false });
    expect(join.points).toEqual(['CKI', 'CKII']);
  });
});

describe('joinOfficial: a tab of another school year', () => {
  it('is not counted, so its khối 6 does not keep last year\'s khối 5 leavers as promoted', () => {
    const classList = parseClassList(undefined);
    const lastYearFive = tabOf(vneduSheet({ sheet: '5a', className: '5A', point: 'CN', year: 2024, subjects: [{ name: 'Toán', score: true }, { name: 'Tiếng Việt', score: true }],
      students: [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '01/02/2014' }] }));
    const stale = sixthAt('6a cũ', 'HK1', 2022, 9100000001);
    const join = joinOfficial([lastYearFive, stale], noRoster(), { schoolYear: 2025, classList, rosterPresent: false });
    expect(join.tabs.map((u) => u.use)).toEqual(['baseline', 'wrongYear']);
    // Khối 5 is the primary school's last: An has left, not moved up into a khối 6 the school does not have.
    expect(join.students).toEqual([]);
    expect(join.problems.map((p) => p.code)).toEqual(['OFFICIAL_WRONG_YEAR', 'OFFICIAL_BASELINE_LEFT']);
  });
});

describe('joinOfficial: a Danh sách row whose class names no khối, joined by Mã HS', () => {
  it('takes the tab\'s khối without a khối-differs warning', () => {
    const classList = parseClassList(undefined);
    const tab = sixthAt('6a', 'HK1', 2025, 9000001);
    const listed: SheetGrid = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ'], ['9000001', tab.students[0].name, 'Chọn', 'Cô Lan']] };
    const roster = parseRoster([listed], { classList, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET });
    expect(roster.students.map((s) => s.grade)).toEqual([undefined]);
    const join = joinOfficial([tab], roster, { schoolYear: 2025, classList, rosterPresent: true });
    expect(join.students.map((s) => [s.name, s.grade])).toEqual([[tab.students[0].name, 6]]);
    expect(join.problems.filter((p) => p.code === 'OFFICIAL_GRADE_DIFFERS')).toEqual([]);
  });
});
