// "Đỡ đầu" (PRODUCT 3.8): seed 004's annex, typed as the seed has it, comes out cell by cell.
import { mentorsLayout, mentorsRows, mentorsTabWanted, PAGED_STUDENTS } from '../../src/core/layout/mentors';
import type { Analysis } from '../../src/core/analyse';
import type { LayoutCell, TabLayout } from '../../src/core/layout';
import { writePlan } from '../../src/core/layout/plan';
import { run } from '../helpers/grid';
import { SEED004_HEADER, SEED004_ROWS, seed004Config, seed004Sheets } from '../helpers/mentor-school';

const text = (row: LayoutCell[] | undefined) => (row ?? []).map((c) => (c === null || c === undefined ? '' : typeof c === 'object' ? c.text : String(c)));
const firstRow = (rows: LayoutCell[][], cell: string) => rows.findIndex((r) => text(r).includes(cell));

describe('the annex of seed 004', () => {
  // Built before each test, not once for the describe: Stryker's per-test coverage sees only what a test runs.
  let analysis: Analysis;
  let layout: TabLayout;
  let rows: LayoutCell[][];
  beforeEach(() => {
    analysis = run(seed004Sheets(), '2025-11-26');
    layout = mentorsLayout(analysis);
    rows = layout.rows;
  });

  it('heads the page as NĐ 30 does, then the title and the plan it is attached to', () => {
    expect(text(rows[0]).filter(Boolean)).toEqual(['SỞ GD&ĐT ĐẮK NÔNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(text(rows[1]).filter(Boolean)).toEqual(['TRƯỜNG THPT THỬ NGHIỆM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(text(rows[2]).filter(Boolean)).toEqual(['Đắk Song, ngày 26 tháng 11 năm 2025']);
    const title = firstRow(rows, 'DANH SÁCH PHÂN CÔNG GIÁO VIÊN NHẬN ĐỠ ĐẦU HỌC SINH NĂM HỌC 2025-2026');
    expect(title).toBe(4);
    expect(text(rows[title + 1])[0]).toBe('(Kèm theo Kế hoạch số 52/KH-THPT ngày 16/11/2025)');
  });

  it('gives the five rows cell by cell: numbered mentors, "(hỗ trợ)" and "12 A1" as typed', () => {
    const header = firstRow(rows, 'GV nhận đỡ đầu');
    expect(text(rows[header])).toEqual(SEED004_HEADER);
    expect(rows.slice(header + 1, header + 6).map(text)).toEqual([
      ['1', 'Hoàng Văn Phúc', '10A4', SEED004_ROWS[0][3], SEED004_ROWS[0][4], '1. Ngô Văn Quang; 2. Hoàng Thị Yên'],
      ['2', 'Nguyễn Thị Thu Ngân', '12 A1', SEED004_ROWS[1][3], SEED004_ROWS[1][4], '1. Trần Thị Thu Tâm; 2. Ngô Văn Quang (hỗ trợ)'],
      ['3', 'Lê Minh Hiển', '11A3', SEED004_ROWS[2][3], SEED004_ROWS[2][4], '1. Nguyễn Đức Thắng'],
      ['4', 'Tạ Thị Anh Thảo', '12A1', SEED004_ROWS[3][3], SEED004_ROWS[3][4], '1. Lê Hữu Hưng; 2. Huỳnh Thị Phượng'],
      ['5', 'Trương Thị Thủy', '10A2', SEED004_ROWS[4][3], SEED004_ROWS[4][4], '1. Nguyễn Thị Bích'],
    ]);
    expect(layout.styles.border).toContain(`A${header + 1}:F${header + 6}`);
    const sign = firstRow(rows, 'NGƯỜI LẬP DANH SÁCH');
    expect(sign).toBeGreaterThan(header + 6);
    expect(text(rows[sign + 4])[3]).toBe('Phan Văn Lập');
  });

  it('is printable like Tổng hợp: Times New Roman, the whole tab (no print area recorded: it would be A1:F to the last row, on purpose one call fewer)', () => {
    expect(layout).toMatchObject({ name: 'Đỡ đầu', printable: true, width: 6 });
    expect(layout.printArea).toBeUndefined();
  });

  it('then one section per mentor; Ngô Văn Quang mentors two students, one as second mentor', () => {
    const section = firstRow(rows, 'GV Ngô Văn Quang: 2 em');
    expect(section).toBeGreaterThan(firstRow(rows, 'THEO DÕI ĐỠ ĐẦU THÁNG 11/2025'));
    // From column B, unnumbered (the heading counts). Needs and warnings apart (on purpose: the table
    // printed half the page wide). No Nhật ký here: the state and the warnings each in a column, to
    // column F (on purpose: it ended at E, three quarters of the page wide).
    expect(text(rows[section + 1])).toEqual(['', 'Họ và tên', 'Lớp', 'Cần hỗ trợ (mốc gần nhất)', 'Tình trạng', 'Cảnh báo']);
    expect(rows.slice(section + 2, section + 4).map((r) => text(r))).toEqual([
      ['', 'Hoàng Văn Phúc', '10A4', 'Chưa đánh giá', '', 'Dấu hiệu: Hoàn cảnh'],
      ['', 'Nguyễn Thị Thu Ngân', '12 A1', 'Chưa đánh giá', '', 'Dấu hiệu: Hoàn cảnh'],
    ]);
    expect(layout.styles.border).toContain(`B${section + 2}:F${section + 4}`);
  });

  it('fills each mentor\'s heading over exactly the columns of the table under it (B to F), not from column A', () => {
    const headings = rows.map((r, i) => (typeof r[1] === 'string' && /^GV .*: \d+ em$/.test(r[1]) ? i + 1 : 0)).filter(Boolean);
    expect(headings).toHaveLength(7);
    for (const row of headings) expect(text(rows[row])[1]).toBe('Họ và tên');
    expect(layout.styles.sectionFill).toEqual(headings.map((row) => `B${row}:F${row}`));
  });

  it('without the plan number and date in Cấu hình, dots where the clerk writes them', () => {
    const [config, roster] = seed004Sheets();
    const bare = { ...config, values: config.values.filter((r) => !String(r[0]).includes('hoạch')) };
    const rowsBare = mentorsLayout(run([bare, roster], '2025-11-26')).rows;
    expect(text(rowsBare[firstRow(rowsBare, 'DANH SÁCH PHÂN CÔNG GIÁO VIÊN NHẬN ĐỠ ĐẦU HỌC SINH NĂM HỌC 2025-2026') + 1])[0])
      .toBe('(Kèm theo Kế hoạch số …… ngày ……)');
  });

  it('is written only when a student has a mentor or a log exists', () => {
    expect(mentorsTabWanted(analysis)).toBe(true);
    const noMentors = { name: 'Danh sách', values: [SEED004_HEADER.slice(0, 5), ...SEED004_ROWS.map((r) => r.slice(0, 5))] };
    expect(mentorsTabWanted(run([seed004Config(), noMentors], '2025-11-26'))).toBe(false);
    const log = { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ']] };
    expect(mentorsTabWanted(run([seed004Config(), noMentors, log], '2025-11-26'))).toBe(true);
  });
});

describe('the page plan of Đỡ đầu', () => {
  const roster = (n: number) => ({ name: 'Danh sách', values: [SEED004_HEADER,
    ...Array.from({ length: n }, (_, i) => [i + 1, `Học Sinh ${i + 1}`, '10A1', 'Khó khăn', '', `GV Số ${i % 7}`])] });
  it(`up to ${PAGED_STUDENTS} mentored students: row heights, spacers and page starts; beyond, page starts alone (calls stay bounded)`, () => {
    const small = mentorsLayout(run([seed004Config(), roster(PAGED_STUDENTS)], '2025-11-26'));
    const bigRun = run([seed004Config(), roster(PAGED_STUDENTS + 1)], '2025-11-26');
    const big = mentorsLayout(bigRun);
    expect(small.rowHeights?.length).toBe(small.rows.length);
    expect(small.pageStarts?.[0]).toBe(1);
    expect(big.rowHeights).toBeUndefined();
    // Planned all the same (on purpose: it had no plan beyond 60): pages, and no row added but the repeated headers.
    expect((big.pageStarts as number[]).length).toBeGreaterThan(2);
    const copies = big.rows.length - mentorsRows(bigRun).rows.length;
    expect(copies).toBe(big.rows.filter((r) => r[1] === 'Họ và tên').length - mentorsRows(bigRun).rows.filter((r) => r[1] === 'Họ và tên').length);
  });

  it('writes a mentored student in nine cells without a log: four in the annex, five in the follow table less its Tình trạng, empty here (issue 20: three when it printed half the page wide; four when it ended at column E)', () => {
    const n = 600;
    const layout = mentorsLayout(run([seed004Config(), roster(n)], '2025-11-26'));
    const plan = writePlan(layout);
    const written = plan.values.reduce((cells, b) => cells + b.values.length * b.values[0].length, 0)
      + plan.lists.reduce((cells, l) => cells + l.ranges.length, 0);
    expect(written).toBeGreaterThan(9 * n);
    // The heads, titles and one heading per mentor; since the plan covers every size (on purpose), the
    // header rows repeated on each page (six cells). The annex's Sự rèn luyện, which only its headers
    // fill here, is no longer written over the table (issue 20, on purpose: n cells before): its header
    // cells are written apart, one list.
    const repeated = layout.rows.length - mentorsRows(run([seed004Config(), roster(n)], '2025-11-26')).rows.length;
    expect(repeated).toBeGreaterThan(0);
    // So are the follow tables' Tình trạng headers: no student here has a rating, so none has a state.
    expect(plan.lists.map((l) => [l.value, l.ranges.length])).toEqual([
      ["'Sự rèn luyện của bản thân", layout.rows.filter((r) => r[4] === 'Sự rèn luyện của bản thân').length],
      ["'Tình trạng", layout.rows.filter((r) => r[4] === 'Tình trạng').length],
    ]);
    expect(written).toBeLessThan(9 * n + 150 + 6 * repeated);
  });
});
