// Lịch tháng's log counts (PRODUCT 3.8): "supported" counts the students a mentor follows who still need it: not
// rated yet, needing support at their latest point, with a Hoàn cảnh, or at risk. A mentored student rated with no
// need and nothing else is no longer followed; a student without a mentor never is.
import { run } from '../helpers/grid';
import type { SheetGrid } from '../../src/core/model';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const HEADER = ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt'];
const LOG: SheetGrid = { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'],
  ['05/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'], ['06/11/2025', 'Phạm Thị Bình', '4A', 'Nguyễn Thị Lan', 'Đọc cùng em']] };

const logged = (rows: unknown[][]) => {
  const a = run([CONFIG, { name: 'Danh sách', values: [HEADER, ...rows] }, LOG], '2025-11-20');
  return Object.fromEntries(a.timeline.filter((m) => m.logged).map((m) => [m.month, m.logged]));
};

describe('Lịch tháng: students under support, with this month\'s entries', () => {
  it('counts the mentored students who still need it: a need, no rating yet, a Hoàn cảnh', () => {
    const counts = logged([
      [1, 'Lê Văn An', '4A', '', 'Nguyễn Thị Lan', 'C', 'H'], // needs Toán
      [2, 'Phạm Thị Bình', '4A', '', 'Nguyễn Thị Lan', 'H', 'T'], // rated, no need: not followed (an entry all the same)
      [3, 'Đỗ Văn Cường', '4A', 'Mẹ ốm lâu ngày', 'Nguyễn Thị Lan', 'H', 'H'], // a Hoàn cảnh
      [4, 'Vũ Thị Dung', '4A', '', 'Nguyễn Thị Lan', '', ''], // not rated yet
      [5, 'Trần Văn Em', '4A', '', '', 'C', 'C'], // no mentor
    ]);
    expect(counts['2025-11']).toEqual({ students: 1, supported: 3 });
    expect(counts['2025-09']).toEqual({ students: 0, supported: 3 });
  });

  it('a student rated with no need and no Hoàn cảnh is not counted; the same student needing support is', () => {
    const row = (toan: string): unknown[] => [1, 'Lê Văn An', '4A', '', 'Nguyễn Thị Lan', toan, 'H'];
    expect(logged([row('H')])['2025-11']).toEqual({ students: 0, supported: 0 });
    expect(logged([row('C')])['2025-11']).toEqual({ students: 1, supported: 1 });
  });
});
