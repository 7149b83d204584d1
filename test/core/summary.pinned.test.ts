// The printed Tổng hợp, cell by cell, against numbers worked out by hand.
//
// The school: Lớp tab gives 1A (Sĩ số 10) and 1B (12), so khối 1 has THHS 22 from the Lớp tab;
// 2A is listed without Sĩ số, so khối 2 counts its 3 roster rows. Seven students, three review
// points (Đầu năm, Giữa học kì I, Cuối học kì I); the run is on 20/01/2026, so CKI (December) is past.
//
//            ĐN            GKI               CKI                 HSKT  GV hỗ trợ
//   An   1A  Toán, TV      Toán              Toán, NL            x     Cô Lan
//   Bình 1A  NL            TV                (all fine)                —
//   Chi  1B  —             Toán,TV,NL,PC     TV                        Thầy Nam
//   Hà   1B  —             TV                (not rated)               Cô Lan
//   Dũng 2A  Toán          (all fine)        Toán, PC                  Cô Hoa
//   Em   2A  —             Toán              Toán, TV            x     —
//   Giang 2A —             (all fine)        Toán                      Cô Hoa
//
// Shares are need / THHS rounded half up to two decimals: 2/22 = 9,09%; 4/22 = 18,18%;
// 2/3 = 66,67% would be 66,66% if truncated; 3/22 = 13,64% (not 13,63%).

import { summaryLayout, summaryRows, type LayoutCell, type TabLayout } from '../../src/core/layout';
import { pageHeightOf } from '../../src/core/layout/pages';
import { classGrid, codes, rosterGrid, run } from '../helpers/grid';
import { CLASSES, CONFIG, STUDENTS } from '../helpers/pinned-school';

function school(today = '2026-01-20'): TabLayout {
  return summaryRows(run([rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, CONFIG], today));
}

/** A report row as printed: the cells of columns A..I (the chart block beside it is not printed). */
const printed = (layout: TabLayout, row: number): LayoutCell[] => {
  const cells = layout.rows[row - 1].slice(0, 9);
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
};
const rowsOf = (layout: TabLayout, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => printed(layout, from + i));

const HEADER_TOP = ['Khối', 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', null, null, null, 'Trong đó HSKT', 'Tỉ lệ'];
const HEADER_AREAS = [null, null, null, 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];

describe('printed Tổng hợp, cell by cell', () => {
  // Built in each test, not once for the describe: Stryker's per-test coverage sees only what a test runs.
  let layout: TabLayout;
  beforeEach(() => { layout = school(); });

  it('the heading block: agency, school, Quốc hiệu, tiêu ngữ, place and date, title', () => {
    expect(rowsOf(layout, 1, 7)).toEqual([
      ['UBND XÃ HÒA AN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['TRƯỜNG TIỂU HỌC HÒA AN', null, null, 'Độc lập - Tự do - Hạnh phúc'],
      // NĐ 30: the số line under the school (no "Số văn bản" in Cấu hình: left to be filled), level with the date.
      [null, 'Số:        /BC-........', null, 'Hòa An, ngày 20 tháng 01 năm 2026'],
      [],
      ['BÁO CÁO'],
      ['Tổng hợp học sinh cần hỗ trợ về môn học, năng lực, phẩm chất - năm học 2025-2026'],
      [],
    ]);
  });

  it('section 1 is the LATEST review point (Cuối học kì I), per khối, with the TC row and the share', () => {
    expect(rowsOf(layout, 8, 16)).toEqual([
      ['1. Số học sinh cần hỗ trợ theo khối - Cuối học kì I'],
      HEADER_TOP,
      HEADER_AREAS,
      //  THHS need Toán TV NL PC HSKT share
      ['1', 22, 2, 1, 1, 1, 0, 1, '9,09%'],
      ['2', 3, 3, 3, 1, 0, 1, 1, '100,00%'],
      ['TC', 25, 5, 4, 2, 1, 1, 2, '20,00%'],
      ['THHS: khối 1 theo tổng sĩ số các lớp theo trang Lớp; khối 2 theo số dòng học sinh trong Danh sách (trang Lớp chưa có sĩ số). Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.'],
      ['Nguồn: trang Danh sách.'],
      [],
    ]);
  });

  it('section 2: one TC line per review point, in order', () => {
    expect(rowsOf(layout, 17, 23)).toEqual([
      ['2. Diễn biến qua các mốc đánh giá'],
      ['Mốc đánh giá', ...HEADER_TOP.slice(1)],
      HEADER_AREAS,
      ['Đầu năm', 25, 3, 2, 1, 1, 0, 1, '12,00%'],
      ['Giữa học kì I', 25, 5, 3, 3, 1, 1, 2, '20,00%'],
      ['Cuối học kì I', 25, 5, 4, 2, 1, 1, 2, '20,00%'],
      [],
    ]);
  });

  it('section 3: progress counts at the latest point, one line per kind', () => {
    expect(rowsOf(layout, 24, 32)).toEqual([
      ['3. Tiến bộ tại mốc Cuối học kì I'],
      ['Tình trạng', null, null, 'Số học sinh'],
      ['Đã tiến bộ', null, null, 1], // Bình
      ['Chưa tiến bộ', null, null, 3], // An (Toán), Chi (TV), Em (Toán)
      ['Cần hỗ trợ mới', null, null, 4], // An (NL), Dũng, Em (TV), Giang
      ['Chưa có GV hỗ trợ', null, null, 1], // Em
      ['Chưa được đánh giá', null, null, 1], // Hà
      // An and Em are in both rows: 3 + 4 - 2 = 5 students in at least one.
      ['Có 2 em vừa chưa tiến bộ ở một mặt vừa cần hỗ trợ mới ở mặt khác, được đếm ở cả hai dòng Chưa tiến bộ và Cần hỗ trợ mới; '
        + 'số em ở ít nhất một trong hai dòng là 5.'],
      [],
    ]);
  });

  it('sections 4 and 5: the measures, said missing when the school has no Kế hoạch (never the default plan as done)', () => {
    const missing = 'Chưa có trang "Kế hoạch" của trường: thêm trang Kế hoạch (Tháng, Nội dung, Biện pháp thực hiện, Người thực hiện) để báo cáo ghi các biện pháp.';
    expect(rowsOf(layout, 33, 38)).toEqual([
      ['4. Biện pháp đã thực hiện'], [missing], [],
      ['5. Biện pháp tiếp tục'], [missing], [],
    ]);
  });

  it('section 6: the earlier points per khối, newest first', () => {
    expect(rowsOf(layout, 39, 55)).toEqual([
      ['6. Số liệu theo khối ở các mốc trước'],
      ['Giữa học kì I'],
      HEADER_TOP,
      HEADER_AREAS,
      ['1', 22, 4, 2, 3, 1, 1, 1, '18,18%'],
      ['2', 3, 1, 1, 0, 0, 0, 1, '33,33%'],
      ['TC', 25, 5, 3, 3, 1, 1, 2, '20,00%'],
      ['Nguồn: trang Danh sách.'],
      [],
      ['Đầu năm'],
      HEADER_TOP,
      HEADER_AREAS,
      ['1', 22, 2, 1, 1, 1, 0, 1, '9,09%'],
      ['2', 3, 1, 1, 0, 0, 0, 0, '33,33%'],
      ['TC', 25, 3, 2, 1, 1, 0, 1, '12,00%'],
      ['Nguồn: trang Danh sách.'],
      [],
    ]);
  });

  it('the signature block: Nơi nhận with dashes on the left, the signer title and name on the right', () => {
    expect(rowsOf(layout, 56, layout.rows.length)).toEqual([
      [],
      ['Nơi nhận:', null, null, 'KT. HIỆU TRƯỞNG'],
      ['- Phòng GDĐT (để báo cáo);', null, null, 'PHÓ HIỆU TRƯỞNG'],
      ['- Lưu: VT.'],
      [], // rows for the signature: the title (2 lines) and four more
      [],
      [],
      [null, null, null, 'Trần Thị Mai'],
    ]);
    expect(layout.printArea).toBe(`A1:I${layout.rows.length}`);
    expect(layout.rows.length).toBe(63);
  });

  it('merges: heading spans, the two header rows of every table, the area group header', () => {
    const tableMerges = (top: number) => [`A${top}:A${top + 1}`, `B${top}:B${top + 1}`, `C${top}:C${top + 1}`,
      `H${top}:H${top + 1}`, `I${top}:I${top + 1}`, `D${top}:G${top}`];
    expect(layout.merges).toEqual([
      'A1:C1', 'D1:I1', 'A2:C2', 'D2:I2', 'D3:I3', 'A5:I5', 'A6:I6', 'A8:I8',
      ...tableMerges(9), 'A14:I14', 'A15:I15', 'A17:I17', ...tableMerges(18), 'A24:I24',
      'A25:C25', 'A26:C26', 'A27:C27', 'A28:C28', 'A29:C29', 'A30:C30', // the progress states, three columns wide
      'A31:I31', // the note on the students in two rows
      'A33:I33', 'A34:I34', 'A36:I36', 'A37:I37',
      'A39:I39', 'A40:I40', ...tableMerges(41), 'A46:I46', 'A48:I48', ...tableMerges(49), 'A54:I54',
      'A57:C57', 'D57:I57', 'D58:I58', 'A58:C58', 'A59:C59', 'D63:I63',
    ]);
  });

  it('styles: bold TC rows, centred numbers, italic notes, a title, borders round each table', () => {
    const s = layout.styles;
    expect(s.title).toEqual(['A5:I5']);
    expect(s.italic).toEqual(['D3:I3', 'A14:I15', 'A31:I31', 'A34:I34', 'A37:I37', 'A40:I40', 'A46:I46', 'A48:I48', 'A54:I54']);
    expect(s.small).toEqual(['A14:I15', 'A31:I31', 'A46:I46', 'A54:I54', 'A58:C59']);
    expect(s.boldItalic).toEqual(['A57:C57']);
    // NĐ 30: "Nơi nhận:" at 12 pt, the tiêu ngữ's rule (its underline), the short rule under TÊN TRƯỜNG.
    expect([s.label, s.underline, s.ruleAbove]).toEqual([['A57:C57'], ['D2:I2'], ['B3:B3']]);
    expect(s.border).toEqual(['A9:I13', 'A18:I22', 'A25:D30', 'A41:I45', 'A49:I53']);
    expect(s.headerFill).toEqual(['A9:I10', 'A18:I19', 'A25:D25', 'A41:I42', 'A49:I50']);
    // In the order they are applied; a range right below the previous one of the same columns extends it.
    expect(s.bold).toEqual([
      'D1:I1', 'A2:C2', 'D2:I2', 'A6:I6', 'A8:I8', 'A13:I13', 'A9:I10', 'A17:I19', 'A24:I24', 'A25:D25',
      'A33:I33', 'A36:I36', 'A39:I39', 'A45:I45', 'A41:I42', 'A53:I53', 'A49:I50', 'D57:I58', 'D63:I63',
      'K1:N1', // the chart block's header
    ]);
    expect(s.center).toEqual([
      'A1:C1', 'D1:I1', 'A2:C2', 'D2:I2', 'B3:B3', 'D3:I3', 'A5:I6', 'A11:I13', 'A9:I10', 'B20:I22', 'A18:I19', 'D26:D30', 'A25:D25',
      'A43:I45', 'A41:I42', 'A51:I53', 'A49:I50', 'D57:I58', 'D63:I63',
    ]);
    expect(s.middle).toEqual(s.headerFill);
    // The measures (and the lines saying they are missing) wrap in rows measured for them.
    // The notes under the tables wrap too (issue 21/18: a long THHS note ran past the page's edge), in rows measured for them.
    expect(s.wrap).toEqual(['A9:I10', 'A14:I15', 'A18:I19', 'A25:D25', 'A31:I31', 'A34:I34', 'A37:I37', 'A41:I42', 'A46:I46', 'A49:I50', 'A54:I54']);
  });

  it('column widths: Khối wide, then THHS, TSHS, one per area, HSKT, Tỉ lệ; then the chart block', () => {
    // THHS 0.4 of the estimated width of "TRƯỜNG TIỂU HỌC HÒA AN" (256 px), the areas sharing the rest of 880 px.
    expect(layout.columnWidths).toEqual([115, 102, 115, 92, 92, 92, 92, 90, 90, 30, 90, 110, 110, 110]);
    expect(layout.printable).toBe(true);
    expect(layout.frozenRows).toBe(0);
    expect(layout.name).toBe('Tổng hợp');
    expect(layout.key).toBe('summary');
  });

  it('the chart block beside the report: needs per khối (rows) and review point (columns)', () => {
    expect(layout.rows.slice(0, 3).map((r) => r.slice(9))).toEqual([
      [null, 'Khối', 'Đầu năm', 'Giữa học kì I', 'Cuối học kì I'],
      [null, 'Khối 1', 2, 4, 2],
      [null, 'Khối 2', 1, 1, 3],
    ]);
    expect(layout.chart).toEqual({ range: 'K1:N3', row: 5, column: 11, title: 'Số học sinh cần hỗ trợ theo khối và mốc đánh giá' });
    expect(layout.width).toBe(14);
  });
});

describe('printed Tổng hợp, other cases', () => {
  it('before any rating: one line saying what to do, no tables, no chart', () => {
    const layout = summaryRows(run([rosterGrid([{ name: 'An', className: '1A' }], { points: ['GKI'] })], '2025-10-01'));
    expect(printed(layout, 8)).toEqual([
      'Chưa có kết quả đánh giá nào trong trang Danh sách. Nhập các mức đánh giá (hoặc dấu x ở mốc Đầu năm) rồi chạy lại Tổng hợp.',
    ]);
    expect(layout.styles.wrap).toEqual(['A8:I8']);
    expect(layout.chart).toBeUndefined();
    expect(layout.width).toBe(9);
  });

  it('without Cấu hình: placeholders, the default signer title and the default recipients', () => {
    const layout = summaryRows(run([rosterGrid([{ name: 'An', className: '1A', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI'] })], '2025-11-03'));
    expect(rowsOf(layout, 1, 3)).toEqual([
      ['CƠ QUAN CHỦ QUẢN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['TÊN TRƯỜNG', null, null, 'Độc lập - Tự do - Hạnh phúc'],
      [null, 'Số:        /BC-........', null, '..........., ngày 03 tháng 11 năm 2025'],
    ]);
    const lines = layout.rows.map((r) => r.slice(0, 9).filter((c) => c !== null).join('|'));
    const sign = lines.indexOf('Nơi nhận:|KT. HIỆU TRƯỞNG');
    expect(lines.slice(sign, sign + 4)).toEqual([
      'Nơi nhận:|KT. HIỆU TRƯỞNG', '- Hiệu trưởng (để báo cáo);|PHÓ HIỆU TRƯỞNG', '- Các tổ chuyên môn (để thực hiện);', '- Lưu: VT, CM.',
    ]);
    // Only one point: no "earlier points" section.
    expect(lines.some((l) => l.endsWith('Số liệu theo khối ở các mốc trước'))).toBe(false);
    expect(lines.filter((l) => /^\d\. /.test(l))).toEqual([
      '1. Số học sinh cần hỗ trợ theo khối - Giữa học kì I', '2. Diễn biến qua các mốc đánh giá', '3. Tiến bộ tại mốc Giữa học kì I',
      '4. Biện pháp đã thực hiện', '5. Biện pháp tiếp tục',
    ]);
    // THHS from roster rows only.
    expect(lines).toContain('THHS: số dòng học sinh trong Danh sách (trang Lớp chưa có sĩ số). Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.');
  });

  it('a one-line signer title gets the blank lines for a signature; THHS all from the Lớp tab', () => {
    const layout = summaryRows(run([
      rosterGrid([{ name: 'An', className: '1A', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI'] }),
      classGrid([['1A', 1, 'Cô Mai', 30]]),
      { name: 'Cấu hình', values: [['Chức danh ký', 'hiệu trưởng'], ['Người ký', 'Lê Văn Tám'], ['Nơi nhận', 'Như trên;']] },
    ], '2025-11-03'));
    const lines = layout.rows.map((r) => r.slice(0, 9).filter((c) => c !== null).join('|'));
    const sign = lines.indexOf('Nơi nhận:|HIỆU TRƯỞNG');
    expect(lines.slice(sign)).toEqual(['Nơi nhận:|HIỆU TRƯỞNG', '- Như trên;', '', '', '', 'Lê Văn Tám']);
    expect(lines).toContain('1|30|1|1|0|0|0|0|3,33%');
    expect(lines).toContain('THHS: tổng sĩ số các lớp theo trang Lớp. Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.');
  });

  it('a roster class missing from the Lớp tab: its rows join the Sĩ số of its khối, so THHS never falls below the needs', () => {
    const a = run([
      rosterGrid([
        { name: 'An', className: '2A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } },
        { name: 'Bình', className: '2B', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } },
        { name: 'Chi', className: '3A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } },
      ], { points: ['GKI'] }),
      classGrid([['2A', 2, 'Cô Mai', 30], ['3A', 3, 'Cô Đào', 1], ['3B', 3, 'Cô Hồng', 25]]),
    ], '2025-11-03');
    // khối 2: Sĩ số of 2A (30) + the one roster row of 2B, which the Lớp tab lacks; khối 3: 1 + 25
    expect(rowsOf(summaryRows(a), 11, 13)).toEqual([
      ['2', 31, 2, 2, 0, 0, 0, 0, '6,45%'],
      ['3', 26, 1, 1, 0, 0, 0, 0, '3,85%'],
      ['TC', 57, 3, 3, 0, 0, 0, 0, '5,26%'],
    ]);
    expect(codes(a)).toEqual(['CLASS_NOT_LISTED@D4']);
    // A listed class of size 0 beside an unlisted one: THHS is still at least the needs.
    const b = run([
      rosterGrid([{ name: 'An', className: '5A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI'] }),
      classGrid([['5C', 5, 'Cô Mai', 0]]),
    ], '2025-11-03');
    expect(printed(summaryRows(b), 11)).toEqual(['5', 1, 1, 1, 0, 0, 0, 0, '100,00%']);
  });

  it('a khối of zero students prints an empty share, not a division by zero', () => {
    const layout = summaryRows(run([
      rosterGrid([{ name: 'An', className: '1A', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI'] }),
      classGrid([['1A', 1, 'Cô Mai', 1], ['3A', 3, 'Cô Lan', 0]]),
    ], '2025-11-03'));
    expect(printed(layout, 11)).toEqual(['1', 1, 1, 1, 0, 0, 0, 0, '100,00%']);
    expect(printed(layout, 12)).toEqual(['3', 0, 0, 0, 0, 0, 0, 0, '']);
  });

  it('more areas widen the table: one column per area found, in report order', () => {
    const layout = summaryRows(run([rosterGrid([{ name: 'An', className: '4A', ratings: { GKI: { Toán: 'C', 'Khoa học': 'C' } } }],
      { points: ['GKI'], areas: ['Khoa học', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Ngoại ngữ'] })], '2025-11-03'));
    expect(printed(layout, 10)).toEqual([null, null, null, 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Ngoại ngữ', 'Khoa học']);
    expect(layout.rows[10].slice(0, 11)).toEqual(['4', 1, 1, 1, 0, 0, 0, 0, 1, 0, '100,00%']);
    expect(layout.merges).toContain('D9:I9');
    expect(layout.columnWidths.slice(0, 11)).toEqual([115, 80, 115, 65, 65, 65, 65, 65, 65, 90, 90]);
  });
});

describe('printed Tổng hợp on its pages (the page plan of summaryLayout)', () => {
  const layout = () => summaryLayout(run([rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, CONFIG], '2026-01-20'));

  it('four pages: each starts with a section heading, a spacer row fills the page before it; 63 rows become 66', () => {
    const l = layout();
    expect(summaryRows(run([rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, CONFIG], '2026-01-20')).rows).toHaveLength(63);
    expect(l.rows).toHaveLength(66);
    expect(l.pageStarts).toEqual([1, 25, 41, 51]);
    expect((l.pageStarts as number[]).map((start) => l.rows[start - 1][0])).toEqual([
      'UBND XÃ HÒA AN', '3. Tiến bộ tại mốc Cuối học kì I', '6. Số liệu theo khối ở các mốc trước', 'Đầu năm',
    ]);
    // The spacers: the row before each page start, empty, as tall as what the page has left.
    const heights = l.rowHeights as number[];
    expect([24, 40, 50].map((row) => [row, l.rows[row - 1], heights[row - 1]])).toEqual([[24, [], 15], [40, [], 164], [50, [], 394]]);
    const pageSum = (first: number, last: number) => heights.slice(first - 1, last).reduce((x, y) => x + y, 0);
    expect([pageSum(1, 24), pageSum(25, 40), pageSum(41, 50)]).toEqual([628, 628, 628]);
    expect(pageHeightOf(l)).toBe(628);
    expect(pageSum(51, 66)).toBeLessThanOrEqual(628);
  });

  it('a short section\'s heading goes with its own rows only: sections 3, 4 and 5 share page 2', () => {
    const l = layout();
    const page2 = l.rows.slice(24, 39).map((r) => r[0]).filter((c) => typeof c === 'string' && /^\d\. /.test(c));
    expect(page2).toEqual(['3. Tiến bộ tại mốc Cuối học kì I', '4. Biện pháp đã thực hiện', '5. Biện pháp tiếp tục']);
  });

  it('ranges follow their rows: every table\'s border where its rows went, the Đầu năm header merges on page 4', () => {
    const l = layout();
    expect(l.styles.border).toEqual(['A9:I13', 'A18:I22', 'A26:D31', 'A43:I47', 'A52:I56']);
    expect(l.merges).toEqual(expect.arrayContaining(['A52:A53', 'D52:G52', 'H52:H53']));
  });
});
