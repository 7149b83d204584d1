// Lịch tháng's column widths on A4 landscape (PRODUCT 3.5): with the Chỉ tiêu and the Nhật ký
// columns both there, the text columns (Nội dung, Biện pháp, Người thực hiện, Chỉ tiêu) give way
// in proportion so 10 pt prints at 9 pt or more; the number columns keep their widths.
import { timelineLayout } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import { paperWidthPx, printedPt } from '../../src/core/layout/measure';
import { rosterGrid, run } from '../helpers/grid';

describe('Lịch tháng with targets and a Nhật ký', () => {
  it('Nội dung, Biện pháp, Người thực hiện and Chỉ tiêu narrowed alike; 10 pt prints at 9 pt or more', () => {
    const config: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ['Chỉ tiêu Toán', '95%']] };
    const log: SheetGrid = { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ']] };
    const roster = rosterGrid([{ name: 'An', className: '1A', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI'] });
    const layout = timelineLayout(run([config, roster, log], '2025-11-20'));
    expect(layout.rows[3].slice(10)).toEqual(['Chỉ tiêu', 'Có nhật ký đỡ đầu', 'Trạng thái']);
    // 1,020 px of columns against 966 px (1,044 less 13 paddings): the four text columns, 485 px, lose 54 px in proportion.
    expect(layout.columnWidths).toEqual([90, 70, 119, 124, 66, 60, 65, 45, 45, 50, 119, 55, 55]);
    expect(printedPt(10, layout.columnWidths)).toBeGreaterThanOrEqual(9);
    expect(paperWidthPx(layout.columnWidths)).toBeLessThanOrEqual(1044);
  });
});
