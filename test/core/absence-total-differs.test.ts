// A Buổi nghỉ Tổng that P and K contradict (review-7 F18): P 18, K 6, Tổng 4 was read as 4 without a
// word, so 24 buổi (over the 20 of a học kì) made no Chuyên cần. Now the larger of Tổng and P + K
// counts, and the Tổng cell says both numbers and which one counts; in a vnEdu tab and a Danh sách alike.
import fc from 'fast-check';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { readOfficialTab } from '../../src/core/read/official';
import { parseRoster } from '../../src/core/read/roster';
import { readAbsences } from '../../src/core/read/official-secondary';
import { parseA1Range } from '../../src/core/text';
import { THPT_10U, secondaryClass, secondarySheet } from '../../local/vnedu-export-secondary';
import { propertyRuns } from '../helpers/property-runs';

function official(absences: [number | string, number | string, number | string]) {
  const made = secondarySheet({ sheet: '10u', className: '10U', grade: 10, point: 'HK1', year: 2025, regime: 'TT22', subjects: THPT_10U,
    students: secondaryClass(2, 9900000001, 2009, (i) => (i === 0 ? { absences, learning: 'Chưa đạt' } : {})) });
  const tab = readOfficialTab({ name: '10u', values: made.grid.values, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) }, WALL_CLOCK_OFFSET);
  if (!tab) throw new Error('not read as an official tab');
  return tab;
}

const options = { classList: { classes: [], byKey: new Map() }, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET } as never;
function roster(counts: Array<number | string>) {
  return parseRoster([{ name: 'Danh sách', values: [
    ['Họ và tên', 'Lớp', 'HK1 - Toán', 'HK1 - Số buổi nghỉ (P)', 'HK1 - Số buổi nghỉ (K)', 'HK1 - Số buổi nghỉ'],
    ['Lê Văn Bình', '8A', 4, ...counts],
  ] } as never], options);
}

describe('a vnEdu tab whose Tổng disagrees with P + K', () => {
  it('P 18, K 6, Tổng 4: 24 counts, and the Tổng cell names both numbers and which counts', () => {
    const tab = official([18, 6, 4]);
    expect(tab.students[0].absences).toEqual({ excused: 18, unexcused: 6, total: 24 });
    const said = tab.problems.filter((p) => p.code === 'ABSENCE_TOTAL_DIFFERS');
    expect(said.map((p) => p.severity)).toEqual(['warning']);
    expect(said[0].message).toContain('ghi 4, không khớp với có phép 18 + không phép 6 = 24');
    expect(said[0].message).toContain('Tổng hợp tính 24 buổi');
    expect(said[0].message).toBe(said[0].message.normalize('NFC'));
  });

  it('the Tổng cell is the one named', () => {
    const made = secondarySheet({ sheet: '10u', className: '10U', grade: 10, point: 'HK1', year: 2025, regime: 'TT22', subjects: THPT_10U,
      students: secondaryClass(2, 9900000001, 2009, (i) => (i === 0 ? { absences: [18, 6, 4], learning: 'Chưa đạt' } : {})) });
    const cell = official([18, 6, 4]).problems.find((p) => p.code === 'ABSENCE_TOTAL_DIFFERS')?.cell as string;
    const { row, column } = parseA1Range(cell) as { row: number; column: number };
    expect([made.grid.values[row - 1][column - 1], made.grid.values[row - 1][column - 2], made.grid.values[row - 1][column - 3]]).toEqual([4, 6, 18]);
  });

  it.each<[[number, number, number], number]>([[[18, 6, 24], 24], [[0, 0, 0], 0], [[3, 4, 7], 7]])('%j agreeing: as written, nothing said', (abs, total) => {
    const tab = official(abs);
    expect(tab.students[0].absences?.total).toBe(total);
    expect(tab.problems.filter((p) => p.code === 'ABSENCE_TOTAL_DIFFERS')).toEqual([]);
  });

  it('a Tổng above P + K (30 over 18 + 6) counts as written, and is said', () => {
    const tab = official([18, 6, 30]);
    expect(tab.students[0].absences?.total).toBe(30);
    expect(tab.problems.filter((p) => p.code === 'ABSENCE_TOTAL_DIFFERS').length).toBe(1);
  });
});

describe('a Danh sách whose Tổng disagrees with P + K', () => {
  it.each<[Array<number | string>, number, boolean]>([
    [[18, 6, 4], 24, true],
    [[18, 6, 24], 24, false],
    [[18, '', 4], 18, true], // Tổng below the one part written
    [[2, '', 4], 4, false], // K not written: Tổng 4 may hold it
    [[18, 6, ''], 24, false], // Tổng blank: P + K
    [['x', 6, 4], 4, false], // P unreadable (said as such): no sum to compare
  ])('%j: %i counted, differs said: %p', (counts, total, said) => {
    const read = roster(counts);
    expect(read.students[0].absences?.CKI?.total).toBe(total);
    const at = read.problems.filter((p) => p.code === 'ABSENCE_TOTAL_DIFFERS');
    expect(at.map((p) => `${p.severity}@${p.cell}`)).toEqual(said ? ['warning@F2'] : []);
    if (said) expect(at[0].message).toContain('(Cuối học kì I)');
  });
});

describe('property: the total counted is never below what P, K or Tổng say, and a disagreement is always said', () => {
  it('holds for any P, K, Tổng (each maybe blank)', () => {
    const cell = fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined });
    fc.assert(fc.property(cell, cell, cell, (p, k, t) => {
      const row = [p ?? '', k ?? '', t ?? ''];
      const { absences, differs } = readAbsences(row, [{ column: 0, part: 'excused' }, { column: 1, part: 'unexcused' }, { column: 2, part: 'total' }]);
      const written = [p, k, t].filter((n): n is number => n !== undefined);
      if (written.length === 0) return expect(absences).toBeUndefined();
      const total = absences?.total as number;
      expect(total).toBeGreaterThanOrEqual(Math.max(...written));
      if (p !== undefined && k !== undefined) expect(total).toBeGreaterThanOrEqual(p + k);
      const agrees = t === undefined || (p !== undefined && k !== undefined ? t === p + k : t >= (p ?? 0) + (k ?? 0));
      expect(differs === undefined).toBe(agrees);
      if (agrees) expect(total).toBe(t ?? (p ?? 0) + (k ?? 0));
      return undefined;
    }), { numRuns: propertyRuns(300) });
  });
});
