/**
 * Every test: core, bundle (build/Code.js in a vm) and sidebar (Chromium).
 * Transpile-only: `npm test` type-checks test/ with `tsc` first (`npm run typecheck`), so ts-jest
 * need not type-check each file again.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': ['ts-jest', {
      tsconfig: { target: 'ES2019', module: 'commonjs', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true, strict: true },
      diagnostics: false,
    }],
  },
  // Jest's default leaves one core idle (cores − 1): on the two cores of CI and of this machine
  // that ran every suite one after another.
  maxWorkers: 2,
  testTimeout: 120000,
};
