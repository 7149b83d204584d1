// The local runner with several input files, merged as Google Sheets' import adds tabs
// (Tệp → Nhập → Chèn trang tính mới), and vnEdu's legacy .xls converted by LibreOffice.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import { findSoffice, freeSheetName } from '../../local/inputs';
import { buildSchoolWorkbook } from '../helpers/bundle';
import { addVneduSheet, ORDER_2024, ORDER_2025, type VneduStudent } from '../../local/vnedu-export';

const ROOT = path.join(__dirname, '..', '..');
const TSX = pathToFileURL(require.resolve('tsx')).href;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hths-inputs-'));
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'local', 'cli.ts'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });

const students = (prefix: number, needs: Array<Record<string, string>>): VneduStudent[] =>
  needs.map((ratings, i) => ({ id: prefix + i, name: `Học Sinh ${prefix + i}`, birth: '01/02/2018', ratings }));

async function write(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function files() {
  const school = buildSchoolWorkbook({
    headerStyle: 'two-row', points: ['CKI'], areas: ['Toán', 'Tiếng Việt'],
    fields: ['STT', 'Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ'],
    students: [{ name: 'Học Sinh 9000000100', className: '2A', supporter: 'Cô Lan', cells: { 'Mã HS': '9000000100' }, ratings: { CKI: { Toán: 'C' } } }],
    config: [['Năm học', '2025-2026']],
  }).workbook;
  const khoi2 = new ExcelJS.Workbook();
  addVneduSheet(khoi2, { sheet: '2a', className: '2A', point: 'CKI', year: 2025, subjects: ORDER_2025, students: students(9000000100, [{ Toán: 'C' }, {}, { 'Tiếng Việt': 'C' }]) });
  addVneduSheet(khoi2, { sheet: '2b', className: '2B', point: 'CKI', year: 2025, subjects: ORDER_2025, students: students(9000000200, [{}, {}]) });
  const khoi3 = new ExcelJS.Workbook();
  addVneduSheet(khoi3, { sheet: '3a', className: '3A', point: 'CKI', year: 2025, subjects: ORDER_2024, students: students(9000000300, [{ Toán: 'C', 'Tiếng Việt': 'C' }, {}]) });
  return { school: await write(school, 'DanhSach.xlsx'), khoi2: await write(khoi2, 'vnedu-khoi2.xlsx'), khoi3: await write(khoi3, 'vnedu-khoi3.xlsx') };
}

describe('npm run local -- DanhSach.xlsx vnedu-khoi2 vnedu-khoi3', () => {
  let paths: Awaited<ReturnType<typeof files>>;
  beforeAll(async () => {
    paths = await files();
  });

  it('adds every tab of the later files to the first, and counts them as one Sheet', () => {
    const json = path.join(dir, 'merged.json');
    const run = cli([paths.school, paths.khoi2, paths.khoi3, '--out', path.join(dir, 'merged.xlsx'), '--json', json, '--today', '2026-01-20']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.sources.map((s: { sheet: string; kind: string }) => `${s.kind}:${s.sheet}`)).toEqual(['roster:Danh sách', 'official:2a', 'official:2b', 'official:3a']);
    expect(report.totals.CKI.byGrade.map((g: { grade: number; students: number; needSupport: number }) => [g.grade, g.students, g.needSupport])).toEqual([[2, 5, 2], [3, 2, 1]]);
    expect(run.stdout).toContain('Trang "3a": kết quả Cuối học kì I 2025-2026, lớp 3A, 2 học sinh, được tính.');
  });

  it('a tab name already taken is renamed as Sheets names a copy, said in one line, and the class twice is an error', () => {
    const json = path.join(dir, 'twice.json');
    const run = cli([paths.school, paths.khoi2, paths.khoi2, '--out', path.join(dir, 'twice.xlsx'), '--json', json, '--today', '2026-01-20']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Trang "2a" của vnedu-khoi2.xlsx trùng tên một trang đã có nên được đặt tên "Bản sao của 2a".');
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.problems.filter((p: { code: string }) => p.code === 'OFFICIAL_DUPLICATE').map((p: { sheet: string }) => p.sheet)).toEqual(['Bản sao của 2a', 'Bản sao của 2b']);
    expect(report.totals.CKI.total).toMatchObject({ students: 5, needSupport: 2 });
  });

  it('without LibreOffice, an .xls is refused in one line saying how to get an .xlsx', () => {
    const xls = path.join(dir, 'vnedu.xls');
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const run = cli([paths.school, xls], { HTHS_SOFFICE: path.join(dir, 'no-soffice') });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Lỗi: vnedu\.xls là tệp Excel cũ \(\.xls\).*cài LibreOffice.*lưu \(tải xuống\) dạng \.xlsx \/ Error: vnedu\.xls is a legacy \.xls file: install LibreOffice/);
  });

  it('with LibreOffice, a vnEdu .xls is converted and read like the .xlsx', () => {
    const soffice = findSoffice();
    if (!soffice) {
      // Nothing to convert with on this machine: the refusal above is what a user gets.
      expect(findSoffice()).toBeUndefined();
      return;
    }
    const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
    const made = spawnSync(soffice, [profile, '--headless', '--convert-to', 'xls', '--outdir', dir, paths.khoi3], { encoding: 'utf8', timeout: 120000 });
    expect(made.status).toBe(0);
    const json = path.join(dir, 'xls.json');
    const run = cli([paths.school, path.join(dir, 'vnedu-khoi3.xls'), '--out', path.join(dir, 'xls.xlsx'), '--json', json, '--today', '2026-01-20']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Đã chuyển vnedu-khoi3.xls sang .xlsx bằng LibreOffice.');
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.totals.CKI.byGrade.find((g: { grade: number }) => g.grade === 3)).toMatchObject({ students: 2, needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 1 } });
  }, 180000);
});

it.each([
  ['2a', [], '2a'],
  ['2a', ['2a'], 'Bản sao của 2a'],
  ['2A', ['2a', 'bản sao của 2a'], 'Bản sao của 2A (2)'],
  ['Danh sách học sinh khối 2 năm 2025', ['danh sách học sinh khối 2 năm 2025'], 'Bản sao của Danh sách học sinh'],
])('a tab "%s" beside %j is added as "%s"', (name, taken, expected) => {
  const result = freeSheetName(name, new Set(taken));
  expect(result).toBe(expected);
  expect(result.length).toBeLessThanOrEqual(31);
});

it('npm run check:real says plainly when the real files are absent, and passes', () => {
  const run = spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'local', 'check-real.ts')],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, HTHS_REALDATA: path.join(dir, 'khong-co-realdata') } });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Không có thư mục .*khong-co-realdata: không có tệp thật để kiểm tra \(bỏ qua\)\. \/ No .*: nothing to check, skipped\.$/m);
});
