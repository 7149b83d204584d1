// How Đỡ đầu prints (PRODUCT 3.8): the students' rows wrapped, centred where they are numbers and
// classes; each mentor's heading bold in column A, filled across the table without inner lines, kept with
// its first student; a table without any student (a Nhật ký kept before anyone is assigned) styles its header alone.
import { mentorsRows } from '../../src/core/layout/mentors';
import type { TabLayout } from '../../src/core/layout';
import { run } from '../helpers/grid';
import { SEED004_HEADER, SEED004_ROWS, seed004Config, seed004Sheets } from '../helpers/mentor-school';

describe('Đỡ đầu of seed 004, styles row by row (one table, a group per mentor; issue 20, on purpose: the annex, then a follow table per mentor B to F)', () => {
  let layout: TabLayout;
  beforeEach(() => { layout = mentorsRows(run(seed004Sheets(), '2025-11-26')); });

  // Issue 17, on purpose: two headings (row 9: Ngô Văn Quang with Hoàng Thị Yên; row 11: the mentors
  // of one student each) instead of seven, two of them over no student.
  // The follow-up column does not wrap (round 12, on purpose: it did), so a printed row is never
  // taller than its printed cells need.
  it('the students\' printed cells wrapped, not the follow-up column; centred vertically, TT and Lớp centred, the follow-up in 11 pt; the table bordered from its header', () => {
    const students = ['10:G10', '12:G15'];
    expect(layout.styles.wrap).toEqual(['A5:F5', 'B10:F10', 'B12:F15', 'A8:G8']);
    expect(layout.styles.middle).toEqual([...students.map((r) => `A${r}`), 'A8:G8']);
    expect(layout.styles.center?.slice(6, 10)).toEqual(['A10:A10', 'C10:C10', 'A12:A15', 'C12:C15']);
    expect(layout.styles.small).toEqual(students.map((r) => `G${r}`));
    expect(layout.styles.border).toEqual(['G7:G7', 'A8:G15']);
  });

  it('each heading bold and filled across the table, without the lines between its cells, kept with its first students', () => {
    expect(layout.styles.sectionFill).toEqual(['A9:G9', 'A11:G11']);
    expect(layout.styles.bold?.slice(4, 6)).toEqual(['A9:G9', 'A11:G11']);
    expect(layout.styles.openRow).toEqual([9, 11].flatMap((r) => [`A${r}:F${r}`, `G${r}:G${r}`]));
    expect(layout.sections.filter((s) => !s.header && s.first >= 9 && s.first < 17)).toEqual([
      { first: 9, last: 10 }, { first: 11, last: 14 },
      // The signature with the table's last two rows.
      { first: 14, last: 21 },
    ]);
  });

  it('the document\'s head and the title kept with the table\'s header and first rows; the table\'s section runs on to the signature', () => {
    // From row 1 (issue 17, on purpose: from the title, row 5, before; a table that fitted on a page
    // but not under the head moved whole and left the head alone on page 1).
    expect(layout.sections).toContainEqual({ first: 1, last: 10 });
    expect(layout.sections).toContainEqual({ first: 8, last: 21, header: { first: 8, last: 8 } });
    expect(layout.sections).toContainEqual({ first: 17, last: 21 });
  });
});

describe('Đỡ đầu with a Nhật ký but nobody assigned yet', () => {
  let layout: TabLayout;
  beforeEach(() => {
    const noMentors = { name: 'Danh sách', values: [SEED004_HEADER.slice(0, 5), ...SEED004_ROWS.map((r) => r.slice(0, 5))] };
    const log = { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ']] };
    layout = mentorsRows(run([seed004Config(), noMentors, log], '2025-11-26'));
  });

  it('the table is its header alone, styled as a header only; no group, the log\'s line above the follow-up columns', () => {
    expect(layout.rows[7]).toEqual([...SEED004_HEADER, 'Cần hỗ trợ, tình trạng (mốc gần nhất)', 'Nhật ký tháng 11/2025']);
    expect(layout.rows[8]).toEqual([]);
    expect(layout.styles.wrap).toEqual(['A5:F5', 'A8:H8']);
    expect(layout.styles.middle).toEqual(['A8:H8']);
    expect(layout.styles.center).toEqual(['A1:C1', 'D1:F1', 'A2:C2', 'D2:F3', 'A5:F6', 'G7:H7', 'A8:H8', 'D10:F10', 'D14:F14']);
    expect(layout.styles.border).toEqual(['G7:H7', 'A8:H8']);
    expect(layout.styles.sectionFill).toBeUndefined();
    expect(layout.rows[4][6]).toBe('Nhật ký từ trang Nhật ký: 0 dòng, 0 dòng của tháng 11/2025. Hạn ghi nhật ký: ngày 25 hằng tháng (đã qua hạn tháng này).');
  });
});
