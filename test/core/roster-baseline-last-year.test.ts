// Đầu năm's baseline written as last year's result under it (PRODUCT 2.2, review 26 F6): last year's Cuối năm or
// Học kì II ("Điểm HK2 năm học trước") is this year's Đầu năm, read, not called two points.
import { run } from '../helpers/grid';
import { CONFIG, danhSach } from '../helpers/danh-sach';

describe('last year\'s result under Đầu năm', () => {
  it.each(['Điểm HK2 năm học trước', 'HK2 lớp 7', 'Cuối kì II năm trước', 'ĐTB cả năm lớp 7'])('"%s" under Đầu năm > Toán is the baseline', (below) => {
    const a = run([CONFIG, danhSach([['Đầu năm'], ['Toán'], [below]], [['Nguyễn Văn An', '8A', '4,0'], ['Lê Thị Bình', '8A', '7,5']])], '2025-09-25');
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.totals.DN?.byGrade.map((g) => [g.grade, g.students, g.needSupport, g.byArea.Toán])).toEqual([[8, 2, 1, 1]]);
  });

  it.each([['KQ cuối năm học trước', '3A', 'x'], ['Mức đạt được cuối năm lớp 2', '3A', 'x'], ['ĐTB', '8A', '4,0']])(
    'a third header row inside the merged fields ("%s") is the header\'s: no data row, no error', (below, className, mark) => {
      const a = run([CONFIG, danhSach([['Đầu năm'], ['Toán'], [below]], [['Nguyễn Văn An', className, mark], ['Lê Thị Bình', className, '']])], '2025-09-25');
      expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(a.students.map((s) => s.row)).toEqual([4, 5]);
    });

  it('a third row with words the reader does not place under a column is not taken into the header unread', () => {
    const a = run([CONFIG, danhSach([['Đầu năm'], ['Toán'], ['Điểm thi lại']], [['Nguyễn Văn An', '8A', '4,0'], ['Lê Thị Bình', '8A', '7,5']])], '2025-09-25');
    expect(a.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toContain('G3');
  });

  it.each([['Học kì I', 'HK1 thi lại', '2026-01-20'], ['Cả năm', 'CN thi lại', '2026-06-01'], ['Giữa kỳ I', 'Giữa kỳ I phúc khảo', '2025-11-20'], ['Đầu năm', 'Điểm thi lại HK2 năm trước', '2025-09-25']])(
    '"%s" > Toán > "%s": words the reader does not know keep the row out of the header, where it is said', (top, below, today) => {
      const a = run([CONFIG, danhSach([[top], ['Toán'], [below]], [['Nguyễn Văn An', '8A', '4,0'], ['Lê Thị Bình', '8A', '7,5']])], today);
      expect(a.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toContain('G3');
    });

  it('the same point of another subject under Đầu năm > Toán ("HK2 Ngữ văn năm trước") is said at its cell, never read as Toán', () => {
    const a = run([CONFIG, danhSach([['Đầu năm'], ['Toán'], ['HK2 Ngữ văn năm trước']], [['Nguyễn Văn An', '8A', '4,0'], ['Lê Thị Bình', '8A', '7,5']])], '2025-09-25');
    expect(a.totals.DN).toBeUndefined();
    expect(a.problems.filter((p) => p.code === 'COLUMN_UNPLACED').map((p) => [p.cell, p.severity])).toEqual([['G3', 'error']]);
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình']);
  });

  it('without merged field cells, a third row of last year\'s label with blank fields is the header\'s too', () => {
    const values = [['STT', 'Họ và tên', 'Lớp', 'Đầu năm'], ['', '', '', 'Toán'], ['', '', '', 'Điểm HK2 năm học trước'], [1, 'Nguyễn Văn An', '8A', '4,0'], [2, 'Lê Thị Bình', '8A', '7,5']];
    const a = run([CONFIG, { name: 'Danh sách', values }], '2025-09-25');
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.totals.DN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[8, 2, 1]]);
  });

  it('a later point of this year under Đầu năm is still two points, said at its cell', () => {
    const a = run([CONFIG, danhSach([['Đầu năm'], ['Toán'], ['Giữa kỳ I']], [['Nguyễn Văn An', '8A', '4,0'], ['Lê Thị Bình', '8A', '7,5']])], '2025-11-20');
    expect(a.problems.filter((p) => p.code === 'COLUMN_UNPLACED').map((p) => p.message)).toEqual([expect.stringContaining('hai tiêu đề ghi hai mốc khác nhau')]);
    expect(a.totals.DN).toBeUndefined();
  });
});
