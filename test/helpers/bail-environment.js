// The core tests' jest environment under Stryker: once a test fails for a mutant, the remaining
// tests of that mutant's run are skipped (the mutant is killed already). Stryker's jest runner
// cannot bail by itself (jest has no programmatic bail), so every killed mutant would otherwise
// run every test that covers it. Outside a Stryker mutant run it changes nothing.
'use strict';

const { TestEnvironment } = require('jest-environment-node');

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
/** The mutant some test already failed for; shared by the test files of one runner process. */
let killed;

class BailEnvironment extends TestEnvironment {
  async handleTestEvent(event, state) {
    if (super.handleTestEvent) await super.handleTestEvent(event, state);
    const mutant = process.env[ACTIVE_MUTANT];
    if (mutant === undefined) return;
    if (event.name === 'test_fn_failure') killed = mutant;
    else if (event.name === 'test_start' && killed === mutant) event.test.mode = 'skip';
  }
}

module.exports = BailEnvironment;
