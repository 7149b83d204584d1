// Several input files into one workbook, as a school brings them into its Sheet with
// Tệp → Nhập → Tải lên → Chèn trang tính mới: the first file is the Sheet, every tab of the next
// files is added after its tabs. vnEdu exports are legacy .xls, which exceljs cannot read:
// LibreOffice converts them when it is installed (the npm "xlsx" package is an abandoned release
// with published security advisories, so it is not used).
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { METADATA_SHEET } from './fake-sheets';
import { unreadable, whyNotAWorkbook, whyTooLarge, type Reason } from './input-file';

/** A reason the inputs cannot be read, in Vietnamese and English (one line each). */
export class InputError extends Error {
  constructor(readonly vietnamese: string, readonly english: string) {
    super(english);
  }
}

export interface LoadedInputs {
  workbook: ExcelJS.Workbook;
  /** What happened on the way that the user should know (a renamed tab, a converted file). */
  notes: string[];
}

const CONVERTIBLE = /\.(xls|ods|html?|xlsm|xlsb)$/i;
const SHEET_NAME_MAX = 31;

/** The LibreOffice binary: $HTHS_SOFFICE, else soffice or libreoffice on the PATH. */
export function findSoffice(): string | undefined {
  const override = process.env.HTHS_SOFFICE;
  if (override !== undefined) return override && fs.existsSync(override) ? override : undefined;
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

/** Whether the file is a zip (an .xlsx, whatever its name says). */
function isZip(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    fs.readSync(fd, head, 0, 2, 0);
    return head.toString('latin1') === 'PK';
  } finally {
    fs.closeSync(fd);
  }
}

/** An .xlsx copy of a legacy file, made by LibreOffice in a temporary folder. */
export function convertToXlsx(file: string, soffice = findSoffice()): string {
  const name = path.basename(file);
  if (!soffice) {
    throw new InputError(
      `${name} là tệp Excel cũ (.xls) mà công cụ này không đọc được; cài LibreOffice (lệnh soffice) để tự chuyển, hoặc mở tệp bằng Excel/LibreOffice/Google Trang tính rồi lưu (tải xuống) dạng .xlsx`,
      `${name} is a legacy .xls file: install LibreOffice (soffice) to convert it automatically, or open it in Excel, LibreOffice or Google Sheets and save (download) it as .xlsx`);
  }
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hths-convert-'));
  // Its own LibreOffice profile, so a running LibreOffice (or a parallel run) does not block it.
  const profile = `file://${path.join(outDir, 'profile')}`;
  const run = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, path.resolve(file)],
    { encoding: 'utf8', timeout: 120000 });
  const converted = path.join(outDir, name.replace(/\.[^.]+$/, '') + '.xlsx');
  if (run.status !== 0 || !fs.existsSync(converted)) {
    throw new InputError(`LibreOffice không chuyển được ${name} sang .xlsx; mở tệp rồi lưu dạng .xlsx`, `LibreOffice could not convert ${name} to .xlsx; open it and save it as .xlsx`);
  }
  return converted;
}

async function readWorkbook(file: string, notes: string[]): Promise<ExcelJS.Workbook> {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new InputError(`không tìm thấy tệp ${file}`, `file not found: ${file}`);
  let xlsx = file;
  if (!isZip(file) && CONVERTIBLE.test(file)) {
    xlsx = convertToXlsx(file);
    notes.push(`Đã chuyển ${name} sang .xlsx bằng LibreOffice. / Converted ${name} to .xlsx with LibreOffice.`);
  }
  const refuse = (reason: Reason | undefined) => {
    if (reason) throw new InputError(reason.vi, reason.en);
  };
  refuse(whyNotAWorkbook(fs.readFileSync(xlsx), name));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(xlsx);
  } catch {
    refuse(unreadable(name));
  }
  refuse(workbook.worksheets.length === 0 ? unreadable(name) : whyTooLarge(workbook, name));
  return workbook;
}

/**
 * A free tab name for an imported tab: the name itself, else "Bản sao của 2a" (as Google Sheets
 * names a copy), then "Bản sao của 2a (2)", …, within Sheets' 31 characters… exceljs's limit.
 */
export function freeSheetName(name: string, taken: Set<string>): string {
  const free = (candidate: string) => !taken.has(candidate.toLowerCase());
  if (free(name)) return name;
  const base = `Bản sao của ${name}`.slice(0, SHEET_NAME_MAX).trimEnd();
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (free(candidate)) return candidate;
  }
}

/** Adds a copy of `source` (values, styles, merges, column widths and hidden columns) to `target`. */
function copySheet(target: ExcelJS.Workbook, source: ExcelJS.Worksheet, name: string): void {
  const copy = target.addWorksheet(name);
  const model = source.model as ExcelJS.WorksheetModel & { merges?: string[] };
  const merges = model.merges ?? [];
  copy.model = { ...model, id: copy.id, name, merges: [] } as ExcelJS.WorksheetModel;
  for (const range of merges) copy.mergeCells(range);
}

/** The first file's workbook with every tab of the next files added, as Sheets' import does. */
export async function loadInputs(files: string[]): Promise<LoadedInputs> {
  const notes: string[] = [];
  const workbook = await readWorkbook(files[0], notes);
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
  for (const file of files.slice(1)) {
    const added = await readWorkbook(file, notes);
    for (const ws of added.worksheets) {
      if (ws.name === METADATA_SHEET) continue; // another run's state: its generated tabs are the school's copies here
      const name = freeSheetName(ws.name, taken);
      if (name !== ws.name) {
        notes.push(`Trang "${ws.name}" của ${path.basename(file)} trùng tên một trang đã có nên được đặt tên "${name}". / Tab "${ws.name}" of ${path.basename(file)} was renamed "${name}" (the name was taken).`);
      }
      taken.add(name.toLowerCase());
      copySheet(workbook, ws, name);
    }
  }
  return { workbook, notes };
}
