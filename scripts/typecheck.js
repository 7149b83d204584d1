// `npm run typecheck` (and `npm test`, with --build): every TypeScript project of the repository, side by side. Each project
// guards something the others cannot: src/core has no Apps Script types (the core stays pure),
// src/ui has the DOM, and the root project the add-in with its tests, the node-only runner
// (local/) and the scripts (JavaScript too, with checkJs). Run one after another they took most of `npm test`'s time before jest.
// Each keeps what it learnt in node_modules/.cache/typecheck (tsc --incremental), so a second run
// re-checks only what changed; a fresh clone checks everything.
'use strict';

const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const PROJECTS = ['.', 'src/core', 'src/ui'];
const tsc = require.resolve('typescript/bin/tsc');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'typecheck');

/** @param {string} label @param {string[]} args @returns {Promise<{ label: string, code: number | null, output: string }>} */
function run(label, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('close', (code) => resolve({ label, code, output }));
  });
}

const jobs = PROJECTS.map((project) => {
  const buildInfo = path.join(CACHE, `${project === '.' ? 'root' : project.replace(/[^a-z0-9]+/gi, '-')}.tsbuildinfo`);
  return run(`tsc -p ${project}`, [tsc, '--noEmit', '-p', project, '--incremental', '--tsBuildInfoFile', buildInfo]);
});
// `npm test` builds the bundle beside the typechecks (`--build`): the build does not type-check.
if (process.argv.includes('--build')) jobs.push(run('npm run build', [path.join(__dirname, 'build.js')]));

Promise.all(jobs).then((results) => {
  const failed = results.filter((r) => r.code !== 0);
  for (const r of failed) process.stderr.write(`${r.label}:\n${r.output}\n`);
  if (failed.length === 0) for (const r of results) process.stdout.write(r.output);
  process.exit(failed.length === 0 ? 0 : 1);
});
