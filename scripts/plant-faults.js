// `npm run mutate:shell`: mutation testing by hand for src/gas, which Stryker cannot reach (the
// bundle runs in a vm). Each fault below is a text replacement in one file of the shell, with the
// reason it matters. One at a time: plant it, rebuild, run the bundle tests, restore the file.
// A fault is "caught" when some test fails, "MISSED" when every test passes, and "stale" when its
// target text is no longer in the file (the code moved on: rewrite the fault, never count it).
//
//   npm run mutate:shell                 every fault
//   npm run mutate:shell -- flush lock   only the faults whose id contains one of the words
//   npm run mutate:shell -- --stale      only list the faults whose target text is gone (no build, no tests)
//   npm run mutate:shell -- --skip-baseline   trust that the bundle tests pass without a fault (npm test just did)
//
// The bundle tests most likely to catch a fault run first (FIRST_TESTS); only when they all pass does
// the whole bundle suite run, so a fault is MISSED only when no bundle test catches it.
// Exit code 0 only when every fault is caught.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

/**
 * @typedef {{ id: string, tests?: string[], file: string, find: string | RegExp, replace: string, why: string }} Fault
 * `find` must occur exactly once in `file` (a RegExp: exactly one match), else the fault is stale.
 * `tests`: the bundle test files (in test/bundle) expected to catch it, run first; the whole suite runs if they pass.
 */

/** @type {Fault[]} */
const FAULTS = [
  // ---------------------------------------------------------------- run.ts: one run
  {
    id: 'run-no-flush', tests: ['writer.test.ts'], file: 'src/gas/run.ts',
    find: '      SpreadsheetApp.flush();\n', replace: '',
    why: 'queued writes must reach the sheet before the lock is released, or a second click reads half-written tabs',
  },
  {
    id: 'run-no-lock', tests: ['summarize.test.ts'], file: 'src/gas/run.ts',
    find: 'if (!lock.tryLock(LOCK_WAIT_MS)) {', replace: 'if (!lock.tryLock(LOCK_WAIT_MS) && false) {',
    why: 'two people clicking at once must be serialised; the second is told to retry',
  },
  {
    id: 'run-no-release', tests: ['writer.test.ts'], file: 'src/gas/run.ts',
    find: '      lock.releaseLock();\n', replace: '',
    why: 'a lock never released blocks every later run for the lock timeout',
  },
  {
    id: 'run-wrong-step-tabs', tests: ['menus.test.ts'], file: 'src/gas/run.ts',
    find: "check: ['check'],", replace: "check: ['check', 'summary'],",
    why: 'Kiểm tra danh sách writes only Kiểm tra; it must not reprint the signed report',
  },
  {
    id: 'run-no-last-run-stamp', tests: ['shell.pinned.test.ts'], file: 'src/gas/run.ts',
    find: 'PropertiesService.getDocumentProperties().setProperty(LAST_RUN_PROPERTY, String(Date.now()));', replace: '',
    why: 'an open sidebar polls the stamp of the last run to refresh its numbers',
  },
  // ---------------------------------------------------------------- read.ts: reading the input
  {
    id: 'read-display-values', tests: ['real-rosters.test.ts'], file: 'src/gas/read.ts',
    find: 'return sheet.getSheetValues(1, 1, -1, -1);', replace: 'return sheet.getDataRange().getDisplayValues();',
    why: 'getDisplayValues turns dates, numbers and ticked checkboxes into locale text: ratings and dates misread',
  },
  {
    id: 'read-dates-in-utc', tests: ['shell.pinned.test.ts'], file: 'src/gas/read.ts',
    find: '{ name, values: wallClock(tabValues(sheet)) }', replace: '{ name, values: tabValues(sheet) }',
    why: 'a date cell is midnight in the file\'s zone: read in UTC, every birth date in Vietnam is the day before',
  },
  {
    id: 'read-dates-todays-offset', tests: ['fidelity.test.ts'], file: 'src/gas/read.ts',
    find: 'const offset = midnight.length === 1 ? midnight[0] : offsetAt(date);', replace: 'const offset = offsetAt(new Date());',
    why: 'each date with its own offset: in a zone with daylight saving, today\'s offset puts half the year on the day before',
  },
  {
    id: 'read-no-merges', tests: ['real-rosters.test.ts'], file: 'src/gas/read.ts',
    find: 'merges: mergedBlocks(sheet.getDataRange()) }', replace: 'merges: [] }',
    why: 'a Lớp or GV hỗ trợ cell merged down a class holds its value only in the top cell: every other row loses it',
  },
  {
    id: 'read-merges-top-left-only', tests: ['real-rosters.test.ts'], file: 'src/gas/read.ts',
    find: 'parseA1Range(merged.getA1Notation())', replace: "parseA1Range(merged.getA1Notation().split(':')[0])",
    why: 'a merged block read as its top-left cell only: every student below the first loses the merged class',
  },
  {
    id: 'read-generated-tabs-too', tests: ['shell.pinned.test.ts'], file: 'src/gas/read.ts',
    find: '    if (GENERATED_KEYS.has(fold(name))) continue;\n', replace: '',
    why: 'our own generated tabs are no input: reading them costs a read per tab and feeds our output back in',
  },
  {
    id: 'read-zone-sign', tests: ['shell.pinned.test.ts'], file: 'src/gas/read.ts',
    find: "return match[1] === '-' ? -minutes : minutes;", replace: "return match[1] === '-' ? minutes : -minutes;",
    why: 'Date cells are midnight in the file\'s zone: the wrong sign reads every birth date a day early',
  },
  {
    id: 'read-input-tab-exact-name', tests: ['shell.pinned.test.ts'], file: 'src/gas/read.ts',
    find: 'ss.getSheets().find((s) => fold(s.getName()) === fold(name))', replace: 'ss.getSheets().find((s) => s.getName() === name)',
    why: 'the settings form finds "cau hinh" as it finds "Cấu hình": names match case- and diacritics-insensitively',
  },
  // ---------------------------------------------------------------- write.ts: the generated tabs
  {
    id: 'write-conflict-case', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'tabs.find((t) => fold(t.name) === fold(layout.name))', replace: 'tabs.find((t) => t.name === layout.name)',
    why: 'a school\'s own tab named "tổng hợp" in lower case is the school\'s: it must be a conflict, never overwritten',
  },
  {
    id: 'write-no-conflict-check', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'if (sameName && sameName !== old) outcome.conflicts.push(layout.name);', replace: 'if (false) outcome.conflicts.push(layout.name);',
    why: 'a tab the school made under a generated name is never overwritten or deleted',
  },
  {
    id: 'write-renamed-copy-is-ours', tests: ['writer.test.ts'], file: 'src/gas/write.ts',
    find: 'isGeneratedKey(value) && fold(tab.name) === fold(GENERATED_TABS[value]) && !owned.finished.has(value)',
    replace: 'isGeneratedKey(value) && !owned.finished.has(value)',
    why: 'a renamed copy of a generated tab ("Tổng hợp HKI - lưu") is the school\'s kept copy, never replaced or deleted',
  },
  {
    id: 'write-wrong-old-tab', tests: ['writer.test.ts'], file: 'src/gas/write.ts',
    find: 'const old = owned.get(layout.key);', replace: 'const old = owned.get(layouts[0].key);',
    why: 'each generated tab replaces its own old version, not another generated tab',
  },
  {
    id: 'write-keep-leftovers', tests: ['summarize.test.ts'], file: 'src/gas/write.ts',
    find: 'for (const leftover of leftovers) ss.deleteSheet(leftover.sheet);', replace: '',
    why: 'a half-built tab from a run Apps Script stopped is cleaned up by the next run',
  },
  {
    id: 'write-insert-at-end', tests: ['writer.test.ts'], file: 'src/gas/write.ts',
    find: 'const index = plan.old ? order.indexOf(plan.old) : order.length;', replace: 'const index = order.length;',
    why: 'a rerun keeps each generated tab where the school placed it',
  },
  {
    id: 'write-no-cleanup-on-failure', tests: ['writer.test.ts'], file: 'src/gas/write.ts',
    find: '      else ss.deleteSheet(plan.fresh);\n', replace: '',
    why: 'a failed run leaves no half-built or duplicate tabs behind',
  },
  {
    id: 'write-marker-unfinished', tests: ['summarize.test.ts'], file: 'src/gas/write.ts',
    find: /\.setValue\(plan\.layout\.key\)/, replace: '.setValue(BUILDING)',
    why: 'a finished tab must carry its key, or the next run deletes it as a leftover and loses the old version',
  },
  {
    id: 'write-delete-rows-off-by-one', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'sheet.deleteRows(rows + 1, size.rows - rows)', replace: 'sheet.deleteRows(rows + 2, size.rows - rows - 1)',
    why: 'the tab fits its content: an extra blank row prints as an extra page line',
  },
  {
    id: 'write-links-off-by-one', tests: ['writer.test.ts'], file: 'src/gas/write.ts',
    find: 'sheet.getRange(block.firstRow, block.column, block.cells.length, 1)', replace: 'sheet.getRange(block.firstRow + 1, block.column, block.cells.length, 1)',
    why: 'each "Ô" or "Dòng n" link sits in the row of its problem or student',
  },
  {
    id: 'write-link-wrong-cell', tests: ['writer.test.ts'], file: 'src/gas/write.ts',
    find: '`#gid=${gid}&range=${cell.cell}`', replace: '`#gid=${gid}&range=A1`',
    why: 'a link jumps to the cell to fix, not to the top of the tab',
  },
  {
    id: 'write-link-wrong-tab', tests: ['writer.test.ts'], file: 'src/gas/write.ts',
    find: 'const gid = gids.get(cell.sheet);', replace: 'const gid = gids.values().next().value;',
    why: 'a link jumps to the tab of the problem (Danh sách, Lớp, a class tab), not to the first tab',
  },
  {
    id: 'write-column-widths-shifted', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'sheet.setColumnWidths(run.start, run.count, run.width)', replace: 'sheet.setColumnWidths(run.start + 1, run.count, run.width)',
    why: 'every column gets its neighbour\'s width: the printed table no longer fits A4',
  },
  {
    id: 'write-width-per-column', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'if (last && last.width === width) last.count += 1;', replace: 'if (false) last.count += 1;',
    why: 'equal neighbouring widths go in one call: calls per run stay few (PRODUCT 5)',
  },
  {
    id: 'write-print-font', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: "setFontFamily('Times New Roman')", replace: "setFontFamily('Arial')",
    why: 'the printed report is in Times New Roman (NĐ 30/2020)',
  },
  {
    id: 'write-print-font-size', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: "setFontFamily('Times New Roman').setFontSize(13)", replace: "setFontFamily('Times New Roman').setFontSize(10)",
    why: 'the printed report is in 13 pt, as administrative documents are',
  },
  {
    id: 'write-print-gridlines', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'sheet.setHiddenGridlines(true)', replace: 'sheet.setHiddenGridlines(false)',
    why: 'the printed report has no gridlines',
  },
  {
    id: 'write-no-text-apostrophe', tests: ['text-stays-text.test.ts'], file: 'src/gas/write.ts',
    find: `return "'" + (text.length > MAX_CELL_TEXT`, replace: 'return "" + (text.length > MAX_CELL_TEXT',
    why: 'a name such as =IMPORTXML(…) or 10% must stay text, never run or be parsed',
  },
  {
    id: 'write-no-truncation', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'const MAX_CELL_TEXT = 49000;', replace: 'const MAX_CELL_TEXT = 5000000;',
    why: 'Sheets refuses more than 50,000 characters in a cell: a pasted essay must not stop the run',
  },
  {
    id: 'write-no-frozen-rows', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);', replace: '',
    why: 'the header of Kiểm tra and Lịch tháng stays visible while scrolling',
  },
  {
    id: 'write-no-print-area', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'if (layout.printArea) sheet.addDeveloperMetadata(PRINT_AREA_KEY, layout.printArea);', replace: '',
    why: 'the PDF prints only the report, not the chart block beside it',
  },
  {
    id: 'write-no-styles', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'if (ranges.length > 0) STYLE_SETTERS[name](sheet.getRangeList(ranges));', replace: '',
    why: 'bold TC rows, borders and the title are part of the printed report',
  },
  {
    id: 'write-no-merges', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: 'of mergeBatches(layout.merges))', replace: 'of mergeBatches([]))',
    why: 'the report\'s heading and two-row table headers are merged cells',
  },
  {
    id: 'write-merges-across-only', tests: ['writer.pinned.test.ts'], file: 'src/gas/write.ts',
    find: "else if (how === 'vertically') sheet.getRange(range).mergeVertically();", replace: "else if (how === 'vertically') sheet.getRange(range).mergeAcross();",
    why: 'the two-row headers (Khối, THHS, …) are merged down, not across',
  },
  // ---------------------------------------------------------------- settings.ts, template.ts, ui.ts
  {
    id: 'settings-wrong-column', tests: ['shell.pinned.test.ts'], file: 'src/gas/settings.ts',
    find: 'sheet.getRange(row, 2).setValue(asTypedText(value))', replace: 'sheet.getRange(row, 1).setValue(asTypedText(value))',
    why: 'the form writes the value cell (B), never the key the school typed',
  },
  {
    id: 'template-overwrites-existing', tests: ['menus.test.ts'], file: 'src/gas/template.ts',
    find: 'if (existing.has(fold(tab.name))) continue;', replace: 'if (existing.has(tab.name)) continue;',
    why: '"Tạo bảng mẫu" never touches an existing tab, however its name is written',
  },
  {
    id: 'ui-headline-swapped', tests: ['writer.pinned.test.ts'], file: 'src/gas/ui.ts',
    find: '${total.needSupport}/${total.students}', replace: '${total.students}/${total.needSupport}',
    why: 'the toast reads "need / THHS"; swapped, the teacher reads the opposite number',
  },
  {
    id: 'ui-headline-oldest-point', tests: ['writer.pinned.test.ts'], file: 'src/gas/ui.ts',
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

/** Bundle tests to try first for a fault in each file; the whole suite follows if they pass. */
/** @type {Record<string, string[]>} */
const FIRST_TESTS = {
  'src/gas/run.ts': ['test/bundle/writer.test.ts', 'test/bundle/shell.pinned.test.ts', 'test/bundle/menus.test.ts', 'test/bundle/summarize.test.ts'],
  'src/gas/read.ts': ['test/bundle/real-rosters.test.ts', 'test/bundle/shell.pinned.test.ts', 'test/bundle/summarize.test.ts', 'test/bundle/settings.test.ts', 'test/bundle/call-count.test.ts'],
  'src/gas/write.ts': ['test/bundle/writer.test.ts', 'test/bundle/writer.pinned.test.ts', 'test/bundle/summarize.test.ts', 'test/bundle/text-stays-text.test.ts', 'test/bundle/call-count.test.ts'],
  'src/gas/settings.ts': ['test/bundle/settings.test.ts', 'test/bundle/shell.pinned.test.ts'],
  'src/gas/template.ts': ['test/bundle/menus.test.ts'],
  'src/gas/ui.ts': ['test/bundle/writer.pinned.test.ts', 'test/bundle/menus.test.ts', 'test/bundle/summarize.test.ts'],
};

/** @param {string[]} tests files to run, or [] for the whole bundle suite */
function buildAndTest(tests = []) {
  const build = run('node', ['scripts/build.js']);
  if (!build.ok) return { ok: false, output: build.output, failed: ['(build failed)'] };
  const test = run('npx', ['jest', ...(tests.length > 0 ? tests : ['test/bundle']), '--bail=1', '--silent', '--maxWorkers=2']);
  const failed = [...test.output.matchAll(/^FAIL (\S+)/gm)].map((m) => m[1]);
  return { ok: test.ok, output: test.output, failed };
}

// A planted file's original text waits here until it is put back: a run killed halfway is undone by the next.
const BACKUP = path.join(ROOT, '.plant-faults-backup.json');

function restoreBackup() {
  if (!fs.existsSync(BACKUP)) return;
  const { file, text } = JSON.parse(fs.readFileSync(BACKUP, 'utf8'));
  fs.writeFileSync(path.join(ROOT, file), text);
  fs.unlinkSync(BACKUP);
  console.log(`Restored ${file}, left planted by an interrupted run.`);
}

/** @param {Fault} fault @param {string} text the file as it is */
function plantAndTest(fault, text) {
  const file = path.join(ROOT, fault.file);
  fs.writeFileSync(BACKUP, JSON.stringify({ file: fault.file, text }));
  try {
    fs.writeFileSync(file, text.replace(fault.find, () => fault.replace));
    const first = fault.tests ? fault.tests.map((t) => `test/bundle/${t}`) : FIRST_TESTS[fault.file] ?? [];
    let outcome = first.length > 0 ? buildAndTest(first) : { ok: true, output: '', failed: [] };
    if (outcome.ok) outcome = buildAndTest();
    return outcome;
  } finally {
    fs.writeFileSync(file, text);
    fs.unlinkSync(BACKUP);
  }
}

function main() {
  restoreBackup();
  const staleOnly = process.argv.includes('--stale');
  const skipBaseline = process.argv.includes('--skip-baseline');
  const words = process.argv.slice(2).filter((w) => !w.startsWith('--'));
  const chosen = words.length === 0 ? FAULTS : FAULTS.filter((f) => words.some((w) => f.id.includes(w)));
  const started = Date.now();
  if (staleOnly) {
    for (const fault of chosen) {
      const file = path.join(ROOT, fault.file);
      const count = occurrences(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', fault.find);
      if (count !== 1) console.log(`stale  ${fault.id.padEnd(30)} target text found ${count} times in ${fault.file}`);
    }
    return;
  }
  console.log(skipBaseline ? 'Baseline skipped.' : 'Baseline: building and running the bundle tests without any fault…');
  const baseline = skipBaseline ? { ok: true, output: '' } : buildAndTest();
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
      const outcome = plantAndTest(fault, text);
      results.push({ fault, status: outcome.ok ? 'MISSED' : 'caught', by: outcome.failed.join(', ') });
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
