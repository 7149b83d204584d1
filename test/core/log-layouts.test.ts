// What the monthly log (PRODUCT 3.8) adds to the generated tabs: Lịch tháng's column "Có nhật ký
// đỡ đầu" (supported students with an entry that month, of those supported), and in Đỡ đầu the date
// of a student's last entry, a month when the log gave only a month. Built inside each test: Stryker
// credits a test only with the code it runs.
import { timelineLayout } from '../../src/core/layout';
import { mentorsRows } from '../../src/core/layout/mentors';
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';

const ROSTER: SheetGrid = { name: 'Danh sách', values: [
  ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'Sự rèn luyện của bản thân', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Phẩm chất'],
  [1, 'Lê Văn An', '4A', 'Mẹ ốm lâu ngày', 'Chăm, ngoan', '1. Nguyễn Thị Lan; 2. Trần Văn Hùng (hỗ trợ)', 'C', 'H', 'Đ'],
  [2, 'Phạm Thị Bình', '4A', '', '', 'cô Lan', 'C', 'C', 'Đ'],
  [3, 'Đỗ Văn Cường', '4B', 'Nhà xa trường', '', 'thầy Hùng', 'C', 'C', 'C'],
  [4, 'Vũ Thị Dung', '4B', 'Mồ côi', '', '', 'C', 'C', 'C'], // at risk, no mentor
] };
/** A Google Form's responses: a timestamp, a date as text, a month alone. */
const LOG: SheetGrid = { name: 'Câu trả lời biểu mẫu 1', values: [
  ['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét'],
  [new Date(Date.UTC(2025, 10, 3, 2)), 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ'],
  ['20/11/2025 10:15:00', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Gặp gia đình', ''],
  ['10/2025', 'Phạm Thị Bình', '4A', 'cô Lan', 'Đọc sách cùng', 'Đọc to hơn'],
] };
const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

describe('Lịch tháng with a Nhật ký', () => {
  it('a column "Có nhật ký đỡ đầu" before Trạng thái: students with an entry that month of the 3 supported; none for months to come', () => {
    const layout = timelineLayout(run([CONFIG, ROSTER, LOG], '2025-11-26'));
    expect(layout.rows[3].slice(9)).toEqual(['Chưa có GV hỗ trợ', 'Có nhật ký đỡ đầu', 'Trạng thái']);
    expect(layout.rows.slice(4, 9).map((r) => [r[0], r[10], r[11]])).toEqual([
      ['Tháng 9/2025', '0/3 em', 'Đã qua'],
      ['Tháng 10/2025', '1/3 em', 'Đã qua'], // Bình's entry gives its month only
      ['Tháng 11/2025', '1/3 em', 'Tháng này'], // An's two entries: one student
      ['Tháng 12/2025', '', 'Sắp tới'],
      ['Tháng 1/2026', '', 'Sắp tới'],
    ]);
    expect(layout.width).toBe(12);
    // The counts, the log column and Trạng thái centred; 55 px for the log column as for Trạng thái.
    expect(layout.styles.center).toEqual(['A4:L4', 'G5:J13', 'L5:L13', 'K5:K13']);
    expect(layout.columnWidths).toEqual([90, 70, 135, 140, 75, 60, 65, 45, 45, 50, 55, 55]);
  });
});

describe('Đỡ đầu with a Nhật ký', () => {
  it('each student\'s last entry (a month when the log gave only a month) and this month\'s entries, newest first', () => {
    const rows = mentorsRows(run([CONFIG, ROSTER, LOG], '2025-11-26')).rows;
    const of = (name: string) => rows.find((r) => r[0] === null && r[1] === name)?.[4];
    expect(of('Lê Văn An')).toBe('Lần cuối: 20/11/2025\n20/11: Gặp gia đình (Nguyễn Thị Lan)\n03/11: Kèm Toán → Tiến bộ (Nguyễn Thị Lan)');
    expect(of('Phạm Thị Bình')).toBe('Lần cuối: tháng 10/2025');
    expect(of('Đỗ Văn Cường')).toBe('Chưa có lần nào');
  });

  it('the annex lists an at-risk student without a mentor first, as not assigned', () => {
    const rows = mentorsRows(run([CONFIG, ROSTER, LOG], '2025-11-26')).rows;
    const header = rows.findIndex((r) => r[0] === 'TT');
    expect(rows.slice(header + 1, header + 3)).toEqual([
      [1, 'Vũ Thị Dung', '4B', 'Mồ côi', '', 'Chưa phân công (nguy cơ bỏ học)'],
      [2, 'Lê Văn An', '4A', 'Mẹ ốm lâu ngày', 'Chăm, ngoan', '1. Nguyễn Thị Lan; 2. Trần Văn Hùng (hỗ trợ)'],
    ]);
  });
});
