// Review-6's silent wrong numbers in the readers, through the built bundle (build/Code.js in a vm
// on the in-memory spreadsheet): what the school wrote, what Kiểm tra says, what is counted.
import type { MergedRange, SheetGrid } from '../../src/core/model';
import { roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { toWorkbook } from '../helpers/mentor-school';

async function run(sheets: SheetGrid[], today: string) {
  const workbook = toWorkbook(sheets);
  for (const sheet of sheets) {
    for (const m of sheet.merges ?? []) workbook.getWorksheet(sheet.name)?.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  }
  const book = await roundTrip(workbook);
  const { json } = runSummarize(book, { today });
  const tabs = snapshot(book, ['Kiểm tra', 'Lịch tháng', 'Theo dõi']);
  const check = tabs['Kiểm tra'].map((r) => r.map((c) => c ?? '').join('|'));
  return { json, check, calendar: tabs['Lịch tháng'] ?? [], follow: (tabs['Theo dõi'] ?? []).map((r) => r.map((c) => c ?? '').join('|').replace(/\|+$/, '')) };
}

const ROSTER: SheetGrid = { name: 'Danh sách', values: [
  ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt'],
  ['Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C', 'H'],
  ['Phạm Thị Bình', '4A', 'Trần Văn Hùng', 'C', 'C'],
] };

describe('a Nhật ký with two columns naming one field (review-6 §3)', () => {
  it('Học sinh in B and Họ và tên in G: B is read, G named at its header cell in Kiểm tra; the entry counts for B\'s student', async () => {
    const log: SheetGrid = { name: 'Nhật ký', values: [
      ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả', 'Họ và tên'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ', 'Phạm Thị Bình'],
    ] };
    const { json, check } = await run([ROSTER, log], '2025-11-28');
    expect(json.problems.filter((p) => p.sheet === 'Nhật ký').map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual(['warning HEADER_DUPLICATE@G1']);
    expect(json.log).toMatchObject({ sheets: ['Nhật ký'], entries: 1, matched: 1 });
    expect(json.mentors.map((m) => `${m.name} ${m.loggedThisMonth}`)).toEqual(['Nguyễn Thị Lan 1', 'Trần Văn Hùng 0']);
    expect(check.filter((line) => line.includes('cũng là cột "Học sinh"'))).toEqual([
      expect.stringContaining('Cột G ("Họ và tên") cũng là cột "Học sinh" của nhật ký (đã có ở cột B, "Học sinh"). Chỉ cột B được đọc, cột G chưa được tính')]);
  });
});

describe('a Kế hoạch month of another school year (review-6 §2)', () => {
  it('last year\'s "9/2024" (text, or the date Sheets makes of it) is not used for 9/2025 and is said at its cell; "8/2025" is said too', async () => {
    const plan: SheetGrid = { name: 'Kế hoạch', values: [
      ['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện'],
      ['8/2025', 'Chuẩn bị năm học', 'Họp tổ', 'BGH'],
      ['9/2024', 'Kế hoạch năm trước', 'Cũ', 'GVCN'],
      [new Date(Date.UTC(2024, 10, 1)), 'Kế hoạch năm trước, tháng 11', 'Cũ', 'GVCN'],
      ['10/2025', 'Kế hoạch năm nay', 'Mới', 'GVCN'],
      ['1+2/2026', 'Sau Tết', 'Học nhóm', 'GV hỗ trợ'],
    ] };
    const { json, check, calendar } = await run([ROSTER, plan, { name: 'Cấu hình', values: [['Năm học', '2025-2026']] }], '2025-10-10');
    expect(json.problems.filter((p) => p.sheet === 'Kế hoạch').map((p) => `${p.severity} ${p.code}@${p.cell}`))
      .toEqual(['warning PLAN_MONTH_OUTSIDE@A2', 'warning PLAN_MONTH_OTHER_YEAR@A3', 'warning PLAN_MONTH_OTHER_YEAR@A4']);
    const content = Object.fromEntries(calendar.filter((r) => /^Tháng \d/.test(String(r[0]))).map((r) => [r[0], String(r[2])]));
    expect(['Tháng 9/2025', 'Tháng 10/2025', 'Tháng 11/2025', 'Tháng 1/2026', 'Tháng 2/2026'].map((m) => content[m].slice(0, 16)))
      .toEqual(['Rà soát học sinh', 'Kế hoạch năm nay', 'Đánh giá định kì', 'Sau Tết', 'Sau Tết']);
    // The note no longer vouches for September and November: their text is the default plan's, and it says why.
    expect(calendar[1][0]).toBe('Nội dung tháng 10, 1, 2 lấy từ "Kế hoạch"; tháng 9, 11, 12, 3, 4, 5 theo kế hoạch mẫu (có dòng ghi năm học khác: xem "Kiểm tra").');
    expect(check.filter((line) => line.includes('không thuộc năm học 2025-2026'))).toEqual([
      expect.stringContaining('Tháng "9/2024" không thuộc năm học 2025-2026, nên nội dung dòng này không được dùng cho tháng 9/2025 trong Lịch tháng. Nếu đây là kế hoạch của năm học này, sửa thành "9/2025"'),
      expect.stringContaining('Tháng "01/11/2024" không thuộc năm học 2025-2026'),
    ]);
  });
});

describe('a Buổi nghỉ block deeper than the ratings beside it (review-6, issue 17)', () => {
  // Ratings: "Cả năm" over Toán | Ngữ văn (two rows). Buổi nghỉ over Có phép | Không phép over HK1 | HK2 | Cả năm (three rows).
  const merges: MergedRange[] = [[1, 3, 1, 2], [1, 5, 1, 6], [2, 5, 1, 3], [2, 8, 1, 3], [1, 1, 3, 1], [1, 2, 3, 1]]
    .map(([row, column, numRows, numColumns]) => ({ row, column, numRows, numColumns }));
  const roster: SheetGrid = { name: 'Danh sách', merges, values: [
    ['Họ và tên', 'Lớp', 'Cả năm', '', 'Buổi nghỉ', '', '', '', '', ''],
    ['', '', 'Toán', 'Ngữ văn', 'Có phép', '', '', 'Không phép', '', ''],
    ['', '', '', '', 'HK1', 'HK2', 'Cả năm', 'HK1', 'HK2', 'Cả năm'],
    ['Lê Văn An', '6A', 7, 8, 12, 18, 30, 9, 11, 20],
    ['Phạm Thị Bình', '6A', 6, 7, 2, 8, 10, 1, 4, 5],
  ] };
  const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['6A', 6, 'Cô Lan', 2]] };

  it('each point and part read: An\'s 30 + 20 = 50 buổi in the year puts him on the summer list, with no warning to delete a column', async () => {
    const { json, follow } = await run([classes, roster, { name: 'Cấu hình', values: [['Năm học', '2025-2026']] }], '2026-06-10');
    expect(json.problems.filter((p) => p.sheet === 'Danh sách').map((p) => `${p.code}@${p.cell}`)).toEqual([]);
    const start = follow.findIndex((l) => l.startsWith('Lớp 6A (GVCN Cô Lan) - sau Cả năm'));
    expect(follow.slice(start, start + 3)).toEqual(['Lớp 6A (GVCN Cô Lan) - sau Cả năm: 1 học sinh', 'Họ và tên|Kiểm tra lại các môn|Rèn luyện trong hè|Số buổi nghỉ cả năm|Xem ô', 'Lê Văn An|||50|Dòng 4']);
  });
});
