// The local runner as a user runs it: `npm start` and `npm run local -- IN.xlsx …`.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { sampleSecondarySpec } from '../../local/sample-secondary';

const ROOT = path.join(__dirname, '..', '..');
// As `npm start` runs it (tsx), from a folder outside the project.
const TSX = pathToFileURL(require.resolve('tsx')).href;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hths-cli-'));
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'local', 'cli.ts'), ...args], { cwd: dir, encoding: 'utf8' });

describe('local runner', () => {
  const out = path.join(dir, 'mau.xlsx');
  const json = path.join(dir, 'mau.json');
  const first = cli('--sample', '--out', out, '--json', json);

  it('runs the bundled sample school and writes the workbook, the JSON and a Vietnamese summary', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Đã đọc 100 dòng học sinh: 96 được tính, 4 bị loại vì có lỗi.');
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.schoolYear).toBe('2025-2026');
    expect(report.reviewPoints).toEqual(['DN', 'GKI', 'CKI']);
    expect(report.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']);
    expect(report.totals.CKI.total.students).toBe(613); // Sĩ số 612, plus 5E's one roster row (5E is missing from the Lớp tab)
    expect(Object.keys(report.stats).sort()).toEqual(['estimatedSeconds', 'ms', 'roundTrips', 'rows', 'spreadsheetCalls']);
    // The sample's three targets, each for five khối and the whole school; the summary names the misses.
    const atCki = report.targets.filter((t: { reviewPoint: string }) => t.reviewPoint === 'CKI');
    const missed = atCki.filter((t: { verdict: string }) => t.verdict === 'notMet');
    expect(atCki).toHaveLength(18);
    expect(first.stdout).toContain(`Chỉ tiêu (Cuối học kì I): ${missed.length}/18 chưa đạt: ${missed[0].area} khối ${missed[0].grade} (cần thêm ${missed[0].gapStudents});`);
    expect(report.tabs).toEqual({ written: ['Kiểm tra', 'Tổng hợp', 'Theo dõi', 'Lịch tháng', 'Đỡ đầu'], conflicts: [] });
    expect(report.stats.rows).toBe(100);
    expect(fs.existsSync(out)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'truong-mau-dau-vao.xlsx'))).toBe(true);
  });

  it('runs the bundled THCS&THPT sample with --sample thcs', () => {
    const run = cli('--sample', 'thcs', '--out', path.join(dir, 'thcs.xlsx'), '--json', path.join(dir, 'thcs.json'));
    expect(run.status).toBe(0);
    const spec = sampleSecondarySpec();
    const read = spec.rosters.reduce((n, r) => n + r.spec.students.length, 0) + spec.vnedu.students.length;
    const excluded = spec.mistakes.filter((m) => m.code === 'RATING_INVALID').length;
    expect(run.stdout).toContain(`Đã đọc ${read} dòng học sinh: ${read - excluded} được tính, ${excluded} bị loại vì có lỗi.`);
    // A secondary school's year point is Cả năm (TT22); its targets are judged at both levels' newest
    // point together, the whole-school rows among them (12 of 24 missed, as the sidebar shows).
    expect(run.stdout).toContain(`Trang "9b": kết quả Cả năm 2025-2026, lớp 9B, ${spec.vnedu.students.length} học sinh, được tính.`);
    expect(run.stdout).toContain('  Cả năm: 76/528 học sinh cần hỗ trợ (');
    expect(run.stdout).not.toContain('Cuối năm');
    expect(run.stdout).toContain('Chỉ tiêu (Cả năm): 12/24 chưa đạt: ');
    expect(run.stdout).toContain('; Học tập toàn trường (cần thêm 1); ');
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'thcs.json'), 'utf8'));
    expect(report.levels.map((l: { level: string }) => l.level)).toEqual(['THCS', 'THPT']);
    expect(report.today).toBe('2026-06-10');
    expect(fs.existsSync(path.join(dir, 'truong-mau-thcs-dau-vao.xlsx'))).toBe(true);
  });

  it('gives the same JSON on its own output', () => {
    const json2 = path.join(dir, 'again.json');
    const again = cli(out, '--out', path.join(dir, 'again.xlsx'), '--json', json2, '--today', '2026-01-20');
    expect(again.status).toBe(0);
    const strip = (file: string) => {
      const { stats, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8'));
      return { ...rest, rows: stats.rows };
    };
    expect(strip(json2)).toEqual(strip(json));
  });

  it('an unreadable file exits non-zero with one line in Vietnamese and English', () => {
    const bad = path.join(dir, 'hong.xlsx');
    fs.writeFileSync(bad, 'đây không phải tệp Excel');
    const run = cli(bad);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Lỗi: không đọc được .*hong\.xlsx.* \/ Error: cannot read .*hong\.xlsx as \.xlsx: .*save it as \.xlsx/);
  });

  it('a missing file and a bad option are refused plainly', () => {
    expect(cli(path.join(dir, 'khong-co.xlsx')).stderr).toMatch(/^Lỗi: không tìm thấy tệp .* \/ Error: file not found/);
    const bad = cli('--today', '20/01/2026', out);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
    expect(cli('--today', '2026-02-31', out).status).toBe(2);
  });

  it('a sample name it does not have is refused with the names it has, never run as another sample', () => {
    for (const name of ['thpt', 'toString', 'constructor']) {
      const run = cli('--sample', name, '--out', path.join(dir, `${name}.xlsx`));
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`không có trường mẫu "${name}" (có: th, thcs)`);
      expect(fs.existsSync(path.join(dir, `${name}.xlsx`))).toBe(false);
    }
  });
});
