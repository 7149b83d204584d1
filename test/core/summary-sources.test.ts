// The generated tabs of a school that brings its vnEdu class tabs beside its Danh sách (PRODUCT 2.2,
// 3.4): which tabs the printed numbers come from, Kiểm tra's line of the class tabs read, and
// Theo dõi's links to the C cell of the class tab. Every number below is worked out by hand.
//
// Danh sách (rows 3–6; columns STT A, Họ và tên B, Ngày sinh C, Lớp D, HSKT E, GV hỗ trợ F, CKI G–J):
//   An 2A (Toán C, Cô Lan) · Bình 2A (HSKT; TV, NL C; Cô Hoa) · Hà 2B (Toán H, TV C; Thầy Nam)
//   · Khang 2B (Toán C; Thầy Nam; in no class tab).
// Class tabs, in the order the Sheet holds them: 3a (CKI, 2024-2025 subject order), 2a, 2b (CKI),
// 1a (last year's Cuối năm: this year's Đầu năm), 3a (2) (3A twice: not counted), 4a (2023: not counted).
//   2a: An (Toán C), Bình (TV C, Tính toán C), Nhi¹ (all fine; Toán C in 1a), Nhi² (Trung thực C), Châu (Âm nhạc C)
//   2b: An² (fine), Hà (Toán C, TV C), Hạ (fine)
//   3a: Lâm (Công nghệ C), Mai, Bảo (Toán C, Yêu nước C), Huy
//   1a: An (Toán C), Bình (TV C), Nhi¹ (Toán C), Xa (TV C; in no class tab this year: not counted)
//
// Cuối học kì I, khối 2 (THHS 5 + 3 = 8 from the class tabs): needing support An, Bình, Nhi², Châu, Hà,
// Khang = 6; Toán An, Hà, Khang = 3; TV Bình, Hà = 2; NL Bình; PC Nhi²; Âm nhạc Châu; HSKT Bình; 6/8 = 75,00%.
// Khối 3 (THHS 4): Lâm, Bảo = 2; Toán 1, PC 1, Công nghệ 1; 2/4 = 50,00%. TC 12, 8 = 66,67%.
// Đầu năm, khối 2: An (Toán), Bình (TV), Nhi¹ (Toán) = 3 of 8 = 37,50%; khối 3: 0 of 4. TC 3/12 = 25,00%.

import type { Analysis } from '../../src/core/analyse';
import { checkLayout, summaryLayout, summaryRows, trackingLayout, type TabLayout } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { CLASS_2A, CLASS_2B, CLASS_3A, TYPED_4A, ORDER_2024, ORDER_2025, vneduSheet, type VneduStudent, type VneduTab } from '../../local/vnedu-export';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const tab = (sheet: string, className: string, students: VneduStudent[], over: Partial<VneduTab> = {}): SheetGrid =>
  vneduSheet({ sheet, className, students, point: 'CKI', year: 2025, subjects: ORDER_2025, ...over }).grid;

const LAST_YEAR_1A: VneduStudent[] = [
  { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } },
  { id: 9000000002, name: 'Lê Thị Bình', birth: '02/03/2018', female: true, ratings: { 'Tiếng Việt': 'C' } },
  { id: 9000000003, name: 'Mai Hồng Nhi', birth: '08/12/2018', female: true, ratings: { Toán: 'C' } },
  { id: 9000000020, name: 'Lê Văn Xa', birth: '03/04/2018', ratings: { 'Tiếng Việt': 'C' } },
];
const ROSTER = rosterGrid([
  { name: 'Nguyễn Văn An', className: '2A', birth: '05/01/2018', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
  { name: 'Lê Thị Bình', className: '2A', birth: '02/03/2018', disability: true, supporter: 'Cô Hoa', ratings: { CKI: { 'Tiếng Việt': 'C', 'Năng lực': 'C' } } },
  { name: 'Phạm Thu Hà', className: '2B', birth: '01/02/2018', supporter: 'Thầy Nam', ratings: { CKI: { Toán: 'H', 'Tiếng Việt': 'C' } } },
  { name: 'Đỗ Văn Khang', className: '2B', birth: '09/09/2018', supporter: 'Thầy Nam', ratings: { CKI: { Toán: 'C' } } },
], { points: ['CKI'] });
const CLASSES = classGrid([['2A', 2, 'Cô Lan', 6], ['2B', 2, 'Thầy Nam', 3], ['3A', 3, 'Cô Đào', 4]]);
const CLASS_TABS = [
  tab('3a', '3A', CLASS_3A, { subjects: ORDER_2024 }), tab('2a', '2A', CLASS_2A), tab('2b', '2B', CLASS_2B),
  tab('1a', '1A', LAST_YEAR_1A, { point: 'CN', year: 2024 }), tab('3a (2)', '3A', CLASS_3A, { subjects: ORDER_2024 }),
  tab('4a', '4A', CLASS_3A, { year: 2023 }),
];

/** Printed cells of a row (columns A..K: 6 areas), trailing blanks dropped; links as their text. */
const cells = (layout: TabLayout, width: number) => layout.rows.map((r) => {
  const row = r.slice(0, width).map((c) => (c && typeof c === 'object' ? c.text : c));
  while (row.length > 0 && (row[row.length - 1] === null || row[row.length - 1] === undefined)) row.pop();
  return row;
});
const lines = (layout: TabLayout) => layout.rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')).join('|'));
const link = (sheet: string, cell: string, text = `${sheet}!${cell}`) => ({ text, sheet, cell });

const AREAS6 = [null, null, null, 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Công nghệ', 'Âm nhạc'];

describe('vnEdu class tabs beside Danh sách: Tổng hợp, cell by cell', () => {
  // Built afresh in each test (not once for the describe): Stryker's per-test coverage sees only what a test runs.
  let layout: TabLayout;
  let rows: ReturnType<typeof cells>;
  beforeEach(() => {
    layout = summaryRows(run([CONFIG, ROSTER, CLASSES, ...CLASS_TABS]));
    rows = cells(layout, 11);
  });

  it('section 1: THHS from the class tabs, the official rating winning, and the tabs the numbers come from', () => {
    expect(rows.slice(7, 16)).toEqual([
      ['1. Số học sinh cần hỗ trợ theo khối - Cuối học kì I'],
      ['Khối', 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', null, null, null, null, null, 'Trong đó HSKT', 'Tỉ lệ'],
      AREAS6,
      //  THHS need Toán TV NL PC CN ÂN HSKT share
      ['2', 8, 6, 3, 2, 1, 1, 0, 1, 1, '75,00%'],
      ['3', 4, 2, 1, 0, 0, 1, 1, 0, 0, '50,00%'],
      ['TC', 12, 8, 4, 2, 1, 2, 1, 1, 1, '66,67%'],
      ['THHS: số học sinh trong kết quả chính thức các lớp. Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.'],
      // Khối in ascending order whatever the order of the tabs; the duplicate and the wrong year are not named.
      ['Nguồn: kết quả vnEdu Cuối học kì I, 2 lớp khối 2 (2a, 2b), 1 lớp khối 3 (3a); trang Danh sách.'],
      [],
    ]);
  });

  it('the trend and the progress counts, with the notListed line', () => {
    expect(rows.slice(16, 33)).toEqual([
      ['2. Diễn biến qua các mốc đánh giá'],
      ['Mốc đánh giá', 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', null, null, null, null, null, 'Trong đó HSKT', 'Tỉ lệ'],
      AREAS6,
      // Khối 3 has no Đầu năm rating (last year's Cuối năm covers khối 2 only): no "0 need" khối, TC without it (review-7 F15).
      ['Đầu năm', 8, 3, 2, 1, 0, 0, 0, 0, 1, '37,50%'],
      ['Cuối học kì I', 12, 8, 4, 2, 1, 2, 1, 1, 1, '66,67%'],
      ['Dòng Đầu năm chưa tính khối 3: chưa có học sinh nào của khối được đánh giá ở mốc này.'],
      [],
      ['3. Tiến bộ tại mốc Cuối học kì I'],
      ['Tình trạng', null, null, 'Số học sinh'],
      ['Đã tiến bộ', null, null, 1], // Nhi¹
      ['Chưa tiến bộ', null, null, 2], // An (Toán), Bình (TV)
      ['Cần hỗ trợ mới', null, null, 7], // Bình (NL), Nhi², Châu, Hà, Khang, Lâm, Bảo
      ['Chưa có GV hỗ trợ', null, null, 4], // Nhi², Châu, Lâm, Bảo: in no Danh sách row
      ['Chưa được đánh giá', null, null, 0],
      ['Chưa có trong Danh sách', null, null, 4],
      // Bình is in both rows: 2 + 7 - 1 = 8, the TSHS cần hỗ trợ at Cuối học kì I.
      ['Có 1 em vừa chưa tiến bộ ở một mặt vừa cần hỗ trợ mới ở mặt khác, được đếm ở cả hai dòng Chưa tiến bộ và Cần hỗ trợ mới; '
        + 'số em ở ít nhất một trong hai dòng là 8.'],
      [],
    ]);
  });

  it('the earlier point: last year\'s Cuối năm as Đầu năm, named with last year and its khối then', () => {
    // Rows 34-39: the measures (sections 4 and 5).
    expect(rows.slice(39, 47)).toEqual([
      ['6. Số liệu theo khối ở các mốc trước'],
      ['Đầu năm'],
      ['Khối', 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', null, null, null, null, null, 'Trong đó HSKT', 'Tỉ lệ'],
      AREAS6,
      ['2', 8, 3, 2, 1, 0, 0, 0, 0, 1, '37,50%'],
      ['TC', 8, 3, 2, 1, 0, 0, 0, 0, 1, '37,50%'],
      // Danh sách has no Đầu năm block: it gives only GV hỗ trợ and HSKT there; khối 3 is not rated there.
      ['Nguồn: kết quả vnEdu Cuối năm 2024-2025 (năm học trước), 1 lớp khối 1 (1a); GV hỗ trợ, HSKT từ trang Danh sách.'
        + ' Khối 3 chưa có học sinh nào được đánh giá ở mốc Đầu năm, nên chưa có trong bảng và trong dòng TC; khi giáo viên nhập kết quả mốc này, bấm Tổng hợp lại.'],
      [],
    ]);
  });

  it('the chart block: needs per khối at each point', () => {
    expect(layout.rows.slice(0, 3).map((r) => r.slice(12))).toEqual([['Khối', 'Đầu năm', 'Cuối học kì I'], ['Khối 2', 3, 6], ['Khối 3', null, 2]]);
    expect(layout.chart?.range).toBe('M1:O3');
  });
});

describe('vnEdu class tabs beside Danh sách: Kiểm tra and Theo dõi', () => {
  let analysis: Analysis;
  beforeEach(() => { analysis = run([CONFIG, ROSTER, CLASSES, ...CLASS_TABS]); });

  it('Kiểm tra names the class tabs read per review point, and those not counted', () => {
    expect(lines(checkLayout(analysis)).slice(1, 4)).toEqual([
      // 4 Danh sách rows, and 9 students only the class tabs list (Nhi¹, Nhi², Châu; An², Hạ; the four of 3A)
      'Đã đọc 13 dòng học sinh: 13 dòng được tính, 0 dòng bị loại vì có lỗi. 2 lỗi, 4 cảnh báo. Kiểm tra ngày 20/01/2026.',
      'Trang kết quả các lớp đã đọc: Cuối học kì I: 3a, 2a, 2b; Cuối năm học trước (làm mốc Đầu năm): 1a. Không tính: 3a (2), 4a (xem lỗi bên dưới).',
      'Bấm vào ô ở cột "Ô" để đến chỗ cần sửa. Dòng có lỗi không được tính vào Tổng hợp; cảnh báo vẫn được tính.',
    ]);
  });

  it('Theo dõi names each need\'s C cell in the class tab, an improved student\'s name cell, a Danh sách-only student\'s row; a state asking for a fix links there', () => {
    const layout = trackingLayout(analysis);
    // The state of a student to list in Danh sách and give a GV hỗ trợ: a link to where the need was read.
    const state = 'Chưa có GV hỗ trợ; Cần hỗ trợ mới; Chưa có trong Danh sách';
    // Its row ends with a link "Đến ô" there, apart from the long state: LibreOffice prints a link cell on one line (issue 21).
    const fix = (tab: string, cell: string) => [cell, { ...link(tab, cell), text: 'Đến ô' }];
    const start = layout.rows.findIndex((r) => r[0] === 'CUỐI HỌC KÌ I: 8 học sinh cần hỗ trợ');
    const header = ['Họ và tên', 'Cần hỗ trợ', 'Tình trạng', 'GV hỗ trợ', 'Xem ô', 'Sửa'];
    // Class by class (a heading and the header each: the homeroom teacher's page). The heading names the
    // tab most of the class's cells are in, and "Xem ô" the cell alone there; another tab's cell keeps its tab.
    expect(layout.rows.slice(start, start + 19)).toEqual([
      ['CUỐI HỌC KÌ I: 8 học sinh cần hỗ trợ'],
      ['Chưa tiến bộ: 2 · Cần hỗ trợ mới: 7 · Đã tiến bộ: 1 · Chưa có GV hỗ trợ: 4 · Chưa được đánh giá: 0 · Chưa có trong Danh sách: 4'],
      // Lê Thị Bình is in both (2 + 7 = 9, 8 in at least one).
      ['Có 1 em vừa chưa tiến bộ ở một mặt vừa cần hỗ trợ mới ở mặt khác, được đếm ở cả hai mục; số em ở ít nhất một trong hai mục là 8.'],
      ['Lớp 2A (GVCN Cô Lan) - Cuối học kì I: 5 học sinh · Xem ô ở trang 2a'],
      header,
      // 2a: Toán is column I, Tiếng Việt G, Âm nhạc Q, Trung thực AF, the name C; students from row 10.
      ['Nguyễn Văn An', 'Toán', 'Chưa tiến bộ', 'Cô Lan', 'I10'],
      ['Lê Thị Bình', 'Tiếng Việt, Năng lực', 'Chưa tiến bộ; Cần hỗ trợ mới', 'Cô Hoa', 'G11'],
      ['Trần Minh Châu', 'Âm nhạc', state, '(chưa có)', ...fix('2a', 'Q14')],
      ['Mai Hồng Nhi', '', 'Đã tiến bộ', '(chưa có)', 'C12'],
      ['Mai Hồng Nhi', 'Phẩm chất', state, '(chưa có)', ...fix('2a', 'AF13')],
      ['Lớp 2B (GVCN Thầy Nam) - Cuối học kì I: 2 học sinh · Xem ô ở trang 2b'],
      header.slice(0, 5), // nothing to fix in 2B: no "Sửa" column (issue 20)
      ['Phạm Thu Hà', 'Toán, Tiếng Việt', 'Cần hỗ trợ mới', 'Thầy Nam', 'I11'],
      ['Đỗ Văn Khang', 'Toán', 'Cần hỗ trợ mới', 'Thầy Nam', link('Danh sách', 'A6', 'Dòng 6').text],
      // 3a (2024-2025 order): Toán is column G, Công nghệ Q.
      ['Lớp 3A (GVCN Cô Đào) - Cuối học kì I: 2 học sinh · Xem ô ở trang 3a'],
      header,
      ['Vũ Quốc Bảo', 'Toán, Phẩm chất', state, '(chưa có)', ...fix('3a', 'G12')],
      ['Hồ Văn Lâm', 'Công nghệ', state, '(chưa có)', ...fix('3a', 'Q10')],
      [],
    ]);
    // Đầu năm, older, is counted by class (issue 20): An, Bình, Nhi¹ new in 2A, Nhi¹ without a GV hỗ
    // trợ and not in Danh sách. Six kinds in a tab of six columns: the sixth goes on in a second table.
    const dn = layout.rows.findIndex((r) => r[0] === 'ĐẦU NĂM: 3 học sinh cần hỗ trợ');
    expect(layout.rows.slice(dn + 1, dn + 12)).toEqual([
      ['Chưa tiến bộ: 0 · Cần hỗ trợ mới: 3 · Đã tiến bộ: 0 · Chưa có GV hỗ trợ: 1 · Chưa được đánh giá: 0 · Chưa có trong Danh sách: 1'],
      ['Ở mốc này chỉ ghi số học sinh từng lớp; tên từng em ở mốc mới nhất phía trên. Kết quả từng em ở mốc này: xem trang Danh sách (hoặc trang kết quả của lớp).'],
      ['Lớp', 'Chưa tiến bộ', 'Cần hỗ trợ mới', 'Đã tiến bộ', 'Chưa có GV hỗ trợ', 'Chưa được đánh giá'],
      ['2A (GVCN Cô Lan)', 0, 3, 0, 1, 0],
      ['Cộng', 0, 3, 0, 1, 0],
      [],
      ['Lớp', 'Chưa có trong Danh sách'],
      ['2A (GVCN Cô Lan)', 1],
      ['Cộng', 1],
      [],
    ]);
    // Each part is a bordered table with its header: the second is as wide as its columns.
    expect(layout.styles.border?.slice(-2)).toEqual([`A${dn + 4}:F${dn + 6}`, `A${dn + 8}:B${dn + 10}`]);
  });
});

const HEADER4 = ['Khối', 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', null, null, null, 'Trong đó HSKT', 'Tỉ lệ'];
const printed = (layout: TabLayout) => cells(layout, 9);

describe('official results alone, a school-typed class sheet, and tabs that do not count', () => {
  it('without Danh sách: the typed sheet and the vnEdu tab each named as what they are, no Danh sách anywhere', () => {
    // 2b: Hà needs Toán and TV (1 of 3); Kết quả 4A: 2 of 2. TC 3 of 5 = 60,00%.
    const a = run([CONFIG, TYPED_4A, tab('2b', '2B', CLASS_2B)]);
    const rows = printed(summaryLayout(a));
    expect(rows.slice(8, 15)).toEqual([
      HEADER4, [null, null, null, 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'],
      ['2', 3, 1, 1, 1, 0, 0, 0, '33,33%'],
      ['4', 2, 2, 1, 1, 1, 0, 0, '100,00%'],
      ['TC', 5, 3, 2, 2, 1, 0, 0, '60,00%'],
      ['THHS: số học sinh trong kết quả chính thức các lớp. Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.'],
      ['Nguồn: bảng kết quả lớp Cuối học kì I, 1 lớp khối 4 (Kết quả 4A); kết quả vnEdu Cuối học kì I, 1 lớp khối 2 (2b).'],
    ]);
    // No Danh sách: nobody can be missing from it, so no such line.
    const progress = rows.findIndex((r) => r[0] === 'Tình trạng');
    expect(rows.slice(progress + 1, progress + 7)).toEqual([
      ['Đã tiến bộ', null, null, 0], ['Chưa tiến bộ', null, null, 0], ['Cần hỗ trợ mới', null, null, 3], ['Chưa có GV hỗ trợ', null, null, 3],
      ['Chưa được đánh giá', null, null, 0], [],
    ]);
    expect(lines(checkLayout(a)).slice(1, 3)).toEqual([
      'Đã đọc 5 dòng học sinh: 5 dòng được tính, 0 dòng bị loại vì có lỗi. 0 lỗi, 0 cảnh báo. Kiểm tra ngày 20/01/2026.',
      'Trang kết quả các lớp đã đọc: Cuối học kì I: Kết quả 4A, 2b.',
    ]);
  });

  it('a class tab of another year beside Danh sách: not counted, Kiểm tra says so, Tổng hợp names only Danh sách', () => {
    const a = run([CONFIG, rosterGrid([{ name: 'An', className: '5A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } }], { points: ['CKI'] }),
      tab('4a', '4A', CLASS_2B, { year: 2023 })]);
    const check = checkLayout(a);
    expect(lines(check).slice(1, 3)).toEqual([
      'Đã đọc 1 dòng học sinh: 1 dòng được tính, 0 dòng bị loại vì có lỗi. 1 lỗi, 0 cảnh báo. Kiểm tra ngày 20/01/2026.',
      'Trang kết quả các lớp đã đọc: không trang nào được tính. Không tính: 4a (xem lỗi bên dưới).',
    ]);
    // The problem's cell is a link into the class tab.
    expect(check.rows.find((r) => r[4] === 'OFFICIAL_WRONG_YEAR')?.slice(0, 4)).toEqual(['4A', '4a', link('4a', 'A4', 'A4'), 'Lỗi']);
    const rows = printed(summaryLayout(a));
    expect(rows.slice(10, 14)).toEqual([
      ['5', 1, 1, 1, 0, 0, 0, 0, '100,00%'],
      ['TC', 1, 1, 1, 0, 0, 0, 0, '100,00%'],
      ['THHS: số dòng học sinh trong Danh sách (trang Lớp chưa có sĩ số). Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.'],
      ['Nguồn: trang Danh sách.'],
    ]);
  });

  it('THHS per khối from where each khối\'s count comes: the class tab for 2, the Danh sách rows for 4 and 5', () => {
    const a = run([CONFIG, rosterGrid([
      { name: 'Bình', className: '4A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'H' } } },
      { name: 'An', className: '5A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
    ], { points: ['CKI'] }), tab('2b', '2B', CLASS_2B)]);
    expect(printed(summaryLayout(a)).slice(10, 16)).toEqual([
      ['2', 3, 1, 1, 1, 0, 0, 0, '33,33%'],
      ['4', 1, 0, 0, 0, 0, 0, 0, '0,00%'],
      ['5', 1, 1, 1, 0, 0, 0, 0, '100,00%'],
      ['TC', 5, 2, 2, 1, 0, 0, 0, '40,00%'],
      ['THHS: khối 2 theo số học sinh trong kết quả chính thức các lớp; khối 4, 5 theo số dòng học sinh trong Danh sách (trang Lớp chưa có sĩ số). Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.'],
      ['Nguồn: kết quả vnEdu Cuối học kì I, 1 lớp khối 2 (2b); trang Danh sách.'],
    ]);
  });
});

describe('Danh sách over several tabs, and a signer title left as a dash', () => {
  it('names every Danh sách tab its numbers come from; Kiểm tra links each problem into its own tab', () => {
    const a = run([
      { ...rosterGrid([{ name: 'An', className: '1A', ratings: { CKI: { Toán: 'C' } } }], { points: ['CKI'] }), name: 'Danh sách khối 1' },
      { ...rosterGrid([{ name: 'Bình', className: '2A', ratings: { CKI: { Toán: 'C' } } }], { points: ['CKI'] }), name: 'Danh sách khối 2' },
      // A Danh sách tab with no header gives nothing (Kiểm tra says so), and is not named as a source.
      { name: 'Danh sách cũ', values: [['Ghi chú'], ['chuyển sang trang mới']] },
    ]);
    expect(a.problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`)).toContain('HEADER_NOT_FOUND@Danh sách cũ!A1:Z2');
    expect(printed(summaryLayout(a)).slice(12, 15)).toEqual([
      ['TC', 2, 2, 2, 0, 0, 0, 0, '100,00%'],
      ['THHS: số dòng học sinh trong Danh sách (trang Lớp chưa có sĩ số). Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.'],
      ['Nguồn: trang Danh sách khối 1, Danh sách khối 2.'],
    ]);
    const problems = checkLayout(a).rows.filter((r) => r[4] === 'SUPPORTER_MISSING').map((r) => r.slice(0, 4));
    expect(problems).toEqual([
      ['1A', 'Danh sách khối 1', link('Danh sách khối 1', 'F3', 'F3'), 'Cảnh báo'],
      ['2A', 'Danh sách khối 2', link('Danh sách khối 2', 'F3', 'F3'), 'Cảnh báo'],
    ]);
  });

  it('"Chức danh ký" and "Nơi nhận" written as "-": the plain HIỆU TRƯỞNG, room to sign, no recipients', () => {
    const layout = summaryLayout(run([
      rosterGrid([{ name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } }], { points: ['CKI'] }),
      { name: 'Cấu hình', values: [['Chức danh ký', '-'], ['Nơi nhận', '-'], ['Người ký', 'Lê Văn Tám']] },
    ]));
    const rows = printed(layout);
    const sign = rows.findIndex((r) => r[0] === 'Nơi nhận:');
    expect(rows.slice(sign)).toEqual([['Nơi nhận:', null, null, 'HIỆU TRƯỞNG'], [], [], [], [], [null, null, null, 'Lê Văn Tám']]);
    expect(layout.printArea).toBe(`A1:I${rows.length}`);
  });
});

it('the summer list links each student to the C cell of the Cuối năm class tab', () => {
  const layout = trackingLayout(run([CONFIG, tab('2a CN', '2A', CLASS_2A, { point: 'CN' })], '2026-06-10'));
  // Class by class: the heading names the tab once, each link shows the cell alone.
  const at = (cell: string) => ({ ...link('2a CN', cell), text: cell });
  expect(layout.rows.slice(3, 11)).toEqual([
    ['DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ: 4 học sinh'],
    ['Lớp 2A - hỗ trợ trong hè: 4 học sinh · Xem ô ở trang 2a CN'],
    ['Họ và tên', 'Cần hỗ trợ', 'GV hỗ trợ', 'HSKT', 'Xem ô'],
    ['Nguyễn Văn An', 'Toán', '(chưa có)', '', at('I10')],
    ['Lê Thị Bình', 'Tiếng Việt, Năng lực', '(chưa có)', '', at('G11')],
    ['Trần Minh Châu', 'Âm nhạc', '(chưa có)', '', at('Q14')],
    ['Mai Hồng Nhi', 'Phẩm chất', '(chưa có)', '', at('AF13')],
    [],
  ]);
});

it('one area: no group header to merge over it, the report still 8 columns wide; five recipients get their rows', () => {
  const layout = summaryLayout(run([
    rosterGrid([{ name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } }], { points: ['CKI'], areas: ['Toán'] }),
    { name: 'Cấu hình', values: [['Chức danh ký', 'Hiệu trưởng'], ['Người ký', 'Lê Văn Tám'],
      ['Nơi nhận', 'Phòng GDĐT;\nUBND xã;\nHội đồng trường;\nCác tổ chuyên môn;\nLưu: VT -']] },
  ]));
  const rows = cells(layout, 8);
  expect(rows.slice(8, 12)).toEqual([
    ['Khối', 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', 'Trong đó HSKT', 'Tỉ lệ'],
    [null, null, null, 'Toán'],
    ['1', 1, 1, 1, 0, '100,00%'],
    ['TC', 1, 1, 1, 0, '100,00%'],
  ]);
  expect(layout.merges.filter((m) => /^[A-H](9|10):/.test(m))).toEqual(['A9:A10', 'B9:B10', 'C9:C10', 'E9:E10', 'F9:F10']);
  expect(layout.columnWidths.slice(0, 8)).toEqual([115, 80, 115, 130, 90, 90, 130, 130]);
  const sign = rows.findIndex((r) => r[0] === 'Nơi nhận:');
  // One row per recipient (each with its dash, whatever ends it), then the signer's name.
  expect(rows.slice(sign)).toEqual([
    ['Nơi nhận:', null, null, 'HIỆU TRƯỞNG'], ['- Phòng GDĐT;'], ['- UBND xã;'], ['- Hội đồng trường;'], ['- Các tổ chuyên môn;'], ['- Lưu: VT -'],
    [null, null, null, 'Lê Văn Tám'],
  ]);
});
