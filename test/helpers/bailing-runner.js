// The core tests' jest runner under Stryker: once a test has failed for the active mutant (the
// mutant is killed), the test files not yet started are not run at all. bail-environment.js
// already skips their tests, but loading a file (compiling the instrumented core again for its
// module registry) cost more than its tests. Stryker runs jest in band, one file after another;
// a parallel run, or a run without a mutant, is jest's own.
'use strict';

const TestRunner = require('jest-runner').default;
const state = require('./stryker-run-state');

class BailingRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
    if (mutant === undefined || !options.serial) return super.runTests(tests, watcher, options);
    for (const test of tests) {
      if (state.killed === mutant) return;
      await super.runTests([test], watcher, options);
    }
  }
}

module.exports = BailingRunner;
