// Issue 20: a tab that reads as official results from its values alone is read without its merged
// blocks (on Google each block costs a call). The reading must be the same with and without them for
// every family of vnEdu export the tests build: primary in the 2024 and 2025 subject orders at each
// review point and khối, THCS and THPT semester and year exports (TT22 and TT58).
import type { MergedRange, SheetGrid } from '../../src/core/model';
import { needsMerges } from '../../src/core/read/merges-needed';
import { readOfficialTab } from '../../src/core/read/official';
import { parseA1Range } from '../../src/core/text';
import { CLASS_2A, CLASS_3A, ORDER_2024, ORDER_2025, vneduSheet } from '../../local/vnedu-export';
import { secondaryClass, secondarySheet, THCS_SUBJECTS, type SecondaryTab } from '../../local/vnedu-export-secondary';
import { shape10d, shape10u, shape12c3 } from '../helpers/real-shapes';

const withMerges = (made: { grid: SheetGrid; merges: string[] }): SheetGrid =>
  ({ ...made.grid, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) });
const without = (grid: SheetGrid): SheetGrid => ({ name: grid.name, values: grid.values });

const PRIMARY: SheetGrid[] = (['GKI', 'CKI', 'GKII', 'CN'] as const).flatMap((point) => [
  ...[1, 2, 3, 4, 5].map((grade) => withMerges(vneduSheet({ sheet: `${grade}a`, className: `${grade}A`, point, year: 2025, subjects: ORDER_2025,
    students: grade <= 2 ? CLASS_2A : CLASS_3A }))),
  withMerges(vneduSheet({ sheet: '3a', className: '3A', point, year: 2024, subjects: ORDER_2024, students: CLASS_3A })),
]);

const THCS = (point: SecondaryTab['point'], romanPoint: boolean): SecondaryTab => ({
  sheet: '6a', className: '6A', grade: 6, point, year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS, romanPoint,
  students: secondaryClass(12, 9100000000, 2013, (i) => ({ marks: i % 3 === 0 ? { Toán: 4.5 } : {}, learning: i % 5 === 0 ? 'Chưa đạt' : 'Khá' })),
});
const SECONDARY: SheetGrid[] = [shape10u(), shape10d(), shape12c3('12c3'), THCS('HK1', false), THCS('HK2', true), THCS('CN', false)]
  .map((spec) => withMerges(secondarySheet(spec)));

describe('official results tabs read without their merged blocks (issue 20)', () => {
  it.each([...PRIMARY, ...SECONDARY].map((g, i) => [i, g.name, g] as const))('export %i (%s): the same reading without its merges, and none asked for',
    (_, __, grid) => {
      expect(grid.merges?.length).toBeGreaterThan(0);
      const read = readOfficialTab(grid, 0);
      expect(read).toBeDefined();
      expect(readOfficialTab(without(grid), 0)).toEqual(read);
      expect(needsMerges(without(grid), 0)).toBe(false);
    });

  it('the named inputs, their copies, a log and a tab the core does not recognise are read with their blocks', () => {
    const values = [['Họ và tên', 'Lớp', 'Toán'], ['An', '1A', 'C']];
    for (const name of ['Danh sách', 'Danh sách khối 2', 'Lớp', 'Cấu hình', 'Kế hoạch', 'Chỉ tiêu', 'Bản sao của Danh sách']) {
      expect(needsMerges({ name, values }, 0)).toBe(true);
    }
    expect(needsMerges({ name: 'Câu trả lời biểu mẫu 1', values: [['Dấu thời gian', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'], ['01/11/2025', 'An', '1A', 'Kèm Toán']] }, 0)).toBe(true);
    expect(needsMerges({ name: 'Ghi chép', values: [['Việc', 'Ngày'], ['Họp tổ', '01/11']] }, 0)).toBe(true);
    // The same vnEdu tab named as the roster is read as the roster, with its merges.
    const tab = PRIMARY[0];
    expect(needsMerges({ name: 'Danh sách', values: tab.values }, 0)).toBe(true);
  });
});
