// `npm run mutate`: Stryker over src/core (stryker.config.json), after listing the core tests'
// names per file so that each mutant run loads only the files holding its covering tests
// (test/helpers/covering-sequencer.js). Extra arguments go to `stryker run`, e.g.
//   npm run mutate -- --mutate src/core/text.ts
// The whole core needs more than a session on two cores. Each run starts from the results kept in
// mutation/incremental.json (committed) and re-tests only what changed or was never tested; a run
// stopped before its end is kept with `node scripts/mutate-checkpoint.js` (before the sources
// change), then the file is committed. A run that ends writes the file itself.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const REPORTS = path.join(ROOT, 'reports', 'stryker');
const RESULTS = path.join(REPORTS, 'core-tests.results.json');
const NAMES = path.join(REPORTS, 'core-test-names.json');
// Written by the dry run: the mutants each test file reaches outside its tests (test/helpers/stryker-static-coverage.js).
const STATIC_COVERAGE = path.join(REPORTS, 'core-static-coverage.jsonl');
const bin = (/** @type {string} */ name) => path.join(ROOT, 'node_modules', '.bin', name);

fs.mkdirSync(REPORTS, { recursive: true });
const listed = spawnSync(bin('jest'), ['-c', 'jest.core.config.js', '--json', '--testLocationInResults', `--outputFile=${RESULTS}`, '--silent'], {
  cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
});
if (listed.status !== 0) {
  process.stderr.write(listed.stderr || String(listed.error));
  console.error('The core tests fail without any mutant; fix them before mutation testing.');
  process.exit(listed.status || 1);
}
/** @type {Record<string, string[]>} */
const names = {};
for (const suite of JSON.parse(fs.readFileSync(RESULTS, 'utf8')).testResults) {
  const file = path.relative(ROOT, suite.name).split(path.sep).join('/');
  names[file] = suite.assertionResults.map((/** @type {{ fullName: string }} */ test) => test.fullName);
}
fs.writeFileSync(NAMES, JSON.stringify(names));

// A run over part of the core (--mutate) would end by writing only that part's results over the
// kept file: it starts from a copy instead, and the kept file stays whole.
const args = process.argv.slice(2);
const STATE = path.join(ROOT, 'mutation', 'incremental.json');
const narrowed = args.some((a) => a === '--mutate' || a === '-m' || a.startsWith('--mutate='));
if (narrowed && !args.some((a) => a.startsWith('--incrementalFile'))) {
  const copy = path.join(REPORTS, 'incremental-part.json');
  if (fs.existsSync(STATE)) fs.copyFileSync(STATE, copy);
  else fs.rmSync(copy, { force: true });
  args.push('--incrementalFile', copy);
}

fs.rmSync(STATIC_COVERAGE, { force: true });
const run = spawnSync(bin('stryker'), ['run', ...args], {
  cwd: ROOT, stdio: 'inherit', env: { ...process.env, CORE_TEST_NAMES: NAMES, CORE_STATIC_COVERAGE: STATIC_COVERAGE },
});
process.exit(run.status === null ? 1 : run.status);
