// PRODUCT 5: what 20 vnEdu class tabs add to one Tổng hợp's calls. Each tab is read once: its name,
// its id (links jump to it), its data range and one getValues. Its merged blocks are not read: a
// class tab reads the same without them (core/read/merges-needed.ts; test/core/official-merges.test.ts),
// and on Google they cost a getA1Notation each, 30 a tab. Issue 20 asks for "within 10% of a school
// without them": not reached, since four calls a tab are 80 for twenty tabs against 388 (see README, speed).
import { FakeWorkbook, runSummarize } from '../helpers/bundle';
import { scaleSchool, SCALE_TODAY } from '../../local/scale-school';
import { withVneduTabs } from '../../local/vnedu-school';

function run(tabs: number) {
  const book = new FakeWorkbook(tabs === 0 ? scaleSchool(500) : withVneduTabs(scaleSchool(500), tabs));
  const { json } = runSummarize(book, { today: SCALE_TODAY });
  return { json, counts: book.log.spreadsheetCounts() };
}

describe('calls with and without vnEdu class tabs', () => {
  const without = run(0);
  const withTabs = run(20);
  const per = (name: string) => (withTabs.counts.get(name) ?? 0) - (without.counts.get(name) ?? 0);

  it('the class tabs are read: every one counted as an official source', () => {
    expect(withTabs.json.sources.filter((s: { kind: string }) => s.kind === 'official')).toHaveLength(20);
  });

  it('four reads per tab and no merged block read; the writer adds a few calls for the longer report', () => {
    for (const name of ['Sheet.getName', 'Sheet.getSheetId', 'Sheet.getDataRange', 'Range.getValues']) expect(per(name)).toBe(20);
    expect(per('Range.getMergedRanges')).toBe(0);
    expect(per('Range.getA1Notation')).toBe(0);
    const extra = withTabs.json.stats.spreadsheetCalls - without.json.stats.spreadsheetCalls;
    // Beyond the reads: Tổng hợp lists the vnEdu sources and more subjects (merges, row heights), a few calls.
    expect(extra - 4 * 20).toBeLessThanOrEqual(20);
    expect(extra / without.json.stats.spreadsheetCalls).toBeLessThan(0.3); // was +184% with a call per merged block
  });
});
