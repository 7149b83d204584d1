// Đỡ đầu's annex and follow rows for a roster without Hoàn cảnh columns (PRODUCT 3.8): a row with
// an error is not counted, so it is neither in the annex nor followed; the empty Hoàn cảnh and Sự
// rèn luyện cells stay empty; a rated student with no need says so at its latest point.
import { mentorsRows } from '../../src/core/layout/mentors';
import type { LayoutCell } from '../../src/core/layout';
import type { Analysis } from '../../src/core/analyse';
import { classGrid, codes, rosterGrid, run } from '../helpers/grid';

const text = (rows: LayoutCell[][]) => rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c)));

describe('Đỡ đầu of four mentored students, two of them on rows with an error', () => {
  let analysis: Analysis;
  beforeEach(() => {
    const ok = { Toán: 'H', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'Đ' };
    analysis = run([rosterGrid([
      { name: 'Nguyễn Văn An', className: '1A', supporter: 'Cô Lan', ratings: { GKI: ok } },
      { name: 'Lê Thị Bình', className: '1A', supporter: 'Cô Lan', ratings: { GKI: { ...ok, Toán: 'C' } } },
      { name: 'Trần Văn Chi', className: '', supporter: 'Cô Lan', ratings: { GKI: { ...ok, Toán: 'C' } } },
      { name: 'Phạm Văn Dũng', className: '1A', supporter: 'Cô Lan', ratings: { GKI: { ...ok, Toán: 'Z' } } },
    ], { points: ['GKI'] }), classGrid([['1A', 1, 'Cô Lan', 20]])], '2025-11-26');
  });

  it('the annex lists the two counted students, Hoàn cảnh and Sự rèn luyện left empty', () => {
    expect(codes(analysis)).toEqual(['CLASS_MISSING@D5', 'RATING_INVALID@G6']);
    const rows = mentorsRows(analysis).rows;
    const header = rows.findIndex((r) => r[0] === 'TT');
    expect(text(rows.slice(header + 1, header + 3))).toEqual([
      [1, 'Nguyễn Văn An', '1A', '', '', '1. Cô Lan'],
      [2, 'Lê Thị Bình', '1A', '', '', '1. Cô Lan'],
    ]);
    expect(rows[header + 3]).toEqual([]);
  });

  it('the mentor follows the two, one without any need at Giữa học kì I', () => {
    const rows = mentorsRows(analysis).rows;
    const heading = rows.findIndex((r) => r[1] === 'GV Cô Lan: 2 em');
    expect(heading).toBeGreaterThan(0);
    expect(text(rows.slice(heading + 2, heading + 4))).toEqual([
      // Tình trạng and Cảnh báo apart (on purpose: one column before), no signal here.
      [null, 'Nguyễn Văn An', '1A', 'GHKI: không cần hỗ trợ', '', ''],
      [null, 'Lê Thị Bình', '1A', 'GHKI: Toán', 'Cần hỗ trợ mới', ''],
    ]);
    expect(rows.length).toBe(heading + 4);
  });
});
