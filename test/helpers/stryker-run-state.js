// What the core tests' jest plugins share inside one Stryker test-runner process (Stryker runs
// jest in band, so the sequencer, the runner and the environment all live in that process):
// the mutant a test failed for, and which test files killed the mutants of each source file.
'use strict';

module.exports = {
  /** The source file of the mutant being run (Stryker passes it to jest as --findRelatedTests). */
  source: '',
  /** The mutant some test already failed for. */
  killed: undefined,
  /** @type {Map<string, Map<string, number>>} source file -> test file -> mutants it killed */
  kills: new Map(),
  /** @param {string} mutant @param {string} testPath */
  recordKill(mutant, testPath) {
    this.killed = mutant;
    const bySource = this.kills.get(this.source) ?? new Map();
    bySource.set(testPath, (bySource.get(testPath) ?? 0) + 1);
    this.kills.set(this.source, bySource);
  },
  /** @param {string} testPath */
  killsBy(testPath) {
    return this.kills.get(this.source)?.get(testPath) ?? 0;
  },
};
