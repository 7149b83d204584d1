// Last year's Cuối năm as Đầu năm (PRODUCT 2.2) with this year's Lớp tab and Danh sách: each child
// counted once, in THHS as in the needs (review 18: a promoted pupil missing from the Danh sách was
// added to the Sĩ số of its khối again, all year, without a word).

import type { SheetGrid } from '../../src/core/model';
import { OTHER_GRADE_EACH } from '../../src/core/join/baseline-problems';
import { sourceLine } from '../../src/core/layout/summary-notes';
import { run } from '../helpers/grid';
import { ORDER_2025, vneduSheet, type VneduStudent } from '../../local/vnedu-export';
import { secondarySheet, THCS_SUBJECTS } from '../../local/vnedu-export-secondary';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['2A', 2, 'Cô Lan', 6]] };
const pupils: VneduStudent[] = Array.from({ length: 6 }, (_, i) => ({
  id: 9100000001 + i, name: `Học Sinh ${i + 1}`, birth: '05/01/2018', ratings: i % 2 === 0 ? { Toán: 'C' } : undefined,
}));
const lastYear = vneduSheet({ sheet: '1a', className: '1A', students: pupils, point: 'CN', year: 2024, subjects: ORDER_2025 }).grid;
// The school lists only the pupils needing support: three of the six, rated at Giữa học kì I.
const roster: SheetGrid = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
  ...pupils.slice(0, 3).map((p) => [String(p.id), p.name, '2A', 'Cô Lan', 'C'])] };
const khoi2 = (a: ReturnType<typeof run>, point: 'DN' | 'GKI') => a.totals[point]?.byGrade.find((g) => g.grade === 2);

describe('pupils promoted from last year\'s Cuối năm, the khối\'s Sĩ số known', () => {
  it('THHS is the Sĩ số at every point: the promoted pupils missing from the Danh sách are in it already', () => {
    const a = run([CONFIG, CLASSES, roster, lastYear], '2025-11-25');
    // The three not in the Danh sách are promoted (their Đầu năm counts)...
    expect(a.students.filter((s) => s.promoted).map((s) => s.name)).toEqual(['Học Sinh 4', 'Học Sinh 5', 'Học Sinh 6']);
    // ...and THHS stays 6, not 9, at Đầu năm and after.
    expect([khoi2(a, 'DN')?.students, khoi2(a, 'GKI')?.students]).toEqual([6, 6]);
    expect(khoi2(a, 'DN')?.studentsSource).toBe('classList');
    // Đầu năm: pupils 1, 3 and 5 needed Toán last year.
    expect(khoi2(a, 'DN')?.needSupport).toBe(3);
  });

  it('a khối without a Sĩ số counts its rows, the promoted pupils among them', () => {
    const noSize: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN'], ['2A', 2, 'Cô Lan']] };
    const a = run([CONFIG, noSize, roster, lastYear], '2025-11-25');
    expect(khoi2(a, 'DN')?.students).toBe(6);
    expect(khoi2(a, 'DN')?.studentsSource).toBe('roster');
  });

  it('a Danh sách row of a class missing from the Lớp tab still adds to THHS (and is warned), a promoted pupil does not', () => {
    const other = { ...roster, values: [...roster.values, ['9100000099', 'Học Sinh Mới', '2B', 'Cô Lan', 'C']] };
    const a = run([CONFIG, CLASSES, other, lastYear], '2025-11-25');
    expect(khoi2(a, 'GKI')?.students).toBe(7);
    expect(a.problems.some((p) => p.code === 'CLASS_NOT_LISTED')).toBe(true);
  });
});

describe('a THCS pupil kept back, listed without a Mã HS (review 18: counted twice, once as a phantom in the khối above)', () => {
  const keptBack = { id: 9300000001, name: 'Phạm Văn Lưu', birth: '03/04/2012', marks: { Toán: 3.5 }, learning: 'Chưa đạt' };
  const lastYear7 = secondarySheet({ sheet: '7a', className: '7A', grade: 7, point: 'CN', year: 2024, regime: 'TT22',
    subjects: THCS_SUBJECTS, students: [keptBack] }).grid;
  const listed: SheetGrid = { name: 'Danh sách', values: [['Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'CKI - Toán'],
    ['Phạm Văn Lưu', '03/04/2012', '7B', 'Cô Lan', 4]] };

  it('is one child, in the khối the Danh sách lists him in, with last year\'s Cuối năm as his Đầu năm, and the school is told', () => {
    const a = run([CONFIG, listed, lastYear7], '2026-01-10');
    expect(a.students.map((s) => [s.name, s.className, s.grade, Object.keys(s.reviews).sort()])).toEqual([
      ['Phạm Văn Lưu', '7B', 7, ['CKI', 'DN']]]);
    expect(a.totals.DN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[7, 1, 1]]);
    const told = a.problems.filter((p) => p.code === 'OFFICIAL_GRADE_DIFFERS');
    expect(told.map((p) => `${p.severity} ${p.sheet}!${p.cell}`)).toEqual(['warning Danh sách!C2']);
    expect(told[0].message).toBe('Danh sách ghi Phạm Văn Lưu ở lớp 7B (khối 7), không phải khối 8 như kết quả Cả năm 2024-2025 (trang "7a", lớp 7A) cho thấy. Kết quả năm trước của em được tính ở mốc Đầu năm của khối 7. Nếu lớp năm nay đúng (em ở lại lớp) thì không cần sửa; nếu không, sửa lớp của em.');
  });

  it('without a Danh sách, found in this year\'s class tab by Mã HS: said at the results row, naming that tab', () => {
    const thisYear7 = secondarySheet({ sheet: '7b', className: '7B', grade: 7, point: 'HK1', year: 2025, regime: 'TT22',
      subjects: THCS_SUBJECTS, students: [keptBack] }).grid;
    const a = run([CONFIG, lastYear7, thisYear7], '2026-01-10');
    expect(a.students.map((s) => [s.name, s.grade])).toEqual([['Phạm Văn Lưu', 7]]);
    const told = a.problems.filter((p) => p.code === 'OFFICIAL_GRADE_DIFFERS');
    expect(told.map((p) => p.sheet)).toEqual(['7a']);
    expect(told[0].message).toContain('Năm nay Phạm Văn Lưu ở lớp 7B (khối 7, trang "7b"), không phải khối 8');
    expect(told[0].message).toContain('sửa lớp của em ở trang "7b".');
    expect(told[0].message).not.toContain('Chưa lên lớp');
  });
});

describe('a Danh sách row joined by Mã HS with a class tab of another khối (review 18: counted in two khối, without a word)', () => {
  it('is said at its Lớp cell, naming both classes', () => {
    const sixth = secondarySheet({ sheet: '6a', className: '6A', grade: 6, point: 'HK1', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS,
      students: [{ id: 9000001, name: 'Nguyễn Văn An', birth: '01/02/2014', marks: { Toán: 3 } }, { id: 9000002, name: 'Trần Văn Bình', birth: '03/04/2014' }] }).grid;
    const listed: SheetGrid = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ'], ['9000001', 'Nguyễn Văn An', '7A', 'Cô Lan']] };
    const a = run([CONFIG, listed, sixth], '2026-01-10');
    const told = a.problems.filter((p) => p.code === 'OFFICIAL_GRADE_DIFFERS');
    expect(told.map((p) => `${p.severity} ${p.sheet}!${p.cell}`)).toEqual(['warning Danh sách!C2']);
    expect(told[0].message).toContain('lớp 6A (khối 6) trong kết quả chính thức');
    expect(told[0].message).toContain('Danh sách ghi lớp 7A (khối 7)');
  });
});

describe('one Mã HS on two rows of last year\'s results (review 18: promoted twice, or the second child left out, without a word)', () => {
  it('a row pasted twice: one child promoted, the copy said at its row', () => {
    const three = pupils.slice(0, 3);
    const made = vneduSheet({ sheet: '1a', className: '1A', students: [...three, three[0]], point: 'CN', year: 2024, subjects: ORDER_2025 }).grid;
    const a = run([CONFIG, made], '2025-10-15');
    expect(a.students.map((s) => s.name)).toEqual(['Học Sinh 1', 'Học Sinh 2', 'Học Sinh 3']);
    expect(a.totals.DN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[2, 3, 2]]);
    const told = a.problems.filter((p) => p.code === 'OFFICIAL_DUPLICATE');
    expect(told.map((p) => `${p.severity} ${p.sheet}!${p.cell}`)).toEqual(['warning 1a!C13']);
    expect(told[0].message).toBe('Dòng này ghi lại Học Sinh 1, đã có ở trang "1a" dòng 10: em được tính ở mốc Đầu năm một lần, theo dòng đó. Xoá dòng thừa.');
  });

  it('a row pasted twice, the first joined to a Danh sách row by name and birth date: still one child', () => {
    const three = pupils.slice(0, 3);
    const made = vneduSheet({ sheet: '1a', className: '1A', students: [...three, three[0]], point: 'CN', year: 2024, subjects: ORDER_2025 }).grid;
    const listed: SheetGrid = { name: 'Danh sách', values: [['Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ'], ['Học Sinh 1', '05/01/2018', '2A', 'Cô Lan']] };
    const a = run([CONFIG, CLASSES, listed, made], '2025-10-15');
    expect(a.students.map((s) => s.name)).toEqual(['Học Sinh 1', 'Học Sinh 2', 'Học Sinh 3']);
    expect(khoi2(a, 'DN')?.needSupport).toBe(2);
    expect(a.problems.filter((p) => p.code === 'OFFICIAL_DUPLICATE').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['1a!C13']);
  });

  it('two children sharing a code in two classes: the second is said, naming the first', () => {
    const other: VneduStudent = { id: 9100000001, name: 'Trần Thị Khác', birth: '06/06/2018', ratings: { Toán: 'C' } };
    const b = vneduSheet({ sheet: '1b', className: '1B', students: [other], point: 'CN', year: 2024, subjects: ORDER_2025 }).grid;
    const listed: SheetGrid = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ'], ['9100000001', 'Học Sinh 1', '2A', 'Cô Lan']] };
    const a = run([CONFIG, listed, lastYear, b], '2025-10-15');
    const told = a.problems.filter((p) => p.code === 'OFFICIAL_DUPLICATE');
    // An error, as a code shared in this year's tabs is: the second child is not counted until the code is mended.
    expect(told.map((p) => `${p.severity} ${p.sheet}!${p.cell}`)).toEqual(['error 1b!C10']);
    expect(told[0].message).toBe('Mã HS 9100000001 ở dòng này (Trần Thị Khác) cũng là mã của Học Sinh 1 (trang "1a", dòng 10). Dòng này chưa được tính ở mốc Đầu năm; sửa lại Mã HS cho đúng.');
  });
});

describe('a TH&THCS school: last year\'s khối 5 as this year\'s khối 6 (review 18: primary areas became THCS columns)', () => {
  const fifth = vneduSheet({ sheet: '5a', className: '5A', point: 'CN', year: 2024, subjects: ORDER_2025, students: [
    { id: 9500000001, name: 'Lê Văn Toàn', birth: '01/01/2014', ratings: { Toán: 'C', 'Tiếng Việt': 'C' } },
    { id: 9500000002, name: 'Đỗ Thị Việt', birth: '02/02/2014', ratings: { 'Tiếng Việt': 'C' } },
    { id: 9500000003, name: 'Ngô Văn Đạt', birth: '03/03/2014' },
  ] }).grid;
  const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Hoa', 30], ['6A', 6, 'Cô Lan', 3], ['9A', 9, 'Thầy Sơn', 30]] };

  it('counts only the areas THCS has, and names the pupils whose other needs are not counted', () => {
    const a = run([CONFIG, classes, fifth], '2025-10-15');
    const six = a.totals.DN?.byGrade.find((g) => g.grade === 6);
    expect([six?.students, six?.needSupport, six?.byArea]).toEqual([3, 1, expect.objectContaining({ Toán: 1 })]);
    expect(six?.byArea['Tiếng Việt'] ?? 0).toBe(0);
    expect(a.students.flatMap((s) => s.reviews.DN?.need ?? [])).toEqual(['Toán']);
    const told = a.problems.filter((p) => p.code === 'OFFICIAL_BASELINE_OTHER_LEVEL');
    expect(told.map((p) => `${p.severity} ${p.sheet}`)).toEqual(['warning 5a']);
    expect(told[0].message).toBe('Trang "5a" (Cuối năm 2024-2025) là kết quả tiểu học, được tính ở mốc Đầu năm của khối 6: chỉ các môn THCS cũng có được tính. 2 em cần hỗ trợ năm trước ở môn học hoặc mặt đánh giá chỉ có ở tiểu học nên không được tính ở mốc Đầu năm: Lê Văn Toàn (Tiếng Việt); Đỗ Thị Việt (Tiếng Việt). Nhu cầu của các em ở THCS được tính từ mốc đánh giá đầu tiên của năm học.');
  });
});

describe('a THPT\'s last year\'s Cả năm alone, early in the year', () => {
  it('promotes every student, and says so without speaking of a "Chưa lên lớp" the export does not have', () => {
    const tenth = secondarySheet({ sheet: '10a', className: '10A', grade: 10, point: 'CN', year: 2024, regime: 'TT22', subjects: THCS_SUBJECTS,
      students: [{ id: 9600000001, name: 'Vũ Văn Hải', birth: '01/01/2009', marks: { Toán: 4 } }, { id: 9600000002, name: 'Lê Thị Hà', birth: '02/02/2009' }] }).grid;
    const a = run([CONFIG, tenth], '2025-10-15');
    expect(a.totals.DN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[11, 2, 1]]);
    const told = a.problems.filter((p) => p.code === 'OFFICIAL_BASELINE_PROMOTED');
    expect(told).toHaveLength(1);
    expect(told[0].message).toContain('mọi em lên một khối (tiện ích không đọc được em nào ở lại lớp từ kết quả này)');
    expect(told[0].message).not.toContain('Chưa lên lớp');
    // The note under the Đầu năm table likewise.
    expect(sourceLine(a, 'DN')).toContain('nên học sinh được tính lên một khối), 1 lớp khối 10 (10a).');
  });
});

describe('this year\'s Danh sách still carrying last year\'s classes (review 18b N1)', () => {
  it('up to OTHER_GRADE_EACH (5) pupils: each said at its own Lớp cell', () => {
    const listed: SheetGrid = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ'],
      ...pupils.slice(0, OTHER_GRADE_EACH).map((p) => [String(p.id), p.name, '1A', 'Cô Lan'])] };
    const a = run([CONFIG, listed, lastYear], '2025-10-15');
    expect(a.problems.filter((p) => p.code === 'OFFICIAL_GRADE_DIFFERS').map((p) => `${p.sheet}!${p.cell}`))
      .toEqual(['Danh sách!C2', 'Danh sách!C3', 'Danh sách!C4', 'Danh sách!C5', 'Danh sách!C6']);
  });

  it('one warning for the tab, naming the classes, not one a pupil', () => {
    const listed: SheetGrid = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ'],
      ...pupils.map((p) => [String(p.id), p.name, '1A', 'Cô Lan'])] };
    const a = run([CONFIG, listed, lastYear], '2025-10-15');
    const told = a.problems.filter((p) => p.code === 'OFFICIAL_GRADE_DIFFERS');
    expect(told.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['1a!A5']);
    expect(told[0].message).toBe('6 học sinh của trang "1a" (Cuối năm 2024-2025, lớp 1A) có trong danh sách năm nay ở khối khác khối trên (lớp 1A). Kết quả năm trước của các em được tính ở mốc Đầu năm theo khối ghi trong danh sách năm nay. Nếu Danh sách còn ghi lớp của năm học 2024-2025, sửa cột Lớp theo lớp năm học 2025-2026.');
  });
});

describe('a primary pupil ticked "Chưa lên lớp" last year, listed one khối up this year (review 18d)', () => {
  it('joins there, and the warning names the summer review, not a stay back', () => {
    const ticked = vneduSheet({ sheet: '1a', className: '1A', point: 'CN', year: 2024, subjects: ORDER_2025,
      students: [{ ...pupils[0], notPromoted: true }] }).grid;
    const listed: SheetGrid = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ'], [String(pupils[0].id), pupils[0].name, '2A', 'Cô Lan']] };
    const a = run([CONFIG, listed, ticked], '2025-10-15');
    expect(a.students.map((s) => [s.name, s.grade, s.reviews.DN?.need])).toEqual([['Học Sinh 1', 2, ['Toán']]]);
    const told = a.problems.filter((p) => p.code === 'OFFICIAL_GRADE_DIFFERS');
    expect(told.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Danh sách!C2']);
    expect(told[0].message).toContain('(em lên lớp sau khi rèn luyện trong hè, hoặc ô "Chưa lên lớp" năm trước đánh nhầm)');
  });
});
