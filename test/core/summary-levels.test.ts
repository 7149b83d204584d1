// Tổng hợp's sections in a THCS and in a school of two levels (PRODUCT 2.3, 3.4): the title's words
// follow the school's levels, one table per level headed with its label, and the chart block's khối.
import { summaryRows, type LayoutCell } from '../../src/core/layout';
import { classGrid, rosterGrid, run } from '../helpers/grid';

const text = (c: LayoutCell) => (c && typeof c === 'object' ? c.text : c ?? '');
const column = (rows: LayoutCell[][], c: number) => rows.map((r) => String(text(r[c] ?? null)));

/** A THCS: khối 6 and 7 rated at Cả năm (Toán, Học tập). */
const thcs = () => run([
  rosterGrid([
    { name: 'Nguyễn Văn An', className: '7A', ratings: { CN: { Toán: '4,0', 'Học tập': 'Chưa đạt' } } },
    { name: 'Lê Thị Bình', className: '6A', ratings: { CN: { Toán: 6, 'Học tập': 'Chưa đạt' } } },
    { name: 'Trần Minh Chi', className: '6A', ratings: { CN: { Toán: 8, 'Học tập': 'Đạt' } } },
  ], { points: ['CN'], areas: ['Toán', 'Học tập'], style: 'one-row', combined: (_p, a) => `Cả năm - ${a}` }),
  classGrid([['6A', 6, 'Cô Lan', 20], ['7A', 7, 'Cô Mai', 18]]),
], '2026-06-10');

describe('Tổng hợp of a THCS', () => {
  it('the title names môn học, kết quả học tập và rèn luyện, without năng lực, phẩm chất', () => {
    const rows = summaryRows(thcs()).rows;
    expect(column(rows, 0)).toContain('Tổng hợp học sinh cần hỗ trợ về môn học, kết quả học tập và rèn luyện - năm học 2025-2026');
  });

  it('the section of one level has no level heading, and the chart block lists khối 6 before khối 7', () => {
    const layout = summaryRows(thcs());
    const firsts = column(layout.rows, 0);
    expect(firsts.filter((t) => /^\d+\. /.test(t))[0]).toBe('1. Số học sinh cần hỗ trợ theo khối - Cả năm');
    const block = layout.rows.map((r) => r.map(text)).filter((r) => r.some((c) => /^Khối \d$/.test(String(c))));
    const labels = block.map((r) => r.find((c) => /^Khối \d$/.test(String(c))));
    expect(labels).toEqual(['Khối 6', 'Khối 7']);
  });
});

/** A school of two levels: 1A and 2A (Tiểu học), 6A (THCS), both rated at the year's end. */
const twoLevels = () => run([
  rosterGrid([
    { name: 'Nguyễn Văn An', className: '1A', supporter: 'Cô Lan', ratings: { CN: { Toán: 'C', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'Đ' } } },
    { name: 'Đỗ Văn Dũng', className: '2A', supporter: 'Cô Hoa', ratings: { CN: { Toán: 'H', 'Tiếng Việt': 'C', 'Năng lực': 'Đ', 'Phẩm chất': 'Đ' } } },
    { name: 'Lê Thị Bình', className: '6A', supporter: 'Cô Mai', ratings: { CN: { Toán: 4, 'Ngữ văn': 7, 'Học tập': 'Chưa đạt' } } },
  ], { points: ['CN'], areas: ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Ngữ văn', 'Học tập'], style: 'one-row', combined: (_p, a) => `Cả năm - ${a}` }),
  classGrid([['1A', 1, 'Cô Lan', 20], ['2A', 2, 'Cô Hoa', 15], ['6A', 6, 'Cô Mai', 18]]),
], '2026-06-10');

describe('Tổng hợp of a school of two levels', () => {
  it('the title names both levels\' words', () => {
    expect(column(summaryRows(twoLevels()).rows, 0))
      .toContain('Tổng hợp học sinh cần hỗ trợ về môn học, năng lực, phẩm chất, kết quả học tập và rèn luyện - năm học 2025-2026');
  });

  it('each level has its own sections, headed with its label and khối, at its own newest point', () => {
    const headings = column(summaryRows(twoLevels()).rows, 0).filter((t) => /^\d+\. /.test(t));
    expect(headings.slice(0, 6)).toEqual([
      '1. Tiểu học (khối 1, 2): số học sinh cần hỗ trợ theo khối - Cuối năm',
      '2. Trung học cơ sở (khối 6): số học sinh cần hỗ trợ theo khối - Cả năm',
      '3. Diễn biến qua các mốc đánh giá - Tiểu học (khối 1, 2)',
      '4. Diễn biến qua các mốc đánh giá - Trung học cơ sở (khối 6)',
      '5. Tiến bộ tại mốc Cuối năm - Tiểu học',
      '6. Tiến bộ tại mốc Cả năm - Trung học cơ sở',
    ]);
  });

  it('each level\'s table has its own area columns, the report as wide as the widest', () => {
    const rows = summaryRows(twoLevels()).rows.map((r) => r.map(text));
    const areaRows = rows.filter((r) => r[3] === 'Toán').map((r) => r.slice(3, 8));
    expect(areaRows[0]).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', '']);
    expect(areaRows[1]).toEqual(['Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện']);
  });
});
