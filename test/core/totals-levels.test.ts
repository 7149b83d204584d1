// A school of two levels (TH&THCS): a khối has a row at a review point only when its level has that
// point at all, a student of it rated there (analyse.ts levelHas). A primary khối is no "not rated
// yet" khối at Học kỳ 1 of a THCS block, nor a THCS khối at the primary Giữa kì I. The rule was only
// ever met through whole-school runs in the bundle; here it is pinned in the core.
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['3A', 3, 'Cô Hoa', 30], ['6A', 6, 'Cô Mai', 40], ['7A', 7, 'Thầy Nam', 38]] };
const roster = (rows: unknown[][]): SheetGrid => ({ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'HK1 - Toán'], ...rows] });
const rows = (t: ReturnType<typeof run>['totals'][keyof ReturnType<typeof run>['totals']]) =>
  t?.byGrade.map((g) => [g.grade, g.students, g.needSupport]);

describe('totals of a TH&THCS school: each level at its own points', () => {
  const a = run([roster([['An', '3A', 'Lan', 'C', ''], ['Bình', '6A', 'Lan', '', 4]]), CLASSES]);

  it('Giữa kì I (rated at primary only): khối 3 alone, no THCS khối listed as not rated', () => {
    expect(rows(a.totals.GKI)).toEqual([[3, 30, 1]]);
    expect(a.totals.GKI?.unrated).toBeUndefined();
    expect(a.totals.GKI?.total).toMatchObject({ students: 30, needSupport: 1 });
  });

  it('Học kỳ 1 (rated at THCS only): khối 6 and khối 7 of the Lớp tab, khối 3 not listed as not rated', () => {
    expect(rows(a.totals.CKI)).toEqual([[6, 40, 1], [7, 38, 0]]);
    expect(a.totals.CKI?.unrated).toBeUndefined();
    expect(a.totals.CKI?.total).toMatchObject({ students: 78, needSupport: 1 });
  });

  it('a THCS khối with a student rated at Giữa kì I: that level has the point, its khối not rated there are said', () => {
    const b = run([roster([['An', '3A', 'Lan', 'C', ''], ['Bình', '6A', 'Lan', 3, 4]]), CLASSES]);
    expect(rows(b.totals.GKI)).toEqual([[3, 30, 1], [6, 40, 1], [7, 38, 0]]);
  });
});

// PRODUCT 2.3 prints every core area of a secondary table; an area the khối's columns do not say at
// a point is "no column" there, not a 0 (analyse.ts areasReadAt: the columns of that point only).
describe('a THCS khối\'s areas without a column at a point', () => {
  it('Ngữ văn written at Học kỳ 1 only: no column at Giữa kì I, a column at Học kỳ 1', () => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'HK1 - Toán', 'HK1 - Ngữ văn'],
      ['Bình', '6A', 'Lan', 4, 6, 7]] }, CLASSES]);
    expect(a.totals.GKI?.byGrade.find((g) => g.grade === 6)?.noColumn).toEqual(expect.arrayContaining(['Ngữ văn']));
    expect(a.totals.CKI?.byGrade.find((g) => g.grade === 6)?.noColumn ?? []).not.toContain('Ngữ văn');
    expect(a.totals.CKI?.byGrade.find((g) => g.grade === 6)?.noColumn ?? []).not.toContain('Toán');
  });
});
