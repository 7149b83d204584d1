// Names are identities: never folded like labels (Hùng ≠ Hưng), but one name written in the two
// tone-placement styles of Vietnamese (Hòa / Hoà) is one child.
import type { SheetGrid } from '../../src/core/model';
import { nameIdentity, studentIdKey } from '../../src/core/text';
import { codes, run } from '../helpers/grid';
import { ORDER_2025, vneduSheet } from '../../local/vnedu-export';

const nfd = (text: string) => text.normalize('NFD');

it.each([
  ['Nguyễn Thị Hòa', 'Nguyễn Thị Hoà'], ['Lê Hóa', 'Lê Hoá'], ['Trần Thị Thủy', 'Trần Thị Thuỷ'], ['Phạm Thúy', 'Phạm Thuý'],
  ['Vũ Quỳnh Thùy', 'Vũ Quỳnh Thuỳ'], ['Đỗ Khỏe', 'Đỗ Khoẻ'], ['Hồ Xòe', 'Hồ Xoè'], ['Lý Tọa', 'Lý Toạ'], ['Ngô Thị Thũy', 'Ngô Thị Thuỹ'],
  ['Mai Quý', 'Mai Qúy'], ['NGUYỄN THỊ HÒA', 'nguyễn thị hoà'], ['Hòa  An', 'Hoà An'], [nfd('Nguyễn Thị Hòa'), 'Nguyễn Thị Hoà'],
])('%s and %s are one name', (a, b) => {
  expect(nameIdentity(a)).toBe(nameIdentity(b));
});

it.each([
  ['Hùng', 'Hưng'], ['Hà', 'Hạ'], ['Hoà', 'Hoa'], ['Hòa', 'Hỏa'], ['Thuý', 'Thuỷ'], ['Hoàng', 'Hòang'], ['Thuyên', 'Thúyên'],
  ['Hoà', 'Hoè'], ['Loan', 'Lòan'], ['Tuấn', 'Tùân'], ['Khoa', 'Khóa'],
])('%s and %s stay two names', (a, b) => {
  expect(nameIdentity(a)).not.toBe(nameIdentity(b));
});

it('keeps every other letter and mark as written, in lower case NFC', () => {
  expect(nameIdentity(' Nguyễn  Thị Hòa ')).toBe('nguyễn thị hoà');
  expect(nameIdentity('Đặng Quỳnh Thúy')).toBe('đặng quỳnh thuý');
  expect(nameIdentity('Hoàng Văn Em')).toBe('hoàng văn em');
});

describe('a vnEdu tab in one style and a Danh sách in the other', () => {
  const vnedu = vneduSheet({ sheet: '2c', className: '2C', point: 'CKI', year: 2025, subjects: ORDER_2025, students: [
    { id: 9100000001, name: 'Nguyễn Thị Hòa', birth: '03/03/2018', female: true, ratings: { Toán: 'C' } },
    { id: 9100000002, name: 'Trần Thị Thủy', birth: '04/04/2018', female: true },
  ] }).grid;
  const roster = (names: [string, string]): SheetGrid => ({ name: 'Danh sách', values: [
    ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'CKI - Toán'],
    [1, names[0], '03/03/2018', '2C', 'Cô Lan', 'C'],
    [2, names[1], '04/04/2018', '2C', 'Cô Lan', ''],
  ] });
  const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

  it('joins Hoà to Hòa and Thuỷ to Thủy: two children, no one missing or unlisted', () => {
    const a = run([CONFIG, roster(['Nguyễn Thị Hoà', 'Trần Thị Thuỷ']), vnedu]);
    expect(codes(a)).toEqual([]);
    expect(a.students.map((s) => [s.name, s.supporters])).toEqual([['Nguyễn Thị Hoà', ['Cô Lan']], ['Trần Thị Thuỷ', ['Cô Lan']]]);
    expect(a.flags.filter((f) => f.kinds.includes('notListed'))).toEqual([]);
  });

  it('Hoa is still not Hòa: the Danh sách row is missing from the class tab, and Hòa is not listed', () => {
    const a = run([CONFIG, roster(['Nguyễn Thị Hoa', 'Trần Thị Thuỷ']), vnedu]);
    expect(codes(a)).toEqual(['OFFICIAL_NOT_FOUND@B2']);
    expect(a.flags.filter((f) => f.kinds.includes('notListed')).map((f) => f.student.name)).toEqual(['Nguyễn Thị Hòa']);
  });
});

it.each([
  ['0112345678', '112345678', true], ['00123', '123', true], [' 0123 ', '123', true],
  ['012a', '12a', false], ['HS012', 'HS12', false], ['01a1', '1a1', false], ['0', '00', true],
])('Mã HS %j and %j are one code: %p', (a, b, same) => {
  expect(studentIdKey(a) === studentIdKey(b)).toBe(same);
});
