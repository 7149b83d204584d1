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
//
// The test names per file come from `scripts/mutate.js`, which lists them (one plain jest run)
// just before Stryker starts and passes the list's path in CORE_TEST_NAMES. Without that list, or
// for a file missing from it, nothing is dropped.
'use strict';

const fs = require('fs');
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

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
  }

  sort(tests) {
    const names = loadNames();
    if (!this.testNamePattern || !names) return super.sort(tests);
    const pattern = new RegExp(this.testNamePattern, 'i');
    const kept = tests.filter((test) => {
      const known = names.get(path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/'));
      return known === undefined || known.some((name) => pattern.test(name));
    });
    return super.sort(kept);
  }
}

module.exports = CoveringSequencer;
