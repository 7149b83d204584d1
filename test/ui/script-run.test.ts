/// <reference lib="dom" />
// SHEETS-FIDELITY 13 "google.script.run": the test bridge fails a call as Google does, and the
// sidebar explains a failure caused by several signed-in Google accounts in plain Vietnamese.
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { buildSchoolWorkbook, roundTrip } from '../helpers/bundle';
import { installScriptRun, openSidebar, type ScriptRunBridge } from '../helpers/script-run';
import { loadBundle, type BundleContext } from '../../local/load-bundle';
import { SEVERAL_ACCOUNTS_MESSAGE } from '../../src/ui/server';

let browser: Browser;
let page: Page;
let bridge: ScriptRunBridge;
let context: BundleContext;
const received: unknown[] = [];

beforeAll(async () => {
  const { workbook } = buildSchoolWorkbook({
    headerStyle: 'one-row', points: ['GKI'], areas: ['Toán'],
    students: [{ name: 'Phạm Gia An', className: '1A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } }],
  });
  const book = await roundTrip(workbook);
  context = loadBundle(book, { today: '2025-12-01' });
  // Two server functions only this test has: one echoes what arrived, one returns a Date.
  context.__echo = (...args: unknown[]) => {
    received.push(args);
    return args;
  };
  context.__today = () => new Date();
  context.__dates = () => ({ when: new Date(), list: [1, new Date()] });
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  bridge = await installScriptRun(page, context);
  await openSidebar(page);
}, 120000);

afterAll(async () => {
  await browser?.close();
});

/** Calls a server function from the page as the sidebar would; resolves with what the handlers got. */
function runInPage(name: string, argsSource: string): Promise<{ ok?: unknown; error?: string }> {
  return page.evaluate(`new Promise((resolve) => google.script.run
    .withSuccessHandler((ok) => resolve({ ok }))
    .withFailureHandler((error) => resolve({ error: String(error.message) }))
    .${name}(...${argsSource}))`);
}

describe('the bridge behaves like google.script.run', () => {
  it.each([
    ['a Date', '[new Date()]'],
    ['a function', '[() => 1]'],
    ['undefined', '[undefined]'],
    ['a Date inside an object', '[{ when: [new Date()] }]'],
  ])('%s in an argument fails the call; the server never sees it', async (_what, args) => {
    const before = received.length;
    const result = await runInPage('__echo', args);
    expect(result.error).toMatch(/^Failed due to illegal value in property/);
    expect(received.length).toBe(before);
  });

  it('undefined inside an array arrives as null; an undefined property is dropped', async () => {
    const result = await runInPage('__echo', '[[1, undefined, "a"], { kept: 1, dropped: undefined }]');
    expect(result).toEqual({ ok: [[1, null, 'a'], { kept: 1 }] });
  });

  // Issue 20, on purpose: Google hands a returned value holding a Date to the page as null, whole.
  it('a Date anywhere in the result makes the whole result arrive as null', async () => {
    await expect(runInPage('__today', '[]')).resolves.toEqual({ ok: null });
    await expect(runInPage('__dates', '[]')).resolves.toEqual({ ok: null });
  });
});

describe('several signed-in Google accounts', () => {
  it('a PERMISSION_DENIED failure shows a plain Vietnamese explanation in the sidebar', async () => {
    bridge.failNext("ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.");
    await page.click('#runAll');
    await page.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
    await expect(page.textContent('#status')).resolves.toBe(SEVERAL_ACCOUNTS_MESSAGE);
    expect(SEVERAL_ACCOUNTS_MESSAGE).toContain('nhiều tài khoản Google');
    // Google words it in the user's language: the Vietnamese text leads to the same explanation.
    bridge.failNext('Lỗi ScriptError: Cần có sự cho phép để thực hiện hành động đó.');
    await page.click('#runAll');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Google không cho'));
    await expect(page.textContent('#status')).resolves.toBe(SEVERAL_ACCOUNTS_MESSAGE);
    bridge.failNext('ScriptError: Authorization is required to perform that action.');
    await page.click('#runAll');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Google không cho'));
    // Any other failure keeps the server's own words.
    bridge.failNext('Đang có người khác chạy Tổng hợp trên bảng tính này.');
    await page.click('#runAll');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Đang có người khác'));
  });
});
