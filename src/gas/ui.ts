// Menu, toasts, alerts and the sidebar: the only user-facing Apps Script calls.

import { LOG_FORM_STEPS } from '../core/read/log';
import { RISK_SIGNAL_WORDS } from '../core/rules/risk';
import type { RunResult } from './run';
import { levelNeedText } from '../core/levels';
import { sidebarReport } from '../core/sidebar';

const MENU_TITLE = 'Hỗ trợ học sinh';

/** Menu labels and the global function each one calls (see src/main.ts). */
const MENU_ITEMS: Array<[string, string] | null> = [
  ['Tổng hợp', 'menuSummarize'],
  ['Kiểm tra danh sách', 'menuCheck'],
  ['Tạo lịch tháng', 'menuTimeline'],
  null,
  ['Mở bảng điều khiển', 'menuOpenSidebar'],
  ['Tạo bảng mẫu', 'menuCreateTemplate'],
  ['Hướng dẫn', 'menuHelp'],
];

export function addMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** The one line a teacher reads after clicking: the numbers, then what to look at. */
export function headline(result: RunResult): string {
  const { report, outcome } = result;
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  // Each level at its own newest review point, as the sidebar shows it.
  const side = sidebarReport(report);
  const parts: string[] = [];
  if (side.levels) parts.push(`${side.levels.map(levelNeedText).join('; ')}.`);
  else if (side.total) parts.push(`${side.pointText}: ${side.total.needSupport}/${side.total.students} học sinh cần hỗ trợ.`);
  if (!side.latest) {
    parts.push('Chưa có kết quả đánh giá nào.');
  }
  parts.push(errors + warnings === 0 ? 'Danh sách không có lỗi.' : `${errors} lỗi, ${warnings} cảnh báo: xem trang Kiểm tra.`);
  if (outcome.conflicts.length > 0) {
    parts.push(`Không ghi được trang ${outcome.conflicts.map((n) => `"${n}"`).join(', ')} vì trường đã có trang cùng tên: đổi tên trang đó (ví dụ thêm "cũ") rồi chạy lại.`);
  }
  return parts.join(' ');
}

export function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, MENU_TITLE, 10);
}

export function alert(message: string): void {
  SpreadsheetApp.getUi().alert(MENU_TITLE, message, SpreadsheetApp.getUi().ButtonSet.OK);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export const HELP_TEXT = [
  'Lấy kết quả từ vnEdu, không cần gõ lại:',
  '(1) Trên vnEdu, tải "Sổ điểm tổng kết" của từng khối (tệp .xls, mỗi lớp một trang). (2) Trong bảng tính này chọn Tệp → Nhập → Tải lên, chọn tệp, rồi chọn "Chèn trang tính mới": các trang 2a, 2b… được thêm vào, giữ nguyên tên. (3) Bấm Hỗ trợ học sinh → Tổng hợp: mọi mức C của môn học, năng lực, phẩm chất được tính; kết quả Cuối năm của năm học trước dùng làm mốc Đầu năm.',
  '1. Trang "Danh sách" (không bắt buộc khi đã nhập kết quả vnEdu) ghi học sinh cần hỗ trợ: họ tên, lớp, Mã HS, GV hỗ trợ, HSKT, hoàn cảnh và mức đánh giá ở các mốc chưa có trên vnEdu (C/H/T cho môn học, C/Đ/T cho năng lực, phẩm chất; dấu x ở mốc Đầu năm). Em nào vnEdu ghi cần hỗ trợ mà Danh sách chưa có sẽ được đánh dấu "Chưa có trong Danh sách".',
  '2. Bấm Hỗ trợ học sinh → Tổng hợp. Tiện ích kiểm tra danh sách, tính số liệu theo khối và ghi các trang: Kiểm tra, Tổng hợp, Theo dõi, Lịch tháng, và Đỡ đầu khi có GV hỗ trợ hoặc có nhật ký.',
  '3. Xem trang Kiểm tra: dòng có lỗi không được tính. Bấm vào ô ở cột "Ô" để đến chỗ cần sửa.',
  '4. Trang Tổng hợp in khổ A4 ngang để Ban giám hiệu ký. Thông tin trường, người ký, nơi nhận ghi ở trang "Cấu hình".',
  `5. Nhật ký đỡ đầu hằng tháng, bằng Google Biểu mẫu: ${LOG_FORM_STEPS.map((step, i) => `(${i + 1}) ${step}`).join(' ')} Dòng nào không khớp đúng một học sinh (sai tên, sai lớp, hai em trùng tên) được báo ở trang Kiểm tra, không bị bỏ.`,
  `6. Cảnh báo sớm nguy cơ bỏ học: mỗi em được xét bốn dấu hiệu ở mốc đánh giá gần nhất có dữ liệu: ${RISK_SIGNAL_WORDS}. Có từ hai dấu hiệu trở lên là "Nguy cơ bỏ học", ghi rõ bằng chữ dấu hiệu nào; em có nguy cơ mà chưa có GV đỡ đầu đứng đầu danh sách. Ngưỡng buổi nghỉ đặt ở trang Cấu hình.`,
  'Tiện ích không bao giờ sửa các trang của trường: Danh sách, Lớp, Cấu hình, Kế hoạch, Chỉ tiêu, Nhật ký và các trang kết quả vnEdu.',
].join('\n\n');
