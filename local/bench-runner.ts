// One side of the bench's runner comparison, in its own process so its CPU time and peak memory
// are its own: `make` writes the school, `runner` is the local runner (read, Tổng hợp, write the
// workbook and the JSON), `floor` is exceljs alone reading the input and writing the runner's output.
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { loadInputs } from './inputs';
import { FakeWorkbook } from './fake-sheets';
import { runSummarize } from './run-workbook';
import { scaleSchool, SCALE_TODAY } from './scale-school';

const ROWS = 20000;

async function main(): Promise<void> {
  const [mode, input, dir] = process.argv.slice(2);
  const before = process.cpuUsage();
  if (mode === 'make') {
    await scaleSchool(ROWS).xlsx.writeFile(input);
  } else if (mode === 'floor') {
    // exceljs alone: read the input, and write the runner's output (loading that output is not counted).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    const read = process.cpuUsage(before);
    const output = new ExcelJS.Workbook();
    await output.xlsx.readFile(path.join(dir, 'runner.xlsx'));
    const writing = process.cpuUsage();
    await output.xlsx.writeFile(path.join(dir, 'floor.xlsx'));
    const wrote = process.cpuUsage(writing);
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(JSON.stringify({ cpuSeconds: (read.user + read.system + wrote.user + wrote.system) / 1e6, peakMb }));
    return;
  } else if (mode === 'runner') {
    const inputs = await loadInputs([input]);
    const book = new FakeWorkbook(inputs.workbook);
    const { json } = runSummarize(book, { today: SCALE_TODAY });
    await book.save(path.join(dir, 'runner.xlsx'));
    fs.writeFileSync(path.join(dir, 'runner.json'), JSON.stringify(json, null, 2));
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const used = process.cpuUsage(before);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ cpuSeconds: (used.user + used.system) / 1e6, peakMb }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
