// The imitation is as strict as Google on what SHEETS-FIDELITY 13 found it kinder about; each test
// names its line there. (Formula locale, insertSheet position and Protection: writer.test.ts.)
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { buildSchoolWorkbook, FakeWorkbook, roundTrip, runSummarize, stable } from '../helpers/bundle';
import { sampleSchool } from '../../local/sample-school';
import { loadBundle, runSimpleTrigger } from '../../local/load-bundle';
import { MAX_CELLS, MAX_METADATA_CHARS } from '../../local/fake-sheets';

const ssOf = (book: FakeWorkbook) => book.globals.SpreadsheetApp.getActiveSpreadsheet();

describe('SHEETS-FIDELITY 13 "Authorization modes"', () => {
  it('onOpen in AuthMode.NONE or LIMITED may build the menu and nothing else', () => {
    for (const mode of ['NONE', 'LIMITED'] as const) {
      const book = FakeWorkbook.empty();
      book.log.authMode = mode;
      const app = book.globals.SpreadsheetApp;
      app.getUi().createMenu('M').addItem('A', 'a').addSeparator().addToUi();
      expect(() => app.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
      expect(() => book.globals.PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
      expect(book.menus).toHaveLength(1);
    }
  });

  it('the bundle is a bound script: its onOpen builds the menu in AuthMode.NONE, and there is no onInstall', () => {
    const book = FakeWorkbook.empty();
    const context = loadBundle(book);
    runSimpleTrigger(book, context, 'onOpen', 'NONE');
    expect(book.menus.at(-1)!.added).toBe(true);
    expect(context.onInstall).toBeUndefined();
    const code = fs.readFileSync(path.join(__dirname, '../../build/Code.js'), 'utf8');
    expect(code).not.toMatch(/createAddonMenu|onInstall/);
  });
});

describe('SHEETS-FIDELITY 13 "Bounds"', () => {
  it('setFrozenRows(n ≥ rows) throws "You can\'t freeze all visible rows on the sheet."', () => {
    const sheet = ssOf(FakeWorkbook.empty()).getSheets()[0];
    sheet.deleteRows(3, sheet.getMaxRows() - 2);
    sheet.setFrozenRows(1);
    expect(() => sheet.setFrozenRows(2)).toThrow("You can't freeze all visible rows on the sheet.");
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('setColumnWidth(s) outside the grid throws', () => {
    const sheet = ssOf(FakeWorkbook.empty()).getSheets()[0];
    sheet.setColumnWidth(26, 100);
    expect(() => sheet.setColumnWidth(27, 100)).toThrow('out of bounds');
    expect(() => sheet.setColumnWidths(25, 3, 100)).toThrow('out of bounds');
  });

  it('a spreadsheet holds at most 10 million cells', () => {
    const book = FakeWorkbook.empty();
    const sheet = ssOf(book).getSheets()[0];
    expect(MAX_CELLS).toBe(10000000);
    sheet.insertRowsAfter(1000, Math.floor(MAX_CELLS / 26) - 1000); // 9,999,990 cells
    expect(() => sheet.insertRowsAfter(sheet.getMaxRows(), 1)).toThrow('above the limit of 10000000 cells');
    expect(() => ssOf(book).insertSheet('Thêm')).toThrow('above the limit of 10000000 cells');
  });

  it('sheet names: unique ignoring case, at most 100 characters', () => {
    const ss = ssOf(FakeWorkbook.empty());
    ss.insertSheet('Tổng hợp');
    expect(() => ss.insertSheet('TỔNG HỢP')).toThrow('A sheet with the name "TỔNG HỢP" already exists. Please enter another name.');
    expect(() => ss.getSheets()[0].setName('tổng hợp')).toThrow('already exists');
    expect(() => ss.insertSheet('x'.repeat(101))).toThrow('at most 100 characters');
    expect(() => ss.getSheets()[0].setName('x'.repeat(101))).toThrow('at most 100 characters');
    const long = 'Danh sách học sinh cần hỗ trợ năm học 2025-2026 (bản của tổ khối 3)';
    expect(ss.insertSheet(long).getName()).toBe(long); // Google keeps it whole; an .xlsx could not
    expect(ss.getSheetByName(long)!.getName()).toBe(long);
  });
});

describe('SHEETS-FIDELITY 13 "developer-metadata size caps" (SHEETS-FIDELITY 4: 30,000 characters, unconfirmed: enforced)', () => {
  it('refuses metadata past 30,000 characters per sheet and per spreadsheet; a run stays far below', async () => {
    const book = FakeWorkbook.empty();
    const ss = ssOf(book);
    const [first] = ss.getSheets();
    const second = ss.insertSheet('Hai');
    first.addDeveloperMetadata('k', 'x'.repeat(MAX_METADATA_CHARS - 1));
    expect(() => first.addDeveloperMetadata('k', 'x')).toThrow('exceed 30000 characters');
    expect(() => second.addDeveloperMetadata('k', 'x')).toThrow('exceed 30000 characters');
    expect(() => first.getDeveloperMetadata()[0].setValue('x'.repeat(MAX_METADATA_CHARS))).toThrow('exceed 30000 characters');
    const school = await roundTrip(sampleSchool().workbook);
    runSummarize(school, { today: sampleSchool().today });
    const used = ssOf(school).getSheets().flatMap((s) => s.getDeveloperMetadata()).reduce((n, m) => n + m.getKey().length + (m.getValue() ?? '').length, 0);
    expect(used).toBeLessThan(500);
  });
});

describe('SHEETS-FIDELITY 13 "Dates": each date converted with its own offset, in a zone with daylight saving too', () => {
  // The same child entered twice (a Date cell, then the same date typed as text) is one duplicate,
  // and the message prints the birth date: a summer date read with a winter offset would be the day before.
  const cases = ['Asia/Ho_Chi_Minh', 'Europe/Berlin'].flatMap((timeZone) => ['2025-12-05', '2026-05-20']
    .flatMap((today) => [[7, '15/07/2017'], [1, '15/01/2017']].map(([month, shown]) => ({ timeZone, today, month: month as number, shown: shown as string }))));

  it.each(cases)('$timeZone, run on $today, born $shown', async ({ timeZone, today, month, shown }) => {
    const student = (birth: Date | string) => ({ name: 'Lê Thu Hà', className: '2A', supporter: 'Cô Lan', birth, ratings: { GKI: { Toán: 'C' } } });
    const { workbook } = buildSchoolWorkbook({
      headerStyle: 'one-row', points: ['GKI'], areas: ['Toán'],
      students: [student(new Date(Date.UTC(2017, month - 1, 15))), student(shown)],
    });
    const copy = await roundTrip(workbook);
    const book = new FakeWorkbook(copy.workbook, { timeZone });
    const { json } = runSummarize(book, { today });
    const duplicate = json.problems.filter((p) => p.code === 'STUDENT_DUPLICATE');
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0].message).toContain(`sinh ${shown}`);
  });
});

describe('SHEETS-FIDELITY 13 "Unicode in the runtime"', () => {
  it('with String.prototype.normalize a no-op in the vm, a roster pasted as NFD gives the identical JSON', async () => {
    const { workbook, today } = sampleSchool();
    // Every text of every tab decomposed, as pasted from Word.
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = cell.value.normalize('NFD');
      }));
    }
    const buffer = await workbook.xlsx.writeBuffer();
    const load = async () => {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load(buffer as ArrayBuffer);
      return new FakeWorkbook(copy);
    };
    const withIcu = runSummarize(await load(), { today });
    const withoutIcu = runSummarize(await load(), { today, withoutNormalize: true });
    expect(withIcu.json.rows.counted).toBeGreaterThan(90);
    expect(withIcu.json.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']);
    expect(stable(withoutIcu.json)).toEqual(stable(withIcu.json));
  });
});
