// Tổng hợp's "Chỉ tiêu và kết quả" section (targetsSection in src/core/layout/targets.ts), with
// hand-made results: the note naming a khối's classes counted by their Danh sách rows lists them with commas.
import type { Analysis } from '../../src/core/analyse';
import { Builder } from '../../src/core/layout/builder';
import { targetsSection } from '../../src/core/layout/targets';
import type { TargetResult } from '../../src/core/rules/targets';

/** A khối 3 result for Toán at Cuối học kì I, against a whole-school target of 90%. */
const result = (extra: Partial<TargetResult>): TargetResult => ({
  reviewPoint: 'CKI', grade: 3, area: 'Toán', students: 60, needSupport: 3, achieved: 9500, verdict: 'exceeded', gapStudents: 0,
  studentsSource: 'classList',
  target: { area: 'Toán', grade: null, basisPoints: 9000, above: false, sheet: 'Cấu hình', cell: 'B3', row: 3, column: 2 },
  ...extra,
} as TargetResult);

describe('targetsSection', () => {
  it('names the classes of a khối without a Sĩ số, comma-separated, in the note under the table', () => {
    const analysis = { targetResults: [result({ rowClasses: ['3B', '3C'] })], levels: [{ level: 'TH', grades: [3] }], problems: [] } as unknown as Analysis;
    const b = new Builder(9, true);
    targetsSection(b, analysis, 'CKI', 2);
    const texts = b.rows.map((r) => r[0]);
    expect(texts[0]).toBe('2. Chỉ tiêu và kết quả - Cuối học kì I');
    expect(texts).toContain('Khối 3: lớp 3B, 3C chưa có sĩ số trong trang Lớp, THHS tính lớp này theo số học sinh trong Danh sách.');
  });
});
