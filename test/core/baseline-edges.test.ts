// Last year's Cuối năm as Đầu năm (PRODUCT 2.2), at its edges the mutation run (issue 17, join
// chunk) showed untested: the last khối of each level, a tab whose pupils all left, promotion
// beside this year's Danh sách (no "lists not available" warning then), promoted pupils have no
// mentor, and a Danh sách row joined with this year's class tab keeps Nữ from the class tab.

import type { SheetGrid } from '../../src/core/model';
import { levelTop } from '../../src/core/join/baseline';
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';
import { ORDER_2024, ORDER_2025, vneduSheet, type VneduStudent } from '../../local/vnedu-export';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const pupils = (prefix: number, n: number, ticked = (i: number) => i % 5 === 4): VneduStudent[] => Array.from({ length: n }, (_, i) => ({
  id: 9100000000 + prefix * 1000 + i, name: `Học Sinh ${prefix}-${i + 1}`, birth: '05/01/2017',
  ratings: i % 3 === 0 ? { Toán: 'C' } : undefined, notPromoted: ticked(i),
}));
const tab = (sheet: string, className: string, students: VneduStudent[], year: number, point: 'CN' | 'GKI' = 'CN') =>
  vneduSheet({ sheet, className, students, point, year, subjects: Number(className[0]) >= 3 ? ORDER_2024 : ORDER_2025 }).grid;
const codes = (a: ReturnType<typeof run>) => a.problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`);

describe("last year's Cuối năm at its edges", () => {
  it('the last khối of each level: tiểu học 5, THCS 9, THPT 12', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(levelTop)).toEqual([5, 5, 5, 5, 5, 9, 9, 9, 9, 12, 12, 12]);
  });

  it('a tab whose pupils all finished the school: each named as left, none promoted, no "lists not available" warning', () => {
    const a = run([CONFIG, tab('5a', '5A', pupils(5, 12, () => false), 2024)], '2025-10-15');
    expect(codes(a)).toEqual(['OFFICIAL_BASELINE_LEFT@5a!A5']);
    expect(a.students).toEqual([]);
  });

  it('beside this year\'s Danh sách: pupils not in it are promoted and flagged not listed, without the "lists not available" warning', () => {
    const last = pupils(1, 6);
    const roster: SheetGrid = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'ĐN - Toán'],
      ...last.slice(0, 3).map((p) => [String(p.id), p.name, '2A', 'Cô Lan', ''])] };
    const a = run([CONFIG, roster, tab('1a', '1A', last, 2024)], '2025-10-15');
    expect(codes(a).filter((c) => c.startsWith('OFFICIAL_BASELINE'))).toEqual([]);
    expect(a.students.map((s) => [s.name, s.grade, s.notListed ?? false])).toEqual([
      ['Học Sinh 1-1', 2, false], ['Học Sinh 1-2', 2, false], ['Học Sinh 1-3', 2, false],
      ['Học Sinh 1-4', 2, true], ['Học Sinh 1-5', 1, true], ['Học Sinh 1-6', 2, true],
    ]);
    // Promoted pupils have no mentor: the only mentor is the Danh sách's.
    expect(buildReport(a).mentors.map((m) => [m.name, m.students])).toEqual([['Cô Lan', 3]]);
  });

  it('promoted pupils have no mentor', () => {
    const a = run([CONFIG, tab('1a', '1A', pupils(1, 9), 2024)], '2025-10-15');
    expect(a.students.length).toBe(9);
    expect(a.students.every((s) => s.supporters.length === 0)).toBe(true);
    expect(buildReport(a).mentors).toEqual([]);
  });

  it("a Danh sách row without a Nữ column takes Nữ from this year's class tab", () => {
    const students: VneduStudent[] = [{ id: 9200000001, name: 'Lê Thị Bình', birth: '02/03/2018', female: true, ratings: { Toán: 'C' } },
      { id: 9200000002, name: 'Trần Văn An', birth: '03/04/2018', ratings: { Toán: 'H' } }];
    const roster: SheetGrid = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
      ...students.map((p) => [String(p.id), p.name, '2A', 'Cô Lan', ''])] };
    const a = run([CONFIG, roster, tab('2a', '2A', students, 2025, 'GKI')], '2025-11-20');
    expect(a.students.map((s) => [s.name, s.female])).toEqual([['Lê Thị Bình', true], ['Trần Văn An', false]]);
  });
});
