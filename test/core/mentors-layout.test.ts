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

  it('gives the five students cell by cell, each once under its first mentor, numbered on (issue 20: grouped by mentor, on purpose; roster order before)', () => {
    const header = firstRow(rows, 'GV nhận đỡ đầu');
    // The annex's six columns, then what the mentor follows, on the same row (issue 20, on purpose: a follow table below before).
    expect(text(rows[header])).toEqual([...SEED004_HEADER, 'Cần hỗ trợ, tình trạng (mốc gần nhất)']);
    const students = rows.slice(header + 1).filter((r) => typeof r[0] === 'number').map((r) => text(r).slice(0, 6));
    expect(students).toEqual([
      ['1', 'Hoàng Văn Phúc', '10A4', SEED004_ROWS[0][3], SEED004_ROWS[0][4], '1. Ngô Văn Quang; 2. Hoàng Thị Yên'],
      ['2', 'Nguyễn Thị Thu Ngân', '12 A1', SEED004_ROWS[1][3], SEED004_ROWS[1][4], '1. Trần Thị Thu Tâm; 2. Ngô Văn Quang (hỗ trợ)'],
      ['3', 'Lê Minh Hiển', '11A3', SEED004_ROWS[2][3], SEED004_ROWS[2][4], '1. Nguyễn Đức Thắng'],
      ['4', 'Tạ Thị Anh Thảo', '12A1', SEED004_ROWS[3][3], SEED004_ROWS[3][4], '1. Lê Hữu Hưng; 2. Huỳnh Thị Phượng'],
      ['5', 'Trương Thị Thủy', '10A2', SEED004_ROWS[4][3], SEED004_ROWS[4][4], '1. Nguyễn Thị Bích'],
    ]);
    // Before the page plan (its spacer row and the header repeated on page 2 cut the range): one bordered table.
    const plain = mentorsRows(analysis);
    const last = plain.rows.findIndex((r) => r[0] === 5);
    expect(plain.styles.border).toContain(`A${firstRow(plain.rows, 'GV nhận đỡ đầu') + 1}:G${last + 1}`);
    const sign = firstRow(rows, 'NGƯỜI LẬP DANH SÁCH');
    expect(sign).toBeGreaterThan(last);
    expect(text(rows[sign + 4])[3]).toBe('Phan Văn Lập');
  });

  it('prints the annex alone: its print area is A to F, to the last row, the follow-up columns left out (issue 20, on purpose: the whole tab printed before)', () => {
    expect(layout).toMatchObject({ name: 'Đỡ đầu', printable: true, width: 7 });
    expect(layout.printArea).toBe(`A1:F${rows.length}`);
    expect(mentorsRows(analysis).printArea).toBe(`A1:F${mentorsRows(analysis).rows.length}`);
  });

  // Issue 17, on purpose: seven headings before, two of them over no student (a second mentor whose
  // student is listed under its first), on two printed pages.
  it('two headings: a second mentor named with the first in its group, the mentors of one student each in one group; every mentor counted as the JSON does', () => {
    const header = firstRow(rows, 'GV nhận đỡ đầu');
    const sign = firstRow(rows, 'NGƯỜI LẬP DANH SÁCH');
    const headings = rows.slice(header + 1, sign).filter((r) => typeof r[0] === 'string').map((r) => text(r)[0]);
    expect(headings).toEqual([
      'GV Ngô Văn Quang: 2 em (1 em ở nhóm GV khác); GV Hoàng Thị Yên: 1 em',
      'Các GV khác, mỗi GV nhận đỡ đầu một em (tên GV ở cột GV nhận đỡ đầu): 4 em, 5 GV',
    ]);
    // Every mentor: its count in a heading, or one student, whose row names it.
    for (const mentor of analysis.mentoring.mentors) {
      const inHeading = headings.some((h) => h.split('; ').some((p) => p.replace(/ \(\d+ em ở nhóm GV khác\)$/, '') === `GV ${mentor.name}: ${mentor.students.length} em`));
      const alone = mentor.students.length === 1 && rows.some((r) => typeof r[0] === 'number' && String(r[5]).includes(mentor.name));
      expect([mentor.name, inHeading || alone]).toEqual([mentor.name, true]);
    }
    // No heading stands over nothing: each is followed by a student.
    rows.slice(header + 1, sign).forEach((r, i, table) => { if (typeof r[0] === 'string') expect(typeof table[i + 1]?.[0]).toBe('number'); });
    // Where Quang's second student is, on the screen beside the heading.
    expect(text(rows[header + 1])[6]).toBe('GV Ngô Văn Quang: Ở nhóm GV khác: Nguyễn Thị Thu Ngân (nhóm GV đỡ đầu một em)');
  });

  it('prints on one page (issue 17: two before, the last group and the signature alone on the second)', () => {
    expect(layout.pageStarts).toEqual([1]);
    expect(rows.filter((r) => r[1] === 'Họ và tên')).toHaveLength(1);
  });

  it('fills each heading across the table and takes away the lines between its cells, printed part and screen part apart', () => {
    ({ rows } = layout = mentorsRows(analysis));
    const headings = rows.map((r, i) => (typeof r[0] === 'string' && /: \d+ em/.test(r[0]) ? i + 1 : 0)).filter(Boolean);
    expect(headings).toHaveLength(2);
    const fill = (layout.styles.sectionFill ?? []).flatMap((range) => {
      const m = /^A(\d+):G(\d+)$/.exec(range) as RegExpExecArray;
      return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i);
    });
    expect(fill).toEqual(headings);
    expect(layout.styles.openRow).toEqual(headings.flatMap((row) => [`A${row}:F${row}`, `G${row}:G${row}`]));
  });

  it('puts the follow-up beside each student: the needs at the latest point and the state, signals in words', () => {
    const phuc = rows.find((r) => r[1] === 'Hoàng Văn Phúc');
    expect(text(phuc)[6]).toBe('Chưa đánh giá — Dấu hiệu: Hoàn cảnh');
    // Above them: how to start a log, that they are not printed, and their header group.
    const header = firstRow(rows, 'GV nhận đỡ đầu');
    expect(text(rows[header - 3])[6]).toMatch(/^Chưa có trang Nhật ký\./);
    expect(text(rows[header - 2])[6]).toBe('Các cột từ G trở đi chỉ để theo dõi trên màn hình, không in: để in phụ lục, bấm "Tải PDF danh sách GV nhận đỡ đầu" ở bảng điều khiển (Hỗ trợ học sinh → Mở bảng điều khiển), hoặc chọn các cột A đến F rồi In → Ô đã chọn.');
    expect(text(rows[header - 1])[6]).toBe('THEO DÕI ĐỠ ĐẦU THÁNG 11/2025');
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

  it('writes a mentored student in six cells without a log: five in the annex, its Sự rèn luyện empty here, and the follow-up beside them (issue 20, on purpose: nine when a follow table listed each student again)', () => {
    const n = 600;
    const layout = mentorsLayout(run([seed004Config(), roster(n)], '2025-11-26'));
    const plan = writePlan(layout);
    const written = plan.values.reduce((cells, b) => cells + b.values.length * b.values[0].length, 0)
      + plan.lists.reduce((cells, l) => cells + l.ranges.length, 0);
    expect(written).toBeGreaterThan(6 * n);
    // The heads, titles and one heading per mentor; the header row repeated on each page (seven cells).
    // The annex's Sự rèn luyện, which only its headers fill here, is not written over the table: its
    // header cells are written apart, one list.
    const repeated = layout.rows.length - mentorsRows(run([seed004Config(), roster(n)], '2025-11-26')).rows.length;
    expect(repeated).toBeGreaterThan(0);
    expect(plan.lists.map((l) => [l.value, l.ranges.length])).toEqual([
      ["'Sự rèn luyện của bản thân", layout.rows.filter((r) => r[4] === 'Sự rèn luyện của bản thân').length],
    ]);
    expect(written).toBeLessThan(6 * n + 150 + 7 * repeated);
  });
});
