// The in-memory spreadsheet must be as strict as Google where it matters (SHEETS-FIDELITY.md).
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { FakeWorkbook, roundTrip } from '../helpers/bundle';

function freshBook(options?: { locale?: string }) {
  const book = FakeWorkbook.empty(options);
  return { book, ss: book.globals.SpreadsheetApp.getActiveSpreadsheet() as GoogleAppsScript.Spreadsheet.Spreadsheet };
}

describe('in-memory spreadsheet fidelity', () => {
  it('a merged range holds its value only in the top-left cell, as Google reads it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.getCell('A1').value = 'Đầu năm';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = 'Toán';
    const book = await roundTrip(wb);
    const values = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Danh sách')!.getRange('A1:D2').getValues();
    expect(ws.getCell('C1').value).toBe('Đầu năm'); // exceljs itself repeats the value
    expect(values).toEqual([['Đầu năm', '', '', ''], ['Toán', '', '', '']]);
  });

  it('empty cells read as empty strings, dates as Date at midnight in the file time zone', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = new Date(Date.UTC(2018, 1, 5));
    ws.getCell('C1').value = 7;
    const book = await roundTrip(wb);
    const [[date, empty, seven]] = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S')!.getRange('A1:C1').getValues();
    expect(Object.prototype.toString.call(date)).toBe('[object Date]');
    expect((date as Date).toISOString()).toBe('2018-02-04T17:00:00.000Z'); // 00:00 in Asia/Ho_Chi_Minh
    expect(empty).toBe('');
    expect(seven).toBe(7);
  });

  it('setValues rejects a wrong shape with Google\'s message', () => {
    const { ss } = freshBook();
    const range = ss.getSheets()[0].getRange(1, 1, 2, 4);
    expect(() => range.setValues([[1, 2, 3, 4]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => range.setValues([[1, 2, 3, 4], [1, 2, 3, 4, 5]])).toThrow('The data has 5 but the range has 4.');
  });

  it('strings written by setValues are parsed as if typed; an apostrophe keeps text', () => {
    const { ss } = freshBook({ locale: 'en_US' }); // ',' separates formula arguments
    const range = ss.getSheets()[0].getRange(1, 1, 1, 6);
    range.setValues([['=IMPORTXML("http://x","//a")', '10%', '2024-01-31', "'=SUM(A1)", "'10%", 'Toán']]);
    const formulas = range.getFormulas()[0];
    const values = range.getValues()[0];
    expect(formulas[0]).toBe('=IMPORTXML("http://x","//a")');
    expect(values[1]).toBe(0.1);
    expect(Object.prototype.toString.call(values[2])).toBe('[object Date]');
    expect(values[3]).toBe('=SUM(A1)');
    expect(formulas[3]).toBe('');
    expect(values[4]).toBe('10%');
    expect(values[5]).toBe('Toán');
  });

  it('a typed date follows the file\'s locale, and "4/1" with no year is a date of this year (SHEETS-FIDELITY 1)', () => {
    const typed = (locale: string) => {
      const range = freshBook({ locale }).ss.getSheets()[0].getRange(1, 1, 1, 4);
      range.setValues([['10/11/2025', '25/10/2025', '4/1', "'4/1"]]);
      // getValues gives the instant of midnight in the file's zone: its day there.
      return range.getValues()[0].map((v: unknown) => (Object.prototype.toString.call(v) === '[object Date]'
        ? (v as Date).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }) : v));
    };
    const year = new Date().getFullYear();
    expect(typed('vi_VN')).toEqual(['2025-11-10', '2025-10-25', `${year}-01-04`, '4/1']);
    expect(typed('en_US')).toEqual(['2025-10-11', '25/10/2025', `${year}-04-01`, '4/1']);
  });

  it('rich text stays as written, and the saved file shows text, formula and link apart', async () => {
    const { book, ss } = freshBook({ locale: 'en_US' });
    const app = book.globals.SpreadsheetApp;
    const range = ss.getSheets()[0].getRange(1, 1, 1, 3);
    range.setRichTextValues([[
      app.newRichTextValue().setText('=IMPORTXML("x")').build(),
      app.newRichTextValue().setText('Dòng 7').setLinkUrl('#gid=0&range=A7').build(),
      app.newRichTextValue().setText('10%').build(),
    ]]);
    ss.getSheets()[0].getRange('D1').setValue('=SUM(1,2)');
    expect(() => range.setRichTextValues([['text', 'b', 'c']] as never)).toThrow("don't match the method signature");
    const file = require('path').join(require('os').tmpdir(), `rich-${process.pid}.xlsx`);
    await book.save(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('=IMPORTXML("x")');
    expect(ws.getCell('B1').value).toEqual({ text: 'Dòng 7', hyperlink: '#gid=0&range=A7' });
    expect(ws.getCell('C1').value).toBe('10%');
    expect(ws.getCell('D1').formula).toBe('SUM(1,2)');
  });

  it('a range outside the grid, or with no rows, throws', () => {
    const { ss } = freshBook();
    const sheet = ss.getSheets()[0];
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getA1Notation()).toBe('A1005');
  });

  it('getSheetValues with -1 reads to the last row and column with content, one call; an empty tab is refused', () => {
    const { book, ss } = freshBook();
    const sheet = ss.getSheets()[0];
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.getRange(2, 1, 2, 3).setValues([['a', '', 'c'], [1, 2, '']]);
    book.log.reset();
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([['', '', ''], ['a', '', 'c'], [1, 2, '']]);
    expect(sheet.getSheetValues(2, 2, -1, 2)).toEqual([['', 'c'], [2, '']]);
    expect(book.log.total()).toBe(2);
  });

  it('cells formatted alike share one style object, fresh cells too, and a save files unstyled cells as one (issue 20: memory, save time)', async () => {
    const { book, ss } = freshBook();
    const sheet = ss.getSheets()[0];
    const range = sheet.getRange(1, 1, 50, 4);
    range.setValues(Array.from({ length: 50 }, (_, r) => [r, `a${r}`, `b${r}`, r % 2 === 0]));
    range.setFontWeight('bold').setWrap(true);
    sheet.getRange(60, 1, 10, 2).setValues(Array.from({ length: 10 }, (_, r) => [r, 'plain']));
    const styles = (rows: [number, number]) => {
      const seen = new Set<unknown>();
      book.sheets[0].ws.eachRow((row, r) => {
        if (r >= rows[0] && r <= rows[1]) row.eachCell((cell) => seen.add(cell.style));
      });
      return seen.size;
    };
    expect(styles([1, 50])).toBe(1);
    await book.save(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hths-styles-')), 'styles.xlsx'));
    expect(styles([60, 69])).toBe(1);
    expect(book.sheets[0].ws.getCell(1, 1).font?.bold).toBe(true);
  });

  it('sheet names are unique and the last sheet cannot be deleted', () => {
    const { ss } = freshBook();
    const sheet = ss.insertSheet('Tổng hợp');
    expect(() => ss.insertSheet('Tổng hợp')).toThrow('A sheet with the name "Tổng hợp" already exists. Please enter another name.');
    ss.deleteSheet(ss.getSheets()[0]);
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  it('a method it does not implement throws instead of doing nothing', () => {
    const { ss } = freshBook();
    const sheet = ss.getSheets()[0] as unknown as Record<string, () => void>;
    expect(() => sheet.autoResizeColumns()).toThrow('not implemented in local runner: Sheet.autoResizeColumns');
  });

  it('enum arguments must be enum objects', () => {
    const { book, ss } = freshBook();
    const range = ss.getSheets()[0].getRange('A1:B2');
    expect(() => range.setBorder(true, true, true, true, true, true, '#000', 'SOLID' as never)).toThrow("don't match the method signature");
    expect(() => range.setBorder(true, true, true, true, true, true, '#000', book.globals.SpreadsheetApp.BorderStyle.SOLID)).not.toThrow();
  });

  it('setBorder draws an edge with true, takes it away with false, leaves it with null (as Google: a heading row of a bordered table)', () => {
    const { book, ss } = freshBook();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:C2').setBorder(true, true, true, true, true, true, '#000000', book.globals.SpreadsheetApp.BorderStyle.SOLID);
    sheet.getRange('A1:C1').setBorder(null, null, null, null, false, null);
    const ws = book.sheets[0].ws;
    const edges = (a1: string) => Object.keys(ws.getCell(a1).border ?? {}).sort();
    // Row 1: the outer edges stay, the lines between its cells are gone; row 2 untouched.
    expect([edges('A1'), edges('B1'), edges('C1')]).toEqual([['bottom', 'left', 'top'], ['bottom', 'top'], ['bottom', 'right', 'top']]);
    expect([edges('A2'), edges('B2')]).toEqual([['bottom', 'left', 'right', 'top'], ['bottom', 'left', 'right', 'top']]);
  });

  it('counts every call, including chained ones', () => {
    const { book, ss } = freshBook();
    book.log.reset();
    ss.getSheets()[0].getRange('A1:B1').setFontWeight('bold').setFontSize(12);
    expect(book.log.spreadsheetCalls()).toBe(4);
    expect([...book.log.counts.keys()]).toEqual(['Spreadsheet.getSheets', 'Sheet.getRange', 'Range.setFontWeight', 'Range.setFontSize']);
  });

  it('developer metadata survives a save', async () => {
    const { book, ss } = freshBook();
    ss.insertSheet('Kiểm tra').addDeveloperMetadata('k', 'check');
    const path = require('path').join(require('os').tmpdir(), `meta-${process.pid}.xlsx`);
    await book.save(path);
    const again = await FakeWorkbook.fromFile(path);
    const found = again.globals.SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey('k').find();
    expect(found.map((m: GoogleAppsScript.Spreadsheet.DeveloperMetadata) => [m.getValue(), m.getLocation().getSheet()?.getName()])).toEqual([['check', 'Kiểm tra']]);
    expect(again.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s: GoogleAppsScript.Spreadsheet.Sheet) => s.getName())).toEqual(['Trang tính1', 'Kiểm tra']);
  });
});
