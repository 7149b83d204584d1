// Theo dõi's "Xem ô" and its links in a school whose Danh sách is split over two tabs, one per
// level (review-2 F5): a roster row names its tab, and a state asking for a fix is a link at the
// newest point of the student's own level (THCS ends at Cuối học kì II, primary at Cuối năm).
import { trackingLayout, type LayoutCell } from '../../src/core/layout';
import { classGrid, rosterGrid, run } from '../helpers/grid';

const primary = { ...rosterGrid([
  { name: 'Nguyễn Văn An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } }, // not rated at Cuối năm
  { name: 'Lê Thị Bình', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' }, CKII: { Toán: 'C' } } },
], { points: ['CKI', 'CKII'], areas: ['Toán', 'Tiếng Việt'], pointLabel: (p) => (p === 'CKI' ? 'Cuối HKI' : 'Cuối HKII') }), name: 'Danh sách TH' };
const thcs = { name: 'Danh sách THCS', values: [
  ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'HK1 - Toán', 'HK1 - Ngữ văn', 'HK2 - Toán', 'HK2 - Ngữ văn'],
  [1, 'Hoàng Thu Hà', '6A', 'Thầy Nam', '4,0', 6, '4,5', 6],
  [2, 'Bùi Ngọc Lan', '6A', 'Thầy Nam', '3,5', 6, null, null], // needs, then not rated at Cuối học kì II
] };
const CLASSES = classGrid([['1A', 1, 'Cô Lan', 25], ['6A', 6, 'Thầy Nam', 30]]);

describe('Theo dõi links in a two-level school with two Danh sách tabs', () => {
  // Built before each test, not once for the describe: Stryker's per-test coverage sees only what a test runs.
  let rows: LayoutCell[][];
  beforeEach(() => { rows = trackingLayout(run([primary, thcs, CLASSES, { name: 'Cấu hình', values: [['Năm học', '2025-2026']] }], '2026-06-10')).rows; });
  const indexOf = (name: string, section: string): number => {
    const start = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(section));
    return start + rows.slice(start).findIndex((r) => r[0] === name);
  };
  const rowOf = (name: string, section: string): LayoutCell[] => rows[indexOf(name, section)];
  /** The class heading above a student's row: it names the tab the class's cells are in. */
  const headingOf = (name: string, section: string): LayoutCell => rows.slice(0, indexOf(name, section)).reverse().find((r) => String(r[0]).startsWith('Lớp '))?.[0] ?? null;

  it('a roster row names its tab, so two "row 4"s of two tabs are told apart: once in the class heading, the cell alone in "Xem ô"', () => {
    expect(headingOf('Nguyễn Văn An', 'CUỐI NĂM')).toBe('Lớp 1A (GVCN Cô Lan) - Cuối năm: 2 học sinh · Xem ô ở trang Danh sách TH');
    expect(rowOf('Nguyễn Văn An', 'CUỐI NĂM')[4]).toBe('A3');
    expect(headingOf('Bùi Ngọc Lan', 'CUỐI HỌC KÌ II')).toMatch(/^Lớp 6A \(GVCN Thầy Nam\) - Cuối học kì II: \d học sinh · Xem ô ở trang Danh sách THCS$/);
    expect(rowOf('Bùi Ngọc Lan', 'CUỐI HỌC KÌ II')[4]).toBe('A3');
  });

  it("a state asking for a fix is a link at the newest point of the student's level", () => {
    // The row ends with a link "Đến ô" (its state stays plain text: a link cell prints on one line in LibreOffice).
    expect(rowOf('Bùi Ngọc Lan', 'CUỐI HỌC KÌ II').slice(2)).toEqual(['Chưa được đánh giá', expect.anything(), 'A3', { text: 'Đến ô', sheet: 'Danh sách THCS', cell: 'A3' }]);
    expect(rowOf('Nguyễn Văn An', 'CUỐI NĂM').slice(2)).toEqual(['Chưa được đánh giá', expect.anything(), 'A3', { text: 'Đến ô', sheet: 'Danh sách TH', cell: 'A3' }]);
  });
});

// A class whose rows were read from three tabs: most from Danh sách, one from a second roster tab, one
// only from the official results (not in Danh sách). The class heading names no tab (most rows are in
// the one Danh sách, "Dòng N"); every other row names its tab and cell, so none is mistaken for a row
// of Danh sách. Built inside the test: Stryker credits a test only with the code it runs.
describe('Theo dõi: a class read from several tabs', () => {
  it('"Xem ô" names the tab of a row outside the class\'s tab: a second Danh sách, the official results\' C cell', () => {
    const config = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
    const main = rosterGrid([
      { name: 'Trần Văn An', className: '2A', supporter: 'Cô Lan; Thầy Nam', ratings: { CKI: { Toán: 'C' } } },
      { name: 'Lê Thị Bình', className: '2A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
    ], { points: ['CKI'] });
    const more = { ...rosterGrid([{ name: 'Phạm Minh Chi', className: '2A', supporter: '', ratings: { CKI: { Toán: 'C' } } }], { points: ['CKI'] }), name: 'Danh sách bổ sung' };
    const official = { name: '2a', values: [['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I - LỚP 2A'], ['Năm học 2025-2026'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'], [1, 'Đỗ Văn Dũng', '01/02/2018', 'C', 'H', 'Đ', 'Đ']] };
    const rows = trackingLayout(run([config, classGrid([['2A', 2, 'Cô Hoa', 30]]), main, more, official], '2026-01-20')).rows;
    expect(rows.slice(5, 11)).toEqual([
      ['Lớp 2A (GVCN Cô Hoa) - Cuối học kì I: 4 học sinh'],
      ['Họ và tên', 'Cần hỗ trợ', 'Tình trạng', 'GV hỗ trợ', 'Xem ô', 'Sửa'],
      // Two GV hỗ trợ, however written, are listed with a comma.
      ['Trần Văn An', 'Toán', 'Cần hỗ trợ mới', 'Cô Lan, Thầy Nam', 'Dòng 3'],
      ['Lê Thị Bình', 'Toán', 'Cần hỗ trợ mới', 'Cô Lan', 'Dòng 4'],
      ['Phạm Minh Chi', 'Toán', 'Chưa có GV hỗ trợ; Cần hỗ trợ mới', '(chưa có)', 'Danh sách bổ sung!A3',
        { text: 'Đến ô', sheet: 'Danh sách bổ sung', cell: 'A3' }],
      // Read only from the official results: the C cell of Toán in its class tab.
      ['Đỗ Văn Dũng', 'Toán', 'Chưa có GV hỗ trợ; Cần hỗ trợ mới; Chưa có trong Danh sách', '(chưa có)', '2a!D4', { text: 'Đến ô', sheet: '2a', cell: 'D4' }],
    ]);
  });
});
