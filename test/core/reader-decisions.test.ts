// Reader decisions that only the bundle tests reached (mutation testing of read/, issue 17): each case
// pins one decision of the reader at core level, where a mutant of it can be caught.
import { absencePart, classifySecondary } from '../../src/core/read/official-secondary';
import { absenceColumnOf } from '../../src/core/read/roster/absences';
import { columnPoints } from '../../src/core/read/roster/reviews';
import { classify, matchSubject } from '../../src/core/read/official/columns';
import { levelProblem, takeLevel } from '../../src/core/read/target-levels';
import { readMentorName } from '../../src/core/read/mentor-names';
import { rosterGrid, run } from '../helpers/grid';

const label = (text: string, row: number) => ({ text, row, column: 7 });
/** One Danh sách tab of these rows (header first), analysed on `today`. */
const danhSach = (values: unknown[][], today: string) => run([{ name: 'Danh sách', values }], today);

describe('a Cuối HKII column', () => {
  it('is Cuối kì II under secondary rows and Cuối năm under primary ones, never both for one level', () => {
    expect(columnPoints('CKII', ['THCS'])).toEqual(['CKII']);
    expect(columnPoints('CKII', ['TH'])).toEqual(['CN']);
    expect(columnPoints('CKII', ['TH', 'THPT'])).toEqual(['CN', 'CKII']);
    // No row read under it yet: the primary reading.
    expect(columnPoints('CKII', [])).toEqual(['CN']);
  });
});

describe('Buổi nghỉ columns', () => {
  it('P, K and Tổng are read with their decoration: "(P)", "K.", "Tổng :"', () => {
    expect(absencePart('(P)')).toBe('excused');
    expect(absencePart('K.')).toBe('unexcused');
    expect(absencePart('Tổng :')).toBe('total');
    expect(absencePart('Có phép')).toBe('excused');
    expect(absencePart('Ghi chú')).toBeUndefined();
  });

  it('a part written under "Số buổi nghỉ" names the column; without one, the total', () => {
    expect(absenceColumnOf(7, [label('Học kỳ 1', 0), label('Số buổi nghỉ', 1), label('K', 2)])).toEqual({ column: 7, reviewPoint: 'CKI', part: 'unexcused' });
    // No label names a point: Cả năm's place, as the count so far (review-7 F1, changed on purpose).
    expect(absenceColumnOf(7, [label('Số buổi nghỉ', 0), label('Có phép', 1)])).toEqual({ column: 7, reviewPoint: 'CN', part: 'excused', soFar: true });
    expect(absenceColumnOf(7, [label('Số buổi nghỉ', 0)])).toEqual({ column: 7, reviewPoint: 'CN', part: 'total', soFar: true });
    // The semester between the group and its part: the part is the first label below that names one.
    expect(absenceColumnOf(7, [label('Số buổi nghỉ', 0), label('Học kỳ 1', 1), label('P', 2)])).toEqual({ column: 7, reviewPoint: 'CKI', part: 'excused' });
    expect(absenceColumnOf(7, [label('Toán', 0)])).toBeUndefined();
  });

  it('in a vnEdu export: "Số buổi nghỉ" alone is the total; a known column that is not a rating is kept aside', () => {
    expect(classifySecondary(['Số buổi nghỉ'], matchSubject)).toEqual({ kind: 'absence', part: 'total' });
    expect(classify(['Số buổi nghỉ'])).toEqual({ kind: 'absence', part: 'total', scale: 'subject', marked: true });
    expect(classify(['Điểm TK'])).toEqual({ kind: 'other', scale: 'subject', marked: true, ignored: true });
  });
});

describe('a target\'s level', () => {
  it('reads a score of two digits: "từ 10 điểm trở lên"', () => {
    const { level } = takeLevel('toan tu 10 diem tro len', true);
    expect(level).toMatchObject({ kind: 'score', score: 10, label: 'từ 10,0 điểm trở lên' });
    expect(takeLevel('toan tu 6,5 diem tro len', true).level).toMatchObject({ kind: 'score', score: 6.5 });
  });

  it('leaves the rest of the text with one space where the level was: what stays is the area and the share', () => {
    expect(takeLevel('toan tren tb 95%', false)).toMatchObject({ rest: 'toan 95%', level: { kind: 'average' } });
    expect(takeLevel('toan tren trung binh(95%)', false).rest).toBe('toan (95%)');
    // In a value cell a bare number is the share, not a score: "5 trở lên" is no level there.
    expect(takeLevel('5 tro len', false)).toEqual({ rest: '5 tro len' });
  });

  it('a level above "not needing support" says what the sheet measures instead', () => {
    const higher = takeLevel('tu kha tro len', false).level;
    expect(higher).toMatchObject({ kind: 'higher' });
    expect(levelProblem(higher as never, 'Toán', 5)).toBe('Chỉ tiêu Toán mức Khá trở lên chưa tính được: Danh sách chỉ ghi học sinh cần hỗ trợ, '
      + 'không ghi mức của mọi học sinh. Bảng tính chỉ đối sánh tỉ lệ học sinh không cần hỗ trợ (trên trung bình); ghi ví dụ "Toán trên trung bình 98%", hoặc xóa chỉ tiêu này.');
  });
});

describe('messages at a rating cell', () => {
  it('two columns of one primary point that disagree: the error names the area, the child, both values and both columns', () => {
    const a = run([rosterGrid([
      { name: 'Lê Văn Tám', className: '3A', ratings: { CKII: { Toán: ' C' }, CN: { Toán: 'H ' } } },
    ], { points: ['CKII', 'CN'], areas: ['Toán'] })], '2026-06-01');
    const conflict = a.problems.filter((p) => p.code === 'RATING_CONFLICT');
    expect(conflict).toHaveLength(1);
    expect(conflict[0].message).toBe('Ô Toán của Lê Văn Tám ghi "H" ở cột Cuối năm, nhưng cột Cuối học kì II ghi "C": ở tiểu học hai cột này cùng là mốc Cuối năm, '
      + 'nên dòng này chưa được tính. Giữ một mức đánh giá: xóa ô sai, hoặc ghi cùng một mức ở cả hai ô.');
  });

  it('a value that is no rating: the cell is named by its area, its point and the child', () => {
    const a = run([rosterGrid([{ name: 'Hồ Thị Ba', className: '2B', ratings: { GKI: { Toán: 'Z' } } }], { points: ['GKI'], areas: ['Toán'] })], '2026-01-20');
    const invalid = a.problems.filter((p) => p.code === 'RATING_INVALID');
    expect(invalid).toHaveLength(1);
    expect(invalid[0].message.startsWith('Ô Toán (Giữa học kì I) của Hồ Thị Ba ')).toBe(true);
  });
});

describe('a primary row with both a Cuối HKII and a Cuối năm column', () => {
  it('reads whichever of the two is filled: a blank one is no disagreement', () => {
    const a = run([rosterGrid([
      { name: 'Mai Văn Tư', className: '2B', ratings: { CN: { Toán: 'C' } } },
      { name: 'Lý Văn Năm', className: '2B', ratings: { CKII: { Toán: 'C' } } },
    ], { points: ['CKII', 'CN'], areas: ['Toán'] })], '2026-06-01');
    expect(a.problems.filter((p) => p.code === 'RATING_CONFLICT')).toEqual([]);
    expect(a.students.map((s) => [s.name, s.reviews.CN?.need])).toEqual([['Mai Văn Tư', ['Toán']], ['Lý Văn Năm', ['Toán']]]);
  });
});

describe('a row without a name', () => {
  // The row is reported for its missing name; its cells are named without "của …".
  const nameless = (ratings: Record<string, Record<string, unknown>>, points: string[]) =>
    run([rosterGrid([{ name: 'Bùi Thị Hoa', className: '2B', ratings: {} }, { name: '', className: '2B', ratings }], { points, areas: ['Toán'] })], '2026-06-01');

  it('a value that is no rating, and two columns that disagree, are named by the cell alone', () => {
    expect(nameless({ GKI: { Toán: 'Z' } }, ['GKI']).problems.find((p) => p.code === 'RATING_INVALID')?.message.startsWith('Ô Toán (Giữa học kì I) ghi "Z", ')).toBe(true);
    expect(nameless({ CKII: { Toán: 'C' }, CN: { Toán: 'H' } }, ['CKII', 'CN']).problems.find((p) => p.code === 'RATING_CONFLICT')?.message
      .startsWith('Ô Toán ghi "H" ở cột Cuối năm, nhưng cột Cuối học kì II ghi "C"')).toBe(true);
  });

  it('a Buổi nghỉ that is no number', () => {
    const a = danhSach([
      ['Họ và tên', 'Lớp', 'Cả năm - Toán', 'Số buổi nghỉ'],
      ['Bùi Thị Hoa', '6A', 7, 2],
      ['', '6A', 8, 'ốm'],
    ], '2026-06-01');
    expect(a.problems.find((p) => p.code === 'ABSENCE_INVALID')?.message)
      .toBe('Ô Buổi nghỉ (Cả năm) ghi "ốm", không phải một số buổi, nên số buổi nghỉ Cả năm chưa được tính. Ghi số buổi nghỉ (ví dụ 3), hoặc 0.');
  });
});

describe('a total line', () => {
  it('with a rating word among its counts is no total line: the row is read, its count is an error at its cell, and it is left out', () => {
    const a = danhSach([
      ['Họ và tên', 'Lớp', 'GKI - Toán', 'GKI - Tiếng Việt'],
      ['Nguyễn Văn An', '1A', 'C', 'H'],
      ['Tổng cộng', '1A', 2, 'C'],
    ], '2026-01-20');
    expect(a.roster.skipped.total).toBe(0);
    expect(a.students.map((s) => [s.name, s.excluded])).toEqual([['Nguyễn Văn An', false], ['Tổng cộng', true]]);
    expect(a.problems.filter((p) => p.code === 'RATING_INVALID').map((p) => p.cell)).toEqual(['C3']);
    expect(a.totals.GKI?.total).toMatchObject({ students: 1, needSupport: 1 });
  });
});

describe('a repeated review column', () => {
  it('of a part is named with its part, and only the first counts', () => {
    const a = danhSach([
      ['Họ và tên', 'Lớp', 'GKI - TV (Đọc)', 'GKI - TV (Viết)', 'GKI - TV (Đọc)'],
      ['Nguyễn Văn An', '1A', 'H', 'H', 'C'],
    ], '2026-01-20');
    expect(a.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['HEADER_DUPLICATE@E1']);
    expect(a.problems[0].message).toBe('Cột "Tiếng Việt (Đọc)" của mốc Giữa học kì I lặp lại (đã có ở cột C). Chỉ cột đầu được tính; xóa hoặc đổi tên cột này.');
    expect(a.students[0].reviews.GKI?.need).toEqual([]);
  });
});

describe('whether a target\'s level can be judged', () => {
  const level = (text: string) => takeLevel(text, true).level as NonNullable<ReturnType<typeof takeLevel>['level']>;
  it.each<[string, string, number, string | undefined]>([
    ['tu dat tro len', 'Học tập', 5, undefined],
    ['tren trung binh', 'Học tập', 6.5, undefined], // TT58's Trung bình for a result: no score involved
    ['tren trung binh', 'Toán', 5, undefined],
    ['tu 5 diem tro len', 'Toán', 5, undefined],
    ['tren trung binh', 'Toán', 6.5, 'Chỉ tiêu Toán từ 5 điểm không khớp ngưỡng cần hỗ trợ của trường (dưới 6,5'],
    ['tu 6 diem tro len', 'Toán', 5, 'Chỉ tiêu Toán từ 6 điểm trở lên chưa tính được'],
    ['tren trung binh', 'Năng lực', 6.5, 'Chỉ tiêu Năng lực "từ Trung bình trở lên" không thuộc thang đánh giá của Năng lực.'],
    ['tu hoan thanh tro len', 'Học tập', 5, 'Chỉ tiêu Học tập "từ Hoàn thành trở lên" không thuộc thang đánh giá của Học tập.'],
  ])('%s for %s (threshold %d)', (text, area, threshold, problem) => {
    const said = levelProblem(level(text), area, threshold);
    if (problem === undefined) expect(said).toBeUndefined();
    else expect(said?.startsWith(problem)).toBe(true);
  });
});

describe('a note after a dash in a mentor\'s name', () => {
  it('is dropped when it says where the teacher works or marks the second mentor, kept otherwise', () => {
    expect(readMentorName('Nguyễn Thị Lan - Khối 3')).toMatchObject({ name: 'Nguyễn Thị Lan', support: false });
    expect(readMentorName('Nguyễn Thị Lan - Hải Phòng').written).toBe('Nguyễn Thị Lan - Hải Phòng');
    expect(readMentorName('Lê Văn Nam - Bảo Tô').written).toBe('Lê Văn Nam - Bảo Tô');
  });
});

describe('an area written in parts', () => {
  const read = (rows: unknown[][]) => danhSach([
    ['Họ và tên', 'Lớp', 'GKI - Toán', 'GKI - TV (Đọc)', 'GKI - TV (Viết)'], ...rows,
  ], '2026-01-20').students.map((s) => [s.name, s.reviews.GKI?.need, s.reviews.GKI?.blank]);

  it('is filled when one part is, and blank once when every part is', () => {
    expect(read([
      ['Nguyễn Văn An', '1A', 'H', 'C', ''],
      ['Lê Thị Bình', '1A', 'H', '', ''],
    ])).toEqual([['Nguyễn Văn An', ['Tiếng Việt'], []], ['Lê Thị Bình', [], ['Tiếng Việt']]]);
  });

  it('a value that is no rating in a part names the part', () => {
    const a = danhSach([
      ['Họ và tên', 'Lớp', 'GKI - Toán', 'GKI - TV (Đọc)'],
      ['Nguyễn Văn An', '1A', 'H', 'Z'],
    ], '2026-01-20');
    expect(a.problems.find((p) => p.code === 'RATING_INVALID')?.message.startsWith('Ô Tiếng Việt (Đọc) (Giữa học kì I) của Nguyễn Văn An ghi "Z"')).toBe(true);
  });

  it('two columns of one primary point that disagree on a part name the part', () => {
    const a = danhSach([
      ['Họ và tên', 'Lớp', 'CKII - TV (Đọc)', 'CN - TV (Đọc)'],
      ['Nguyễn Văn An', '3A', 'C', 'H'],
    ], '2026-06-01');
    expect(a.problems.find((p) => p.code === 'RATING_CONFLICT')?.message.startsWith('Ô Tiếng Việt (Đọc) của Nguyễn Văn An ghi "H" ở cột Cuối năm')).toBe(true);
  });
});

describe('a one-row Buổi nghỉ label', () => {
  it.each<[string, string, string]>([
    ['HK1 - Số buổi nghỉ', 'CKI', 'total'],
    ['Buổi nghỉ HK1 (P)', 'CKI', 'excused'],
    ['Buổi nghỉ HK1 (có phép)', 'CKI', 'excused'],
    ['Số buổi nghỉ (K)', 'CN', 'unexcused'], // no point named: the count so far (soFar)
    ['Số buổi nghỉ: HK2', 'CKII', 'total'],
    ['Số buổi nghỉ học kì 1', 'CKI', 'total'],
    ['Số buổi nghỉ giữa kì 1', 'GKI', 'total'],
    // The point among other words: read as a header label reads it.
    ['Số buổi nghỉ kết quả HK1', 'CKI', 'total'],
    ['GK1 2025 - Số buổi nghỉ', 'GKI', 'total'],
  ])('"%s" is %s, %s', (text, reviewPoint, part) => {
    const soFar = text === 'Số buổi nghỉ (K)' ? { soFar: true } : {};
    expect(absenceColumnOf(3, [{ text, row: 0, column: 3 }])).toEqual({ column: 3, reviewPoint, part, ...soFar });
  });
});

describe('a rating in a row whose class is missing', () => {
  it('a value of the secondary scales is no second error (the class is); any other value still is', () => {
    const a = danhSach([
      ['Họ và tên', 'Lớp', 'Cả năm - Toán', 'Cả năm - Văn'],
      ['An', '', '4,5', 'Z'],
      ['Bình', '6A', 7, 8],
    ], '2026-06-01');
    expect(a.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['CLASS_MISSING@B2', 'RATING_INVALID@D2']);
  });
});
