// Rows left below the chosen header (header-below.ts), after review 28: a label with words the reader does not know,
// a subject of a combined one, or a nameless row holding a score never joins the header unread; only the rows down
// to a contradicting label join it, the ones under it stay data rows.
import { run } from '../helpers/grid';
import { CONFIG, danhSach } from '../helpers/danh-sach';

type Analysis = ReturnType<typeof run>;
const errorsAt = (a: Analysis) => a.problems.filter((p) => p.severity === 'error').map((p) => p.cell);
const tab = (upper: string, area: string, below: string, className: string, cells: [unknown, unknown], today: string) =>
  run([CONFIG, danhSach([[upper], [area], [below]], [['Nguyễn Văn An', className, cells[0]], ['Lê Thị Bình', className, cells[1]]])], today);

describe('rows below the header, review 28', () => {
  it.each([['Cuối năm', 'HK2 kiểm tra lại'], ['Cuối năm', 'Kiểm tra lại HKII'], ['Cuối kì II', 'Cả năm thi lại']])(
    'N1: "%s" > Toán > "%s" (a re-test?) is never read as Cuối năm without a word', (upper, below) => {
      const a = tab(upper, 'Toán', below, '3A', ['C', 'T'], '2026-05-30');
      expect(errorsAt(a)).toContain('G3');
    });

  it('N2: a subject of KHTN under Đầu năm > KHTN ("HK2 Lí năm trước") is said, never read as the KHTN baseline', () => {
    const a = tab('Đầu năm', 'KHTN', 'HK2 Lí năm trước', '8A', ['4,0', '7'], '2025-09-25');
    expect(a.totals.DN).toBeUndefined();
    expect(a.problems.filter((p) => p.code === 'COLUMN_UNPLACED').map((p) => p.cell)).toEqual(['G3']);
  });

  it('N5: "Điểm thi lại HK2 năm trước" under Đầu năm > Toán is said at its cell, not read as the baseline', () => {
    const a = tab('Đầu năm', 'Toán', 'Điểm thi lại HK2 năm trước', '8A', ['4,0', '7'], '2025-09-25');
    expect(a.totals.DN).toBeUndefined();
    expect(a.problems.filter((p) => p.code === 'COLUMN_UNPLACED').map((p) => [p.cell, p.severity])).toEqual([['G3', 'error']]);
    expect(a.problems.filter((p) => p.code === 'NAME_MISSING')).toEqual([]);
  });

  it('N4: under a row pairing Cả năm with HK2, a nameless data row stays a data row, and is said', () => {
    const values = [['STT', 'Họ và tên', 'Lớp', 'Cả năm'], ['', '', '', 'Toán'], ['', '', '', 'HK2'], ['', '', '8A', '4,0'],
      [1, 'Nguyễn Văn An', '8A', '4,0'], [2, 'Lê Thị Bình', '8A', '7']];
    const a = run([CONFIG, { name: 'Danh sách', values }], '2026-06-01');
    expect(a.roster.tabs[0].layout?.headerRows).toEqual([0, 1, 2]);
    expect(a.problems.filter((p) => p.code === 'NAME_MISSING').map((p) => p.cell)).toEqual(['B4']);
    expect(a.problems.find((p) => p.code === 'COLUMN_UNPLACED')?.message).toContain('Cột D ("Cả năm" > "Toán" > "HK2")');
  });

  it('N6: a nameless row holding a score beside a repeated point label is a data row, never the header\'s', () => {
    const values = [['STT', 'Họ và tên', 'Lớp', 'Cả năm', 'Cả năm'], ['', '', '', 'Toán', 'Ngữ văn'], ['', '', '', '4,0', 'Cả năm'],
      [1, 'Nguyễn Văn An', '8A', '4,0', '6'], [2, 'Lê Thị Bình', '8A', '7', '6']];
    const a = run([CONFIG, { name: 'Danh sách', values }], '2026-06-01');
    expect(a.roster.tabs[0].layout?.headerRows).toEqual([0, 1]);
    expect(a.problems.filter((p) => p.code === 'NAME_MISSING').map((p) => p.cell)).toEqual(['B3']);
  });
});

describe('another subject alone under a placed column', () => {
  it.each([['Cả năm', 'Tin học', '8A', ['4,0', '7'], '2026-06-01'], ['Cuối năm', 'Tiếng Việt', '3A', ['C', 'T'], '2026-05-30']] as Array<[string, string, string, [string, string], string]>)(
    '"%s" > Toán > "%s" is said at its cell, never read as Toán', (upper, below, className, cells, today) => {
      const a = tab(upper, 'Toán', below, className, cells, today);
      expect(a.totals.CN).toBeUndefined();
      const said = a.problems.filter((p) => p.code === 'COLUMN_UNPLACED');
      expect(said.map((p) => [p.cell, p.severity])).toEqual([['G3', 'error']]);
      expect(said[0].message).toBe(`Cột G có hai tiêu đề ghi hai môn khác nhau ("Toán" và "${below}"), nên chưa được tính. Sửa hoặc xóa một trong hai để cột chỉ thuộc một môn.`);
    });

  it('a part of the column\'s subject under it is no other subject ("Đọc" under Tiếng Việt)', () => {
    const a = tab('Cuối năm', 'Tiếng Việt', 'Đọc', '3A', ['C', 'T'], '2026-05-30');
    expect(a.problems.filter((p) => p.code === 'COLUMN_UNPLACED')).toEqual([]);
    expect(a.totals.CN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[3, 2, 1]]);
  });
});

describe('review 29: what still reads as before', () => {
  const needs = (a: Analysis, point: string) => a.students.map((s) => s.reviews[point as 'CN']?.need);

  it.each(['Tiếng Nhật', 'Tiếng Trung'])('R1: a language ("%s") under Cả năm > Ngoại ngữ 1 is that column\'s, read', (language) => {
    const a = run([CONFIG, danhSach([['Cả năm', ''], ['Toán', 'Ngoại ngữ 1'], ['', language]], [['Nguyễn Văn An', '8A', '4,0', '3,0'], ['Lê Thị Bình', '8A', '7', '8']],
      [{ row: 1, column: 7, numRows: 1, numColumns: 2 }])], '2026-06-01');
    expect(a.problems.filter((p) => p.code === 'COLUMN_UNPLACED')).toEqual([]);
    expect(needs(a, 'CN')).toEqual([['Toán', 'Ngoại ngữ'], []]);
  });

  it('R2: the subjects of KHTN under it, with the point above the field row, are no other subjects: nothing dropped', () => {
    const values = [['', '', '', 'Học kì I', '', '', ''], ['STT', 'Họ và tên', 'Lớp', 'Toán', 'KHTN', '', ''], ['', '', '', '', 'Lí', 'Hóa', 'Sinh'],
      [1, 'Nguyễn Văn An', '8A', '4,0', '3,0', '6', '6'], [2, 'Lê Thị Bình', '8A', '7', '8', '8', '8']];
    const merges = [{ row: 1, column: 4, numRows: 1, numColumns: 4 }, { row: 2, column: 5, numRows: 1, numColumns: 3 }];
    const a = run([CONFIG, { name: 'Danh sách', values, merges }], '2026-01-20');
    expect(a.problems.filter((p) => p.code === 'COLUMN_UNPLACED')).toEqual([]);
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình']);
  });

  it('R3: an "ĐTB" row under the row pairing Cả năm with Cuối kì II joins the header too: no phantom student', () => {
    const a = run([CONFIG, danhSach([['Cả năm', ''], ['Toán', 'Ngữ văn'], ['Cuối kì II', 'Cuối kì II'], ['ĐTB', 'ĐTB']],
      [['Nguyễn Văn An', '8A', '4,0', '6'], ['Lê Thị Bình', '8A', '7', '8']], [{ row: 1, column: 7, numRows: 1, numColumns: 2 }])], '2026-06-01');
    expect(a.roster.tabs[0].layout?.headerRows).toEqual([0, 1, 2, 3]);
    expect(a.problems.filter((p) => p.code === 'NAME_MISSING')).toEqual([]);
    expect(a.problems.filter((p) => p.code === 'COLUMN_UNPLACED').map((p) => p.cell)).toEqual(['G4', 'H4']);
  });

  it.each(['Cả năm năm ngoái', 'Cuối năm lớp dưới', 'Cuối năm năm cũ'])('R4: "%s" under Đầu năm > Toán is last year\'s, the baseline', (below) => {
    const a = tab('Đầu năm', 'Toán', below, '8A', ['4,0', '7'], '2025-09-25');
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.totals.DN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[8, 2, 1]]);
  });
});
