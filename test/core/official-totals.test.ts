// Rules fed by official class tabs and targets, pinned on the core (PRODUCT 2.2, 3.2, 3.5, 3.7, 6):
// THHS of a khối with class tabs when Danh sách has a class no tab covers, the JSON sources,
// a Môn học target on a roster without subjects, the gap sentences, a Kế hoạch month typed as a date.

import type { SheetGrid } from '../../src/core/model';
import { buildReport } from '../../src/core/report';
import { achievementPhrase, formatTarget, gapSentence } from '../../src/core/rules/target-text';
import { parsePlanMonths } from '../../src/core/rules/timeline';
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { CLASS_2A, CLASS_2B, ORDER_2025, vneduSheet, type VneduStudent, type VneduTab } from '../../local/vnedu-export';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const tab = (sheet: string, className: string, students: VneduStudent[], over: Partial<VneduTab> = {}): SheetGrid =>
  vneduSheet({ sheet, className, students, point: 'CKI', year: 2025, subjects: ORDER_2025, ...over }).grid;

describe('THHS of a khối that has class tabs', () => {
  it('adds the Danh sách classes no tab covers: by their Sĩ số in the Lớp tab, else by their rows', () => {
    // 2a: 5 students (An Toán, Bình TV + NL, Nhi² PC, Châu Âm nhạc need support). Danh sách: Hà of 2C
    // (Lớp tab: Sĩ số 20) needs Toán; Lan of 2D (in no tab, not in Lớp) needs nothing.
    const a = run([CONFIG, rosterGrid([
      { name: 'Hà', className: '2C', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
      { name: 'Lan', className: '2D', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'H' } } },
    ], { points: ['CKI'] }), classGrid([['2C', 2, 'Cô Lan', 20]]), tab('2a', '2A', CLASS_2A)]);
    expect(a.totals.CKI?.byGrade).toEqual([{
      grade: 2, students: 5 + 20 + 1, studentsSource: 'official', needSupport: 5, disability: 0,
      byArea: { Toán: 2, 'Tiếng Việt': 1, 'Năng lực': 1, 'Phẩm chất': 1, 'Âm nhạc': 1 },
    }]);
  });

  it('counts a class tab whose every row is an error: its children are in THHS, not in the needs', () => {
    const a = run([CONFIG, tab('2a', '2A', CLASS_2A), tab('2b', '2B', [
      { id: 9100000001, name: 'Phan Gia Huy', birth: '04/04/2018', ratings: { Toán: 'Z' } },
      { id: 9100000002, name: 'Hồ Ngọc Mai', birth: '05/05/2018', ratings: { 'Tiếng Việt': 'Q' } },
    ])]);
    expect(a.problems.filter((p) => p.sheet === '2b').map((p) => `${p.code}@${p.cell}`)).toEqual(['RATING_INVALID@I10', 'RATING_INVALID@G11']); // ORDER_2025: Tiếng Việt in G, Toán in I
    expect(a.totals.CKI?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[2, 5 + 2, 4]]);
  });
});

/** The tab with its title's review point and its Năm học row blanked. */
function noPointNorYear(grid: SheetGrid): SheetGrid {
  const values = grid.values.map((row) => [...row]);
  values[2] = ['BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC'];
  values[3] = [''];
  return { ...grid, values };
}

describe('the JSON sources (PRODUCT 6)', () => {
  it('lists the Danh sách, then each class tab with its class, point, year, students, and how it was used', () => {
    const a = run([CONFIG, rosterGrid([{ name: 'Hà', className: '2B', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } }], { points: ['CKI'] }),
      tab('2a', '2A', CLASS_2A), tab('1a', '1A', CLASS_2B, { point: 'CN', year: 2024 }), tab('2a (2)', '2A', CLASS_2A),
      tab('4a', '4A', CLASS_2B, { year: 2023 }), noPointNorYear(tab('2c', '2C', CLASS_2A))]);
    expect(buildReport(a).sources).toEqual([
      { sheet: 'Danh sách', kind: 'roster' },
      { sheet: '2a', kind: 'official', class: '2A', level: 'TH', reviewPoint: 'CKI', schoolYear: '2025-2026', students: 5, counted: true, usedAs: 'CKI' },
      { sheet: '1a', kind: 'official', class: '1A', level: 'TH', reviewPoint: 'CN', schoolYear: '2024-2025', students: 3, counted: true, usedAs: 'DN' },
      { sheet: '2a (2)', kind: 'official', class: '2A', level: 'TH', reviewPoint: 'CKI', schoolYear: '2025-2026', students: 5, counted: false },
      { sheet: '4a', kind: 'official', class: '4A', level: 'TH', reviewPoint: 'CKI', schoolYear: '2023-2024', students: 3, counted: false },
      // A title naming no review point and no Năm học: what it could not tell is left out.
      { sheet: '2c', kind: 'official', class: '2C', level: 'TH', students: 5, counted: false },
    ]);
    expect(a.problems.filter((p) => p.sheet === '2c').map((p) => p.code)).toEqual(['OFFICIAL_NO_REVIEW_POINT', 'OFFICIAL_NO_YEAR']);
  });
});

describe('targets', () => {
  it('a Môn học target on a Danh sách with no subject column is a warning at its cell, and is not judged', () => {
    const a = run([{ name: 'Cấu hình', values: [['Năm học', '2025-2026'], ['Chỉ tiêu môn học', '99%']] },
      rosterGrid([{ name: 'Hà', className: '2C', supporter: 'Cô Lan', ratings: { CKI: { 'Năng lực': 'C' } } }], { points: ['CKI'], areas: ['Năng lực', 'Phẩm chất'] })]);
    expect(a.problems.map((p) => [p.severity, p.code, `${p.sheet}!${p.cell}`, p.message])).toEqual([
      ['warning', 'TARGET_AREA_MISSING', 'Cấu hình!B2', 'Danh sách chưa có cột môn học nào, nên chỉ tiêu Môn học chưa đối sánh được.'],
    ]);
    expect(a.targetResults).toEqual([]);
  });

  it.each<[number, boolean, string]>([
    [9970, false, '99,7%'], [9905, false, '99,05%'], [9950, true, 'trên 99,5%'], [10000, false, '100%'], [9500, true, 'trên 95%'],
  ])('a target of %s basis points (above: %s) reads as the school writes it: %s', (basisPoints, above, text) => {
    expect(formatTarget(basisPoints, above)).toBe(text);
  });

  it.each([
    ['Môn học', 1, 2, 'cần thêm 2 học sinh hoàn thành tất cả các môn học ở khối 1'],
    ['Phẩm chất', null, 1, 'cần thêm 1 học sinh đạt yêu cầu về phẩm chất ở toàn trường'],
    ['Năng lực', 3, 4, 'cần thêm 4 học sinh đạt yêu cầu về năng lực ở khối 3'],
    ['Tiếng Việt', 2, 1, 'cần thêm 1 học sinh hoàn thành Tiếng Việt ở khối 2'],
  ])('the gap sentence for %s', (area, grade, students, sentence) => {
    expect(gapSentence(area, grade, students)).toBe(sentence);
    expect(sentence).toContain(achievementPhrase(area));
  });
});

it('a Kế hoạch month typed as a date is the month of that day in the Sheet\'s time zone', () => {
  // 01/12/2025 00:00 at UTC+7 is 30/11/2025 17:00 UTC.
  expect(parsePlanMonths(new Date(Date.UTC(2025, 10, 30, 17, 0)), 420)).toEqual([12]);
  expect(parsePlanMonths(new Date(Date.UTC(2025, 10, 30, 17, 0)), 0)).toEqual([11]);
});

describe('targets the Danh sách cannot be judged against', () => {
  it('an area without a column, or a khối without students, is a warning at its cell and judged nowhere; the others are judged', () => {
    const a = run([{ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ['Chỉ tiêu Khoa học', '99%'], ['Chỉ tiêu Toán khối 5', '99%'], ['Chỉ tiêu Toán khối 1', '95%'], ['Chỉ tiêu Toán', '90%']] },
      { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - TV'], ['An', '1A', 'Cô Lan', 'C', 'H'], ['Bình', '1A', 'Cô Lan', 'H', 'H']] }], '2025-11-20');
    expect(a.problems.map((p) => [p.cell, p.severity, p.code, p.message])).toEqual([
      ['B3', 'warning', 'TARGET_AREA_MISSING', 'Danh sách chưa có cột Khoa học, nên chỉ tiêu này chưa đối sánh được. Thêm cột Khoa học vào các mốc đánh giá, hoặc xóa chỉ tiêu.'],
      ['B4', 'warning', 'TARGET_GRADE_MISSING', 'Trường không có học sinh khối 5, nên chỉ tiêu này không được dùng. Kiểm tra lại số khối.'],
    ]);
    // Khối 1 by its own target (95%), the school by the whole-school one (90%): 1 of 2 needs Toán.
    expect(a.targetResults.map((r) => [r.reviewPoint, r.grade, r.area, r.target.cell, r.students, r.needSupport, r.achieved, r.verdict])).toEqual([
      ['GKI', 1, 'Toán', 'B5', 2, 1, 5000, 'notMet'], ['GKI', null, 'Toán', 'B6', 2, 1, 5000, 'notMet'],
    ]);
  });
});

it('a khối whose THHS is 0 is not judged; the whole school says its THHS came partly from Danh sách rows', () => {
  const a = run([{ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ['Chỉ tiêu Toán', '90%']] },
    { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['An', '1A', 'Cô Lan', 'C'], ['Bình', '3B', 'Cô Lan', 'H']] },
    { name: 'Lớp', values: [['Lớp', 'Khối', 'Sĩ số'], ['1A', 1, 30], ['2A', 2, 0]] }], '2025-11-20');
  expect(a.totals.GKI?.byGrade.map((g) => [g.grade, g.students, g.studentsSource])).toEqual([[1, 30, 'classList'], [2, 0, 'classList'], [3, 1, 'roster']]);
  // 29/30 = 96,66%; 1/1; 30/31 = 96,77%, all above 90%.
  expect(a.targetResults.map((r) => [r.grade, r.students, r.needSupport, r.achieved, r.verdict, r.studentsSource])).toEqual([
    [1, 30, 1, 9666, 'exceeded', 'classList'], [3, 1, 0, 10000, 'exceeded', 'roster'], [null, 31, 1, 9677, 'exceeded', 'roster'],
  ]);
  const listedOnly = run([{ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Chỉ tiêu Toán', '90%']] },
    { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['An', '1A', 'Cô Lan', 'C']] },
    { name: 'Lớp', values: [['Lớp', 'Khối', 'Sĩ số'], ['1A', 1, 30]] }], '2025-11-20');
  expect(listedOnly.targetResults.map((r) => [r.grade, r.studentsSource])).toEqual([[1, 'classList'], [null, 'classList']]);
});

it('a school whose THHS is 0 (the Lớp tab says so) is judged against no target, and the Sĩ số is the error', () => {
  const a = run([{ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Chỉ tiêu Toán', '90%']] },
    { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['An', '1A', 'Cô Lan', 'C']] },
    { name: 'Lớp', values: [['Lớp', 'Khối', 'Sĩ số'], ['1A', 1, 0]] }], '2025-11-20');
  expect(a.totals.GKI?.total.students).toBe(0);
  expect(a.targetResults).toEqual([]);
  expect(a.problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`)).toEqual(['CLASS_OVER_SIZE@Lớp!C2']);
});
