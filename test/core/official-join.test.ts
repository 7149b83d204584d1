// The official results joined across review points and with Danh sách (PRODUCT 2.2), on the cases a
// hostile pass found: each must give the right number, or say at its cell why a number is missing.

import type { Analysis } from '../../src/core/analyse';
import type { SheetGrid } from '../../src/core/model';
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { CLASS_2A, CLASS_2B, ORDER_2025, rosterWithIds, vneduSheet, type VneduStudent, type VneduTab } from '../../local/vnedu-export';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const tab = (sheet: string, className: string, students: VneduStudent[], over: Partial<VneduTab> = {}): SheetGrid =>
  vneduSheet({ sheet, className, students, point: 'CKI', year: 2025, subjects: ORDER_2025, ...over }).grid;
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
/** A results sheet a school typed for class 2A at Cuối học kì I: title rows, one header row. */
const typed = (sheet: string, rows: unknown[][], header = HEADER, title = ['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I - LỚP 2A', 'Năm học 2025-2026']): SheetGrid =>
  ({ name: sheet, values: [...title.map((t) => [t]), header, ...rows] });

/** THHS, students needing support, Toán: at one review point, whole school. */
const totals = (a: Analysis, point: 'GKI' | 'CKI') => {
  const t = a.totals[point]?.total;
  return t && [t.students, t.needSupport, t.byArea['Toán']];
};
const problems = (a: Analysis) => a.problems.map((p) => `${p.severity} ${p.code} ${p.sheet}!${p.cell}`);
const flags = (a: Analysis) => a.flags.map((f) => `${f.reviewPoint} ${f.student.name} ${f.kinds.join('+')}`);

describe('one child across review points, whatever is written of the Mã HS', () => {
  const BINH = { id: 9000000001, name: 'Lê Thị Bình', birth: '02/03/2018', ratings: { Toán: 'C' } };
  const MINH = { id: 9000000002, name: 'Trần Minh', birth: '11/11/2018' };
  it.each<[string, VneduStudent[], VneduStudent[]]>([
    ['with its leading zero at Giữa kì (text), without it at Cuối kì (a number)',
      [{ ...BINH, id: '09000000001' }, MINH], [{ ...BINH, id: 9000000001 }, MINH]],
    ['filled at Giữa kì, left blank at Cuối kì', [BINH, MINH], [{ ...BINH, id: '' }, MINH]],
    ['left blank at Giữa kì, filled at Cuối kì', [{ ...BINH, id: '' }, MINH], [BINH, MINH]],
  ])('Mã HS %s: one child, counted once, notImproved', (_label, gki, cki) => {
    const a = run([CONFIG, tab('2a gk1', '2A', gki, { point: 'GKI' }), tab('2a', '2A', cki)]);
    // The code as first written (a leading zero kept), filled in from the other point when blank at one.
    expect(a.students.map((s) => `${s.studentId.replace(/^0/, '')} ${s.name}`)).toEqual(['9000000001 Lê Thị Bình', '9000000002 Trần Minh']);
    expect([totals(a, 'GKI'), totals(a, 'CKI')]).toEqual([[2, 1, 1], [2, 1, 1]]);
    expect(problems(a)).toEqual([]);
    expect(flags(a)).toEqual(['GKI Lê Thị Bình noSupporter+new', 'CKI Lê Thị Bình noSupporter+notImproved']);
  });

  it('two different codes are two children, even with the same name, class and birth date', () => {
    const a = run([CONFIG, tab('2a', '2A', [
      { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } },
      { id: 9000000002, name: 'Nguyễn Văn An', birth: '05/01/2018' },
    ])]);
    expect(a.students.map((s) => s.studentId)).toEqual(['9000000001', '9000000002']);
    expect(totals(a, 'CKI')).toEqual([2, 1, 1]);
    expect(problems(a)).toEqual([]);
  });
});

describe('a child written twice in one class tab', () => {
  const row2 = (rows: VneduStudent[]) => () => run([CONFIG, tab('2a', '2A', rows)]);
  it.each<[string, () => Analysis, string, string]>([
    ['one code typed for two differently named children: fix the code, never delete a child',
      row2([{ id: 9000000001, name: 'Học Sinh 1', birth: '05/01/2018', ratings: { Toán: 'C' } }, { id: 9000000001, name: 'Học Sinh 2', birth: '06/01/2018' }]),
      'error STUDENT_ID_DUPLICATE 2a!B11',
      'Mã HS 9000000001 của Học Sinh 2 cũng là mã của Học Sinh 1 ở dòng 10 của trang này. Dòng này chưa được tính; sửa lại Mã HS cho đúng của từng em.'],
    ['the same child and code twice',
      row2([{ id: 9000000001, name: 'Học Sinh 1', birth: '05/01/2018', ratings: { Toán: 'C' } }, { id: 9000000001, name: 'Học Sinh 1', birth: '05/01/2018' }]),
      'error STUDENT_ID_DUPLICATE 2a!B11',
      'Học Sinh 1 (Mã HS 9000000001) đã có ở dòng 10 của trang này. Dòng này không được tính; xóa dòng thừa.'],
    ['the same child twice in a typed sheet without Mã HS',
      () => run([CONFIG, typed('2a', [[1, 'Học Sinh 1', '05/01/2018', 'C', 'H', 'Đ', 'Đ'], [2, 'Học Sinh 1', '05/01/2018', 'H', 'H', 'Đ', 'Đ']])]),
      'error STUDENT_DUPLICATE 2a!B5',
      'Học Sinh 1 đã có ở dòng 4 của trang này. Dòng này không được tính; xóa dòng thừa.'],
  ])('%s: an error at the second row, which is not counted', (_label, analysis, where, message) => {
    const a = analysis();
    expect(problems(a)).toEqual([where]);
    expect(a.problems[0]).toMatchObject({ message, className: '2A' });
    expect(totals(a, 'CKI')).toEqual([1, 1, 1]);
  });
});

describe('which tabs count', () => {
  it('a school-typed tab copied as "2a (2)" (no Lớp in its title) is a second tab of 2A, not another class', () => {
    const rows = [[1, 'Nguyễn Văn An', '05/01/2018', 'C', 'H', 'Đ', 'Đ'], [2, 'Lê Thị Bình', '02/03/2018', 'H', 'H', 'Đ', 'Đ']];
    const title = ['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I', 'Năm học 2025-2026'];
    const a = run([CONFIG, typed('2a', rows, HEADER, title), typed('2a (2)', rows, HEADER, title)]);
    expect(totals(a, 'CKI')).toEqual([2, 1, 1]);
    expect(problems(a)).toEqual(['error OFFICIAL_DUPLICATE 2a (2)!A1']);
    expect(a.problems[0]).toMatchObject({ className: '2A',
      message: 'Trang "2a (2)" và trang "2a" đều là kết quả Cuối học kì I của lớp 2A. Chỉ trang "2a" được tính; xóa trang thừa (nếu trang "2a (2)" mới đúng, xóa trang "2a").' });
  });

  it('two copies of last year\'s Cuối năm of one class: the second is an error naming that school year', () => {
    const lastYear = (sheet: string) => tab(sheet, '1A', CLASS_2A, { point: 'CN', year: 2024 });
    const a = run([CONFIG, tab('2a', '2A', CLASS_2A), lastYear('1a'), lastYear('1a (2)')]);
    expect(a.official.tabs.map((u) => `${u.tab.sheet}:${u.use}`)).toEqual(['2a:current', '1a:baseline', '1a (2):duplicate']);
    expect(problems(a)).toEqual(['error OFFICIAL_DUPLICATE 1a (2)!A5']);
    expect(a.problems[0].message).toBe('Trang "1a (2)" và trang "1a" đều là kết quả Cuối năm của lớp 1A năm học 2024-2025. Chỉ trang "1a" được tính; xóa trang thừa (nếu trang "1a (2)" mới đúng, xóa trang "1a").');
  });

  it.each<[string, (g: SheetGrid) => void, string]>([
    ['no class in its title nor its name', (g) => { g.values[4] = ['']; }, 'OFFICIAL_NO_CLASS'],
    ['no review point in its title', (g) => { g.values[2] = ['BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC']; }, 'OFFICIAL_NO_REVIEW_POINT'],
  ])('a results tab with %s is not counted, and only the reader\'s error says so', (_label, edit, code) => {
    const g = { ...tab('Trang tính 7', '2A', CLASS_2A) };
    edit(g);
    const a = run([CONFIG, tab('2b', '2B', CLASS_2B), g]);
    expect(a.official.tabs.map((u) => `${u.tab.sheet}:${u.use}`)).toEqual(['2b:current', 'Trang tính 7:incomplete']);
    expect(problems(a)).toEqual([`error ${code} Trang tính 7!A1`]);
    expect(totals(a, 'CKI')).toEqual([3, 1, 1]);
  });

  it.each<[string, SheetGrid, string, string]>([
    ['a class 13A in its title', tab('13a', '13A', CLASS_2A), 'A5', '13A'],
    ['a tab named 0a without a Lớp title', typed('0a', [[1, 'Nguyễn Văn An', '05/01/2018', 'C', 'H', 'Đ', 'Đ']], HEADER, ['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I', 'Năm học 2025-2026']), 'A1', '0A'],
  ])('%s: no khối, an error at the cell that named the class, nothing counted', (_label, g, cell, className) => {
    const a = run([CONFIG, tab('2b', '2B', CLASS_2B), g]);
    expect(problems(a)).toEqual([`error GRADE_UNKNOWN ${g.name}!${cell}`]);
    expect(a.problems[0].message).toBe(`Trang "${g.name}": không biết lớp "${className}" thuộc khối nào, nên kết quả của trang này chưa được tính. Khai báo lớp này với cột Khối trong trang "Lớp".`);
    expect(a.official.tabs.map((u) => u.use)).toEqual(['current', 'incomplete']);
    expect(totals(a, 'CKI')).toEqual([3, 1, 1]);
  });
});

describe('joining a class tab with Danh sách by name and class, when a side has no birth date or Mã HS', () => {
  it('a results sheet typed with names only, beside a Danh sách with birth dates (and a Mã HS): each child once', () => {
    const a = run([CONFIG,
      rosterWithIds([['', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }], ['9000000002', 'Lê Thị Bình', '02/03/2018', '2A', '', 'Cô Lan', { 'Tiếng Việt': 'C' }]]),
      typed('2a', [[1, 'Nguyễn Văn An', 'C', 'H', 'Đ', 'Đ'], [2, 'Lê Thị Bình', 'H', 'C', 'Đ', 'Đ'], [3, 'Trần Minh Chi', 'H', 'H', 'Đ', 'Đ']], ['STT', 'Họ và tên', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'])]);
    expect(a.students.map((s) => `${s.sheet} ${s.name} ${s.birthDate}`)).toEqual(['Danh sách Nguyễn Văn An 2018-01-05', 'Danh sách Lê Thị Bình 2018-03-02', '2a Trần Minh Chi undefined']);
    expect(totals(a, 'CKI')).toEqual([3, 2, 1]);
    expect(problems(a)).toEqual([]);
    expect(flags(a)).toEqual(['CKI Nguyễn Văn An new', 'CKI Lê Thị Bình new']);
  });

  it('a Danh sách row without birth date or Mã HS takes them from the class tab it joins', () => {
    const a = run([CONFIG, rosterWithIds([['', 'Nguyễn Văn An', '', '2A', '', 'Cô Lan', { Toán: 'C' }]]),
      tab('2a', '2A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }])]);
    expect(a.students.map((s) => [s.sheet, s.studentId, s.birthDate, s.official?.CKI?.sheet])).toEqual([['Danh sách', '9000000001', '2018-01-05', '2a']]);
    expect(problems(a)).toEqual([]);
    expect(totals(a, 'CKI')).toEqual([1, 1, 1]);
  });

  const AN = ['Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }] as const;
  it.each<[string, SheetGrid, SheetGrid, string, [number, number, number], string]>([
    ['two namesakes in the class tab, a Danh sách row without birth date',
      rosterWithIds([['', AN[0], '', ...AN.slice(2)] as never]),
      typed('2a', [[1, 'Nguyễn Văn An', '05/01/2018', 'C', 'H', 'Đ', 'Đ'], [2, 'Nguyễn Văn An', '06/07/2018', 'H', 'H', 'Đ', 'Đ']]),
      'Nguyễn Văn An (lớp 2A)', [2, 2, 2], '2a!4'],
    ['birth dates that differ',
      rosterWithIds([['', ...AN] as never]),
      tab('2a', '2A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '06/01/2018', ratings: { Toán: 'C' } }]),
      'Nguyễn Văn An (lớp 2A, sinh 05/01/2018)', [1, 2, 2], '2a!10'],
    ['Mã HS that differ (the class tab has no birth dates)',
      rosterWithIds([['9000000099', ...AN] as never]),
      typed('2a', [[1, '9000000001', 'Nguyễn Văn An', 'C', 'H', 'Đ', 'Đ']], ['STT', 'Mã HS', 'Họ và tên', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']),
      'Nguyễn Văn An (lớp 2A, sinh 05/01/2018)', [1, 2, 2], '2a!4'],
  ])('%s: not guessed as one child; the Danh sách row is a warning and still counts', (_label, roster, results, who, expected, notListed) => {
    const a = run([CONFIG, roster, results]);
    expect(problems(a)).toEqual(['warning OFFICIAL_NOT_FOUND Danh sách!C3']);
    expect(a.problems[0]).toMatchObject({ className: '2A',
      message: `${who} không có trong kết quả chính thức của lớp (trang "2a"). Em vẫn được tính theo Danh sách; nếu em có trong trang đó với Mã HS, họ tên hoặc ngày sinh ghi khác thì em đang được tính hai lần: sửa cho khớp.` });
    expect(totals(a, 'CKI')).toEqual(expected);
    expect(a.flags.filter((f) => f.kinds.includes('notListed')).map((f) => `${f.student.sheet}!${f.student.row}`)).toEqual([notListed]);
  });
});

it('a need in Danh sách for an area the class tab does not rate is a warning at its cell, not lost unseen', () => {
  const a = run([CONFIG,
    rosterWithIds([
      ['9000000001', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C', 'Khoa học': 'C' }],
      ['9000000002', 'Lê Thị Bình', '02/03/2018', '2A', '', 'Cô Lan', { 'Tiếng Việt': 'C', 'Khoa học': 'H' }],
    ], ['Toán', 'Tiếng Việt', 'Khoa học']),
    tab('2a', '2A', [
      { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } },
      { id: 9000000002, name: 'Lê Thị Bình', birth: '02/03/2018', ratings: { 'Tiếng Việt': 'C' } },
    ])]);
  expect(problems(a)).toEqual(['warning OFFICIAL_RATING_DIFFERS Danh sách!J3']);
  expect(a.problems[0]).toMatchObject({ className: '2A',
    message: 'Danh sách ghi Nguyễn Văn An cần hỗ trợ Khoa học ở mốc Cuối học kì I, nhưng kết quả chính thức (trang "2a") không có cột Khoa học, nên ô này không được tính: Tổng hợp dùng kết quả chính thức. Nếu môn này có tên khác trong trang "2a", sửa tiêu đề cho khớp.' });
  expect(a.totals.CKI?.total).toMatchObject({ students: 2, needSupport: 2, byArea: { Toán: 1, 'Tiếng Việt': 1, 'Khoa học': 0 } });
});

describe('last year\'s Cuối năm: the students it cannot place are named', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `Cựu Học Sinh ${i + 1}`);
  it.each([
    [5, 'Cựu Học Sinh 1, Cựu Học Sinh 2, Cựu Học Sinh 3, Cựu Học Sinh 4, Cựu Học Sinh 5'],
    [6, 'Cựu Học Sinh 1, Cựu Học Sinh 2, Cựu Học Sinh 3, Cựu Học Sinh 4, Cựu Học Sinh 5, …'],
  ])('%i of them, in a tab without a Lớp title: one warning at A1, five names at most', (n, listed) => {
    const last = tab('1a', '1A', names(n).map((name, i) => ({ id: 8000000001 + i, name, birth: '01/01/2018' })), { point: 'CN', year: 2024 });
    last.values[4] = [''];
    const a = run([CONFIG, tab('2a', '2A', CLASS_2A), last]);
    expect(problems(a)).toEqual(['warning OFFICIAL_BASELINE_LEFT 1a!A1']);
    expect(a.problems[0]).toMatchObject({ className: '1A',
      message: `${n} học sinh của trang "1a" (Cuối năm 2024-2025) không có trong kết quả năm nay của khối trên (hoặc đã học hết cấp), nên không được tính ở mốc Đầu năm: ${listed}. Nếu em vẫn học ở trường, ghi đúng Mã HS của em trong Danh sách.` });
  });
});

it('a class of a khối with class tabs that has none: a warning at its Lớp row (or its first Danh sách row), once', () => {
  const a = run([CONFIG,
    rosterWithIds([['', 'Cao Thị Cúc', '01/01/2018', '2C', '', 'Cô Hoa', {}], ['', 'Đinh Văn Dũng', '01/01/2018', '2D', '', 'Cô Hoa', { Toán: 'C' }],
      ['', 'Hà Văn Em', '01/01/2018', '2E', '', 'Cô Hoa', { Toán: 'xyz' }]]),
    classGrid([['2A', 2, 'Cô Lan', 5], ['2B', 2, 'Thầy Nam', 3], ['2C', 2, 'Cô Hoa', 30], ['3A', 3, 'Cô Mai', 1], ['3B', 3, 'Cô Mai', 20]]),
    tab('2a', '2A', CLASS_2A), tab('2b', '2B', CLASS_2B), tab('3a', '3A', [{ id: 9000000070, name: 'Hồ Văn Lâm', birth: '03/04/2017' }])]);
  const noTab = a.problems.filter((p) => p.code === 'OFFICIAL_CLASS_NO_TAB');
  // 3B is reported too (khối 3 has 3A's tab); 2E's only row has an error and is not counted.
  expect(noTab.map((p) => `${p.severity} ${p.sheet}!${p.cell} ${p.className}`).sort()).toEqual(['warning Danh sách!E4 2D', 'warning Lớp!A4 2C', 'warning Lớp!A6 3B']);
  expect(noTab.find((p) => p.sheet === 'Lớp')?.message).toBe('Khối 2 có kết quả chính thức của lớp 2A, 2B nhưng chưa có của lớp 2C: THHS khối 2 tính lớp 2C theo sĩ số trang "Lớp" hoặc số dòng trong Danh sách. Nhập trang kết quả của lớp 2C (Tệp → Nhập).');
  expect(noTab.find((p) => p.className === '3B')?.message).toContain('Khối 3 có kết quả chính thức của lớp 3A nhưng chưa có của lớp 3B');
  expect(a.problems.filter((p) => p.code.startsWith('OFFICIAL_') && p.code !== 'OFFICIAL_CLASS_NO_TAB')).toEqual([]);
});

/** Clears every rating and score of one student row (0-based), as a tab not rated yet leaves it. */
const unrated = (g: SheetGrid, row: number): SheetGrid => {
  for (let c = 6; c < g.values[row].length; c++) g.values[row][c] = '';
  return g;
};

describe('tabs of other school years', () => {
  it.each<[string, Partial<VneduTab>, string]>([
    ['last year\'s Cuối học kì I', { year: 2024 }, 'Cuối học kì I năm học 2024-2025'],
    ['the Cuối năm of two years ago', { year: 2023, point: 'CN' }, 'Cuối năm năm học 2023-2024'],
  ])('%s is an error at its Năm học cell and counts for nothing', (_label, over, what) => {
    const a = run([CONFIG, tab('2b', '2B', CLASS_2B), tab('cũ', '1A', CLASS_2A, over)]);
    expect(a.official.tabs.map((u) => `${u.tab.sheet}:${u.use}`)).toEqual(['2b:current', 'cũ:wrongYear']);
    expect(a.reviewPoints).toEqual(['CKI']);
    expect(problems(a)).toEqual(['error OFFICIAL_WRONG_YEAR cũ!A4']);
    expect(a.problems[0]).toMatchObject({ className: '1A',
      message: `Trang "cũ" là kết quả ${what}, không phải năm học 2025-2026 (chỉ kết quả Cuối năm của năm học trước được dùng làm mốc Đầu năm), nên không được tính. Xóa trang này, hoặc sửa Năm học trong trang "Cấu hình" nếu năm học hiện tại ghi sai.` });
  });

  // Issue 17 changes this on purpose: with no list of this year, last year's students are promoted one khối.
  it('only last year\'s results imported: every child counts at Đầu năm one khối up (a ticked Chưa lên lớp stays), and Kiểm tra says why', () => {
    const last = tab('1a', '1A', [
      { id: 9000000030, name: 'Vũ Thị Mai', birth: '03/04/2018', ratings: { Toán: 'C' } },
      { id: 9000000031, name: 'Ngô Văn Lùi', birth: '03/04/2018', ratings: { 'Tiếng Việt': 'C' }, notPromoted: true },
    ], { point: 'CN', year: 2024 });
    const a = run([CONFIG, last, tab('3a', '3A', CLASS_2B, { year: 2023 })]);
    expect(a.students.map((s) => `${s.name} ${s.className} khối ${s.grade}: ${s.reviews.DN?.need}`))
      .toEqual(['Vũ Thị Mai 1A (2024-2025) khối 2: Toán', 'Ngô Văn Lùi 1A (2024-2025) khối 1: Tiếng Việt']);
    expect(a.totals.DN?.total).toMatchObject({ students: 2, needSupport: 2, disability: 0 });
    expect(problems(a).sort()).toEqual(['error OFFICIAL_WRONG_YEAR 3a!A4', 'warning OFFICIAL_BASELINE_PROMOTED 1a!A5']);
    expect(a.problems.find((p) => p.code === 'OFFICIAL_BASELINE_PROMOTED')?.message).toBe('Chưa có danh sách lớp năm học 2025-2026 (chưa có trang '
      + 'Danh sách hay kết quả lớp của năm nay), nên 2 học sinh của trang "1a" (Cuối năm 2024-2025) được tính ở mốc Đầu năm theo khối trên: lên một khối, '
      + 'em "Chưa lên lớp" ở lại khối cũ. Khi có danh sách lớp năm nay, thêm trang Danh sách (có Mã HS) để tính theo lớp mới.');
    expect(a.official.promotedWithoutLists).toBe(true);
  });

  it('last year\'s khối 5 have left the school: named in one warning, not counted', () => {
    const a = run([CONFIG, tab('2a', '2A', CLASS_2A), tab('5a', '5A', CLASS_2B.map((s) => ({ ...s, id: Number(s.id) + 100 })), { point: 'CN', year: 2024 })]);
    expect(a.students.filter((s) => s.official?.DN)).toEqual([]);
    expect(problems(a)).toEqual(['warning OFFICIAL_BASELINE_LEFT 5a!A5']);
    expect(a.problems[0].message).toContain(': Nguyễn Văn An, Phạm Thu Hà, Phạm Thu Hạ. ');
  });

  it('a row of last year\'s tab not rated, or with an unreadable rating, is neither a baseline nor a child who left', () => {
    const last = tab('1a', '1A', [
      { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } },
      { id: 9000000050, name: 'Lê Văn Khoa', birth: '05/01/2018' },
      { id: 9000000051, name: 'Trần Quang', birth: '05/01/2018', ratings: { Toán: 8 } },
    ], { point: 'CN', year: 2024 });
    const a = run([CONFIG, tab('2a', '2A', CLASS_2A), unrated(last, 10)]);
    expect(problems(a)).toEqual(['error RATING_INVALID 1a!I12']);
    expect(a.students.filter((s) => s.reviews.DN).map((s) => `${s.name} ${s.reviews.DN?.need}`)).toEqual(['Nguyễn Văn An Toán']);
  });
});

describe('joining Danh sách rows', () => {
  it('a Mã HS in Danh sách with its leading zero, the class tab\'s a number under another spelling of the name: one child, and a warning at the code', () => {
    const a = run([CONFIG, rosterWithIds([['0112345678', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }]]),
      tab('2a', '2A', [{ id: 112345678, name: 'Nguyễn Văn Ân', birth: '05/01/2018', ratings: { Toán: 'C' } }])]);
    expect(totals(a, 'CKI')).toEqual([1, 1, 1]);
    expect(problems(a)).toEqual(['warning OFFICIAL_NAME_DIFFERS Danh sách!B3']);
    expect(a.problems[0]).toMatchObject({ className: '2A',
      message: 'Mã HS 112345678 ở dòng này là của Nguyễn Văn Ân trong kết quả chính thức (trang "2a", dòng 10), nhưng Danh sách ghi tên Nguyễn Văn An. Tổng hợp dùng kết quả của mã này; kiểm tra lại mã hoặc họ tên.' });
  });

  it('the official rating wins at its point; the Danh sách cells of that point that disagree are warned, blank cells and other points are not', () => {
    const roster = rosterGrid([{ name: 'Nguyễn Văn An', className: '2A', birth: '05/01/2018', supporter: 'Cô Lan',
      ratings: { GKI: { Toán: 'C' }, CKI: { Toán: 'C', 'Năng lực': 'Đ', 'Phẩm chất': 'Đ' } } }], { points: ['GKI', 'CKI'] });
    const a = run([CONFIG, roster, tab('2a', '2A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { 'Tiếng Việt': 'C' } }])]);
    expect(a.students[0].reviews.CKI?.need).toEqual(['Tiếng Việt']);
    expect(problems(a)).toEqual(['warning OFFICIAL_RATING_DIFFERS Danh sách!K3']);
    expect(a.problems[0]).toMatchObject({ className: '2A',
      message: 'Danh sách ghi Nguyễn Văn An cần hỗ trợ Toán ở mốc Cuối học kì I, nhưng kết quả chính thức (trang "2a", ô I10) không ghi C. Tổng hợp dùng kết quả chính thức; sửa ô này cho khớp.' });
  });

  it('a row of the class tab not rated yet leaves the Danh sách rating standing', () => {
    const a = run([CONFIG, rosterWithIds([['9000000001', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }]]),
      unrated(tab('2a', '2A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018' }]), 9)]);
    expect(a.students.map((s) => [s.sheet, s.reviews.CKI?.need, s.official?.CKI])).toEqual([['Danh sách', ['Toán'], undefined]]);
    expect(totals(a, 'CKI')).toEqual([1, 1, 1]);
    expect(problems(a)).toEqual([]);
  });

  it('a row with an unreadable rating counts in THHS, not in the needs', () => {
    const a = run([CONFIG, tab('2a', '2A', [
      { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 8, 'Tiếng Việt': 'C' } },
      { id: 9000000002, name: 'Lê Thị Bình', birth: '02/03/2018' },
    ])]);
    expect(problems(a)).toEqual(['error RATING_INVALID 2a!I10']);
    expect(totals(a, 'CKI')).toEqual([2, 0, 0]);
  });

  it('a student missing from a class with tabs at two points: the warning names both tabs', () => {
    const a = run([CONFIG, rosterWithIds([['', 'Đỗ Văn Khang', '09/09/2018', '2A', '', 'Cô Lan', {}]]),
      tab('2a gk1', '2A', CLASS_2A, { point: 'GKI' }), tab('2a', '2A', CLASS_2A)]);
    expect(problems(a)).toEqual(['warning OFFICIAL_NOT_FOUND Danh sách!C3']);
    // Round 12, on purpose: the message says a child written differently in both is counted twice.
    expect(a.problems[0].message).toBe('Đỗ Văn Khang (lớp 2A, sinh 09/09/2018) không có trong kết quả chính thức của lớp (trang "2a gk1", "2a"). Em vẫn được tính theo Danh sách; nếu em có trong trang đó với Mã HS, họ tên hoặc ngày sinh ghi khác thì em đang được tính hai lần: sửa cho khớp.');
  });

  it('the latest review point\'s tab is the child\'s home, whatever the order of the tabs', () => {
    const an = { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } };
    const a = run([CONFIG, tab('2a', '2A', [an]), tab('2a gk1', '2A', [{ id: 9000000002, name: 'Lê Thị Bình', birth: '02/03/2018' }, an], { point: 'GKI' })]);
    expect(a.students.map((s) => `${s.name} ${s.sheet}!${s.row}`).sort()).toEqual(['Lê Thị Bình 2a gk1!10', 'Nguyễn Văn An 2a!10']);
    expect(flags(a)).toEqual(['GKI Nguyễn Văn An noSupporter+new', 'CKI Nguyễn Văn An noSupporter+notImproved']);
  });

  it('a Danh sách row without a name is joined to no one', () => {
    const a = run([CONFIG, rosterWithIds([['9000000001', '', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }]]),
      tab('2a', '2A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }])]);
    expect(a.problems.map((p) => p.code)).not.toContain('OFFICIAL_NAME_DIFFERS');
    expect(a.students.filter((s) => s.official?.CKI).map((s) => `${s.sheet} ${s.name} ${s.notListed}`)).toEqual(['2a Nguyễn Văn An true']);
  });

  it('two Danh sách rows under one Mã HS: the first is the child, for this year\'s tab and for last year\'s', () => {
    const a = run([CONFIG,
      rosterWithIds([['9000000001', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }], ['9000000001', 'Lê Thị Bình', '02/03/2018', '2A', '', 'Cô Lan', {}]]),
      tab('2a', '2A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }]),
      tab('1a', '1A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { 'Tiếng Việt': 'C' } }], { point: 'CN', year: 2024 })]);
    expect(a.problems.map((p) => p.code)).not.toContain('OFFICIAL_NAME_DIFFERS');
    expect(a.students.filter((s) => s.official).map((s) => `${s.name} ${Object.keys(s.official ?? {}).sort()}`)).toEqual(['Nguyễn Văn An CKI,DN']);
  });

  it('two children of one name and birth date under two codes, one Danh sách row without code: it joins one, the other is not listed', () => {
    const a = run([CONFIG, rosterWithIds([['', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }]]), tab('2a', '2A', [
      { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } },
      { id: 9000000002, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { 'Tiếng Việt': 'C' } },
    ])]);
    expect(a.students.map((s) => `${s.sheet} ${s.studentId} ${s.notListed === true}`)).toEqual(['Danh sách 9000000001 false', '2a 9000000002 true']);
  });

  it('two namesakes in Danh sách and a results sheet typed with names only: neither is guessed', () => {
    const a = run([CONFIG,
      rosterWithIds([['', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }], ['', 'Nguyễn Văn An', '06/07/2018', '2A', '', 'Cô Lan', {}]]),
      typed('2a', [[1, 'Nguyễn Văn An', 'C', 'H', 'Đ', 'Đ']], ['STT', 'Họ và tên', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'])]);
    expect(problems(a)).toEqual(['warning OFFICIAL_NOT_FOUND Danh sách!C3', 'warning OFFICIAL_NOT_FOUND Danh sách!C4', 'warning SAME_NAME_OTHER_BIRTH Danh sách!D4']);
    expect(a.students.map((s) => `${s.sheet}!${s.row}`)).toEqual(['Danh sách!3', 'Danh sách!4', '2a!4']);
  });

  // Round 12, on purpose: name and birth date find the child in any khối, told when it is not the
  // next one (OFFICIAL_GRADE_DIFFERS); Vũ Thị Mai in 3A was counted twice before, in khối 3 and as a
  // pupil promoted into khối 2.
  it('last year\'s Cuối năm: a Danh sách row is found by name and birth date in any khối (the school told when it is not the next), by name alone only when it has no birth date nor code', () => {
    const last = tab('1a', '1A', [
      { id: 9000000040, name: 'Vũ Thị Mai', birth: '03/04/2018', ratings: { Toán: 'C' } },
      { id: 9000000041, name: 'Ngô Văn Lực', birth: '05/06/2018', ratings: { 'Tiếng Việt': 'C' } },
      { id: 9000000042, name: 'Đào Thị Yến', birth: '07/08/2018', ratings: { Toán: 'C' } },
      { id: '', name: 'Lý Gia Huy', birth: '08/09/2018', ratings: { Toán: 'C' } },
    ], { point: 'CN', year: 2024 });
    const a = run([CONFIG, rosterWithIds([
      ['', 'Vũ Thị Mai', '03/04/2018', '3A', '', 'Cô Lan', {}],
      ['', 'Ngô Văn Lực', '01/01/2018', '2A', '', 'Cô Lan', {}],
      ['9000000099', 'Đào Thị Yến', '', '2B', '', 'Cô Lan', {}],
      ['9000000077', 'Lý Gia Huy', '08/09/2018', '2A', '', 'Cô Lan', {}],
    ]), last]);
    // Lý Gia Huy is found by name and birth date and keeps the code the school wrote.
    expect(a.students.map((s) => `${s.sheet}:${s.studentId}:${s.name}:${s.grade}:${s.reviews.DN?.need ?? '-'}`)).toEqual([
      'Danh sách:9000000040:Vũ Thị Mai:3:Toán', 'Danh sách::Ngô Văn Lực:2:-', 'Danh sách:9000000099:Đào Thị Yến:2:-', 'Danh sách:9000000077:Lý Gia Huy:2:Toán',
      '1a:9000000041:Ngô Văn Lực:2:Tiếng Việt', '1a:9000000042:Đào Thị Yến:2:Toán']);
    // Said at the Danh sách row's Lớp cell, where a wrong class is mended.
    expect(a.problems.filter((p) => p.code === 'OFFICIAL_GRADE_DIFFERS').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Danh sách!E3']);
  });
});

describe('Mã HS across this year and last', () => {
  it('without birth dates, a code at one point and none at the other are not taken for one child (namesakes could not be told apart)', () => {
    const header = (withId: boolean) => ['STT', ...(withId ? ['Mã HS'] : []), 'Họ và tên', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
    const a = run([CONFIG,
      typed('2a gk1', [[1, '9000000001', 'Nguyễn Văn An', 'C', 'H', 'Đ', 'Đ']], header(true), ['KẾT QUẢ ĐÁNH GIÁ GIỮA HỌC KÌ I - LỚP 2A', 'Năm học 2025-2026']),
      typed('2a', [[1, 'Nguyễn Văn An', 'C', 'H', 'Đ', 'Đ']], header(false))]);
    expect(a.students.map((s) => `${s.sheet} ${s.studentId}`)).toEqual(['2a gk1 9000000001', '2a ']);
    expect([totals(a, 'GKI'), totals(a, 'CKI')]).toEqual([[1, 1, 1], [1, 1, 1]]);
  });

  it('a class tab typed without codes keeps the Danh sách code, and last year\'s Cuối năm still joins by it', () => {
    const a = run([CONFIG, rosterWithIds([['9000000001', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }]]),
      typed('2a', [[1, 'Nguyễn Văn An', '05/01/2018', 'C', 'H', 'Đ', 'Đ']]),
      tab('1a', '1A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { 'Tiếng Việt': 'C' } }], { point: 'CN', year: 2024 })]);
    expect(a.students.map((s) => `${s.sheet} ${s.studentId} DN:${s.reviews.DN?.need} CKI:${s.reviews.CKI?.need}`)).toEqual(['Danh sách 9000000001 DN:Tiếng Việt CKI:Toán']);
    expect(problems(a)).toEqual([]);
  });

  it('last year\'s code wins over a namesake row of the next khối', () => {
    const a = run([CONFIG,
      rosterWithIds([['9000000001', 'Nguyễn Văn Ân', '05/01/2018', '2A', '', 'Cô Lan', {}], ['', 'Nguyễn Văn An', '05/01/2018', '2B', '', 'Cô Lan', {}]]),
      tab('1a', '1A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }], { point: 'CN', year: 2024 })]);
    expect(a.students.filter((s) => s.reviews.DN).map((s) => `${s.name} ${s.className} ${s.reviews.DN?.need}`)).toEqual(['Nguyễn Văn Ân 2A Toán']);
  });

  it('a child in two of last year\'s class tabs takes the first one\'s Cuối năm', () => {
    const a = run([CONFIG, tab('2a', '2A', CLASS_2A),
      tab('1a', '1A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }], { point: 'CN', year: 2024 }),
      tab('1b', '1B', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { 'Tiếng Việt': 'C' } }], { point: 'CN', year: 2024 })]);
    expect(a.students.filter((s) => s.reviews.DN).map((s) => `${s.name} ${s.reviews.DN?.need} ${s.official?.DN?.sheet}`)).toEqual(['Nguyễn Văn An Toán 1a']);
  });
});

it('a need in Danh sách left blank in the joined class tab is a warning at the class tab\'s cell, with the class', () => {
  const a = run([
    { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'Ngày sinh', 'GV hỗ trợ', 'GKI - Toán', 'GKI - TV'], ['9000000001', 'Nguyễn Văn An', '2A', '05/01/2018', 'Cô Lan', 'C', 'H']] },
    vneduSheet({ sheet: '2a', className: '2A', point: 'CKI', year: 2025, subjects: ORDER_2025, students: [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: '' } }] }).grid,
  ], '2026-01-20');
  expect(a.problems).toEqual([{
    sheet: '2a', cell: 'I10', row: 10, column: 9, severity: 'warning', code: 'AREA_BLANK_AFTER_NEED', className: '2A', // ORDER_2025: Toán in I
    message: 'Nguyễn Văn An (2A) cần hỗ trợ Toán ở mốc Giữa học kì I nhưng ô Toán mốc Cuối học kì I để trống. Ghi mức đánh giá (ví dụ H hoặc C) để biết em đã tiến bộ chưa.',
  }]);
});

it('a Sĩ số that differs from a class with tabs at two review points names both tabs', () => {
  const students = [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018' }, { id: 9000000002, name: 'Lê Thị Bình', birth: '02/03/2018' }];
  const a = run([
    classGrid([['2A', 2, 'Cô Mai', 30]]),
    vneduSheet({ sheet: '2a CKI', className: '2A', point: 'CKI', year: 2025, subjects: ORDER_2025, students }).grid,
    vneduSheet({ sheet: '2a GKII', className: '2A', point: 'GKII', year: 2025, subjects: ORDER_2025, students }).grid,
  ], '2026-03-20');
  expect(a.problems.filter((p) => p.code === 'OFFICIAL_SIZE_DIFFERS').map((p) => p.message)).toEqual([
    'Lớp 2A: trang "Lớp" ghi sĩ số 30, còn kết quả chính thức (trang "2a CKI", "2a GKII") có 2 học sinh. THHS tính theo kết quả chính thức (2); sửa sĩ số nếu cần.',
  ]);
});
