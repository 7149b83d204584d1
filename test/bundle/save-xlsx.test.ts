// The runner's save (local/save-xlsx.ts) writes exceljs's own parts, one tab at a time: every part
// of its file is the part exceljs's writeBuffer makes of the same workbook, byte for byte, for a
// workbook with what the runner's files hold (text, numbers, dates, formulas, links, merges, styles,
// validations, notes, print areas and titles, a very hidden tab).
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { crc32Js, writeXlsx } from '../../local/save-xlsx';

function richWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2025, 0, 1));
  workbook.modified = workbook.created;
  const roster = workbook.addWorksheet('Danh sách');
  roster.addRow(['Họ và tên', 'Lớp', 'Ngày sinh', 'Điểm']);
  // Enough rows for the roster's XML to be encoded in several chunks (part-stream CHUNK).
  for (let i = 0; i < 3000; i++) roster.addRow([`Nguyễn Văn ${i}`, `${1 + (i % 5)}A`, new Date(Date.UTC(2018, i % 12, 1 + i)), i / 10]);
  roster.getCell('A1').font = { bold: true, name: 'Times New Roman', size: 13 };
  roster.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  roster.getCell('D3').numFmt = '0%';
  roster.getCell('A4').note = 'Ghi chú của trường';
  roster.getCell('B5').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Hoàn thành,Chưa hoàn thành"'] };
  roster.views = [{ state: 'frozen', ySplit: 1 }];
  roster.pageSetup.printTitlesRow = '1:1';
  const report = workbook.addWorksheet('Tổng hợp');
  report.mergeCells('A1:D1');
  report.getCell('A1').value = 'BÁO CÁO';
  report.getCell('A2').value = { text: 'Đến ô', hyperlink: '#gid=0&range=A5' };
  report.getCell('B2').value = { formula: 'HYPERLINK("#gid=0";"Danh sách")', result: 'Danh sách' };
  report.getCell('C2').value = true;
  report.getCell('A3').border = { top: { style: 'thin', color: { argb: 'FF000000' } } };
  report.getRow(3).height = 30;
  report.getColumn(1).width = 40;
  report.getRow(2).addPageBreak();
  report.pageSetup = { ...report.pageSetup, printArea: 'A1:$D$9', orientation: 'landscape', horizontalCentered: true } as ExcelJS.PageSetup;
  const hidden = workbook.addWorksheet('__state', { state: 'veryHidden' });
  hidden.getCell(1, 1).value = '{"sheets":{}}';
  return workbook;
}

async function parts(bytes: Buffer): Promise<Map<string, string>> {
  // Each part's CRC-32 checked too: a wrong one is a file Excel refuses.
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('string'));
  return out;
}

test('every part of the saved file is the part exceljs writes of the same workbook', async () => {
  const workbook = richWorkbook();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hths-save-')), 'book.xlsx');
  await writeXlsx(workbook, file);
  const ours = await parts(fs.readFileSync(file));
  const theirs = await parts(Buffer.from(await workbook.xlsx.writeBuffer()));
  expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
  for (const [name, xml] of theirs) expect({ name, xml: ours.get(name) }).toEqual({ name, xml });
  // What the parts hold, so the comparison cannot pass on two empty files.
  expect(ours.get('xl/workbook.xml')).toContain('_xlnm.Print_Area');
  expect(ours.get('xl/workbook.xml')).toContain('veryHidden');
  expect([...ours.keys()]).toEqual(expect.arrayContaining(['xl/comments1.xml', 'xl/worksheets/_rels/sheet2.xml.rels']));
  // exceljs reads the file back: values, links and merges as written.
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  expect(back.getWorksheet('Tổng hợp')!.getCell('A2').value).toEqual({ text: 'Đến ô', hyperlink: '#gid=0&range=A5' });
  expect(back.getWorksheet('Danh sách')!.getCell('A51').value).toBe('Nguyễn Văn 49');
  expect(back.getWorksheet('Tổng hợp')!.getCell('D1').isMerged).toBe(true);
});

test('the CRC-32 written where Node has no zlib.crc32 is the zip format\'s (the check value of "123456789")', () => {
  expect(crc32Js(Buffer.from('123456789'))).toBe(0xcbf43926);
  expect(crc32Js(Buffer.alloc(0))).toBe(0);
});

test('a save that fails leaves the file it was to replace as it was, and no partial file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hths-save-'));
  const file = path.join(dir, 'book.xlsx');
  fs.writeFileSync(file, 'the school\'s own workbook');
  const workbook = richWorkbook();
  (workbook.xlsx as unknown as { addStyles: () => never }).addStyles = () => {
    throw new Error('disk full');
  };
  await expect(writeXlsx(workbook, file)).rejects.toThrow('disk full');
  expect(fs.readFileSync(file, 'utf8')).toBe('the school\'s own workbook');
  expect(fs.readdirSync(dir)).toEqual(['book.xlsx']);
});
