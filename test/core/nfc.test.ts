// User-facing text is Vietnamese in NFC: every source file that can show text must be NFC.
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

it('every source file of the add-in and the local runner is NFC', () => {
  const sources = [...files(path.join(ROOT, 'src')), ...files(path.join(ROOT, 'local')), path.join(ROOT, 'README.md')]
    .filter((f) => /\.(ts|js|html|css|md)$/.test(f));
  expect(sources.length).toBeGreaterThan(20);
  const notNfc = sources.filter((f) => {
    const text = fs.readFileSync(f, 'utf8');
    return text !== text.normalize('NFC');
  });
  expect(notNfc).toEqual([]);
});
