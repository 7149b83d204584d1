// What the Danh sách reader tells the school, word for word where the words carry the fix: the
// cell, the name, the number of rows, what to type instead (PRODUCT 3.1).
import type { MergedRange } from '../../src/core/model';
import { codes, run } from '../helpers/grid';

const HEADER = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt'];
const roster = (values: unknown[][], merges?: MergedRange[]) => run([{ name: 'Danh sách', values, merges }]);
const only = (a: ReturnType<typeof run>, code: string) => a.problems.filter((p) => p.code === code);

describe('an empty roster tab', () => {
  it('alone: an error asking for the header and the list', () => {
    const a = run([{ name: 'Danh sách', values: [['', ''], ['', '']] }]);
    expect(a.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'ROSTER_EMPTY', cell: 'A1:Z2' })]);
    expect(a.problems[0].message).toBe('Trang "Danh sách" chưa có dữ liệu. Nhập dòng tiêu đề (Họ và tên, Lớp, các cột đánh giá) rồi danh sách học sinh.');
  });
  it('one of several: a warning that also offers to delete it, and the other tab is read', () => {
    const a = run([
      { name: 'Danh sách 1A', values: [[...HEADER], [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C', '']] },
      { name: 'Danh sách 1B', values: [['']] },
    ]);
    expect(a.problems.map((p) => `${p.severity} ${p.code}@${p.sheet}!${p.cell}`)).toEqual(['warning ROSTER_EMPTY@Danh sách 1B!A1:Z1']);
    expect(a.problems[0].message).toBe('Trang "Danh sách 1B" chưa có dữ liệu. Nhập dòng tiêu đề (Họ và tên, Lớp, các cột đánh giá) rồi danh sách học sinh, hoặc xóa trang này.');
    expect(a.totals.GKI?.total.needSupport).toBe(1);
  });
});

describe('cells of a student row', () => {
  it('a failed formula in the name cell: the error says so without a name, and no NAME_MISSING on top', () => {
    const a = roster([HEADER, [1, '#REF!', '1A', 'Cô Lan', 'C', '']]);
    expect(codes(a)).toEqual(['FORMULA_ERROR@B2']);
    expect(a.problems[0].message).toBe('Ô có lỗi công thức #REF!, nên dòng này chưa được tính. Sửa công thức hoặc gõ thẳng giá trị vào ô.');
  });
  it('a failed formula in the Lớp cell: that error only, not a class "#N/A" of no khối', () => {
    const a = roster([HEADER, [1, 'Nguyễn Văn An', '#N/A', 'Cô Lan', 'C', '']]);
    expect(codes(a)).toEqual(['FORMULA_ERROR@C2']);
    expect(a.roster.students[0]).toMatchObject({ className: '', excluded: true });
  });
  it.each([
    ['Ngày sinh', '#VALUE!', 'D'], ['HSKT', '#N/A', 'D'], ['GV hỗ trợ', '#REF!', 'D'], ['Giới tính', '#NAME?', 'D'],
  ])('a failed formula in %s: that error only, nothing read from it', (field, error, column) => {
    const a = roster([['Họ và tên', 'Lớp', 'GKI - Toán', field], ['Nguyễn Văn An', '1A', 'C', error]]);
    expect(codes(a)).toEqual([`FORMULA_ERROR@${column}2`]);
    expect(a.roster.students[0]).toMatchObject({ birthDate: undefined, disability: false, supporters: [], female: undefined, excluded: true });
  });
  it('a failed formula in a rating cell names the student', () => {
    const a = roster([HEADER, [1, 'Nguyễn Văn An', '1A', 'Cô Lan', ' #N/A ', 'C']]);
    expect(codes(a)).toEqual(['FORMULA_ERROR@E2']);
    expect(a.problems[0].message).toBe('Ô có lỗi công thức #N/A (dòng của Nguyễn Văn An), nên dòng này chưa được tính. Sửa công thức hoặc gõ thẳng giá trị vào ô.');
  });
  it('an HSKT cell nobody can read: a warning naming the student and what was written; not counted as HSKT', () => {
    const a = roster([['Họ và tên', 'Lớp', 'HSKT', 'GV hỗ trợ', 'GKI - Toán'], ['Nguyễn Văn An', '1A', ' đang   theo dõi ', 'Cô Lan', 'C'], ['', '1A', '???', 'Cô Lan', 'C']]);
    const unclear = only(a, 'DISABILITY_UNCLEAR');
    expect(unclear.map((p) => `${p.severity} ${p.cell}`)).toEqual(['warning C2', 'warning C3']);
    expect(unclear[0].message).toBe('Ô HSKT của Nguyễn Văn An ghi "đang theo dõi", không rõ có phải học sinh khuyết tật không, nên chưa được tính là HSKT. '
      + 'Ghi x (hoặc dạng khuyết tật, ví dụ "khiếm thính") nếu có; để trống hoặc ghi "không" nếu không.');
    expect(unclear[1].message).toMatch(/^Ô HSKT ghi "\?\?\?", không rõ/);
    expect(a.totals.GKI?.total.disability).toBe(0);
  });
});

describe('words beside the name under no header: the rest of a name cut off from it', () => {
  const header = ['STT', 'Họ và tên', '', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'];
  const row = (i: number, rest: unknown) => [i, `Học sinh ${i}`, rest, '1A', 'Cô Lan', 'C'];

  it('a warning at the empty header cell, saying how many rows hold words and how to fix it', () => {
    const a = roster([header, row(1, 'An'), row(2, 'Thị Bình'), row(3, ''), row(4, '')]);
    expect(codes(a)).toEqual(['COLUMN_UNPLACED@C1']);
    expect(a.problems[0]).toMatchObject({ severity: 'warning', row: 1, column: 3 });
    expect(a.problems[0].message).toBe('Cột C cạnh cột họ tên có chữ ở 2 dòng nhưng không có tiêu đề, nên không được đọc. Nếu đây là phần tên của học sinh, '
      + 'gộp ô tiêu đề "Họ và tên" qua cột này, hoặc ghi tiêu đề "Họ đệm" cho cột trước và "Tên" cho cột này.');
  });
  it('words on fewer than half the rows are notes, not names: nothing reported', () => {
    expect(codes(roster([header, row(1, 'An'), row(2, ''), row(3, '')]))).toEqual([]);
  });
  it.each([
    ['numbers', [7, 8]],
    ['notes with digits', ['Bình 2', '3 buổi']],
    ['notes of four words or more', ['Em tiến bộ chậm', 'Cần kèm thêm nhiều']],
  ])('%s beside the name are no part of it: nothing reported', (_name, cells) => {
    expect(codes(roster([header, row(1, cells[0]), row(2, cells[1])]))).toEqual([]);
  });
  it('beside Tên when the name is split in two: a warning there', () => {
    const a = roster([['Họ đệm', 'Tên', '', 'Lớp', 'GKI - Toán'], ['Nguyễn Văn', 'An', 'Bé', '1A', 'H'], ['Lê Thị', 'Bình', 'Nhỏ', '1A', 'H']]);
    expect(codes(a)).toEqual(['COLUMN_UNPLACED@C1']);
  });
});

describe('a rating merged across review columns', () => {
  const header = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'Ghi chú'];
  const rows = [header, [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C', '', ''], [2, 'Lê Thị Bình', '1A', 'Cô Lan', 'C', '', ''], [3, 'Trần Minh Chi', '1A', 'Cô Lan', 'H', 'H', '']];
  const merge = (row: number, column: number, numRows: number, numColumns: number): MergedRange => ({ row, column, numRows, numColumns });

  it('over two rows and two columns of one review point: counted in each area for each student, no warning (issue 17)', () => {
    const a = roster(rows, [merge(2, 5, 2, 2)]);
    expect(only(a, 'MERGED_ACROSS_RATINGS')).toEqual([]);
    expect(a.totals.GKI?.total.byArea).toEqual({ Toán: 2, 'Tiếng Việt': 2 });
    expect(a.totals.GKI?.total.needSupport).toBe(2);
  });
  it('across two review points: the intent is unclear, so one warning at the whole block and it counts in its first column', () => {
    const two = [['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'CKI - Toán'], [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C', ''], [2, 'Lê Thị Bình', '1A', 'Cô Lan', 'C', '']];
    const a = roster(two, [merge(2, 5, 2, 2)]);
    expect(only(a, 'MERGED_ACROSS_RATINGS')).toEqual([expect.objectContaining({ severity: 'warning', cell: 'E2:F3', row: 2, column: 5 })]);
    expect(only(a, 'MERGED_ACROSS_RATINGS')[0].message).toBe('Ô E2:F3 gộp cột đánh giá của nhiều mốc khác nhau nên chỉ được tính cho cột E. '
      + 'Bỏ gộp ô (Định dạng → Gộp ô → Hủy gộp) rồi ghi mức đánh giá vào từng cột.');
    expect(a.totals.GKI?.total.byArea).toEqual({ Toán: 2 });
    expect(a.totals.CKI).toBeUndefined();
  });
  it.each([
    ['one column down over students', merge(2, 5, 2, 1)],
    ['from the last review column into the notes', merge(2, 6, 1, 2)],
    ['across the name and the class', merge(2, 2, 1, 2)],
    ['across blank rating cells', merge(4, 5, 1, 2)],
    ['in the header', merge(1, 5, 1, 2)],
  ])('%s: not a rating spread over review columns, no warning', (_name, m) => {
    const values = rows.map((r) => [...r]);
    values[3][4] = ''; // Trần Minh Chi's cells in E:F blank for "across blank rating cells"
    values[3][5] = '';
    expect(only(roster(values, [m]), 'MERGED_ACROSS_RATINGS')).toEqual([]);
  });
});

describe('a roster over several tabs with their own columns', () => {
  it('a problem of a row points at the column of its own tab', () => {
    const a = run([
      { name: 'Danh sách 1A', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['Nguyễn Văn An', '1A', '', 'C']] },
      { name: 'Danh sách 1B', values: [['STT', 'Lớp', 'Ngày sinh', 'Họ và tên', 'GKI - Toán'], [1, '1B', '', 'Lê Thị Bình', 'C']] },
    ]);
    expect(codes(a)).toEqual(['SUPPORTER_MISSING@C2', 'SUPPORTER_MISSING@D2']);
    expect(a.problems.map((p) => p.sheet)).toEqual(['Danh sách 1A', 'Danh sách 1B']);
  });
});
