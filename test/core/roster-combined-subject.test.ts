// A combined subject merged over the subjects it splits into (review-7 F10): "KHTN" over Lí | Hóa | Sinh
// read only Lí (as KHTN) and called Hóa and Sinh repeats to delete; a Sinh 3,0 was no need. Each
// subject under its combined subject is now that subject; never a repeat of the group.
import fc from 'fast-check';
import type { MergedRange, SheetGrid } from '../../src/core/model';
import { parseA1Range } from '../../src/core/text';
import { run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'Cô Hoa', 40]] };
const merged = (...ranges: string[]) => ranges.map((r) => parseA1Range(r) as MergedRange);

/** "Học kỳ 1" over Toán | group, the group merged over its subjects; one student with the given marks. */
function roster(group: string, parts: string[], marks: Array<string | number>): SheetGrid {
  const n = parts.length;
  const end = String.fromCharCode(68 + n); // D is Toán, the group from E
  return {
    name: 'Danh sách',
    values: [
      ['STT', 'Họ và tên', 'Lớp', 'Học kỳ 1', ...parts.map(() => '')],
      ['', '', '', 'Toán', group, ...parts.slice(1).map(() => '')],
      ['', '', '', '', ...parts],
      [1, 'Nguyễn Văn An', '8A', '6', ...marks],
    ],
    merges: merged(`D1:${end}1`, `E2:${end}2`, 'D2:D3', 'A1:A3', 'B1:B3', 'C1:C3'),
  };
}

describe('a combined subject merged over its subjects', () => {
  it.each<[string, string[], Array<string | number>, string[]]>([
    ['KHTN', ['Lí', 'Hóa', 'Sinh'], ['6', '7', '3'], ['Sinh học']],
    ['Khoa học tự nhiên', ['Vật lí', 'Hóa học', 'Sinh học'], [4.5, 7, 8], ['Vật lí']],
    ['Nghệ thuật', ['Âm nhạc', 'Mĩ thuật'], ['Đ', 'CĐ'], ['Mĩ thuật']],
    ['LS&ĐL', ['Lịch sử', 'Địa lí'], ['3,5', '4'], ['Lịch sử', 'Địa lí']],
  ])('%s over %j: each subject read as itself', (group, parts, marks, need) => {
    const a = run([roster(group, parts, marks), CLASSES]);
    expect(a.students[0].reviews.CKI?.need).toEqual(need);
    expect(a.problems.filter((p) => p.code === 'HEADER_DUPLICATE' || p.code === 'COLUMN_UNPLACED')).toEqual([]);
  });

  it('a subject that is no part of the group under it stays unplaced, not guessed', () => {
    const a = run([roster('KHTN', ['Lí', 'Toán'], ['6', '3']), CLASSES]);
    expect(a.students[0].reviews.CKI?.need).toEqual([]);
    expect(a.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['COLUMN_UNPLACED@F3']);
  });
});

describe('property: under KHTN, the needs are exactly the subjects below 5', () => {
  it('holds for any three marks', () => {
    const mark = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
    fc.assert(fc.property(mark, mark, mark, (li, hoa, sinh) => {
      const a = run([roster('KHTN', ['Lí', 'Hóa', 'Sinh'], [li, hoa, sinh]), CLASSES]);
      const expected = [['Vật lí', li], ['Hóa học', hoa], ['Sinh học', sinh]].filter(([, m]) => (m as number) < 5).map(([s]) => s);
      expect(a.students[0].reviews.CKI?.need).toEqual(expected);
    }), { numRuns: propertyRuns(40) });
  });
});
