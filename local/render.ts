// One tab of a saved .xlsx printed as LibreOffice prints it: the tab alone in a copy of the file,
// converted to PDF (`soffice --headless --convert-to pdf`), its text page by page (`pdftotext
// -layout`), and PNG pictures of the pages (`pdftoppm -png`) when asked.
//   npx tsx local/render.ts OUT.xlsx "Tổng hợp" [DIR] [--png]
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export interface RenderedTab {
  pdf: string;
  /** The text of each page, as pdftotext lays it out. */
  pages: string[];
  /** PNG files of the pages, when asked for. */
  pngs: string[];
}

/** Whether soffice, pdftotext and pdftoppm are on this machine. */
export function canRender(): boolean {
  try {
    for (const tool of ['soffice', 'pdftotext', 'pdftoppm']) execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function safeName(tab: string): string {
  return tab.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
}

/**
 * The rows a tab breaks its pages after (`<rowBreaks>`), read from the file itself: exceljs reads no
 * page breaks, so the copy of the tab alone would lose them.
 */
async function rowBreaks(xlsx: string, tab: string): Promise<number[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const workbook = await read('xl/workbook.xml');
  const escaped = tab.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const id = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = id && new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(await read('xl/_rels/workbook.xml.rels'))?.[1];
  if (!target) return [];
  const sheet = await read(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  const breaks = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/s.exec(sheet)?.[1] ?? '';
  return [...breaks.matchAll(/<brk [^>]*id="(\d+)"/g)].map((m) => Number(m[1]));
}

export async function renderTab(xlsx: string, tab: string, dir: string, options: { png?: boolean; dpi?: number } = {}): Promise<RenderedTab> {
  fs.mkdirSync(dir, { recursive: true });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  for (const ws of [...book.worksheets]) if (ws.name !== tab) book.removeWorksheet(ws.id);
  if (book.worksheets.length !== 1) throw new Error(`no tab "${tab}" in ${xlsx}`);
  const ws = book.worksheets[0];
  ws.state = 'visible';
  for (const row of await rowBreaks(xlsx, tab)) ws.getRow(row).addPageBreak();
  // exceljs reads the print area back as "A1:I96" and writes `'Tab'!$` + each end: "A$1" makes "$A$1".
  if (ws.pageSetup.printArea) ws.pageSetup.printArea = ws.pageSetup.printArea.replace(/\$/g, '').replace(/([A-Z]+)(\d+)/g, '$1$$$2');
  const base = safeName(tab);
  const single = path.join(dir, `${base}.xlsx`);
  await book.xlsx.writeFile(single);
  // A profile of its own: two conversions at once (parallel tests) must not share one.
  const profile = `file://${path.resolve(dir, '.lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, single], { stdio: 'ignore', timeout: 120000 });
  const pdf = path.join(dir, `${base}.pdf`);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
  const pages: string[] = [];
  for (let p = 1; p <= count; p++) {
    pages.push(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-']).toString());
  }
  const pngs: string[] = [];
  if (options.png) {
    execFileSync('pdftoppm', ['-png', '-r', String(options.dpi ?? 60), pdf, path.join(dir, base)]);
    for (const f of fs.readdirSync(dir).filter((f) => f.startsWith(base + '-') && f.endsWith('.png')).sort()) pngs.push(path.join(dir, f));
  }
  return { pdf, pages, pngs };
}

if (require.main === module) {
  const [xlsx, tab, dir = 'out/pages'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  renderTab(xlsx, tab, dir, { png: process.argv.includes('--png') }).then((r) => {
    r.pages.forEach((text, i) => console.log(`--- trang ${i + 1}\n${text}`));
    for (const png of r.pngs) console.log(png);
  });
}
