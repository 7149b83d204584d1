// A THCS/THPT school's own Danh sách, as review 20 typed it: a semester over its Giữa kỳ and Cuối kỳ,
// the start of semester II, "CN" meaning Công nghệ, statistics lines inside a class block, a class
// Sheets turned into a date, and a mark book's score words ("ĐTB", "Tổng kết HK1"). Each was a wrong
// number nobody was told about (or a whole block lost); now each is read exactly or said at its cell.
import { run, wallClock } from '../helpers/grid';
import { CONFIG, danhSach, merge } from '../helpers/danh-sach';
const needsAt = (a: ReturnType<typeof run>, point: string) => a.students.map((s) => s.reviews[point as 'GKI']?.need ?? null);
const totalsAt = (a: ReturnType<typeof run>, point: string) => a.totals[point as 'GKI']?.byGrade.map((g) => [g.grade, g.students, g.needSupport]);
const cellsOf = (a: ReturnType<typeof run>, code: string) => a.problems.filter((p) => p.code === code).map((p) => p.cell);

describe('a semester over its Giữa kỳ and Cuối kỳ', () => {
  const twoHalves = (semester: string) => danhSach(
    [[semester, '', '', ''], ['Giữa kỳ', '', 'Cuối kỳ', ''], ['Toán', 'Ngữ văn', 'Toán', 'Ngữ văn']],
    [['Nguyễn Văn An', '7A', 7, 6, '3,5', 6], ['Trần Thị Bình', '7A', '4,5', 7, 6, 7]],
    [merge(1, 7, 4), merge(2, 7, 2), merge(2, 9, 2)]);

  it('"HỌC KỲ I" over "Giữa kỳ" | "Cuối kỳ": Giữa kì I and Cuối kì I, each its own students', () => {
    const a = run([CONFIG, twoHalves('HỌC KỲ I')], '2026-01-10');
    expect(needsAt(a, 'GKI')).toEqual([[], ['Toán']]);
    expect(needsAt(a, 'CKI')).toEqual([['Toán'], []]);
    expect(cellsOf(a, 'HEADER_DUPLICATE')).toEqual([]);
  });

  it('"HỌC KỲ II" over them: Giữa kì II and Cuối kì II', () => {
    const a = run([CONFIG, twoHalves('HỌC KỲ II')], '2026-05-20');
    expect(needsAt(a, 'GKII')).toEqual([[], ['Toán']]);
    expect(needsAt(a, 'CKII')).toEqual([['Toán'], []]);
  });

  it('"Toán giữa kỳ" under a merged "HỌC KỲ II" is Giữa kì II, "Toán cuối kỳ" Cuối kì II', () => {
    const a = run([CONFIG, danhSach([['HỌC KỲ II', '', ''], ['Toán giữa kỳ', 'Toán cuối kỳ', 'Văn giữa kỳ']],
      [['Nguyễn Văn An', '7A', 4, 6, 3]], [merge(1, 7, 3)])], '2026-05-20');
    expect(needsAt(a, 'GKII')).toEqual([['Toán', 'Ngữ văn']]);
    expect(needsAt(a, 'CKII')).toEqual([[]]);
  });

  it('"Giữa kỳ I" under "HỌC KỲ I" is Giữa kì I; "Giữa kỳ II" under it is said (COLUMN_UNPLACED), not read', () => {
    const ok = run([CONFIG, danhSach([['HỌC KỲ I'], ['Giữa kỳ I'], ['Toán']], [['Nguyễn Văn An', '7A', 4]])], '2026-01-10');
    expect(needsAt(ok, 'GKI')).toEqual([['Toán']]);
    const bad = run([CONFIG, danhSach([['HỌC KỲ I'], ['Giữa kỳ II'], ['Toán']], [['Nguyễn Văn An', '7A', 4]])], '2026-04-10');
    expect(a11(bad)).toEqual([]);
    expect(cellsOf(bad, 'COLUMN_UNPLACED')).toHaveLength(1);
  });

  it('"Đầu kỳ" under a semester, and "Toán đầu kỳ II", name no review point: said at the header, never read as Đầu năm or Cuối kì II', () => {
    const under = run([CONFIG, danhSach([['HỌC KỲ II'], ['Đầu kỳ'], ['Toán']], [['Nguyễn Văn An', '7A', 4]])], '2026-03-10');
    expect(a11(under)).toEqual([]);
    expect(cellsOf(under, 'COLUMN_UNPLACED')).toHaveLength(1);
    for (const label of ['Toán đầu kỳ II', 'Văn đầu học kỳ II', 'Đầu HK2 - Toán']) {
      const a = run([CONFIG, danhSach([[label]], [['Nguyễn Văn An', '7A', 4]])], '2026-03-10');
      expect(a11(a)).toEqual([]);
      expect(cellsOf(a, 'COLUMN_UNPLACED')).toEqual(['G1']);
    }
  });
});

/** Every need counted at any point: none when a column is not read. */
function a11(a: ReturnType<typeof run>): string[] {
  return a.students.flatMap((s) => Object.entries(s.reviews).flatMap(([p, r]) => (r?.need ?? []).map((n) => `${p} ${n}`)));
}

describe('"HK1 - CN", where CN may be Cả năm or Công nghệ', () => {
  it('holding only scores, is said at its header with the way to write Công nghệ', () => {
    const a = run([CONFIG, danhSach([['HK1 - Toán', 'HK1 - Ngữ văn', 'HK1 - CN']], [['Nguyễn Văn An', '8A', 6, 6, '3,0'], ['Trần Thị Bình', '8A', 7, 7, 8]])], '2026-01-10');
    const said = a.problems.filter((p) => p.code === 'COLUMN_UNPLACED');
    expect(said.map((p) => [p.cell, p.severity])).toEqual([['I1', 'error']]);
    expect(said[0].message).toBe('Cột I "HK1 - CN" ghi hai mốc (Cuối học kì I và Cả năm) trong một tiêu đề, nên chưa được tính. Mỗi cột ghi một mốc và một môn, ví dụ "HK1 - Toán". '
      + 'Nếu "CN" ở đây là môn Công nghệ, ghi "Công nghệ" thay cho "CN" (ví dụ "HK1 - Công nghệ").');
  });
});

describe('statistics lines inside a class block', () => {
  const block = (rows: Array<[string, string, ...unknown[]]>) => danhSach([['HK1 - Toán', 'HK1 - Ngữ văn']], rows, [merge(2, 4, 1, rows.length)]);

  it('"Tổng số HS dưới 5", "TB lớp", "Tỉ lệ" under the students (Lớp merged down) are no students', () => {
    const a = run([CONFIG, block([['Nguyễn Văn An', '8A', '3,5', 6], ['Trần Thị Bình', '8A', 7, 7], ['Tổng số HS dưới 5', '', 1, 0],
      ['TB lớp', '', '5,8', '5,3'], ['Tỉ lệ (%)', '', '50', '0'], ['Số HS yếu', '', 1, 0]])], '2026-01-10');
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(totalsAt(a, 'CKI')).toEqual([[8, 2, 1]]);
  });

  it.each(['TB chung', 'Trung bình cộng', 'Điểm trung bình', 'Tổng số nữ', 'Tổng số dưới TB'])('%p with numbers under the students is no student', (line) => {
    const a = run([CONFIG, block([['Nguyễn Văn An', '8A', '3,5', 6], ['Trần Thị Bình', '8A', 7, 7], [line, '', 1, '4,5']])], '2026-01-10');
    expect(totalsAt(a, 'CKI')).toEqual([[8, 2, 1]]);
  });

  it('a child whose name begins like a word of them ("Tống Văn Số") is a child', () => {
    const a = run([CONFIG, block([['Tống Văn Số', '8A', 4, 6], ['Trần Thị Bình', '8A', 7, 7]])], '2026-01-10');
    expect(totalsAt(a, 'CKI')).toEqual([[8, 2, 1]]);
  });

  it('a statistics line holding a rating word is read as a row (and its word said), as a Tổng cộng line is', () => {
    const a = run([CONFIG, danhSach([['HK1 - Toán', 'HK1 - Ngữ văn']], [['Nguyễn Văn An', '8A', '3,5', 6], ['TB lớp', '8A', 'Đạt', 6]])], '2026-01-10');
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'TB lớp']);
    expect(cellsOf(a, 'RATING_INVALID')).toEqual(['G3']);
  });
});

describe('a class Sheets turned into a date', () => {
  it('is read back as day/month ("3/2" became 3 February) and said at its Lớp cell, with how to keep it text', () => {
    const a = run([CONFIG, danhSach([['HK1 - Toán']], [['Nguyễn Văn An', '3/1', 'C'], ['Trần Thị Bình', wallClock(2026, 2, 3) as unknown as string, 'C']])], '2026-01-10');
    const said = a.problems.filter((p) => p.cell === 'D3');
    expect(said.map((p) => [p.code, p.severity])).toEqual([['GRADE_UNKNOWN', 'warning']]);
    expect(said[0].message).toBe('Ô Lớp của Trần Thị Bình là một ngày (03/02/2026), không phải chữ: Google Trang tính tự đổi tên lớp có dấu "/" (ví dụ 3/2) thành ngày. '
      + 'Tiện ích đọc lại thành lớp 3/2 (ngày/tháng); nếu sai, hoặc để ô luôn đúng, chọn cột Lớp, chọn Định dạng → Số → Văn bản thuần túy, rồi gõ lại tên lớp.');
    expect(a.students.map((s) => s.className)).toEqual(['3/1', '3/2']);
    expect(totalsAt(a, 'CKI')).toEqual([[3, 2, 2]]);
  });
});

describe('a mark book\'s score words in the header', () => {
  it('"ĐTB" under each subject of "CUỐI HỌC KỲ I" | "CẢ NĂM" is read', () => {
    const a = run([CONFIG, danhSach([['CUỐI HỌC KỲ I', '', 'CẢ NĂM', ''], ['Toán', 'Ngữ văn', 'Toán', 'Ngữ văn'], ['ĐTB', 'ĐTB', 'ĐTB', 'ĐTB']],
      [['Nguyễn Văn An', '9A', 4, 6, 5, '4,5']], [merge(1, 7, 2), merge(1, 9, 2)])], '2026-06-10');
    expect(needsAt(a, 'CKI')).toEqual([['Toán']]);
    expect(needsAt(a, 'CN')).toEqual([['Ngữ văn']]);
    expect(cellsOf(a, 'COLUMN_UNPLACED')).toEqual([]);
  });

  it('"Điểm" beside "Mức đạt được" under a primary subject is no second rating of it: the Mức is read, nothing repeated', () => {
    const a = run([CONFIG, danhSach([['Cuối học kì I', '', '', ''], ['Toán', '', 'Tiếng Việt', ''], ['Điểm', 'Mức đạt được', 'Điểm', 'Mức đạt được']],
      [['Nguyễn Văn An', '3A', 4, 'C', 6, 'H'], ['Trần Thị Bình', '3A', '', 'H', '', 'C']], [merge(1, 7, 4), merge(2, 7, 2), merge(2, 9, 2)])], '2026-01-10');
    expect(needsAt(a, 'CKI')).toEqual([['Toán'], ['Tiếng Việt']]);
    expect(cellsOf(a, 'HEADER_DUPLICATE')).toEqual([]);
  });
});

describe('a primary school\'s semester groups (review 21: none of them may lose a point)', () => {
  it.each(['HỌC KÌ II', 'ĐÁNH GIÁ HỌC KỲ II'])('%p over "Giữa kì II" | "Cuối năm": both read', (semester) => {
    const a = run([CONFIG, danhSach([[semester, ''], ['Giữa kì II', 'Cuối năm'], ['Toán', 'Toán']], [['Nguyễn Văn An', '3A', 'C', 'H'], ['Trần Thị Bình', '3A', 'H', 'C']],
      [merge(1, 7, 2)])], '2026-05-25');
    expect(needsAt(a, 'GKII')).toEqual([['Toán'], []]);
    expect(needsAt(a, 'CN')).toEqual([[], ['Toán']]);
  });

  it('"KẾT QUẢ ĐÁNH GIÁ HỌC KÌ I" over "Giữa kì I" | "Cuối kì I": both read', () => {
    const a = run([CONFIG, danhSach([['KẾT QUẢ ĐÁNH GIÁ HỌC KÌ I', ''], ['Giữa kì I', 'Cuối kì I'], ['Toán', 'Toán']], [['Nguyễn Văn An', '3A', 'C', 'H']], [merge(1, 7, 2)])], '2026-01-10');
    expect([needsAt(a, 'GKI'), needsAt(a, 'CKI')]).toEqual([[['Toán']], [[]]]);
  });

  it('"Cuối năm" over "Mức đạt được cuối kì" is Cuối năm', () => {
    const a = run([CONFIG, danhSach([['Cuối năm'], ['Toán'], ['Mức đạt được cuối kì']], [['Nguyễn Văn An', '3A', 'C']])], '2026-05-25');
    expect(needsAt(a, 'CN')).toEqual([['Toán']]);
  });

  it('"Tống Công Minh" is a child, not a total line', () => {
    const a = run([CONFIG, danhSach([['GKI - Toán']], [['Nguyễn Văn An', '3A', 'C'], ['Tống Công Minh', '3A', 'C']])], '2026-01-10');
    expect(totalsAt(a, 'GKI')).toEqual([[3, 2, 2]]);
    // Without its class, the row is still a child's: said, never skipped as a statistics line.
    const noClass = run([CONFIG, danhSach([['HK1 - Toán']], [['Nguyễn Văn An', '8A', 4], ['Tống Công Minh', '', 3]])], '2026-01-10');
    expect(noClass.problems.filter((p) => p.code === 'CLASS_MISSING').map((p) => p.cell)).toEqual(['D3']);
  });
});

describe('a subject\'s score named in several words under it', () => {
  it.each(['Điểm TB', 'Điểm trung bình', 'Điểm tổng kết', 'TK', 'Tổng kết HK1'])('%p under each subject of "Học kỳ I" is read', (score) => {
    const a = run([CONFIG, danhSach([['Học kỳ I', ''], ['Toán', 'Ngữ văn'], [score, score]], [['Nguyễn Văn An', '9A', 4, 6]], [merge(1, 7, 2)])], '2026-01-10');
    expect(needsAt(a, 'CKI')).toEqual([['Toán']]);
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('one child in two rows without a birth date', () => {
  it('is said as two children, with how to merge the rows if they are one', () => {
    const a = run([CONFIG, danhSach([['HK1 - Toán', 'HK1 - Ngữ văn']], [['Nguyễn Văn An', '8A', '3,5', ''], ['Nguyễn Văn An', '8A', '', 4]])], '2026-01-10');
    expect(a.problems.find((p) => p.code === 'SAME_NAME_NO_BIRTH')?.message).toBe('Lớp 8A có hai dòng tên Nguyễn Văn An (dòng 2 và dòng này) mà thiếu ngày sinh để phân biệt, nên được tính là hai em. '
      + 'Ghi ngày sinh nếu là hai em; nếu là một em, gộp kết quả của hai dòng vào một dòng rồi xóa dòng kia.');
  });
});
