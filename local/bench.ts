// `npm run bench`: one Tổng hợp of the pushed bundle on the in-memory spreadsheet, for schools of
// several shapes, with what it would cost on Google by the imitation's cost model
// (local/fake-sheets/COSTS.md); then the local runner against exceljs alone on the same file.
// A new school shape is one more entry in CASES.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import type ExcelJS from 'exceljs';
import { FakeWorkbook } from './fake-sheets';
import { loadBundle } from './load-bundle';
import { runSummarize } from './run-workbook';
import { scaleSchool, scaleSecondarySchool, SCALE_SECONDARY_TODAY, SCALE_TODAY } from './scale-school';
import { withVneduTabs } from './vnedu-school';

interface Case {
  label: string;
  workbook: () => ExcelJS.Workbook;
  /** The run date; default SCALE_TODAY. */
  today?: string;
}

const CASES: Case[] = [
  { label: '500 dòng', workbook: () => scaleSchool(500) },
  { label: '2.000 dòng', workbook: () => scaleSchool(2000) },
  { label: '20.000 dòng', workbook: () => scaleSchool(20000) },
  { label: '500 dòng + 20 trang vnEdu', workbook: () => withVneduTabs(scaleSchool(500), 20) },
  { label: 'THCS&THPT 2.000 dòng', workbook: () => scaleSecondarySchool(2000), today: SCALE_SECONDARY_TODAY },
];

interface Row {
  label: string;
  seconds: number;
  calls: number;
  roundTrips: number;
  builders: number;
  written: number;
  read: number;
  sidebarBytes: number;
  ms: number;
}

function measure(c: Case): Row {
  const book = new FakeWorkbook(c.workbook());
  const today = c.today ?? SCALE_TODAY;
  const { json } = runSummarize(book, { today });
  const row = {
    label: c.label, seconds: json.stats.estimatedSeconds, calls: json.stats.spreadsheetCalls, roundTrips: json.stats.roundTrips,
    builders: book.log.valueBuilderCalls(), written: book.log.cellsWritten, read: book.log.cellsRead, ms: json.stats.ms,
  };
  // What the open sidebar receives for its first view, as bytes of JSON.
  const context = loadBundle(book, { today });
  const sidebarBytes = Buffer.byteLength(JSON.stringify(context.sidebarAnalyse()), 'utf8');
  return { ...row, sidebarBytes };
}

const COLUMNS: Array<[string, (r: Row) => string, number]> = [
  ['trường', (r) => r.label, 26],
  ['ước tính Google (s)', (r) => r.seconds.toFixed(1), 20],
  ['lệnh gọi', (r) => String(r.calls), 9],
  ['khứ hồi', (r) => String(r.roundTrips), 8],
  ['builder', (r) => String(r.builders), 9],
  ['ô ghi', (r) => String(r.written), 9],
  ['ô đọc', (r) => String(r.read), 9],
  ['sidebar (byte)', (r) => String(r.sidebarBytes), 15],
  ['máy này (ms)', (r) => String(r.ms), 12],
];

function line(cells: string[]): string {
  return cells.map((c, i) => c.padEnd(COLUMNS[i][2])).join(' ').trimEnd();
}

/** The runner and exceljs alone, each in its own process: CPU seconds and peak memory. */
function runnerAgainstFloor(rows: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const input = path.join(dir, 'in.xlsx');
  const child = (mode: string) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'bench-runner.ts'), mode, input, dir],
      { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (result.status !== 0) throw new Error(`${mode}: ${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').pop() as string) as { cpuSeconds: number; peakMb: number };
  };
  child('make');
  const runner = child('runner');
  const floor = child('floor'); // writes the runner's output again
  console.log(`\nMáy này, ${rows.toLocaleString('vi-VN')} dòng: exceljs đọc + ghi (mức sàn) ${floor.cpuSeconds.toFixed(1)} s CPU, ${floor.peakMb} MB;`
    + ` trình chạy cục bộ ${runner.cpuSeconds.toFixed(1)} s CPU (${(runner.cpuSeconds / floor.cpuSeconds).toFixed(2)}× sàn), ${runner.peakMb} MB.`);
  fs.rmSync(dir, { recursive: true, force: true });
}

// `npm run bench -- --runner-only`: only the runner against exceljs alone (its last line).
if (!process.argv.includes('--runner-only')) {
  console.log('Một lần Tổng hợp: ước tính thời gian trên Google theo mô hình chi phí (local/fake-sheets/COSTS.md), lệnh gọi');
  console.log('bảng tính, khứ hồi, lệnh dựng giá trị (newRichTextValue…build), ô ghi và ô đọc, dung lượng gửi cho bảng bên.');
  console.log(line(COLUMNS.map((c) => c[0])));
  // `npm run bench -- --only=500 --only=vnEdu`: only the cases whose label holds one of the words.
  const only = process.argv.filter((a) => a.startsWith('--only=')).map((a) => a.slice('--only='.length));
  for (const c of CASES.filter((k) => only.length === 0 || only.some((word) => k.label.includes(word)))) {
    const row = measure(c);
    console.log(line(COLUMNS.map((col) => col[1](row))));
  }
}
if (!process.argv.includes('--no-runner')) runnerAgainstFloor(20000);
