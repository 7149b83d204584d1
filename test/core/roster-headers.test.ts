// Headers of Danh sách the reader must not misread: a header repeated below the data (a class
// pasted under another) is skipped only when it says, column by column, what the top header says;
// otherwise the rows under it are reported, never read with the top header's meaning. And the
// header found at the top: which pair of rows names the review columns.
import { findRosterLayout } from '../../src/core/read/roster';
import { codes, run } from '../helpers/grid';

const HEADER = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Năng lực', 'GKI - Phẩm chất'];
const AN = [1, 'Nguyễn Văn An', '2A', 'Cô Lan', 'C', '', '', ''];
const BINH = [1, 'Lê Thị Bình', '2B', 'Cô Hoa', 'C', '', '', ''];
const CHI = [2, 'Trần Minh Chi', '2B', 'Cô Hoa', 'C', '', '', ''];
const DUNG = [3, 'Phạm Thị Dung', '2B', 'Cô Hoa', 'C', '', '', ''];
const roster = (values: unknown[][], merges?: Array<{ row: number; column: number; numRows: number; numColumns: number }>) =>
  run([{ name: 'Danh sách', values, merges }]);
const readNames = (a: ReturnType<typeof run>) => a.roster.students.map((s) => s.name);
const repeatedDiffers = (a: ReturnType<typeof run>) => a.problems.filter((p) => p.code === 'HEADER_REPEATED_DIFFERS');

describe('a header repeated below the data', () => {
  // Row 1 the top header, row 2 An, row 3 the second header, rows 4–5 Bình and Chi.
  it.each([
    ['its areas in another order', ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Tiếng Việt', 'GKI - Toán', 'GKI - Phẩm chất', 'GKI - Năng lực'], 'E3'],
    ['another review point over the same areas', ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'CKI - Toán', 'CKI - Tiếng Việt', 'CKI - Năng lực', 'CKI - Phẩm chất'], 'E3'],
    ['another area under the same review point (an alias)', ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - TV', 'GKI - Toán', 'GKI - NL', 'GKI - PC'], 'E3'],
    ['its fields in another order', ['STT', 'Lớp', 'Họ và tên', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Năng lực', 'GKI - Phẩm chất'], 'B3'],
    ['a field the top header does not have', ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Năng lực', 'GKI - Phẩm chất', 'Ngày sinh'], 'I3'],
    ['a review column the top header does not have', ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Năng lực', 'GKI - Phẩm chất', 'CKI - Toán'], 'I3'],
  ])('naming %s: its rows are reported at the first differing cell, never read by the top header', (_name, second, cell) => {
    const a = roster([HEADER, AN, second, BINH, CHI]);
    expect(readNames(a)).toEqual(['Nguyễn Văn An']);
    expect(a.totals.GKI?.total).toMatchObject({ students: 1, needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 0 } });
    expect(repeatedDiffers(a).map((p) => `${p.severity} ${p.cell}`)).toEqual([`error ${cell}`]);
    expect(repeatedDiffers(a)[0].message).toContain('nên 2 dòng học sinh bên dưới chưa được tính');
    expect(a.roster.skipped.header).toBe(1);
  });

  it('says which cell differs, what it says, what the top header says there, and how many rows are left out', () => {
    const second = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', '  GKI - Tiếng Việt ', 'GKI - Toán', 'GKI - Năng lực', 'GKI - Phẩm chất'];
    const a = roster([['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', ' GKI - Toán  ', 'GKI - Tiếng Việt', 'GKI - Năng lực', 'GKI - Phẩm chất'], AN, second, BINH, CHI, DUNG]);
    expect(repeatedDiffers(a)).toEqual([expect.objectContaining({ sheet: 'Danh sách', cell: 'E3', row: 3, column: 5, severity: 'error' })]);
    expect(repeatedDiffers(a)[0].message).toBe('Dòng 3 nhắc lại dòng tiêu đề nhưng cột E ghi "GKI - Tiếng Việt", khác với dòng tiêu đề ở đầu trang ("GKI - Toán"), '
      + 'nên 3 dòng học sinh bên dưới chưa được tính. Sắp các cột của phần này đúng như dòng tiêu đề đầu trang, hoặc chuyển phần này sang một trang riêng '
      + 'có tên bắt đầu bằng "Danh sách".');
  });

  it('where the top header has nothing in that column, the message quotes nothing from it', () => {
    const second = [...HEADER, 'CKI - Toán'];
    const a = roster([HEADER, AN, second, [...BINH, 'C']]);
    expect(repeatedDiffers(a)[0].message).toMatch(/^Dòng 3 nhắc lại dòng tiêu đề nhưng cột I ghi "CKI - Toán", khác với dòng tiêu đề ở đầu trang, nên 1 dòng học sinh/);
  });

  it('with a two-row top header, the message quotes its lowest label in that column', () => {
    // Field labels in row 1 only (not merged down), review points over areas.
    const a = roster([
      ['STT', 'Họ và tên', 'Lớp', 'Ghi chú', 'Giữa HKI', ''],
      ['', '', '', '', 'Toán', 'TV'],
      [1, 'Nguyễn Văn An', '2A', '', 'C', ''],
      ['STT', 'Họ và tên', 'Ghi chú', 'Lớp', 'Giữa HKI', ''],
      [1, 'Lê Thị Bình', '', '2B', 'C', ''],
    ]);
    expect(codes(a).filter((c) => c.startsWith('HEADER_REPEATED'))).toEqual(['HEADER_REPEATED_DIFFERS@C4']);
    expect(repeatedDiffers(a)[0].message).toContain('cột C ghi "Ghi chú", khác với dòng tiêu đề ở đầu trang ("Lớp"), nên 1 dòng học sinh');
  });

  it.each([
    ['the same header (a page break, or the next class in the same columns)', HEADER],
    ['the same labels in other words', ['TT', 'Họ tên', 'Lớp học', 'Giáo viên hỗ trợ', 'Toán (GHKI)', 'Tiếng Việt (GHKI)', 'Năng lực (GHKI)', 'Phẩm chất (GHKI)']],
    ['the same labels in other case and spacing', HEADER.map((h) => ` ${h.toUpperCase()} `)],
    ['only some of the labels', ['', 'Họ và tên', 'Lớp', '', 'GKI - Toán', '', '', '']],
  ])('saying %s: skipped, and the rows below read by the top header', (_name, second) => {
    const a = roster([HEADER, AN, second, BINH, CHI]);
    expect(readNames(a)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Minh Chi']);
    expect(a.totals.GKI?.total).toMatchObject({ students: 3, needSupport: 3, byArea: { Toán: 3 } });
    expect(repeatedDiffers(a)).toEqual([]);
    expect(a.roster.skipped.header).toBe(1);
  });

  it('a name header merged over two columns at the top may be retyped in either of them below', () => {
    const top = ['STT', 'Họ và tên', '', 'Lớp', 'GKI - Toán'];
    const merges = [{ row: 1, column: 2, numRows: 1, numColumns: 2 }];
    const rows = [[1, 'Nguyễn Văn', 'An', '2A', 'C'], ['STT', 'Họ tên', 'Họ tên', 'Lớp', 'GKI - Toán'], [1, 'Lê Thị', 'Bình', '2B', 'C']];
    const a = roster([top, ...rows], merges);
    expect(readNames(a)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình']);
    expect(repeatedDiffers(a)).toEqual([]);
    // One column further, "Họ tên" is where Lớp is: that header differs.
    const b = roster([top, rows[0], ['STT', 'Họ và tên', '', 'Họ tên', 'GKI - Toán'], rows[2]], merges);
    expect(codes(b)).toContain('HEADER_REPEATED_DIFFERS@D3');
    expect(readNames(b)).toEqual(['Nguyễn Văn An']);
  });

  it('a two-row header repeated with aliases and the same meaning is skipped', () => {
    const a = roster([
      ['STT', 'Họ và tên', 'Lớp', 'Giữa HKI', ''],
      ['', '', '', 'Toán', 'TV'],
      [1, 'Nguyễn Văn An', '2A', 'C', ''],
      ['TT', 'Họ tên', 'Lớp', 'GHKI', ''],
      ['', '', '', 'Toán học', 'Tiếng Việt'],
      [1, 'Lê Thị Bình', '2B', '', 'C'],
    ]);
    expect(readNames(a)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình']);
    expect(repeatedDiffers(a)).toEqual([]);
    expect(a.totals.GKI?.total.byArea).toEqual({ Toán: 1, 'Tiếng Việt': 1 });
  });

  it('a two-row header repeated naming another review point: one problem for both its rows', () => {
    const top = [['STT', 'Họ và tên', 'Lớp', 'Giữa HKI', ''], ['', '', '', 'Toán', 'TV']];
    const an = [1, 'Nguyễn Văn An', '2A', 'C', ''];
    const binh = [1, 'Lê Thị Bình', '2B', '', 'C'];
    // Its area row the same as the top one: the section stays open under it.
    const a = roster([...top, an, ['STT', 'Họ và tên', 'Lớp', 'Cuối HKI', ''], top[1], binh]);
    expect(codes(a).filter((c) => c.startsWith('HEADER_REPEATED'))).toEqual(['HEADER_REPEATED_DIFFERS@D4']);
    expect(repeatedDiffers(a)[0].message).toContain('nên 1 dòng học sinh');
    expect(readNames(a)).toEqual(['Nguyễn Văn An']);
    // Both rows differing: still one problem, at the first.
    const b = roster([...top, an, ['STT', 'Họ và tên', 'Lớp', 'Cuối HKI', ''], ['', '', '', 'TV', 'Toán'], binh]);
    expect(codes(b).filter((c) => c.startsWith('HEADER_REPEATED'))).toEqual(['HEADER_REPEATED_DIFFERS@D4']);
    expect(repeatedDiffers(b)[0].message).toContain('nên 1 dòng học sinh');
  });

  it('two differing sections: one problem each, each counting its own rows', () => {
    const other = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'CKI - Toán', 'CKI - Tiếng Việt', 'CKI - Năng lực', 'CKI - Phẩm chất'];
    const swapped = ['STT', 'Lớp', 'Họ và tên', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Năng lực', 'GKI - Phẩm chất'];
    const a = roster([HEADER, AN, other, BINH, CHI, swapped, [3, '2C', 'Phạm Thị Dung', 'Cô Hoa', 'C', '', '', '']]);
    expect(repeatedDiffers(a).map((p) => [p.cell, /nên (\d+) dòng/.exec(p.message)?.[1]])).toEqual([['E3', '2'], ['B6', '1']]);
    expect(readNames(a)).toEqual(['Nguyễn Văn An']);
  });

  it('the top header again after a differing section: the section is closed and the rows below it read', () => {
    const other = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'CKI - Toán', 'CKI - Tiếng Việt', 'CKI - Năng lực', 'CKI - Phẩm chất'];
    const a = roster([HEADER, AN, other, BINH, HEADER, CHI, DUNG]);
    expect(repeatedDiffers(a).map((p) => p.cell)).toEqual(['E3']);
    expect(repeatedDiffers(a)[0].message).toContain('nên 1 dòng học sinh');
    expect(readNames(a)).toEqual(['Nguyễn Văn An', 'Trần Minh Chi', 'Phạm Thị Dung']);
    expect(a.roster.skipped.header).toBe(2);
  });

  it('rows under a differing header that are not students are not counted as left out', () => {
    const other = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'CKI - Toán', 'CKI - Tiếng Việt', 'CKI - Năng lực', 'CKI - Phẩm chất'];
    const a = roster([HEADER, AN, other, BINH, ['', '', '', '', '', '', '', ''], ['Cộng: 1 em', '', '', '', 1, '', '', ''], CHI]);
    expect(repeatedDiffers(a)[0].message).toContain('nên 2 dòng học sinh');
  });

  it('a header-like row right under the top header, before any student, is the top header’s own: skipped, not reported', () => {
    const a = roster([HEADER, ['', '', '', '', 'Toán', 'TV', 'NL', 'PC'], AN, BINH]);
    expect(repeatedDiffers(a)).toEqual([]);
    expect(readNames(a)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình']);
    expect(a.roster.skipped.header).toBe(1);
  });
});

describe('Mã HS placeholders in Danh sách', () => {
  it.each(['-', '0', 'chưa có'])('"%s" for children without a code is no code, not one code shared by all', (placeholder) => {
    const a = roster([['STT', 'Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
      [1, placeholder, 'Nguyễn Văn An', '2A', 'Cô Lan', 'C'], [2, placeholder, 'Lê Thị Bình', '2A', 'Cô Lan', 'C'], [3, placeholder, 'Trần Minh Chi', '2A', 'Cô Lan', 'C']]);
    expect(codes(a)).toEqual([]);
    expect(a.roster.students.map((s) => s.studentId)).toEqual(['', '', '']);
    expect(a.totals.GKI?.total).toMatchObject({ students: 3, needSupport: 3 });
  });

  it('a real code twice is an error on the second row, naming the first row and its tab', () => {
    const header = ['STT', 'Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'];
    const a = run([
      { name: 'Danh sách', values: [header, [1, 'HS01', 'Nguyễn Văn An', '2A', 'Cô Lan', 'C'], [2, 'HS01', 'Lê Thị Bình', '2A', 'Cô Lan', 'C']] },
      { name: 'Danh sách 2B', values: [header, [1, 'hs01', 'Trần Minh Chi', '2B', 'Cô Hoa', 'C']] },
    ]);
    const dup = a.problems.filter((p) => p.code === 'STUDENT_ID_DUPLICATE');
    expect(dup.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Danh sách!B3', 'Danh sách 2B!B2']);
    expect(dup[0].message).toBe('Mã HS HS01 trùng với dòng 2 (Nguyễn Văn An). Kiểm tra lại mã; nếu là cùng một em thì xóa dòng thừa.');
    expect(dup[1].message).toBe('Mã HS hs01 trùng với dòng 2 trang "Danh sách" (Nguyễn Văn An). Kiểm tra lại mã; nếu là cùng một em thì xóa dòng thừa.');
    expect(a.totals.GKI?.total.needSupport).toBe(1);
  });
});

describe('the header at the top: which rows name the review columns', () => {
  const columns = (values: unknown[][]) => findRosterLayout(values)?.reviewColumns.map((c) => `${c.column}:${c.reviewPoint}:${c.area}`);

  it('the pair of rows naming the most columns wins, wherever it is', () => {
    // Above the field row, "Giữa HKI" over four areas; at it, "Cuối HKI" over two areas below.
    const values = [
      ['', '', 'Giữa HKI', '', '', '', '', ''],
      ['Họ và tên', 'Lớp', 'Toán', 'TV', 'NL', 'PC', 'Cuối HKI', ''],
      ['', '', '', '', '', '', 'Toán', 'TV'],
    ];
    expect(findRosterLayout(values)).toMatchObject({ headerRows: [0, 1], dataStart: 2, style: 'two-row' });
    expect(columns(values)).toEqual(['2:GKI:Toán', '3:GKI:Tiếng Việt', '4:GKI:Năng lực', '5:GKI:Phẩm chất']);
  });

  it('on a tie, areas below the field row win over review points above it', () => {
    const values = [
      ['', '', 'Giữa HKI', '', '', ''],
      ['Họ và tên', 'Lớp', 'Toán', 'TV', 'Cuối HKI', ''],
      ['', '', '', '', 'Toán', 'TV'],
    ];
    expect(findRosterLayout(values)).toMatchObject({ headerRows: [1, 2], dataStart: 3 });
    expect(columns(values)).toEqual(['4:CKI:Toán', '5:CKI:Tiếng Việt']);
  });

  it('a field column ends the review block to its left: areas after it belong to no review point', () => {
    const values = [
      ['Họ và tên', 'Lớp', 'Giữa HKI', '', 'Ghi chú', ''],
      ['', '', 'Toán', 'TV', '', 'NL'],
      ['An', '1A', 'C', 'H', '', 'C'],
    ];
    expect(columns(values)).toEqual(['2:GKI:Toán', '3:GKI:Tiếng Việt']);
    expect(codes(roster(values))).toContain('COLUMN_UNPLACED@F2');
  });

  it.each([['Tên'], ['Họ đệm']])('"%s" alone is half a name: no header (Họ và tên, or Họ đệm and Tên, with Lớp)', (half) => {
    expect(findRosterLayout([[half, 'Lớp', 'GKI - Toán'], ['An', '1A', 'C']])).toBeUndefined();
    expect(codes(roster([[half, 'Lớp', 'GKI - Toán'], ['An', '1A', 'C']]))).toEqual(['HEADER_NOT_FOUND@A1:Z2']);
  });

  it('a review point written with words that are not decoration is not clear: its block is reported, not counted', () => {
    const values = [['Họ và tên', 'Lớp', 'Giữa HKI (bổ sung)', ''], ['', '', 'Toán', 'TV'], ['An', '1A', 'C', 'H']];
    expect(findRosterLayout(values)?.reviewColumns).toEqual([]);
    const a = roster(values, [{ row: 1, column: 3, numRows: 1, numColumns: 2 }]);
    expect(a.reviewPoints).toEqual([]);
    expect(codes(a)).toEqual(['COLUMN_UNPLACED@C1', 'COLUMN_UNPLACED@D1', 'HEADER_NO_REVIEW@A1']);
  });

  it('an area written with words that are not decoration is not clear: that column is reported, not counted', () => {
    const values = [['Họ và tên', 'Lớp', 'Giữa HKI', ''], ['', '', 'Toán (bổ sung)', 'TV'], ['An', '1A', 'C', 'C']];
    expect(columns(values)).toEqual(['3:GKI:Tiếng Việt']);
    const a = roster(values, [{ row: 1, column: 3, numRows: 1, numColumns: 2 }]);
    expect(a.totals.GKI?.total.byArea).toEqual({ 'Tiếng Việt': 1 });
    expect(codes(a)).toEqual(['COLUMN_UNPLACED@C2', 'SUPPORTER_MISSING@A3']);
  });

  it('combined labels under a review point are not areas of it (which point would they be?)', () => {
    const values = [['Họ và tên', 'Lớp', 'Cuối HKI', ''], ['', '', 'GKI - Toán', 'GKI - TV'], ['An', '1A', 'C', 'C']];
    expect(columns(values)).toEqual([]);
  });

  it('a row shorter than the one below it (trailing blanks trimmed) reads as blanks there', () => {
    expect(columns([['Họ và tên', 'Lớp', 'Giữa HKI'], ['', '', 'Toán', 'TV'], ['An', '1A', 'C', 'C']])).toEqual(['2:GKI:Toán', '3:GKI:Tiếng Việt']);
  });

  it('only a merged header spans columns: two columns titled as names, not merged, are not joined', () => {
    const a = roster([['Họ và tên', 'Họ tên', 'Lớp', 'GKI - Toán'], ['Nguyễn Văn An', 'An', '1A', 'C']]);
    expect(a.roster.students.map((s) => s.name)).toEqual(['Nguyễn Văn An']);
    const merged = roster([['Họ và tên', '', 'Lớp', 'GKI - Toán'], ['Nguyễn Văn', 'An', '1A', 'C']], [{ row: 1, column: 1, numRows: 1, numColumns: 2 }]);
    expect(merged.roster.students.map((s) => s.name)).toEqual(['Nguyễn Văn An']);
  });

  it('review columns are in column order whichever row named them: of two alike, the leftmost counts', () => {
    const values = [['Họ và tên', 'Lớp', 'Cuối HKI', '', 'CKI - Toán'], ['', '', 'Toán', 'TV', ''], ['An', '1A', 'C', 'H', 'H']];
    expect(columns(values)).toEqual(['2:CKI:Toán', '3:CKI:Tiếng Việt', '4:CKI:Toán']);
    const a = roster(values);
    expect(codes(a)).toEqual(['HEADER_DUPLICATE@E2', 'SUPPORTER_MISSING@A3']);
    expect(a.problems[0].message).toContain('(đã có ở cột C)');
    expect(a.totals.CKI?.total.byArea).toEqual({ Toán: 1, 'Tiếng Việt': 0 });
  });

  it('"Lớp" merged over the sub-headers Khối | Lớp: the class is read from the Lớp sub-column', () => {
    const a = roster([
      ['STT', 'Họ và tên', 'Lớp', '', 'Giữa HKI', ''],
      ['', '', 'Khối', 'Lớp', 'Toán', 'TV'],
      [1, 'Nguyễn Văn An', 1, '1A', 'C', ''],
      [2, 'Lê Thị Bình', 2, '2B', '', 'C'],
    ], [{ row: 1, column: 3, numRows: 1, numColumns: 2 }, { row: 1, column: 5, numRows: 1, numColumns: 2 }]);
    expect(a.roster.students.map((s) => `${s.name} ${s.className} ${s.grade}`)).toEqual(['Nguyễn Văn An 1A 1', 'Lê Thị Bình 2B 2']);
    expect(a.roster.tabs[0].layout).toMatchObject({ fields: { className: 3 }, fieldEnds: {} });
  });

  it('a combined label in the field row over a review point over an area: the lower pair names that column', () => {
    expect(columns([['Họ và tên', 'Lớp', 'GKI - Toán'], ['', '', 'Cuối HKI'], ['', '', 'Toán'], ['An', '1A', 'C']])).toEqual(['2:CKI:Toán']);
  });

  it('the header may be on the tenth row, not below it', () => {
    const title = (n: number) => Array.from({ length: n }, () => ['TRƯỜNG TIỂU HỌC THỬ NGHIỆM']);
    expect(findRosterLayout([...title(9), ['Họ và tên', 'Lớp', 'GKI - Toán'], ['An', '1A', 'C']])?.headerRows).toEqual([9]);
    expect(findRosterLayout([...title(10), ['Họ và tên', 'Lớp', 'GKI - Toán'], ['An', '1A', 'C']])).toBeUndefined();
  });

  it('a tab holding only its header: found, nobody read, nothing else reported', () => {
    expect(findRosterLayout([['Họ và tên', 'Lớp', 'GKI - Toán']])).toMatchObject({ headerRows: [0], dataStart: 1, style: 'one-row' });
    expect(findRosterLayout([['Họ và tên', 'Lớp', 'Giữa HKI', ''], ['', '', 'Toán', 'TV']])).toMatchObject({ headerRows: [0, 1], dataStart: 2 });
    const a = roster([['Họ và tên', 'Lớp', 'GKI - Toán']]);
    expect([a.roster.students, a.problems]).toEqual([[], []]);
  });

  it('combined labels in the field row are kept beside a review point merged over areas', () => {
    const values = [
      ['Họ và tên', 'Lớp', 'GKI - Toán', 'Cuối HKI', ''],
      ['', '', '', 'Toán', 'TV'],
      ['An', '1A', 'C', 'H', 'C'],
    ];
    expect(columns(values)).toEqual(['2:GKI:Toán', '3:CKI:Toán', '4:CKI:Tiếng Việt']);
    const a = roster(values);
    expect(a.totals.GKI?.total.byArea).toMatchObject({ Toán: 1 });
    expect(a.totals.CKI?.total.byArea).toMatchObject({ Toán: 0, 'Tiếng Việt': 1 });
  });
});
