// Which core mutants each test file reaches outside its tests, under Stryker.
//
// Many core test files compute their subject once, in the describe body or a beforeAll
// (`const a = run([...])`), and assert on it in several tests. Stryker counts what runs there as
// "static" coverage of no test, so for a mutant reached there and also inside some test (a
// "hybrid" mutant under ignoreStatic) it runs only the tests it saw reach it: the assertions on the
// shared result were never run, and a mutant they kill was reported as surviving.
// The dry run records, per test file, the mutants its loading reached (bail-environment.js, from
// Stryker's own hit counts); a mutant run then loads those files too (covering-sequencer.js) and
// runs every test in them (bail-environment.js), with the mutant active as it was while loading.
//
// The record is a JSON-lines file whose path `scripts/mutate.js` passes in CORE_STATIC_COVERAGE.
'use strict';

const fs = require('fs');
const path = require('path');

/** @type {Map<string, Set<string>> | undefined} relative test file path -> mutant ids */
let byFile;

/** @param {{ rootDir: string }} config @param {string} testPath */
function relativeTestPath(config, testPath) {
  return path.relative(config.rootDir, testPath).split(path.sep).join('/');
}

/** The hit counts of the mutants reached outside any test so far (one shared object per process). */
function staticHits(strykerGlobal) {
  return { ...((strykerGlobal && strykerGlobal.mutantCoverage && strykerGlobal.mutantCoverage.static) || {}) };
}

/** The dry run's record for one test file: the mutants whose static hits grew while it ran. */
function record(file, before, after) {
  const listPath = process.env.CORE_STATIC_COVERAGE;
  if (!listPath) return;
  const mutants = Object.keys(after).filter((id) => after[id] > (before[id] || 0));
  if (mutants.length > 0) fs.appendFileSync(listPath, JSON.stringify({ file, mutants }) + '\n');
}

/** True when loading the test file (relative path) reached the mutant in the dry run. */
function reaches(file, mutant) {
  if (byFile === undefined) {
    byFile = new Map();
    const listPath = process.env.CORE_STATIC_COVERAGE;
    if (listPath && fs.existsSync(listPath)) {
      for (const line of fs.readFileSync(listPath, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { file: f, mutants } = JSON.parse(line);
        const set = byFile.get(f) ?? new Set();
        for (const id of mutants) set.add(id);
        byFile.set(f, set);
      }
    }
  }
  return byFile.get(file)?.has(mutant) ?? false;
}

module.exports = { relativeTestPath, staticHits, record, reaches };
