// How Đỡ đầu prints (PRODUCT 3.8): the annex's rows wrapped, centred where they are numbers and
// classes; each mentor's heading bold in column B, filled over its table's columns, kept with it; an annex
// without any student (a Nhật ký kept before anyone is assigned) styles its header alone.
import { mentorsRows } from '../../src/core/layout/mentors';
import type { TabLayout } from '../../src/core/layout';
import { run } from '../helpers/grid';
import { SEED004_HEADER, SEED004_ROWS, seed004Config, seed004Sheets } from '../helpers/mentor-school';

describe('Đỡ đầu of seed 004, styles row by row (no Nhật ký: the follow tables B to F, the state and the warnings apart; B to E before, on purpose)', () => {
  let layout: TabLayout;
  beforeEach(() => { layout = mentorsRows(run(seed004Sheets(), '2025-11-26')); });

  it('the annex: rows 9-13 wrapped and centred vertically, TT and Lớp centred, the table bordered from its header', () => {
    expect(layout.styles.wrap?.slice(0, 3)).toEqual(['A5:F5', 'A9:F13', 'A8:F8']);
    expect(layout.styles.middle?.slice(0, 2)).toEqual(['A9:F13', 'A8:F8']);
    expect(layout.styles.center?.slice(5, 8)).toEqual(['A9:A13', 'C9:C13', 'A8:F8']);
    expect(layout.styles.border?.[0]).toBe('A8:F13');
  });

  it('each mentor\'s heading: bold in B alone, filled over its table\'s columns B to F, kept with its table', () => {
    // Headings at rows 25, 30, 34, 38, 42, 46, 50 (Ngô Văn Quang's two students, then one each).
    const headings = [25, 30, 34, 38, 42, 46, 50];
    expect(layout.styles.sectionFill).toEqual(headings.map((r) => `B${r}:F${r}`));
    expect(headings.map((r) => layout.styles.bold?.includes(`B${r}:B${r}`))).toEqual(headings.map(() => true));
    expect(layout.rows[24]).toEqual([null, 'GV Ngô Văn Quang: 2 em']);
    const tables = [[26, 28], [31, 32], [35, 36], [39, 40], [43, 44], [47, 48], [51, 52]];
    expect(layout.sections.filter((s) => !s.header && s.first >= 25)).toEqual(headings.map((r, i) => ({ first: r, last: tables[i][1] })));
  });

  it('each follow table: B to F bordered, its rows wrapped and centred vertically, Lớp centred', () => {
    expect(layout.styles.border?.slice(1)).toEqual(['B26:F28', 'B31:F32', 'B35:F36', 'B39:F40', 'B43:F44', 'B47:F48', 'B51:F52']);
    expect(layout.styles.wrap?.slice(4, 6)).toEqual(['B27:F28', 'B26:F26']);
    expect(layout.styles.middle?.slice(2, 4)).toEqual(['B27:F28', 'B26:F26']);
    expect(layout.styles.center?.slice(10, 12)).toEqual(['C27:C28', 'B26:F26']);
  });
});

describe('Đỡ đầu with a Nhật ký but nobody assigned yet', () => {
  let layout: TabLayout;
  beforeEach(() => {
    const noMentors = { name: 'Danh sách', values: [SEED004_HEADER.slice(0, 5), ...SEED004_ROWS.map((r) => r.slice(0, 5))] };
    const log = { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ']] };
    layout = mentorsRows(run([seed004Config(), noMentors, log], '2025-11-26'));
  });

  it('the annex is its header alone, styled as a header only; no follow section', () => {
    expect(layout.rows[7]).toEqual([...SEED004_HEADER]);
    expect(layout.rows[8]).toEqual([]);
    expect(layout.styles.wrap).toEqual(['A5:F5', 'A8:F8', 'B18:F18']);
    expect(layout.styles.middle).toEqual(['A8:F8']);
    expect(layout.styles.center).toEqual(['A1:C1', 'D1:F1', 'A2:C2', 'D2:F3', 'A5:F6', 'A8:F8', 'D10:F10', 'D14:F14']);
    expect(layout.styles.border).toEqual(['A8:F8']);
    expect(layout.styles.sectionFill).toBeUndefined();
    expect(layout.rows[17]).toEqual([null, 'Nhật ký từ trang Nhật ký: 0 dòng, 0 dòng của tháng 11/2025. Hạn ghi nhật ký: ngày 25 hằng tháng (đã qua hạn tháng này).']);
  });
});
