// `npm run build`: the server bundle (webpack + esbuild-loader + gas-webpack-plugin), the sidebar
// as one self-contained HTML file, and the manifest, all into build/ for clasp.
'use strict';

const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');

function bundleServer() {
  const config = require(path.join(ROOT, 'webpack.config.js'));
  return new Promise(/** @param {(value?: void) => void} resolve */ (resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) return reject(new Error(stats ? stats.toString({ all: false, errors: true }) : 'webpack gave no stats'));
      resolve();
    });
  });
}

async function bundleSidebar() {
  const dir = path.join(ROOT, 'src', 'ui');
  const script = await esbuild.build({
    entryPoints: [path.join(dir, 'sidebar.ts')], bundle: true, write: false, format: 'iife', target: 'es2019', minify: true,
  });
  const js = script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = fs.readFileSync(path.join(dir, 'sidebar.css'), 'utf8');
  const html = fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8')
    .replace('/* STYLE */', () => css)
    .replace('/* SCRIPT */', () => js);
  fs.writeFileSync(path.join(BUILD, 'Sidebar.html'), html);
}

async function build() {
  fs.mkdirSync(BUILD, { recursive: true });
  await bundleServer();
  await bundleSidebar();
  fs.copyFileSync(path.join(ROOT, 'appsscript.json'), path.join(BUILD, 'appsscript.json'));
}

/** True when build/ is missing or older than a source file. */
function isStale() {
  const outputs = ['Code.js', 'Sidebar.html', 'appsscript.json'].map((f) => path.join(BUILD, f));
  if (!outputs.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  /** @type {(dir: string) => number} */
  const newest = (dir) => fs.readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }, 0);
  return Math.max(newest(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'appsscript.json')).mtimeMs) > built;
}

module.exports = { build, isStale };

if (require.main === module) {
  build().then(() => {
    const size = fs.statSync(path.join(BUILD, 'Code.js')).size;
    console.log(`build/Code.js ${(size / 1024).toFixed(1)} KiB, build/Sidebar.html, build/appsscript.json`);
  }).catch((error) => {
    console.error(error.message || error);
    process.exit(1);
  });
}
