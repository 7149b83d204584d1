// Which review point a Buổi nghỉ column of the Danh sách counts for (PRODUCT 2.3): the point named
// beside the absence words ("HK1 - Số buổi nghỉ", "HKI/2025-2026 - Số buổi nghỉ"), else the point
// named in brackets ("Số buổi nghỉ (HKI)", the family of "Toán (GHKI)"); a column naming no point
// is Cả năm. Before this, a point written in brackets was thrown away with the brackets and the
// semester's count was read as the whole year's, silently: the student's Chuyên cần and the
// latest point with data were then taken at Cả năm.
// Likewise a part in brackets before the point ("Số buổi nghỉ (P) HKI") or in words ("Buổi nghỉ có
// phép") was read as Tổng, and K beside it as a repeated Tổng, not read: the total was P alone.
import type { SheetGrid } from '../../src/core/model';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { parseRoster } from '../../src/core/read/roster';
import { run } from '../helpers/grid';

const options = { classList: { classes: [], byKey: new Map() }, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET } as never;
const parse = (values: unknown[][]) => parseRoster([{ name: 'Danh sách', values } as never], options);
const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['6A', 6, 'Thầy Nam', 30]] };

describe('the review point of a Buổi nghỉ column', () => {
  it.each<[string, unknown]>([
    ['Số buổi nghỉ (HKI)', { CKI: { total: 25 } }],
    ['Số buổi nghỉ (Giữa HKII)', { GKII: { total: 25 } }],
    ['Buổi nghỉ (Học kỳ 2)', { CKII: { total: 25 } }],
    ['Số buổi nghỉ (HK1) (P)', { CKI: { excused: 25, total: 25 } }],
    ['HKI/2025-2026 - Số buổi nghỉ', { CKI: { total: 25 } }],
    ['Số buổi nghỉ (cả năm)', { CN: { total: 25 } }],
    ['Số buổi nghỉ (P)', { CN: { excused: 25, total: 25 } }],
    ['Số buổi nghỉ', { CN: { total: 25 } }],
  ])('"%s"', (label, absences) => {
    const read = parse([['Họ và tên', 'Lớp', 'HK1 - Toán', label], ['Lê Văn Bình', '6A', 7, 25]]);
    expect(read.students.map((s) => s.absences)).toEqual([absences]);
  });

  it('the point outside the brackets wins over one inside: "Buổi nghỉ HK2 (cả năm)" is Học kỳ 2, read as the year and said so', () => {
    const a = run([CLASSES, { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'HK2 - Toán', 'Buổi nghỉ HK2 (cả năm)'],
      ['Lê Văn Bình', '6A', 7, 46],
    ] }], '2026-06-10');
    expect(a.students.map((s) => s.absences)).toEqual([{ CKII: { total: 46 } }]);
    expect(a.problems.filter((p) => p.code === 'ABSENCE_YEAR_ASSUMED').map((p) => `${p.cell} ${p.severity}`)).toEqual(['D1 warning']);
  });

  it('a student with 25 buổi in "Số buổi nghỉ (HKI)" and Rèn luyện Chưa đạt at Học kỳ 1 is at risk for both', () => {
    const a = run([CLASSES, { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'HK1 - Học tập', 'HK1 - Rèn luyện', 'Số buổi nghỉ (HKI)'],
      ['Lê Văn Bình', '6A', 'Đạt', 'Chưa đạt', 25],
      ['Trần Thị Cúc', '6A', 'Đạt', 'Đạt', 3],
    ] }], '2026-01-10');
    expect(a.students.map((s) => s.absences)).toEqual([{ CKI: { total: 25 } }, { CKI: { total: 3 } }]);
    const atRisk = a.flags.filter((f) => f.kinds.includes('atRisk'));
    expect(atRisk.map((f) => [f.student.name, f.reviewPoint, f.reasons])).toEqual([['Lê Văn Bình', 'CKI', ['Chuyên cần', 'Rèn luyện']]]);
  });

  it('a part in brackets before the point ("Số buổi nghỉ (P) HKI") is that part: P and K add up, neither is a repeated Tổng', () => {
    const read = parse([
      ['Họ và tên', 'Lớp', 'HK1 - Toán', 'Số buổi nghỉ (P) HKI', 'Số buổi nghỉ (K) HKI', 'Tổng (HKI - Số buổi nghỉ)'],
      ['Lê Văn Bình', '6A', 7, 4, 3, ''],
    ]);
    expect(read.students.map((s) => s.absences)).toEqual([{ CKI: { excused: 4, unexcused: 3, total: 7 } }]);
    expect(read.problems.map((p) => `${p.code}@${p.cell}`)).toEqual([]);
  });

  it.each<[string[], number[], unknown]>([
    [['Buổi nghỉ có phép', 'Buổi nghỉ không phép'], [4, 3], { CN: { excused: 4, unexcused: 3, total: 7 } }],
    [['Số buổi nghỉ có phép', 'Số buổi nghỉ không phép', 'Tổng số buổi nghỉ'], [4, 3, 7], { CN: { excused: 4, unexcused: 3, total: 7 } }],
    [['HK1 - Số ngày nghỉ CP', 'HK1 - Số ngày nghỉ KP'], [4, 3], { CKI: { excused: 4, unexcused: 3, total: 7 } }],
  ])('parts written in words: %j are P and K, adding up, none a repeated Tổng', (labels, counts, absences) => {
    const read = parse([['Họ và tên', 'Lớp', 'HK1 - Toán', ...labels], ['Lê Văn Bình', '6A', 7, ...counts]]);
    expect(read.students.map((s) => s.absences)).toEqual([absences]);
    // Rated at Cuối học kì I, a count naming no point is the count so far, said at its first column (review-7 F1).
    expect(read.problems.map((p) => `${p.code}@${p.cell}`)).toEqual('CN' in (absences as object) ? ['ABSENCE_SO_FAR@D1'] : []);
  });

  it('"Buổi nghỉ" over Có phép | Không phép over HK1 | HK2 gives each semester its parts; the year is assumed at the first Học kỳ 2 column', () => {
    const read = parseRoster([{ name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'Kết quả đánh giá', '', 'Buổi nghỉ', '', '', ''],
      ['', '', 'Giữa HKI', '', 'Có phép', '', 'Không phép', ''],
      ['', '', 'Toán', 'Ngữ văn', 'HK1', 'HK2', 'HK1', 'HK2'],
      ['Lê Văn Bình', '6A', 7, 6, 2, 4, 1, 3],
    ], merges: [{ row: 1, column: 3, numRows: 1, numColumns: 2 }, { row: 1, column: 5, numRows: 1, numColumns: 4 }, { row: 2, column: 3, numRows: 1, numColumns: 2 },
      { row: 2, column: 5, numRows: 1, numColumns: 2 }, { row: 2, column: 7, numRows: 1, numColumns: 2 },
      { row: 1, column: 1, numRows: 3, numColumns: 1 }, { row: 1, column: 2, numRows: 3, numColumns: 1 }] }], options);
    expect(read.students.map((s) => s.absences)).toEqual([
      { CKI: { excused: 2, unexcused: 1, total: 3 }, CKII: { excused: 4, unexcused: 3, total: 7 } }]);
    expect(read.problems.map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual(['warning ABSENCE_YEAR_ASSUMED@F3']);
  });

  it('one-row P | K | Tổng of Học kỳ 2: the year is assumed at the P column, the first', () => {
    const read = parse([
      ['Họ và tên', 'Lớp', 'HK2 - Toán', 'Học kỳ 2 - Buổi nghỉ (P)', 'Học kỳ 2 - Buổi nghỉ (K)', 'Học kỳ 2 - Buổi nghỉ (Tổng)'],
      ['Lê Văn Bình', '6A', 7, 2, 4, 6],
    ]);
    expect(read.students.map((s) => s.absences)).toEqual([{ CKII: { excused: 2, unexcused: 4, total: 6 } }]);
    expect(read.problems.map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual(['warning ABSENCE_YEAR_ASSUMED@D1']);
  });

  it('a Buổi nghỉ cell that is no number is quoted without its stray spaces', () => {
    const read = parse([['Họ và tên', 'Lớp', 'HK1 - Toán', 'HK1 - Số buổi nghỉ'], ['Lê Văn Bình', '6A', 7, ' nhiều ']]);
    expect(read.problems.map((p) => `${p.severity} ${p.code}@${p.cell} ${p.message}`)).toEqual([
      'warning ABSENCE_INVALID@D2 Ô Buổi nghỉ của Lê Văn Bình (Cuối học kì I) ghi "nhiều", không phải một số buổi, nên số buổi nghỉ Cuối học kì I chưa được tính. Ghi số buổi nghỉ (ví dụ 3), hoặc 0.']);
  });
});
