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
function tab(point: keyof typeof TITLE, labels: string[], scores: Array<number | string>, sub?: string[]): SheetGrid {
  const header = [...FIELDS, ...labels, 'Kết quả học tập', 'Kết quả rèn luyện'];
  const subRow = sub ? [['', '', '', '', ...sub, '', '']] : [];
  return {
    name: '6a',
    values: [['SỞ GIÁO DỤC VÀ ĐÀO TẠO THỬ NGHIỆM'], [`BẢNG TỔNG HỢP KẾT QUẢ ${TITLE[point]}, NĂM HỌC 2025 - 2026`], [`Khối 6 - Lớp 6A - (${point})`], [], [],
      header, ...subRow, [1, 9000001, 'Nguyễn Văn An', '01/02/2014', ...scores, 'Đạt', 'Tốt']],
  };
}

/** A tab whose header is `rows` (E onwards, merged over `merged` as [row, first column, width], 1-based) and one student row `scores`. */
function grouped(point: keyof typeof TITLE, rows: string[][], merged: Array<[number, number, number]>, scores: Array<number | string>): SheetGrid {
  const header = rows.map((r, i) => [...(i === 0 ? FIELDS : ['', '', '', '']), ...r]);
  return {
    name: '6a',
    values: [['SỞ GIÁO DỤC VÀ ĐÀO TẠO THỬ NGHIỆM'], [`BẢNG TỔNG HỢP KẾT QUẢ ${TITLE[point]}, NĂM HỌC 2025 - 2026`], [`Khối 6 - Lớp 6A - (${point})`], [], [],
      ...header, [1, 9000001, 'Nguyễn Văn An', '01/02/2014', ...scores]],
    merges: [...FIELDS.map((_, c) => ({ row: 6, column: c + 1, numRows: rows.length, numColumns: 1 })),
      ...merged.map(([row, column, numColumns]) => ({ row, column, numRows: 1, numColumns }))],
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

  it('"năm" after a number is a programme\'s name, no point: "Tiếng Anh (hệ 10 năm)" is read in a Học kỳ I tab', () => {
    const a = at('Học kỳ I', ['Toán', 'Tiếng Anh (hệ 10 năm)'], [6, 4]);
    expect(needs(a)).toEqual([[['Ngoại ngữ']]]);
    expect(a.problems.map((p) => p.message).join('\n')).not.toMatch(/mốc khác/);
  });

  it.each(['Toán (Năm)', 'Toán (năm học)', 'Toán cả năm học'])('%p in a Học kỳ I tab is the year\'s score: said, not read', (label) => {
    const a = at('Học kỳ I', [label], [4]);
    expect(needs(a)).toEqual([[[]]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([expect.stringMatching(/^E6 .*1 cột ghi kết quả của mốc khác.*\(Cả năm: Toán\)/)]);
  });

  it('over vnEdu\'s "(HS 1)" or "(N.xét)" it is read, on the scale the sub-header says', () => {
    const a = at('Học kỳ I', ['Toán HK1', 'GDTC HK1'], [4, 'CĐ'], ['(HS 1)', '(N.xét)']);
    expect(needs(a)).toEqual([[['Toán', 'Giáo dục thể chất']]]);
    expect(a.problems.filter((p) => p.code.startsWith('OFFICIAL_'))).toEqual([]);
  });

  it('"Công nghệ CN" is unclear (Cả năm, or công nghiệp): said with both ways to write it, and each of them is read', () => {
    const a = at('Cả năm', ['Công nghệ HK1', 'Công nghệ CN'], [7, 4]);
    expect(needs(a)).toEqual([[[]]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toContain('F6 Trang "6a": cột "Công nghệ CN" không rõ "CN" là cả năm hay Công nghệ định hướng công nghiệp, nên điểm của cột này chưa được tính. '
      + 'Ghi "Công nghệ Cả năm" nếu là điểm cả năm, hoặc "Công nghệ (Công nghiệp)" nếu là tên môn.');
    expect(needs(at('Cả năm', ['Công nghệ HK1', 'Công nghệ Cả năm'], [7, 4]))).toEqual([[['Công nghệ']]]);
    expect(needs(at('Cả năm', ['Công nghệ (Công nghiệp)'], [4]))).toEqual([[['Công nghệ']]]);
  });
});

describe('a term named with no number', () => {
  it.each(['Kì', 'Kỳ', 'Học kì', 'HỌC KỲ'])('"Toán" over %p is said, not read as Cuối kì I', (label) => {
    const a = at('Học kỳ I', ['Toán'], [4], [label]);
    expect(needs(a)).toEqual([[[]]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([
      `E7 Trang "6a": cột Toán ghi "${label}" nhưng không ghi học kì nào, nên kết quả của cột này chưa được tính. Ghi rõ mốc vào ô đó: "HK1", "HK2" hoặc "Cả năm".`]);
  });

  it('"HỌC KÌ" merged over the subjects of a Cả năm tab: each column said, none read as the year\'s', () => {
    const a = run([CONFIG, grouped('Cả năm', [['HỌC KÌ', '', 'CẢ NĂM', ''], ['Toán', 'Ngữ văn', 'Toán', 'Ngữ văn']], [[6, 5, 2], [6, 7, 2]], [4, 7, 6, 7])], DATE['Cả năm']);
    expect(needs(a)).toEqual([[[]]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([
      'E7 Trang "6a": cột Toán ghi "HỌC KÌ" nhưng không ghi học kì nào, nên kết quả của cột này chưa được tính. Ghi rõ mốc vào ô đó: "HK1", "HK2" hoặc "Cả năm".',
      'F7 Trang "6a": cột Ngữ văn ghi "HỌC KÌ" nhưng không ghi học kì nào, nên kết quả của cột này chưa được tính. Ghi rõ mốc vào ô đó: "HK1", "HK2" hoặc "Cả năm".']);
    expect(said(a, 'HEADER_DUPLICATE')).toEqual([]);
  });

  it('"Kết quả học tập" over "Học kì" | "Cả năm": the term\'s column said, the year\'s read', () => {
    const a = run([CONFIG, grouped('Cả năm', [['Toán', 'Kết quả học tập', ''], ['', 'Học kì', 'Cả năm']], [[6, 6, 2]], [6, 'Chưa đạt', 'Đạt'])], DATE['Cả năm']);
    expect(needs(a)).toEqual([[[]]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([
      'F7 Trang "6a": cột Kết quả học tập ghi "Học kì" nhưng không ghi học kì nào, nên kết quả của cột này chưa được tính. Ghi rõ mốc vào ô đó: "HK1", "HK2" hoặc "Cả năm".']);
  });

  it.each(['KI', 'Kỳ I', 'Kì 1', 'K1'])('"Toán" over %p is Cuối kì I, read', (label) => {
    const a = at('Học kỳ I', ['Toán'], [4], [label]);
    expect(needs(a)).toEqual([[['Toán']]]);
    expect(said(a, 'OFFICIAL_COLUMN_UNKNOWN')).toEqual([]);
  });
});

describe('a subject written in two columns', () => {
  it('is said at the second column when a student is rated in both; a need in either counts', () => {
    const a = at('Cả năm', ['Toán', 'Toán', 'Ngữ văn'], [6, 4, 7]);
    expect(needs(a)).toEqual([[['Toán']]]);
    expect(said(a, 'HEADER_DUPLICATE')).toEqual([
      'F6 Trang "6a": môn Toán có 2 cột (E, F), và có em có kết quả ở nhiều cột (ví dụ dòng 7). Tổng hợp đọc cả 2 cột: em cần hỗ trợ ở một trong các cột thì được tính là cần hỗ trợ môn Toán. '
      + 'Nếu một cột là kết quả của mốc khác, ghi mốc vào tiêu đề cột đó (ví dụ "Toán HK1"); nếu là cột chép thừa, xóa cột đó.']);
  });

  it.each([
    [['Tiếng Anh', 'Tiếng Pháp'], [4, 'Miễn'], ['Ngoại ngữ']],
    [['Công nghệ (CN)', 'Công nghệ (NN)'], ['', 4], ['Công nghệ']],
  ])('%p where no student is rated in both (groups of a class) says nothing', (labels, scores, need) => {
    const a = at('Học kỳ I', labels, scores);
    expect(needs(a)).toEqual([[need]]);
    expect(said(a, 'HEADER_DUPLICATE')).toEqual([]);
  });

  it('Kết quả học tập in two columns is named as such, not as a subject', () => {
    const a = run([CONFIG, grouped('Cả năm', [['Toán', 'Kết quả học tập', 'Kết quả học tập']], [], [6, 'Đạt', 'Chưa đạt'])], DATE['Cả năm']);
    expect(said(a, 'HEADER_DUPLICATE')[0]).toMatch(/^G6 Trang "6a": Kết quả học tập có 2 cột \(F, G\)/);
  });

  it('"Điểm trung bình các môn" merged over the subjects: the subjects are read, not taken for a column of its own', () => {
    const a = run([CONFIG, grouped('Học kỳ I', [['Điểm trung bình các môn', '', 'Kết quả học tập'], ['Toán', 'Ngữ văn', '']], [[6, 5, 2]], [4, 7, 'Đạt'])], DATE['Học kỳ I']);
    expect(needs(a)).toEqual([[['Toán']]]);
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
