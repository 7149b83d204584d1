// A Danh sách of support information only (GV hỗ trợ, Hoàn cảnh) beside the official class tabs:
// the split PRODUCT 2.2 allows, the ratings coming from the tabs. Review-7 ("Also seen"): the add-in
// told the school to add rating columns it does not need.
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';
import { ORDER_2025, vneduSheet, type VneduStudent } from '../../local/vnedu-export';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const PUPILS: VneduStudent[] = [
  { id: 9100000001, name: 'Nguyễn Văn An', birth: '05/01/2019', ratings: { Toán: 'C' } },
  { id: 9100000002, name: 'Lê Thị Bình', birth: '06/02/2019' },
];
const official = () => vneduSheet({ sheet: '1a', className: '1A', point: 'GKI', year: 2025, subjects: ORDER_2025, students: PUPILS }).grid;
const supportOnly = (): SheetGrid => ({ name: 'Danh sách', values: [
  ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Hoàn cảnh'],
  [1, 'Nguyễn Văn An', '05/01/2019', '1A', 'Cô Lan', 'Hộ nghèo'],
] });
const codes = (a: ReturnType<typeof run>) => a.problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`);

describe('a Danh sách without rating columns', () => {
  it('beside official class tabs: no "add rating columns" warning, the ratings and the GV hỗ trợ both used', () => {
    const a = run([CONFIG, supportOnly(), official()], '2025-11-20');
    expect(codes(a)).not.toContain('HEADER_NO_REVIEW@Danh sách!A1');
    expect(a.problems.filter((p) => p.sheet === 'Danh sách')).toEqual([]);
    const an = a.students.find((s) => s.name === 'Nguyễn Văn An');
    expect(an?.reviews.GKI?.need).toEqual(['Toán']);
    expect(an?.supporters).toEqual(['Cô Lan']);
    expect(an?.hardship).toBe('Hộ nghèo');
  });

  it('alone: the warning stays, at the header, saying what to add', () => {
    const a = run([CONFIG, supportOnly()], '2025-11-20');
    expect(codes(a)).toContain('HEADER_NO_REVIEW@Danh sách!A1');
    expect(a.problems.find((p) => p.code === 'HEADER_NO_REVIEW')?.message).toMatch(/^Chưa có cột đánh giá nào/);
  });
});
