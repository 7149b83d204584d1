// The core tests' jest test sequencer under Stryker: a mutant run only loads the test files that
// hold a test the mutant is run against.
//
// For each mutant Stryker passes the names of the tests that cover it as jest's testNamePattern,
// but jest still loads every test file related to the mutated source (nearly all of them for a
// shared module such as text.ts) and then skips the non-matching tests one by one. Loading a file
// costs far more than skipping its tests, so the runs were mostly spent loading files that run
// nothing. This sequencer drops, before the run, each test file none of whose test names matches
// the pattern, with the same test jest applies (`new RegExp(pattern, 'i')` on the full name), so a
// run tests exactly what it tested before, only sooner.
// The files kept run in a chosen order (see sort), not jest's: the order cannot change a result.
//
// A file whose loading reached the mutant in the dry run (a result computed in its describe body)
// is kept too, and runs all its tests (stryker-static-coverage.js).
//
// The test names per file come from `scripts/mutate.js`, which lists them (one plain jest run)
// just before Stryker starts and passes the list's path in CORE_TEST_NAMES. Without that list, or
// for a file missing from it, nothing is dropped.
'use strict';

const fs = require('fs');
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;
const state = require('./stryker-run-state');
const staticCoverage = require('./stryker-static-coverage');

/** @type {Map<string, string[]> | null | undefined} relative test file path -> its tests' full names */
let namesByFile;

function loadNames() {
  if (namesByFile !== undefined) return namesByFile;
  namesByFile = null;
  const listPath = process.env.CORE_TEST_NAMES;
  if (listPath && fs.existsSync(listPath)) {
    namesByFile = new Map(Object.entries(JSON.parse(fs.readFileSync(listPath, 'utf8'))));
  }
  return namesByFile;
}

class CoveringSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.testNamePattern = options && options.globalConfig ? options.globalConfig.testNamePattern : undefined;
    // The mutated file: Stryker runs jest with --findRelatedTests <file>.
    this.source = options && options.globalConfig ? String((options.globalConfig.nonFlagArgs || [])[0] || '') : '';
  }

  sort(tests) {
    const names = loadNames();
    if (!this.testNamePattern || !names) return super.sort(tests);
    state.source = this.source;
    const pattern = new RegExp(this.testNamePattern, 'i');
    const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
    /** @type {Array<{ test: any, kills: number, share: number, size: number }>} */
    const kept = [];
    for (const test of tests) {
      const file = staticCoverage.relativeTestPath(test.context.config, test.path);
      const known = names.get(file);
      const kills = state.killsBy(test.path);
      if (known === undefined) {
        kept.push({ test, kills, share: 1, size: Infinity });
        continue;
      }
      const matching = mutant !== undefined && staticCoverage.reaches(file, mutant) ? known.length
        : known.filter((name) => pattern.test(name)).length;
      if (matching > 0) kept.push({ test, kills, share: matching / known.length, size: known.length });
    }
    // The runner stops at the first failure, so the likeliest killers go first: the files that
    // killed the most mutants of the same source file in this process, then the files whose
    // tests are mostly covering ones, then the smaller.
    kept.sort((a, b) => b.kills - a.kills || b.share - a.share || a.size - b.size);
    return kept.map((k) => k.test);
  }
}

module.exports = CoveringSequencer;
