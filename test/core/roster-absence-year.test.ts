// A roster's Học kỳ 2 Buổi nghỉ with no Cả năm column (review-3 F2): read as the year's count, as
// vnEdu's Học kỳ 2 export writes it, and the header cell says so; a Học kỳ 2 count below Học kỳ 1's
// cannot be the year's, so the two semesters add up and a student absent 50 buổi is on the summer list.
import { summerList } from '../../src/core/rules/summer';
import type { SheetGrid } from '../../src/core/model';
import type { Analysis } from '../../src/core/analyse';
import { run } from '../helpers/grid';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['6A', 6, 'Thầy Nam', 30]] };
const roster = (header: string[], rows: unknown[][]): SheetGrid => ({ name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', ...header], ...rows] });

describe('Buổi nghỉ of the year from a roster without a Cả năm column', () => {
  const tab = roster(['HK1 - Toán', 'HK1 - Số buổi nghỉ', 'HK2 - Toán', 'HK2 - Số buổi nghỉ'], [
    [1, 'Hoàng Thu Hà', '6A', 7, 30, 7, 20], // 30 then 20: two semesters, 50 in the year
    [2, 'Vũ Minh Khang', '6A', 7, 2, 7, 46], // 2 then 46: 46 in the year, as vnEdu counts it
    [3, 'Đặng Quốc Minh', '6A', 7, 10, 7, 45], // 45: not more than 45
  ]);
  // Built in beforeEach, not at load: Stryker credits a test only with the code run while it runs.
  let analysis: Analysis;
  beforeEach(() => { analysis = run([CLASSES, tab], '2026-06-10'); });

  it('lists the two students over 45 buổi on the summer list, with the year\'s count', () => {
    expect(summerList(analysis.students).map((e) => `${e.student.name} ${e.absences}`)).toEqual(['Hoàng Thu Hà 50', 'Vũ Minh Khang 46']);
  });

  it('tells at the Học kỳ 2 Buổi nghỉ header how the column is read, once', () => {
    expect(analysis.problems.filter((p) => p.code === 'ABSENCE_YEAR_ASSUMED').map((p) => `${p.sheet}!${p.cell} ${p.severity}`)).toEqual(['Danh sách!G1 warning']);
  });

  it('says nothing when the roster has a Cả năm Buổi nghỉ column', () => {
    const withYear = roster(['HK2 - Toán', 'HK2 - Số buổi nghỉ', 'Cả năm - Toán', 'Cả năm - Số buổi nghỉ'], [[1, 'Hoàng Thu Hà', '6A', 7, 20, 7, 50]]);
    const a = run([CLASSES, withYear], '2026-06-10');
    expect(a.problems.filter((p) => p.code === 'ABSENCE_YEAR_ASSUMED')).toEqual([]);
    expect(summerList(a.students).map((e) => e.absences)).toEqual([50]);
  });

  it('says nothing to a primary school, whose Cuối HKII is its Cuối năm and whose summer list has no absences', () => {
    const primary = roster(['Cuối HKI - Toán', 'Cuối HKI - Số buổi nghỉ', 'Cuối HKII - Toán', 'Cuối HKII - Số buổi nghỉ'], [[1, 'Hoàng Thu Hà', '3A', 'H', 30, 'H', 20]]);
    const a = run([{ name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['3A', 3, 'Cô Lan', 30]] }, primary], '2026-06-10');
    expect(a.problems.filter((p) => p.code === 'ABSENCE_YEAR_ASSUMED')).toEqual([]);
  });
});
