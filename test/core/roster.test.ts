import { findRosterLayout } from '../../src/core/read/roster';
import { rosterGrid, classGrid, run, codes, AREAS4, wallClock } from '../helpers/grid';

const student = (name: string, className: string, ratings: Record<string, Record<string, unknown>> = {}, extra = {}) =>
  ({ name, className, supporter: 'Cô Hoa', birth: '01/02/2018', ratings, ...extra });

describe('header detection', () => {
  it('finds a two-row merged header below title rows', () => {
    const grid = rosterGrid([student('An', '1A', { DN: { Toán: 'x' } })], { points: ['DN', 'GKI'], titleRows: 3 });
    const layout = findRosterLayout(grid.values);
    expect(layout?.style).toBe('two-row');
    expect(layout?.headerRows).toEqual([3, 4]);
    expect(layout?.dataStart).toBe(5);
    expect(layout?.reviewColumns.map((c) => `${c.reviewPoint}:${c.area}`)).toEqual(
      ['DN', 'GKI'].flatMap((p) => AREAS4.map((a) => `${p}:${a}`)));
  });
  it('finds one-row combined labels in any order', () => {
    const grid = rosterGrid([], { points: ['GKI', 'CKI'], style: 'one-row', combined: (p, a) => `${a} (${p === 'GKI' ? 'GHKI' : 'CHKI'})` });
    const layout = findRosterLayout(grid.values);
    expect(layout?.style).toBe('one-row');
    expect(layout?.reviewColumns).toHaveLength(8);
    expect(layout?.reviewColumns[4]).toMatchObject({ reviewPoint: 'CKI', area: 'Toán' });
  });
  it('finds review labels above the field row', () => {
    const values = [
      ['', '', 'Giữa HKI', ''],
      ['Họ tên', 'Lớp', 'Toán', 'TV'],
      ['An', '1A', 'C', 'H'],
    ];
    const layout = findRosterLayout(values);
    expect(layout).toMatchObject({ headerRows: [0, 1], dataStart: 2 });
    expect(layout?.reviewColumns.map((c) => c.area)).toEqual(['Toán', 'Tiếng Việt']);
  });
  it('finds three header levels: a group title over the review points over the areas', () => {
    const values = [
      ['STT', 'Họ và tên', 'Lớp', 'Kết quả đánh giá', '', '', ''],
      ['', '', '', 'Giữa HKI', '', 'Cuối HKI', ''],
      ['', '', '', 'Toán', 'TV', 'Toán', 'TV'],
      [1, 'An', '1A', 'C', 'H', 'H', 'H'],
    ];
    const layout = findRosterLayout(values);
    expect(layout).toMatchObject({ headerRows: [0, 1, 2], dataStart: 3 });
    expect(layout?.reviewColumns.map((c) => `${c.reviewPoint}:${c.area}`)).toEqual(['GKI:Toán', 'GKI:Tiếng Việt', 'CKI:Toán', 'CKI:Tiếng Việt']);
    const a = run([{ name: 'Danh sách', values }]);
    expect(a.flags.map((f) => `${f.reviewPoint} ${f.kinds.join('+')}`)).toEqual(['GKI noSupporter+new', 'CKI improved']);
  });
  it('reads Họ đệm + Tên as one name', () => {
    const values = [['Họ đệm', 'Tên', 'Lớp', 'GKI - Toán'], ['Nguyễn Văn', 'An', '1A', 'C']];
    const a = run([{ name: 'Danh sách', values }]);
    expect(a.roster.students[0].name).toBe('Nguyễn Văn An');
    expect(a.totals.GKI?.total.needSupport).toBe(1);
  });
  it('does not read a header beyond the tenth row', () => {
    const grid = rosterGrid([student('An', '1A', { DN: { Toán: 'x' } })], { points: ['DN'], titleRows: 10 });
    const a = run([grid]);
    expect(codes(a)).toEqual(['HEADER_NOT_FOUND@A1:Z10']);
  });
});

describe('tab-level problems, never exceptions', () => {
  it('a missing Danh sách tab', () => {
    const a = run([classGrid([['1A', 1, 'Cô Lan', 30]])]);
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatchObject({ code: 'ROSTER_MISSING', severity: 'error', sheet: 'Danh sách' });
    expect(a.problems[0].message).toContain('Tạo bảng mẫu');
  });
  it('an empty Danh sách tab', () => {
    expect(codes(run([{ name: 'Danh sách', values: [['', ''], ['', '']] }]))).toEqual(['ROSTER_EMPTY@A1:Z2']);
  });
  it('a header without Lớp', () => {
    expect(codes(run([{ name: 'danh sach', values: [['Họ và tên', 'Toán'], ['An', 'C']] }]))).toEqual(['HEADER_NO_CLASS@A1:Z2']);
  });
  it('a header without review columns is a warning and students still read', () => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp'], ['An', '1A']] }]);
    expect(codes(a)).toEqual(['HEADER_NO_REVIEW@A1']);
    expect(a.roster.students).toHaveLength(1);
    expect(a.reviewPoints).toEqual([]);
  });
  it('a repeated review column is a warning; the first one counts', () => {
    const values = [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'Toán (GHKI)'], ['An', '1A', 'Cô Lan', 'C', 'H']];
    const a = run([{ name: 'Danh sách', values }]);
    expect(a.problems).toEqual([{ sheet: 'Danh sách', cell: 'E1', row: 1, column: 5, severity: 'warning', code: 'HEADER_DUPLICATE',
      message: 'Cột "Toán" của mốc Giữa học kì I lặp lại (đã có ở cột D). Chỉ cột đầu được tính; xóa hoặc đổi tên cột này.' }]);
    expect(a.totals.GKI?.total.needSupport).toBe(1);
  });
  it('finds the tab whatever its case and diacritics', () => {
    const grid = rosterGrid([student('An', '1A', { DN: { Toán: 'x' } })], { points: ['DN'] });
    expect(run([{ ...grid, name: 'DANH SACH' }]).totals.DN?.total.needSupport).toBe(1);
  });
});

describe('row problems (PRODUCT 3.1), each at its cell', () => {
  // Fields: A STT, B Họ và tên, C Ngày sinh, D Lớp, E HSKT, F GV hỗ trợ, then G.. GKI Toán, TV, NL, PC
  const analyse = (rows: ReturnType<typeof student>[], classes?: Parameters<typeof classGrid>[0]) =>
    run([rosterGrid(rows, { points: ['GKI'] }), ...(classes ? [classGrid(classes)] : [])]);

  it('missing name', () => {
    const a = analyse([student('', '1A', { GKI: { Toán: 'C' } })]);
    expect(codes(a)).toEqual(['NAME_MISSING@B3']);
    expect(a.roster.students[0].excluded).toBe(true);
    expect(a.reviewPoints).toEqual([]);
  });
  it('missing class', () => {
    expect(codes(analyse([student('An', '', { GKI: { Toán: 'C' } })]))).toEqual(['CLASS_MISSING@D3']);
  });
  it('a class with no khối', () => {
    expect(codes(analyse([student('An', 'Mầm', { GKI: { Toán: 'C' } })]))).toEqual(['GRADE_UNKNOWN@D3']);
  });
  it('a khối from the Lớp tab beats the class name', () => {
    const a = analyse([student('An', 'Hoa Mai', { GKI: { Toán: 'C' } })], [['Hoa Mai', 2, 'Cô Lan', 30]]);
    expect(codes(a)).toEqual([]);
    expect(a.totals.GKI?.byGrade.map((g) => g.grade)).toEqual([2]);
  });
  it('a value outside its scale, and H in a phẩm chất column', () => {
    const a = analyse([student('An', '1A', { GKI: { Toán: '7' } }), student('Bình', '1A', { GKI: { 'Phẩm chất': 'H' } })]);
    expect(codes(a)).toEqual(['RATING_INVALID@G3', 'RATING_INVALID@J4']);
    expect(a.problems[1].message).toContain('Phẩm chất');
    expect(a.problems[1].message).toContain('Đ (Đạt)');
  });
  it('a number typed in a rating cell', () => {
    expect(codes(analyse([student('An', '1A', { GKI: { Toán: 8 } })]))).toEqual(['RATING_INVALID@G3']);
  });
  it('a formula error', () => {
    const a = analyse([student('An', '1A', { GKI: { Toán: '#N/A', 'Tiếng Việt': 'C' } })]);
    expect(codes(a)).toEqual(['FORMULA_ERROR@G3']);
    expect(a.roster.students[0].excluded).toBe(true);
  });
  it('duplicate Mã HS', () => {
    const values = [['Mã HS', 'Họ và tên', 'Lớp', 'GKI - Toán'], ['HS01', 'An', '1A', 'C'], ['hs01', 'Bình', '1A', 'C']];
    const a = run([{ name: 'Danh sách', values }]);
    expect(codes(a)).toEqual(['STUDENT_ID_DUPLICATE@A3', 'SUPPORTER_MISSING@B2']);
    expect(a.totals.GKI?.total.needSupport).toBe(1);
  });
  it('the same student twice', () => {
    const a = analyse([student('An', '1A', { GKI: { Toán: 'C' } }), student('an', 'Lớp 1a', { GKI: { Toán: 'C' } })]);
    expect(codes(a)).toEqual(['STUDENT_DUPLICATE@B4']);
    expect(a.totals.GKI?.total.needSupport).toBe(1);
  });
  it('same name and class, another birth date: a warning, both counted', () => {
    const a = analyse([student('An', '1A', { GKI: { Toán: 'C' } }), student('An', '1A', { GKI: { Toán: 'C' } }, { birth: '03/04/2018' })]);
    expect(codes(a)).toEqual(['SAME_NAME_OTHER_BIRTH@C4']);
    expect(a.totals.GKI?.total.needSupport).toBe(2);
  });
  it('same name and class, no birth dates to tell them apart: a warning, both counted', () => {
    const a = analyse([student('An', '1A', { GKI: { Toán: 'C' } }, { birth: '' }), student('An', '1A', { GKI: { Toán: 'C' } }, { birth: '' })]);
    expect(codes(a)).toEqual(['SAME_NAME_NO_BIRTH@C4']);
    expect(a.totals.GKI?.total.needSupport).toBe(2);
  });
  it('problems in the Lớp tab: unreadable khối or sĩ số, a class written twice', () => {
    const a = analyse([student('An', '1A', { GKI: { Toán: 'C' } })], [['1A', 'một', 'Cô Lan', 30], ['2A', 2, 'Cô Hoa', 'ba mươi'], ['Lớp 1a', 1, '', 30]]);
    expect(codes(a)).toEqual(['CLASS_LIST_GRADE_INVALID@B2', 'CLASS_LIST_SIZE_INVALID@D3', 'CLASS_LIST_DUPLICATE@A4']);
    expect(a.problems.every((p) => p.sheet === 'Lớp')).toBe(true);
    expect(a.totals.GKI?.byGrade[0]).toMatchObject({ grade: 1, students: 30, studentsSource: 'classList' });
  });
  it('more rows in a class than its Sĩ số', () => {
    const a = analyse([student('An', '1A', { GKI: { Toán: 'C' } }), student('Bình', '1A', { GKI: { Toán: 'C' } })], [['1A', 1, 'Cô Lan', 1]]);
    expect(codes(a)).toEqual(['CLASS_OVER_SIZE@D2']);
    expect(a.problems[0].sheet).toBe('Lớp');
  });
  it('a class missing from the Lớp tab: one warning per class', () => {
    const a = analyse([student('An', '2B', { GKI: { Toán: 'C' } }), student('Bình', '2B', { GKI: { Toán: 'C' } })], [['1A', 1, 'Cô Lan', 30]]);
    expect(codes(a)).toEqual(['CLASS_NOT_LISTED@D3']);
  });
  it('needing support with no GV hỗ trợ', () => {
    expect(codes(analyse([student('An', '1A', { GKI: { Toán: 'C' } }, { supporter: '' })]))).toEqual(['SUPPORTER_MISSING@F3']);
  });
  it('an unreadable birth date is a warning', () => {
    expect(codes(analyse([student('An', '1A', { GKI: { Toán: 'H' } }, { birth: '31/02/2018' })]))).toEqual(['BIRTH_DATE_INVALID@C3']);
  });
  it('no message is empty and every error excludes its row', () => {
    const a = analyse([student('', '', { GKI: { Toán: 'Z' } })]);
    expect(a.problems.every((p) => p.message.length > 20)).toBe(true);
    expect(a.roster.students[0].excluded).toBe(true);
  });
});

describe('blank ratings after a need', () => {
  const rows = [
    student('An', '1A', { GKI: { Toán: 'C', 'Tiếng Việt': 'H' }, CKI: {} }),
    student('Bình', '1A', { GKI: { Toán: 'C' }, CKI: { 'Tiếng Việt': 'H' } }),
  ];
  const grid = rosterGrid(rows, { points: ['GKI', 'CKI'] });
  it('after the review month: not rated, and a blank area beside rated ones', () => {
    const a = run([grid], '2026-01-20');
    // CKI block starts at K: K Toán, L TV
    expect(codes(a)).toEqual(['NOT_RATED@K3', 'AREA_BLANK_AFTER_NEED@K4']);
  });
  it('before the review month has ended there is nothing to rate yet', () => {
    expect(codes(run([grid], '2025-12-10'))).toEqual(['AREA_BLANK_AFTER_NEED@K4']);
  });
});

describe('messy text', () => {
  it('reads NFD text, odd spacing and case, long-form ratings and ticks', () => {
    const values = [
      ['  HỌ   TÊN '.normalize('NFD'), 'lớp', 'hskt', 'gv  nhận đỡ đầu', 'đầu năm - tiếng việt'.normalize('NFD'), 'ĐN - PC', 'GHKI-TV', 'GHKI - PC'],
      ['Trần Thị Bé'.normalize('NFD'), ' Lớp 1a ', '✓', '1. Cô Lan\n2. Thầy Nam (hỗ trợ)', '✓', '', 'chưa hoàn thành', 'cần cố gắng'],
      ['Lê Văn Tí', '1A', '', '', '', 'x', 'Hoàn thành', 'Đạt'],
    ];
    const a = run([{ name: 'Danh sách', values }]);
    expect(codes(a)).toEqual([]);
    const [be, ti] = a.roster.students;
    expect(be.name).toBe('Trần Thị Bé'.normalize('NFC'));
    expect(be.disability).toBe(true);
    expect(be.supporters).toEqual(['Cô Lan', 'Thầy Nam (hỗ trợ)']);
    expect(be.reviews.GKI?.need).toEqual(['Tiếng Việt', 'Phẩm chất']);
    expect(ti.reviews.GKI?.need).toEqual([]);
    expect(a.totals.DN?.total).toMatchObject({ needSupport: 2, byArea: { 'Tiếng Việt': 1, 'Phẩm chất': 1 }, disability: 1 });
  });
  it('skips blank rows, a column-number row and a total row, but keeps real row numbers', () => {
    const values = [
      ['TT', 'Họ và tên', 'Lớp', 'GKI - Toán'],
      [1, 2, 3, 4],
      [1, 'An', '1A', 'C'],
      ['', '', '', ''],
      [2, 'Bình', '1B', 'C'],
      ['Tổng', '', '', ''],
    ];
    const a = run([{ name: 'Danh sách', values }]);
    expect(codes(a)).toEqual(['SUPPORTER_MISSING@B3', 'SUPPORTER_MISSING@B5']);
    expect(a.roster.students.map((s) => s.row)).toEqual([3, 5]);
  });
  it('reads a ticked checkbox as a mark', () => {
    const values = [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'ĐN - Toán', 'ĐN - TV'], ['An', '1A', 'Cô Lan', true, false]];
    expect(run([{ name: 'Danh sách', values }]).totals.DN?.total.byArea).toEqual({ Toán: 1, 'Tiếng Việt': 0 });
  });
  it('reads birth dates given as Date objects, as the shell hands them (wall-clock)', () => {
    const values = [['Họ và tên', 'Lớp', 'Ngày sinh', 'ĐN - Toán'], ['An', '1A', wallClock(2018, 2, 1), 'x'], ['An', '1A', '01/02/2018', 'x']];
    const a = run([{ name: 'Danh sách', values }]);
    expect(a.roster.students[0].birthDate).toBe('2018-02-01');
    expect(codes(a)).toContain('STUDENT_DUPLICATE@A3');
  });
});
