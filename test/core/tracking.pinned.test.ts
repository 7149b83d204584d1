// Theo dõi and Kiểm tra, cell by cell, for the hand-worked school of test/helpers/pinned-school.ts.
// Roster rows: An 3, Bình 4, Chi 5, Hà 6, Dũng 7, Em 8, Giang 9 (two header rows). Columns: STT A,
// Họ và tên B, Ngày sinh C, Lớp D, HSKT E, GV hỗ trợ F, then ĐN G–J, GKI K–N, CKI O–R.
//
// Flags, worked out by hand (each point against the student's last rated point):
//   CKI: An still needs Toán, new NL · Bình improved · Chi still needs TV · Hà not rated (needed TV at GKI)
//        · Dũng new Toán, PC · Em no GV hỗ trợ, still needs Toán, new TV · Giang new Toán
//   GKI: An still needs Toán · Bình new TV, no GV hỗ trợ · Chi new in all four · Hà new TV · Dũng improved
//        · Em new Toán, no GV hỗ trợ
//   ĐN:  An new Toán, TV · Bình new NL, no GV hỗ trợ · Dũng new Toán

import { checkLayout, trackingLayout, type LayoutCell, type TabLayout } from '../../src/core/layout';
import { blocksValue, classParts, headingClass, parseBlocks, partRange } from '../../src/core/layout/tracking-parts';
import { rangePdfUrl, tabPdfUrl } from '../../src/core/pdf';
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { CLASSES, CONFIG, STUDENTS } from '../helpers/pinned-school';

const analysis = () => run([rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, CONFIG], '2026-01-20');
const row = (n: number) => ({ text: `Dòng ${n}`, sheet: 'Danh sách', cell: `A${n}` });
/**
 * At the newest point a row whose state asks for a fix (a GV hỗ trợ, a rating) ends with a link "Đến ô" to the
 * student's row (issue 20), in its own column: LibreOffice prints a link cell on one line, a long state was cut (issue 21).
 */
const fix = (n: number) => ({ ...row(n), text: 'Đến ô' });
// Class by class (issue 21): the heading names the class and its GVCN, so no Khối, Lớp or GVCN column.
// "Sửa" only for a class with a row to fix; an older point without today's GV hỗ trợ (issue 20).
const HEADER = ['Họ và tên', 'Cần hỗ trợ', 'Tình trạng', 'GV hỗ trợ', 'Xem ô', 'Sửa'];
const NO_FIX = HEADER.slice(0, 5);
const COUNTS = ['Lớp', 'Chưa tiến bộ', 'Cần hỗ trợ mới', 'Đã tiến bộ', 'Chưa có GV hỗ trợ', 'Chưa được đánh giá'];
const OLDER_NOTE = 'Ở mốc này chỉ ghi số học sinh từng lớp; tên từng em ở mốc mới nhất phía trên. Kết quả từng em ở mốc này: xem trang Danh sách (hoặc trang kết quả của lớp).';

describe('Theo dõi, cell by cell', () => {
  // Built in each test, not once for the describe: Stryker's per-test coverage sees only what a test runs.
  let layout: TabLayout;
  beforeEach(() => { layout = trackingLayout(analysis()); });
  const rows = (from: number, to: number): LayoutCell[][] => layout.rows.slice(from - 1, to);

  it('the newest review point first, class by class (a heading with the GVCN, the header), students by khối, class and given name', () => {
    expect(rows(1, 20)).toEqual([
      ['THEO DÕI HỌC SINH CẦN HỖ TRỢ THEO MỐC ĐÁNH GIÁ'],
      ['Mỗi mốc so với mốc trước đó mà em đã được đánh giá, từng lớp một. Mốc mới nhất ở trên cùng, với GV hỗ trợ hiện nay; cần sửa gì thì bấm "Đến ô" ở cột "Sửa".'],
      [],
      ['CUỐI HỌC KÌ I: 5 học sinh cần hỗ trợ'],
      ['Chưa tiến bộ: 3 · Cần hỗ trợ mới: 4 · Đã tiến bộ: 1 · Chưa có GV hỗ trợ: 1 · Chưa được đánh giá: 1'],
      // An and Em are in both: 3 + 4 = 7, and 5 in at least one, as the heading says.
      ['Có 2 em vừa chưa tiến bộ ở một mặt vừa cần hỗ trợ mới ở mặt khác, được đếm ở cả hai mục; số em ở ít nhất một trong hai mục là 5.'],
      ['Lớp 1A (GVCN Cô Mai) - Cuối học kì I: 2 học sinh'],
      NO_FIX,
      ['Trần Văn An', 'Toán, Năng lực', 'Chưa tiến bộ; Cần hỗ trợ mới', 'Cô Lan', row(3).text],
      ['Lê Thị Bình', '', 'Đã tiến bộ', '(chưa có)', row(4).text],
      ['Lớp 1B (GVCN Cô Đào) - Cuối học kì I: 2 học sinh'],
      HEADER,
      ['Phạm Minh Chi', 'Tiếng Việt', 'Chưa tiến bộ', 'Thầy Nam', row(5).text],
      ['Võ Thu Hà', '(GHKI: Tiếng Việt)', 'Chưa được đánh giá', 'Cô Lan', row(6).text, fix(6)],
      ['Lớp 2A (GVCN Thầy Bảo) - Cuối học kì I: 3 học sinh'],
      HEADER,
      ['Đỗ Văn Dũng', 'Toán, Phẩm chất', 'Cần hỗ trợ mới', 'Cô Hoa', row(7).text],
      ['Ngô Thị Em', 'Toán, Tiếng Việt', 'Chưa có GV hỗ trợ; Chưa tiến bộ; Cần hỗ trợ mới', '(chưa có)', row(8).text, fix(8)],
      ['Bùi Văn Giang', 'Toán', 'Cần hỗ trợ mới', 'Cô Hoa', row(9).text],
      [],
    ]);
    // The classes at the newest point print one to a page: the tab keeps only where they lie ("7:19")...
    expect(layout.classBlocks).toEqual([{ first: 7, last: 19 }]);
    expect(blocksValue(layout.classBlocks ?? [])).toBe('7:19');
    // ...and each class is read back from its heading: the sidebar's PDF link per class.
    const parts = classParts({ first: 7, last: 19 }, rows(7, 19).map((r) => r[0]));
    expect(parts).toEqual([['1A', 7, 10], ['1B', 11, 14], ['2A', 15, 19]]);
    expect(partRange(parts[1][1], parts[1][2])).toBe('A11:F14');
    // A secondary class at Cả năm, a class named with a dash: the heading still names the class.
    expect(headingClass('Lớp 10A1 (GVCN Cô Hoa) - Cả năm: 3 học sinh · Xem ô ở trang 10a')).toBe('10A1');
    expect(headingClass('Lớp 6A - 1 - Cuối học kì II: 2 học sinh')).toBe('6A - 1');
    expect(headingClass('Lớp 6A - hỗ trợ trong hè: 2 học sinh')).toBeUndefined();
    // Google's export of that range alone, printed as Tổng hợp is.
    expect(rangePdfUrl(tabPdfUrl('sheet-id', 77), 'A10:E13')).toBe(tabPdfUrl('sheet-id', 77, 'A10:E13'));
    expect(tabPdfUrl('sheet-id', 77, 'A10:E13')).toBe('https://docs.google.com/spreadsheets/d/sheet-id/export?format=pdf&gid=77&size=A4&portrait=false'
      + '&fitw=true&gridlines=false&sheetnames=false&printtitle=false&pagenumbers=false&fzr=false'
      + '&top_margin=0.8&bottom_margin=0.8&left_margin=1.2&right_margin=0.7&range=A10%3AE13');
  });

  // Older points are counted by class (issue 20: the newest point above lists each student; at 20,000
  // roster rows an older point written student by student was about 80,000 cells, each 0.3 ms on Google).
  it('Giữa học kì I, then Đầu năm, as counts by class with a Cộng row equal to the counts line', () => {
    expect(rows(21, 37)).toEqual([
      ['GIỮA HỌC KÌ I: 5 học sinh cần hỗ trợ'],
      ['Chưa tiến bộ: 1 · Cần hỗ trợ mới: 4 · Đã tiến bộ: 1 · Chưa có GV hỗ trợ: 2 · Chưa được đánh giá: 0'],
      [OLDER_NOTE],
      COUNTS,
      // An still needs Toán; Bình new TV, no GV hỗ trợ · Chi, Hà new · Dũng improved; Em new Toán, no GV hỗ trợ.
      ['1A (GVCN Cô Mai)', 1, 1, 0, 1, 0],
      ['1B (GVCN Cô Đào)', 0, 2, 0, 0, 0],
      ['2A (GVCN Thầy Bảo)', 0, 1, 1, 1, 0],
      ['Cộng', 1, 4, 1, 2, 0],
      [],
      ['ĐẦU NĂM: 3 học sinh cần hỗ trợ'],
      ['Chưa tiến bộ: 0 · Cần hỗ trợ mới: 3 · Đã tiến bộ: 0 · Chưa có GV hỗ trợ: 1 · Chưa được đánh giá: 0'],
      [OLDER_NOTE],
      COUNTS,
      // An new Toán, TV; Bình new NL, no GV hỗ trợ · Dũng new Toán. A class nobody is flagged in has no row.
      ['1A (GVCN Cô Mai)', 0, 2, 0, 1, 0],
      ['2A (GVCN Thầy Bảo)', 0, 1, 0, 0, 0],
      ['Cộng', 0, 3, 0, 1, 0],
      [],
    ]);
    expect(layout.rows).toHaveLength(37);
    // Older points' classes are not printed one to a page, and no count row reads as a class heading.
    expect(layout.classBlocks).toEqual([{ first: 7, last: 19 }]);
    expect(rows(21, 37).map((r) => headingClass(String(r[0] ?? '')))).toEqual(Array(17).fill(undefined));
  });

  it('look: sections filled, class headings bold with their header, each class bordered and wrapped, nothing merged, nothing frozen', () => {
    expect(layout.styles.title).toEqual(['A1:F1']);
    // The counts line and the note under it: students in both (row 6), an older point's (rows 22-23, 31-32).
    expect(layout.styles.italic).toEqual(['A2:F2', 'A5:F6', 'A22:F23', 'A31:F32']);
    expect(layout.styles.sectionFill).toEqual(['A4:F4', 'A21:F21', 'A30:F30']);
    // A class's heading and its header row are one range where the table is as wide as the tab; a
    // table without "Sửa" (1A) is bordered to its own columns. An older point's count table: its
    // header and its Cộng row bold, the class column wrapped, the numbers centred.
    expect(layout.styles.bold).toEqual(['A4:F4', 'A7:F7', 'A8:E8', 'A11:F12', 'A15:F16', 'A21:F21', 'A24:F24', 'A28:F28',
      'A30:F30', 'A33:F33', 'A36:F36']);
    expect(layout.styles.border).toEqual(['A8:E10', 'A12:F14', 'A16:F19', 'A24:F28', 'A33:F36']);
    expect(layout.styles.wrap).toEqual(['A8:E10', 'A12:F14', 'A16:F19', 'A24:F24', 'A25:A28', 'A33:F33', 'A34:A36']);
    expect(layout.styles.center).toEqual(['A8:E8', 'A12:F12', 'A16:F16', 'A24:F24', 'B25:F28', 'A33:F33', 'B34:F36']);
    // For A4 landscape: 960 px, so 10 pt prints at 9 pt or more.
    expect(layout.columnWidths).toEqual([185, 185, 250, 180, 100, 60]);
    expect([layout.width, layout.frozenRows, layout.merges, layout.printable, layout.name]).toEqual([6, 0, [], false, 'Theo dõi']);
  });

  it('at Cuối năm: the summer list first, class by class, with HSKT and every student still needing support', () => {
    const a = run([rosterGrid([
      { name: 'Lê Văn Tám', className: '3A', supporter: 'Cô Lan', disability: true, ratings: { CN: { Toán: 'C', 'Tiếng Việt': 'C' } } },
      { name: 'Hồ Thị Ba', className: '2B', supporter: '', ratings: { CN: { 'Năng lực': 'C' } } },
      { name: 'Mai Văn Tư', className: '2B', supporter: 'Cô Lan', ratings: { CN: { Toán: 'H' } } },
      { name: 'Lý Văn Năm', className: '2B', supporter: 'Cô Lan', ratings: { CN: { Toán: 'Z' } } },
    ], { points: ['CN'] })], '2026-06-01');
    const layout = trackingLayout(a);
    const summer = ['Họ và tên', 'Cần hỗ trợ', 'GV hỗ trợ', 'HSKT', 'Xem ô'];
    expect(layout.rows.slice(3, 11)).toEqual([
      ['DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ: 2 học sinh'],
      ['Lớp 2B - hỗ trợ trong hè: 1 học sinh'],
      summer,
      ['Hồ Thị Ba', 'Năng lực', '(chưa có)', '', row(4)],
      ['Lớp 3A - hỗ trợ trong hè: 1 học sinh'],
      summer,
      ['Lê Văn Tám', 'Toán, Tiếng Việt', 'Cô Lan', 'x', row(3)],
      [],
    ]);
    expect(layout.rows[11]).toEqual(['CUỐI NĂM: 2 học sinh cần hỗ trợ']);
    expect(layout.styles.sectionFill?.[0]).toBe('A4:F4');
    expect(layout.styles.border?.slice(0, 2)).toEqual(['A6:E7', 'A9:E10']);
    // HSKT's "x" in the middle of its column, each class's rows.
    expect(layout.styles.center).toEqual(expect.arrayContaining(['D7:D7', 'D10:D10']));
    // The summer headings are not the newest point's classes: only Cuối năm's are printed one to a page.
    expect(layout.classBlocks).toEqual([{ first: 14, last: 19 }]);
  });

  it('no flag at all: one line says so', () => {
    const layout = trackingLayout(run([rosterGrid([{ name: 'An', className: '1A', ratings: { GKI: { Toán: 'H' } } }], { points: ['GKI'] })]));
    expect(layout.rows.slice(3)).toEqual([['Chưa có học sinh nào cần theo dõi: chưa có mốc đánh giá nào ghi học sinh cần hỗ trợ.']]);
    expect(layout.styles.bold).toEqual(['A4:F4']);
    expect(layout.classBlocks).toBeUndefined();
  });
});

describe('Kiểm tra, cell by cell', () => {
  it('the counts line, the hint, and each problem under its class with a link to its cell', () => {
    const layout = checkLayout(analysis());
    const link = (cell: string) => ({ text: cell, sheet: 'Danh sách', cell });
    expect(layout.rows).toEqual([
      ['KIỂM TRA DANH SÁCH HỌC SINH CẦN HỖ TRỢ'],
      ['Đã đọc 7 dòng học sinh: 7 dòng được tính, 0 dòng bị loại vì có lỗi. 0 lỗi, 3 cảnh báo. Kiểm tra ngày 20/01/2026.'],
      ['Bấm vào ô ở cột "Ô" để đến chỗ cần sửa. Dòng có lỗi không được tính vào Tổng hợp; cảnh báo vẫn được tính.'],
      [],
      ['Lớp', 'Trang', 'Ô', 'Mức', 'Mã', 'Nội dung và cách sửa'],
      ['Lớp 1B'],
      ['1B', 'Danh sách', link('P6'), 'Cảnh báo', 'NOT_RATED',
        'Võ Thu Hà (1B) cần hỗ trợ Tiếng Việt ở mốc Giữa học kì I nhưng chưa được đánh giá Cuối học kì I. Nhập kết quả Cuối học kì I cho em.'],
      ['Lớp 2A'],
      ['2A', 'Danh sách', link('F8'), 'Cảnh báo', 'SUPPORTER_MISSING',
        'Ngô Thị Em (2A) cần hỗ trợ Toán, Tiếng Việt (Cuối học kì I) nhưng chưa có GV hỗ trợ. Ghi tên giáo viên vào cột GV hỗ trợ.'],
      // The Lớp tab leaves 2A's Sĩ số blank: said at its cell (review-7 F6).
      ['2A', 'Lớp', { text: 'D4', sheet: 'Lớp', cell: 'D4' }, 'Cảnh báo', 'CLASS_LIST_SIZE_MISSING',
        'Sĩ số của lớp 2A để trống: không lớp nào của khối 2 có sĩ số, nên THHS khối 2 (3) chỉ là số dòng học sinh của khối trong Danh sách, thường ít hơn sĩ số thật. Ghi sĩ số của lớp 2A, ví dụ 35.'],
    ]);
    expect(layout.styles).toEqual({
      title: ['A1:F1'], bold: ['A2:F2', 'A6:F6', 'A8:F8', 'A5:F5'], italic: ['A3:F3'], small: ['A3:F3'],
      sectionFill: ['A6:F6', 'A8:F8'], warningText: ['D7', 'D9:D10'],
      headerFill: ['A5:F5'], center: ['A5:F5'], middle: ['A5:F5'], wrap: ['A5:F5', 'F6:F10'], border: ['A5:F10'],
    });
    expect([layout.frozenRows, layout.columnWidths, layout.name, layout.printable]).toEqual([5, [70, 90, 60, 80, 190, 500], 'Kiểm tra', false]);
  });

  it('errors first, in red; whole-tab problems under "Chung" before the classes; excluded rows counted', () => {
    const a = run([
      { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['An', '1A', 'Cô Lan', 'C'], ['Bình', '', 'Cô Lan', 'C'], ['Chi', '2A', 'Cô Lan', 'Q']] },
      { name: 'Cấu hình', values: [['Năm học', 'năm nay']] },
    ], '2025-11-20');
    const layout = checkLayout(a);
    const lines = layout.rows.map((r) => r.map((c) => (c && typeof c === 'object' ? `<${c.cell}>` : c ?? '')).join('|'));
    expect(lines.slice(1, 2)).toEqual(['Đã đọc 3 dòng học sinh: 1 dòng được tính, 2 dòng bị loại vì có lỗi. 2 lỗi, 1 cảnh báo. Kiểm tra ngày 20/11/2025.']);
    expect(lines.slice(4)).toEqual([
      'Lớp|Trang|Ô|Mức|Mã|Nội dung và cách sửa',
      'Chung (cả trang hoặc dòng chưa có lớp)',
      `|Danh sách|<B3>|Lỗi|CLASS_MISSING|${a.problems.find((p) => p.code === 'CLASS_MISSING')?.message}`,
      `|Cấu hình|<B1>|Cảnh báo|CONFIG_VALUE_INVALID|${a.problems.find((p) => p.code === 'CONFIG_VALUE_INVALID')?.message}`,
      'Lớp 2A',
      `2A|Danh sách|<D4>|Lỗi|RATING_INVALID|${a.problems.find((p) => p.code === 'RATING_INVALID')?.message}`,
    ]);
    expect(layout.styles.errorText).toEqual(['D7', 'D10']);
    expect(layout.styles.warningText).toEqual(['D8']);
  });
});

describe('Theo dõi, order and GVCN', () => {
  it('class 3A before 3A1 whatever the names; a class missing from the Lớp tab has no GVCN', () => {
    const a = run([rosterGrid([
      { name: 'Nguyễn An', className: '3A1', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } },
      { name: 'Lê Bình', className: '3A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } },
    ], { points: ['GKI'] }), classGrid([['3A', 3, 'Cô Mai', 30]])], '2025-11-20');
    const rows = trackingLayout(a).rows;
    const at = (text: string) => rows.findIndex((r) => r[0] === text);
    expect(at('Lớp 3A (GVCN Cô Mai) - Giữa học kì I: 1 học sinh')).toBe(5);
    expect(rows[7]).toEqual(['Lê Bình', 'Toán', 'Cần hỗ trợ mới', 'Cô Lan', 'Dòng 4']);
    expect(at('Lớp 3A1 - Giữa học kì I: 1 học sinh')).toBe(8);
    expect(rows[10]).toEqual(['Nguyễn An', 'Toán', 'Cần hỗ trợ mới', 'Cô Lan', 'Dòng 3']);
  });
});

it('Theo dõi: a student not rated after needing two areas shows both, with the point they were needed at', () => {
  const a = run([rosterGrid([
    { name: 'Trần Chi', className: '3A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C', 'Tiếng Việt': 'C' } } },
  ], { points: ['GKI', 'CKI'] }), classGrid([['3A', 3, 'Cô Mai', 30]])], '2026-01-20');
  const rows = trackingLayout(a).rows;
  expect(rows.filter((r) => r[0] === 'Trần Chi')).toEqual([
    ['Trần Chi', '(GHKI: Toán, Tiếng Việt)', 'Chưa được đánh giá', 'Cô Lan', row(3).text, fix(3)],
  ]);
  // Giữa học kì I, older, counts her in her class (issue 20).
  expect(rows.slice(rows.findIndex((r) => r[0] === 'GIỮA HỌC KÌ I: 1 học sinh cần hỗ trợ') + 3).slice(0, 3)).toEqual([
    COUNTS, ['3A (GVCN Cô Mai)', 0, 1, 0, 0, 0], ['Cộng', 0, 1, 0, 0, 0],
  ]);
});

test('Theo dõi: an at-risk student without a mentor comes first in the class and links what to fix, even when no longer needing support', () => {
  const a = run([{ name: 'Danh sách', values: [
    ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'Hoàn cảnh', 'GKI - Số buổi nghỉ', 'ĐN - Toán', 'ĐN - Tiếng Việt', 'GKI - Toán', 'GKI - Tiếng Việt'],
    ['Nguyễn Văn An', '1A', 'Cô Lan', '', '', 'C', '', 'C', 'H'],
    ['Lê Thị Bình', '1A', '', 'Mồ côi cha', 30, 'C', '', 'H', 'H'],
    ['Trần Văn Cúc', '1A', 'Cô Hoa', 'Mồ côi mẹ', '', 'C', 'C', 'C', 'C'],
  ] }], '2026-01-20');
  expect(trackingLayout(a).rows.slice(6, 10)).toEqual([
    HEADER,
    // Bình improved, but is at risk with no mentor: first, and "Sửa" goes to her row.
    ['Lê Thị Bình', '', 'Đã tiến bộ; Nguy cơ bỏ học (Chuyên cần, Hoàn cảnh)', '(chưa có)', 'Dòng 3', fix(3)],
    ['Nguyễn Văn An', 'Toán', 'Chưa tiến bộ', 'Cô Lan', 'Dòng 2'],
    // At risk with a mentor: in name order, nothing to fix.
    ['Trần Văn Cúc', 'Toán, Tiếng Việt', 'Chưa tiến bộ; Nguy cơ bỏ học (Học tập, Hoàn cảnh)', 'Cô Hoa', 'Dòng 4'],
  ]);
});

test('Theo dõi: the counts line names Nguy cơ bỏ học only when someone is at risk', () => {
  const roster = (absences: number) => ({ name: 'Danh sách', values: [
    ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'Hoàn cảnh', 'GKI - Số buổi nghỉ', 'GKI - Toán', 'GKI - Tiếng Việt'],
    ['Nguyễn Văn An', '1A', 'Cô Lan', '', '', 'C', 'H'],
    ['Lê Thị Bình', '1A', 'Cô Hoa', 'Mồ côi cha', absences, 'C', 'H'],
  ] });
  // 30 buổi nghỉ and a Hoàn cảnh: two signals; 2 buổi: one, not at risk.
  expect(trackingLayout(run([roster(30)], '2026-01-20')).rows[4]).toEqual(
    ['Chưa tiến bộ: 0 · Cần hỗ trợ mới: 2 · Đã tiến bộ: 0 · Chưa có GV hỗ trợ: 0 · Chưa được đánh giá: 0 · Nguy cơ bỏ học: 1']);
  expect(trackingLayout(run([roster(2)], '2026-01-20')).rows[4]).toEqual(
    ['Chưa tiến bộ: 0 · Cần hỗ trợ mới: 2 · Đã tiến bộ: 0 · Chưa có GV hỗ trợ: 0 · Chưa được đánh giá: 0']);
});

test('Theo dõi\'s class blocks read back from the tab\'s metadata: what is not "first:last" with 1 <= first <= last is left out', () => {
  expect(parseBlocks('6:48')).toEqual([{ first: 6, last: 48 }]);
  expect(parseBlocks('6:48, 106:480 ,12:12')).toEqual([{ first: 6, last: 48 }, { first: 106, last: 480 }, { first: 12, last: 12 }]);
  expect(parseBlocks(blocksValue([{ first: 1, last: 9 }, { first: 20, last: 31 }]))).toEqual([{ first: 1, last: 9 }, { first: 20, last: 31 }]);
  expect(parseBlocks('x6:48, 6:48x, a:4, 4:b, 0:5, 9:8, ')).toEqual([]);
  expect(parseBlocks('')).toEqual([]);
  expect(parseBlocks(undefined)).toEqual([]);
});
