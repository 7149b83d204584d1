// Reading one official results tab (PRODUCT 2.2) when a teacher has edited it: every rating is
// counted, or a problem at its cell says why it is not; never a student lost without a word.

import { readOfficialTab } from '../../src/core/read/official';
import type { SheetGrid } from '../../src/core/model';
import { ORDER_2025, vneduSheet, type VneduStudent, type VneduTab } from '../helpers/vnedu';

const read = (g: SheetGrid) => readOfficialTab(g, 420);
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
  it.each([
    ['not rated yet', false, 'Mã HS hoặc ngày sinh'],
    ['rated', true, 'kết quả đánh giá'],
  ])('a student row whose STT was deleted (%s) is an error at the STT cell, never dropped unseen', (_label, rated, what) => {
    const t = read(edited(pupils(3), (v) => {
      v[FIRST + 1][0] = '';
      if (!rated) for (let c = 6; c < v[0].length; c++) v[FIRST + 1][c] = '';
      return v;
    }));
    expect(t?.students.map((s) => `${s.row} ${s.name}`)).toEqual(['10 Học Sinh 1', '12 Học Sinh 3']);
    expect(t?.problems).toEqual([expect.objectContaining({ sheet: '2a', cell: 'A11', severity: 'error', code: 'OFFICIAL_ROW_UNREAD',
      message: `Dòng của Học Sinh 2 có ${what} nhưng cột STT không ghi số thứ tự, nên dòng này chưa được tính (kể cả trong sĩ số). Ghi số thứ tự vào ô này.` })]);
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
