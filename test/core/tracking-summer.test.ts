// Theo dõi's summer part (PRODUCT 2.3, 3.3) for each kind of school: a secondary school at Cả năm
// (kiểm tra lại with the subjects named, rèn luyện trong hè, more than 45 buổi nghỉ), a primary
// school at Cuối năm where nobody needs support any more, and a TH&THCS school before either level
// has its year's results (each level says so; a THCS student absent more than 45 buổi is still listed).
// Every analysis is built inside its test: Stryker credits a test only with the code it runs.
import { trackingLayout, type LayoutCell } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import { classGrid, rosterGrid, run } from '../helpers/grid';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
/** Each row as text: a link is its text, blank cells at the end dropped. */
const lines = (rows: LayoutCell[][]) => rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')).join('|').replace(/\|+$/, ''));

/** A THCS class at Cả năm: scored subjects, Học tập, Rèn luyện and the year's buổi nghỉ. */
const thcsAtYearEnd = (): SheetGrid => ({ name: 'Danh sách', values: [
  ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cả năm - Toán', 'Cả năm - Ngữ văn', 'Cả năm - Học tập', 'Cả năm - Rèn luyện', 'Cả năm - Số buổi nghỉ'],
  [1, 'Hoàng Thu Hà', '6A', 'Cô Lan', '4,0', '3,5', 'Chưa đạt', 'Đạt', 2], // re-sits Toán and Ngữ văn
  [2, 'Vũ Minh Khang', '6A', 'Cô Lan', 7, 6, 'Chưa đạt', 'Khá', 0], // Học tập Chưa đạt, no subject below 5
  [3, 'Đặng Quốc Minh', '6A', 'Cô Lan', 7, 6, 'Khá', 'Chưa đạt', 1], // rèn luyện trong hè
  [4, 'Bùi Ngọc Lan', '6A', 'Cô Lan', 8, 7, 'Tốt', 'Tốt', 50], // absent 50 buổi: not promoted
  [5, 'Trần Văn Nam', '6A', 'Cô Lan', 8, 7, 'Tốt', 'Tốt', 45], // exactly 45: not listed
] });

describe('Theo dõi at Cả năm in a THCS school', () => {
  it('one secondary part, class by class "sau Cả năm": the subjects to re-sit, Học tập Chưa đạt alone, rèn luyện, the buổi nghỉ', () => {
    const text = lines(trackingLayout(run([CONFIG, classGrid([['6A', 6, 'Thầy Nam', 30]]), thcsAtYearEnd()], '2026-06-10')).rows);
    expect(text.slice(3, 12)).toEqual([
      'TRUNG HỌC, SAU CẢ NĂM: 4 học sinh kiểm tra lại, rèn luyện trong hè hoặc nghỉ quá 45 buổi',
      'Lớp 6A (GVCN Thầy Nam) - sau Cả năm: 4 học sinh',
      'Họ và tên|Kiểm tra lại các môn|Rèn luyện trong hè|Số buổi nghỉ cả năm|Xem ô',
      'Hoàng Thu Hà|Toán, Ngữ văn|||Dòng 2',
      'Vũ Minh Khang|Học tập Chưa đạt|||Dòng 3',
      'Bùi Ngọc Lan|||50|Dòng 5',
      'Đặng Quốc Minh||x||Dòng 4',
      '',
      'CẢ NĂM: 3 học sinh cần hỗ trợ',
    ]);
    // The "x" and the buổi nghỉ in the middle of their columns: a right-aligned number ran into the "Xem ô" beside it.
    const layout = trackingLayout(run([CONFIG, classGrid([['6A', 6, 'Thầy Nam', 30]]), thcsAtYearEnd()], '2026-06-10'));
    const first = text.indexOf('Hoàng Thu Hà|Toán, Ngữ văn|||Dòng 2') + 1;
    expect(layout.styles.center).toEqual(expect.arrayContaining([`C${first}:C${first + 3}`, `D${first}:D${first + 3}`]));
    // A secondary school has no primary summer list, not even an empty one.
    expect(text.filter((l) => l.startsWith('DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ'))).toEqual([]);
    // The year's flags name the class's point Cả năm (TT22), as its section does.
    expect(text.filter((l) => l.startsWith('Lớp 6A (GVCN Thầy Nam) - Cả năm'))).toEqual(['Lớp 6A (GVCN Thầy Nam) - Cả năm: 3 học sinh']);
  });
});

describe('Theo dõi at Cuối năm in a primary school where nobody needs support any more', () => {
  it('the summer list is still there, with 0 học sinh, before Cuối năm', () => {
    const a = run([CONFIG, rosterGrid([
      { name: 'Trần Văn An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' }, CN: { Toán: 'H' } } },
      { name: 'Lê Thị Bình', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'H' }, CN: { Toán: 'T' } } },
    ], { points: ['CKI', 'CN'] })], '2026-06-10');
    expect(lines(trackingLayout(a).rows).slice(3, 7)).toEqual([
      'DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ: 0 học sinh',
      '',
      'CUỐI NĂM: 0 học sinh cần hỗ trợ',
      'Chưa tiến bộ: 0 · Cần hỗ trợ mới: 0 · Đã tiến bộ: 1 · Chưa có GV hỗ trợ: 0 · Chưa được đánh giá: 0',
    ]);
  });
});

describe('Theo dõi in June of a TH&THCS school without any year\'s results', () => {
  it('each level says it has no year\'s results; no primary list; a THCS student absent 46 buổi by Cuối kì II is listed', () => {
    const primary: SheetGrid = { name: 'Danh sách TH', values: [
      ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cuối HKI - Toán', 'Cuối HKI - Tiếng Việt'],
      [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C', 'H'],
    ] };
    const secondary: SheetGrid = { name: 'Danh sách THCS', values: [
      ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'HK2 - Toán', 'HK2 - Học tập', 'HK2 - Số buổi nghỉ'],
      [1, 'Vũ Minh Khang', '6A', 'Thầy Nam', 6, 'Đạt', 46],
      [2, 'Đặng Quốc Minh', '6A', 'Thầy Nam', 7, 'Khá', 45],
    ] };
    const a = run([CONFIG, classGrid([['1A', 1, 'Cô Lan', 25], ['6A', 6, 'Thầy Nam', 30]]), primary, secondary], '2026-06-10');
    expect(a.reviewPoints).toEqual(['CKI', 'CKII']);
    expect(lines(trackingLayout(a).rows).slice(3, 12)).toEqual([
      'Tiểu học: chưa có kết quả Cuối năm, chưa lập được danh sách học sinh cần hỗ trợ trong hè.',
      '',
      'Trung học cơ sở: chưa có kết quả Cả năm, chưa lập được danh sách kiểm tra lại, rèn luyện trong hè.',
      '',
      'TRUNG HỌC, CHƯA CÓ KẾT QUẢ CẢ NĂM: 1 học sinh nghỉ quá 45 buổi trong năm',
      'Lớp 6A (GVCN Thầy Nam) - nghỉ quá 45 buổi: 1 học sinh · Xem ô ở trang Danh sách THCS',
      'Họ và tên|Kiểm tra lại các môn|Rèn luyện trong hè|Số buổi nghỉ cả năm|Xem ô',
      'Vũ Minh Khang|||46|A2',
      '',
    ]);
  });
});
