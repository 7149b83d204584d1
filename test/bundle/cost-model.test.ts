// The imitation's cost model (local/fake-sheets/COSTS.md): each call, round trip and cell is
// charged what it would cost on Google; a planted failure can surface at the next flush, as a
// queued write's does; the script's clock can be told how long each call takes.
import { FakeWorkbook } from '../helpers/bundle';
import { COSTS } from '../../local/fake-sheets/cost';

function freshBook() {
  const book = FakeWorkbook.empty();
  return { book, ss: book.globals.SpreadsheetApp.getActiveSpreadsheet() as GoogleAppsScript.Spreadsheet.Spreadsheet };
}

describe('cost model', () => {
  it('charges a written cell, a read cell, a document read and a round trip by the published figures', () => {
    const { book, ss } = freshBook();
    const sheet = ss.getSheets()[0];
    book.log.reset();
    const range = sheet.getRange(1, 1, 10, 20); // navigation: one cheap call
    range.setValues(Array.from({ length: 10 }, () => new Array(20).fill('x'))); // a queued write of 200 cells
    expect(book.log.cellsWritten).toBe(200);
    expect(book.log.estimatedMs).toBeCloseTo(2 * COSTS.callMs + 200 * COSTS.cellWrittenMs);
    range.getValues(); // a read after a write: one round trip, then 200 cells read
    expect(book.log.cellsRead).toBe(200);
    expect(book.log.roundTrips).toBe(1);
    expect(book.log.estimatedMs).toBeCloseTo(2 * COSTS.callMs + 200 * COSTS.cellWrittenMs + COSTS.roundTripMs + COSTS.readCallMs + 200 * COSTS.cellReadMs);
  });

  it('charges each value-builder call: a link built from a fresh builder costs four calls', () => {
    const { book } = freshBook();
    book.log.reset();
    book.globals.SpreadsheetApp.newRichTextValue().setText('Ô').setLinkUrl('#gid=0&range=A1').build();
    expect(book.log.valueBuilderCalls()).toBe(4);
    expect(book.log.estimatedMs).toBeCloseTo(4 * COSTS.callMs);
  });

  it('formatting a whole range with one value is one request, whatever its size', () => {
    const { book, ss } = freshBook();
    const sheet = ss.getSheets()[0];
    const range = sheet.getRange(1, 1, 1000, 26);
    book.log.reset();
    range.setBackground('#ffffff');
    expect(book.log.cellsWritten).toBe(0);
    range.setValue('x'); // one value into every cell: each cell is written
    expect(book.log.cellsWritten).toBe(26000);
  });

  it('a RangeList\'s setValue writes each cell of each of its ranges: a call, and every cell charged', () => {
    const { book, ss } = freshBook();
    const sheet = ss.getSheets()[0];
    book.log.reset();
    sheet.getRangeList(['A1', 'C5', 'B2:C3']).setValue("'Lớp");
    expect(book.log.cellsWritten).toBe(6);
    expect(book.log.estimatedMs).toBeCloseTo(2 * COSTS.callMs + 6 * COSTS.cellWrittenMs);
    expect(sheet.getRange('A1:C5').getValues().flat().filter((v) => v === 'Lớp')).toHaveLength(6); // the apostrophe keeps it text
  });

  it('a failure planted at flush lets the write return and throws at the next read', () => {
    const { book, ss } = freshBook();
    const sheet = ss.getSheets()[0];
    book.log.failAtFlush(1, 'Dịch vụ Bảng tính bị lỗi.');
    expect(() => sheet.getRange('A1').setValue('x')).not.toThrow();
    expect(() => sheet.getRange('A1').getValue()).toThrow('Dịch vụ Bảng tính bị lỗi.');
    expect(() => sheet.getRange('A1').getValue()).not.toThrow(); // reported once
  });

  it('a failure planted at flush surfaces at SpreadsheetApp.flush()', () => {
    const { book, ss } = freshBook();
    book.log.failAtFlush(1);
    ss.getSheets()[0].getRange('A1').setValue('x');
    expect(() => book.globals.SpreadsheetApp.flush()).toThrow('timed out');
  });

  it('the script clock runs ahead by the time each call is told to take', () => {
    const { book, ss } = freshBook();
    book.log.timePerCallMs = 1000;
    ss.getSheets();
    ss.getSheets();
    expect(book.log.clockLeadMs).toBe(2000);
  });
});
