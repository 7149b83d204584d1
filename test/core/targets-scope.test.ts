// A khối that does not study an area, or whose columns say nothing of it at a point, has no share to
// judge (rules/target-scope.ts). Counted as "0 needing support" it read 100% Vượt and lifted the
// whole school's share over its target (a tester's finding): Khoa học in khối 1, Toán at a point
// whose block has no Toán column, a secondary khối without Học tập at Cả năm.
import { summaryRows } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import type { Analysis } from '../../src/core/analyse';
import { taughtIn } from '../../src/core/rules/target-scope';
import { run } from '../helpers/grid';

const classes = (rows: Array<[string, number, number]>): SheetGrid => ({ name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ...rows.map(([c, k, n]) => [c, k, 'Cô X', n])] });
const config = (rows: unknown[][]): SheetGrid => ({ name: 'Cấu hình', values: [['Năm học', '2025-2026'], ...rows] });
const results = (a: Analysis) => a.targetResults.map((r) => `${r.reviewPoint} ${r.area} ${r.grade ?? 'TT'}: ${r.students - r.needSupport}/${r.students} ${r.verdict}`);
const lines = (a: Analysis) => summaryRows(a).rows.map((r) => String(r[0] ?? ''));

/** Khối 1 and khối 4, ten students each; Khoa học needed by two of khối 4 at Cuối học kì I. */
function primary(): Analysis {
  const header = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'CKI - Toán', 'CKI - Khoa học'];
  const rows = [...Array.from({ length: 10 }, (_, i) => [i + 1, `Học sinh Một ${i}`, '1A', 'Cô Lan', i === 0 ? 'C' : 'H', '']),
    ...Array.from({ length: 10 }, (_, i) => [i + 11, `Học sinh Bốn ${i}`, '4A', 'Cô Lan', 'H', i < 2 ? 'C' : 'H'])];
  return run([config([['Chỉ tiêu Khoa học', '97%'], ['Chỉ tiêu Toán', '95%']]), classes([['1A', 1, 10], ['4A', 4, 10]]), { name: 'Danh sách', values: [header, ...rows] }]);
}

describe('targets judged only where the khối has a share', () => {
  it('Khoa học is not judged in khối 1 (taught in khối 4–5): the whole school is khối 4\'s 8/10, Chưa đạt, and the note says which khối it counts', () => {
    const a = primary();
    expect(results(a)).toEqual(['CKI Toán 1: 9/10 notMet', 'CKI Toán 4: 10/10 exceeded', 'CKI Toán TT: 19/20 met', 'CKI Khoa học 4: 8/10 notMet', 'CKI Khoa học TT: 8/10 notMet']);
    expect(lines(a)).toContain('Khoa học: Toàn trường chỉ tính khối 4; khối khác không học môn này, hoặc chưa có cột này hay chưa được đánh giá ở mốc này.');
    expect(lines(a).some((l) => l.startsWith('Toán: Toàn trường'))).toBe(false);
  });

  it('a point whose block has no column of the area: not judged there', () => {
    const ds: SheetGrid = { name: 'Danh sách', values: [
      ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Giữa học kì I', '', 'Cuối học kì I'], ['', '', '', '', 'Toán', 'Tiếng Việt', 'Tiếng Việt'],
      [1, 'Nguyễn An', '1A', 'Cô Lan', 'C', '', 'C'], [2, 'Lê Bình', '1A', 'Cô Lan', 'C', 'C', 'H']] };
    const a = run([ds, classes([['1A', 1, 40]]), config([['Chỉ tiêu Toán', '99%'], ['Chỉ tiêu Tiếng Việt', '99%']])]);
    expect(results(a).filter((r) => r.startsWith('CKI'))).toEqual(['CKI Tiếng Việt 1: 39/40 notMet', 'CKI Tiếng Việt TT: 39/40 notMet']);
    expect(results(a).filter((r) => r.startsWith('GKI Toán'))).toEqual(['GKI Toán 1: 38/40 notMet', 'GKI Toán TT: 38/40 notMet']);
  });

  it('taughtIn follows GDPT 2018 at primary, and says nothing of secondary khối', () => {
    expect([1, 2, 3, 4, 5].filter((g) => taughtIn(g, 'Khoa học'))).toEqual([4, 5]);
    expect([1, 2, 3, 4, 5].filter((g) => taughtIn(g, 'Lịch sử và Địa lí'))).toEqual([4, 5]);
    expect([1, 2, 3, 4, 5].filter((g) => taughtIn(g, 'Tự nhiên và Xã hội'))).toEqual([1, 2, 3]);
    expect([1, 2, 3, 4, 5].filter((g) => taughtIn(g, 'Tin học và Công nghệ'))).toEqual([3, 4, 5]);
    expect([1, 2, 3, 4, 5].filter((g) => taughtIn(g, 'Toán'))).toEqual([1, 2, 3, 4, 5]);
    expect(taughtIn(6, 'Lịch sử và Địa lí')).toBe(true);
  });
});

describe('targets a khối cannot be judged on (review)', () => {
  it('a khối target for a khối that does not study the area is said at its cell', () => {
    const a = run([config([['Chỉ tiêu Khoa học khối 1', '97%']]), classes([['1A', 1, 10], ['4A', 4, 10]]),
      { name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', 'CKI - Toán', 'CKI - Khoa học'], [1, 'An', '1A', 'H', ''], [2, 'Bình', '4A', 'H', 'C']] }]);
    expect(a.targetResults).toEqual([]);
    expect(a.problems.filter((p) => p.code.startsWith('TARGET_')).map((p) => [p.code, p.cell, p.message])).toEqual([['TARGET_GRADE_MISSING', 'B2',
      'Khối 1 không học Khoa học (chương trình 2018), nên chỉ tiêu này không được dùng. Kiểm tra lại khối hoặc xóa chỉ tiêu.']]);
  });

  it('Tin học at primary is taught in khối 3–5 as Tin học và Công nghệ is', () => {
    expect([1, 2, 3, 4, 5].filter((g) => taughtIn(g, 'Tin học'))).toEqual([3, 4, 5]);
    expect([1, 2, 3, 4, 5].filter((g) => taughtIn(g, 'Công nghệ'))).toEqual([3, 4, 5]);
  });
});

describe('a khối whose classes only partly have the column (review)', () => {
  it('is not judged: its share over the whole khối\'s THHS would count the classes without the column as needing nothing', () => {
    const tab = (name: string, cls: string, header: string[], rows: unknown[][]): SheetGrid => ({ name, values: [header, ...rows.map((r, i) => [i + 1, `Học sinh ${cls} ${i}`, cls, ...r])] });
    const a = run([config([['Chỉ tiêu Tiếng Anh', '95%']]), classes([['1A', 1, 10], ['1B', 1, 10], ['3A', 3, 10]]),
      tab('Danh sách 1A', '1A', ['STT', 'Họ và tên', 'Lớp', 'CKI - Toán'], Array.from({ length: 10 }, () => ['H'])),
      tab('Danh sách 1B', '1B', ['STT', 'Họ và tên', 'Lớp', 'CKI - Toán', 'CKI - Tiếng Anh'], Array.from({ length: 10 }, (_, i) => ['H', i === 0 ? 'C' : 'H'])),
      tab('Danh sách 3A', '3A', ['STT', 'Họ và tên', 'Lớp', 'CKI - Toán', 'CKI - Tiếng Anh'], Array.from({ length: 10 }, () => ['H', 'H']))]);
    expect(results(a)).toEqual(['CKI Ngoại ngữ 3: 10/10 exceeded', 'CKI Ngoại ngữ TT: 10/10 exceeded']);
  });
});
