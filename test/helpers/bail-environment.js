// The core tests' jest environment under Stryker: once a test fails for a mutant, the remaining
// tests of that mutant's run are skipped (the mutant is killed already). Stryker's jest runner
// cannot bail by itself (jest has no programmatic bail), so every killed mutant would otherwise
// run every test that covers it. The test files not yet started are not even loaded
// (bailing-runner.js). Outside a Stryker mutant run it changes nothing.
'use strict';

const { TestEnvironment } = require('jest-environment-node');
const state = require('./stryker-run-state');

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

class BailEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
  }

  async handleTestEvent(event, eventState) {
    if (super.handleTestEvent) await super.handleTestEvent(event, eventState);
    const mutant = process.env[ACTIVE_MUTANT];
    if (mutant === undefined) return;
    if (event.name === 'test_fn_failure') state.recordKill(mutant, this.testPath);
    else if (event.name === 'test_start' && state.killed === mutant) event.test.mode = 'skip';
  }
}

module.exports = BailEnvironment;
