// Promises of the Apps Script shell (src/gas) that only the built bundle can show, each a fault of
// `npm run mutate:shell` would break: the stamp an open sidebar polls, birth dates read from date
// cells in the file's own zone, and the settings form writing only the value cells.

import { buildSchoolWorkbook, FakeWorkbook, runSummarize } from '../helpers/bundle';
import { loadBundle } from '../../local/load-bundle';

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
const ssOf = (book: FakeWorkbook) => book.globals.SpreadsheetApp.getActiveSpreadsheet() as Ss;

function school() {
  return buildSchoolWorkbook({
    headerStyle: 'two-row', points: ['GKI'], areas: ['Toán'],
    students: [{ name: 'Phạm Gia An', className: '1A', supporter: 'Cô Lan', birth: new Date(Date.UTC(2018, 8, 5)), ratings: { GKI: { Toán: 'C' } } }],
  }).workbook;
}

describe('the stamp an open sidebar polls to refresh (sidebarLastRun)', () => {
  it('is empty before any run, set by each run, and not by reading the numbers', () => {
    const book = new FakeWorkbook(school());
    const context = loadBundle(book, { today: '2025-11-20' });
    expect(context.sidebarLastRun()).toBe('');
    context.sidebarAnalyse();
    expect(context.sidebarLastRun()).toBe('');
    context.menuSummarize();
    const first = context.sidebarLastRun() as string;
    expect(first).toMatch(/^\d{13}$/);
    context.menuCheck();
    expect(Number(context.sidebarLastRun())).toBeGreaterThanOrEqual(Number(first));
    expect(book.documentProperties.get('lastRunAt')).toBe(context.sidebarLastRun());
  });
});

describe('a birth date typed as a date is read in the file\'s own zone', () => {
  it.each([['Asia/Ho_Chi_Minh'], ['Asia/Tokyo']])('%s: the date cell 05/09/2018 is the text 05/09/2018', (timeZone) => {
    // The same child twice: once with the birth date as a date cell, once as text. Read in the
    // file's zone, the dates agree and the second row is a duplicate; a day off, they would not.
    const { workbook } = buildSchoolWorkbook({
      headerStyle: 'two-row', points: ['GKI'], areas: ['Toán'],
      students: [
        { name: 'Phạm Gia An', className: '1A', supporter: 'Cô Lan', birth: new Date(Date.UTC(2018, 8, 5)), ratings: { GKI: { Toán: 'C' } } },
        { name: 'Phạm Gia An', className: '1A', supporter: 'Cô Lan', birth: '05/09/2018', ratings: { GKI: { Toán: 'C' } } },
      ],
    });
    const { json } = runSummarize(new FakeWorkbook(workbook, { timeZone }), { today: '2025-11-20' });
    expect(json.problems.map((p) => p.code)).toEqual(['STUDENT_DUPLICATE']);
    expect(json.totals.GKI.total.needSupport).toBe(1);
  });
});

describe('one read per input tab (PRODUCT 5)', () => {
  it('the generated tabs are not read back: a second run reads exactly what the first did', () => {
    const book = new FakeWorkbook(school());
    runSummarize(book, { today: '2025-11-20' });
    const first = book.log.spreadsheetCounts().get('Sheet.getSheetValues');
    expect(first).toBe(1); // Danh sách, with one getSheetValues
    runSummarize(book, { today: '2025-11-20' });
    expect(ssOf(book).getSheets().length).toBe(6); // Danh sách and the five generated tabs (Đỡ đầu: the roster names GV hỗ trợ)
    expect(book.log.spreadsheetCounts().get('Sheet.getSheetValues')).toBe(first);
    expect(book.log.spreadsheetCounts().get('Range.getMergedRanges')).toBe(1);
  });

  it('an empty tab, which getSheetValues cannot reach to its last row, is read the longer way and the run goes on', () => {
    const workbook = school();
    workbook.addWorksheet('Trang tính 2');
    const book = new FakeWorkbook(workbook);
    const { json } = runSummarize(book, { today: '2025-11-20' });
    expect(json.totals.GKI.total.needSupport).toBe(1);
    expect(book.log.spreadsheetCounts().get('Sheet.getSheetValues')).toBe(2);
    expect(book.log.spreadsheetCounts().get('Range.getValues')).toBe(1); // the empty tab's A1
  });
});

describe('the settings form (sidebarSaveSettings) writes only the value cells of Cấu hình', () => {
  it('the keys the school typed stay as typed; only changed or missing values are written', () => {
    const workbook = school();
    const config = workbook.addWorksheet('Cấu hình');
    config.addRow(['Tên trường:', 'Trường cũ']);
    config.addRow(['Ghi chú riêng', 'giữ nguyên']);
    config.addRow(['Năm học', '2025 - 2026']);
    const book = new FakeWorkbook(workbook);
    const context = loadBundle(book, { today: '2025-11-20' });
    const settings = { ...(context.sidebarGetSettings() as Record<string, string>), schoolName: 'Trường Tiểu học Hòa An' };
    const { message } = context.sidebarSaveSettings(settings) as { message: string };
    // The school name changes in place; the signer title and recipients the tab lacked are added below.
    expect(message).toBe('Đã lưu 3 mục vào trang "Cấu hình". Bấm Tổng hợp để in lại báo cáo.');
    expect(ssOf(book).getSheetByName('Cấu hình')!.getDataRange().getValues()).toEqual([
      ['Tên trường:', 'Trường Tiểu học Hòa An'], ['Ghi chú riêng', 'giữ nguyên'], ['Năm học', '2025 - 2026'],
      ['Chức danh ký', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG'],
      ['Nơi nhận', 'Hiệu trưởng (để báo cáo);\nCác tổ chuyên môn (để thực hiện);\nLưu: VT, CM.'],
    ]);
  });

  it('finds Cấu hình however its name is written, and never makes a second one', () => {
    const workbook = school();
    workbook.addWorksheet('CAU HINH').addRow(['Tên trường', 'Trường Tiểu học Hòa An']);
    const book = new FakeWorkbook(workbook);
    const context = loadBundle(book, { today: '2025-11-20' });
    const settings = context.sidebarGetSettings() as Record<string, string>;
    expect(settings.schoolName).toBe('Trường Tiểu học Hòa An');
    context.sidebarSaveSettings({ ...settings, place: 'Hòa An' });
    expect(ssOf(book).getSheets().map((s) => s.getName())).toEqual(['Danh sách', 'CAU HINH']);
    expect(ssOf(book).getSheetByName('CAU HINH')!.getDataRange().getValues()[1]).toEqual(['Địa danh', 'Hòa An']);
  });
});
