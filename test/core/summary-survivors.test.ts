// Tổng hợp (src/core/layout/summary.ts) on small Danh sách rosters: the note under the trend when
// several points leave a khối out, and the parts the tab is written in (each table a part of its own).
import { summaryRows, type LayoutCell } from '../../src/core/layout';
import { parseA1Range } from '../../src/core/text';
import { classGrid, rosterGrid, run } from '../helpers/grid';

const text = (c: LayoutCell | undefined) => (c && typeof c === 'object' ? c.text : c ?? '');

/** A primary school whose khối 1 is rated at every point so far; khối 2's teachers entered only Giữa học kì II. */
const khoi2Late = () => run([
  rosterGrid([
    { name: 'Nguyễn Văn An', className: '1A', ratings: { GKI: { Toán: 'C' }, CKI: { Toán: 'C' }, GKII: { Toán: 'H' } } },
    { name: 'Lê Thị Bình', className: '1A', ratings: { GKI: { Toán: 'H' }, CKI: { Toán: 'H' }, GKII: { Toán: 'H' } } },
    { name: 'Trần Minh Chi', className: '2A', ratings: { GKII: { Toán: 'C' } } },
  ], { points: ['GKI', 'CKI', 'GKII'], areas: ['Toán'], style: 'one-row' }),
  classGrid([['1A', 1, 'Cô Lan', 20], ['2A', 2, 'Cô Mai', 18]]),
], '2026-03-25');

describe('Tổng hợp of a school whose khối 2 was first rated at Giữa học kì II', () => {
  it('says under the trend, point by point, that the earlier rows leave khối 2 out', () => {
    const rows = summaryRows(khoi2Late()).rows.map((r) => String(text(r[0])));
    const trend = rows.findIndex((t) => t.startsWith('2. Diễn biến qua các mốc đánh giá'));
    expect(trend).toBeGreaterThan(0);
    expect(rows.slice(trend).find((t) => t.startsWith('Dòng '))).toBe(
      'Dòng Giữa học kì I chưa tính khối 2: chưa có học sinh nào của khối được đánh giá ở mốc này.'
      + ' Dòng Cuối học kì I chưa tính khối 2: chưa có học sinh nào của khối được đánh giá ở mốc này.');
  });

  it('starts a written part only at a table\'s first row or just under a table, never at a heading or a note', () => {
    const layout = summaryRows(khoi2Late());
    const tables = (layout.styles.border ?? []).map((r) => parseA1Range(r) as NonNullable<ReturnType<typeof parseA1Range>>);
    expect(tables.length).toBeGreaterThan(3);
    const edges = new Set(tables.flatMap((t) => [t.row, t.row + t.numRows]));
    const parts = layout.parts as number[];
    for (const t of tables) expect(parts).toContain(t.row);
    for (const row of parts) expect(edges).toContain(row);
    // In order, each once: the writer cuts the tab at each row.
    expect(parts).toEqual([...new Set(parts)].sort((x, y) => x - y));
  });
});
