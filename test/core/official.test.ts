// The official results reader (vnEdu "Sổ điểm tổng kết" and school sheets shaped alike) and its
// join with Danh sách (PRODUCT 2.2), on grids generated in the real export's shape.

import { readOfficialTab, matchSubject } from '../../src/core/read/official';
import { idText } from '../../src/core/cells';
import type { Analysis } from '../../src/core/analyse';
import type { SheetGrid } from '../../src/core/model';
import { findReviewPointIn } from '../../src/core/vocab';
import { classGrid, run } from '../helpers/grid';
import { CLASS_2A, CLASS_2B, ORDER_2024, ORDER_2025, rosterWithIds, TYPED_4A, vneduSheet, type VneduStudent, type VneduTab } from '../../local/vnedu-export';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const tab = (over: Partial<VneduTab> & Pick<VneduTab, 'sheet' | 'className' | 'students'>): VneduTab =>
  ({ point: 'CKI', year: 2025, subjects: ORDER_2025, ...over });
const grid = (spec: VneduTab) => vneduSheet(spec).grid;
const read = (g: SheetGrid) => readOfficialTab(g, WALL_CLOCK_OFFSET);

// Khối 2 (2025-2026 order) and khối 3 (2024-2025 order): twins across classes, namesakes in a class.
const CLASS_3A: VneduStudent[] = [
  { id: 9000000009, name: 'Hồ Văn Lâm', birth: '03/04/2017', ratings: { 'Tin học và Công nghệ (Công nghệ)': 'C' } },
  { id: 9000000010, name: 'Đỗ Thị Mai', birth: '04/05/2017', female: true },
  { id: 9000000011, name: 'Vũ Quốc Bảo', birth: '06/07/2017', ratings: { Toán: 'C', 'Yêu nước': 'C', 'NL Tin học': 'Đ' } },
  { id: 9000000012, name: 'Lý Gia Huy', birth: '08/09/2017', ratings: { 'Giao tiếp và hợp tác': 'Đ', 'Nhân ái': 'Đ', 'Tiếng Việt': 'H' } },
];
const TABS = {
  '2a': tab({ sheet: '2a', className: '2A', students: CLASS_2A }),
  '2b': tab({ sheet: '2b', className: '2B', students: CLASS_2B }),
  '3a': tab({ sheet: '3a', className: '3A', subjects: ORDER_2024, students: CLASS_3A }),
};

describe('reading a vnEdu class tab', () => {
  it.each([['2025-2026 order', TABS['2a'], '2A'], ['2024-2025 order', TABS['3a'], '3A']])('%s: title, students and columns', (_label, spec, className) => {
    const t = read(grid(spec));
    expect(t).toBeDefined();
    expect(t).toMatchObject({ reviewPoint: 'CKI', schoolYear: 2025, className, style: 'vnEdu', dataStart: 9, nameColumn: 3, studentIdColumn: 2, problems: [] });
    expect(t?.students.map((s) => [s.row, s.studentId, s.name])).toEqual(spec.students.map((s, i) => [10 + i, String(s.id), s.name]));
    // Ten năng lực (five in khối 1–2: 3 + 5), five phẩm chất, a rating column per subject (Âm nhạc and Mĩ thuật apart).
    const ratings = t?.columns.filter((c) => c.kind === 'rating') ?? [];
    expect(ratings.filter((c) => c.area === 'Năng lực')).toHaveLength(className === '2A' ? 8 : 10);
    expect(ratings.filter((c) => c.area === 'Phẩm chất')).toHaveLength(5);
    expect(t?.columns.filter((c) => c.kind === 'score').length).toBe(spec.subjects.filter((s) => s.score).length);
  });

  it('reads each C on its own scale and column: a subject, a năng lực, a phẩm chất; T/H/Đ need nothing', () => {
    const needs = (spec: VneduTab) => read(grid(spec))?.students.map((s) => s.review.need);
    expect(needs(TABS['2a'])).toEqual([['Toán'], ['Tiếng Việt', 'Năng lực'], [], ['Phẩm chất'], ['Âm nhạc']]);
    expect(needs(TABS['3a'])).toEqual([['Công nghệ'], [], ['Toán', 'Phẩm chất'], []]);
  });

  it('keeps every digit of Mã học sinh, reads text birth dates and the U+F0FC tick', () => {
    const t = read(grid(TABS['2a']));
    expect(t?.students[1]).toMatchObject({ studentId: '9000000002', birthDate: '2018-03-02', female: true });
    expect(t?.students[0]).toMatchObject({ birthDate: '2018-01-05', female: false });
    expect(idText(123456789012)).toBe('123456789012');
    expect(idText(' 0123 ')).toBe('0123');
    // Every digit where String() would write an exponent (from 1e21), a decimal as written, placeholders as no code.
    expect([1e20, 1e21, -5, 12.5, '-', 0, '0', 'chưa có', 'HS 01'].map(idText)).toEqual(
      ['100000000000000000000', '1e+21', '-5', '12.5', '', '', '', '', 'HS 01']);
  });

  it('links each need to its C cell, and the signature block is no student', () => {
    const sheet = vneduSheet(TABS['2a']);
    const t = read(sheet.grid);
    expect(t?.students).toHaveLength(5);
    expect(t?.students[0].areaColumns['Toán']).toBe(sheet.columnOf['Toán']);
    expect(t?.students[1].areaColumns['Năng lực']).toBe(sheet.columnOf['Tính toán']);
  });

  it('Cuối năm: the KQGD ticks and Khen thưởng are not ratings, Chưa lên lớp is read', () => {
    const spec = tab({ sheet: '2a', className: '2A', point: 'CN', students: [
      { id: 1, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' }, notPromoted: true },
      { id: 2, name: 'Lê Thị Bình', birth: '02/03/2018' },
    ] });
    const t = read(grid(spec));
    expect(t).toMatchObject({ reviewPoint: 'CN', problems: [] });
    expect(t?.students.map((s) => [s.notPromoted, s.review.need])).toEqual([[true, ['Toán']], [false, []]]);
  });

  it.each([
    ['GIỮA HỌC KÌ I', 'GKI'], ['GIỮA HỌC KÌ II', 'GKII'], ['CUỐI HỌC KÌ I', 'CKI'], ['CUỐI NĂM HỌC', 'CN'],
    ['Đánh giá Cuối năm học 2025-2026', 'CN'], ['KẾT QUẢ CUỐI HKI', 'CKI'], ['Giữa học kỳ 2', 'GKII'],
  ])('the title "%s" names %s', (title, code) => {
    expect(findReviewPointIn(`BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC ${title}`)).toBe(code);
  });

  it.each([
    ['Tin học và Công nghệ (Công nghệ)', 'Công nghệ'], ['TN-XH', 'Tự nhiên và Xã hội'], ['Tiếng Anh', 'Ngoại ngữ'],
    ['Môn Toán', 'Toán'], ['Lịch sử và Địa lí', 'Lịch sử và Địa lí'], ['Tin học', 'Tin học'], ['Ghi chép', undefined],
    ['Tiếng Việt (Đọc - Viết)', 'Tiếng Việt'], ['Môn Toán (tiết 2)', 'Toán'], ['Toán (tăng cường) (2)', 'Toán'], ['Môn Khoa học (KH)', 'Khoa học'],
    ['  môn  Đạo đức', 'Đạo đức'], ['Tin học và Công nghệ (Công nghệ) ', 'Công nghệ'], ['Tin học và Công nghệ (Tin học)', 'Tin học'],
    // Brackets that abbreviate an orientation are no other subject (review-2 F6): Công nghệ (Nông nghiệp), not Ngoại ngữ.
    ['Công nghệ (NN)', 'Công nghệ'], ['Công nghệ (TV)', 'Công nghệ'], ['Công nghệ (Công nghiệp)', 'Công nghệ'], ['Toán (Tiếng Việt)', 'Toán'],
  ])('the subject head "%s" is %s', (label, area) => {
    expect(matchSubject(label)).toBe(area);
  });

  it('a subject it does not know is still counted, under its own name, with a warning at its header', () => {
    const spec = tab({ sheet: '2a', className: '2A', subjects: [{ name: 'Toán', score: true }, { name: 'Kĩ năng sống' }],
      students: [{ id: 1, name: 'An', birth: '01/01/2018', ratings: { 'Kĩ năng sống': 'C' } }] });
    const t = read(grid(spec));
    expect(t?.students[0].review.need).toEqual(['Kĩ năng sống']);
    expect(t?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['OFFICIAL_SUBJECT_UNKNOWN@I9']);
  });

  it('a column of ratings under no header, and a named row without STT, are problems at their cells', () => {
    const g = grid(TABS['2b']);
    const width = g.values[9].length;
    g.values.forEach((row, r) => { row.push(r === 10 ? 'C' : ''); });
    g.values[12] = [...g.values[11]];
    g.values[12][0] = '';
    g.values[12][2] = 'Người Thêm Tay';
    const t = read(g);
    expect(t?.students).toHaveLength(3);
    expect(t?.problems.map((p) => `${p.code}@${p.cell}`).sort()).toEqual([`OFFICIAL_COLUMN_UNKNOWN@${colLetter(width + 1)}9`, 'OFFICIAL_ROW_UNREAD@A13']);
  });

  it('a rating outside its scale is an error that leaves the row out; a blank subject is no need', () => {
    const spec = tab({ sheet: '2a', className: '2A', students: [
      { id: 1, name: 'An', birth: '01/01/2018', ratings: { Toán: 8, 'Đạo đức': '' } },
      { id: 2, name: 'Bình', birth: '01/01/2018', ratings: { 'Yêu nước': 'H' } },
    ] });
    const t = read(grid(spec));
    expect(t?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['RATING_INVALID@I10', 'RATING_INVALID@AC11']);
    expect(t?.students.map((s) => s.excluded)).toEqual([true, true]);
    expect(t?.students[0].review.blank).toEqual(['Đạo đức']);
  });

  it('a per-class sheet a school typed in the same spirit reads too', () => {
    const t = read(TYPED_4A);
    expect(t).toMatchObject({ reviewPoint: 'CKI', schoolYear: 2025, className: '4A', style: 'school', problems: [] });
    expect(t?.students.map((s) => s.review.need)).toEqual([['Toán'], ['Tiếng Việt', 'Năng lực']]);
  });

  it.each<[string, unknown[][]]>([
    ['a notes tab', [['Ghi chú họp tổ'], ['Họ và tên', 'Việc cần làm'], ['Cô Lan', 'Gọi phụ huynh']]],
    ['a kept copy of Theo dõi', [['THEO DÕI HỌC SINH CẦN HỖ TRỢ THEO MỐC ĐÁNH GIÁ'], ['CUỐI HỌC KÌ I: 2 học sinh cần hỗ trợ'],
      ['Khối', 'Lớp', 'Họ và tên', 'Cần hỗ trợ', 'Tình trạng'], [2, '2A', 'An', 'Toán', 'Cần hỗ trợ mới']]],
    ['a list of names with marks but no review point', [['Họ và tên', 'Toán', 'Tiếng Việt'], ['An', 'x', '']]],
    ['an empty tab', []],
  ])('%s is not official results, and says nothing', (_label, values) => {
    expect(read({ name: 'Trang khác', values })).toBeUndefined();
  });

  it('a results table without a review point or a class is an error, not a guess', () => {
    const g = grid(TABS['2a']);
    g.values[2] = ['BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC'];
    g.values[4] = [''];
    const t = read({ ...g, name: 'Trang tính 7' });
    expect(t?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['OFFICIAL_NO_REVIEW_POINT@A1', 'OFFICIAL_NO_CLASS@A1']);
  });
});

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

describe('official results alone are a roster (PRODUCT 2.2)', () => {
  const analysis = () => run([CONFIG, grid(TABS['2a']), grid(TABS['2b']), grid(TABS['3a'])]);

  it('counts every student of the class tabs and every C, per khối, with exact totals', () => {
    const a = analysis();
    expect(a.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Công nghệ', 'Âm nhạc']);
    expect(a.reviewPoints).toEqual(['CKI']);
    const zero = { Toán: 0, 'Tiếng Việt': 0, 'Năng lực': 0, 'Phẩm chất': 0, 'Công nghệ': 0, 'Âm nhạc': 0 };
    expect(a.totals.CKI?.byGrade).toEqual([
      { grade: 2, students: 8, studentsSource: 'official', needSupport: 5, disability: 0, byArea: { ...zero, Toán: 2, 'Tiếng Việt': 2, 'Năng lực': 1, 'Phẩm chất': 1, 'Âm nhạc': 1 } },
      { grade: 3, students: 4, studentsSource: 'official', needSupport: 2, disability: 0, byArea: { ...zero, Toán: 1, 'Phẩm chất': 1, 'Công nghệ': 1 } },
    ]);
    expect(a.totals.CKI?.total).toEqual({ students: 12, needSupport: 7, disability: 0, byArea: { ...zero, Toán: 3, 'Tiếng Việt': 2, 'Năng lực': 1, 'Phẩm chất': 2, 'Công nghệ': 1, 'Âm nhạc': 1 } });
  });

  it('twins and namesakes stay different children; no "Danh sách missing" error; flags without notListed', () => {
    const a = analysis();
    expect(a.problems.map((p) => p.code)).toEqual([]);
    expect(a.students.filter((s) => s.name === 'Mai Hồng Nhi').map((s) => s.studentId)).toEqual(['9000000003', '9000000004']);
    expect(a.flags.map((f) => `${f.student.studentId} ${f.kinds.join('+')}`)).toEqual(
      ['9000000001', '9000000002', '9000000004', '9000000005', '9000000007', '9000000009', '9000000011'].map((id) => `${id} noSupporter+new`));
  });
});

describe('official results joined with Danh sách', () => {
  const roster = rosterWithIds([
    ['9000000001', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }],
    ['', 'Lê Thị Bình', '02/03/2018', '2A', 'x', 'Cô Hoa', { 'Tiếng Việt': 'C', 'Năng lực': 'C' }],
    ['9000000007', 'Phạm Thu Hà', '01/02/2018', '2B', '', 'Thầy Nam', { Toán: 'H', 'Tiếng Việt': 'C' }],
    ['', 'Đỗ Văn Khang', '09/09/2018', '2B', '', 'Thầy Nam', { Toán: 'C' }],
  ]);
  const analysis = () => run([CONFIG, roster, classGrid([['2A', 2, 'Cô Lan', 6], ['2B', 2, 'Thầy Nam', 3]]), grid(TABS['2a']), grid(TABS['2b'])]);
  const byName = (a: Analysis, name: string) => a.students.filter((s) => s.name === name);

  it('joins by Mã HS, else name + class + birth date; GV hỗ trợ and HSKT still come from Danh sách', () => {
    const a = analysis();
    expect(byName(a, 'Nguyễn Văn An').map((s) => [s.sheet, s.row, s.supporters.join()])).toEqual([['Danh sách', 3, 'Cô Lan'], ['2b', 10, '']]);
    expect(byName(a, 'Lê Thị Bình').map((s) => [s.sheet, s.studentId, s.disability, s.official?.CKI?.sheet])).toEqual([['Danh sách', '9000000002', true, '2a']]);
  });

  it('the official rating wins; a Danh sách cell that disagrees is a warning there', () => {
    const a = analysis();
    expect(byName(a, 'Phạm Thu Hà')[0].reviews.CKI?.need).toEqual(['Toán', 'Tiếng Việt']);
    const differs = a.problems.filter((p) => p.code === 'OFFICIAL_RATING_DIFFERS');
    expect(differs.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Danh sách!H5']);
    expect(differs[0].message).toContain('trang "2b", ô I11');
  });

  it('warns about a Danh sách student missing from the class tab, and the Sĩ số that differs, naming both numbers', () => {
    const a = analysis();
    const notFound = a.problems.filter((p) => p.code === 'OFFICIAL_NOT_FOUND');
    expect(notFound.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Danh sách!C6']);
    const size = a.problems.filter((p) => p.code === 'OFFICIAL_SIZE_DIFFERS');
    expect(size.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Lớp!D2']);
    expect(size[0].message).toBe('Lớp 2A: trang "Lớp" ghi sĩ số 6, còn kết quả chính thức (trang "2a") có 5 học sinh. THHS tính theo kết quả chính thức (5); sửa sĩ số nếu cần.');
  });

  it('flags notListed for a student the results say needs support who is missing from Danh sách', () => {
    const a = analysis();
    const kinds = a.flags.map((f) => `${f.student.name}/${f.student.sheet} ${f.kinds.join('+')}`).sort();
    expect(kinds).toEqual([
      'Lê Thị Bình/Danh sách new', 'Mai Hồng Nhi/2a noSupporter+new+notListed', 'Nguyễn Văn An/Danh sách new',
      'Phạm Thu Hà/Danh sách new', 'Trần Minh Châu/2a noSupporter+new+notListed', 'Đỗ Văn Khang/Danh sách new',
    ]);
  });

  it('THHS comes from the class tabs; the Danh sách-only student is counted in the needs', () => {
    const a = analysis();
    expect(a.totals.CKI?.byGrade).toEqual([{
      grade: 2, students: 8, studentsSource: 'official', needSupport: 6, disability: 1,
      byArea: { Toán: 3, 'Tiếng Việt': 2, 'Năng lực': 1, 'Phẩm chất': 1, 'Âm nhạc': 1 },
    }]);
  });
});

it('names join with every diacritic (Hà is not Hạ), whatever the case, spacing or Unicode form', () => {
  const roster = rosterWithIds([
    ['', '  PHẠM  THU HẠ '.normalize('NFD'), '01/02/2018', '2b', '', 'Thầy Nam', { 'Tiếng Việt': 'C' }],
    ['', 'Phạm Thu Hả', '01/02/2018', '2B', '', 'Thầy Nam', { Toán: 'C' }],
    ['9000000006', 'Nguyễn Văn Ân', '17/06/2018', '2B', '', 'Thầy Nam', {}],
  ]);
  const a = run([CONFIG, roster, grid(TABS['2b'])]);
  const listed = a.students.filter((s) => s.sheet === 'Danh sách');
  expect(listed.map((s) => s.studentId)).toEqual(['9000000008', '', '9000000006']);
  // Joined by Mã HS, but the names differ by a diacritic: the code wins, Kiểm tra says so at the code.
  expect(a.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['OFFICIAL_RATING_DIFFERS@I3', 'OFFICIAL_NOT_FOUND@C4', 'OFFICIAL_NAME_DIFFERS@B5']);
  // Hà (C in Toán and Tiếng Việt) is not in this Danh sách: notListed, not taken for Hạ.
  expect(a.flags.filter((f) => f.kinds.includes('notListed')).map((f) => f.student.studentId)).toEqual(['9000000007']);
});

describe('which official tabs count', () => {
  const lastYear = tab({ sheet: '2a (2024-2025)', className: '2A', point: 'CN', year: 2024, subjects: ORDER_2024, students: [
    { id: 9000000009, name: 'Hồ Văn Lâm', birth: '03/04/2017', ratings: { Toán: 'C' } },
    { id: 9000000020, name: 'Lê Văn Xa', birth: '03/04/2017', ratings: { 'Tiếng Việt': 'C' } },
  ] });
  const lastYear1 = tab({ sheet: '1a (2024-2025)', className: '1A', point: 'CN', year: 2024, students: [
    { id: 9000000030, name: 'Vũ Thị Mai', birth: '03/04/2018', ratings: { Toán: 'C' } },
    { id: 9000000031, name: 'Ngô Văn Lùi', birth: '03/04/2018', ratings: { 'Tiếng Việt': 'C' }, notPromoted: true },
  ] });
  const analysis = () => run([CONFIG, grid(TABS['3a']), grid({ ...TABS['3a'], sheet: '3a (2)' }), grid(lastYear), grid(lastYear1),
    grid(tab({ sheet: '4a', className: '4A', year: 2023, students: CLASS_3A }))]);

  it('last year\'s Cuối năm is this year\'s Đầu năm: joined by Mã HS, else promoted one khối (not when Chưa lên lớp)', () => {
    const a = analysis();
    expect(a.reviewPoints).toEqual(['DN', 'CKI']);
    const lam = a.students.find((s) => s.studentId === '9000000009');
    expect(lam?.reviews.DN?.need).toEqual(['Toán']);
    expect(lam?.official?.DN?.sheet).toBe('2a (2024-2025)');
    expect(a.flags.filter((f) => f.student === lam).map((f) => `${f.reviewPoint} ${f.kinds.join('+')}`)).toEqual(['DN noSupporter+new', 'CKI noSupporter+new']);
    expect(a.students.filter((s) => s.grade === 2).map((s) => `${s.name} ${s.className}`)).toEqual(['Vũ Thị Mai 1A (2024-2025)']);
    expect(a.students.filter((s) => s.official?.DN && !s.official.CKI).map((s) => `${s.name} khối ${s.grade}`)).toEqual(['Vũ Thị Mai khối 2', 'Ngô Văn Lùi khối 1']);
  });

  it('a baseline student missing from this year\'s class tabs of that khối is not counted, and Kiểm tra says so', () => {
    const a = analysis();
    expect(a.students.some((s) => s.studentId === '9000000020')).toBe(false);
    const left = a.problems.filter((p) => p.code === 'OFFICIAL_BASELINE_LEFT');
    expect(left.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['2a (2024-2025)!A5']);
    expect(left[0].message).toContain('Lê Văn Xa');
  });

  it('a tab of another year, or a second tab for the same class and review point, is an error and is not counted', () => {
    const a = analysis();
    const errors = a.problems.filter((p) => p.severity === 'error').map((p) => `${p.code}@${p.sheet}!${p.cell}`);
    expect(errors).toEqual(['OFFICIAL_DUPLICATE@3a (2)!A5', 'OFFICIAL_WRONG_YEAR@4a!A4']);
    expect(a.official.tabs.map((u) => `${u.tab.sheet}:${u.use}`)).toEqual(
      ['3a:current', '3a (2):duplicate', '2a (2024-2025):baseline', '1a (2024-2025):baseline', '4a:wrongYear']);
    // Khối 1 and 2 have last year's results only (Đầu năm): no Cuối học kì I row of 0 (review-7 F15).
    expect(a.totals.CKI?.byGrade.map((g) => `${g.grade}:${g.students}/${g.needSupport}`)).toEqual(['3:4/2']);
    expect(a.totals.CKI?.unrated).toEqual([1, 2]);
    expect(a.totals.DN?.byGrade.map((g) => `${g.grade}:${g.students}/${g.needSupport}`)).toEqual(['1:1/1', '2:1/1', '3:4/1']);
  });
});

it('last year\'s Cuối năm finds this year\'s Danh sách row of a promoted student without Mã HS: name + birth date, else the only namesake of the khối', () => {
  const lastYear = tab({ sheet: '1a', className: '1A', point: 'CN', year: 2024, students: [
    { id: 9000000040, name: 'Vũ Thị Mai', birth: '03/04/2018', ratings: { Toán: 'C' } },
    { id: 9000000041, name: 'Ngô Văn Lực', birth: '05/06/2018', ratings: { 'Tiếng Việt': 'C' } },
    { id: 9000000042, name: 'Đào Thị Yến', birth: '07/08/2018' },
  ] });
  const roster = rosterWithIds([
    ['', 'Vũ Thị Mai', '03/04/2018', '2B', '', 'Cô Lan', {}],
    ['', 'Ngô Văn Lực', '', '2A', '', 'Cô Lan', {}],
  ]);
  const a = run([CONFIG, roster, grid(lastYear)]);
  expect(a.students.map((s) => `${s.sheet}:${s.studentId}:${s.name}:${s.grade}:${(s.reviews.DN?.need ?? []).join()}`)).toEqual([
    'Danh sách:9000000040:Vũ Thị Mai:2:Toán', 'Danh sách:9000000041:Ngô Văn Lực:2:Tiếng Việt', '1a:9000000042:Đào Thị Yến:2:']);
  expect(a.totals.DN?.byGrade).toMatchObject([{ grade: 2, students: 3, needSupport: 2 }]);
  expect(a.flags.map((f) => `${f.student.name} ${f.kinds.join('+')}`)).toEqual(['Vũ Thị Mai new', 'Vũ Thị Mai notRated', 'Ngô Văn Lực new', 'Ngô Văn Lực notRated']);
  // Cuối học kì I is past and their Danh sách cells are blank: the warning points at the Danh sách row.
  expect(a.problems.filter((p) => p.code === 'NOT_RATED').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Danh sách!H3', 'Danh sách!I4']);
});

it('one Mã HS in two classes at the same review point is an error on the second row, which is not counted', () => {
  const clash = tab({ sheet: '2b', className: '2B', students: [{ id: 9000000001, name: 'Nguyễn Văn Ân', birth: '05/01/2018', ratings: { 'Tiếng Việt': 'C' } }] });
  const a = run([CONFIG, grid(TABS['2a']), grid(clash)]);
  expect(a.problems.map((p) => `${p.severity} ${p.code} ${p.sheet}!${p.cell}`)).toEqual(['error STUDENT_ID_DUPLICATE 2b!B10']);
  expect(a.problems[0]).toMatchObject({ className: '2B',
    message: 'Mã HS 9000000001 của Nguyễn Văn Ân cũng có ở trang "2a" (Nguyễn Văn An, lớp 2A) cùng mốc Cuối học kì I. Dòng này không được tính; kiểm tra lại mã.' });
  expect(a.students.filter((s) => s.studentId === '9000000001').map((s) => s.reviews.CKI?.need)).toEqual([['Toán']]);
});

describe('Cuối học kì I and Cuối năm tabs of one class are one student per Mã HS', () => {
  const cki = tab({ sheet: '2a', className: '2A', students: CLASS_2A });
  const cn = tab({ sheet: '2a CN', className: '2A', point: 'CN', students: CLASS_2A.map((s) => (s.name === 'Nguyễn Văn An' ? s : { ...s, ratings: {} })) });
  const analysis = () => run([CONFIG, grid(cki), grid(cn)], '2026-06-10');

  it('THHS at each point counts the class tab of that point: a child who came after Cuối học kì I is not counted then', () => {
    const later = run([CONFIG, grid(cki), grid({ ...cn, students: [...cn.students, { id: 9000000099, name: 'Hà Văn Mới', birth: '01/01/2018' }] })], '2026-06-10');
    expect(later.totals.CKI?.total.students).toBe(5);
    expect(later.totals.CN?.total.students).toBe(6);
  });

  it('compares the two points and lists the summer-support students', () => {
    const a = analysis();
    expect(a.reviewPoints).toEqual(['CKI', 'CN']);
    expect(a.students).toHaveLength(5);
    const cnFlags = a.flags.filter((f) => f.reviewPoint === 'CN').map((f) => `${f.student.studentId} ${f.kinds.join('+')}`);
    expect(cnFlags).toEqual(['9000000001 noSupporter+notImproved', '9000000002 improved', '9000000004 improved', '9000000005 improved']);
    expect(a.totals.CN?.total.needSupport).toBe(1);
    expect(a.students.find((s) => s.studentId === '9000000001')?.official?.CN).toMatchObject({ sheet: '2a CN', row: 10 });
  });
});

it('without official tabs, Danh sách alone works as before and lists one roster source', () => {
  const roster = rosterWithIds([['9000000001', 'Nguyễn Văn An', '05/01/2018', '2A', '', 'Cô Lan', { Toán: 'C' }]]);
  const a = run([CONFIG, roster]);
  expect(a.official.tabs).toEqual([]);
  expect(a.totals.CKI?.total.needSupport).toBe(1);
  expect(a.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']);
});
