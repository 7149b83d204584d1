// Kiểm tra, Theo dõi and Lịch tháng printed by LibreOffice from the saved .xlsx (PRODUCT 3.4):
// legible on A4 landscape (10 pt type at 9 pt or more after fit-to-width), every word of every
// cell on paper (a row too short for its wrapped text would cut lines off), the header row on
// every page of a tab that freezes it, months written "Tháng 9/2025".
import type ExcelJS from 'exceljs';
import { FakeWorkbook, runSummarize } from '../helpers/bundle';
import { printTab, squash, type PrintedTab } from '../helpers/print';
import { sampleSchool } from '../../local/sample-school';
import { sampleSecondarySchool } from '../../local/sample-secondary';
import { A4_LANDSCAPE } from '../../src/core/layout/measure';

jest.setTimeout(180000);

const TABS = ['Kiểm tra', 'Theo dõi', 'Lịch tháng'];

/** How often each word occurs. */
function words(texts: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const text of texts) for (const w of squash(text).split(' ').filter(Boolean)) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** Runs Tổng hợp on a sample school and prints its tabs (name → file) through LibreOffice into `printed`. */
async function printSample(sample: { workbook: ExcelJS.Workbook; today: string }, files: Record<string, string>, printed: Map<string, PrintedTab>): Promise<void> {
  const book = new FakeWorkbook(sample.workbook);
  runSummarize(book, { today: sample.today });
  for (const [tab, file] of Object.entries(files)) printed.set(tab, await printTab(book, tab, file));
}

describe('the data tabs printed', () => {
  const printed = new Map<string, PrintedTab>();
  beforeAll(() => printSample(sampleSchool(), { 'Kiểm tra': 'tab-check', 'Theo dõi': 'tab-tracking', 'Lịch tháng': 'tab-timeline' }, printed));

  it.each(TABS)('%s: 10 pt prints at 9 pt or more (its columns, with the padding each gets, fit the page at 90 %%)', (tab) => {
    const sheet = (printed.get(tab) as PrintedTab).sheet;
    let width = 0;
    for (let c = 1; c <= sheet.columnCount; c++) width += Math.round((sheet.getColumn(c).width ?? 9) * 7) + 6;
    expect(10 * Math.min(1, A4_LANDSCAPE.widthPx / width)).toBeGreaterThanOrEqual(9);
  });

  it.each(TABS)('%s: every word of every cell is on paper', (tab) => {
    const p = printed.get(tab) as PrintedTab;
    const cells: string[] = [];
    p.sheet.eachRow((row) => row.eachCell((cell) => { if (cell.text) cells.push(cell.text); }));
    const onPaper = words(p.pages);
    const missing = [...words(cells)].filter(([w, n]) => (onPaper.get(w) ?? 0) < n);
    expect(missing).toEqual([]);
    expect(cells.length).toBeGreaterThan(20);
  });

  it('Lịch tháng: months as "Tháng 9/2025", its header on every page', () => {
    const p = printed.get('Lịch tháng') as PrintedTab;
    const text = p.pages.map(squash).join(' ');
    for (const month of ['Tháng 9/2025', 'Tháng 12/2025', 'Tháng 5/2026']) expect(text).toContain(month);
    expect(p.pages.length).toBeGreaterThan(1);
    for (const page of p.pages) expect(squash(page)).toContain('Biện pháp thực hiện');
  });

  it('Theo dõi: each class at the newest point on a page of its own, as its PDF link prints it', () => {
    const p = printed.get('Theo dõi') as PrintedTab;
    const isClass = (t: string) => /^Lớp .* - Cuối học kì I: \d+ học sinh/.test(t);
    const classes = p.firstCells.filter(isClass);
    expect(classes.length).toBeGreaterThan(5);
    const lines = p.pages.map((page) => page.split('\n').map(squash).filter((l) => l !== '' && !/^\d+$/.test(l)));
    // The first class shares page 1 with the title and the point's counts; every other one opens its page.
    expect(lines.map((page) => page.filter(isClass).length).filter((n) => n > 0)).toEqual(classes.map(() => 1));
    for (const heading of classes.slice(1)) expect(lines.find((page) => page.includes(heading))?.[0]).toBe(heading);
    expect(lines[0]).toContain(classes[0]);
  });

  it('Kiểm tra and Theo dõi: each page numbered from page 2', () => {
    const p = printed.get('Theo dõi') as PrintedTab;
    expect(p.pages.length).toBeGreaterThan(2);
    p.pages.slice(1).forEach((page, i) => expect(page.split('\n').map(squash).find((l) => l !== '')).toBe(String(i + 2)));
  });
});

// The THCS&THPT sample (issue 21 B, issue 18 C): Theo dõi's long states (a link cell prints on one line
// in LibreOffice, so the link is the short "Đến ô") and Tổng hợp's long notes and "Chưa đạt" in a 60 px
// column, every word on paper.
describe('the THCS&THPT sample printed', () => {
  const printed = new Map<string, PrintedTab>();
  beforeAll(() => printSample(sampleSecondarySchool(), { 'Theo dõi': 'thcs-tracking', 'Tổng hợp': 'thcs-summary' }, printed));

  it.each(['Theo dõi', 'Tổng hợp'])('%s: every word of every printed cell is on paper', (tab) => {
    const p = printed.get(tab) as PrintedTab;
    // Tổng hợp prints its print area only (the chart block beside it stays off the page).
    const area = /:\$?([A-Z]+)\$?\d+$/.exec(String(p.sheet.pageSetup.printArea ?? ''))?.[1];
    const lastColumn = area ? [...area].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : p.sheet.columnCount;
    const cells: string[] = [];
    // A merged block's text once (exceljs gives every cell of the block the master's text).
    p.sheet.eachRow((row) => row.eachCell((cell, c) => { if (cell.text && c <= lastColumn && cell.master.address === cell.address) cells.push(cell.text); }));
    // pdftotext runs two close numbers together ("94,66%-3,34": KQ beside CL); they are two words on paper.
    const onPaper = words(p.pages.map((page) => page.replace(/%(?=[-+\d])/g, '% ')));
    const missing = [...words(cells)].filter(([w, n]) => (onPaper.get(w) ?? 0) < n);
    expect(missing).toEqual([]);
    expect(cells.some((t) => t.includes(tab === 'Theo dõi' ? 'Chưa có GV hỗ trợ; Chưa tiến bộ; Cần hỗ trợ mới' : 'Chưa đạt'))).toBe(true);
  });
});
