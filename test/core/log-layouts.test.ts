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
  it('each student\'s last entry (a month when the log gave only a month) and this month\'s entries, newest first, on one line beside the annex', () => {
    const rows = mentorsRows(run([CONFIG, ROSTER, LOG], '2025-11-26')).rows;
    // The log in column H, right of the annex's row (issue 20, on purpose: a follow table's column F before; one line, not one an entry).
    const of = (name: string) => rows.find((r) => typeof r[0] === 'number' && r[1] === name)?.[7];
    expect(of('Lê Văn An')).toBe('Lần cuối: 20/11/2025 · 20/11: Gặp gia đình (Nguyễn Thị Lan) · 03/11: Kèm Toán → Tiến bộ (Nguyễn Thị Lan)');
    expect(of('Phạm Thị Bình')).toBe('Lần cuối: tháng 10/2025');
    expect(of('Đỗ Văn Cường')).toBe('Chưa có lần nào');
  });

  it('the table lists an at-risk student without a mentor first, as not assigned, under its own heading', () => {
    const rows = mentorsRows(run([CONFIG, ROSTER, LOG], '2025-11-26')).rows;
    const header = rows.findIndex((r) => r[0] === 'TT');
    expect(rows.slice(header + 1, header + 5).map((r) => r.slice(0, 6))).toEqual([
      ['Học sinh có nguy cơ bỏ học chưa có GV đỡ đầu: 1 em', null, null, null, null, null],
      [1, 'Vũ Thị Dung', '4B', 'Mồ côi', '', 'Chưa phân công (nguy cơ bỏ học)'],
      ['GV Nguyễn Thị Lan (ghi là: Nguyễn Thị Lan, cô Lan): 2 em', null, null, null, null, null],
      [2, 'Lê Văn An', '4A', 'Mẹ ốm lâu ngày', 'Chăm, ngoan', '1. Nguyễn Thị Lan; 2. Trần Văn Hùng (hỗ trợ)'],
    ]);
  });
});

describe('Đỡ đầu: the follow part with a log of two tabs', () => {
  const roster = (): SheetGrid => ({ name: 'Danh sách', values: [
    ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'Sự rèn luyện của bản thân', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Phẩm chất', 'CKI - Toán', 'CKI - Tiếng Việt', 'CKI - Phẩm chất'],
    [1, 'Lê Văn An', '4A', 'Mẹ ốm lâu ngày', 'Chăm, ngoan', '1. Nguyễn Thị Lan; 2. Trần Văn Hùng (hỗ trợ)', 'C', 'H', 'Đ', 'C', 'H', 'Đ'],
    [2, 'Phạm Thị Bình', '4A', '', '', 'cô Lan', 'C', 'C', 'Đ', '', '', ''],
    [3, 'Đỗ Văn Cường', '4B', 'Nhà xa trường', '', 'thầy Hùng', 'C', 'C', 'C', '', '', ''],
    [4, 'Vũ Thị Dung', '4B', 'Mồ côi', '', '', 'C', 'C', 'C', '', '', ''],
    [5, 'Hồ Văn Em', '4B', '', '', 'thầy Hùng', 'H', 'H', 'Đ', 'C', 'H', 'Đ'],
  ] });
  const form = (withStranger: boolean): SheetGrid => ({ name: 'Câu trả lời biểu mẫu 1', values: [
    ['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét'],
    [new Date(Date.UTC(2025, 10, 3, 2)), 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ'],
    ['20/11/2025 10:15:00', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Gặp gia đình', ''],
    ['10/2025', 'Phạm Thị Bình', '4A', 'cô Lan', 'Đọc sách cùng', 'Đọc to hơn'],
    ['11/2025', 'Lê Văn An', '4A', '', 'Ôn bảng nhân', ''], // a month alone, no GV: listed after the dated ones
    ['20/11/2025 15:00:00', 'Lê Văn An', '4A', 'Trần Văn Hùng', '', 'Làm đủ bài'], // the same day, a later row: first
    ['11/2025', 'Phạm Thị Bình', '4A', 'cô Lan', 'Kể chuyện', ''],
    ['22/11/2025', 'Phạm Thị Bình', '4A', '', 'Đọc thơ', ''], // no GV written
    ...(withStranger ? [['12/11/2025', 'Nguyễn Văn Không', '4A', 'cô Lan', 'Kèm Toán', '']] : []),
    ['05/11/2025', 'Phạm Thị Bình', '4A', 'cô Lan', 'Luyện viết', 'Viết đẹp hơn'], // her third this month: all three shown
  ] });
  const second: SheetGrid = { name: 'Nhật ký', values: [
    ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả'],
    ['15/10/2025', 'Đỗ Văn Cường', '4B', 'thầy Hùng', 'Kèm Tiếng Việt', ''],
  ] };
  /** The table from its header, each row's cells joined; the log's line and the header group above it. */
  const table = (today: string, withStranger = true) => {
    const rows = mentorsRows(run([CONFIG, roster(), form(withStranger), second], today)).rows;
    const header = rows.findIndex((r) => r[0] === 'TT');
    return { above: rows.slice(header - 3, header).map((r) => r[6]), rows: rows.slice(header, rows.findIndex((r, i) => i > header && r.length === 0)).map((r) => r.map((c) => c ?? '').join('|')) };
  };
  // One table, a group per mentor, each student once (issue 20, on purpose: the annex, then a follow table per mentor listing them again).
  const header = 'TT|Họ và tên|Lớp|Hoàn cảnh gia đình, bản thân|Sự rèn luyện của bản thân|GV nhận đỡ đầu|Cần hỗ trợ, tình trạng (mốc gần nhất)|Nhật ký tháng 11/2025';

  it('after the deadline: the log\'s lines counted, each mentor\'s students with what is missing, entries newest first', () => {
    const { above, rows } = table('2025-11-26');
    expect(above).toEqual([
      'Nhật ký từ trang Câu trả lời biểu mẫu 1, Nhật ký: 10 dòng, 7 dòng của tháng 11/2025, 1 dòng chưa gắn được với học sinh (xem trang Kiểm tra). '
        + 'Hạn ghi nhật ký: ngày 25 hằng tháng (đã qua hạn tháng này).',
      'Các cột từ G trở đi chỉ để theo dõi trên màn hình, không in: để in phụ lục, bấm "Tải PDF danh sách GV nhận đỡ đầu" ở bảng điều khiển (Hỗ trợ học sinh → Mở bảng điều khiển), hoặc chọn các cột A đến F rồi In → Ô đã chọn.',
      'THEO DÕI ĐỠ ĐẦU THÁNG 11/2025',
    ]);
    expect(rows).toEqual([
      header,
      'Học sinh có nguy cơ bỏ học chưa có GV đỡ đầu: 1 em|||||',
      '1|Vũ Thị Dung|4B|Mồ côi||Chưa phân công (nguy cơ bỏ học)|GHKI: Toán, Tiếng Việt, Phẩm chất — Nguy cơ bỏ học (Rèn luyện, Học tập, Hoàn cảnh); Chưa có GV hỗ trợ; Cần hỗ trợ mới|Chưa có lần nào',
      'GV Nguyễn Thị Lan (ghi là: Nguyễn Thị Lan, cô Lan): 2 em||||||Đã ghi nhật ký tháng 11/2025: 2 em',
      '2|Lê Văn An|4A|Mẹ ốm lâu ngày|Chăm, ngoan|1. Nguyễn Thị Lan; 2. Trần Văn Hùng (hỗ trợ)|CHKI: Toán — Chưa tiến bộ; Dấu hiệu: Hoàn cảnh|Lần cuối: 20/11/2025 · '
        + '20/11: (không ghi nội dung) → Làm đủ bài (Trần Văn Hùng) · 20/11: Gặp gia đình (Nguyễn Thị Lan) · 03/11: Kèm Toán → Tiến bộ (Nguyễn Thị Lan) · … và 1 lần khác trong tháng',
      '3|Phạm Thị Bình|4A|||1. cô Lan|GHKI: Toán, Tiếng Việt — Cần hỗ trợ mới; Dấu hiệu: Học tập|Lần cuối: 22/11/2025 · 22/11: Đọc thơ · 05/11: Luyện viết → Viết đẹp hơn (cô Lan) · Trong tháng: Kể chuyện (cô Lan)',
      // Lê Văn An is listed once, under his first mentor; the second's heading counts him and says where.
      'GV Trần Văn Hùng (ghi là: Trần Văn Hùng, thầy Hùng): 3 em (1 em ở nhóm GV khác)||||||Đã ghi nhật ký tháng 11/2025: 1 em; chưa ghi nhật ký tháng 11/2025: Đỗ Văn Cường, Hồ Văn Em. '
        + 'Ở nhóm GV khác: Lê Văn An (nhóm GV Nguyễn Thị Lan)',
      '4|Đỗ Văn Cường|4B|Nhà xa trường||1. thầy Hùng|GHKI: Toán, Tiếng Việt, Phẩm chất — Nguy cơ bỏ học (Rèn luyện, Học tập, Hoàn cảnh); Cần hỗ trợ mới; Chưa ghi nhật ký tháng này|Lần cuối: 15/10/2025',
      '5|Hồ Văn Em|4B|||1. thầy Hùng|CHKI: Toán — Cần hỗ trợ mới; Chưa ghi nhật ký tháng này|Chưa có lần nào',
    ]);
  });

  it('fills each heading across the table, A to H with the Nhật ký column, and leaves the log unwrapped', () => {
    const layout = mentorsRows(run([CONFIG, roster(), form(true), second], '2025-11-26'));
    const headings = layout.rows.map((r, i) => (typeof r[0] === 'string' && /: \d+ em/.test(r[0]) ? i + 1 : 0)).filter(Boolean);
    expect(headings).toHaveLength(3);
    expect(layout.styles.sectionFill).toEqual(headings.map((row) => `A${row}:H${row}`));
    expect(layout.styles.wrap?.filter((r) => /H\d+$/.test(r))).toEqual(['A8:H8']);
  });

  it('without a Nhật ký: no log column, the needs and state beside the annex', () => {
    const rows = mentorsRows(run([CONFIG, roster()], '2025-11-26')).rows;
    const at = rows.findIndex((r) => String(r[0]).startsWith('GV Trần Văn Hùng'));
    expect(rows[at]).toEqual(['GV Trần Văn Hùng (ghi là: Trần Văn Hùng, thầy Hùng): 3 em (1 em ở nhóm GV khác)', null, null, null, null, null,
      'Ở nhóm GV khác: Lê Văn An (nhóm GV Nguyễn Thị Lan)']);
    expect(rows.slice(at + 1, at + 3).map((r) => r.slice(1).join('|'))).toEqual([
      'Đỗ Văn Cường|4B|Nhà xa trường||1. thầy Hùng|GHKI: Toán, Tiếng Việt, Phẩm chất — Nguy cơ bỏ học (Rèn luyện, Học tập, Hoàn cảnh); Cần hỗ trợ mới',
      'Hồ Văn Em|4B|||1. thầy Hùng|CHKI: Toán — Cần hỗ trợ mới',
    ]);
  });

  it('before the deadline, every line matched: neither the unmatched lines nor "đã qua hạn" are said', () => {
    expect(table('2025-11-24', false).above[0]).toBe('Nhật ký từ trang Câu trả lời biểu mẫu 1, Nhật ký: 9 dòng, 7 dòng của tháng 11/2025. Hạn ghi nhật ký: ngày 25 hằng tháng.');
  });
});
