// Narrow checks of the official tab reader's messages (src/core/read/official/index.ts): each names
// the column as the school wrote it, counts only the cells written, and gives the advice of the level.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange, Problem, SheetGrid } from '../../src/core/model';
import { readOfficialTab } from '../../src/core/read/official';
import { parseA1Range } from '../../src/core/text';
import { ORDER_2025, vneduSheet } from '../../local/vnedu-export';

const withCode = (problems: readonly Problem[] | undefined, code: string) => (problems ?? []).filter((p) => p.code === code);

/** A class 3A vnEdu tab (Cuối học kì I) with a "Khoa học tự nhiên" column, rated per student as given ('' for blank). */
function khtnTab(khtn: string[], keepPointTitle = true): SheetGrid {
  const made = vneduSheet({ sheet: '3a', className: '3A', point: 'CKI', year: 2025, subjects: [...ORDER_2025, { name: 'Khoa học tự nhiên' }],
    students: khtn.map((r, i) => ({ name: `Học sinh ${i + 1}`, birth: '01/01/2017', ratings: { 'Khoa học tự nhiên': r } })) });
  const values = made.grid.values.map((row) => [...row]);
  if (!keepPointTitle) values[2][0] = 'BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC'; // the title names no review point
  return { name: made.grid.name, values, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) };
}

describe('readOfficialTab: a column of the other level (AREA_OTHER_LEVEL)', () => {
  it('counts only the students with something written in it', () => {
    const tab = readOfficialTab(khtnTab(['C', '', 'H']), WALL_CLOCK_OFFSET);
    const said = withCode(tab?.problems, 'AREA_OTHER_LEVEL');
    expect(said).toHaveLength(1);
    expect(said[0].message).toContain('2 ô này chưa được tính');
  });

  it('says nothing when no student has anything written in it', () => {
    const tab = readOfficialTab(khtnTab(['', '']), WALL_CLOCK_OFFSET);
    expect(tab?.students).toHaveLength(2);
    expect(withCode(tab?.problems, 'AREA_OTHER_LEVEL')).toEqual([]);
  });

  it('names no review point when the title gives none', () => {
    const tab = readOfficialTab(khtnTab(['C'], false), WALL_CLOCK_OFFSET);
    expect(tab?.reviewPoint).toBeUndefined();
    const said = withCode(tab?.problems, 'AREA_OTHER_LEVEL');
    expect(said.map((p) => p.message.startsWith('Trang "3a": cột "Khoa học tự nhiên" chỉ có ở THCS và THPT'))).toEqual([true]);
  });
});

describe('readOfficialTab: a subject in two columns with a student rated in both (HEADER_DUPLICATE)', () => {
  it('at primary, advises moving another point\'s column to that point\'s tab', () => {
    const grid: SheetGrid = { name: '4a', values: [
      ['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I - LỚP 4A'], ['Năm học 2025-2026'],
      ['STT', 'Họ và tên', 'Toán', 'Toán', 'Tiếng Việt'], [1, 'Nguyễn Văn An', 'H', 'C', 'H'], [2, 'Lê Thị Bình', 'H', '', 'H']] };
    const said = withCode(readOfficialTab(grid, WALL_CLOCK_OFFSET)?.problems, 'HEADER_DUPLICATE');
    expect(said.map((p) => p.cell)).toEqual(['D3']);
    expect(said[0].message).toContain('môn Toán có 2 cột (C, D)');
    // Primary tabs are one review point each: the column belongs on its own point's tab.
    expect(said[0].message).toContain('Mỗi trang chỉ ghi kết quả của một mốc: nếu một cột là của mốc khác, chuyển cột đó sang trang của mốc ấy');
  });
});

describe('readOfficialTab: a "Kết quả rèn luyện" column over a term with no number', () => {
  it('names the column "Kết quả rèn luyện", as the school heads it', () => {
    const grid: SheetGrid = { name: '6a', values: [['SỞ GIÁO DỤC VÀ ĐÀO TẠO THỬ NGHIỆM'], ['BẢNG TỔNG HỢP KẾT QUẢ CẢ NĂM, NĂM HỌC 2025 - 2026'], ['Khối 6 - Lớp 6A - (Cả năm)'], [], [],
      ['STT', 'Mã học sinh', 'Họ và tên', 'Ngày sinh', 'Toán', 'Kết quả rèn luyện', ''], ['', '', '', '', '', 'Học kì', 'Cả năm'],
      [1, 9000001, 'Nguyễn Văn An', '01/02/2014', 6, 'Tốt', 'Khá']],
    merges: [...[1, 2, 3, 4, 5].map((c) => ({ row: 6, column: c, numRows: 2, numColumns: 1 })), { row: 6, column: 6, numRows: 1, numColumns: 2 }] };
    const said = withCode(readOfficialTab(grid, WALL_CLOCK_OFFSET)?.problems, 'OFFICIAL_COLUMN_UNKNOWN');
    expect(said.map((p) => p.cell)).toEqual(['F7']);
    expect(said[0].message).toContain('Trang "6a": cột Kết quả rèn luyện ghi "Học kì" nhưng không ghi học kì nào');
  });
});

describe('readOfficialTab: a Danh sách-only column in a class tab (OFFICIAL_FIELD_UNREAD)', () => {
  it('quotes the header without the spaces around it', () => {
    const grid: SheetGrid = { name: '4a', values: [
      ['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I - LỚP 4A'], ['Năm học 2025-2026'],
      ['STT', 'Họ và tên', 'Toán', 'Tiếng Việt', '  GV hỗ trợ '], [1, 'Nguyễn Văn An', 'H', 'H', 'Cô Lan']] };
    const said = withCode(readOfficialTab(grid, WALL_CLOCK_OFFSET)?.problems, 'OFFICIAL_FIELD_UNREAD');
    expect(said.map((p) => p.cell)).toEqual(['E3']);
    expect(said[0].message).toContain('cột "GV hỗ trợ" (GV hỗ trợ)');
  });
});
