// The Lớp tab's Sĩ số (review-7 F5, F6) and Khối (F14): every header a school writes for the size
// is read or named at its cell, a blank Sĩ số is a warning at its cell and the report says how THHS
// counted the class, and a Khối that contradicts the class name is a warning at the Khối cell.

import fc from 'fast-check';
import { summaryLayout } from '../../src/core/layout';
import { parseClassList } from '../../src/core/read/classes';
import { sizeQualifier } from '../../src/core/read/class-header';
import type { SheetGrid } from '../../src/core/model';
import { propertyRuns } from '../helpers/property-runs';
import { run } from '../helpers/grid';

const ROSTER: SheetGrid = { name: 'Danh sách', values: [
  ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
  ['Lê Văn An', '3A', 'Nguyễn Thị Lan', 'C'],
  ['Phạm Thị Bình', '3B', 'Nguyễn Thị Lan', 'H'],
] };
const lớp = (label: string): SheetGrid => ({ name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', label], ['3A', 3, 'Cô Mai', 40], ['3B', 3, 'Cô Hoa', 41]] });
const codes = (a: ReturnType<typeof run>, sheet = 'Lớp') => a.problems.filter((p) => p.sheet === sheet).map((p) => `${p.severity} ${p.code}@${p.cell}`);
const text = (rows: unknown[][]) => rows.map((r) => r.map((c) => (c && typeof c === 'object' ? (c as { text: string }).text : c ?? '')).join('|'));

describe('the Sĩ số column of the Lớp tab, whatever the school calls it (F5)', () => {
  it.each([
    'Sĩ số', 'Sỹ số', 'Số HS', 'Số học sinh', 'TSHS', 'TS HS', 'Tổng số HS', 'Sĩ số HS', 'Sĩ số hiện tại', 'Sĩ số hiện nay', 'Sĩ số (HS)',
    'Sĩ số cuối năm', 'SS', 'Số lượng HS', 'Tổng số học sinh', 'Số HS hiện có', 'Tổng số', 'Sĩ số đầu năm', 'Sĩ số cuối HKI',
    'SĨ SỐ LỚP', 'sĩ  số', 'Sĩ số đầu năm học 2025-2026', 'Sĩ số tháng 9', 'Sĩ số của lớp',
  ])('"%s": THHS is the Sĩ số sum, 81, with nothing in Kiểm tra', (label) => {
    const a = run([ROSTER, lớp(label)]);
    expect(a.totals.GKI?.byGrade.map((g) => [g.grade, g.students, g.studentsSource])).toEqual([[3, 81, 'classList']]);
    expect(codes(a)).toEqual([]);
  });

  it.each([
    ['Số điện thoại', 'warning CLASS_LIST_COLUMN_UNPLACED@D1'],
    ['Sĩ', 'warning CLASS_LIST_COLUMN_UNPLACED@D1'],
    ['Số', 'warning CLASS_LIST_COLUMN_UNPLACED@D1'],
    ['Số em', 'warning CLASS_LIST_COLUMN_UNPLACED@D1'],
  ])('"%s" is not a Sĩ số: the column is named at its header cell, and THHS says it is the roster rows', (label, problem) => {
    const a = run([ROSTER, lớp(label)]);
    expect(codes(a)).toEqual([problem]);
    expect(a.problems.find((p) => p.code === 'CLASS_LIST_COLUMN_UNPLACED')?.message)
      .toBe(`Cột D "${label}" của trang Lớp không được đọc: trang Lớp chỉ đọc các cột Lớp, Khối, GVCN, Sĩ số. Nếu cột này là sĩ số của lớp, đổi tiêu đề thành "Sĩ số"; nếu không cần, có thể để nguyên.`);
    expect(a.totals.GKI?.byGrade.map((g) => [g.grade, g.students, g.studentsSource])).toEqual([[3, 2, 'roster']]);
  });

  it.each(['STT', 'TT', 'Nữ', 'Số HS nữ', 'Sĩ số nữ', 'Tổng số nam', 'Nam', 'Ghi chú', 'Phòng học'])(
    '"%s" is a column the tab may have and the add-in does not need: no problem, no Sĩ số', (label) => {
      const a = run([ROSTER, lớp(label)]);
      expect(codes(a)).toEqual([]);
      expect(a.totals.GKI?.byGrade.map((g) => g.studentsSource)).toEqual(['roster']);
    });

  it('two Sĩ số columns: the current one (no qualifier, or "hiện tại") or else the rightmost is read, the other named at its cell', () => {
    const two = (x: string, y: string): SheetGrid => ({ name: 'Lớp', values: [['Lớp', 'Khối', x, y], ['3A', 3, 38, 40], ['3B', 3, 39, 41]] });
    const byYear = run([ROSTER, two('Sĩ số đầu năm', 'Sĩ số cuối HKI')]);
    expect(byYear.totals.GKI?.byGrade.map((g) => g.students)).toEqual([81]);
    expect(codes(byYear)).toEqual(['warning CLASS_LIST_SIZE_COLUMNS@C1']);
    expect(byYear.problems.find((p) => p.code === 'CLASS_LIST_SIZE_COLUMNS')?.message).toBe(
      'Trang Lớp có 2 cột sĩ số (C "Sĩ số đầu năm", D "Sĩ số cuối HKI"). THHS được tính theo cột D "Sĩ số cuối HKI", không theo cột C. Nếu cần sĩ số ở cột C, đổi tiêu đề cột đó thành "Sĩ số" và đổi tiêu đề cột D, ví dụ thành "Ghi chú sĩ số".');
    const current = run([ROSTER, two('Sĩ số hiện tại', 'Sĩ số đầu năm')]);
    expect(current.totals.GKI?.byGrade.map((g) => g.students)).toEqual([77]);
    expect(codes(current)).toEqual(['warning CLASS_LIST_SIZE_COLUMNS@D1']);
  });

  it('property: any Sĩ số wording (start, who, when; any case, spacing, NFD) is read as the size', () => {
    const starts = ['Sĩ số', 'Sỹ số', 'SS', 'TSHS', 'Tổng số', 'Số lượng', 'Số học sinh', 'Số HS'];
    const who = ['', ' HS', ' học sinh', ' (HS)', ' lớp', ' của lớp'];
    const when = ['', ' hiện tại', ' hiện nay', ' hiện có', ' đầu năm', ' cuối năm học', ' cuối HKI', ' giữa học kì II', ' HK2', ' năm học 2025-2026', ' tháng 10'];
    fc.assert(fc.property(fc.constantFrom(...starts), fc.constantFrom(...who), fc.constantFrom(...when), fc.boolean(), fc.boolean(), fc.boolean(),
      (start, w, t, upper, nfd, spaces) => {
        let label = `${start}${start.startsWith('Số') && w === '' && !/HS|học sinh/.test(start) ? ' HS' : w}${t}`;
        if (upper) label = label.toUpperCase();
        if (nfd) label = label.normalize('NFD');
        if (spaces) label = ` ${label.replace(/ /g, '  ')} `;
        expect(sizeQualifier(label)).toBeDefined();
        const list = parseClassList(lớp(label));
        expect([...list.byKey.values()].map((c) => c.size)).toEqual([40, 41]);
        expect(list.problems).toEqual([]);
      }), { numRuns: propertyRuns(200) });
  });
});

describe('a blank Sĩ số (F6)', () => {
  const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['3A', 3, 'Cô Mai', 40], ['3B', 3, 'Cô Hoa', ''], ['3C', 3, 'Cô Thu', 38], ['4A', 4, 'Cô Lan', 35]] };
  const roster: SheetGrid = { name: 'Danh sách', values: [
    ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
    ['Lê Văn An', '3A', 'Nguyễn Thị Lan', 'C'],
    ['Phạm Thị Bình', '3B', 'Nguyễn Thị Lan', 'C'],
    ['Trần Văn Cường', '3C', 'Nguyễn Thị Lan', 'H'],
    ['Đỗ Thị Dung', '4A', 'Nguyễn Thị Lan', 'H'],
  ] };

  it('is a warning at its cell; the khối counts the others by Sĩ số and that class by its rows, and the report names it', () => {
    const a = run([roster, classes]);
    expect(a.totals.GKI?.byGrade.map((g) => [g.grade, g.students, g.studentsSource, g.rowClasses])).toEqual([[3, 79, 'classList', ['3B']], [4, 35, 'classList', undefined]]);
    expect(codes(a)).toEqual(['warning CLASS_LIST_SIZE_MISSING@D3']);
    expect(a.problems.find((p) => p.code === 'CLASS_LIST_SIZE_MISSING')?.message).toBe(
      'Sĩ số của lớp 3B để trống: nên THHS khối 3 (79) tính lớp này theo số dòng của lớp trong Danh sách (1 em), cộng sĩ số các lớp khác, thường ít hơn sĩ số thật. Ghi sĩ số của lớp 3B, ví dụ 35.');
    expect(text(summaryLayout(a).rows)).toContain(
      'THHS: khối 3 theo tổng sĩ số các lớp theo trang Lớp, riêng lớp 3B (chưa có sĩ số) theo số dòng học sinh trong Danh sách; khối 4 theo tổng sĩ số các lớp theo trang Lớp. Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.');
  });

  it('the Chỉ tiêu table says so too: its THHS for khối 3 counts 3B by its rows', () => {
    const a = run([roster, classes, { name: 'Cấu hình', values: [['Chỉ tiêu Toán', '95%']] }]);
    expect(text(summaryLayout(a).rows)).toContain('Khối 3: lớp 3B chưa có sĩ số trong trang Lớp, THHS tính lớp này theo số học sinh trong Danh sách.');
  });

  it('every class of the khối blank: THHS is the khối\'s roster rows, and each blank cell says so', () => {
    const blank: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['3A', 3, 'Cô Mai', ''], ['3B', 3, 'Cô Hoa', ''], ['3C', 3, 'Cô Thu', ''], ['4A', 4, 'Cô Lan', 35]] };
    const a = run([roster, blank]);
    expect(a.totals.GKI?.byGrade.map((g) => [g.grade, g.students, g.studentsSource])).toEqual([[3, 3, 'roster'], [4, 35, 'classList']]);
    expect(codes(a)).toEqual(['warning CLASS_LIST_SIZE_MISSING@D2', 'warning CLASS_LIST_SIZE_MISSING@D3', 'warning CLASS_LIST_SIZE_MISSING@D4']);
    expect(a.problems.find((p) => p.code === 'CLASS_LIST_SIZE_MISSING')?.message).toBe(
      'Sĩ số của lớp 3A để trống: không lớp nào của khối 3 có sĩ số, nên THHS khối 3 (3) chỉ là số dòng học sinh của khối trong Danh sách, thường ít hơn sĩ số thật. Ghi sĩ số của lớp 3A, ví dụ 35.');
  });

  it('a Lớp tab without a Sĩ số column warns at no cell (the printed note says THHS is the roster rows)', () => {
    const a = run([roster, { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN'], ['3A', 3, 'Cô Mai'], ['4A', 4, 'Cô Lan']] }]);
    expect(codes(a)).toEqual([]);
    expect(a.totals.GKI?.byGrade.map((g) => g.studentsSource)).toEqual(['roster', 'roster']);
  });
});

describe('a Khối that contradicts the class name (F14)', () => {
  it.each([
    ['8A', 7, 'warning CLASS_LIST_GRADE_DIFFERS@B2'], ['Lớp 3B', 'Khối 4', 'warning CLASS_LIST_GRADE_DIFFERS@B2'], ['12 A1', 11, 'warning CLASS_LIST_GRADE_DIFFERS@B2'],
    ['8A', 8, undefined], ['8A', 'Khối 8', undefined], ['Hòa nhập', 3, undefined], ['1/2', 1, undefined],
  ])('%s with Khối %p', (name, grade, problem) => {
    const list = parseClassList({ name: 'Lớp', values: [['Lớp', 'Khối', 'Sĩ số'], [name, grade, 30]] });
    expect(list.problems.map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual(problem ? [problem] : []);
    // The Lớp tab wins (PRODUCT 2.1): the class is in the khối written there.
    expect([...list.byKey.values()][0].grade).toBe(typeof grade === 'number' ? grade : Number(String(grade).replace(/\D/g, '')));
  });

  it('says both numbers and what to change', () => {
    const list = parseClassList({ name: 'Lớp', values: [['Lớp', 'Khối', 'Sĩ số'], ['8A', 7, 40]] });
    expect(list.problems.map((p) => p.message)).toEqual([
      'Lớp 8A ghi khối 7, nhưng tên lớp cho biết khối 8. Lớp này (và sĩ số của lớp) được tính vào khối 7 như trang Lớp ghi. Nếu nhầm, sửa ô Khối thành 8; nếu đúng là khối 7, đổi tên lớp cho khớp.']);
  });
});
