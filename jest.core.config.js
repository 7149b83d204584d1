/**
 * The core tests alone: what Stryker runs against each mutant of src/core (`npm run mutate`).
 * The core is pure, so its rules must be pinned here, without the bundle or the vm.
 * Transpile-only: the typecheck is `npm run typecheck`'s job, and Stryker's checker rejects mutants that do not compile.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/core'],
  transform: {
    '^.+\\.ts$': ['ts-jest', {
      tsconfig: { target: 'ES2019', module: 'commonjs', esModuleInterop: true, isolatedModules: true, strict: true },
      diagnostics: false,
    }],
  },
  testTimeout: 120000,
};
