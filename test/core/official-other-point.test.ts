// A secondary results tab of one review point that also shows other points' scores, as school-made
// Cả năm sheets do (Toán over HK1 | HK2 | CN): only the tab's own point is read; a column of another
// point is said at its sub-header, never counted here (review 18: a HK1 score of 4,0 counted as a
// need at Cả năm, where the year's score was 5,3).
import type { SheetGrid } from '../../src/core/model';
import { classify } from '../../src/core/read/official/columns';
import { run } from '../helpers/grid';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

/** Class 6A's tab: Toán and Ngữ văn each over three sub-headers, then KQHT and KQRL. */
function tab(point: string, subHeaders: string[], rows: unknown[][]): SheetGrid {
  const width = 4 + 2 * subHeaders.length + 2;
  const blank = () => Array.from({ length: width }, () => '');
  const title = (text: string) => { const r = blank(); r[0] = text; return r; };
  const header = blank();
  ['STT', 'Mã học sinh', 'Họ và tên', 'Ngày sinh'].forEach((t, i) => { header[i] = t; });
  header[4] = 'Toán';
  header[4 + subHeaders.length] = 'Ngữ văn';
  header[width - 2] = 'Kết quả học tập';
  header[width - 1] = 'Kết quả rèn luyện';
  const sub = blank();
  subHeaders.forEach((t, i) => { sub[4 + i] = t; sub[4 + subHeaders.length + i] = t; });
  return {
    name: '6a',
    values: [title('SỞ GIÁO DỤC VÀ ĐÀO TẠO THỬ NGHIỆM'), title(`BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC ${point.toUpperCase()}, NĂM HỌC 2025 - 2026`),
      title(`Khối 6 - Lớp 6A - (${point})`), blank(), blank(), header, sub, ...rows],
    merges: [
      { row: 6, column: 5, numRows: 1, numColumns: subHeaders.length },
      { row: 6, column: 5 + subHeaders.length, numRows: 1, numColumns: subHeaders.length },
    ],
  };
}
const an = (toan: number[], van: number[]) => [1, 9000001, 'Nguyễn Văn An', '01/02/2014', ...toan, ...van, 'Đạt', 'Tốt'];
const needs = (a: ReturnType<typeof run>, point: 'CN' | 'CKII' | 'CKI') => a.students.map((s) => s.reviews[point]?.need);

describe('a Cả năm tab showing each semester\'s score beside the year\'s', () => {
  it('reads the CN column only: a HK1 score under 5 is no need at Cả năm', () => {
    const a = run([CONFIG, tab('Cả năm', ['HK1', 'HK2', 'CN'], [an([4, 6, 5.3], [7, 7, 7])])], '2026-06-10');
    expect(needs(a, 'CN')).toEqual([[]]);
    expect(a.totals.CN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[6, 1, 0]]);
  });

  it('a CN score under 5 is a need, whatever the semesters say', () => {
    const a = run([CONFIG, tab('Cả năm', ['HK1', 'HK2', 'CN'], [an([6, 4, 4.7], [7, 7, 7])])], '2026-06-10');
    expect(needs(a, 'CN')).toEqual([['Toán']]);
  });

  it('the other points\' columns are said once for the tab, at the first, naming each point and its columns', () => {
    const a = run([CONFIG, tab('Cả năm', ['ĐTB HK1', 'ĐTB HK2', 'ĐTB CN'], [an([4, 6, 5.3], [7, 7, 7])])], '2026-06-10');
    expect(needs(a, 'CN')).toEqual([[]]);
    const said = a.problems.filter((p) => p.code === 'OFFICIAL_COLUMN_UNKNOWN');
    expect(said.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['6a!E7']);
    expect(said[0].message).toBe('Trang "6a" là kết quả Cả năm; 4 cột ghi kết quả của mốc khác nên không được tính ở đây (Cuối học kì I: Toán, Ngữ văn; Cuối học kì II: Toán, Ngữ văn). Kết quả của mỗi mốc được đọc từ trang kết quả của mốc đó.');
  });

  it.each([['TBmhk1', 'TBmhk2', 'TBmcn'], ['HK1', 'HK2', 'Cả năm']])('sub-headers %p, %p, %p: the CN one read, the others not', (...subs) => {
    const a = run([CONFIG, tab('Cả năm', subs, [an([4, 6, 5.3], [7, 7, 4])])], '2026-06-10');
    expect(needs(a, 'CN')).toEqual([['Ngữ văn']]);
  });

  it('Kết quả học tập and rèn luyện split by point: only the tab\'s own is read', () => {
    const grid = tab('Cả năm', ['HK1', 'HK2', 'CN'], [an([6, 6, 6], [7, 7, 7])]);
    // KQHT and KQRL each over HK1 | HK2 | CN: a "Chưa đạt" at HK1 only is no need at Cả năm.
    const width = grid.values[5].length;
    const values = grid.values.map((r, i) => (i === 5 ? [...r.slice(0, width - 2), 'Kết quả học tập', '', '', 'Kết quả rèn luyện', '', '']
      : i === 6 ? [...r.slice(0, width - 2), 'HK1', 'HK2', 'CN', 'HK1', 'HK2', 'CN']
        : i === 7 ? [...r.slice(0, width - 2), 'Chưa đạt', 'Đạt', 'Đạt', 'Chưa đạt', 'Đạt', 'Đạt'] : r));
    const merges = [...(grid.merges ?? []), { row: 6, column: width - 1, numRows: 1, numColumns: 3 }, { row: 6, column: width + 2, numRows: 1, numColumns: 3 }];
    const a = run([CONFIG, { ...grid, values, merges }], '2026-06-10');
    expect(needs(a, 'CN')).toEqual([[]]);
    expect(a.problems.filter((p) => p.code === 'OFFICIAL_COLUMN_UNKNOWN')[0].message).toContain('Cuối học kì I: Toán, Ngữ văn, Học tập, Rèn luyện');
  });

  it('a Học kỳ 2 tab with a "(Học kỳ 2)" sub-header still reads it (vnEdu\'s own layout)', () => {
    const a = run([CONFIG, tab('Học kỳ 2', ['(Học kỳ 2)'], [an([4], [7])])], '2026-05-20');
    expect(needs(a, 'CKII')).toEqual([['Toán']]);
    expect(a.problems.filter((p) => p.code === 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([]);
  });
});

describe('a review point above or beside the subject (review 18c)', () => {
  it.each([
    [['Học kỳ I', 'Toán'], 'CN', 'CKI'], [['HỌC KỲ II', 'Toán'], 'CN', 'CKII'], [['Cả năm', 'Toán'], 'CKII', 'CN'],
    [['Toán', 'HK1', 'ĐTB'], 'CN', 'CKI'], [['Toán', 'HK1', '(HS 1)'], 'CN', 'CKI'], [['Học kỳ I', 'Toán', 'TBm'], 'CKII', 'CKI'],
  ] as const)('%p in a %s tab: not read, the point named', (labels, tab, point) => {
    const c = classify([...labels], true, tab);
    expect([c.kind, c.unread?.area, c.unread?.otherPoint]).toEqual(['other', 'Toán', point]);
  });

  it.each([
    [['Cả năm', 'Toán'], 'CN'], [['Học kỳ I', 'Toán'], 'CKI'], [['Toán', 'HK1', 'ĐTB'], 'CKI'], [['TH&CN', '(HS 1)'], 'CN'], [['Toán', '(HS 1)'], 'CN'],
  ] as const)('%p in a %s tab: read', (labels, tab) => {
    expect(classify([...labels], true, tab).kind).toBe('rating');
  });
});

describe('short points, and exams beside the score (review 18c S4, S5)', () => {
  it.each([
    [['Toán', 'Kỳ 1'], 'CKI'], [['Toán', 'Kì II'], 'CKII'], [['Toán', 'TB năm'], 'CN'], [['Toán', 'ĐTB cả năm học'], 'CN'], [['Toán', 'K2'], 'CKII'],
    [['Kết quả học tập', 'Kỳ 1'], 'CKI'],
  ] as const)('%p is read in a %s tab', (labels, tab) => {
    expect(classify([...labels], true, tab).kind).toBe('rating');
  });

  it.each([
    [['Toán', 'Kỳ 1'], 'CN'], [['Toán', 'TB năm'], 'CKII'], [['Kết quả học tập', 'Kì I'], 'CN'],
  ] as const)('%p in a %s tab is another point\'s: not read', (labels, tab) => {
    expect(classify([...labels], true, tab).unread?.otherPoint).toBeDefined();
  });

  it.each(['Thi học kỳ 1', 'Điểm thi HK1', 'KTHK1', 'Nhận xét học kỳ 1'])('%p under Toán in a Cuối học kì I tab: an exam or a comment, not the score', (label) => {
    const c = classify(['Toán', label], true, 'CKI');
    expect(c.kind).toBe('other');
    expect(c.unread?.area).toBe('Toán');
  });
});

describe('a primary school\'s result columns (review 18d)', () => {
  it.each([[['Kết quả học tập', 'Học kỳ 2']], [['Kết quả học tập', 'HK2']], [['Học lực', 'Kỳ 2']]] as const)('%p in a primary Cuối năm tab: read as before', (labels) => {
    expect(classify([...labels], false, 'CN').kind).toBe('rating');
  });
});
