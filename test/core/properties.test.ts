import fc from 'fast-check';
import { buildReport } from '../../src/core/report';
import { checkLayout, summaryLayout, timelineLayout, trackingLayout } from '../../src/core/layout';
import { AREAS4, run } from '../helpers/grid';
import type { SheetGrid } from '../../src/core/model';
import { oracle, render, renderingArb, studentArb } from '../helpers/roster-arbitraries';
import { propertyRuns } from '../helpers/property-runs';

function observed(grid: SheetGrid) {
  const a = run([grid]);
  const out: Record<string, Record<number, { students: number; need: number; byArea: number[] }>> = {};
  for (const p of a.reviewPoints) {
    out[p] = {};
    for (const g of a.totals[p]!.byGrade) out[p][g.grade] = { students: g.students, need: g.needSupport, byArea: AREAS4.map((x) => g.byArea[x]) };
  }
  return { a, out };
}

describe('properties', () => {
  it('totals depend on the ratings only: not on header style, aliases, NFC/NFD, case or spacing', () => {
    fc.assert(fc.property(fc.array(studentArb, { minLength: 1, maxLength: 30 }), renderingArb, (students, rendering) => {
      const { a, out } = observed(render(students, rendering));
      expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(out).toEqual(oracle(students));
    }), { numRuns: propertyRuns(150) });
  });

  it('shuffling rows changes nothing but row numbers', () => {
    fc.assert(fc.property(fc.array(studentArb, { minLength: 1, maxLength: 25 }), renderingArb, fc.integer(), (students, rendering, seed) => {
      const shuffled = students.map((s, i) => ({ s, i, key: Math.sin(seed + i) })).sort((x, y) => x.key - y.key);
      const before = run([render(students, rendering)]);
      const after = run([render(shuffled.map((x) => x.s), rendering)]);
      expect(after.totals).toEqual(before.totals);
      // names encode the original index, so flags must match name for name
      const flags = (a: typeof before, rename: (n: string) => string) =>
        a.flags.map((f) => `${rename(f.student.name)} ${f.reviewPoint} ${f.kinds.join('+')}`).sort();
      const original = (n: string) => `Học Sinh Số ${shuffled[Number(n.split(' ').pop())].i}`;
      expect(flags(after, original)).toEqual(flags(before, (n) => n));
      expect(after.problems.map((p) => p.code).sort()).toEqual(before.problems.map((p) => p.code).sort());
    }), { numRuns: propertyRuns(100) });
  });

  it('students needing support at R are exactly those flagged notImproved or new at R; TC is the sum of rows', () => {
    fc.assert(fc.property(fc.array(studentArb, { minLength: 1, maxLength: 30 }), renderingArb, (students, rendering) => {
      const a = run([render(students, rendering)]);
      for (const p of a.reviewPoints) {
        const t = a.totals[p]!;
        const flagged = a.flags.filter((f) => f.reviewPoint === p && (f.kinds.includes('notImproved') || f.kinds.includes('new')));
        expect(flagged.length).toBe(t.total.needSupport);
        expect(t.total.students).toBe(t.byGrade.reduce((n, g) => n + g.students, 0));
        expect(t.total.needSupport).toBe(t.byGrade.reduce((n, g) => n + g.needSupport, 0));
        for (const area of Object.keys(t.total.byArea)) {
          expect(t.total.byArea[area]).toBe(t.byGrade.reduce((n, g) => n + g.byArea[area], 0));
          expect(t.total.byArea[area]).toBeLessThanOrEqual(t.total.needSupport);
        }
      }
    }), { numRuns: propertyRuns(100) });
  });

  it('no input crashes a run: anything becomes problems with a message', () => {
    const cell = fc.oneof(
      fc.constantFrom('Họ và tên', 'Lớp', 'GKI - Toán', 'Đầu năm', 'Toán', 'TV', 'x', 'C', 'H', 'Đ', '#N/A', '#REF!', '', '', '1A', '=A1', 'Sĩ số', 'Khối', 'Tháng', 'Năm học', 'Họ đệm', 'Tên'),
      fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 50 }), fc.double(), fc.boolean(), fc.date(), fc.constant(null),
    );
    const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 });
    const names = fc.constantFrom('Danh sách', 'Lớp', 'Cấu hình', 'Kế hoạch', 'danh sach');
    fc.assert(fc.property(fc.array(fc.record({ name: names, values: grid }), { maxLength: 4 }), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (sheets, date) => {
      const a = run(sheets, date.toISOString().slice(0, 10));
      for (const layout of [checkLayout(a), summaryLayout(a), trackingLayout(a), timelineLayout(a)]) {
        expect(layout.rows.every((row) => row.length <= layout.width)).toBe(true);
      }
      const report = buildReport(a);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      for (const p of a.problems) {
        expect(p.message.length).toBeGreaterThan(20);
        expect(['error', 'warning']).toContain(p.severity);
        expect(p.sheet).not.toBe('');
      }
    }), { numRuns: propertyRuns(300) });
  });
});
