// One Tổng hợp on a workbook, as the menu runs it: the pushed bundle in a vm on the fake services.
'use strict';

const { FakeWorkbook } = require('./fake-sheets');
const { loadBundle } = require('./load-bundle');

/**
 * Runs the menu's "Tổng hợp" on `book` and returns the JSON of PRODUCT section 6.
 * Throws when the run failed (the add-in showed an alert instead of a toast).
 */
function runSummarize(book, options = {}) {
  const context = loadBundle(book, { today: options.today, bundlePath: options.bundlePath });
  book.log.reset();
  const started = process.hrtime.bigint();
  const result = context[options.menuFunction || 'menuSummarize']();
  const ms = Number((process.hrtime.bigint() - started) / 1000000n);
  if (!result) {
    const alert = book.alerts[book.alerts.length - 1];
    throw new Error(alert ? alert.message : 'the run returned nothing');
  }
  // The bundle's objects come from the vm's realm: copy them into plain JSON.
  const report = JSON.parse(JSON.stringify(result.report));
  const { rows, ...rest } = report;
  return {
    json: { ...rest, rows, stats: { spreadsheetCalls: book.log.spreadsheetCalls(), rows: rows.read, ms } },
    outcome: JSON.parse(JSON.stringify(result.outcome)),
    context,
  };
}

async function runFile(inputPath, options = {}) {
  const book = await FakeWorkbook.fromFile(inputPath);
  return { book, ...runSummarize(book, options) };
}

module.exports = { runSummarize, runFile, FakeWorkbook };
