// `npm run create`: the first push to a real Google Sheet in one command. Creates a new Sheet with
// this project bound to it (`clasp create --type sheets`, clasp 3), builds, and pushes build/.
// Needs `npx clasp login` once. Afterwards `npm run push` updates the same Sheet.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { build } = require('./build');

const ROOT = path.resolve(__dirname, '..');
const PLACEHOLDER = 'PASTE-YOUR-SCRIPT-ID-HERE';
const TITLE = 'Hỗ trợ học sinh';

/**
 * clasp as npm installed it; throws when it fails (its own message is already on the screen).
 * @param {string[]} args
 * @param {string} cwd
 */
function runClasp(args, cwd) {
  const clasp = path.join(ROOT, 'node_modules', '.bin', 'clasp');
  const result = spawnSync(clasp, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`clasp ${args[0]} failed`);
}

/**
 * @param {{ root?: string, clasp?: (args: string[], cwd: string) => void, buildAll?: () => Promise<void>, log?: (line: string) => void }} [options]
 */
async function createAndPush(options = {}) {
  const root = options.root || ROOT;
  const clasp = options.clasp || runClasp;
  const buildAll = options.buildAll || build;
  const log = options.log || console.log;
  const project = path.join(root, '.clasp.json');
  const before = fs.existsSync(project) ? fs.readFileSync(project, 'utf8') : undefined;
  if (before !== undefined) {
    const { scriptId } = JSON.parse(before);
    if (scriptId && scriptId !== PLACEHOLDER) {
      throw new Error(`.clasp.json đã gắn với tập lệnh ${scriptId}: dùng npm run push để cập nhật. / Already bound: use npm run push.`);
    }
    fs.unlinkSync(project); // clasp create refuses to run while a project file exists
  }
  try {
    clasp(['create', '--type', 'sheets', '--title', TITLE, '--rootDir', 'build'], root);
  } catch (error) {
    if (before !== undefined && !fs.existsSync(project)) fs.writeFileSync(project, before);
    throw error;
  }
  // clasp clones the new project's default files into build/; our build replaces them.
  await buildAll();
  clasp(['push', '--force'], root);
  log('Đã tạo bảng tính mới có gắn tiện ích và đẩy mã lên. Mở bảng tính (đường dẫn ở trên), tải lại trang, rồi làm theo docs/kiem-tra-lan-dau.md.');
  log('Created a new Sheet with the script bound and pushed build/. Open it, reload, then follow docs/kiem-tra-lan-dau.md.');
}

module.exports = { createAndPush, PLACEHOLDER };

if (require.main === module) {
  createAndPush().catch((error) => {
    console.error(`Lỗi / Error: ${error.message}`);
    process.exit(1);
  });
}
