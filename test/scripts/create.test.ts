// `npm run create` without the network: clasp is replaced by a recorder.
import fs from 'fs';
import os from 'os';
import path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createAndPush, PLACEHOLDER } = require('../../scripts/create') as {
  createAndPush(options: { root: string; clasp: (args: string[]) => void; buildAll: () => Promise<void>; log: (line: string) => void }): Promise<void>;
  PLACEHOLDER: string;
};

function project(scriptId: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hths-create-'));
  fs.writeFileSync(path.join(root, '.clasp.json'), JSON.stringify({ scriptId, rootDir: 'build' }));
  return root;
}

describe('npm run create', () => {
  it('creates a Sheet with the script bound (clasp create --type sheets), then builds, then pushes build/', async () => {
    const root = project(PLACEHOLDER);
    const steps: string[] = [];
    await createAndPush({
      root,
      clasp: (args) => {
        steps.push(`clasp ${args.join(' ')}`);
        // clasp refuses to create while .clasp.json exists; on success it writes the new one.
        if (args[0] === 'create') {
          expect(fs.existsSync(path.join(root, '.clasp.json'))).toBe(false);
          fs.writeFileSync(path.join(root, '.clasp.json'), JSON.stringify({ scriptId: 'new-id', rootDir: 'build' }));
        }
      },
      buildAll: async () => {
        steps.push('build');
      },
      log: () => undefined,
    });
    expect(steps).toEqual(['clasp create --type sheets --title Hỗ trợ học sinh --rootDir build', 'build', 'clasp push --force']);
    expect(JSON.parse(fs.readFileSync(path.join(root, '.clasp.json'), 'utf8')).scriptId).toBe('new-id');
  });

  it('refuses when .clasp.json is already bound to a script, and calls nothing', async () => {
    const root = project('1AbC-real-id');
    const steps: string[] = [];
    await expect(createAndPush({ root, clasp: (args) => steps.push(args[0]), buildAll: async () => undefined, log: () => undefined }))
      .rejects.toThrow('npm run push');
    expect(steps).toEqual([]);
  });

  it('puts the placeholder back when clasp create fails (not logged in, no network)', async () => {
    const root = project(PLACEHOLDER);
    const failing = () => {
      throw new Error('clasp create failed');
    };
    await expect(createAndPush({ root, clasp: failing, buildAll: async () => undefined, log: () => undefined })).rejects.toThrow('clasp create failed');
    expect(JSON.parse(fs.readFileSync(path.join(root, '.clasp.json'), 'utf8')).scriptId).toBe(PLACEHOLDER);
  });
});
