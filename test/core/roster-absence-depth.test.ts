// Review-6 / issue 17: a Buổi nghỉ block read exactly whatever the depth of the other columns.
// "Buổi nghỉ" over Có phép | Không phép over HK1 | HK2 (three header rows) read right only when the
// rating columns also spanned three rows; beside ratings over two rows ("Giữa HKI" over Toán), the
// third row was taken for data and every column read as a repeated Cả năm P or K (a warning to
// delete the right columns). The family: the block over two or three rows, the part above or under
// the point, P / K / Tổng in any order, HK1 / HK2 / Cả năm; the ratings over one, two or three rows.
import { parseRoster } from '../../src/core/read/roster';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';

const options = { classList: { classes: [], byKey: new Map() }, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET } as never;
const read = (values: unknown[][], merges: MergedRange[] = []) => parseRoster([{ name: 'Danh sách', values, merges } as never], options);
const merged = (...ranges: Array<[number, number, number, number]>): MergedRange[] => ranges.map(([row, column, numRows, numColumns]) => ({ row, column, numRows, numColumns }));
const said = (r: ReturnType<typeof read>) => r.problems.map((p) => `${p.severity} ${p.code}@${p.cell}`);

/** Ratings under "Giữa HKI" over Toán | Ngữ văn (two rows), then the absence block from column E. */
function twoRowRatings(block: unknown[][], data: unknown[]): unknown[][] {
  const rows = [['Họ và tên', 'Lớp', 'Giữa HKI', ''], ['', '', 'Toán', 'Ngữ văn'], ['', '', '', ''], ['', '', '', '']];
  return [...block.map((b, i) => [...rows[i], ...b]), ['Lê Văn Bình', '6A', 4, '', ...data]];
}

describe('a Buổi nghỉ block deeper than the ratings beside it', () => {
  it('"Buổi nghỉ" over Có phép | Không phép over HK1 | HK2, ratings over two rows: each semester its parts', () => {
    const r = read(twoRowRatings([
      ['Buổi nghỉ', '', '', ''],
      ['Có phép', '', 'Không phép', ''],
      ['HK1', 'HK2', 'HK1', 'HK2'],
    ], [2, 4, 1, 3]), [{ row: 1, column: 5, numRows: 1, numColumns: 4 }, { row: 2, column: 5, numRows: 1, numColumns: 2 }, { row: 2, column: 7, numRows: 1, numColumns: 2 }]);
    expect(r.students.map((s) => s.absences)).toEqual([{ CKI: { excused: 2, unexcused: 1, total: 3 }, CKII: { excused: 4, unexcused: 3, total: 7 } }]);
    expect(r.students.map((s) => s.reviews.GKI)).toEqual([{ rated: true, need: ['Toán'], blank: ['Ngữ văn'] }]);
    expect(said(r)).toEqual(['warning ABSENCE_YEAR_ASSUMED@F3']);
  });

  it.each<[string, unknown[][], MergedRange[], unknown[], unknown]>([
    ['HK1 | HK2 over P | K | Tổng (the point above the part)', [
      ['Buổi nghỉ', '', '', '', '', ''], ['HK1', '', '', 'HK2', '', ''], ['P', 'K', 'Tổng', 'P', 'K', 'Tổng']],
    merged([1, 5, 1, 6], [2, 5, 1, 3], [2, 8, 1, 3]), [2, 1, 3, 4, 3, 7],
    { CKI: { excused: 2, unexcused: 1, total: 3 }, CKII: { excused: 4, unexcused: 3, total: 7 } }],
    ['Không phép before Có phép, Tổng first', [
      ['Số buổi nghỉ', '', '', '', ''], ['Tổng', 'Không phép', '', 'Có phép', ''], ['', 'HK1', 'Cả năm', 'HK1', 'Cả năm']],
    merged([1, 5, 1, 5], [2, 6, 1, 2], [2, 8, 1, 2], [2, 5, 2, 1]), [9, 1, 3, 2, 6],
    { CKI: { excused: 2, unexcused: 1, total: 3 }, CN: { excused: 6, unexcused: 3, total: 9 } }],
    ['two rows: Buổi nghỉ over HK1 | HK2 | Cả năm', [['Buổi nghỉ', '', ''], ['HK1', 'HK2', 'Cả năm']],
      merged([1, 5, 1, 3]), [3, 7, 10], { CKI: { total: 3 }, CKII: { total: 7 }, CN: { total: 10 } }],
    ['two rows: Buổi nghỉ over P | K | Tổng', [['Buổi nghỉ', '', ''], ['P', 'K', 'Tổng']],
      merged([1, 5, 1, 3]), [3, 4, 7], { CN: { excused: 3, unexcused: 4, total: 7 } }],
  ])('%s, ratings over two rows', (_, block, merges, data, absences) => {
    const r = read(twoRowRatings(block, data), merges);
    expect(r.students.map((s) => s.absences)).toEqual([absences]);
    expect(r.students.map((s) => s.reviews.GKI)).toEqual([{ rated: true, need: ['Toán'], blank: ['Ngữ văn'] }]);
    // A block naming no point, rated at Giữa học kì I: the count so far, said at its first column (review-7 F1).
    expect(said(r).filter((p) => !p.includes('ABSENCE_YEAR_ASSUMED'))).toEqual('CN' in (absences as object) && !block.flat().includes('Cả năm') ? ['warning ABSENCE_SO_FAR@E2'] : []);
  });

  it.each<[string, unknown[][], MergedRange[]]>([
    ['ratings on one row ("GKI - Toán")', [['Họ và tên', 'Lớp', 'GKI - Toán', 'GKI - Ngữ văn', 'Buổi nghỉ', '', '', ''],
      ['', '', '', '', 'Có phép', '', 'Không phép', ''], ['', '', '', '', 'HK1', 'HK2', 'HK1', 'HK2']],
    merged([1, 5, 1, 4], [2, 5, 1, 2], [2, 7, 1, 2])],
    ['ratings over three rows (the block as deep)', [['Họ và tên', 'Lớp', 'Kết quả đánh giá', '', 'Buổi nghỉ', '', '', ''],
      ['', '', 'Giữa HKI', '', 'Có phép', '', 'Không phép', ''], ['', '', 'Toán', 'Ngữ văn', 'HK1', 'HK2', 'HK1', 'HK2']],
    merged([1, 3, 1, 2], [1, 5, 1, 4], [2, 3, 1, 2], [2, 5, 1, 2], [2, 7, 1, 2])],
    ['ratings over four rows, the block over three', [['Họ và tên', 'Lớp', 'Kết quả đánh giá', '', '', '', '', ''],
      ['', '', 'Giữa HKI', '', 'Buổi nghỉ', '', '', ''], ['', '', 'Môn học', '', 'Có phép', '', 'Không phép', ''],
      ['', '', 'Toán', 'Ngữ văn', 'HK1', 'HK2', 'HK1', 'HK2']],
    merged([1, 3, 1, 2], [2, 3, 1, 2], [2, 5, 1, 4], [3, 3, 1, 2], [3, 5, 1, 2], [3, 7, 1, 2])],
  ])('Có phép | Không phép over HK1 | HK2 beside %s', (_, header, merges) => {
    const r = read([...header, ['Lê Văn Bình', '6A', 4, '', 2, 4, 1, 3]], merges);
    expect(r.students.map((s) => s.absences)).toEqual([{ CKI: { excused: 2, unexcused: 1, total: 3 }, CKII: { excused: 4, unexcused: 3, total: 7 } }]);
    expect(r.students.map((s) => s.reviews.GKI)).toEqual([{ rated: true, need: ['Toán'], blank: ['Ngữ văn'] }]);
  });
});

describe('a Buổi nghỉ block written once over its columns, the cells beside each label blank (no merge)', () => {
  it.each<[string, unknown[][], unknown[], unknown]>([
    ['Buổi nghỉ over Có phép | Không phép over HK1 | HK2', [['Buổi nghỉ', '', '', ''], ['Có phép', '', 'Không phép', ''], ['HK1', 'HK2', 'HK1', 'HK2']],
      [2, 4, 1, 3], { CKI: { excused: 2, unexcused: 1, total: 3 }, CKII: { excused: 4, unexcused: 3, total: 7 } }],
    ['Buổi nghỉ over HK1 | HK2 over P | K | Tổng', [['Buổi nghỉ', '', '', '', '', ''], ['HK1', '', '', 'HK2', '', ''], ['P', 'K', 'Tổng', 'P', 'K', 'Tổng']],
      [2, 1, 3, 4, 3, 7], { CKI: { excused: 2, unexcused: 1, total: 3 }, CKII: { excused: 4, unexcused: 3, total: 7 } }],
    ['Số buổi nghỉ over P | K | Tổng', [['Số buổi nghỉ', '', ''], ['P', 'K', 'Tổng']], [3, 4, 7], { CN: { excused: 3, unexcused: 4, total: 7 } }],
  ])('%s, ratings over two rows', (_, block, data, absences) => {
    const r = read(twoRowRatings(block, data));
    expect(r.students.map((s) => s.absences)).toEqual([absences]);
    expect(r.students.map((s) => s.reviews.GKI)).toEqual([{ rated: true, need: ['Toán'], blank: ['Ngữ văn'] }]);
    // A block naming no point, rated at Giữa học kì I: the count so far, said at its first column (review-7 F1).
    expect(said(r).filter((p) => !p.includes('ABSENCE_YEAR_ASSUMED'))).toEqual('CN' in (absences as object) && !block.flat().includes('Cả năm') ? ['warning ABSENCE_SO_FAR@E2'] : []);
  });

  it('a blank-headed column after the block, holding no label under it, is not the block\'s', () => {
    const r = read([['Họ và tên', 'Lớp', 'HK1 - Toán', 'Buổi nghỉ', '', ''], ['', '', '', 'P', 'K', ''], ['Lê Văn Bình', '6A', 4, 2, 1, 'x']]);
    expect(r.students.map((s) => s.absences)).toEqual([{ CN: { excused: 2, unexcused: 1, total: 3 } }]);
  });
});

describe('a Buổi nghỉ path naming two points or two parts is not guessed', () => {
  it('"HK1" over "Buổi nghỉ" over "Cả năm" | "HK2": neither counted, said at the Buổi nghỉ header cell', () => {
    const r = read(twoRowRatings([['HK1', ''], ['Buổi nghỉ', ''], ['Cả năm', 'HK2']], [5, 6]), merged([1, 5, 1, 2], [2, 5, 1, 2]));
    expect(r.students.map((s) => s.absences)).toEqual([undefined]);
    expect(said(r)).toEqual(['warning ABSENCE_LABEL_UNCLEAR@E2']);
    expect(r.problems[0].message).toContain('nên các cột E, F chưa được tính');
  });

  it('"Có phép" over P | K: P (both say có phép) is counted, K (có phép or không?) is not, and said at the Buổi nghỉ header cell', () => {
    const r = read(twoRowRatings([['Buổi nghỉ', ''], ['Có phép', ''], ['P', 'K']], [5, 6]), merged([1, 5, 1, 2], [2, 5, 1, 2]));
    expect(r.students.map((s) => s.absences)).toEqual([{ CN: { excused: 5, total: 5 } }]);
    // P names no point: the count so far (review-7 F1).
    expect(said(r)).toEqual(['warning ABSENCE_LABEL_UNCLEAR@E1', 'warning ABSENCE_SO_FAR@E3']);
    // The warning names the column not counted (K in F), not the label's every column (note7).
    expect(r.problems[0].message).toContain('nên cột F chưa được tính');
  });
});
