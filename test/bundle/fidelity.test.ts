// The imitation is as strict as Google on what SHEETS-FIDELITY 13 found it kinder about; each test
// names its line there. (Formula locale, insertSheet position and Protection: writer.test.ts.)
import fs from 'fs';
import path from 'path';
import { FakeWorkbook } from '../helpers/bundle';
import { loadBundle, runSimpleTrigger } from '../../local/load-bundle';
import { MAX_CELLS } from '../../local/fake-sheets';

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
    ss.insertSheet('x'.repeat(100));
  });
});
