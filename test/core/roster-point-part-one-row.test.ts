// A part of one area with its review point in one label, the area unwritten: "GKI - Chăm chỉ", "Tự chủ và tự học (CKI)".
// Before, such a column was COLUMN_UNPLACED "thiếu tên môn" although the same part under a "Giữa học kì I" row was read
// as Phẩm chất: one family, read one way (a need in any part is one need in its area).
import { pointAndPart } from '../../src/core/parts';
import { run } from '../helpers/grid';
import { CONFIG, merge } from '../helpers/danh-sach';

type Analysis = ReturnType<typeof run>;
const byArea = (a: Analysis) => Object.fromEntries(Object.entries(a.totals).map(([k, t]) => [k, t?.total.byArea]));
const errors = (a: Analysis) => a.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);
const ROWS = [[1, 'Lê Văn An', '4A', 'H', 'C', 'Đ'], [2, 'Trần Thị Bình', '4A', 'C', 'Đ', 'C'], [3, 'Phạm Văn Cường', '4A', 'H', 'T', 'Đ']];

describe('a review point and a part in one label', () => {
  it.each([
    ['GKI - Chăm chỉ', { reviewPoint: 'GKI', area: 'Phẩm chất', part: 'Chăm chỉ' }],
    ['Chăm chỉ (GKI)', { reviewPoint: 'GKI', area: 'Phẩm chất', part: 'Chăm chỉ' }],
    ['CKI Tự chủ và tự học', { reviewPoint: 'CKI', area: 'Năng lực', part: 'Tự chủ và tự học' }],
    ['Giao tiếp, hợp tác - Cuối năm', { reviewPoint: 'CN', area: 'Năng lực', part: 'Giao tiếp và hợp tác' }],
    ['GKII - Đọc', { reviewPoint: 'GKII', area: 'Tiếng Việt', part: 'Đọc' }],
  ])('%p names %p', (label, named) => expect(pointAndPart(label)).toEqual(named));

  it.each(['GKI - Toán', 'GKI', 'Chăm chỉ', 'GKI - Chăm chỉ - Trung thực', 'GKI - CKI - Chăm chỉ', 'Biện pháp GKI Chăm chỉ'])('%p is no point and part alone', (label) =>
    expect(pointAndPart(label)).toBeUndefined());

  it('"GKI - Chăm chỉ" | "GKI - Trách nhiệm" beside Toán: read as Phẩm chất, each student counted once, as under a point row', () => {
    const oneRow = run([CONFIG, { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'GKI - Toán', 'GKI - Chăm chỉ', 'GKI - Trách nhiệm'], ...ROWS] }], '2025-11-26');
    const twoRows = run([CONFIG, { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'Giữa học kì I', '', ''], ['', '', '', 'Toán', 'Chăm chỉ', 'Trách nhiệm'], ...ROWS],
      merges: [merge(1, 4, 3)] }], '2025-11-26');
    // Phẩm chất: An (C in Chăm chỉ) and Bình (C in Trách nhiệm); Bình's Toán C too.
    expect(byArea(oneRow)).toEqual({ GKI: { 'Toán': 1, 'Phẩm chất': 2 } });
    expect(byArea(twoRows)).toEqual(byArea(oneRow));
    expect(errors(oneRow)).toEqual([]);
    expect(oneRow.students.map((s) => s.reviews.GKI?.need)).toEqual([['Phẩm chất'], ['Toán', 'Phẩm chất'], []]);
  });

  it('a point row over a part labelled with another point: two points, said at its header, not counted', () => {
    const a = run([CONFIG, { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'Giữa học kì I', ''], ['', '', '', 'Toán', 'CKI - Chăm chỉ'], ...ROWS.map((r) => r.slice(0, 5))],
      merges: [merge(1, 4, 2)] }], '2025-11-26');
    expect(byArea(a)).toEqual({ GKI: { 'Toán': 1 } });
    expect(errors(a)).toEqual([['COLUMN_UNPLACED', 'E2']]);
  });
});
