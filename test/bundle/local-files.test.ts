// The local runner on files a school really has (issue 8): files it cannot read get one line in
// Vietnamese and English saying what to do, never a stack trace; a stray value in the last cell of
// a huge grid does not hang it; control characters in a school's cell survive its save.
import { spawnSync } from 'child_process';
import fs from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { escapeOoxmlText } from '../../local/ooxml-text';
import { FakeWorkbook, runSummarize, saveAndReload, snapshot } from '../helpers/bundle';
import { renderRoster, workbookOf } from '../helpers/roster-shape';

const ROOT = path.join(__dirname, '..', '..');
const TSX = pathToFileURL(require.resolve('tsx')).href;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hths-files-'));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'local', 'cli.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 90000 });

/** A minimal OpenDocument spreadsheet, as LibreOffice writes one (mimetype first, stored). */
async function odsBytes(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>');
  zip.file('content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Danh sách"><table:table-row><table:table-cell office:value-type="string"><text:p>Họ và tên</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function zipWithoutWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('ghi-chu.txt', 'Danh sách học sinh');
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('files the local runner cannot read', () => {
  // [what the file is, its bytes, words the line must hold]
  const cases: Array<[string, () => Promise<Buffer> | Buffer, string]> = [
    ['an .ods renamed to .xlsx', odsBytes, 'OpenDocument (.ods)'],
    ['a zip that is not a workbook', zipWithoutWorkbook, 'tệp nén (.zip)'],
    ['a text file', () => Buffer.from('Họ và tên,Lớp\nAn,1A\n'), 'không phải bảng tính .xlsx'],
    ['an old Excel .xls', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), 'Excel cũ (.xls)'],
    ['an empty file', () => Buffer.alloc(0), 'rỗng'],
  ];
  it.each(cases)('%s: one line in Vietnamese and English, exit 1, no stack trace', async (what, bytes, words) => {
    const file = path.join(dir, `${what.replace(/\W+/g, '-')}.xlsx`);
    fs.writeFileSync(file, await bytes());
    const run = cli(file, '--out', path.join(dir, 'out.xlsx'), '--json', path.join(dir, 'out.json'));
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Lỗi: .* \/ Error: /);
    expect(lines[0]).toContain(words);
    expect(lines[0]).toContain('lưu lại dưới dạng .xlsx');
    expect(lines[0]).toContain('save it as .xlsx');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(dir, 'out.json'))).toBe(false);
  });

  it('a stray value in the last cell of a huge grid: one line naming the cell, not a hang', async () => {
    const wb = workbookOf([renderRoster({ fields: ['Họ và tên', 'Lớp'], blocks: [{ point: 'GKI', areas: ['Toán'] }], rows: [['An', '1A', 'C']] }, 'one-row')]);
    wb.getWorksheet('Danh sách')!.getCell('XFD1048576').value = '.';
    const file = path.join(dir, 'stray.xlsx');
    await wb.xlsx.writeFile(file);
    const run = cli(file, '--out', path.join(dir, 'stray-out.xlsx'));
    expect(run.error).toBeUndefined(); // not killed by the timeout
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ô XFD1048576');
    expect(lines[0]).toContain('Error: tab "Danh sách"');
  });
});

describe('control characters in a school cell', () => {
  it('are written as OOXML escapes; a literal escape stays as typed', () => {
    expect(escapeOoxmlText('A\u0001B\u0007')).toBe('A_x0001_B_x0007_');
    expect(escapeOoxmlText('tab\tnew line\n stay')).toBe('tab\tnew line\n stay');
    expect(escapeOoxmlText('_x0041_')).toBe('_x005F_x0041_');
  });

  it('survive a run and the save of the file, in the input tab and in the generated tabs', async () => {
    const name = 'Nguyễn\u0001 Văn An\u0007';
    const grid = renderRoster({
      fields: ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Ghi chú'],
      blocks: [{ point: 'GKI', areas: ['Toán'] }],
      rows: [[1, name, '1A', 'Cô\u0002 Lan', 'ghi chú _x0041_ \u001F', 'C']],
    }, 'one-row');
    // The school's file, as Excel writes it (control characters as _xHHHH_), opened by the runner.
    const book = await saveAndReload(new FakeWorkbook(workbookOf([grid])), path.join(dir, 'school.xlsx'));
    const before = snapshot(book, ['Danh sách']);
    expect(before['Danh sách'][1][1]).toBe(name);
    const { json } = runSummarize(book, { today: '2026-01-20' });
    expect(json.flags.map((f: { name: string }) => f.name)).toEqual([name]);
    const reloaded = await saveAndReload(book, path.join(dir, 'control.xlsx'));
    expect(snapshot(reloaded, ['Danh sách'])).toEqual(before);
    const tracking = snapshot(reloaded, ['Theo dõi'])['Theo dõi'].flat();
    expect(tracking).toContain(name);
    // The workbook in memory is as it was before the save.
    expect(snapshot(book, ['Danh sách'])).toEqual(before);
  });
});
