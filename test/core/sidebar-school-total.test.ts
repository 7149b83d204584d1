// The sidebar's whole-school line for a TH&THCS school (PRODUCT 3.6): the levels' numbers summed,
// an area unknown only when no level knows it, and each level's newest point named as its level says it.
import { buildReport } from '../../src/core/report';
import { sidebarReport } from '../../src/core/sidebar';
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';

const TODAY = '2026-06-10';
const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 25], ['6A', 6, 'Thầy Nam', 30]] };
const PRIMARY: SheetGrid = { name: 'Danh sách TH', values: [
  ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cuối HKI - Toán', 'Cuối HKI - Tiếng Việt', 'Cuối HKII - Toán', 'Cuối HKII - Tiếng Việt'],
  [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C', 'H', 'C', 'H'],
  [2, 'Lê Thị Bình', '1A', 'Cô Lan', 'T', 'T', 'H', 'C'],
] };
const AREAS = ['Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện'];
/** A THCS Danh sách rated at Học kỳ 1 and Cả năm, with a column for each of `areas`. */
function secondary(areas: readonly string[]): SheetGrid {
  const scores: Record<string, [unknown, unknown]> = { Toán: [4, 4.5], 'Ngữ văn': [6, 6], 'Ngoại ngữ': [7, 4], 'Học tập': ['Đạt', 'Chưa đạt'], 'Rèn luyện': ['Tốt', 'Tốt'] };
  return { name: 'Danh sách THCS', values: [
    ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', ...areas.map((a) => `HK1 - ${a}`), ...areas.map((a) => `Cả năm - ${a}`)],
    [1, 'Hoàng Thu Hà', '6A', 'Thầy Nam', ...areas.map((a) => scores[a][0]), ...areas.map((a) => scores[a][1])],
  ] };
}
const side = (thcs: SheetGrid) => {
  const analysis = run([CONFIG, CLASSES, PRIMARY, thcs], TODAY);
  expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return sidebarReport(buildReport(analysis));
};

describe('the sidebar\'s whole school for two levels', () => {
  it('names Cả năm at THCS and Cuối năm at Tiểu học, and no unknown area when both levels have every column', () => {
    const s = side(secondary(AREAS));
    expect(s.levels?.map((l) => [l.level, l.point, l.label])).toEqual([['TH', 'CN', 'Cuối năm'], ['THCS', 'CN', 'Cả năm']]);
    expect(s.levels?.map((l) => l.total.noColumn)).toEqual([undefined, undefined]);
    expect(s.total).toMatchObject({ students: 55 });
    expect(s.total && 'noColumn' in s.total).toBe(false);
  });

  it('an area one level has no column for is still counted from the level that has it', () => {
    const s = side(secondary(AREAS.filter((a) => a !== 'Toán' && a !== 'Ngữ văn')));
    expect(s.levels?.[1].total.noColumn).toEqual(['Toán', 'Ngữ văn']);
    // Toán: Tiểu học knows it (An and Bình), so the school counts it; Ngữ văn: nobody knows it, so it is named.
    expect(s.total?.byArea.Toán).toBe(s.levels?.[0].total.byArea.Toán);
    expect(s.total?.byArea.Toán).toBeGreaterThan(0);
    expect(s.total?.noColumn).toEqual(['Ngữ văn']);
  });
});
