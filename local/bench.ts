// `npm run bench`: spreadsheet calls and time for one Tổng hợp at 100, 2,000 and 20,000 roster
// rows, plus the pure compute (core only, no spreadsheet) for the same rosters.
'use strict';

const path = require('path');
const esbuild = require('esbuild');
const { FakeWorkbook } = require('./fake-sheets');
const { runSummarize } = require('./run-workbook');
const { scaleSchool, SCALE_TODAY } = require('./scale-school');

function loadCore() {
  const out = esbuild.buildSync({
    stdin: {
      contents: `export { analyse } from './analyse'; export { buildReport } from './report';
        export { checkLayout, summaryLayout, trackingLayout, timelineLayout } from './layout';`,
      resolveDir: path.join(__dirname, '..', 'src', 'core'), loader: 'ts',
    },
    bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node20',
  });
  const module = { exports: {} };
  new Function('module', 'exports', out.outputFiles[0].text)(module, module.exports);
  return module.exports;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The input tabs as getValues() gives them, with the workbook they came from left for the GC. */
function grids(rows) {
  const book = new FakeWorkbook(scaleSchool(rows));
  return book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()
    .map((s) => ({ name: s.getName(), values: s.getDataRange().getValues() }));
}

function computeMs(core, sheets) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    const analysis = core.analyse({ sheets, today: SCALE_TODAY, timeZoneOffsetMinutes: 420 });
    core.buildReport(analysis);
    for (const layout of [core.checkLayout, core.summaryLayout, core.trackingLayout, core.timelineLayout]) layout(analysis);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { first: times[0], median: median(times) };
}

const core = loadCore();
console.log('One Tổng hợp: spreadsheet calls and time of the pushed bundle on the in-memory spreadsheet;');
console.log('compute = core only (read, validate, totals, flags, the four tab layouts): first run, then median of 5.');
console.log('rows     calls   bundle ms   compute ms (first / median)');
for (const rows of [100, 2000, 20000]) {
  const compute = computeMs(core, grids(rows));
  const book = new FakeWorkbook(scaleSchool(rows));
  const { json } = runSummarize(book, { today: SCALE_TODAY });
  console.log(`${String(rows).padEnd(8)} ${String(json.stats.spreadsheetCalls).padEnd(7)} ${String(json.stats.ms).padEnd(11)} ${compute.first.toFixed(0)} / ${compute.median.toFixed(0)}`);
}
