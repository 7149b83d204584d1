// Tổng hợp of a school of two levels rated at different points (PRODUCT 2.3, 3.4): a level rated at
// no point yet has no section; a level's earlier points are headed with its label; the chart block
// beside the report lists its khối in order whatever point first rates them.
import { summaryRows, type LayoutCell } from '../../src/core/layout';
import type { Analysis } from '../../src/core/analyse';
import { classGrid, rosterGrid, run } from '../helpers/grid';

const text = (c: LayoutCell) => (c && typeof c === 'object' ? c.text : c ?? '');
const firsts = (rows: LayoutCell[][]) => rows.map((r) => String(text(r[0] ?? null)));
const AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Ngữ văn'];

describe('a THCS rated at Giữa học kì I and Cuối học kì I, a primary khối at Cuối học kì I only', () => {
  let analysis: Analysis;
  beforeEach(() => {
    // An (1A) needs Toán at CKI; Bình (6A) needs Toán at GKI, Toán and Ngữ văn at CKI.
    analysis = run([
      rosterGrid([
        { name: 'Nguyễn Văn An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'Đ' } } },
        { name: 'Lê Thị Bình', className: '6A', supporter: 'Cô Mai', ratings: { GKI: { Toán: 4, 'Ngữ văn': 7 }, CKI: { Toán: 4, 'Ngữ văn': 3 } } },
      ], { points: ['GKI', 'CKI'], areas: AREAS, style: 'one-row' }),
      classGrid([['1A', 1, 'Cô Lan', 20], ['6A', 6, 'Cô Mai', 18]]),
    ], '2026-01-20');
  });

  it('the chart block lists khối 1 before khối 6, blank where a khối has no rating at the point', () => {
    const layout = summaryRows(analysis);
    expect(layout.rows.slice(0, 3).map((r) => r.slice(11).map(text))).toEqual([
      ['Khối', 'Giữa học kì I', 'Cuối học kì I'],
      ['Khối 1', '', 1],
      ['Khối 6', 1, 1],
    ]);
    expect(layout.chart?.range).toBe('L1:N3');
  });

  it('the earlier point is headed with its level, and only the THCS has one', () => {
    const rows = firsts(summaryRows(analysis).rows);
    const at = rows.indexOf('9. Số liệu theo khối ở các mốc trước');
    expect(at).toBeGreaterThan(0);
    expect(rows[at + 1]).toBe('Giữa học kì I - Trung học cơ sở (khối 6)');
    expect(rows.slice(at + 4, at + 7)).toEqual(['6', 'TC', 'Nguồn: trang Danh sách.']);
    expect(rows.filter((t) => / - Tiểu học \(khối 1\)$/.test(t))).toEqual(['3. Diễn biến qua các mốc đánh giá - Tiểu học (khối 1)']);
  });
});

describe('a school of two levels whose THCS is not rated yet', () => {
  let analysis: Analysis;
  beforeEach(() => {
    analysis = run([
      rosterGrid([
        { name: 'Nguyễn Văn An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'Đ' } } },
        { name: 'Lê Thị Bình', className: '6A' },
      ], { points: ['CKI'], areas: AREAS, style: 'one-row' }),
      classGrid([['1A', 1, 'Cô Lan', 20], ['6A', 6, 'Cô Mai', 18]]),
    ], '2026-01-20');
  });

  it('has sections for the primary khối only, each headed with its level', () => {
    expect(analysis.levels.map((l) => [l.level, l.reviewPoints.length])).toEqual([['TH', 1], ['THCS', 0]]);
    expect(firsts(summaryRows(analysis).rows).filter((t) => /^\d+\. /.test(t))).toEqual([
      '1. Tiểu học (khối 1): số học sinh cần hỗ trợ theo khối - Cuối học kì I',
      '2. Diễn biến qua các mốc đánh giá - Tiểu học (khối 1)',
      '3. Tiến bộ tại mốc Cuối học kì I - Tiểu học',
      '4. Biện pháp đã thực hiện',
      '5. Biện pháp tiếp tục',
    ]);
  });
});
