// Messages for the rarer shapes of three cases: a date in a secondary result cell (not a score), a nameless row whose
// Lớp became a date, and two "CN" labels on one column's path (Công nghệ or Cả năm: no single label to rewrite).
import { run } from '../helpers/grid';
import { CONFIG, danhSach } from '../helpers/danh-sach';

const date = (m: number, d: number) => new Date(Date.UTC(2026, m - 1, d));

describe('rarer message shapes', () => {
  it('a date in a secondary result cell is said as a date, not a mức đánh giá', () => {
    const a = run([CONFIG, danhSach([['HK1 - Kết quả học tập']], [['Nguyễn Văn An', '8A', date(5, 4)], ['Lê Thị Bình', '8A', 'Đạt']])], '2026-01-20');
    const said = a.problems.filter((p) => p.code === 'RATING_INVALID');
    expect(said.map((p) => p.cell)).toEqual(['G2']);
    expect(said[0].message).toContain('ô này là ngày 04/05/2026, không phải mức đánh giá (Google Trang tính');
  });

  it('a row with no name whose Lớp became a date is named "dòng này"', () => {
    const a = run([CONFIG, danhSach([['CKI - Toán']], [['', date(1, 1) as unknown as string, 'C'], ['Lê Thị Bình', '3A', 'C']])], '2026-01-20');
    const said = a.problems.filter((p) => p.code === 'GRADE_UNKNOWN');
    expect(said.map((p) => p.cell)).toEqual(['D2']);
    expect(said[0].message).toMatch(/^Ô Lớp của dòng này là một ngày \(01\/01\/2026\)/);
  });

  it('two labels saying "CN" over one column: the Công nghệ hint names no single rewrite', () => {
    const a = run([CONFIG, danhSach([['CN', 'HK1 - Toán'], ['GKI - CN', '']], [['Nguyễn Văn An', '8A', 6, 7], ['Lê Thị Bình', '8A', 4, 8]])], '2026-01-20');
    const said = a.problems.filter((p) => p.code === 'COLUMN_UNPLACED');
    expect(said.map((p) => p.cell)).toEqual(['G2']);
    expect(said[0].message).toContain('Nếu "CN" ở đây là môn Công nghệ, ghi "Công nghệ" thay cho "CN".');
  });
});
