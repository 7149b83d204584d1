// Review 20's and 22's leftovers on a secondary (and primary) Danh sách: a label row under the chosen
// header that names another point, a score Sheets turned into a date, "v" in a score column, the
// mark book's letters for Học tập / Rèn luyện, invisible characters pasted with a score, and the
// short names of Tiếng Anh and Học lực.
import { nameIdentity, tidy, fold } from '../../src/core/text';
import { monthFirst } from '../../src/core/cells';
import { run } from '../helpers/grid';
import { CONFIG, danhSach, merge } from '../helpers/danh-sach';
type Analysis = ReturnType<typeof run>;
const totalsAt = (a: Analysis, point: string) => a.totals[point as 'GKI']?.byGrade.map((g) => [g.grade, g.students, g.needSupport]);
const problemsOf = (a: Analysis, code: string) => a.problems.filter((p) => p.code === code);

describe('a label row under the header naming another point', () => {
  it.each([['3A', 'C'], ['7A', 4]])('"Cuối năm" over Toán over "Mức đạt được cuối học kì I" (%s) is said at that label, never read as Cuối năm', (className, rating) => {
    const a = run([CONFIG, danhSach([['Cuối năm'], ['Toán'], ['Mức đạt được cuối học kì I']],
      [['Nguyễn Văn An', className, rating], ['Lê Thị Bình', className, className === '3A' ? 'T' : 8]])], '2026-05-30');
    expect(a.totals.CN).toBeUndefined();
    const unplaced = problemsOf(a, 'COLUMN_UNPLACED');
    expect(unplaced.map((p) => p.cell)).toEqual(['G3']);
    expect(unplaced[0].message).toContain('"Cuối năm" và "Mức đạt được cuối học kì I"');
    expect(unplaced[0].severity).toBe('error');
  });

  it('the same rows with "Mức đạt được" (no point) under Toán are still Cuối năm', () => {
    const a = run([CONFIG, danhSach([['Cuối năm'], ['Toán'], ['Mức đạt được']], [['Nguyễn Văn An', '3A', 'C'], ['Lê Thị Bình', '3A', 'T']])], '2026-05-30');
    expect(totalsAt(a, 'CN')).toEqual([[3, 2, 1]]);
    expect(problemsOf(a, 'COLUMN_UNPLACED')).toEqual([]);
  });

  it('"HỌC KỲ I" over "Giữa kỳ II" names both labels', () => {
    const a = run([CONFIG, danhSach([['HỌC KỲ I'], ['Giữa kỳ II'], ['Toán']], [['Nguyễn Văn An', '7A', 4]])], '2026-04-10');
    expect(problemsOf(a, 'COLUMN_UNPLACED').map((p) => p.message)).toEqual([expect.stringContaining('"HỌC KỲ I" và "Giữa kỳ II"')]);
  });
});

describe('what a secondary score or result cell holds', () => {
  const oneRow = (cells: unknown[]) => run([CONFIG, danhSach([['HK1 - Toán', 'HK1 - Kết quả học tập', 'HK1 - Kết quả rèn luyện']],
    [['Nguyễn Văn An', '7A', ...cells], ['Lê Thị Bình', '7A', 8, 'Tốt', 'Tốt']])], '2026-01-20');

  it('a score Sheets turned into a date is said as the date it became, with how to type it as text', () => {
    const a = oneRow([new Date(Date.UTC(2026, 4, 4)), 'Khá', 'Tốt']);
    const [problem] = problemsOf(a, 'RATING_INVALID');
    expect(problem.cell).toBe('G2');
    expect(problem.message).toContain('ô này là ngày 04/05/2026, không phải điểm');
    expect(problem.message).toContain('Văn bản thuần túy');
    expect(problem.message).not.toContain('GMT');
    expect(totalsAt(a, 'CKI')).toEqual([[7, 1, 0]]);
  });

  it('"v" in a score column is asked about (a tick, or absent), not called a primary rating', () => {
    const [problem] = problemsOf(oneRow(['v', 'Khá', 'Tốt']), 'RATING_INVALID');
    expect(problem.message).toContain('"v" không rõ là dấu đánh dấu cần hỗ trợ hay "vắng"');
    expect(problem.message).not.toContain('tiểu học');
  });

  it.each([
    ['T', 'T', 0], ['K', 'K', 0], ['Đ', 'Đ', 0], ['G', 'T', 0], ['Y', 'K', 1], ['CĐ', 'Y', 1], ['T', 'Y', 1],
  ])('the mark book letters: Học tập %s, Rèn luyện %s → %d needing support', (learning, conduct, needs) => {
    const a = oneRow([7, learning, conduct]);
    expect(problemsOf(a, 'RATING_INVALID')).toEqual([]);
    expect(totalsAt(a, 'CKI')).toEqual([[7, 2, needs]]);
  });

  it('"G" is no Rèn luyện rating (hạnh kiểm has no Giỏi): said at its cell', () => {
    expect(problemsOf(oneRow([7, 'Khá', 'G']), 'RATING_INVALID').map((p) => p.cell)).toEqual(['I2']);
  });

  it('a score with an invisible character pasted before or after it is that score', () => {
    const a = oneRow(['\u200b4,5', 'Khá', 'Tốt\ufeff']);
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(totalsAt(a, 'CKI')).toEqual([[7, 2, 1]]);
  });
});

describe('invisible characters', () => {
  it('fold and tidy drop them; a name with one is the same child', () => {
    expect(fold('\u200bHK1\u2060 - Toán\ufeff')).toBe('hk1 - toan');
    expect(tidy('An\u200b')).toBe('An');
    expect(tidy('Nguyễn\u200c Văn\u200d An')).toBe('Nguyễn Văn An');
    expect(nameIdentity('Nguyễn Văn An\u200b')).toBe(nameIdentity('Nguyễn Văn An'));
  });
});

describe('short names of Tiếng Anh and Học lực', () => {
  // "Anh" is a given name, "Tạ" a family name and "Ảnh" a photo: never read as Tiếng Anh, but the message says how to write it.
  it.each(['Anh', 'TA', 'T.Anh'])('"HK1 - %s" is said, with "Tiếng Anh" to write', (label) => {
    const a = run([CONFIG, danhSach([['HK1 - Toán', `HK1 - ${label}`]], [['Nguyễn Văn An', '8A', 7, '3,5'], ['Lê Thị Bình', '8A', 7, 8]])], '2026-01-20');
    expect(problemsOf(a, 'COLUMN_UNPLACED').map((p) => p.message)).toEqual([expect.stringContaining('Nếu đây là môn Tiếng Anh, ghi "Tiếng Anh"')]);
  });

  it('"HL" under "HỌC KỲ I" is Học tập (học lực)', () => {
    const a = run([CONFIG, danhSach([['HỌC KỲ I', ''], ['Toán', 'HL']], [['Nguyễn Văn An', '8A', 7, 'Yếu'], ['Lê Thị Bình', '8A', 7, 'Khá']], [merge(1, 7, 2)])], '2026-01-20');
    expect(a.students.map((s) => s.reviews.CKI?.need)).toEqual([['Học tập'], []]);
  });
});

describe('a one-row label naming a point and a subject with one word more', () => {
  const tab = (label: string) => run([CONFIG, { name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', label], [1, 'Nguyễn Văn An', '7A', 4]] }], '2026-01-20');

  it.each([['Điểm Toán HK1', '"Điểm"', 'Toán HK1'], ['Toán KTCK HK1', '"KTCK"', 'Toán HK1'], ['Toán HK1 (thi lại)', '"thi", "lại"', 'Toán HK1'],
    ['Điểm TB Toán HK1 cũ', '"cũ"', 'Toán HK1'], ['Toán HK1 lớp 6', '"lớp"', 'Toán HK1'], ['Toán HK1 năm trước', '"trước"', 'Toán HK1']])(
    '"%s" names the words %s, and what to do if it is the Toán column and if it is another', (label, words, fix) => {
      const [problem] = problemsOf(tab(label), 'COLUMN_UNPLACED');
      expect(problem.cell).toBe('D1');
      expect(problem.message).toContain(`thêm ${words} mà tiện ích không hiểu`);
      expect(problem.message).toContain(`Nếu đây là cột Toán của mốc Cuối học kì I, bỏ ${words.includes(',') ? 'các chữ' : 'chữ'} đó (ví dụ "${fix}")`);
      expect(problem.message).toContain('chuyển cột này sang một trang khác');
    });

  it.each(['ĐTB môn Toán HK1', 'TBM Toán HK1', 'Toán HKI (ĐTB)'])('"%s": the mark book\'s average words only decorate, so it is read', (label) => {
    const a = tab(label);
    expect(problemsOf(a, 'COLUMN_UNPLACED')).toEqual([]);
    expect(a.students.map((s) => s.reviews.CKI?.need)).toEqual([['Toán']]);
  });
});

describe('classes Sheets turned into dates', () => {
  it('are said once per class, at its first row, with how many more rows', () => {
    const date = (m: number, d: number) => new Date(Date.UTC(2026, m - 1, d));
    const a = run([CONFIG, danhSach([['CKI - Toán']], [
      ['Nguyễn Văn An', date(1, 1) as unknown as string, 'C'], ['Lê Thị Bình', date(1, 1) as unknown as string, 'T'],
      ['Trần Văn Cường', date(1, 1) as unknown as string, 'H'], ['Phạm Thị Dung', date(2, 3) as unknown as string, 'C']])], '2026-01-10');
    const said = problemsOf(a, 'GRADE_UNKNOWN');
    expect(said.map((p) => [p.cell, p.severity])).toEqual([['D2', 'warning'], ['D5', 'warning']]);
    expect(said[0].message).toContain('Ô Lớp của Nguyễn Văn An và 2 học sinh khác là một ngày (01/01/2026)');
    expect(said[0].message).toContain('đọc lại thành lớp 1/1');
    expect(said[1].message).toContain('Ô Lớp của Phạm Thị Dung là một ngày (03/02/2026)');
    expect(a.students.map((s) => s.className)).toEqual(['1/1', '1/1', '1/1', '3/2']);
    expect(a.totals.CKI?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[1, 3, 1], [3, 1, 1]]);
  });
});

describe('a class turned into a date, in a file whose locale writes month first', () => {
  it.each([['en_US', '7/10', 7, 'tháng/ngày'], ['vi_VN', '10/7', 10, 'ngày/tháng']])('%s: the date 10 July is read back as "%s" (khối %d)', (locale, className, grade, order) => {
    const a = run([CONFIG, danhSach([['HK1 - Toán']], [['Nguyễn Văn An', new Date(Date.UTC(2025, 6, 10)) as unknown as string, 4]])], '2026-01-10', locale);
    expect(a.students.map((s) => [s.className, s.grade])).toEqual([[className, grade]]);
    expect(problemsOf(a, 'GRADE_UNKNOWN')[0].message).toContain(`đọc lại thành lớp ${className} (${order})`);
  });
});

describe('monthFirst', () => {
  it('is true for the locales Sheets writes month first, however the locale is spelled', () => {
    expect(['en_US', 'en-US', 'EN_us', 'en_PH', 'ja_JP', 'ko_KR', 'vi_VN', 'en_GB', 'fr_FR', '', undefined].map(monthFirst))
      .toEqual([true, true, true, true, true, true, false, false, false, false, false]);
  });
});

describe('review 23: labels of one column naming points that agree, or not', () => {
  const threeA = (cells: Array<[unknown, unknown]>): Array<[string, string, ...unknown[]]> => cells.map(([x, y], i) => [['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Văn Cường'][i], '3A', x, y]);

  it('at primary "Mức đạt được cuối HKII" under "Cuối năm" is Cuối năm (one point), not two points', () => {
    const a = run([CONFIG, danhSach([['Cuối năm', ''], ['Toán', 'Tiếng Việt'], ['Mức đạt được cuối HKII', 'Mức đạt được cuối HK2']],
      threeA([['C', 'T'], ['T', 'H']]), [merge(1, 7, 2)])], '2026-05-30');
    expect(totalsAt(a, 'CN')).toEqual([[3, 2, 1]]);
    expect(problemsOf(a, 'COLUMN_UNPLACED')).toEqual([]);
  });

  /** The field row in row 2, under a point row it does not share: `top` over the fields' row, `below` under it. */
  const fieldsSecond = (top: string[], second: string[], below: string[], rows: unknown[][], merges: Array<[number, number, number]>) => ({
    name: 'Danh sách',
    values: [['', '', '', ...top], ['STT', 'Họ và tên', 'Lớp', ...second], ['', '', '', ...below], ...rows],
    merges: merges.map(([row, column, columns]) => merge(row, column, columns)),
  });

  it('"CUỐI NĂM" over the field row with "Mức đạt được" | "Điểm KTĐK cuối kì II" under each subject is still Cuối năm', () => {
    const grid = fieldsSecond(['CUỐI NĂM', '', '', ''], ['Toán', '', 'Tiếng Việt', ''], ['Mức đạt được', 'Điểm KTĐK cuối kì II', 'Mức đạt được', 'Điểm KTĐK cuối kì II'],
      [[1, 'Nguyễn Văn An', '3A', 'C', 4, 'T', 9], [2, 'Lê Thị Bình', '3A', 'H', 7, 'C', 4]], [[1, 4, 4], [2, 4, 2], [2, 6, 2]]);
    const a = run([CONFIG, grid], '2026-05-30');
    expect(totalsAt(a, 'CN')).toEqual([[3, 2, 2]]);
  });

  it('"HỌC KỲ I" over the field row and "ĐTB cả năm" under Văn: Văn is said, never read at Cả năm or Cuối kì I', () => {
    const grid = fieldsSecond(['HỌC KỲ I', ''], ['Toán', 'Ngữ văn'], ['Điểm', 'ĐTB cả năm'],
      [[1, 'Nguyễn Văn An', '7A', 4, 6], [2, 'Lê Thị Bình', '7A', 8, 3]], [[1, 4, 2]]);
    const a = run([CONFIG, grid], '2026-01-20');
    expect(a.totals.CN).toBeUndefined();
    expect(a.students.map((s) => s.reviews.CKI?.need ?? [])).not.toContainEqual(['Ngữ văn']);
    expect(problemsOf(a, 'COLUMN_UNPLACED').map((p) => p.cell)).toContain('E3');
  });

  it.each([['Giữa học kì I', 'Mức đạt được CHKI', '2026-01-20'], ['Giữa kỳ II', 'CHK2', '2026-05-20']])('"%s" over Toán over "%s" (Cuối học kì): said, never read', (top, below, today) => {
    const a = run([CONFIG, danhSach([[top], ['Toán'], [below]], [['Nguyễn Văn An', '7A', 4], ['Lê Thị Bình', '7A', 8]])], today);
    expect(Object.keys(a.totals)).toEqual([]);
    expect(problemsOf(a, 'COLUMN_UNPLACED')).toHaveLength(1);
  });

  it('one column whose label below names another point is said; the columns beside it are read as before', () => {
    const a = run([CONFIG, danhSach([['HỌC KỲ I', '', ''], ['Toán', 'Ngữ văn', 'Tiếng Anh'], ['Điểm', 'Điểm', 'ĐTB cả năm']],
      [['Nguyễn Văn An', '7A', 4, 6, 3], ['Lê Thị Bình', '7A', 8, 3, 8]], [merge(1, 7, 3)])], '2026-01-20');
    expect(a.students.map((s) => s.reviews.CKI?.need)).toEqual([['Toán'], ['Ngữ văn']]);
    expect(problemsOf(a, 'COLUMN_UNPLACED').map((p) => p.cell)).toEqual(['I3']);
    expect(a.totals.CN).toBeUndefined();
  });

  it('at secondary "ĐTB cả năm" beside "ĐTB HK2" under "CUỐI HỌC KỲ II" is never read as Cuối kì II', () => {
    const a = run([CONFIG, danhSach([['CUỐI HỌC KỲ II', ''], ['Toán', ''], ['ĐTB cả năm', 'ĐTB HK2']],
      [['Nguyễn Văn An', '7A', 6, 4], ['Lê Thị Bình', '7A', 3, 7]], [merge(1, 7, 2), merge(2, 7, 2)])], '2026-05-25');
    expect(a.students.map((s) => s.reviews.CKII?.need)).toEqual([['Toán'], []]);
    expect(problemsOf(a, 'HEADER_DUPLICATE')).toEqual([]);
  });

  it('a title naming a point merged over the table above one-row labels of other points changes nothing', () => {
    const grid = { name: 'Danh sách',
      values: [['ĐÁNH GIÁ CUỐI NĂM', '', '', '', '', '', ''], ['STT', 'Họ và tên', 'Lớp', 'GKI - Toán', 'CKI - Toán', 'GKII - Toán', 'CN - Toán'],
        [1, 'Nguyễn Văn An', '3A', 'C', 'C', 'H', 'C'], [2, 'Lê Thị Bình', '3A', 'T', 'T', 'C', 'T']],
      merges: [merge(1, 1, 7)] };
    const a = run([CONFIG, grid], '2026-05-30');
    expect(Object.keys(a.totals)).toEqual(['GKI', 'CKI', 'GKII', 'CN']);
    expect(problemsOf(a, 'COLUMN_UNPLACED')).toEqual([]);
  });

  it('a semester over its own Giữa kỳ over an unknown subject is said as the unknown subject, not as two points', () => {
    const a = run([CONFIG, danhSach([['HỌC KỲ I'], ['Giữa kỳ I'], ['Môn tự chọn']], [['Nguyễn Văn An', '7A', 4]])], '2026-01-20');
    const messages = problemsOf(a, 'COLUMN_UNPLACED').map((p) => p.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).not.toContain('hai mốc');
  });

  it('"CN" under "HỌC KỲ I" holding scores: two points, with the Công nghệ hint', () => {
    const a = run([CONFIG, danhSach([['HỌC KỲ I', ''], ['Toán', 'CN']], [['Nguyễn Văn An', '7A', 4, '3,5']], [merge(1, 7, 2)])], '2026-01-20');
    expect(problemsOf(a, 'COLUMN_UNPLACED').map((p) => p.message)).toEqual([expect.stringContaining('Nếu "CN" ở đây là môn Công nghệ')]);
  });
});

describe('review 23: rows and columns that only look like ratings or headers', () => {
  it('a child whose name is made of subject names ("Lý" | "Hóa"), under a Lớp merged down the class, is a child', () => {
    const grid = {
      name: 'Danh sách',
      values: [['Họ', 'Tên', 'Lớp', 'Đầu năm - Toán'], ['Nguyễn Văn', 'Bình', '7A', 'x'], ['Lý', 'Hóa', '', ''], ['Lê Thị', 'Chi', '', 'x'], ['Trần Văn', 'Dũng', '', '']],
      merges: [merge(2, 3, 1, 4)],
    };
    const a = run([CONFIG, grid], '2025-09-25');
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn Văn Bình', 'Lý Hóa', 'Lê Thị Chi', 'Trần Văn Dũng']);
    expect(problemsOf(a, 'HEADER_REPEATED_DIFFERS')).toEqual([]);
  });

  it.each([['Tháng 9', ['K', 'P']], ['Hộ nghèo', ['Y', 'N']], ['Nhóm', ['G', 'G']], ['Số anh chị em', [2, 3]]])('a "%s" column holding %p is no rating column: nothing said', (label, cells) => {
    const a = run([CONFIG, danhSach([['HK1 - Toán', label]], [['Nguyễn Văn An', '7A', 4, cells[0]], ['Lê Thị Bình', '7A', 8, cells[1]]])], '2026-01-20');
    expect(problemsOf(a, 'COLUMN_UNPLACED')).toEqual([]);
  });

  it('U+FEFF between two words is a space: the name is the same child', () => {
    expect(tidy('Nguyễn\ufeffVăn An')).toBe('Nguyễn Văn An');
    expect(fold('Nguyễn\ufeffVăn An')).toBe('nguyen van an');
  });
});

describe('review 25', () => {
  it.each([['KQ cuối năm học trước', '3A', 'x'], ['Mức đạt được cuối năm lớp 2', '3A', 'x'], ['ĐTB cả năm lớp 6', '7A', 'x']])(
    'last year\'s Cuối năm under Đầu năm ("%s") is the baseline: Đầu năm is read', (below, className, mark) => {
      const a = run([CONFIG, danhSach([['Đầu năm'], ['Toán'], [below]], [['Nguyễn Văn An', className, mark], ['Lê Thị Bình', className, '']])], '2025-09-25');
      expect(a.totals.DN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[Number(className[0]), 2, 1]]);
      expect(problemsOf(a, 'COLUMN_UNPLACED')).toEqual([]);
    });

  it('a title naming another point typed in the name column between two class blocks: the block under it is said, not read at the header\'s point', () => {
    const a = run([CONFIG, { name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', 'GKI - Toán'], [1, 'Nguyễn Văn An', '3A', 'C'],
      ['', 'KẾT QUẢ CUỐI HKI', '', ''], [1, 'Lê Thị Bình', '3B', 'C']] }], '2026-01-20');
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn Văn An']);
    expect(problemsOf(a, 'HEADER_REPEATED_DIFFERS').map((p) => p.cell)).toEqual(['B3']);
  });

  it('a title naming the header\'s own point typed in the name column between two class blocks is a title, not a student', () => {
    const a = run([CONFIG, { name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', 'CKI - Toán'], [1, 'Nguyễn Văn An', '3A', 'C'],
      ['', 'KẾT QUẢ CUỐI HKI', '', ''], ['STT', 'Họ và tên', 'Lớp', 'CKI - Toán'], [1, 'Lê Thị Bình', '3B', 'C']] }], '2026-01-20');
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình']);
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a result column written "Xếp loại"', () => {
  it('"HK1 - XLHL" and "HK1 - XLHK" are Học tập and Rèn luyện', () => {
    const a = run([CONFIG, danhSach([['HK1 - Toán', 'HK1 - XLHL', 'HK1 - XLHK']], [['Nguyễn Văn An', '8A', 7, 'Y', 'K'], ['Lê Thị Bình', '8A', 7, 'G', 'Y']])], '2026-01-20');
    expect(a.students.map((s) => s.reviews.CKI?.need)).toEqual([['Học tập'], ['Rèn luyện']]);
  });

  it('"Xếp loại HK1" holding G/K/Y (học lực or hạnh kiểm?) is said at its header, never dropped without a word', () => {
    const a = run([CONFIG, danhSach([['HK1 - Toán', 'Xếp loại HK1']], [['Nguyễn Văn An', '8A', 7, 'Y'], ['Lê Thị Bình', '8A', 7, 'K']])], '2026-01-20');
    expect(problemsOf(a, 'COLUMN_UNPLACED').map((p) => [p.cell, p.severity])).toEqual([['H1', 'error']]);
  });
});

describe('a repeated two-row header with "Họ và tên" merged over "Họ đệm" | "Tên"', () => {
  it('is the same header: the class block under it is read', () => {
    const header = [['STT', 'Họ và tên', '', 'Lớp', 'GKI - Toán'], ['', 'Họ đệm', 'Tên', '', '']];
    const values = [...header, [1, 'Nguyễn Văn', 'An', '3A', 'C'], [2, 'Lê Thị', 'Bình', '3A', 'T'], ...header, [1, 'Trần Văn', 'Cường', '3B', 'C'], [2, 'Phạm Thị', 'Dung', '3B', 'C']];
    const merges = [1, 5].flatMap((row) => [merge(row, 2, 2), merge(row, 1, 1, 2), merge(row, 4, 1, 2), merge(row, 5, 1, 2)]);
    const a = run([CONFIG, { name: 'Danh sách', values, merges }], '2025-11-20');
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Văn Cường', 'Phạm Thị Dung']);
    expect(problemsOf(a, 'HEADER_REPEATED_DIFFERS')).toEqual([]);
  });

  it('a repeated header naming another field in a name column still differs, and is said', () => {
    const values = [['STT', 'Họ và tên', 'Lớp', 'GKI - Toán'], [1, 'Nguyễn Văn An', '3A', 'C'], ['STT', 'Lớp', 'Họ và tên', 'GKI - Toán'], [1, '3B', 'Trần Văn Cường', 'C']];
    const a = run([CONFIG, { name: 'Danh sách', values }], '2025-11-20');
    expect(problemsOf(a, 'HEADER_REPEATED_DIFFERS').map((p) => p.cell)).toEqual(['B3']);
  });
});

describe('an unknown subject under a semester and its point', () => {
  it('is said under the point it is under: the semester\'s Giữa kì, not the semester', () => {
    const a = run([CONFIG, danhSach([['HỌC KỲ I'], ['Giữa kỳ I'], ['Môn tự chọn']], [['Nguyễn Văn An', '7A', 4]])], '2026-01-20');
    const [message] = problemsOf(a, 'COLUMN_UNPLACED').map((p) => p.message);
    expect(message).toContain('thuộc mốc Giữa học kì I');
    expect(message).not.toContain('"Giữa kỳ I" không phải tên môn');
  });
});

describe('"CN" under semester II or Cả năm', () => {
  it.each(['HỌC KỲ II', 'Cuối kỳ II', 'Cả năm'])('"%s" over Toán | CN holding scores: said, with the Công nghệ hint', (top) => {
    const a = run([CONFIG, danhSach([[top, ''], ['Toán', 'CN']], [['Nguyễn Văn An', '7A', 4, '3,5']], [merge(1, 7, 2)])], '2026-05-25');
    expect(problemsOf(a, 'COLUMN_UNPLACED').map((p) => p.message)).toEqual([expect.stringContaining('Nếu "CN" ở đây là môn Công nghệ')]);
  });
});

describe('review 26', () => {
  it('a repeated header with the name parts swapped ("Tên" | "Họ đệm") differs, and is said', () => {
    const top = [['STT', 'Họ và tên', '', 'Lớp', 'GKI - Toán'], ['', 'Họ đệm', 'Tên', '', '']];
    const swapped = [['STT', 'Họ và tên', '', 'Lớp', 'GKI - Toán'], ['', 'Tên', 'Họ đệm', '', '']];
    const values = [...top, [1, 'Nguyễn Văn', 'An', '3A', 'C'], ...swapped, [1, 'Cường', 'Trần Văn', '3B', 'C']];
    const merges = [1, 4].flatMap((row) => [merge(row, 2, 2), merge(row, 1, 1, 2), merge(row, 4, 1, 2), merge(row, 5, 1, 2)]);
    const a = run([CONFIG, { name: 'Danh sách', values, merges }], '2025-11-20');
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn Văn An']);
    expect(problemsOf(a, 'HEADER_REPEATED_DIFFERS')).toHaveLength(1);
  });

  it.each([['HK1 - Điểm danh', ['P', 'K']], ['Đăng ký Tin học', ['Y', 'N']], ['HK1 - Ghi chú', ['K', 'đi muộn']]])('"%s" holding %p is no rating column: nothing said', (label, cells) => {
    const a = run([CONFIG, danhSach([['HK1 - Toán', label]], [['Nguyễn Văn An', '7A', 4, cells[0]], ['Lê Thị Bình', '7A', 8, cells[1]]])], '2026-01-20');
    expect(problemsOf(a, 'COLUMN_UNPLACED')).toEqual([]);
  });
});
