// Cả năm (Cuối năm) and Học kì II on one column's labels: one point at primary (TT27 rates the year at the end of
// semester II), two at secondary (TT22: the year's result is not semester II's). Before, "Cả năm" > Toán > "HK2" was
// read as Cả năm at secondary with no word, and beside a real Cả năm column it took that column's place.
import { run } from '../helpers/grid';
import { CONFIG, danhSach, merge } from '../helpers/danh-sach';

type Analysis = ReturnType<typeof run>;
const totals = (a: Analysis) => Object.fromEntries(Object.entries(a.totals).map(([k, t]) => [k, t?.byGrade.map((g) => [g.grade, g.students, g.needSupport])]));
const said = (a: Analysis) => a.problems.filter((p) => p.code === 'COLUMN_UNPLACED').map((p) => [p.cell, p.severity, p.message]);
const tab = (upper: string, below: string, rows: Array<[string, string, unknown]>) => run([CONFIG, danhSach([[upper], ['Toán'], [below]], rows)], '2026-06-01');

describe('Cả năm and Học kì II on one column', () => {
  it.each(['HK2', 'Cuối HKII'])('at secondary, "Cả năm" > Toán > "%s" is not read, and said at its header with the classes', (below) => {
    const a = tab('Cả năm', below, [['Nguyễn Văn An', '8A', '4,0'], ['Lê Thị Bình', '8A', '7']]);
    expect(totals(a)).toEqual({});
    expect(said(a)).toEqual([['G3', 'error', `Cột G ("Cả năm" > "Toán" > "${below}") ghi cả mốc Cả năm và Học kì II: ở THCS, THPT đây là hai mốc khác nhau, `
      + 'nên cột này chưa được tính cho 2 học sinh (lớp 8A). Sửa tiêu đề để cột chỉ thuộc một mốc, ví dụ "HK2 - Toán" hoặc "Cả năm - Toán".']]);
  });

  it.each(['HKII', 'Mức đạt được cuối học kì II'])('at primary, "Cuối năm" > Toán > "%s" is Cuối năm, read with nothing said', (below) => {
    const a = tab('Cuối năm', below, [['Nguyễn Văn An', '3A', 'C'], ['Lê Thị Bình', '3A', 'T']]);
    expect(totals(a)).toEqual({ CN: [[3, 2, 1]] });
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a TH&THCS tab: the primary rows are read by it, the secondary rows are not, and only they are counted in the message', () => {
    const a = tab('Cuối năm', 'HK2', [['Nguyễn Văn An', '3A', 'C'], ['Lê Thị Bình', '8A', '4,0'], ['Trần Văn Cường', '9B', '8'], ['Phạm Thị Dung', '8A', '']]);
    expect(totals(a)).toEqual({ CN: [[3, 1, 1]] });
    expect(said(a).map(([cell, , message]) => [cell, (message as string).match(/cho .*?\)/)?.[0]])).toEqual([['G3', 'cho 2 học sinh (lớp 8A, 9B)']]);
  });

  it('beside the real Cả năm column, the HK2 one gives way: Cả năm is read from its own column, the HK2 one said as a repeat', () => {
    const a = run([CONFIG, danhSach([['Cả năm', '', ''], ['Toán', '', ''], ['HK1', 'HK2', 'CN']],
      [['Nguyễn Văn An', '8A', '7', '8', '4,5'], ['Lê Thị Bình', '8A', '3', '4', '7,7']], [merge(1, 7, 3), merge(2, 7, 3)])], '2026-06-01');
    // Cả năm from column I: An 4,5 needs support, Bình 7,7 does not (column H would say the reverse).
    expect(a.students.map((s) => s.reviews.CN?.need)).toEqual([['Toán'], []]);
    expect(said(a).map(([cell]) => cell)).toEqual(['G3']);
    expect(a.problems.filter((p) => p.code === 'HEADER_DUPLICATE').map((p) => [p.cell, p.message])).toEqual([
      ['H3', 'Cột "Toán" của mốc Cả năm lặp lại (đã có ở cột I). Chỉ cột I được tính; xóa hoặc đổi tên cột này.']]);
  });

  it('at primary, a KTĐK score column under Cuối năm > Toán stays a repeat of the Mức đạt được column, and its row is the header\'s', () => {
    const values = [['', '', '', 'CUỐI NĂM', '', '', ''], ['STT', 'Họ và tên', 'Lớp', 'Toán', '', 'Tiếng Việt', ''],
      ['', '', '', 'Mức đạt được', 'Điểm KTĐK cuối kì II', 'Mức đạt được', 'Điểm KTĐK cuối kì II'], [1, 'Nguyễn Văn An', '3A', 'C', 4, 'T', 9], [2, 'Lê Thị Bình', '3A', 'H', 7, 'C', 4]];
    const a = run([CONFIG, { name: 'Danh sách', values, merges: [merge(1, 4, 4), merge(2, 4, 2), merge(2, 6, 2)] }], '2026-05-30');
    expect(totals(a)).toEqual({ CN: [[3, 2, 2]] });
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.problems.filter((p) => p.code === 'HEADER_DUPLICATE').map((p) => p.cell)).toEqual(['E3', 'G3']);
  });

  it('Học kì II over Cả năm (the year\'s column inside the semester\'s block) is Cả năm at both levels', () => {
    const a = run([CONFIG, danhSach([['Học kỳ II'], ['Cả năm'], ['Toán']], [['Nguyễn Văn An', '8A', '4,0'], ['Lê Thị Bình', '8A', '7']])], '2026-06-01');
    expect(totals(a)).toEqual({ CN: [[8, 2, 1]] });
    expect(said(a)).toEqual([]);
  });
});
