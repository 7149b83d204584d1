// Each menu item, run from the pushed bundle on the in-memory spreadsheet.
import { FakeWorkbook, runSummarize, snapshot } from '../helpers/bundle';
import { loadBundle } from '../../local/load-bundle';
import { htmlFileOf } from '../../local/fake-sheets';

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
const names = (book: { globals: { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp } }) =>
  (book.globals.SpreadsheetApp.getActiveSpreadsheet() as Ss).getSheets().map((s) => s.getName());

describe('menu items', () => {
  it('Tạo bảng mẫu creates the missing input tabs, with headers, dropdowns and frozen rows, and leaves existing tabs alone', () => {
    const book = FakeWorkbook.empty();
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet() as Ss;
    ss.insertSheet('Lớp').getRange('A1').setValue('của trường');
    const context = loadBundle(book, { today: '2025-09-10' });
    context.menuCreateTemplate();
    expect(names(book)).toEqual(['Trang tính1', 'Lớp', 'Danh sách', 'Cấu hình', 'Kế hoạch', 'Nhật ký']);
    expect(ss.getSheetByName('Lớp')!.getDataRange().getValues()).toEqual([['của trường']]);
    const roster = ss.getSheetByName('Danh sách')!;
    expect(roster.getRange('A1:C1').getValues()).toEqual([['STT', 'Mã HS', 'Họ và tên']]);
    expect(roster.getRange('K1:K2').getValues()).toEqual([['Đầu năm'], ['Toán']]);
    expect(roster.getRange('L1').getValue()).toBe(''); // merged over the block
    expect(roster.getFrozenRows()).toBe(2);
    expect(book.toasts.at(-1)!.message).toBe('Đã tạo trang: Danh sách, Cấu hình, Kế hoạch, Nhật ký.');
    expect(ss.getSheetByName('Nhật ký')!.getDataRange().getValues()).toEqual([['Ngày', 'Học sinh', 'Lớp', 'Mã HS', 'GV', 'Nội dung hỗ trợ', 'Kết quả']]);
    expect(ss.getSheetByName('Nhật ký')!.getFrozenRows()).toBe(1);
    // The template itself is a valid, empty roster.
    const result = context.menuSummarize();
    expect(JSON.parse(JSON.stringify(result.report.problems))).toEqual([]);
    expect(result.report.reviewPoints).toEqual([]);
    context.menuCreateTemplate();
    expect(book.toasts.at(-1)!.message).toContain('không trang nào bị thay đổi');
  });

  it('Tạo bảng mẫu writes no Nhật ký when a tab of another name holds the log (a Google Form\'s responses)', () => {
    const book = FakeWorkbook.empty();
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet() as Ss;
    ss.insertSheet('Câu trả lời biểu mẫu 1').getRange(1, 1, 1, 6).setValues([['Dấu thời gian', 'Ngày hỗ trợ', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ']]);
    loadBundle(book, { today: '2025-09-10' }).menuCreateTemplate();
    expect(names(book)).toEqual(['Trang tính1', 'Câu trả lời biểu mẫu 1', 'Danh sách', 'Lớp', 'Cấu hình', 'Kế hoạch']);
  });

  it('Tạo bảng mẫu writes a secondary roster when the Lớp tab holds khối 6–12', () => {
    const book = FakeWorkbook.empty();
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet() as Ss;
    ss.insertSheet('Lớp').getRange(1, 1, 3, 2).setValues([['Lớp', 'Khối'], ['6A', 6], ['10A1', 10]]);
    loadBundle(book, { today: '2025-09-10' }).menuCreateTemplate();
    const header = ss.getSheetByName('Danh sách')!.getDataRange().getValues();
    expect(header[0]).toContain('Cuối học kì II');
    expect(header[1]).toEqual(expect.arrayContaining(['Ngữ văn', 'Học tập', 'Rèn luyện']));
    expect(header[1]).not.toContain('Tiếng Việt');
  });

  it('Tạo bảng mẫu writes example targets into a new Cấu hình, and never into an existing one', () => {
    const fresh = FakeWorkbook.empty();
    const freshContext = loadBundle(fresh, { today: '2025-09-10' });
    freshContext.menuCreateTemplate();
    const config = (fresh.globals.SpreadsheetApp.getActiveSpreadsheet() as Ss).getSheetByName('Cấu hình')!.getDataRange().getValues();
    expect(config.filter((row) => String(row[0]).startsWith('Chỉ tiêu')).map((row) => row.slice(0, 2))).toEqual([
      ['Chỉ tiêu môn học', 'trên 99,7%'], ['Chỉ tiêu năng lực', '100%'], ['Chỉ tiêu phẩm chất', '100%'],
    ]);
    // Read back, they are targets (nothing rated yet, so nothing judged) and raise no problem.
    const report = JSON.parse(JSON.stringify(freshContext.menuSummarize().report));
    expect(report.problems).toEqual([]);
    expect(report.targets).toEqual([]);

    const kept = FakeWorkbook.empty();
    const ss = kept.globals.SpreadsheetApp.getActiveSpreadsheet() as Ss;
    ss.insertSheet('Cấu hình').getRange(1, 1, 1, 2).setValues([['Tên trường', 'Trường Tiểu học Thử']]);
    loadBundle(kept, { today: '2025-09-10' }).menuCreateTemplate();
    expect(ss.getSheetByName('Cấu hình')!.getDataRange().getValues()).toEqual([['Tên trường', 'Trường Tiểu học Thử']]);
  });

  it('Kiểm tra danh sách writes the Kiểm tra tab only', () => {
    const book = FakeWorkbook.empty();
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet() as Ss;
    ss.insertSheet('Danh sách').getRange(1, 1, 2, 3).setValues([['Họ và tên', 'Lớp', 'GKI - Toán'], ['An', '', 'C']]);
    const { json, outcome } = runSummarize(book, { today: '2025-12-01', menuFunction: 'menuCheck' });
    expect(outcome.written).toEqual(['Kiểm tra']);
    expect(names(book)).toEqual(['Trang tính1', 'Danh sách', 'Kiểm tra']);
    expect(json.problems.map((p: { code: string; cell: string }) => `${p.code}@${p.cell}`)).toEqual(['CLASS_MISSING@B2']);
    const check = ss.getSheetByName('Kiểm tra')!.getDataRange();
    expect(check.getFormulas().flat().filter(Boolean)).toEqual([]);
    const links = check.getRichTextValues().flat().filter((v) => v?.getLinkUrl());
    expect(links.map((v) => [v!.getText(), v!.getLinkUrl()])).toEqual([['B2', `#gid=${ss.getSheetByName('Danh sách')!.getSheetId()}&range=B2`]]);
  });

  it('Tạo lịch tháng writes the Lịch tháng tab only', () => {
    const book = FakeWorkbook.empty();
    const { outcome } = runSummarize(book, { today: '2025-12-01', menuFunction: 'menuTimeline' });
    expect(outcome.written).toEqual(['Lịch tháng']);
  });

  it('a file without a Danh sách tab is a clear problem, not a crash', () => {
    const book = FakeWorkbook.empty();
    const { json } = runSummarize(book, { today: '2025-12-01' });
    expect(json.problems).toEqual([expect.objectContaining({ sheet: 'Danh sách', severity: 'error', code: 'ROSTER_MISSING' })]);
    const check = snapshot(book, ['Kiểm tra'])['Kiểm tra'].flat().join(' ');
    expect(check).toContain('Không tìm thấy trang tính "Danh sách"');
  });

  it('Hướng dẫn and Mở bảng điều khiển show Vietnamese help and the sidebar', () => {
    const book = FakeWorkbook.empty();
    const context = loadBundle(book, { today: '2025-12-01' });
    context.menuHelp();
    expect(book.alerts.at(-1)!.message).toContain('Hỗ trợ học sinh → Tổng hợp');
    // The vnEdu import in three steps (PRODUCT 2.2): download, Tệp → Nhập → Chèn trang tính mới, Tổng hợp.
    expect(book.alerts.at(-1)!.message).toMatch(/\(1\) Trên vnEdu, tải "Sổ điểm tổng kết".*\(2\).*Tệp → Nhập → Tải lên.*"Chèn trang tính mới".*\(3\) Bấm Hỗ trợ học sinh → Tổng hợp/s);
    context.menuOpenSidebar();
    expect(book.sidebars).toHaveLength(1);
    expect((book.sidebars[0] as GoogleAppsScript.HTML.HtmlOutput).getTitle()).toBe('Hỗ trợ học sinh');
    expect(htmlFileOf(book.sidebars[0])).toBe('Sidebar');
  });

  it('the sidebar can only select real cells', () => {
    const book = FakeWorkbook.empty();
    const context = loadBundle(book, { today: '2025-12-01' });
    expect(context.sidebarSelectCell('Trang tính1', 'C7')).toBe(true);
    expect(book.selection).toEqual({ sheet: 'Trang tính1', a1: 'C7' });
    expect(context.sidebarSelectCell('Không có', 'C7')).toBe(false);
    expect(context.sidebarSelectCell('Trang tính1', 'C7:D9); x(')).toBe(false);
  });
});
