// Reading one official results tab (PRODUCT 2.2) when a teacher has edited it: every rating is
// counted, or a problem at its cell says why it is not; never a student lost without a word.

import { readOfficialTab } from '../../src/core/read/official';
import type { SheetGrid } from '../../src/core/model';
import { ORDER_2025, vneduSheet, type VneduStudent, type VneduTab } from '../../local/vnedu-export';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const read = (g: SheetGrid) => readOfficialTab(g, WALL_CLOCK_OFFSET);
const vnedu = (students: VneduStudent[], over: Partial<VneduTab> = {}): SheetGrid =>
  vneduSheet({ sheet: '2a', className: '2A', point: 'CKI', year: 2025, subjects: ORDER_2025, students, ...over }).grid;
/** vnEdu's grid edited by hand (0-based rows and columns, as getValues gives them). */
const edited = (students: VneduStudent[], edit: (values: unknown[][]) => unknown[][]): SheetGrid => {
  const g = vnedu(students);
  return { ...g, values: edit(g.values.map((r) => [...r])) };
};
const FIRST = 9; // 0-based row of vnEdu's first student (sheet row 10)
const pupils = (n: number, ratings: Record<string, string> = {}): VneduStudent[] =>
  Array.from({ length: n }, (_, i) => ({ id: 9000000001 + i, name: `Học Sinh ${i + 1}`, birth: '05/01/2018', ratings }));

const TITLE = ['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I - LỚP 4A', 'Năm học 2025-2026'];
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
/** A per-class results sheet a school typed: title rows, one header row, the rows given. */
const typed = (rows: unknown[][], header = HEADER, title = TITLE): SheetGrid =>
  ({ name: 'Kết quả 4A', values: [...title.map((t) => [t]), header, ...rows] });

const at = (t: ReturnType<typeof read>) => t?.problems.map((p) => `${p.severity} ${p.code}@${p.cell}`);
const SUBJECT_SCALE = 'T (Hoàn thành tốt), H (Hoàn thành), C (Chưa hoàn thành) hoặc dấu x';

describe('rows a teacher edited', () => {
  it.each<[string, boolean, boolean, boolean, string | undefined]>([
    ['not rated yet, with Mã HS and birth date', false, true, true, 'Mã HS hoặc ngày sinh'],
    ['not rated yet, with Mã HS only', false, true, false, 'Mã HS hoặc ngày sinh'],
    ['not rated yet, with a birth date only', false, false, true, 'Mã HS hoặc ngày sinh'],
    ['rated in Toán only', true, false, false, 'kết quả đánh giá'],
    ['with a name and nothing else (a name below the table)', false, false, false, undefined],
  ])('a student row whose STT was deleted (%s) is an error at the STT cell, never dropped unseen', (_label, rated, withId, withBirth, what) => {
    const t = read(edited(pupils(3), (v) => {
      const row = v[FIRST + 1];
      row[0] = '';
      if (!withId) row[1] = '';
      if (!withBirth) row[4] = '';
      for (let c = 6; c < v[0].length; c++) row[c] = '';
      if (rated) row[8] = 'H';
      return v;
    }));
    expect(t?.students.map((s) => `${s.row} ${s.name}`)).toEqual(['10 Học Sinh 1', '12 Học Sinh 3']);
    expect(t?.problems).toEqual(what === undefined ? [] : [expect.objectContaining({ sheet: '2a', cell: 'A11', severity: 'error', code: 'OFFICIAL_ROW_UNREAD',
      message: `Dòng của Học Sinh 2 có ${what} nhưng cột STT không ghi số thứ tự, nên dòng này chưa được tính (kể cả trong sĩ số). Ghi số thứ tự vào ô này.` })]);
  });

  it('STT is a whole number, typed or as text ("2", " 3. ", "1234"); 0, 1,5 or a five-digit number is not', () => {
    const rated = (stt: unknown, name: string) => [stt, name, '', 'H', 'H', 'Đ', 'Đ'];
    const t = read(typed([rated(1, 'An'), rated('2', 'Bình'), rated(' 3. ', 'Chi'), rated('1234', 'Khoa'), rated(0, 'Dũng'), rated(1.5, 'Em'), rated('12345', 'Giang'), rated(-4, 'Hà')]));
    expect(t?.students.map((s) => s.name)).toEqual(['An', 'Bình', 'Chi', 'Khoa']);
    expect(at(t)).toEqual(['A8', 'A9', 'A10', 'A11'].map((c) => `error OFFICIAL_ROW_UNREAD@${c}`));
  });

  it('the header repeated mid-table (a pasted page break) is no student and no problem', () => {
    const t = read(edited(pupils(3), (v) => [...v.slice(0, FIRST + 1), ...v.slice(5, FIRST), ...v.slice(FIRST + 1)]));
    expect(t?.students.map((s) => `${s.row} ${s.name}`)).toEqual(['10 Học Sinh 1', '15 Học Sinh 2', '16 Học Sinh 3']);
    expect(t?.problems).toEqual([]);
  });

  it('a Lớp column inserted in a class tab: one error at its header, no class guessed, no student read', () => {
    const t = read(edited(pupils(2, { Toán: 'C' }), (v) => v.map((r, i) => [...r.slice(0, 3), i === 5 ? 'Lớp' : i >= FIRST && i < FIRST + 2 ? '2A' : '', ...r.slice(3)])));
    expect(t).toMatchObject({ reviewPoint: undefined, areas: [], students: [] });
    expect(t?.problems).toEqual([{ sheet: '2a', cell: 'D6', row: 6, column: 4, severity: 'error', code: 'OFFICIAL_CLASS_COLUMN',
      message: 'Trang "2a" có kết quả đánh giá nhưng có cột Lớp, nên không đọc được là kết quả của một lớp; các mức đánh giá trong trang này chưa được tính. Nếu đây là danh sách học sinh, đặt tên trang bắt đầu bằng "Danh sách"; nếu là kết quả của một lớp, xóa cột Lớp.' }]);
  });

  it('a numbered row without a name: an error at the name cell when it holds a rating, nothing when it is empty', () => {
    const t = read(typed([[1, 'Nguyễn Văn An', '', 'H', 'H', 'Đ', 'Đ'], [2, '', '', 'C', '', '', ''], [3, '', '', '', '', '', '']]));
    expect(t?.students.map((s) => [s.row, s.name, s.excluded])).toEqual([[4, 'Nguyễn Văn An', false], [5, '', true]]);
    expect(t?.problems).toEqual([{ sheet: 'Kết quả 4A', cell: 'B5', row: 5, column: 2, severity: 'error', code: 'NAME_MISSING', className: '4A',
      message: 'Dòng này có số thứ tự và kết quả đánh giá nhưng thiếu họ tên học sinh. Điền họ và tên.' }]);
  });

  it('a birth date it cannot read is a warning at its cell; the row still counts', () => {
    const t = read(vnedu([{ id: 1, name: 'An', birth: 'không rõ', ratings: { Toán: 'C' } }]));
    expect(t?.students.map((s) => [s.birthDate, s.excluded, s.review.need])).toEqual([[undefined, false, ['Toán']]]);
    expect(t?.problems).toEqual([{ sheet: '2a', cell: 'E10', row: 10, column: 5, severity: 'warning', code: 'BIRTH_DATE_INVALID', className: '2A',
      message: 'Ngày sinh "không rõ" không đọc được. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2018.' }]);
  });
});

describe('a cell that is not a rating names its column, review point and student', () => {
  it('a rating that is no rating, written with spaces, is quoted without them', () => {
    const t = read(vnedu([{ id: 1, name: 'An', birth: '05/01/2018', ratings: { Toán: ' xyz ' } }]));
    expect(t?.problems[0].message).toBe(`Ô Mức đạt được (Toán, Cuối học kì I) của An ghi "xyz", không phải một mức đánh giá. Dùng ${SUBJECT_SCALE}.`);
  });

  it('the column\'s own label names it in the message, a blank row below the header does not', () => {
    const t = read(typed([[1, 'An', '', 8, 'Đ']], ['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Năng lực'], [...TITLE]));
    const two = read({ name: 'Kết quả 4A', values: [[TITLE[0]], [TITLE[1]], ['STT', 'Họ và tên', 'Toán', 'Năng lực cốt lõi'], ['', '', '', 'Tự chủ và tự học'], [1, 'An', 8, 'Đ']] });
    expect([t, two].map((x) => x?.problems[0].message)).toEqual([1, 2].map(() => `Ô Toán (Toán, Cuối học kì I) của An ghi "8", không phải một mức đánh giá. Dùng ${SUBJECT_SCALE}.`));
  });

  it('a formula error is FORMULA_ERROR at its cell', () => {
    const t = read(vnedu([{ id: 1, name: 'An', birth: '05/01/2018', ratings: { Toán: '#N/A' } }]));
    expect(t?.problems).toEqual([{ sheet: '2a', cell: 'I10', row: 10, column: 9, severity: 'error', code: 'FORMULA_ERROR', className: '2A',
      message: `Ô Mức đạt được (Toán, Cuối học kì I) của An ghi "#N/A", không phải một mức đánh giá. Dùng ${SUBJECT_SCALE}.` }]);
  });

  it('on a row without a name, the message names no one', () => {
    const t = read(vnedu([{ id: 1, name: '', birth: '05/01/2018', ratings: { Toán: 8 } }]));
    expect(at(t)).toEqual(['error NAME_MISSING@C10', 'error RATING_INVALID@I10']);
    expect(t?.problems[1].message).toBe(`Ô Mức đạt được (Toán, Cuối học kì I) ghi "8", không phải một mức đánh giá. Dùng ${SUBJECT_SCALE}.`);
  });

  it('in a tab whose title names no review point, the message names none', () => {
    const g = vnedu([{ id: 1, name: 'An', birth: '05/01/2018', ratings: { 'Yêu nước': 'H' } }]);
    g.values[2] = ['BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC'];
    const t = read(g);
    expect(at(t)).toEqual(['error OFFICIAL_NO_REVIEW_POINT@A1', 'error RATING_INVALID@AC10']);
    expect(t?.problems[1].message).toBe('Ô Yêu nước (Phẩm chất) của An ghi "H", không phải một mức đánh giá. Dùng T (Tốt), Đ (Đạt), C (Cần cố gắng) hoặc dấu x.');
  });

  // Toán is I (Mức đạt được) and J (Điểm KTĐK) in the 2025-2026 export.
  it.each([
    ['C', 'Học Sinh 1', 'C'], [' c ', 'Học Sinh 1', 'c'], ['H', 'Học Sinh 1', 'H'], ['Đ', 'Học Sinh 1', 'Đ'], ['C', '', 'C'],
  ])('a rating %j typed in the Điểm KTĐK column (name %j) is an error at that cell, not a blank Toán', (typedRating, name, shown) => {
    const t = read(edited(pupils(2), (v) => {
      v[FIRST][2] = name;
      v[FIRST][8] = '';
      v[FIRST][9] = typedRating;
      return v;
    }));
    const score = t?.problems.find((p) => p.cell === 'J10');
    expect(score).toEqual({ sheet: '2a', cell: 'J10', row: 10, column: 10, severity: 'error', code: 'RATING_INVALID', className: '2A',
      message: `Ô này ở cột "Môn học và hoạt động giáo dục – Toán – Điểm KTĐK"${name ? ` của ${name}` : ''} ghi "${shown}": đây là cột điểm, không phải cột mức đánh giá, nên mức này chưa được tính. Ghi mức đánh giá vào cột "Mức đạt được" của môn, và ghi điểm (hoặc để trống) ở ô này.` });
    expect(t?.students.map((s) => [s.excluded, s.review.blank])).toEqual([[true, ['Toán']], [false, []]]);
  });

  it('a score typed as text, or a blank score, is no problem', () => {
    const t = read(edited(pupils(2), (v) => {
      v[FIRST][9] = '9';
      v[FIRST + 1][9] = '';
      return v;
    }));
    expect(t?.problems).toEqual([]);
  });
});

describe('sheets a school typed in the shape of a class tab', () => {
  it('a name split over Họ đệm and Tên reads as one name', () => {
    const t = read(typed([[1, 'Nguyễn Văn', 'An', '05/01/2016', 'C', 'H']], ['STT', 'Họ đệm', 'Tên', 'Ngày sinh', 'Toán', 'Tiếng Việt']));
    expect(t).toMatchObject({ nameColumn: 2, className: '4A', reviewPoint: 'CKI', problems: [] });
    expect(t?.students.map((s) => [s.name, s.birthDate, s.review.need])).toEqual([['Nguyễn Văn An', '2016-01-05', ['Toán']]]);
  });

  it('a family-name column alone is no name column: not official results', () => {
    expect(read(typed([[1, 'Nguyễn Văn', 'C', 'H']], ['STT', 'Họ đệm', 'Toán', 'Tiếng Việt']))).toBeUndefined();
  });

  it('without an STT column, every named row below the header is a student', () => {
    const t = read(typed([['Nguyễn Văn An', '05/01/2016', 'C', 'H'], ['Lê Thị Bình', '03/04/2016', 'H', 'C']], ['Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt']));
    expect(t?.students.map((s) => [s.row, s.name, s.review.need])).toEqual([[4, 'Nguyễn Văn An', ['Toán']], [5, 'Lê Thị Bình', ['Tiếng Việt']]]);
    expect(t?.problems).toEqual([]);
  });

  it('a class tab with its header and no student yet reads as a class of none', () => {
    const t = read(typed([]));
    expect(t).toMatchObject({ className: '4A', reviewPoint: 'CKI', schoolYear: 2025, headerRows: [2], students: [], problems: [] });
    expect(t?.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']);
  });

  it('no Năm học in the title: a warning at A1, and the tab counts as this year', () => {
    const t = read(typed([[1, 'Nguyễn Văn An', '05/01/2016', 'C', 'H', 'Đ', 'T']], HEADER, [TITLE[0]]));
    expect(t?.schoolYear).toBeUndefined();
    expect(t?.problems).toEqual([{ sheet: 'Kết quả 4A', cell: 'A1', row: 1, column: 1, severity: 'warning', code: 'OFFICIAL_NO_YEAR',
      message: 'Trang "Kết quả 4A" không ghi năm học; tiện ích coi là năm học hiện tại. Thêm dòng "Năm học: 2025 - 2026" phía trên bảng cho chắc.' }]);
  });
});

describe('what the header and title say', () => {
  const rows = [[1, 'An', '05/01/2016', 'C', 'H']];
  it.each<[string, unknown[][], 'vnEdu' | 'school']>([
    ['a subject under "Mức đạt được"', [['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt'], ['', '', '', 'Mức đạt được', 'Mức đạt được']], 'vnEdu'],
    ['subjects under the subject group', [['STT', 'Họ và tên', 'Ngày sinh', 'Môn học và hoạt động giáo dục', ''], ['', '', '', 'Toán', 'Tiếng Việt']], 'vnEdu'],
    ['a năng lực under its group', [['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Năng lực cốt lõi'], ['', '', '', '', 'Tự chủ và tự học']], 'vnEdu'],
    ['a phẩm chất under its group', [['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Phẩm chất chủ yếu'], ['', '', '', '', 'Yêu nước']], 'vnEdu'],
    ['a Chưa lên lớp column', [['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Chưa lên lớp']], 'vnEdu'],
    ['a Khen thưởng column', [['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Khen thưởng']], 'vnEdu'],
    ['a "Mức đạt được" column of no subject', [['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Mức đạt được']], 'vnEdu'],
    ['plain subject names', [['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt']], 'school'],
    ['plain names and a subject it does not know', [['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Kĩ năng sống']], 'school'],
    ['plain names and a score column', [['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Điểm KTĐK']], 'school'],
  ])('%s: read as %s', (_label, header, style) => {
    const t = read({ name: 'Kết quả 4A', values: [[TITLE[0]], [TITLE[1]], ...header, ...rows] });
    expect(t).toMatchObject({ style, className: '4A', reviewPoint: 'CKI' });
    expect(t?.students.map((s) => s.review.need)).toEqual([['Toán']]);
  });

  it.each([['Năng lực cốt lõi', 'Tự chủ và tự học'], ['Phẩm chất chủ yếu', 'Yêu nước'], ['Môn học và hoạt động giáo dục', 'Toán']])(
    'a title naming no review point over vnEdu\'s "%s" is a results tab with an error, not ignored', (group, area) => {
      const t = read({ name: '2a', values: [['BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ'], ['STT', 'Họ và tên', group], ['', '', area], [1, 'An', 'C']] });
      expect(at(t)).toEqual(['error OFFICIAL_NO_REVIEW_POINT@A1', 'warning OFFICIAL_NO_YEAR@A1']);
    });

  it('a subject it does not know counts under its name only inside the subject group or over "Mức đạt được"', () => {
    const t = read({ name: '2a', values: [[TITLE[0]], ['STT', 'Họ và tên', 'Toán', 'Kĩ năng sống', 'Bơi'], ['', '', 'Mức đạt được', 'Mức đạt được', ''], [1, 'An', 'H', 'C', 'C']] });
    expect(t?.areas).toEqual(['Toán', 'Kĩ năng sống']);
    expect(t?.problems.map((p) => `${p.code}@${p.cell} ${p.message}`)).toEqual([
      'OFFICIAL_SUBJECT_UNKNOWN@D3 Trang "2a": cột môn "Kĩ năng sống" không khớp môn học nào tiện ích biết; vẫn được tính với tên "Kĩ năng sống". Nếu đây là một môn đã biết (ví dụ Tin học, Công nghệ, Khoa học), đổi tiêu đề cột cho đúng tên môn.',
      'OFFICIAL_NO_YEAR@A1 Trang "2a" không ghi năm học; tiện ích coi là năm học hiện tại. Thêm dòng "Năm học: 2025 - 2026" phía trên bảng cho chắc.',
      'OFFICIAL_COLUMN_UNKNOWN@E3 Trang "2a": cột này có mức đánh giá (ví dụ "C" ở dòng 4) nhưng tiêu đề không cho biết là môn học, năng lực hay phẩm chất nào, nên chưa được tính. Ghi tên môn (hoặc năng lực, phẩm chất) vào ô tiêu đề.',
    ]);
  });

  it('a column of ratings under no header is reported once, quoting its first rating as written', () => {
    // After Ghi chú (a field), a blank header continues nothing.
    const t = read(typed([[1, 'An', '', 'H', 'H', 'Đ', 'Đ', '', ''], [2, 'Bình', '', 'H', 'H', 'Đ', 'Đ', '', ' H '], [3, 'Chi', '', 'H', 'H', 'Đ', 'Đ', '', 'C']], [...HEADER, 'Ghi chú', '']));
    expect(t?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['OFFICIAL_COLUMN_UNKNOWN@I3']);
    expect(t?.problems[0].message).toContain('(ví dụ "H" ở dòng 5)');
  });

  it('areas in report order, whatever the column order', () => {
    const t = read(typed([[1, 'An', 'C', '', 'Đ']], ['STT', 'Họ và tên', 'Phẩm chất', 'Tiếng Việt', 'Toán']));
    expect(t?.areas).toEqual(['Toán', 'Tiếng Việt', 'Phẩm chất']);
    expect(t?.students[0].review).toEqual({ rated: true, need: ['Phẩm chất'], blank: ['Tiếng Việt'] });
  });

  it.each([
    ['Lớp:2A', '2A'], ['LỚP 12A1', '12A1'], ['Lớp: 2 A', '2A'], ['Lớp 3/2', '3/2'], ['Danh sách lớp 10A4', '10A4'],
  ])('the title "%s" names class %s', (title, className) => {
    expect(read(typed(rows, HEADER.slice(0, 5), [TITLE[0].replace(' - LỚP 4A', ''), TITLE[1], title]))?.className).toBe(className);
  });

  it.each([['2a(2)', '2A'], ['2a (12)', '2A'], ['2a', '2A']])('a tab named "%s" without a Lớp title is class %s', (name, className) => {
    const t = read({ ...typed(rows, HEADER.slice(0, 5), [TITLE[0].replace(' - LỚP 4A', ''), TITLE[1]]), name });
    expect(t?.className).toBe(className);
  });

  it('the school year is the first "yyyy-yyyy" of two years in a row; the review point and the class cells are remembered', () => {
    const t = read(typed(rows, HEADER.slice(0, 5), ['TRƯỜNG TIỂU HỌC', 'Chương trình 2018-2025', 'KẾT QUẢ CUỐI HỌC KÌ I', 'Năm học 2025-2026', 'Lớp 4A']));
    expect(t).toMatchObject({ schoolYear: 2025, titleCells: { reviewPoint: [3, 1], schoolYear: [4, 1], className: [5, 1] } });
  });

  it('the header may sit below nine title rows', () => {
    const t = read(typed(rows, HEADER.slice(0, 5), [TITLE[0], TITLE[1], '', '', '', '', '', '', '']));
    expect(t?.students.map((s) => s.row)).toEqual([11]);
  });

  it('data may start five rows below the header', () => {
    const t = read(typed([['', '', '', 'Mức đạt được', 'Mức đạt được'], ['', '', '', '', ''], ['', '', '', '', ''], ['', '', '', '', ''], ...rows], HEADER.slice(0, 5)));
    expect(t?.students.map((s) => s.row)).toEqual([8]);
  });

  it.each<[string, (g: SheetGrid) => void, string]>([
    ['OFFICIAL_NO_REVIEW_POINT', (g) => { g.values[2] = ['BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC']; },
      'Trang "Trang tính 7" là bảng kết quả đánh giá nhưng các dòng tiêu đề không ghi mốc đánh giá, nên chưa được tính. Thêm một dòng tiêu đề như "KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I" phía trên bảng.'],
    ['OFFICIAL_NO_CLASS', (g) => { g.values[4] = ['']; },
      'Trang "Trang tính 7" là bảng kết quả đánh giá nhưng không ghi lớp, nên chưa được tính. Thêm dòng "Lớp: 2A" phía trên bảng, hoặc đặt tên trang là tên lớp.'],
  ])('%s says what to add', (code, edit, message) => {
    const g = { ...vnedu(pupils(1)), name: 'Trang tính 7' };
    edit(g);
    expect(read(g)?.problems).toEqual([{ sheet: 'Trang tính 7', cell: 'A1', row: 1, column: 1, severity: 'error', code, message }]);
  });
});
