// Issue 8: the rosters of test/helpers/roster-variants.ts (the table of 24 shapes schools keep),
// each run through the built bundle on the in-memory spreadsheet, from an .xlsx with its merged
// blocks: the exact totals, names and problems, and no input tab changed. The same table runs
// through the core alone in test/core/roster-variants.test.ts.

import { roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { renderRoster, workbookOf, type RosterShape } from '../helpers/roster-shape';
import { ROSTER_VARIANTS, VARIANT_RUNS } from '../helpers/roster-variants';
import { checkInBundle } from '../helpers/variant-runs';

const FIELDS = ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ'];
const GKI2 = [{ point: 'GKI', areas: ['Toán', 'TV'] }];

describe('rosters as schools keep them, through the built bundle', () => {
  it.each(VARIANT_RUNS)('%s (%s header)', (_shape, style, c) => checkInBundle(c, style));

  it('counts the rows that are not students in one line of Kiểm tra', async () => {
    const grids = ROSTER_VARIANTS[16].tabs('two-row');
    const book = await roundTrip(workbookOf(grids));
    const { json } = runSummarize(book, { today: '2026-01-20' });
    expect(json.rows).toEqual({ read: 2, counted: 2, excluded: 0, skipped: 10 });
    const check = snapshot(book, ['Kiểm tra'])['Kiểm tra'].flat().filter((v) => typeof v === 'string' && v.startsWith('Bỏ qua'));
    expect(check).toEqual(['Bỏ qua 10 dòng không phải học sinh (không tính, không phải lỗi): 1 dòng trống, 2 dòng tiêu đề lặp lại, '
      + '2 dòng tổng cộng, 4 dòng chữ ký cuối danh sách, 1 dòng chỉ có số thứ tự.']);
  });
});

describe('merged blocks cost one getMergedRanges per tab and one getA1Notation per block, never a call per row', () => {
  const mergedRoster = (classes: number, size: number) => {
    const rows: unknown[][] = [];
    const merges: RosterShape['merges'] = [];
    for (let k = 0; k < classes; k++) {
      merges.push({ row: rows.length, column: 3, numRows: size });
      for (let i = 0; i < size; i++) rows.push([rows.length + 1, `Học sinh ${k}-${i}`, '', i === 0 ? `${1 + (k % 5)}A${k}` : '', '', 'Cô Lan', i % 2 ? 'C' : 'H', 'H']);
    }
    return renderRoster({ fields: FIELDS, blocks: GKI2, rows, merges }, 'two-row');
  };
  const runOn = async (classes: number, size: number) => {
    const workbook = workbookOf([mergedRoster(classes, size)]);
    // Every merged block of the input tabs: the Lớp blocks and the two-row header's merged cells.
    const blocks = workbook.worksheets.reduce((n, ws) => n + ws.model.merges.length, 0);
    const book = await roundTrip(workbook);
    const { json } = runSummarize(book, { today: '2026-01-20' });
    return { book, json, blocks };
  };
  it.each([[4, 5], [4, 50], [40, 5]])('%i merged classes of %i students', async (classes, size) => {
    const small = await runOn(4, 5);
    const { book, json, blocks } = await runOn(classes, size);
    expect(json.rows.read).toBe(classes * size);
    expect(json.problems).toEqual([]);
    expect(book.log.counts.get('Range.getMergedRanges')).toBe(json.sources.length);
    expect(book.log.counts.get('Sheet.getSheetValues')).toBe(json.sources.length);
    expect(blocks - small.blocks).toBe(classes - 4);
    expect(book.log.counts.get('Range.getA1Notation')).toBe(blocks);
    for (const getter of ['getRow', 'getColumn', 'getNumRows', 'getNumColumns']) expect(book.log.counts.get(`Range.${getter}`)).toBeUndefined();
    // Tổng hợp's row heights take one call per run of equal heights: they follow the report's khối
    // (4 classes fill khối 1-4, 40 classes khối 1-5), not the roster's rows.
    const heights = (b: typeof book) => b.log.counts.get('Sheet.setRowHeights') ?? 0;
    expect(json.stats.spreadsheetCalls - heights(book) - (small.json.stats.spreadsheetCalls - heights(small.book))).toBe(classes - 4);
  });
});
