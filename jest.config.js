/**
 * Every test: core, bundle (build/Code.js in a vm) and sidebar (Chromium).
 * Transpile-only (esbuild): `npm test` type-checks test/ with `tsc` first (`npm run typecheck`).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': require('path').join(__dirname, 'test/helpers/esbuild-transform.js') },
  // Jest's default leaves one core idle (cores − 1): on the two cores of CI and of this machine
  // that ran every suite one after another.
  maxWorkers: 2,
  testTimeout: 120000,
};
