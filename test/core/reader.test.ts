// The pieces of the roster reader: merged blocks, birth dates, names, input tabs, rows that are
// not students. Whole rosters in every shape are in test/bundle/real-rosters.test.ts.
import { fillMerges, parseBirthDate, WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { inputKind, sortInputTabs } from '../../src/core/inputs';
import { nameIdentity } from '../../src/core/text';
import { codes, run, wallClock } from '../helpers/grid';
import { renderRoster } from '../helpers/roster-shape';

describe('merged blocks', () => {
  const values = [
    ['Họ và tên', '', 'Lớp', 'Giữa HKI', ''],
    ['Họ đệm', 'Tên', '', 'Toán', 'TV'],
    ['Nguyễn Văn', 'An', '1A', 'C', 'H'],
    ['Lê Thị', 'Bé', '', 'H', ''],
    ['Trần Văn', 'Cường', '', 'H', ''],
  ];
  const merges = [
    { row: 1, column: 1, numRows: 1, numColumns: 2 }, // Họ và tên over Họ đệm + Tên
    { row: 1, column: 3, numRows: 2, numColumns: 1 }, // Lớp down the two header rows
    { row: 1, column: 4, numRows: 1, numColumns: 2 }, // Giữa HKI over Toán + TV
    { row: 3, column: 3, numRows: 3, numColumns: 1 }, // 1A over the three students
    { row: 3, column: 5, numRows: 1, numColumns: 1 }, // a 1×1 "merge" changes nothing
  ];
  it('fills the header across and down, and the data down only', () => {
    const filled = fillMerges(values, merges, 2);
    expect(filled[0]).toEqual(['Họ và tên', 'Họ và tên', 'Lớp', 'Giữa HKI', 'Giữa HKI']);
    expect(filled[1][2]).toBe('Lớp');
    expect(filled.slice(2).map((r) => r[2])).toEqual(['1A', '1A', '1A']);
    expect(values[3][2]).toBe(''); // the input grid is not changed
  });
  it('a header never spills into the data, a data block never spills sideways', () => {
    const filled = fillMerges([['Lớp', 'Họ tên'], ['1A', 'An'], ['', 'Bình']],
      [{ row: 1, column: 1, numRows: 3, numColumns: 1 }, { row: 2, column: 1, numRows: 1, numColumns: 2 }], 1);
    expect(filled.map((r) => r[0])).toEqual(['Lớp', '1A', '']);
    expect(filled[1][1]).toBe('An');
  });
  it('a merge below the last row read (formatting of empty rows) changes nothing, a merge across the last row stops there', () => {
    const grid = [['Lớp', 'Họ tên'], ['1A', 'An']];
    const filled = fillMerges(grid, [{ row: 3, column: 1, numRows: 2, numColumns: 2 }, { row: 9, column: 1, numRows: 1, numColumns: 1 }, { row: 2, column: 1, numRows: 5, numColumns: 1 }], 1);
    expect(filled).toEqual(grid);
  });
  it('reads the whole name and every row of the class', () => {
    const a = run([{ name: 'Danh sách', values, merges }]);
    expect(a.roster.students.map((s) => `${s.name} ${s.className}`)).toEqual(['Nguyễn Văn An 1A', 'Lê Thị Bé 1A', 'Trần Văn Cường 1A']);
    expect(a.totals.GKI?.byGrade).toMatchObject([{ grade: 1, students: 3, needSupport: 1 }]);
  });
});

describe('birth dates', () => {
  const tz = WALL_CLOCK_OFFSET;
  it.each([
    [wallClock(2018, 9, 5), '2018-09-05'], ['05/09/2018', '2018-09-05'], ['5-9-2018', '2018-09-05'], ['5.9.2018', '2018-09-05'],
    ['2018-09-05', '2018-09-05'], [43348, '2018-09-05'], [43348.5, '2018-09-05'], ['05/09/18', '2018-09-05'], ['05/09/2018 00:00:00', '2018-09-05'],
    ['29/02/2016', '2016-02-29'], ['29/02/2000', '2000-02-29'],
    ['29/02/2019', undefined], ['29/02/1900', undefined], ['31/04/2018', undefined], ['2018', undefined], [2018, undefined], [7, undefined],
    ['13/13/2018', undefined], ['ngày 5', undefined],
  ])('%s → %s', (value, ymd) => {
    expect(parseBirthDate(value, tz)).toBe(ymd);
  });
});

describe("people's names are never folded", () => {
  it('keep every diacritic; ignore case, spacing and NFC/NFD', () => {
    expect(nameIdentity('Nguyễn Văn Hùng')).not.toBe(nameIdentity('Nguyễn Văn Hưng'));
    expect(nameIdentity('Lê Thị Hà')).not.toBe(nameIdentity('Lê Thị Hạ'));
    expect(nameIdentity('Đặng An')).not.toBe(nameIdentity('Dặng An'));
    expect(nameIdentity('  NGUYỄN   văn  hùng '.normalize('NFD'))).toBe(nameIdentity('Nguyễn Văn Hùng'));
  });
});

describe('input tabs', () => {
  it.each([
    ['Danh sách', 'roster'], ['DANH SACH', 'roster'], ['Danh sách khối 1', 'roster'], ['Danh sách 2A', 'roster'], ['danh sach - 3B', 'roster'],
    ['Lớp', 'classes'], ['Lop', 'classes'], ['Cấu hình', 'config'], ['Kế hoạch', 'plan'],
    ['Danh sáchx', undefined], ['Lớp 1A', undefined], ['Tổng hợp', undefined], ['Sheet1', undefined],
  ])('%s → %s', (name, kind) => {
    expect(inputKind(name)).toBe(kind);
  });
  it('two tabs folding to the same name: both named, neither read, totals withheld', () => {
    const tabs = sortInputTabs([
      { name: 'Danh sách', values: [] }, { name: 'Danh sach', values: [] }, { name: 'Danh sách 2A', values: [] }, { name: 'Kế hoạch', values: [] },
    ]);
    expect(tabs.roster.map((t) => t.name)).toEqual(['Danh sách 2A']);
    expect(tabs.withheld).toBe(true);
    expect(tabs.problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`)).toEqual(['TAB_NAME_CONFLICT@Danh sách!A1', 'TAB_NAME_CONFLICT@Danh sach!A1']);
    expect(tabs.problems[0].message).toContain('"Danh sách" và "Danh sach"');
    expect(tabs.plan?.name).toBe('Kế hoạch');
  });
  it('a Cấu hình pair is reported but does not withhold the totals', () => {
    const tabs = sortInputTabs([{ name: 'Cấu hình', values: [] }, { name: 'Cau hinh', values: [] }]);
    expect(tabs.withheld).toBe(false);
    expect(tabs.config).toBeUndefined();
    expect(tabs.problems).toHaveLength(2);
  });
});

describe('rows that are not students', () => {
  const shape = {
    fields: ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ'],
    blocks: [{ point: 'GKI', areas: ['Toán', 'TV'] }],
    rows: [
      [1, 'An', '1A', 'Cô Lan', 'C', 'H'],
      ['', '', '', '', '', ''],
      [2, '', '', '', '', ''],
      ['Cộng: 1 em', '', '', '', '', ''],
      ['Lớp 1B', '', '', '', '', ''],
      ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - TV'],
      [1, 'Bình', '1B', 'Cô Mai', 'H', 'C'],
      ['', '', '', '', '', '', 'ghi chú bên lề'],
      ['Tổng cộng', '', '', '', 1, 1],
    ],
    after: [['', 'Người lập danh sách', '', 'Hiệu trưởng'], ['', '', '', ''], ['', 'Nguyễn Thị Lan', '', 'Trần Văn Nam'],
      ['', '', 'Sông Xanh, ngày 20 tháng 12 năm 2025']],
  };
  it('are counted by reason and reported as nothing', () => {
    const a = run([renderRoster(shape, 'one-row')]);
    expect(codes(a)).toEqual([]);
    expect(a.roster.students.map((s) => s.name)).toEqual(['An', 'Bình']);
    expect(a.roster.skipped).toEqual({ blank: 2, header: 2, total: 2, footer: 3, numbered: 1, note: 1 });
  });
  it('a row that might be a student is read, and its fault reported', () => {
    const a = run([renderRoster({ ...shape, rows: [...shape.rows, ['', 'Cường', '', '', '', '']], after: [] }, 'one-row')]);
    expect(codes(a)).toEqual(['CLASS_MISSING@C11']);
  });
});
