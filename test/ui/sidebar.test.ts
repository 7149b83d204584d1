/// <reference lib="dom" />
// The sidebar in a real headless Chromium, at the sidebar's 300 px, with google.script.run
// forwarded to build/Code.js running in a vm on the in-memory spreadsheet.
import fs from 'fs';
import path from 'path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { buildSchoolWorkbook, roundTrip } from '../helpers/bundle';
import { loadBundle } from '../../local/load-bundle';
import { installScriptRun, openSidebar } from '../helpers/script-run';
import { sampleSpec } from '../../local/sample-school';

const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test', 'fixtures', 'generated');
const TARGET_LIMIT = 4; // misses listed above the buttons
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Bé Na';

/** Polls until `read` gives something `check` accepts, or fails with the last value seen. */
async function eventually<T>(read: () => T | Promise<T>, check: (value: T) => void, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

let browser: Browser;
let page: Page;
let errors: string[] = [];
let book: any; // eslint-disable-line @typescript-eslint/no-explicit-any
let server: any; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  const spec = sampleSpec();
  // The last student (5D): its warning is listed under the problems, below the README's picture.
  const last = spec.students[spec.students.length - 1];
  last.name = HOSTILE_NAME;
  last.supporter = '';
  book = await roundTrip(buildSchoolWorkbook(spec).workbook);
  const context = loadBundle(book, { today: '2026-01-20' });
  server = context;
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  page = await browser.newPage({ viewport: { width: 300, height: 1100 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  errors = pageErrors;
  await installScriptRun(page, context);
  await page.clock.install(); // the sidebar's polling timer runs on a clock the test moves
  await openSidebar(page);
}, 120000);

afterAll(async () => {
  await browser?.close();
});

describe('sidebar', () => {
  it('shows the current review point and the headline numbers', async () => {
    await expect(page.textContent('#subtitle')).resolves.toBe('Năm học 2025-2026 · Cuối học kì I');
    const need = Number(await page.textContent('#need'));
    expect(need).toBeGreaterThan(50);
    await expect(page.textContent('#errors')).resolves.toBe('4');
    await expect(page.textContent('#warnings')).resolves.toBe('6');
    await expect(page.textContent('#needOf')).resolves.toMatch(/^trên \d+ học sinh$/);
    await expect(page.isHidden('#pdf')).resolves.toBe(true); // no Tổng hợp tab yet
    await expect(page.isHidden('#classPdfs')).resolves.toBe(true); // nor Theo dõi
    await expect(page.isHidden('#mentorsPdf')).resolves.toBe(true); // nor Đỡ đầu
  });

  it('shows what is below target at the latest review point, with the students the gap stands for', async () => {
    // The sample school's targets: Môn học "trên 90%", Toán 95%, Năng lực "Đạt 97%".
    type Target = { reviewPoint: string; grade: number | null; area: string; target: number; above: boolean; achieved: number;
      verdict: string; gapStudents: number; students: number; needSupport: number };
    const targets: Target[] = server.sidebarAnalyse().report.targets;
    const here = targets.filter((t) => t.reviewPoint === 'CKI');
    expect(here).toHaveLength(18); // three targets × (five khối + the whole school)
    const misses = here.filter((t) => t.verdict === 'notMet');
    expect(misses.length).toBeGreaterThan(TARGET_LIMIT);
    await expect(page.textContent('#targetCount')).resolves.toBe(`(Cuối học kì I: ${misses.length}/18 chưa đạt)`);
    const items = await page.locator('#targets li').allTextContents();
    const byGrade = [...misses].sort((x, y) => (x.grade ?? 0) - (y.grade ?? 0));
    const pct = (n: number) => n.toFixed(2).replace('.', ',') + '%';
    const phrase: Record<string, string> = { 'Môn học': 'hoàn thành tất cả các môn học', Toán: 'hoàn thành Toán', 'Năng lực': 'đạt yêu cầu về năng lực' };
    const wanted = byGrade.slice(0, TARGET_LIMIT).map((t) => `${t.grade === null ? 'Toàn trường' : `Khối ${t.grade}`} · ${t.area}: ${pct(t.achieved)}`
      + ` (chỉ tiêu ${t.above ? 'trên ' : ''}${String(t.target).replace('.', ',')}%)`
      + `Cần thêm ${t.gapStudents} học sinh ${phrase[t.area]} ở ${t.grade === null ? 'toàn trường' : `khối ${t.grade}`}.`);
    expect(items).toEqual([...wanted, `Và ${misses.length - TARGET_LIMIT} mục khác: xem bảng Tổng hợp.`]);
    // Each gap is the fewest students that meet the target, checked here with plain arithmetic.
    for (const t of misses) {
      const meets = (withoutNeed: number) => (t.above ? withoutNeed * 100 > t.target * t.students : withoutNeed * 100 >= t.target * t.students);
      const without = t.students - t.needSupport;
      expect(meets(without + t.gapStudents)).toBe(true);
      expect(meets(without + t.gapStudents - 1)).toBe(false);
    }
  });

  it('renders names as text, never HTML', async () => {
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('#problems').textContent()).resolves.toContain(HOSTILE_NAME);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  });

  it('a click on a problem selects its cell in the sheet', async () => {
    const first = page.locator('#problems li button.cell').first();
    const label = await first.textContent();
    await first.click();
    await eventually(() => book.selection, (v) => expect(v).toEqual({ sheet: label!.split('!')[0], a1: label!.split('!')[1] }));
  });

  it('refreshes by itself when someone runs Tổng hợp from the menu', async () => {
    server.menuSummarize(); // another teacher, another tab
    await expect(page.isHidden('#pdf')).resolves.toBe(true);
    await page.clock.runFor(31000);
    await eventually(() => page.isVisible('#pdf'), (v) => expect(v).toBe(true));
  });

  it('runs Tổng hợp with progress, then shows the headline', async () => {
    await page.click('#runAll');
    await eventually(() => page.textContent('#status'), (v) => expect(v).toContain('Cuối học kì I:'));
    const names = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s: { getName(): string }) => s.getName());
    expect(names).toEqual(expect.arrayContaining(['Kiểm tra', 'Tổng hợp', 'Theo dõi', 'Lịch tháng']));
    await expect(page.locator('button[data-step]:disabled').count()).resolves.toBe(0);
    const summary = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tổng hợp');
    const gid = summary.getSheetId();
    // The printed area ends with the signer's name in column D..I; the chart's block is beyond column I.
    const printedRows = (summary.getRange(1, 1, summary.getMaxRows(), 9).getValues() as unknown[][]).reduce((last: number, row, i) => (row.some((v) => v !== '') ? i + 1 : last), 0);
    await expect(page.isVisible('#pdf')).resolves.toBe(true);
    const href = await page.getAttribute('#pdf', 'href');
    expect(href).toBe(`https://docs.google.com/spreadsheets/d/local-spreadsheet/export?format=pdf&gid=${gid}&size=A4&portrait=false&fitw=true`
      + '&gridlines=false&sheetnames=false&printtitle=false&pagenumbers=false&fzr=false&top_margin=0.8&bottom_margin=0.8&left_margin=1.2&right_margin=0.7'
      + `&range=${encodeURIComponent(`A1:I${printedRows}`)}`);
    // Đỡ đầu printed from Google: the annex's columns A..F only, down to the room left for the signature
    // (Sheets keeps no print area, so without the range the screen columns beside the annex would print too).
    const mentors = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Đỡ đầu');
    const annexRows = mentors.getMaxRows();
    expect(annexRows).toBeGreaterThan(mentors.getLastRow()); // room below "NGƯỜI LẬP DANH SÁCH" to sign
    expect(mentors.getRange(1, 1, annexRows, 6).getValues().flat()).toContain('NGƯỜI LẬP DANH SÁCH');
    await expect(page.isVisible('#mentorsPdf')).resolves.toBe(true);
    await expect(page.getAttribute('#mentorsPdf', 'href')).resolves.toBe(`https://docs.google.com/spreadsheets/d/local-spreadsheet/export?format=pdf&gid=${mentors.getSheetId()}`
      + '&size=A4&portrait=false&fitw=true&gridlines=false&sheetnames=false&printtitle=false&pagenumbers=false&fzr=false&top_margin=0.8&bottom_margin=0.8&left_margin=1.2&right_margin=0.7'
      + `&range=${encodeURIComponent(`A1:F${annexRows}`)}`);
    await expect(page.textContent('#mentorsPdf')).resolves.toBe('Tải PDF danh sách GV nhận đỡ đầu (phụ lục) để in');
    // The picture in the README: the sidebar right after a Tổng hợp.
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-top.png'), clip: { x: 0, y: 0, width: 300, height: 760 } });
  });

  it('offers Theo dõi class by class: a PDF link per class printing only that class\'s part, after a run', async () => {
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet();
    const track = ss.getSheetByName('Theo dõi');
    const gid = track.getSheetId();
    const column = (track.getRange(1, 1, track.getLastRow(), 1).getValues() as unknown[][]).map((r) => String(r[0]));
    // Each class's part at the newest point: its heading down to the row before the next heading,
    // the last one down to the row before the empty row that ends the section.
    const headings = column.map((text, i) => ({ text, row: i + 1 })).filter((h) => /^Lớp .* - Cuối học kì I: \d+ học sinh/.test(h.text));
    expect(headings.length).toBeGreaterThan(5);
    const wanted = headings.map((h, k) => {
      const last = k + 1 < headings.length ? headings[k + 1].row - 1 : column.indexOf('', h.row);
      const label = (/^Lớp (.+?)(?: \(GVCN .*\))? - Cuối học kì I: \d+ học sinh/.exec(h.text) as RegExpExecArray)[1];
      return [label, 'https://docs.google.com/spreadsheets/d/local-spreadsheet/export?format=pdf&gid=' + gid + '&size=A4&portrait=false&fitw=true'
        + '&gridlines=false&sheetnames=false&printtitle=false&pagenumbers=false&fzr=false&top_margin=0.8&bottom_margin=0.8&left_margin=1.2&right_margin=0.7'
        + '&range=' + encodeURIComponent(`A${h.row}:F${last}`)];
    });
    await expect(page.isVisible('#classPdfs')).resolves.toBe(true);
    const links = await page.locator('#classPdfLinks a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(wanted);
    await expect(page.locator('#classPdfLinks a').first().getAttribute('target')).resolves.toBe('_blank');
    fs.mkdirSync(SHOTS, { recursive: true });
    const box = await page.locator('section.actions').boundingBox();
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-class-pdfs.png'), clip: { x: 0, y: box!.y, width: 300, height: box!.height } });
  });

  it('shows the school\'s lines in the settings form and saves a change to Cấu hình', async () => {
    await page.click('#settings summary');
    await eventually(() => page.inputValue('input[name="schoolName"]'), (v) => expect(v).toBe('Trường Tiểu học Hòa Bình'));
    await expect(page.inputValue('textarea[name="signerTitle"]')).resolves.toBe('KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG');
    await page.fill('input[name="signerName"]', 'Nguyễn Thị Thu Hà');
    await page.click('#saveSettings');
    await eventually(() => page.textContent('#settingsStatus'), (v) => expect(v).toBe('Đã lưu 1 mục vào trang "Cấu hình". Bấm Tổng hợp để in lại báo cáo.'));
    const config = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cấu hình').getDataRange().getValues();
    expect(config).toContainEqual(['Người ký', 'Nguyễn Thị Thu Hà']);
  });

  it('explains the vnEdu import in three steps, within the 300 px', async () => {
    await page.click('#importHelp summary');
    const steps = await page.locator('#importHelp li').allTextContents();
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('Sổ điểm tổng kết');
    expect(steps[1]).toContain('Tệp → Nhập → Tải lên');
    expect(steps[1]).toContain('Chèn trang tính mới');
    expect(steps[2]).toContain('Tổng hợp');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(300);
  });

  it('raised no error in the page', () => {
    expect(errors).toEqual([]);
  });

  it('fits the 300 px sidebar without horizontal scrolling', async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'sidebar.png'), fullPage: true });
  });
});
