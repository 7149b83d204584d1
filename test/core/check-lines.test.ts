// Kiểm tra's head lines (PRODUCT 2.1, 3.1): rows under the header that are not students are
// counted in one line, by kind, never reported as errors and never silently dropped.

import { checkLayout, type LayoutCell } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import { rosterGrid, run } from '../helpers/grid';

const lines = (rows: LayoutCell[][]) => rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')).join('|'));

/** Two students of 1A (An needs Toán), with the given rows placed between and after them. */
function roster(between: (blank: string[], header: unknown[]) => unknown[][], after: (blank: string[]) => unknown[][]): SheetGrid {
  const g = rosterGrid([
    { name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
    { name: 'Bình', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'H' } } },
  ], { points: ['CKI'] });
  const [h1, h2, an, binh] = g.values;
  const blank = h1.map(() => '');
  return { ...g, values: [h1, h2, an, ...between(blank, h1), binh, ...after(blank)] };
}
/** A row with one cell filled: column 0 is STT, 1 Họ và tên; 10 is past the last review column. */
const only = (blank: string[], column: number, text: string) => Object.assign([...blank], { [column]: text });

describe('the skipped-rows line of Kiểm tra', () => {
  it.each<[string, SheetGrid, string]>([
    ['one of each kind, two signature rows, in the order of the kinds', roster(
      (blank, header) => [blank, [...header]],
      (blank) => [only(blank, 1, 'Cộng: 2 em'), only(blank, 0, '3'), [...blank, 'Chuyển đi 1 em'],
        only(blank, 1, 'Người lập danh sách'), only(blank, 1, 'Trần Thị Mai'), blank]),
    'Bỏ qua 7 dòng không phải học sinh (không tính, không phải lỗi): 1 dòng trống, 1 dòng tiêu đề lặp lại, 1 dòng tổng cộng, '
      + '2 dòng chữ ký cuối danh sách, 1 dòng chỉ có số thứ tự, 1 dòng ghi chú ngoài danh sách.'],
    ['only blank rows between students (blank rows at the very end are the sheet\'s)', roster(
      (blank) => [blank, blank], (blank) => [blank, blank, blank]),
    'Bỏ qua 2 dòng không phải học sinh (không tính, không phải lỗi): 2 dòng trống.'],
    ['a total line and a signature', roster(() => [], (blank) => [only(blank, 1, 'Tổng số: 2 HS'), only(blank, 1, 'Hiệu trưởng')]),
      'Bỏ qua 2 dòng không phải học sinh (không tính, không phải lỗi): 1 dòng tổng cộng, 1 dòng chữ ký cuối danh sách.'],
  ])('%s', (_label, grid, line) => {
    const rows = lines(checkLayout(run([grid])).rows);
    expect(rows.slice(1, 4)).toEqual([
      'Đã đọc 2 dòng học sinh: 2 dòng được tính, 0 dòng bị loại vì có lỗi. 0 lỗi, 0 cảnh báo. Kiểm tra ngày 20/01/2026.',
      line,
      'Bấm vào ô ở cột "Ô" để đến chỗ cần sửa. Dòng có lỗi không được tính vào Tổng hợp; cảnh báo vẫn được tính.',
    ]);
  });

  it('no line at all when every row under the header is a student, and none about class tabs when there are none', () => {
    const layout = checkLayout(run([roster(() => [], () => [])]));
    expect([layout.columnWidths, layout.frozenRows, layout.printable]).toEqual([[70, 90, 60, 80, 190, 500], 0, false]);
    const rows = lines(layout.rows);
    expect(rows.slice(0, 5)).toEqual([
      'KIỂM TRA DANH SÁCH HỌC SINH CẦN HỖ TRỢ',
      'Đã đọc 2 dòng học sinh: 2 dòng được tính, 0 dòng bị loại vì có lỗi. 0 lỗi, 0 cảnh báo. Kiểm tra ngày 20/01/2026.',
      'Bấm vào ô ở cột "Ô" để đến chỗ cần sửa. Dòng có lỗi không được tính vào Tổng hợp; cảnh báo vẫn được tính.',
      '',
      'Không có lỗi hay cảnh báo nào. Danh sách sẵn sàng để tổng hợp.',
    ]);
  });
});
