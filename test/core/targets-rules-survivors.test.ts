// Targets against results (rules/targets.ts) on hand-made totals: which targets are judged, and
// which whole-school rows a set of khối keeps.
import type { Target } from '../../src/core/read/targets';
import { evaluateTargets, resultsWithin } from '../../src/core/rules/targets';
import type { PointTotals } from '../../src/core/rules/totals';

const target = (area: string, grade: number | null, basisPoints = 9500): Target =>
  ({ basisPoints, above: false, area, grade, sheet: 'Chỉ tiêu', cell: 'C2', row: 2, column: 3 });

/** One khối of 40 students, 2 of them needing support in Toán. */
function totalsOf(grade: number): PointTotals {
  const row = { grade, students: 40, needSupport: 2, byArea: { Toán: 2 }, disability: 0, studentsSource: 'classList' as const };
  return { byGrade: [row], total: { students: 40, needSupport: 2, byArea: { Toán: 2 }, disability: 0 } };
}

describe('evaluateTargets: which targets are judged', () => {
  it('a khối of no known level is judged all the same', () => {
    // Levels name khối 1–5 only; khối 6 belongs to none of them.
    const levels = [{ level: 'TH' as const, grades: [1, 2, 3, 4, 5], areas: ['Toán'], reviewPoints: ['CN' as const] }];
    const { results } = evaluateTargets([target('Toán', null)], ['CN'], { CN: totalsOf(6) }, [], ['Toán'], [6], levels);
    // 38 of 40 without need: 95,00%, exactly the target.
    expect(results.map((r) => [r.grade, r.area, r.achieved, r.verdict, r.gapStudents])).toEqual([[6, 'Toán', 9500, 'met', 0], [null, 'Toán', 9500, 'met', 0]]);
  });

  it('a target of an area no column holds is a warning and gets no result', () => {
    const { results, problems } = evaluateTargets([target('Toán', null), target('Tin học', null)], ['CN'], { CN: totalsOf(6) }, [], ['Toán'], [6], []);
    expect(results.map((r) => r.area)).toEqual(['Toán', 'Toán']);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['TARGET_AREA_MISSING', 'warning']]);
  });
});

describe('resultsWithin: a whole-school row is kept only when it sums none of the other khối', () => {
  const row = (area: string, grade: number | null) => ({ reviewPoint: 'CN' as const, area, grade });
  // Toán judged in khối 6 only; Học tập in khối 10 only; each with its whole-school row.
  const sample = () => [row('Toán', 6), row('Toán', null), row('Học tập', 10), row('Học tập', null)];

  it('khối 6 alone: its row and the whole-school Toán row (Toán is judged in khối 6 only); not the Học tập row of khối 10', () => {
    expect(resultsWithin(sample(), 'CN', [6])).toEqual([row('Toán', 6), row('Toán', null)]);
  });

  it('khối 10 alone: the Học tập rows, not Toán', () => {
    expect(resultsWithin(sample(), 'CN', [10])).toEqual([row('Học tập', 10), row('Học tập', null)]);
  });

  it('a whole-school row summing khối 6 and 7 is dropped when only khối 6 is asked for', () => {
    const both = [row('Toán', 6), row('Toán', 7), row('Toán', null)];
    expect(resultsWithin(both, 'CN', [6])).toEqual([row('Toán', 6)]);
    expect(resultsWithin(both, 'CN', [6, 7])).toEqual(both);
  });
});
