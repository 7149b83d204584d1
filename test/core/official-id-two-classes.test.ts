// Review-7 F16: a Mã HS in two class tabs at one review point: the second row is
// STUDENT_ID_DUPLICATE "Dòng này không được tính", and it is not counted in THHS either (it was:
// 10 students where the tabs hold 9 children). The count matches the message.
import fc from 'fast-check';
import { run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';
import { CLASS_2A, CLASS_2B, ORDER_2025, vneduSheet, type VneduStudent } from '../../local/vnedu-export';

const tab = (sheet: string, className: string, students: VneduStudent[]) =>
  vneduSheet({ sheet, className, point: 'CKI', year: 2025, subjects: ORDER_2025, students }).grid;

describe('a Mã HS in two class tabs at one review point', () => {
  it('the second row is not counted, in THHS either: 2A 5 + 2B 3 children, not 9', () => {
    const a = run([tab('2a', '2A', CLASS_2A), tab('2b', '2B', [...CLASS_2B, { ...CLASS_2A[0], ratings: { Toán: 'C' } }])], '2026-01-20');
    const duplicate = a.problems.filter((p) => p.code === 'STUDENT_ID_DUPLICATE');
    expect(duplicate.map((p) => `${p.sheet}!${p.cell}`)).toHaveLength(1);
    expect(duplicate[0].sheet).toBe('2b');
    expect(duplicate[0].message).toContain('Dòng này không được tính');
    const khoi2 = a.totals.CKI!.byGrade.find((g) => g.grade === 2)!;
    expect([khoi2.students, khoi2.studentsSource, khoi2.needSupport]).toEqual([8, 'official', 5]); // An, Bình, Nhi, Châu of 2A; Hà of 2B
    expect([a.official.classCounts.get('2A')?.count, a.official.classCounts.get('2B')?.count]).toEqual([5, 3]);
  });

  it('property: THHS at the point is the number of different children (Mã HS) over the two tabs', () => {
    const pool: VneduStudent[] = [...CLASS_2A, ...CLASS_2B];
    fc.assert(fc.property(fc.subarray(pool.map((_, i) => i), { minLength: 1 }), fc.subarray(pool.map((_, i) => i), { minLength: 1 }), (inA, inB) => {
      const a = run([tab('2a', '2A', inA.map((i) => pool[i])), tab('2b', '2B', inB.map((i) => pool[i]))], '2026-01-20');
      const children = new Set([...inA, ...inB]).size;
      expect(a.totals.CKI!.byGrade.find((g) => g.grade === 2)!.students).toBe(children);
      expect(a.problems.filter((p) => p.code === 'STUDENT_ID_DUPLICATE')).toHaveLength(inB.filter((i) => inA.includes(i)).length);
    }), { numRuns: propertyRuns(40) });
  });
});
