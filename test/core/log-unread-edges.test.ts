// read/log.ts edges: an unreadable date's message names the row's student; a tab named Nhật ký whose
// header is not found is told at A1 with what is missing, or that no header row was seen.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { SheetGrid } from '../../src/core/model';
import { readLogTab, unreadLogTab } from '../../src/core/read/log';

const TITLES = '"Ngày hỗ trợ", "Học sinh", "Lớp", "Mã HS", "GV", "Nội dung hỗ trợ", "Kết quả / Nhận xét"';

describe('a log date that cannot be read', () => {
  it('is LOG_DATE_INVALID at its cell, quoting the date and naming the student of the row', () => {
    const tab = readLogTab({ name: 'Nhật ký', values: [
      ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'],
      ['hôm qua', 'Nguyễn Văn Hùng', '8A', 'Cô Lan', 'Phụ đạo Toán'],
      ['hôm kia', '', '8A', 'Cô Lan', 'Phụ đạo Toán'],
    ] }, 2025, WALL_CLOCK_OFFSET);
    expect(tab?.problems.filter((p) => p.code === 'LOG_DATE_INVALID').map((p) => [p.cell, p.severity, p.message])).toEqual([
      ['A2', 'warning', 'Ngày "hôm qua" (dòng của Nguyễn Văn Hùng) không đọc được, nên dòng này chưa tính vào tháng nào. Ghi ngày/tháng/năm (15/11/2025) hoặc tháng/năm (11/2025).'],
      ['A3', 'warning', 'Ngày "hôm kia" không đọc được, nên dòng này chưa tính vào tháng nào. Ghi ngày/tháng/năm (15/11/2025) hoặc tháng/năm (11/2025).'],
    ]);
  });
});

describe('a tab named Nhật ký whose header is not found', () => {
  it('naming the student and what was done but no date: no header row was seen, told at A1', () => {
    const nhatKy: SheetGrid = { name: 'Nhật ký', values: [['Học sinh', 'Lớp', 'Nội dung hỗ trợ'], ['Lê Văn An', '4A', 'Kèm Toán']] };
    expect(readLogTab(nhatKy, 2025, WALL_CLOCK_OFFSET)).toBeUndefined();
    const problem = unreadLogTab(nhatKy);
    expect([problem?.cell, problem?.severity, problem?.code]).toEqual(['A1', 'warning', 'LOG_FORM_UNREAD']);
    expect(problem?.message).toBe(`Trang "Nhật ký" chưa đọc được thành nhật ký: không thấy dòng tiêu đề gồm ngày, học sinh và nội dung hỗ trợ, nên các dòng trong trang chưa được tính. Sửa tiêu đề cột cho đúng: ${TITLES}.`);
  });

  it('naming neither the student nor what was done: both are said missing', () => {
    const problem = unreadLogTab({ name: 'Nhật ký hỗ trợ', values: [['Ngày', 'Tên', 'Số tiết'], ['15/11/2025', 'Lê Văn An', 2]] });
    expect(problem?.message).toBe(`Trang "Nhật ký hỗ trợ" chưa đọc được thành nhật ký: không có cột "Học sinh" và "Nội dung hỗ trợ", nên các dòng trong trang chưa được tính. Sửa tiêu đề cột cho đúng: ${TITLES}.`);
  });

  it('every row with a blank cell somewhere is still a tab with writing in it: told', () => {
    const problem = unreadLogTab({ name: 'Nhật ký', values: [['Ngày', 'Tên em', ''], ['15/11/2025', '', 'Kèm Toán']] });
    expect(problem?.code).toBe('LOG_FORM_UNREAD');
  });
});
