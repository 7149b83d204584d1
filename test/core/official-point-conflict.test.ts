// A vnEdu title naming one review point over a row 2 naming another (review-7 F20): "HỌC KỲ 1" over
// "(Học kỳ 2)" was read as Cuối học kì I without a word. Two title cells naming review points that
// differ at the tab's level are OFFICIAL_POINT_CONFLICT at the later cell (naming both), and the tab is
// not counted; cells agreeing, or naming the same point at the level (Học kỳ 2 = Cuối năm at primary), as before.
import fc from 'fast-check';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { readOfficialTab } from '../../src/core/read/official';
import { parseA1Range } from '../../src/core/text';
import { THCS_SUBJECTS, secondaryClass, secondarySheet } from '../../local/vnedu-export-secondary';
import { ORDER_2025, vneduSheet, CLASS_2A } from '../../local/vnedu-export';
import { findReviewPointIn } from '../../src/core/vocab';
import { run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';

const secondary = () => secondarySheet({ sheet: '6a', className: '6A', grade: 6, point: 'HK1', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS,
  students: secondaryClass(3, 9900000001, 2012, (i) => (i === 0 ? { marks: { Toán: '4,5' } } : {})) });

function readSecondary(h1: string, h2: string) {
  const made = secondary();
  const values = made.grid.values.map((r) => [...r]);
  values[0][7] = h1;
  values[1][7] = h2;
  return { values, tab: readOfficialTab({ name: '6a', values, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) }, WALL_CLOCK_OFFSET) };
}

const conflicts = (tab: ReturnType<typeof readSecondary>['tab']) => (tab?.problems ?? []).filter((p) => p.code === 'OFFICIAL_POINT_CONFLICT');

describe('a THCS vnEdu tab whose title rows name two review points', () => {
  it.each([
    ['BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC HỌC KỲ 1, NĂM HỌC 2025 - 2026', 'Khối 6 - Lớp 6A - (Học kỳ 2)', 'Cuối học kì I', 'Cuối học kì II'],
    ['BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC CẢ NĂM, NĂM HỌC 2025 - 2026', 'Khối 6 - Lớp 6A - (Học kỳ 2)', 'Cả năm', 'Cuối học kì II'],
    ['BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC HỌC KỲ 2, NĂM HỌC 2025 - 2026', 'Khối 6 - Lớp 6A - (Học kỳ I)', 'Cuối học kì II', 'Cuối học kì I'],
  ])('"%s" over "%s": an error at H2 naming both, the tab not counted', (h1, h2, first, second) => {
    const { tab } = readSecondary(h1, h2);
    expect(tab?.reviewPoint).toBeUndefined();
    const said = conflicts(tab);
    expect(said.map((p) => `${p.severity}@${p.cell}`)).toEqual(['error@H2']);
    expect(said[0].message).toContain(`ô H1 ghi mốc ${first}, nhưng ô H2 ghi mốc ${second}`);
    expect(said[0].message).toContain('chưa được tính');
    expect(said[0].message).toBe(said[0].message.normalize('NFC'));
    expect(tab?.problems.map((p) => p.code)).not.toContain('OFFICIAL_NO_REVIEW_POINT');
  });

  it.each([
    ['BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC HỌC KỲ 1, NĂM HỌC 2025 - 2026', 'Khối 6 - Lớp 6A - (Học kỳ 1)'],
    ['BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC HỌC KỲ 1, NĂM HỌC 2025 - 2026', 'Khối 6 - Lớp 6A - (Học kỳ I)'],
    ['BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC HỌC KỲ I, NĂM HỌC 2025 - 2026', 'Khối 6 - Lớp 6A'],
  ])('"%s" over "%s": one point, read as Cuối học kì I, nothing said', (h1, h2) => {
    const { tab } = readSecondary(h1, h2);
    expect(tab?.reviewPoint).toBe('CKI');
    expect(conflicts(tab)).toEqual([]);
  });

  it('through analyse: the conflicting tab counts nowhere (no review point, no need)', () => {
    const { values } = readSecondary('BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC HỌC KỲ 1, NĂM HỌC 2025 - 2026', 'Khối 6 - Lớp 6A - (Học kỳ 2)');
    const analysis = run([{ name: '6a', values, merges: secondary().merges.map((m) => parseA1Range(m) as MergedRange) }], '2026-01-20');
    expect(analysis.reviewPoints).toEqual([]);
    expect(analysis.problems.filter((p) => p.code === 'OFFICIAL_POINT_CONFLICT').map((p) => p.cell)).toEqual(['H2']);
  });
});

describe('at primary, Học kỳ 2 and Cuối năm are one point', () => {
  it('a title "CUỐI NĂM HỌC" with "Học kỳ 2" written above it is Cuối năm, nothing said; with "Học kỳ 1", a conflict', () => {
    const made = vneduSheet({ sheet: '2a', className: '2A', point: 'CN', year: 2025, subjects: ORDER_2025, students: CLASS_2A });
    const read = (word: string) => {
      const values = made.grid.values.map((r) => [...r]);
      values[1][8] = word; // a cell of the school-name row, right of the merged name
      return readOfficialTab({ name: '2a', values, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) }, WALL_CLOCK_OFFSET);
    };
    const same = read('Học kỳ 2');
    expect([same?.reviewPoint, conflicts(same)]).toEqual([read('')?.reviewPoint, []]);
    expect(conflicts(read('Học kỳ 1')).length).toBe(1);
  });
});

describe('property: a tab is counted at a point only when its title cells agree on it', () => {
  const WORDS = ['HỌC KỲ 1', 'HỌC KỲ I', 'HỌC KỲ 2', 'HỌC KỲ II', 'CẢ NĂM', 'GIỮA HỌC KỲ I', 'GIỮA HỌC KỲ II'];
  it('holds for any two title words', () => {
    fc.assert(fc.property(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), (a, b) => {
      const { tab } = readSecondary(`BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC ${a}, NĂM HỌC 2025 - 2026`, `Khối 6 - Lớp 6A - (${b})`);
      const agree = findReviewPointIn(a) === findReviewPointIn(b);
      expect(tab?.reviewPoint === undefined).toBe(!agree);
      expect(conflicts(tab).length).toBe(agree ? 0 : 1);
    }), { numRuns: propertyRuns(60) });
  });
});
