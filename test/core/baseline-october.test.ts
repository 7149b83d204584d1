// Issue 17: early in a school year, only last year's Cuối năm exports are imported (the real vnEdu
// CN layout: KQGD ticks, Khen thưởng, "Chưa lên lớp"), no Danh sách and no class tab of this year.
// Every student counts at Đầu năm one khối up; those ticked Chưa lên lớp stay; khối 5 has left.

import type { SheetGrid } from '../../src/core/model';
import { summaryLayout } from '../../src/core/layout';
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';
import { ORDER_2024, ORDER_2025, TICK, vneduSheet, type VneduStudent } from '../../local/vnedu-export';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

/** n students of a class; every third needs Toán, every fifth is ticked Chưa lên lớp. */
const pupils = (prefix: number, n: number): VneduStudent[] => Array.from({ length: n }, (_, i) => ({
  id: 9100000000 + prefix * 1000 + i, name: `Học Sinh ${prefix}-${i + 1}`, birth: '05/01/2017',
  ratings: i % 3 === 0 ? { Toán: 'C' } : undefined, notPromoted: i % 5 === 4,
}));

const lastYear = (sheet: string, className: string, students: VneduStudent[]) =>
  vneduSheet({ sheet, className, students, point: 'CN', year: 2024, subjects: Number(className[0]) >= 3 ? ORDER_2024 : ORDER_2025 }).grid;

describe('last year\'s Cuối năm alone, run in October', () => {
  const tabs = [lastYear('1a', '1A', pupils(1, 35)), lastYear('1b', '1B', pupils(2, 34)), lastYear('3a', '3A', pupils(3, 36)), lastYear('5a', '5A', pupils(5, 30))];
  const a = run([CONFIG, ...tabs], '2025-10-15');

  it('the export is the real CN layout, with the Chưa lên lớp ticks', () => {
    const header = tabs[0].values.slice(5, 9).flat();
    expect(header).toEqual(expect.arrayContaining(['Đánh giá KQGD', 'Khen thưởng', 'Chưa lên lớp']));
    expect(tabs[0].values.filter((row) => row.includes(TICK)).length).toBeGreaterThan(0);
  });

  it('promotes every student one khối; a ticked Chưa lên lớp stays; khối 5 has left the school', () => {
    // 1A: 35, 7 ticked; 1B: 34, 6 ticked; 3A: 36, 7 ticked; 5A: 30, 6 ticked (stay in khối 5), 24 left.
    const byGrade = a.totals.DN?.byGrade.map((g) => [g.grade, g.students, g.needSupport]);
    // Khối 1: 7 + 6 kept back; khối 2: 28 + 28 promoted; khối 3: 7 kept; khối 4: 29 promoted; khối 5: 6 kept.
    // Needs (every third, i = 0, 3, 6 …): counted where each child is this year.
    const need = (n: number, keep: (i: number) => boolean) => Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 === 0 && keep(i)).length;
    const kept = (i: number) => i % 5 === 4;
    const up = (i: number) => !kept(i);
    expect(byGrade).toEqual([
      [1, 13, need(35, kept) + need(34, kept)],
      [2, 56, need(35, up) + need(34, up)],
      [3, 7, need(36, kept)],
      [4, 29, need(36, up)],
      [5, 6, need(30, kept)],
    ]);
    expect(a.totals.DN?.total.students).toBe(111);
  });

  it('says in Kiểm tra and under the table that this year\'s class lists were not available', () => {
    expect(a.problems.filter((p) => p.code === 'OFFICIAL_BASELINE_PROMOTED').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['1a!A5', '1b!A5', '3a!A5', '5a!A5']);
    expect(a.problems.filter((p) => p.code === 'OFFICIAL_BASELINE_LEFT').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['5a!A5']);
    const lines = summaryLayout(a).rows.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('Nguồn:'));
    expect(lines).toEqual(['Nguồn: kết quả vnEdu Cuối năm 2024-2025 (năm học trước; chưa có danh sách lớp năm học 2025-2026 nên học sinh '
      + 'được tính lên một khối, em chưa lên lớp ở lại khối cũ), 2 lớp khối 1 (1a, 1b), 1 lớp khối 3 (3a), 1 lớp khối 5 (5a).']);
    expect(buildReport(a).rows).toEqual({ read: 111, counted: 111, excluded: 0, skipped: 0 });
  });
});
