// A secondary results tab whose one header label names both the subject and its review point
// ("Toán HK1", "Toán (HKI)", "Toán - ĐTB cả năm"), a term named with no number ("Kì"), and a subject
// written in two columns: only the tab's own point is read, and nothing is read without being said.
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const FIELDS = ['STT', 'Mã học sinh', 'Họ và tên', 'Ngày sinh'];
const TITLE = { 'Cả năm': 'CẢ NĂM', 'Học kỳ I': 'HỌC KỲ I' } as const;
const DATE = { 'Cả năm': '2026-06-10', 'Học kỳ I': '2026-01-10' } as const;

/** Class 6A's tab at `point`: the fields, then `labels` (a second header row when `sub` is given), then KQHT and KQRL. */
function tab(point: keyof typeof TITLE, labels: string[], scores: number[], sub?: string[]): SheetGrid {
  const header = [...FIELDS, ...labels, 'Kết quả học tập', 'Kết quả rèn luyện'];
  const subRow = sub ? [['', '', '', '', ...sub, '', '']] : [];
  return {
    name: '6a',
    values: [['SỞ GIÁO DỤC VÀ ĐÀO TẠO THỬ NGHIỆM'], [`BẢNG TỔNG HỢP KẾT QUẢ ${TITLE[point]}, NĂM HỌC 2025 - 2026`], [`Khối 6 - Lớp 6A - (${point})`], [], [],
      header, ...subRow, [1, 9000001, 'Nguyễn Văn An', '01/02/2014', ...scores, 'Đạt', 'Tốt']],
  };
}
const at = (point: keyof typeof TITLE, ...args: Parameters<typeof tab> extends [unknown, ...infer R] ? R : never) => run([CONFIG, tab(point, ...args)], DATE[point]);
const needs = (a: ReturnType<typeof run>) => a.students.map((s) => Object.values(s.reviews).map((r) => r?.need));
const said = (a: ReturnType<typeof run>, code: string) => a.problems.filter((p) => p.code === code).map((p) => `${p.cell} ${p.message}`);

describe('a subject and its review point in one label', () => {
  it.each([
    [['Toán HK1', 'Toán HK2', 'Toán CN']],
    [['Toán (HKI)', 'Toán (HKII)', 'Toán (Cả năm)']],
    [['Toán - ĐTB HK1', 'Toán - ĐTB HK2', 'Toán - ĐTB cả năm']],
    [['TOÁN HỌC KỲ I', 'TOÁN HỌC KỲ II', 'TOÁN CẢ NĂM']],
  ])('%p in a Cả năm tab: the year\'s column is read, a semester under 5 is no need', (labels) => {
    const a = at('Cả năm', labels, [4, 4.5, 5.3]);
    expect(needs(a)).toEqual([[[]]]);
    expect(a.totals.CN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[6, 1, 0]]);
    const other = said(a, 'OFFICIAL_COLUMN_UNKNOWN');
    expect(other).toHaveLength(1);
    expect(other[0]).toMatch(/^E6 .*2 cột ghi kết quả của mốc khác.*Cuối học kì I: Toán; Cuối học kì II: Toán/);
  });

  it('the year\'s column under 5 is a need, whatever the semesters say', () => {
    expect(needs(at('Cả năm', ['Toán HK1', 'Toán HK2', 'Toán CN'], [7, 8, 4.9]))).toEqual([[['Toán']]]);
  });

  it('in a Học kỳ I tab the HK1 column is read and the HK2 column said', () => {
    const a = at('Học kỳ I', ['Toán HK1', 'Toán HK2'], [4, 8]);
    expect(needs(a)).toEqual([[['Toán']]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([expect.stringMatching(/^F6 .*1 cột ghi kết quả của mốc khác.*Cuối học kì II: Toán\)/)]);
  });

  it('"Toán HK1" over a score word is read; over "Nhận xét" it is said, not read', () => {
    expect(needs(at('Học kỳ I', ['Toán HK1'], [4], ['ĐTB']))).toEqual([[['Toán']]]);
    const a = at('Học kỳ I', ['Toán HK1'], [4], ['Nhận xét']);
    expect(needs(a)).toEqual([[[]]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([expect.stringMatching(/^E7 .*cột Toán có tiêu đề con "Nhận xét"/)]);
  });

  it('"Công nghệ (CN)" is Công nghệ (công nghiệp), not a Cả năm column, and is read in a Học kỳ I tab', () => {
    const a = at('Học kỳ I', ['Công nghệ (CN)'], [4]);
    expect(needs(a)).toEqual([[['Công nghệ']]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([]);
  });

  it('a bare "năm" after a subject names no point', () => {
    const a = at('Học kỳ I', ['Toán', 'Tiếng Anh 10 năm'], [6, 4]);
    expect(a.problems.map((p) => p.message).join('\n')).not.toMatch(/mốc khác/);
  });
});

describe('a term named with no number', () => {
  it.each(['Kì', 'Kỳ', 'Học kì', 'HỌC KỲ'])('"Toán" over %p is said, not read as Cuối kì I', (label) => {
    const a = at('Học kỳ I', ['Toán'], [4], [label]);
    expect(needs(a)).toEqual([[[]]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([
      `E7 Trang "6a": cột Toán có tiêu đề con "${label}" nhưng không ghi học kì nào, nên điểm của cột này chưa được tính. Ghi "HK1" hoặc "HK2" vào ô này cho đúng học kì của cột.`]);
  });

  it.each(['KI', 'Kỳ I', 'Kì 1', 'K1'])('"Toán" over %p is Cuối kì I, read', (label) => {
    const a = at('Học kỳ I', ['Toán'], [4], [label]);
    expect(needs(a)).toEqual([[['Toán']]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([]);
  });
});

describe('a subject written in two columns', () => {
  it('is said at the second column; a need in either counts', () => {
    const a = at('Cả năm', ['Toán', 'Toán', 'Ngữ văn'], [6, 4, 7]);
    expect(needs(a)).toEqual([[['Toán']]]);
    expect(said(a, 'HEADER_DUPLICATE')).toEqual([
      'F6 Trang "6a": môn Toán có 2 cột (E, F). Tổng hợp đọc cả 2 cột, em nào cần hỗ trợ ở một cột là cần hỗ trợ môn Toán. Nếu một cột là kết quả của mốc khác, ghi mốc vào tiêu đề (ví dụ "Toán HK1"); nếu là cột thừa, xóa cột đó.']);
  });

  it('three columns: said at the second and the third', () => {
    const a = at('Cả năm', ['Ngữ văn', 'Toán', 'Toán', 'Toán'], [7, 6, 6, 6]);
    expect(said(a, 'HEADER_DUPLICATE').map((s) => s.slice(0, 2))).toEqual(['G6', 'H6']);
    expect(said(a, 'HEADER_DUPLICATE')[0]).toContain('có 3 cột (F, G, H)');
  });

  it('one column per subject says nothing', () => {
    expect(said(at('Cả năm', ['Toán', 'Ngữ văn'], [6, 7]), 'HEADER_DUPLICATE')).toEqual([]);
  });
});
