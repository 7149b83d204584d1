// Review 7 F17: a THCS/THPT khối at Cả năm whose columns say no Học tập (or no Rèn luyện) result.
// Theo dõi printed "0 học sinh kiểm tra lại, rèn luyện trong hè" and Tổng hợp "Học tập 0, Rèn luyện 0":
// numbers the data never gave. Now what no column says is "not known" ("–", named in the JSON's
// noColumn, a line in Theo dõi saying which column to add), never 0; a year-end "Kết quả CN" column
// of promotion words ("Thi lại", "Rèn luyện hè", "Ở lại lớp") is named at its header, not passed over.
import { summaryLayout, trackingLayout, type LayoutCell } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import { buildReport } from '../../src/core/report';
import { classGrid, run } from '../helpers/grid';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const CLASSES = classGrid([['8A', 8, 'Thầy Nam', 30], ['9A', 9, 'Cô Hoa', 30]]);
const lines = (rows: LayoutCell[][]) => rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')).join('|').replace(/\|+$/, ''));

/** Khối 8 with the given Cả năm columns besides Toán and Văn; khối 9 with every column. */
function roster(extra: string[], values: (i: number) => unknown[]): SheetGrid {
  const rows: unknown[][] = [['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Toán CN', 'Văn CN', 'NN CN', ...extra]];
  ['Trần Thị Bình', 'Lê Văn An'].forEach((name, i) => rows.push([i + 1, name, '03/04/2012', '8A', 'Cô Lan', i === 0 ? '3,0' : '6', i === 0 ? '4,0' : '6', '7', ...values(i)]));
  return { name: 'Danh sách', values: rows };
}
const NINE: SheetGrid = { name: 'Danh sách khối 9', values: [
  ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Toán CN', 'Văn CN', 'NN CN', 'KQHT CN', 'KQRL CN'],
  [1, 'Phạm Thu Hà', '01/02/2011', '9A', 'Cô Hoa', '6', '6', '6', 'Đạt', 'Đạt'],
] };

describe('a secondary khối at Cả năm without Học tập / Rèn luyện columns', () => {
  it.each<[string, string[], (i: number) => unknown[], { learning: boolean; conduct: boolean }]>([
    ['neither column', [], () => [], { learning: true, conduct: true }],
    ['Học tập only', ['KQHT CN'], (i) => [i === 0 ? 'Chưa đạt' : 'Đạt'], { learning: false, conduct: true }],
    ['Rèn luyện only', ['Hạnh kiểm CN'], () => ['Tốt'], { learning: true, conduct: false }],
    ['both', ['KQHT CN', 'KQRL CN'], (i) => [i === 0 ? 'Chưa đạt' : 'Đạt', 'Tốt'], { learning: false, conduct: false }],
  ])('%s: what no column says is not known, never 0', (_, extra, values, gap) => {
    const a = run([CONFIG, CLASSES, roster(extra, values), NINE], '2026-06-10');
    const eight = a.totals.CN?.byGrade.find((g) => g.grade === 8);
    const expected = [...(gap.learning ? ['Học tập'] : []), ...(gap.conduct ? ['Rèn luyện'] : [])];
    expect(eight?.noColumn ?? []).toEqual(expected);
    expect(a.totals.CN?.byGrade.find((g) => g.grade === 9)?.noColumn).toBeUndefined();
    // JSON: left out of byArea, named in noColumn; the TC row knows both from khối 9.
    const json = buildReport(a).totals.CN;
    const eightJson = json?.byGrade.find((g) => g.grade === 8);
    expect(Object.keys(eightJson?.byArea ?? {}).filter((k) => k === 'Học tập' || k === 'Rèn luyện')).toEqual(['Học tập', 'Rèn luyện'].filter((k) => !expected.includes(k)));
    expect(eightJson?.noColumn).toEqual(expected.length > 0 ? expected : undefined);
    expect(json?.total.noColumn).toBeUndefined();
    // Tổng hợp prints "–" there and says what it means.
    const summary = lines(summaryLayout(a).rows);
    const header = summary.find((l) => l.startsWith('||||Toán') || l.startsWith('|||Toán')) as string;
    const row8 = summary.find((l) => l.startsWith('8|')) as string;
    const cells = Object.fromEntries(header.split('|').map((h, i) => [h, row8.split('|')[i]]));
    expect([cells['Học tập'], cells['Rèn luyện']]).toEqual([gap.learning ? '–' : expect.any(String), gap.conduct ? '–' : expect.any(String)]);
    expect(summary.some((l) => l.includes('Dấu –: khối đó chưa có cột đánh giá này ở mốc này'))).toBe(expected.length > 0);
    // Theo dõi names the khối and the column to add instead of a bare 0.
    const tracking = lines(trackingLayout(a).rows);
    const heading = tracking.find((l) => l.startsWith('TRUNG HỌC, SAU CẢ NĂM')) as string;
    expect(heading.endsWith('(khối 8: chưa lập được đủ danh sách, xem dưới)')).toBe(expected.length > 0);
    const line = tracking.find((l) => l.startsWith('Khối 8:'));
    if (expected.length === 0) expect(line).toBeUndefined();
    else {
      expect(line).toContain('Thêm cột');
      expect(line?.includes('chưa biết học sinh nào phải kiểm tra lại')).toBe(gap.learning);
      expect(line?.includes('chưa biết học sinh nào rèn luyện trong hè')).toBe(gap.conduct);
    }
  });

  it('a "Kết quả CN" column of promotion words is named at its header, with what to write', () => {
    for (const header of ['Kết quả CN', 'Kết quả cả năm', 'Lên lớp', 'Xếp loại CN']) {
      const a = run([CONFIG, CLASSES, roster([header], (i) => [['Thi lại', 'Rèn luyện hè'][i]])], '2026-06-10');
      const told = a.problems.filter((p) => p.code === 'COLUMN_UNPLACED');
      expect(told.map((p) => [p.cell, p.severity])).toEqual([['I1', 'warning']]);
      expect(told[0].message).toBe(`Cột I "${header}" ghi kết quả lên lớp (ví dụ "Thi lại") nhưng tiện ích không đọc cột này: danh sách kiểm tra lại, rèn luyện trong hè được lập từ kết quả học tập và rèn luyện Cả năm. Ghi thêm hai cột "Cả năm - Kết quả học tập" và "Cả năm - Kết quả rèn luyện" (Tốt, Khá, Đạt, Chưa đạt).`);
    }
  });

  it('"Ở lại lớp", "Lên lớp" alone are promotion words too', () => {
    const a = run([CONFIG, CLASSES, roster(['Kết quả CN'], (i) => [['Ở lại lớp', 'Lên lớp'][i]])], '2026-06-10');
    const told = a.problems.filter((p) => p.code === 'COLUMN_UNPLACED');
    expect(told.map((p) => p.cell)).toEqual(['I1']);
    expect(told[0].message).toContain('Cột I "Kết quả CN" ghi kết quả lên lớp (ví dụ "Ở lại lớp")');
  });
});
