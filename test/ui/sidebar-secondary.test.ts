/// <reference lib="dom" />
// The sidebar in a real headless Chromium (300 px) on the THCS&THPT sample school after Cả năm
// (`npm run local -- --sample thcs`): the headline numbers, the secondary targets (Học tập, Toán,
// Rèn luyện) and the problems of a secondary school, as the server reports them, without error.
import path from 'path';
import fs from 'fs';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { roundTrip } from '../helpers/bundle';
import { loadBundle } from '../../local/load-bundle';
import { installScriptRun, openSidebar } from '../helpers/script-run';
import { sampleSecondarySchool } from '../../local/sample-secondary';

const SHOTS = path.join(__dirname, '..', 'fixtures', 'generated');
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let report: any;

beforeAll(async () => {
  const sample = sampleSecondarySchool();
  const book = await roundTrip(sample.workbook);
  const context = loadBundle(book, { today: sample.today });
  report = context.sidebarAnalyse().report;
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  page = await browser.newPage({ viewport: { width: 300, height: 1100 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await installScriptRun(page, context);
  await page.clock.install();
  await openSidebar(page);
}, 120000);

afterAll(async () => {
  await browser?.close();
});

describe('sidebar at a THCS&THPT school', () => {
  it('shows Cả năm and the whole school\'s numbers over both levels', async () => {
    expect(report.latest).toBe('CN');
    // Secondary khối name the year's point Cả năm (TT22), never Cuối năm.
    await expect(page.textContent('#subtitle')).resolves.toBe('Năm học 2025-2026 · Cả năm');
    const { total, counts } = report;
    // The secondary areas of both levels are in the payload; the cards show its numbers.
    expect(Object.keys(total.byArea)).toEqual(['Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện', 'Giáo dục thể chất', 'Khoa học tự nhiên', 'Vật lí']);
    expect(total.needSupport).toBeGreaterThan(50);
    expect(total.students).toBeGreaterThan(400);
    await expect(page.textContent('#need')).resolves.toBe(String(total.needSupport));
    await expect(page.textContent('#needOf')).resolves.toBe(`trên ${total.students} học sinh`);
    // Each level's own numbers, which add up to the whole school's.
    const levels = report.levels.map((l: { level: string; point: string; total: { needSupport: number; students: number } }) => [l.level, l.point, l.total.needSupport, l.total.students]);
    expect(levels.map((l: unknown[]) => l.slice(0, 2))).toEqual([['THCS', 'CN'], ['THPT', 'CN']]);
    expect(levels.reduce((sum: number, l: number[]) => sum + l[2], 0)).toBe(total.needSupport);
    expect(levels.reduce((sum: number, l: number[]) => sum + l[3], 0)).toBe(total.students);
    await expect(page.locator('#needByLevel li').allTextContents()).resolves.toEqual(
      levels.map((l: [string, string, number, number]) => `${l[0]} (Cả năm): ${l[2]}/${l[3]} học sinh cần hỗ trợ`));
    expect(counts.errors).toBe(6); // five planted cells and the "từ Khá trở lên" target
    await expect(page.textContent('#errors')).resolves.toBe(String(counts.errors));
    await expect(page.textContent('#warnings')).resolves.toBe(String(counts.warnings));
    await expect(page.textContent('#noSupporter')).resolves.toBe(String(counts.noSupporter));
  });

  it('lists the secondary targets below target at Cả năm, in words for Học tập and Rèn luyện', async () => {
    const misses = report.targets.filter((t: { reviewPoint: string; verdict: string }) => t.reviewPoint === 'CN' && t.verdict === 'notMet');
    const judged = report.targets.filter((t: { reviewPoint: string }) => t.reviewPoint === 'CN');
    // The sample's 24 targets at Cả năm, 12 missed (sample-secondary.test recounts them), the
    // three whole-school rows among them: THCS and THPT are both at Cả năm, judged together.
    expect([misses.length, judged.length]).toEqual([12, 24]);
    expect(judged.filter((t: { grade: number | null }) => t.grade === null)).toHaveLength(3);
    await expect(page.textContent('#targetCount')).resolves.toBe(`(Cả năm: ${misses.length}/${judged.length} chưa đạt)`);
    const items = (await page.locator('#targets li').allTextContents()).join('\n');
    expect(items).toMatch(/(Học tập|Toán|Rèn luyện): \d+,\d\d%/);
    expect(items).not.toContain('hoàn thành Học tập');
    expect(items).not.toContain('hoàn thành Rèn luyện');
  });

  it('lists the secondary problems: a score of 11, "6..5", "Khá" in Toán, the target it cannot count', async () => {
    const problems = (await page.locator('#problems').textContent()) ?? '';
    for (const said of ['điểm 11 nằm ngoài thang 0–10', '"6..5" không phải một điểm số', '"Khá" không phải một điểm số', 'Ngữ văn mức Khá trở lên chưa tính được']) {
      expect(problems).toContain(said);
    }
  });

  it('fits 300 px and raised no error in the page', async () => {
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(300);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-thcs.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
