// Đỡ đầu's rows (the annex and the follow-up beside it) for a roster without Hoàn cảnh columns
// (PRODUCT 3.8): a row with an error is not counted, so it is neither in the annex nor followed; the empty Hoàn cảnh and Sự
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

  it('the table lists the two counted students under their mentor, Hoàn cảnh and Sự rèn luyện left empty', () => {
    expect(codes(analysis)).toEqual(['CLASS_MISSING@D5', 'RATING_INVALID@G6']);
    const rows = mentorsRows(analysis).rows;
    const header = rows.findIndex((r) => r[0] === 'TT');
    expect(text(rows.slice(header + 1, header + 4)).map((r) => r.slice(0, 6))).toEqual([
      ['GV Cô Lan: 2 em', null, null, null, null, null],
      [1, 'Nguyễn Văn An', '1A', '', '', '1. Cô Lan'],
      [2, 'Lê Thị Bình', '1A', '', '', '1. Cô Lan'],
    ]);
    expect(rows[header + 4]).toEqual([]);
  });

  it('beside each, the needs at Giữa học kì I and the state, one without any need (issue 20: in a follow table below the annex before, on purpose)', () => {
    const rows = mentorsRows(analysis).rows;
    const header = rows.findIndex((r) => r[0] === 'TT');
    expect(rows.slice(header + 2, header + 4).map((r) => r[6])).toEqual(['GHKI: không cần hỗ trợ', 'GHKI: Toán — Cần hỗ trợ mới']);
    expect(rows.filter((r) => r[1] === 'Nguyễn Văn An')).toHaveLength(1);
  });
});
