// Theo dõi's lines for a secondary khối whose Danh sách cannot yet build the summer list (no Cả năm
// Học tập or Rèn luyện column): the heading names every such khối, and each khối's line says, word
// for word, what is not known and which column to add (PRODUCT 3.7).
import { trackingLayout, type LayoutCell } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import { classGrid, run } from '../helpers/grid';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const CLASSES = classGrid([['7A', 7, 'Cô Mai', 30], ['8A', 8, 'Thầy Nam', 30]]);
const text = (rows: LayoutCell[][]) => rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')).join('|').replace(/\|+$/, ''));

/** One tab per class, one student each, rated at Cả năm in Toán, Văn, NN and the result columns given for its class. */
function tracking(extra: Record<string, string[]>): string[] {
  const values: Record<string, string> = { 'KQHT CN': 'Đạt', 'KQRL CN': 'Tốt' };
  const tabs = Object.entries(extra).map(([c, headers], i): SheetGrid => ({ name: `Danh sách ${c}`, values: [
    ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Toán CN', 'Văn CN', 'NN CN', ...headers],
    [1, ['Trần Thị Bình', 'Lê Văn An'][i], c, 'Cô Lan', '3,0', '6', '7', ...headers.map((h) => values[h])],
  ] }));
  return text(trackingLayout(run([CONFIG, CLASSES, ...tabs], '2026-06-10')).rows);
}

describe('Theo dõi\'s summer-list gaps, word for word', () => {
  it('names both khối in the heading and says for each what is missing', () => {
    const lines = tracking({ '7A': [], '8A': ['KQRL CN'] });
    expect(lines.find((l) => l.startsWith('TRUNG HỌC, SAU CẢ NĂM'))).toMatch(/ \(khối 7, 8: chưa lập được đủ danh sách, xem dưới\)$/);
    expect(lines.filter((l) => l.startsWith('Khối '))).toEqual([
      'Khối 7: chưa có cột Kết quả học tập (học lực) Cả năm, nên chưa biết học sinh nào phải kiểm tra lại; '
        + 'chưa có cột Kết quả rèn luyện (hạnh kiểm) Cả năm, nên chưa biết học sinh nào rèn luyện trong hè. '
        + 'Thêm cột "Cả năm - Kết quả học tập" và "Cả năm - Kết quả rèn luyện" (Tốt, Khá, Đạt, Chưa đạt) vào Danh sách.',
      'Khối 8: chưa có cột Kết quả học tập (học lực) Cả năm, nên chưa biết học sinh nào phải kiểm tra lại. '
        + 'Thêm cột "Cả năm - Kết quả học tập" (Tốt, Khá, Đạt, Chưa đạt) vào Danh sách.',
    ]);
  });

  it('a khối missing only Rèn luyện is told only that', () => {
    const lines = tracking({ '7A': ['KQHT CN', 'KQRL CN'], '8A': ['KQHT CN'] });
    expect(lines.find((l) => l.startsWith('TRUNG HỌC, SAU CẢ NĂM'))).toMatch(/ \(khối 8: chưa lập được đủ danh sách, xem dưới\)$/);
    expect(lines.filter((l) => l.startsWith('Khối '))).toEqual([
      'Khối 8: chưa có cột Kết quả rèn luyện (hạnh kiểm) Cả năm, nên chưa biết học sinh nào rèn luyện trong hè. '
        + 'Thêm cột "Cả năm - Kết quả rèn luyện" (Tốt, Khá, Đạt, Chưa đạt) vào Danh sách.',
    ]);
  });
});
