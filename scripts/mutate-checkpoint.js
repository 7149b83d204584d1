// `node scripts/mutate-checkpoint.js [out]`: turn a Stryker run stopped before its end into an
// incremental report that the next run resumes from: mutation/incremental.json, the file
// stryker.config.json names, committed so that the next session's `npm run mutate` resumes there.
// The whole core needs more than a session on two cores. A stopped run leaves
// reports/stryker/progress.jsonl (one line per mutant reported, with the tests that killed or
// cover it: scripts/stryker-progress-reporter.mjs) and the core tests' listing with their
// locations (scripts/mutate.js). From those and the sources the run read, this writes Stryker's
// own incremental format. Stryker's differ then decides, as for any incremental run, which results
// still hold: a mutant whose code or killing test changed since, or a survivor newly covered by a
// test, is run again; mutants absent from the file are run.
// Run it in the worktree of the stopped run, before its sources change.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const REPORTS = path.join(ROOT, 'reports', 'stryker');
const out = path.resolve(process.argv[2] || path.join(ROOT, 'mutation', 'incremental.json'));
const rel = (/** @type {string} */ file) => path.relative(ROOT, file).split(path.sep).join('/');

const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src/core', 'test'], { cwd: ROOT, encoding: 'utf8' });
if (dirty.trim() !== '') {
  console.error(`Sources changed since the run started?\n${dirty}Checkpoint from the run's own sources only.`);
  process.exit(1);
}

// Tests: the run's test ids are jest's full names (Stryker's jest runner).
const listing = JSON.parse(fs.readFileSync(path.join(REPORTS, 'core-tests.results.json'), 'utf8'));
/** @type {Map<string, string>} full name -> report test id */
const testIds = new Map();
/** @type {Record<string, { source: string, tests: Array<{ id: string, name: string, location?: object }> }>} */
const testFiles = {};
for (const suite of listing.testResults) {
  const file = rel(suite.name);
  const tests = [];
  for (const t of suite.assertionResults) {
    if (testIds.has(t.fullName)) continue;
    const id = String(testIds.size);
    testIds.set(t.fullName, id);
    // jest: 1-based line, 0-based column; the report: both 1-based (Stryker's toSchemaPosition).
    tests.push({ id, name: t.fullName, ...(t.location ? { location: { start: { line: t.location.line, column: t.location.column + 1 } } } : {}) });
  }
  testFiles[file] = { source: fs.readFileSync(suite.name, 'utf8'), tests };
}

// Mutants: the last line per mutant wins.
/** @type {Map<string, Map<string, any>>} file -> key -> mutant */
const byFile = new Map();
let lines = 0;
for (const line of fs.readFileSync(path.join(REPORTS, 'progress.jsonl'), 'utf8').split('\n')) {
  if (!line) continue;
  lines++;
  const m = JSON.parse(line);
  const { start, end } = m.location;
  const key = `${start.line}:${start.column}-${end.line}:${end.column} ${m.mutatorName} ${m.replacement}`;
  const ms = byFile.get(m.fileName) || new Map();
  byFile.set(m.fileName, ms.set(key, m));
}
if (lines > 0 && ![...byFile.values()].some((ms) => [...ms.values()].some((m) => m.killedBy || m.coveredBy))) {
  console.error('progress.jsonl names no tests: it comes from a run before the reporter recorded them.');
  process.exit(1);
}
const ids = (/** @type {string[] | undefined} */ names) => (names || []).map((n) => testIds.get(n)).filter((id) => id !== undefined);
/** @type {Record<string, object>} */
const files = {};
let mutants = 0;
/** @type {Record<string, number>} */
const counts = {};
for (const [file, ms] of byFile) {
  files[file] = {
    language: 'typescript',
    source: fs.readFileSync(path.join(ROOT, file), 'utf8'),
    mutants: [...ms.values()].map((m) => {
      counts[m.status] = (counts[m.status] || 0) + 1;
      return {
        id: String(mutants++), mutatorName: m.mutatorName, replacement: m.replacement, location: m.location, status: m.status,
        ...(m.statusReason ? { statusReason: m.statusReason } : {}), killedBy: ids(m.killedBy), coveredBy: ids(m.coveredBy),
      };
    }),
  };
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ schemaVersion: '2', thresholds: { high: 95, low: 90 }, projectRoot: '.', files, testFiles }));
console.log(`${rel(out)}: ${mutants} mutants of ${Object.keys(files).length} files, ${testIds.size} tests; ${JSON.stringify(counts)}`);
