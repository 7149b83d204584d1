// `npm run bench`: spreadsheet calls and time for one Tổng hợp at 100, 2,000 and 20,000 roster
// rows, plus the pure compute (core only, no spreadsheet) for the same rosters.
import { analyse } from '../src/core/analyse';
import { buildReport } from '../src/core/report';
import { checkLayout, summaryLayout, trackingLayout, timelineLayout } from '../src/core/layout';
import { FakeWorkbook } from './fake-sheets';
import { runSummarize } from './run-workbook';
import { scaleSchool, SCALE_TODAY } from './scale-school';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The input tabs as getValues() gives them, with the workbook they came from left for the GC. */
function grids(rows: number) {
  const book = new FakeWorkbook(scaleSchool(rows));
  return book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()
    .map((s) => ({ name: s.getName(), values: s.getDataRange().getValues() }));
}

function computeMs(sheets: ReturnType<typeof grids>) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    const analysis = analyse({ sheets, today: SCALE_TODAY, timeZoneOffsetMinutes: 420 });
    buildReport(analysis);
    for (const layout of [checkLayout, summaryLayout, trackingLayout, timelineLayout]) layout(analysis);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { first: times[0], median: median(times) };
}

console.log('One Tổng hợp: spreadsheet calls, round trips (a read after writes, or a flush) and time of the pushed');
console.log('bundle on the in-memory spreadsheet; rich-text = calls building link values in the script (no document access);');
console.log('compute = core only (read, validate, totals, flags, the four tab layouts): first run, then median of 5.');
console.log('rows     calls   round trips   rich-text     bundle ms   compute ms (first / median)');
for (const rows of [100, 2000, 20000]) {
  const compute = computeMs(grids(rows));
  const book = new FakeWorkbook(scaleSchool(rows));
  const { json } = runSummarize(book, { today: SCALE_TODAY });
  const cells = [rows, json.stats.spreadsheetCalls, json.stats.roundTrips, book.log.valueBuilderCalls(), json.stats.ms];
  console.log(`${cells.map((c, i) => String(c).padEnd([8, 7, 13, 13, 11][i])).join(' ')} ${compute.first.toFixed(0)} / ${compute.median.toFixed(0)}`);
}
