// The sidebar's settings form, through the pushed bundle: Cấu hình changes only where asked.
import ExcelJS from 'exceljs';
import { roundTrip } from '../helpers/bundle';
import { loadBundle } from '../../local/load-bundle';

async function school(withConfig: boolean) {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('Danh sách');
  roster.addRow(['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán']);
  roster.addRow(['An', '1A', 'Cô Lan', 'C']);
  if (withConfig) {
    const config = wb.addWorksheet('Cấu hình');
    config.addRow(['Mục', 'Giá trị']);
    config.addRow(['Tên trường', 'Trường cũ']);
    config.addRow(['Hạn báo cáo học kì I', new Date(Date.UTC(2026, 0, 5))]);
    config.addRow(['Ghi chú của trường', '=1+1']);
  }
  const book = await roundTrip(wb);
  return { book, context: loadBundle(book, { today: '2025-12-01' }), ss: book.globals.SpreadsheetApp.getActiveSpreadsheet() };
}

describe('saving the settings form', () => {
  it('writes the changed value and the new keys, and leaves every other cell as it was', async () => {
    const { context, ss } = await school(true);
    const sheet = ss.getSheetByName('Cấu hình')!;
    const before = sheet.getRange('A1:B4').getValues();
    const settings = { ...JSON.parse(JSON.stringify(context.sidebarGetSettings())), schoolName: 'Trường Tiểu học Hòa An', signerName: '=Trần Thị Mai' };
    // The changed name, the new signer, and the title and recipients the form showed as defaults.
    expect(context.sidebarSaveSettings(settings).message).toBe('Đã lưu 4 mục vào trang "Cấu hình". Bấm Tổng hợp để in lại báo cáo.');
    const after = sheet.getDataRange().getValues();
    expect(after[1]).toEqual(['Tên trường', 'Trường Tiểu học Hòa An']);
    expect(after[2]).toEqual(before[2]); // a date stays a date
    expect(after[3]).toEqual(before[3]);
    expect(after[4]).toEqual(['Người ký', '=Trần Thị Mai']); // text, not a formula
    expect(after[5]).toEqual(['Chức danh ký', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG']);
    expect(sheet.getRange('B5').getFormulas()).toEqual([['']]);
    // The next Tổng hợp prints the new name.
    context.menuSummarize();
    const printed = ss.getSheetByName('Tổng hợp')!.getRange('A2').getValue();
    expect(printed).toBe('TRƯỜNG TIỂU HỌC HÒA AN');
    expect(context.sidebarSaveSettings(JSON.parse(JSON.stringify(context.sidebarGetSettings()))).message).toContain('không đổi');
  });

  it('creates Cấu hình when the school has none', async () => {
    const { context, ss } = await school(false);
    const message = context.sidebarSaveSettings({ ...JSON.parse(JSON.stringify(context.sidebarGetSettings())), schoolName: 'Trường A', schoolYear: '2025-2026' });
    expect(message.message).toBe('Đã tạo trang "Cấu hình" với thông tin trường.');
    const values = ss.getSheetByName('Cấu hình')!.getDataRange().getValues();
    expect(values.slice(0, 3)).toEqual([['Mục', 'Giá trị'], ['Tên trường', 'Trường A'], ['Năm học', '2025-2026']]);
  });

  it('refuses a wrong school year and writes nothing', async () => {
    const { book, context } = await school(true);
    book.log.reset();
    expect(() => context.sidebarSaveSettings({ schoolYear: '2025' })).toThrow('Năm học "2025" chưa đúng');
    expect([...book.log.counts.keys()].filter((k: string) => /set|insert/.test(k))).toEqual([]);
  });
});
