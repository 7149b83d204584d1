// The core tests' jest environment under Stryker: once a test fails for a mutant, the remaining
// tests of that mutant's run are skipped (the mutant is killed already). Stryker's jest runner
// cannot bail by itself (jest has no programmatic bail), so every killed mutant would otherwise
// run every test that covers it. The test files not yet started are not even loaded
// (bailing-runner.js). In Stryker's dry run it records the mutants each file reaches outside its
// tests, and in a mutant run such a file runs all its tests (stryker-static-coverage.js). Outside
// Stryker it changes nothing.
'use strict';

const { TestEnvironment } = require('jest-environment-node');
const state = require('./stryker-run-state');
const staticCoverage = require('./stryker-static-coverage');

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

class BailEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    this.testFile = staticCoverage.relativeTestPath(config.projectConfig, context.testPath);
  }

  async handleTestEvent(event, eventState) {
    if (super.handleTestEvent) await super.handleTestEvent(event, eventState);
    const mutant = process.env[ACTIVE_MUTANT];
    if (mutant === undefined) {
      this.recordStaticCoverage(event);
      return;
    }
    // The file's shared results were computed with the mutant active: every test may see it.
    if (event.name === 'setup' && staticCoverage.reaches(this.testFile, mutant)) eventState.testNamePattern = null;
    if (event.name === 'test_fn_failure') state.recordKill(mutant, this.testPath);
    else if (event.name === 'test_start' && state.killed === mutant) event.test.mode = 'skip';
  }

  /** In Stryker's dry run (its `__stryker__` global set): the mutants this file reached outside its tests. */
  recordStaticCoverage(event) {
    const stryker = this.global && this.global.__stryker__;
    if (!stryker) return;
    if (event.name === 'setup') this.staticBefore = staticCoverage.staticHits(stryker);
    else if (event.name === 'teardown' && this.staticBefore) staticCoverage.record(this.testFile, this.staticBefore, staticCoverage.staticHits(stryker));
  }
}

module.exports = BailEnvironment;
