// The printed Tổng hợp as LibreOffice prints the saved .xlsx (PRODUCT 3.4): every row on the page
// the plan gave it, no table split inside a group, no heading alone at a page's foot, a table longer
// than a page with its header again on the next; the sample school, one four times its size, and
// one with more targets than a page holds.
import { FakeWorkbook, runSummarize } from '../helpers/bundle';
import { lastLine, plannedPage, printTab, squash, type PrintedTab } from '../helpers/print';
import { sampleSchool, sampleSpec } from '../../local/sample-school';
import { scaleSchool, SCALE_TODAY } from '../../local/scale-school';
import { buildSchoolWorkbook } from '../../local/workbook-builder';
import ExcelJS from 'exceljs';
import { addSecondarySheet, secondaryClass, THCS_SUBJECTS, type SecondarySubject } from '../../local/vnedu-export-secondary';
import { MIN_PRINTED_PT } from '../../src/core/layout/measure';

const THPT_WIDE: SecondarySubject[] = ['Toán', 'Văn', 'Ng.ngữ', 'Lí', 'Hóa', 'Sinh', 'Sử', 'Địa', 'Tin', 'C.nghệ', 'GDKT&PL', 'GDQP&AN', 'GDCD', 'Nhạc']
  .map((name) => ({ name, kind: 'score' }));

/** A THCS: vnEdu học kì I results of 6A, 7A, 8A, 9A (35 each, some below 5,0 in Toán or Văn) and a Cấu hình. */
function secondarySchool(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const config = workbook.addWorksheet('Cấu hình');
  [['Mục', 'Giá trị'], ['Cơ quan chủ quản', 'UBND phường An Hòa'], ['Tên trường', 'Trường THCS Nguyễn Du'], ['Địa danh', 'An Hòa'],
    ['Năm học', '2025-2026'], ['Người ký', 'Phạm Văn Sơn'], ['Số văn bản', '12/BC-THCSND']].forEach((row) => config.addRow(row));
  [6, 7, 8, 9].forEach((grade, g) => addSecondarySheet(workbook, {
    sheet: `${grade}A`, className: `${grade}A`, grade, point: 'HK1', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS,
    students: secondaryClass(35, 9000000000 + 100 * grade, 2019 - grade, (i) => ({
      marks: { Toán: i % 7 === g ? 4.5 : 7, Văn: i % 9 === 1 ? 4.8 : 6.5, KHTN: i % 11 === 2 ? 3.9 : 8 },
    })),
  }));
  return workbook;
}

/** A THPT: vnEdu học kì I of 10A-12A, 30 each, fourteen subjects below 5,0 for someone (with Học tập, Rèn luyện: sixteen areas). */
function widePrintSchool(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const config = workbook.addWorksheet('Cấu hình');
  [['Mục', 'Giá trị'], ['Cơ quan chủ quản', 'Sở Giáo dục và Đào tạo'], ['Tên trường', 'Trường THPT Lê Lợi'], ['Địa danh', 'An Hòa'],
    ['Năm học', '2025-2026'], ['Người ký', 'Phạm Văn Sơn'], ['Số văn bản', '30/BC-THPTLL']].forEach((row) => config.addRow(row));
  const subjects = THPT_WIDE;
  [10, 11, 12].forEach((grade, g) => addSecondarySheet(workbook, {
    sheet: `${grade}A`, className: `${grade}A`, grade, point: 'HK1', year: 2025, regime: 'TT22', subjects,
    students: secondaryClass(30, 9100000000 + 100 * grade, 2010 - g, (i) => ({
      marks: Object.fromEntries(subjects.map((s, k) => [s.name, (i + g) % 15 === k ? 4 : undefined])),
    })),
  }));
  return workbook;
}

jest.setTimeout(120000);

async function printed(workbook: FakeWorkbook['workbook'], today: string, name: string, options: { png?: boolean } = {}): Promise<PrintedTab> {
  const book = new FakeWorkbook(workbook);
  runSummarize(book, { today });
  return printTab(book, 'Tổng hợp', name, options);
}

/** Every row whose first cell can be found on a page (one line, once in the report), with its text. */
function findable(p: PrintedTab): Array<[number, string]> {
  const counts = new Map<string, number>();
  for (const text of p.firstCells) counts.set(text, (counts.get(text) ?? 0) + 1);
  return p.firstCells.map((text, i) => [i + 1, squash(text)] as [number, string])
    .filter(([row, text]) => text.length >= 6 && counts.get(p.firstCells[row - 1]) === 1 && !p.wrapped.has(row));
}

/** Whether a line of the page starts with the text, as whole words. */
const startsLine = (page: string, text: string) => page.split('\n').map(squash).some((l) => l === text || l.startsWith(text + ' '));

const HEADING = /^(\d+\. |Đầu năm$|Giữa học kì I{1,2}$|Cuối học kì I$|Cuối năm$)/;

function expectAsPlanned(p: PrintedTab): void {
  expect(p.pages).toHaveLength(p.pageStarts.length);
  const rows = findable(p);
  expect(rows.length).toBeGreaterThan(10);
  for (const [row, text] of rows) {
    const page = plannedPage(p, row);
    // The row's page holds it at the start of a line (column A is the leftmost), and no other page does.
    expect({ row, text, page: p.pages.map((t, i) => (startsLine(t, text) ? i + 1 : 0)).filter(Boolean) }).toEqual({ row, text, page: [page] });
  }
  // No heading is the last line of a page.
  const headings = rows.filter(([, text]) => HEADING.test(text)).map(([, text]) => text);
  expect(headings.length).toBeGreaterThan(2);
  p.pages.forEach((text, i) => expect({ page: i + 1, last: lastLine(text), heading: headings.includes(lastLine(text)) })
    .toEqual({ page: i + 1, last: lastLine(text), heading: false }));
}

describe('Tổng hợp printed by LibreOffice from the saved .xlsx', () => {
  it('the sample school: every row on its planned page, no heading at a page foot, the signature with the last table', async () => {
    const sample = sampleSchool();
    const p = await printed(sample.workbook, sample.today, 'sample');
    expectAsPlanned(p);
    // The grade table of section 1 and its notes on page 1; the targets' three groups on one page.
    const pageOf = (text: string) => p.pages.findIndex((t) => squash(t).includes(text)) + 1;
    expect(pageOf('1. Số học sinh cần hỗ trợ theo khối')).toBe(1);
    expect(pageOf('THHS: tổng sĩ số các lớp')).toBe(1);
    expect(pageOf('Môn học (hoàn')).toBe(pageOf('Toàn trường 613 596'));
    expect(pageOf('Nơi nhận:')).toBe(p.pages.length);
    // NĐ 30: the page number at the top centre from page 2 (LibreOffice prints the header's &P).
    expect(p.pages.slice(1).map((t) => t.split('\n').map(squash).find((l) => l !== ''))).toEqual(p.pages.slice(1).map((_, i) => String(i + 2)));
    expect(squash(p.pages[0]).startsWith('UBND PHƯỜNG AN HÒA')).toBe(true);
    expect(p.sheet.headerFooter).toMatchObject({ differentFirst: true, oddHeader: '&C&"Times New Roman,Regular"&13&P' });
  });

  it('a school four times the sample: the same, page by page', async () => {
    expectAsPlanned(await printed(scaleSchool(400), SCALE_TODAY, 'scale-400'));
  });

  it('a secondary school (THCS, 12 subjects): the wide table shrinks to the page, every row on its planned page', async () => {
    const p = await printed(secondarySchool(), '2026-01-20', 'secondary');
    expectAsPlanned(p);
    expect(squash(p.pages[0])).toContain('TRƯỜNG THCS NGUYỄN DU');
    expect(squash(p.pages[0])).toContain('Số: 12/BC-THCSND');
  });

  it('a THPT with sixteen areas: the grade tables go on in a second table, every row on its planned page, 11 pt at 9 pt or more', async () => {
    const p = await printed(widePrintSchool(), '2026-01-20', 'secondary-16', { png: true });
    expectAsPlanned(p);
    // Section 1's first table on page 1 under the title, nine areas wide; the second (seven areas, HSKT, Tỉ lệ) whole on page 2.
    const page1 = squash(p.pages[0]);
    expect(page1).toContain('1. Số học sinh cần hỗ trợ theo khối - Cuối học kì I');
    expect(page1).toContain('TC 90 84 6 6 6 0 0 6 6 6 6');
    expect(page1).not.toContain('Tỉ lệ');
    const all = p.pages.map(squash).join(' ');
    expect(all.match(/TC 90 84 [\d ,]+%/g)).toEqual(['TC 90 84 6 6 6 6 6 6 6 0 93,33%']);
    expect(all.match(/Khối THHS/g)).toHaveLength(2);
    // The printed columns with the padding each gets on paper: 11 pt notes at 9 pt or more.
    const columns = Number(/^A1:\$?([A-Z])/.exec(p.sheet.pageSetup.printArea as string)?.[1].charCodeAt(0)) - 64;
    let width = 0;
    for (let c = 1; c <= columns; c++) width += Math.round((p.sheet.getColumn(c).width ?? 9) * 7) + 6;
    expect(11 * Math.min(1, 940 / width)).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
  });

  it('more targets than a page holds: the table breaks between target groups and repeats its header', async () => {
    const spec = sampleSpec();
    const more: Array<[string, string]> = [['Chỉ tiêu Tiếng Việt', '95%'], ['Chỉ tiêu phẩm chất', '98%'], ['Chỉ tiêu khối 1 Toán', '96%']];
    const p = await printed(buildSchoolWorkbook({ ...spec, config: [...(spec.config ?? []), ...more] }).workbook, '2026-01-20', 'many-targets');
    expectAsPlanned(p);
    const withTargets = p.pages.map((t, i) => [i + 1, squash(t)] as const).filter(([, t]) => t.includes('Toàn trường'));
    expect(withTargets.length).toBeGreaterThan(1);
    // Every page of the table starts with its header; each group's rows end on the page they start on.
    for (const [, text] of withTargets) expect(text).toContain('Nội dung Khối THHS');
    // A group's first row (khối 1, 119 students) and its last (Toàn trường, 613) on the same page.
    for (const [page, text] of withTargets) {
      const firsts = text.match(/(^| )1 119 \d+ (trên )?\d+(,\d+)?%/g) ?? [];
      const lasts = text.match(/Toàn trường 613 \d+ (trên )?\d+(,\d+)?%/g) ?? [];
      expect({ page, groups: firsts.length }).toEqual({ page, groups: lasts.length });
      expect(lasts.length).toBeGreaterThan(0);
    }
  });
});
