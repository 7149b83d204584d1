// Review-7 F13: the same child (name + birth date) in two classes of the Danh sách, a child who
// moved and whose old row was left, was counted twice without a word. Now a warning at the later
// row's name cell names both rows and says what to do; both rows still count (it may be two
// children), and two different Mã HS say they are two. Names compare as names: Hùng is not Hưng.
import fc from 'fast-check';
import type { SheetGrid } from '../../src/core/model';
import { propertyRuns } from '../helpers/property-runs';
import { run } from '../helpers/grid';

type Row = [id: string, name: string, birth: string, className: string];
const roster = (rows: Row[]): SheetGrid => ({ name: 'Danh sách', values: [
  ['Mã HS', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Toán HK1'], ...rows.map((r) => [...r, 'Cô Lan', '4,5']),
] });
const found = (rows: Row[]) => run([roster(rows)], '2026-01-20').problems
  .filter((p) => p.code === 'SAME_STUDENT_TWO_CLASSES').map((p) => `${p.severity} ${p.cell}`);

describe('the same name and birth date in two classes', () => {
  it.each([
    ['no Mã HS, 8A and 8B', [['', 'Nguyễn Văn An', '01/02/2012', '8A'], ['', 'Nguyễn Văn An', '01/02/2012', '8B']], ['warning B3']],
    ['case and spacing differ: one name', [['', 'Nguyễn Văn An', '01/02/2012', '8A'], ['', 'nguyễn  văn AN', '01/02/2012', '8B']], ['warning B3']],
    ['the same Mã HS is STUDENT_ID_DUPLICATE already', [['HS1', 'Nguyễn Văn An', '01/02/2012', '8A'], ['HS1', 'Nguyễn Văn An', '01/02/2012', '8B']], []],
    ['one Mã HS written, one blank', [['HS1', 'Nguyễn Văn An', '01/02/2012', '8A'], ['', 'Nguyễn Văn An', '01/02/2012', '8B']], ['warning B3']],
    ['two different Mã HS: two children', [['HS1', 'Nguyễn Văn An', '01/02/2012', '8A'], ['HS2', 'Nguyễn Văn An', '01/02/2012', '8B']], []],
    ['another birth date', [['', 'Nguyễn Văn An', '01/02/2012', '8A'], ['', 'Nguyễn Văn An', '02/02/2012', '8B']], []],
    ['no birth date', [['', 'Nguyễn Văn An', '', '8A'], ['', 'Nguyễn Văn An', '', '8B']], []],
    ['Hùng and Hưng', [['', 'Nguyễn Văn Hùng', '01/02/2012', '8A'], ['', 'Nguyễn Văn Hưng', '01/02/2012', '8B']], []],
    ['Hà and Hạ', [['', 'Phạm Thu Hà', '01/02/2012', '8A'], ['', 'Phạm Thu Hạ', '01/02/2012', '8B']], []],
    ['one class: STUDENT_DUPLICATE already', [['', 'Nguyễn Văn An', '01/02/2012', '8A'], ['', 'Nguyễn Văn An', '01/02/2012', '8A']], []],
    ['three classes: the two later rows', [['', 'Nguyễn Văn An', '01/02/2012', '8A'], ['', 'Nguyễn Văn An', '01/02/2012', '8B'], ['', 'Nguyễn Văn An', '01/02/2012', '9C']], ['warning B3', 'warning B4']],
  ] as Array<[string, Row[], string[]]>)('%s', (_case, rows, expected) => {
    expect(found(rows)).toEqual(expected);
  });

  it('the message names both rows and what to do; both rows still count', () => {
    const a = run([roster([['', 'Nguyễn Văn An', '01/02/2012', '8A'], ['', 'Lê Thị Bình', '03/04/2012', '8A'], ['', 'Nguyễn Văn An', '01/02/2012', '8B']])], '2026-01-20');
    const p = a.problems.filter((x) => x.code === 'SAME_STUDENT_TWO_CLASSES');
    expect(p.map((x) => [x.cell, x.message])).toEqual([['B4',
      'Học sinh Nguyễn Văn An sinh 01/02/2012 có ở lớp 8A (dòng 2) và lớp 8B (dòng này). Nếu là một em đã chuyển lớp, xóa dòng ở lớp cũ để em không bị tính hai lần;'
      + ' nếu là hai em khác nhau, ghi Mã HS cho cả hai dòng.']]);
    expect(p[0].message).toBe(p[0].message.normalize('NFC'));
    expect(a.totals.CKI!.total.needSupport).toBe(3);
  });

  it('property: a warning exactly for each later row whose name and birth date an earlier row of another class has (no two Mã HS)', () => {
    const rowArb = fc.tuple(fc.constantFrom('', 'HS1', 'HS2', 'HS3'), fc.constantFrom('Nguyễn Văn Hùng', 'Nguyễn Văn Hưng', 'nguyễn văn hùng'),
      fc.constantFrom('01/02/2012', '02/02/2012'), fc.constantFrom('8A', '8B'));
    fc.assert(fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), (rows) => {
      const a = run([roster(rows as Row[])], '2026-01-20');
      // rows an error leaves out (a repeated Mã HS, the same child twice in a class) are not compared
      const excluded = new Set(a.problems.filter((p) => p.severity === 'error').map((p) => p.row));
      const kept = rows.map((r, i) => ({ r, row: i + 2 })).filter((x) => !excluded.has(x.row));
      const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
      const expected = kept.filter(({ r }, i) => kept.slice(0, i).some(({ r: o }) => same(o[1], r[1]) && o[2] === r[2] && o[3] !== r[3]
        && !(o[0] && r[0] && o[0] !== r[0]))).map((x) => x.row);
      expect(a.problems.filter((p) => p.code === 'SAME_STUDENT_TWO_CLASSES').map((p) => p.row)).toEqual(expected);
    }), { numRuns: propertyRuns(150) });
  });
});
