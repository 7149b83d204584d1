// Jest's TypeScript transform for `npm test`: esbuild strips the types (a few milliseconds a
// file, where ts-jest loads the TypeScript compiler into every worker). Type errors are
// `npm run typecheck`'s job, which `npm test` runs first.
'use strict';

const crypto = require('crypto');
const { transformSync, version } = require('esbuild');

const OPTIONS = { loader: 'ts', format: 'cjs', target: 'es2019', sourcemap: 'inline' };

module.exports = {
  process(source, filename) {
    return { code: transformSync(source, { ...OPTIONS, sourcefile: filename }).code };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update(version).update(JSON.stringify(OPTIONS)).update(filename).update('\0').update(source).digest('hex');
  },
};
