// A run on Google that must fit its time and survive a late failure (PRODUCT 4 and 5): a run that
// would pass Apps Script's 6 minutes stops before its first write; a write Google refuses at the
// flush before the swap leaves the previous tabs in place.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { accessOf } from '../../local/fake-sheets/call-log';
import { FakeWorkbook, roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { GENERATED, smallSchool } from '../helpers/small-school';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hths-limits-'));

const names = (book: FakeWorkbook) => book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s) => s.getName());

async function previousRun(file: string) {
  const first = await roundTrip(smallSchool().workbook);
  runSummarize(first, { today: '2025-12-01' });
  await first.save(file);
  return snapshot(first, GENERATED);
}

describe('a run that cannot finish in time (PRODUCT 5)', () => {
  it('stops before its first write, says so in Vietnamese with what to do, and leaves the previous tabs', async () => {
    const file = path.join(tmp, 'limit.xlsx');
    const before = await previousRun(file);
    const book = await FakeWorkbook.fromFile(file);
    book.log.timePerCallMs = 20000; // a very slow day on Google: the reads alone take minutes
    expect(() => runSummarize(book, { today: '2026-01-20' })).toThrow('không kịp xong trong 6 phút');
    const message = book.alerts.at(-1)!.message;
    expect(message).toMatch(/^Chưa chạy được: lần chạy này không kịp xong trong 6 phút/);
    expect(message).toContain('chưa ghi gì');
    expect(message).toContain('tách Danh sách');
    expect(message).toContain('"Kiểm tra danh sách"');
    expect(book.log.writes()).toBe(0);
    expect(names(book)).toEqual(['Danh sách', 'Lớp', 'Cấu hình', ...GENERATED]);
    expect(snapshot(book, GENERATED)).toEqual(before);
    expect(book.lockHeld).toBe(false);
  });

  it('the same file on a normal day runs through', async () => {
    const file = path.join(tmp, 'normal.xlsx');
    await previousRun(file);
    const book = await FakeWorkbook.fromFile(file);
    book.log.timePerCallMs = 100;
    expect(runSummarize(book, { today: '2026-01-20' }).json.tabs.written).toEqual(GENERATED);
  });
});

describe('flush before the point of no return (PRODUCT 4)', () => {
  it('a write refused at the flush, at any step, leaves every tab its old or its new version, never a mix', async () => {
    const file = path.join(tmp, 'flush.xlsx');
    const before = await previousRun(file);
    const reference = await FakeWorkbook.fromFile(file);
    runSummarize(reference, { today: '2026-01-20' });
    const writes = reference.log.writes();
    const after = snapshot(reference, GENERATED);
    // The writes that build the new tabs come before the first delete of an old one.
    const buildWrites = reference.log.sequence.filter((n) => accessOf(n.split('.')[0], n.split('.')[1]) === 'write')
      .indexOf('Spreadsheet.deleteSheet');
    expect(buildWrites).toBeGreaterThan(20);
    let oldKept = 0;
    let tried = 0;
    // Every third write while the new tabs are built (the same kinds of write recur), every write from the swap on.
    for (let k = 1; k <= writes; k += k < buildWrites ? 3 : 1) {
      tried += k <= buildWrites ? 1 : 0;
      const book = await FakeWorkbook.fromFile(file);
      book.log.failAtFlush(k, 'Dịch vụ Bảng tính đã hết thời gian chờ khi truy cập tài liệu.');
      expect(() => runSummarize(book, { today: '2026-01-20' })).toThrow('Dịch vụ Bảng tính');
      expect([k, names(book)]).toEqual([k, ['Danh sách', 'Lớp', 'Cấu hình', ...GENERATED]]);
      const now = snapshot(book, GENERATED);
      const version = (name: string) => [before, after].findIndex((v) => JSON.stringify(v[name]) === JSON.stringify(now[name]));
      for (const name of GENERATED) expect([k, name, version(name)]).not.toEqual([k, name, -1]);
      if (GENERATED.every((name) => version(name) === 0)) oldKept += 1;
      expect(book.lockHeld).toBe(false);
    }
    // Every write that builds the new tabs failed before the swap: the previous tabs all stayed.
    expect(oldKept).toBeGreaterThanOrEqual(tried);
  }, 300000);
});
