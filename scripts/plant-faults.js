// `npm run mutate:shell`: mutation testing by hand for src/gas, which Stryker cannot reach (the
// bundle runs in a vm). Each fault below is a text replacement in one file of the shell, with the
// reason it matters. One at a time: plant it, rebuild, run the bundle tests, restore the file.
// A fault is "caught" when some test fails, "MISSED" when every test passes, and "stale" when its
// target text is no longer in the file (the code moved on: rewrite the fault, never count it).
//
//   npm run mutate:shell                 every fault
//   npm run mutate:shell -- flush lock   only the faults whose id contains one of the words
//
// Exit code 0 only when every fault is caught.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

/**
 * @typedef {{ id: string, file: string, find: string | RegExp, replace: string, why: string }} Fault
 * `find` must occur exactly once in `file` (a RegExp: exactly one match), else the fault is stale.
 */

/** @type {Fault[]} */
const FAULTS = [
  // ---------------------------------------------------------------- run.ts: one run
  {
    id: 'run-no-flush', file: 'src/gas/run.ts',
    find: '    SpreadsheetApp.flush();\n', replace: '',
    why: 'queued writes must reach the sheet before the lock is released, or a second click reads half-written tabs',
  },
  {
    id: 'run-no-lock', file: 'src/gas/run.ts',
    find: 'if (!lock.tryLock(LOCK_WAIT_MS)) {', replace: 'if (!lock.tryLock(LOCK_WAIT_MS) && false) {',
    why: 'two people clicking at once must be serialised; the second is told to retry',
  },
  {
    id: 'run-no-release', file: 'src/gas/run.ts',
    find: '    lock.releaseLock();\n', replace: '',
    why: 'a lock never released blocks every later run for the lock timeout',
  },
  {
    id: 'run-wrong-step-tabs', file: 'src/gas/run.ts',
    find: "check: ['check'],", replace: "check: ['check', 'summary'],",
    why: 'Kiểm tra danh sách writes only Kiểm tra; it must not reprint the signed report',
  },
  // ---------------------------------------------------------------- read.ts: reading the input
  {
    id: 'read-display-values', file: 'src/gas/read.ts',
    find: 'values: sheet.getDataRange().getValues(), sheetId', replace: 'values: sheet.getDataRange().getDisplayValues(), sheetId',
    why: 'getDisplayValues turns dates, numbers and ticked checkboxes into locale text: ratings and dates misread',
  },
  {
    id: 'read-exact-tab-names', file: 'src/gas/read.ts',
    find: 'if (!INPUT_KEYS.has(fold(name))) continue;', replace: 'if (!INPUT_KEYS.has(name)) continue;',
    why: 'tab names match case- and diacritics-insensitively ("Danh sach" is the roster)',
  },
  {
    id: 'read-zone-sign', file: 'src/gas/read.ts',
    find: "return match[1] === '-' ? -minutes : minutes;", replace: "return match[1] === '-' ? minutes : -minutes;",
    why: 'Date cells are midnight in the file\'s zone: the wrong sign reads every birth date a day early',
  },
  {
    id: 'read-no-merges', file: 'src/gas/read.ts',
    find: /getMergedRanges\(\)/, replace: 'getMergedRanges().slice(0, 0)',
    why: 'a Lớp or GV hỗ trợ cell merged down a class holds its value only in the top cell: every other row loses it',
  },
  // ---------------------------------------------------------------- write.ts: the generated tabs
  {
    id: 'write-conflict-case', file: 'src/gas/write.ts',
    find: 'fold(name) === fold(layout.name)', replace: 'name === layout.name',
    why: 'a school\'s own tab named "tổng hợp" in lower case is the school\'s: it must be a conflict, never overwritten',
  },
  {
    id: 'write-no-conflict-check', file: 'src/gas/write.ts',
    find: 'if (sameName && sameName !== old) {', replace: 'if (false) {',
    why: 'a tab the school made under a generated name is never overwritten or deleted',
  },
  {
    id: 'write-marker-ignored', file: 'src/gas/write.ts',
    find: "if (!known || fold(sheet.getName()) === fold(GENERATED_TABS[key])) owned.finished.set(key, sheet);",
    replace: 'owned.finished.set(key, sheet);',
    why: 'a renamed copy of a generated tab ("Tổng hợp HKI - lưu") is the school\'s kept copy, never replaced',
  },
  {
    id: 'write-keep-old', file: 'src/gas/write.ts',
    find: '    if (old) ss.deleteSheet(old);\n', replace: '',
    why: 'a rerun replaces the generated tabs, never duplicates them',
  },
  {
    id: 'write-keep-leftovers', file: 'src/gas/write.ts',
    find: 'for (const sheet of leftovers) ss.deleteSheet(sheet);', replace: '',
    why: 'a half-built tab from a run Apps Script stopped is cleaned up by the next run',
  },
  {
    id: 'write-rows-off-by-one', file: 'src/gas/write.ts',
    find: 'sheet.getRange(1, 1, rows, layout.width)', replace: 'sheet.getRange(2, 1, rows, layout.width)',
    why: 'the cells land one row below the styles, merges and links computed for them',
  },
  {
    id: 'write-delete-rows-off-by-one', file: 'src/gas/write.ts',
    find: 'sheet.deleteRows(rows + 1, maxRows - rows)', replace: 'sheet.deleteRows(rows, maxRows - rows + 1)',
    why: 'the tab must fit its content: one row too few cuts the signature line of the report',
  },
  {
    id: 'write-column-widths-shifted', file: 'src/gas/write.ts',
    find: 'sheet.setColumnWidth(i + 1, width)', replace: 'sheet.setColumnWidth(i + 2, width)',
    why: 'every column gets its neighbour\'s width: the printed table no longer fits A4',
  },
  {
    id: 'write-print-font', file: 'src/gas/write.ts',
    find: "setFontFamily('Times New Roman')", replace: "setFontFamily('Arial')",
    why: 'the printed report is in Times New Roman (NĐ 30/2020)',
  },
  {
    id: 'write-print-gridlines', file: 'src/gas/write.ts',
    find: 'sheet.setHiddenGridlines(true)', replace: 'sheet.setHiddenGridlines(false)',
    why: 'the printed report has no gridlines',
  },
  {
    id: 'write-no-text-apostrophe', file: 'src/gas/write.ts',
    find: `return "'" + (text.length > MAX_CELL_TEXT`, replace: 'return "" + (text.length > MAX_CELL_TEXT',
    why: 'a name such as =IMPORTXML(…) or 10% must stay text, never run or be parsed',
  },
  {
    id: 'write-no-truncation', file: 'src/gas/write.ts',
    find: 'const MAX_CELL_TEXT = 49000;', replace: 'const MAX_CELL_TEXT = 5000000;',
    why: 'Sheets refuses more than 50,000 characters in a cell: a pasted essay must not stop the run',
  },
  {
    id: 'write-no-frozen-rows', file: 'src/gas/write.ts',
    find: 'if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);', replace: '',
    why: 'the header of Kiểm tra and Lịch tháng stays visible while scrolling',
  },
  {
    id: 'write-no-print-area', file: 'src/gas/write.ts',
    find: 'if (layout.printArea) sheet.addDeveloperMetadata(PRINT_AREA_KEY, layout.printArea);', replace: '',
    why: 'the PDF prints only the report, not the chart block beside it',
  },
  {
    id: 'write-marker-unfinished', file: 'src/gas/write.ts',
    find: /\.setValue\(layout\.key\)/, replace: '.setValue(BUILDING)',
    why: 'a finished tab must carry its key, or the next run deletes it as a leftover and loses the old version',
  },
  // ---------------------------------------------------------------- settings.ts, template.ts, ui.ts
  {
    id: 'settings-wrong-column', file: 'src/gas/settings.ts',
    find: 'sheet.getRange(row, 2).setValue(asTypedText(value))', replace: 'sheet.getRange(row, 1).setValue(asTypedText(value))',
    why: 'the form writes the value cell (B), never the key the school typed',
  },
  {
    id: 'template-overwrites-existing', file: 'src/gas/template.ts',
    find: 'if (existing.has(fold(tab.name))) continue;', replace: 'if (existing.has(tab.name)) continue;',
    why: '"Tạo bảng mẫu" never touches an existing tab, however its name is written',
  },
  {
    id: 'ui-headline-swapped', file: 'src/gas/ui.ts',
    find: '${total.needSupport}/${total.students}', replace: '${total.students}/${total.needSupport}',
    why: 'the toast reads "need / THHS"; swapped, the teacher reads the opposite number',
  },
  {
    id: 'ui-headline-oldest-point', file: 'src/gas/ui.ts',
    find: 'report.reviewPoints[report.reviewPoints.length - 1]', replace: 'report.reviewPoints[0]',
    why: 'the toast gives the latest review point, not the oldest',
  },
];

/** @param {string} text @param {string | RegExp} find */
function occurrences(text, find) {
  if (typeof find === 'string') return text.split(find).length - 1;
  return (text.match(new RegExp(find.source, find.flags.includes('g') ? find.flags : find.flags + 'g')) ?? []).length;
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function buildAndTest() {
  const build = run('node', ['scripts/build.js']);
  if (!build.ok) return { ok: false, output: build.output, failed: ['(build failed)'] };
  const test = run('npx', ['jest', 'test/bundle', '--bail=1', '--silent', '--maxWorkers=2']);
  const failed = [...test.output.matchAll(/^FAIL (\S+)/gm)].map((m) => m[1]);
  return { ok: test.ok, output: test.output, failed };
}

/** Every planted file is put back, even when the script is interrupted. */
const originals = new Map();
function restoreAll() {
  for (const [file, text] of originals) fs.writeFileSync(path.join(ROOT, file), text);
  originals.clear();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    restoreAll();
    process.exit(130);
  });
}

function main() {
  const words = process.argv.slice(2);
  const chosen = words.length === 0 ? FAULTS : FAULTS.filter((f) => words.some((w) => f.id.includes(w)));
  const started = Date.now();
  console.log(`Baseline: building and running the bundle tests without any fault…`);
  const baseline = buildAndTest();
  if (!baseline.ok) {
    console.error(baseline.output.slice(-4000));
    console.error('The bundle tests fail without any fault: fix them first.');
    process.exit(2);
  }
  /** @type {Array<{ fault: Fault, status: 'caught' | 'MISSED' | 'stale', by: string }>} */
  const results = [];
  for (const fault of chosen) {
    const file = path.join(ROOT, fault.file);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const count = occurrences(text, fault.find);
    if (count !== 1) {
      results.push({ fault, status: 'stale', by: count === 0 ? 'target text not found' : `target text found ${count} times` });
    } else {
      originals.set(fault.file, text);
      try {
        fs.writeFileSync(file, text.replace(fault.find, () => fault.replace));
        const outcome = buildAndTest();
        results.push({ fault, status: outcome.ok ? 'MISSED' : 'caught', by: outcome.failed.join(', ') });
      } finally {
        restoreAll();
      }
    }
    const last = results[results.length - 1];
    console.log(`${last.status.padEnd(6)} ${fault.id.padEnd(30)} ${last.by}`);
  }
  run('node', ['scripts/build.js']); // leave build/ as the sources say
  const count = (/** @type {string} */ s) => results.filter((r) => r.status === s).length;
  console.log(`\n${count('caught')} caught, ${count('MISSED')} missed, ${count('stale')} stale of ${results.length} faults in ${Math.round((Date.now() - started) / 1000)} s.`);
  for (const r of results.filter((x) => x.status !== 'caught')) console.log(`  ${r.status} ${r.fault.id} (${r.fault.file}): ${r.fault.why}`);
  process.exit(count('caught') === results.length ? 0 : 1);
}

main();
