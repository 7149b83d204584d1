/**
 * The core tests alone: what Stryker runs against each mutant of src/core (`npm run mutate`).
 * The core is pure, so its rules must be pinned here, without the bundle or the vm.
 * Transpile-only: the typecheck is `npm run typecheck`'s job, and Stryker's checker rejects mutants that do not compile.
 * @type {import('jest').Config}
 */
module.exports = {
  // An absolute path: Stryker's environment wrapper resolves the name as given (no <rootDir>).
  testEnvironment: require('path').join(__dirname, 'test/helpers/bail-environment.js'),
  // The sources and helpers are roots too, so that `--findRelatedTests src/core/x.ts` (Stryker) finds
  // the tests that import them; only test/core holds tests.
  roots: ['<rootDir>/src/core', '<rootDir>/test/core', '<rootDir>/test/helpers'],
  testMatch: ['<rootDir>/test/core/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', {
      tsconfig: { target: 'ES2019', module: 'commonjs', esModuleInterop: true, isolatedModules: true, strict: true },
      diagnostics: false,
    }],
  },
  // Under Stryker: only the test files holding a covering test load, the most focused first; none
  // after the mutant is killed; a failing property is not shrunk (see each file).
  testSequencer: require('path').join(__dirname, 'test/helpers/covering-sequencer.js'),
  runner: require('path').join(__dirname, 'test/helpers/bailing-runner.js'),
  setupFiles: [require('path').join(__dirname, 'test/helpers/stryker-fast-check.js')],
  testTimeout: 120000,
};
