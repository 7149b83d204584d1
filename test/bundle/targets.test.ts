// Targets through build/Code.js: the JSON of PRODUCT 6, the printed Tổng hợp as written to the
// sheet, and the .xlsx the local runner saves printing like the PDF link.
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildSchoolWorkbook, roundTrip, runSummarize } from '../helpers/bundle';
import { HAND_CLASSES, HAND_COUNTED, HAND_TARGETS } from '../helpers/hand-counted';
import { AREAS4 } from '../helpers/grid';
import { METADATA_KEYS } from '../../src/core/layout';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hths-targets-'));

function handSchool(config: Array<[string, ExcelJS.CellValue]>) {
  return buildSchoolWorkbook({
    title: ['TRƯỜNG TIỂU HỌC THỬ'], headerStyle: 'two-row', points: ['CKI'], areas: AREAS4, students: HAND_COUNTED,
    classes: HAND_CLASSES.map(([name, grade, teacher, size]) => ({ name, grade, teacher, size })), config,
  }).workbook;
}

describe('targets through the bundle', () => {
  it('writes targets to the JSON: per khối and whole school, percent, and the students each gap stands for', async () => {
    const book = await roundTrip(handSchool(HAND_TARGETS as Array<[string, string]>));
    const { json } = runSummarize(book, { today: '2026-01-10' });
    expect(json.problems).toEqual([]);
    // The same figures as counted by hand in test/core/targets.test.ts, here only the Toán rows.
    expect(json.targets?.filter((t) => t.area === 'Toán').map(({ reviewPoint, grade, area, target, achieved, gapStudents }) =>
      ({ reviewPoint, grade, area, target, achieved, gapStudents }))).toEqual([
      { reviewPoint: 'CKI', grade: 1, area: 'Toán', target: 99, achieved: 97.5, gapStudents: 1 },
      { reviewPoint: 'CKI', grade: 2, area: 'Toán', target: 97, achieved: 95.71, gapStudents: 1 },
      { reviewPoint: 'CKI', grade: null, area: 'Toán', target: 99, achieved: 96.36, gapStudents: 3 },
    ]);
    // January reports Cuối học kì I's numbers and its targets: 9 of 12 below target.
    expect(json.timeline.find((m) => m.month === '2026-01')).toMatchObject({ numbersAt: 'CKI', needSupport: 7, targets: { judged: 12, notMet: 9 } });
    const summary = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tổng hợp')!.getDataRange().getValues();
    const toan = summary.findIndex((row) => row[0] === 'Toán');
    expect(summary.slice(toan, toan + 3).map((row) => row.slice(0, 9))).toEqual([
      ['Toán', '1', 40, 39, '99%', '97,50%', '-1,50', 'Chưa đạt', 1],
      ['', '2', 70, 67, '97%', '95,71%', '-1,29', 'Chưa đạt', 1],
      ['', 'Toàn trường', 110, 106, '99%', '96,36%', '-2,64', 'Chưa đạt', 3],
    ]);
  });

  it('reads an optional Chỉ tiêu tab (Nội dung, Khối, Chỉ tiêu), never as official results, and leaves it as it was', async () => {
    const workbook = handSchool([]);
    const tab = workbook.addWorksheet('Chỉ tiêu');
    const rows = [['Nội dung', 'Khối', 'Chỉ tiêu'], ['Toán', '', 0.99], ['Toán', 2, '≥ 97%'], ['Phẩm chất', 'Toàn trường', 'Đạt 100%']];
    rows.forEach((row) => tab.addRow(row));
    const book = await roundTrip(workbook);
    const { json } = runSummarize(book, { today: '2026-01-10' });
    expect(json.problems).toEqual([]);
    expect(json.sources.filter((s) => s.kind === 'official')).toEqual([]);
    expect(json.targets?.map((t) => `${t.area} ${t.grade ?? 'TT'} ${t.target} ${t.achieved} ${t.gapStudents}`)).toEqual([
      'Toán 1 99 97.5 1', 'Toán 2 97 95.71 1', 'Toán TT 99 96.36 3', 'Phẩm chất 1 100 97.5 1', 'Phẩm chất 2 100 100 0', 'Phẩm chất TT 100 99.09 1',
    ]);
    expect(book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!.getDataRange().getValues()).toEqual(rows);
  });

  it('a bad target is a problem at its cell, and the rest are still judged', async () => {
    const book = await roundTrip(handSchool([['Chỉ tiêu Toán', 'khoảng 99'], ['Chỉ tiêu năng lực', '100%']]));
    const { json } = runSummarize(book, { today: '2026-01-10' });
    expect(json.problems.map((p) => `${p.severity}:${p.code}@${p.sheet}!${p.cell}`)).toEqual(['error:TARGET_INVALID@Cấu hình!B1']);
    expect(json.problems[0].message).toContain('99,7%');
    expect([...new Set(json.targets?.map((t) => t.area))]).toEqual(['Năng lực']);
  });

  it('the saved .xlsx prints Tổng hợp on A4 landscape, one page wide, its print area only, no gridlines', async () => {
    const book = await roundTrip(handSchool(HAND_TARGETS as Array<[string, string]>));
    runSummarize(book, { today: '2026-01-10' });
    const summary = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tổng hợp')!;
    const printArea = summary.getDeveloperMetadata().find((m) => m.getKey() === METADATA_KEYS.printArea)?.getValue();
    expect(printArea).toMatch(/^A1:I\d+$/);
    const file = path.join(tmp, 'out.xlsx');
    await book.save(file);

    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(file);
    const ws = saved.getWorksheet('Tổng hợp')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.8, bottom: 0.8, left: 1.2, right: 0.7 });
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
    // Absolute on both ends, or LibreOffice prints the whole tab.
    const workbookXml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('xl/workbook.xml')!.async('string');
    const [, lastRow] = /^A1:I(\d+)$/.exec(printArea as string) as RegExpExecArray;
    expect(workbookXml).toContain(`&apos;Tổng hợp&apos;!$A$1:$I$${lastRow}</definedName>`);
    // The input tabs keep the page the school gave them.
    expect(saved.getWorksheet('Danh sách')!.pageSetup.orientation).not.toBe('landscape');
  });
});
