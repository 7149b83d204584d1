// GV hỗ trợ / Hoàn cảnh / HSKT / Sự rèn luyện columns a school adds to a vnEdu class tab (review-7 F11)
// were ignored without a word: Cô Lan's student was noSupporter and Hộ nghèo no Hoàn cảnh signal.
// PRODUCT 2.2 reads them from the Danh sách only; a class tab's such column, with something written
// under it, is OFFICIAL_FIELD_UNREAD at its header cell saying so and where to write it.
import fc from 'fast-check';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { readOfficialTab } from '../../src/core/read/official';
import { a1, parseA1Range } from '../../src/core/text';
import { THPT_10U, secondaryClass, secondarySheet } from '../../local/vnedu-export-secondary';
import { propertyRuns } from '../helpers/property-runs';

function read(added: Array<[string, Array<string | undefined>]>) {
  const made = secondarySheet({ sheet: '10u', className: '10U', grade: 10, point: 'HK2', year: 2025, regime: 'TT22', subjects: THPT_10U,
    students: secondaryClass(3, 9900000001, 2009, (i) => (i === 0 ? { marks: { Toán: 4.2 }, learning: 'Chưa đạt' } : {})) });
  const values = made.grid.values.map((r) => [...r]);
  const width = values[5].length;
  added.forEach(([label, cells], k) => {
    values[5][width + k] = label;
    cells.forEach((v, i) => { if (v !== undefined) values[7 + i][width + k] = v; });
  });
  const tab = readOfficialTab({ name: '10u', values, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) }, WALL_CLOCK_OFFSET);
  if (!tab) throw new Error('not read as an official tab');
  return { tab, width };
}

const unread = (tab: ReturnType<typeof read>['tab']) => tab.problems.filter((p) => p.code === 'OFFICIAL_FIELD_UNREAD');

describe('a Danh sách column added to a vnEdu class tab', () => {
  it('"GV hỗ trợ" and "Hoàn cảnh" filled: each said at its header cell, with where to write it', () => {
    const { tab, width } = read([['GV hỗ trợ', ['Cô Lan']], ['Hoàn cảnh', ['Hộ nghèo']]]);
    const said = unread(tab);
    expect(said.map((p) => `${p.severity}@${p.cell}`)).toEqual([`warning@${a1(6, width + 1)}`, `warning@${a1(6, width + 2)}`]);
    expect(said[0].message).toContain('cột "GV hỗ trợ" (GV hỗ trợ)');
    expect(said[1].message).toContain('cột "Hoàn cảnh" (Hoàn cảnh)');
    for (const p of said) {
      expect(p.message).toContain('Chép cột này sang trang Danh sách');
      expect(p.message).toBe(p.message.normalize('NFC'));
    }
    expect(tab.students.map((s) => s.review.need.length > 0)).toEqual([true, false, false]); // the ratings are read as before
  });

  it.each([['Giáo viên nhận đỡ đầu', 'GV hỗ trợ'], ['Hoàn cảnh gia đình', 'Hoàn cảnh'], ['HSKT', 'HSKT'], ['Sự rèn luyện', 'Sự rèn luyện']])(
    '"%s" with a cell written is said as %s', (label, word) => {
      const said = unread(read([[label, [undefined, 'x']]]).tab);
      expect(said.map((p) => p.message.includes(`(${word})`))).toEqual([true]);
    });

  it('such a column left blank, and a Ghi chú, say nothing', () => {
    expect(unread(read([['GV hỗ trợ', []], ['Hoàn cảnh', [undefined, undefined]]]).tab)).toEqual([]);
    expect(unread(read([['Ghi chú', ['abc']]]).tab)).toEqual([]);
  });
});

describe('property: a filled Danh sách-only column of a class tab is always said, once, at its header', () => {
  it('holds for any of them, filled in any rows', () => {
    const label = fc.constantFrom('GV hỗ trợ', 'Giáo viên hỗ trợ', 'Hoàn cảnh', 'HCKK', 'HSKT', 'Khuyết tật', 'Sự rèn luyện');
    const cells = fc.array(fc.option(fc.constantFrom('Cô Lan', 'Hộ nghèo', 'x'), { nil: undefined }), { minLength: 3, maxLength: 3 });
    fc.assert(fc.property(label, cells, (l, c) => {
      const { tab, width } = read([[l, c]]);
      const filled = c.some((v) => v !== undefined);
      expect(unread(tab).map((p) => p.cell)).toEqual(filled ? [a1(6, width + 1)] : []);
    }), { numRuns: propertyRuns(60) });
  });
});
