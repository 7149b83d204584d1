// A primary-only area in a THCS/THPT khối (review-7 F27): "Năng lực HK1" 4 was a need on the score
// scale and "Tiếng Việt HK1" 4,5 got its own THCS column, without a word. Such cells are not read for a
// secondary row, and the column's header cell says so once (AREA_OTHER_LEVEL), naming the classes.
import fc from 'fast-check';
import type { SheetGrid } from '../../src/core/model';
import { AREAS } from '../../src/core/vocab';
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'Cô Hoa', 40], ['3A', 3, 'Cô Mai', 30]] };
const roster = (label: string, rows: Array<[string, string | number, string | number]>): SheetGrid => ({
  name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Toán HK1', label], ...rows.map(([cls, toan, v], i) => [i + 1, `Học sinh ${i + 1}`, cls, 'Cô Lan', toan, v])],
});

describe('a primary-only area in a THCS khối', () => {
  it.each<[string, string | number]>([['Năng lực HK1', 4], ['Tiếng Việt HK1', '4,5'], ['Phẩm chất HK1', 'C'], ['TN&XH HK1', 3]])(
    '"%s" %p at 8A: no need, no column in the THCS table, a warning at its header naming 8A', (label, value) => {
      const a = run([roster(label, [['8A', '6', value]]), CLASSES]);
      expect(a.students[0].reviews.CKI).toEqual({ rated: true, need: [], blank: [] });
      expect(a.students[0].excluded).toBe(false);
      const levels = buildReport(a).levels ?? [];
      expect(levels.find((l) => l.level === 'THCS')?.areas).not.toContain(a.roster.areas.find((x) => x !== 'Toán'));
      const said = a.problems.filter((p) => p.code === 'AREA_OTHER_LEVEL');
      expect(said.map((p) => `${p.severity}@${p.cell}`)).toEqual(['warning@F1']);
      expect(said[0].message).toContain('lớp 8A (THCS)');
      expect(said[0].message).toBe(said[0].message.normalize('NFC'));
      expect(a.problems.filter((p) => p.code === 'RATING_INVALID')).toEqual([]);
    });

  it('the same column is read for a primary class beside it, and said once for the THCS rows', () => {
    const a = run([roster('Tiếng Việt HK1', [['3A', 'H', 'C'], ['8A', '6', '4,5'], ['8A', '7', '3']]), CLASSES]);
    expect(a.students.map((s) => s.reviews.CKI?.need)).toEqual([['Tiếng Việt'], [], []]);
    expect(a.problems.filter((p) => p.code === 'AREA_OTHER_LEVEL').map((p) => [p.cell, p.message.includes('2 ô')])).toEqual([['F1', true]]);
  });

  it('left blank at THCS: nothing said', () => {
    const a = run([roster('Năng lực HK1', [['8A', '6', ''], ['3A', 'H', 'T']]), CLASSES]);
    expect(a.problems.filter((p) => p.code === 'AREA_OTHER_LEVEL')).toEqual([]);
  });
});

describe('property: a THCS row\'s needs never name a primary-only area, and each such filled column is said', () => {
  const primaryOnly = AREAS.filter((x) => x.level === 'primary').map((x) => x.aliases[0]);
  it('holds for any primary-only area and value', () => {
    fc.assert(fc.property(fc.constantFrom(...primaryOnly), fc.constantFrom<string | number>(0, 3, 4.5, 9, 'C', 'H', 'T', 'CĐ'), (label, value) => {
      const a = run([roster(`${label} HK1`, [['8A', '6', value]]), CLASSES]);
      expect(a.students[0].reviews.CKI?.need).toEqual([]);
      expect(a.problems.filter((p) => p.code === 'AREA_OTHER_LEVEL').map((p) => p.cell)).toEqual(['F1']);
    }), { numRuns: propertyRuns(60) });
  });
});
