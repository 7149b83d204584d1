// PRODUCT 5: the sidebar receives what it shows, not the whole report; its size does not grow
// with the roster. A problem whose cell is a range selects that range.
import { FakeWorkbook } from '../helpers/bundle';
import { loadBundle } from '../../local/load-bundle';
import { runSummarize } from '../../local/run-workbook';
import { scaleSchool, SCALE_TODAY } from '../../local/scale-school';

function sidebarBytes(rows: number) {
  const book = new FakeWorkbook(scaleSchool(rows));
  const { json } = runSummarize(book, { today: SCALE_TODAY });
  const context = loadBundle(book, { today: SCALE_TODAY });
  const state = JSON.parse(JSON.stringify(context.sidebarAnalyse()));
  const ran = JSON.parse(JSON.stringify(context.sidebarRun('check')));
  return { json, state, bytes: Buffer.byteLength(JSON.stringify(state)), runBytes: Buffer.byteLength(JSON.stringify(ran)), context, book };
}

describe('the sidebar payload', () => {
  const small = sidebarBytes(100);
  const large = sidebarBytes(20000);

  it('is a few kilobytes at 100 and at 20,000 roster rows, where the whole report is megabytes', () => {
    expect(Buffer.byteLength(JSON.stringify(large.json))).toBeGreaterThan(5_000_000);
    // Measured: about 7 KB at 100 rows (fewer than 30 problems to list) and 13 KB at 20,000 (30 of each, longer names).
    expect(small.bytes).toBeGreaterThan(5_000);
    expect(small.bytes).toBeLessThan(10_000);
    expect(large.bytes).toBeGreaterThan(10_000);
    // 16,000 before issue 21 (the report alone is 15.5 KB now): Theo dõi's PDF link and each class's rows
    // add about 700 bytes for 20 classes, the same at every roster size.
    expect(large.bytes).toBeLessThan(17_000);
    expect(large.runBytes).toBeLessThan(17_000);
    expect(Buffer.byteLength(JSON.stringify(large.state.classPdfs))).toBeLessThan(800);
    expect(large.state.classPdfs.parts).toHaveLength(20);
    expect(large.state.classPdfs.more).toBe(0);
    expect(large.state.report.firstProblems).toHaveLength(30);
    expect(large.state.report.firstFlags).toHaveLength(30);
  });

  it('carries the headline numbers and the counts of the whole report, and its first problems and students', () => {
    const { json, state } = large;
    const latest = json.reviewPoints[json.reviewPoints.length - 1];
    expect(state.report.latest).toBe(latest);
    expect(state.report.total).toEqual(json.totals[latest].total);
    const errors = json.problems.filter((p: { severity: string }) => p.severity === 'error').length;
    expect(state.report.counts.errors).toBe(errors);
    expect(state.report.counts.warnings).toBe(json.problems.length - errors);
    const following = json.flags.filter((f: { reviewPoint: string; kinds: string[] }) => f.reviewPoint === latest && !(f.kinds.length === 1 && f.kinds[0] === 'improved'));
    expect(state.report.counts.flags).toBe(following.length);
    expect(state.report.firstProblems).toEqual(json.problems.slice(0, 30));
    // The khối only chooses each flag's review point (its level's newest); the list is sent without it.
    expect(state.report.firstFlags).toEqual(following.slice(0, 30).map(({ grade, ...f }: { grade?: number }) => f));
    expect(following.slice(0, 30).every((f: { grade?: number }) => f.grade !== undefined)).toBe(true);
  });

  // Google hands a returned value holding a Date to the page as null, whole: the sidebar would go blank.
  it('holds no Date anywhere, in any value the sidebar receives', () => {
    const datesIn = (value: unknown, path: string): string[] => {
      if (Object.prototype.toString.call(value) === '[object Date]') return [path];
      if (value === null || typeof value !== 'object') return [];
      return Object.entries(value as object).flatMap(([key, v]) => datesIn(v, `${path}.${key}`));
    };
    const { context } = small;
    const received = {
      analyse: context.sidebarAnalyse(), run: context.sidebarRun('check'), all: context.sidebarRun('all'),
      lastRun: context.sidebarLastRun(), settings: context.sidebarGetSettings(),
    };
    expect(datesIn(received, 'sidebar')).toEqual([]);
    expect(datesIn({ planted: [1, { when: new Date() }] }, 'x')).toEqual(['x.planted.1.when']);
  });

  it('a problem at a range (A1:F9) selects that range', () => {
    expect(small.context.sidebarSelectCell('Danh sách', 'A1:F9')).toBe(true);
    expect(small.book.selection).toEqual({ sheet: 'Danh sách', a1: 'A1:F9' });
    expect(small.context.sidebarSelectCell('Danh sách', 'A1:F9; B2')).toBe(false);
  });
});
