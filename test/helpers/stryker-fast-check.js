// Under a Stryker mutant, a failing property ends at its first counterexample: shrinking it only
// makes the report of a failure nicer, and a mutant needs no report, only the failure.
'use strict';

if (process.env.__STRYKER_ACTIVE_MUTANT__ !== undefined) {
  const fc = require('fast-check');
  fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
}
