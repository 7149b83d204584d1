// Table header cells written apart (src/core/layout/plan.ts, issue 20): a table column that holds
// nothing below its header rows is not written at all; its header cells, the first and each page's
// repeat, go in one RangeList a text. Every cell holding something is still written exactly once,
// and the calls do not depend on the number of rows or pages (PRODUCT 5).
import fc from 'fast-check';
import { Builder, type LayoutCell, type TabLayout } from '../../src/core/layout/builder';
import { paginate } from '../../src/core/layout/pages';
import { estimateWriteSeconds, isLink, writePlan, type WritePlan } from '../../src/core/layout/plan';
import { a1, parseA1Range } from '../../src/core/text';
import { summaryLayout } from '../../src/core/layout';
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';
import { coverage } from '../helpers/write-coverage';

const link = (text: string): LayoutCell => ({ text, sheet: 'Danh sách', cell: text });

/** An annex like Đỡ đầu's: a title, then a table of `n` students whose columns C and D hold nothing below the header. */
function annex(n: number): TabLayout {
  const b = new Builder(5, true);
  b.span(b.add(), 1, 5, 'DANH SÁCH', 'title');
  const header = b.add(['TT', 'Họ và tên', 'Hoàn cảnh', 'Sự rèn luyện', 'GV']);
  for (let i = 0; i < n; i++) b.add([i + 1, `Em ${i}`, '', null, 'Cô Lan']);
  b.table(header, header + n);
  return b.build('mentors', [40, 165, 245, 212, 212], 0, true);
}

describe('header rows', () => {
  it('a built layout names its tables\' header rows; the page plan adds each repeat where it went', () => {
    const small = annex(3);
    expect(small.headerRows).toEqual([2]);
    const paged = paginate(annex(400), { spacers: false });
    const repeats = paged.rows.map((row, i) => (row[1] === 'Họ và tên' ? i + 1 : 0)).filter((r) => r > 0);
    expect(repeats.length).toBeGreaterThan(3);
    expect(paged.headerRows).toEqual(repeats);
  });
});

describe('a table column that holds nothing below its header', () => {
  it('is not written; its header cells, first and repeated, are one list a text', () => {
    const layout = paginate(annex(400), { spacers: false });
    const plan = writePlan(layout);
    const heads = layout.headerRows as number[];
    expect(plan.lists).toEqual([
      { value: "'Hoàn cảnh", ranges: heads.map((r) => a1(r, 3)) },
      { value: "'Sự rèn luyện", ranges: heads.map((r) => a1(r, 4)) },
    ]);
    for (const b of plan.values) expect(b.column > 4 || b.column + b.values[0].length - 1 < 3).toBe(true);
    // The other columns: A..B together and E, each over the whole tab (title, table and repeats).
    expect(plan.values.map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([
      [1, 1, layout.rows.length, 2], [1, 5, layout.rows.length, 1],
    ]);
  });

  it('is written with its table once it holds something below the header', () => {
    const layout = annex(30);
    layout.rows[10][2] = 'Mồ côi';
    const plan = writePlan(layout);
    expect(plan.lists.map((l) => l.value)).toEqual(["'Sự rèn luyện"]);
    // Hoàn cảnh now joins A..B over the title and the whole table, its empty cells too.
    expect(plan.values.map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([[1, 1, 32, 3], [1, 5, 32, 1]]);
  });

  it('the calls are the same for every length of the table and every number of pages (PRODUCT 5)', () => {
    const calls = (n: number, spacers: boolean) => {
      const plan = writePlan(paginate(annex(n), { spacers }));
      return [plan.values.length, plan.lists.length, plan.links.length];
    };
    const first = calls(5, false);
    for (const n of [6, 40, 200, 1500]) for (const spacers of [false, true]) expect(calls(n, spacers)).toEqual(first);
  });

  it('the write estimate counts the cells written apart, not the empty column under them', () => {
    const layout = paginate(annex(2000), { spacers: false });
    const whole = { ...layout, rows: layout.rows.map((row, i) => (i > 1 && row[2] === '' ? [row[0], row[1], 'x', 'y', row[4]] : row)) };
    // 2,000 students: two more columns written over the table are 4,000 cells of 0.3 ms.
    expect(estimateWriteSeconds([whole]) - estimateWriteSeconds([layout])).toBeGreaterThanOrEqual(1);
  });
});

describe('Tổng hợp: each table a part of its own', () => {
  const school = () => run([
    rosterGrid([
      { name: 'Nguyễn Văn An', className: '7A', ratings: { CN: { Toán: '4,0', 'Học tập': 'Chưa đạt' } } },
      { name: 'Lê Thị Bình', className: '6A', ratings: { CN: { Toán: 6, 'Học tập': 'Chưa đạt' } } },
    ], { points: ['CN'], areas: ['Toán', 'Học tập'], style: 'one-row', combined: (_p, a) => `Cả năm - ${a}` }),
    classGrid([['6A', 6, 'Cô Lan', 20], ['7A', 7, 'Cô Mai', 18]]),
  ], '2026-06-10');

  it('a part starts at each table\'s header and under its last row, so the notes between tables are not written across the table columns', () => {
    const layout = summaryLayout(school());
    const parts = layout.parts as number[];
    const borders = (layout.styles.border ?? []).map((r) => parseA1Range(r) as NonNullable<ReturnType<typeof parseA1Range>>);
    expect(borders.length).toBeGreaterThan(1);
    for (const b of borders) expect(parts).toContain(b.row);
    const plan = writePlan(layout);
    // No rectangle reaches from one table into the next.
    for (const v of plan.values) {
      const inside = borders.filter((b) => v.row <= b.row + b.numRows - 1 && v.row + v.values.length - 1 >= b.row);
      expect(inside.length).toBeLessThanOrEqual(1);
    }
    // Without the parts, one rectangle sends more cells.
    const cells = (p: WritePlan) => p.values.reduce((n, b) => n + b.values.length * b.values[0].length, 0);
    expect(cells(plan)).toBeLessThan(cells(writePlan({ ...layout, parts: [] })));
  });
});

describe('every cell holding something is written once, and no column empty below its header', () => {
  const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.constantFrom('a', 'b', '=x'), fc.integer({ min: 0, max: 9 }),
    fc.constantFrom('A1', 'B2').map(link));
  const shape = fc.record({
    width: fc.integer({ min: 1, max: 5 }),
    rows: fc.array(fc.array(cell, { maxLength: 5 }), { minLength: 1, maxLength: 24 }),
    table: fc.record({ top: fc.nat(23), height: fc.nat(23), from: fc.nat(4), span: fc.nat(4) }),
    heads: fc.array(fc.nat(23), { maxLength: 6 }),
    parts: fc.array(fc.integer({ min: 1, max: 24 }), { maxLength: 2 }),
  });

  it('whatever the rows, the table, its header rows and the parts', () => {
    fc.assert(fc.property(shape, ({ width, rows, table, heads, parts }) => {
      const top = Math.min(table.top, rows.length - 1);
      const bottom = Math.min(top + table.height, rows.length - 1);
      const from = Math.min(table.from, width - 1);
      const to = Math.min(from + table.span, width - 1);
      const headerRows = [...new Set(heads.map((r) => top + (r % (bottom - top + 1))))].sort((x, y) => x - y).map((r) => r + 1);
      const layout: TabLayout = {
        key: 'mentors', name: 'Đỡ đầu', rows: rows.map((r) => r.slice(0, width)), width, columnWidths: new Array(width).fill(100),
        frozenRows: 0, merges: [], styles: { border: [`${a1(top + 1, from + 1)}:${a1(bottom + 1, to + 1)}`] }, printable: true,
        sections: [], headerRows, parts,
      };
      const plan = writePlan(layout);
      const seen = coverage(plan);
      layout.rows.forEach((row, r) => row.forEach((value, c) => {
        if (value === null || value === '') return;
        expect(seen.has(`${r + 1},${c + 1}`)).toBe(true);
        if (isLink(value)) expect(seen.get(`${r + 1},${c + 1}`)).toBe('l');
      }));
      // A list writes a cell's own value, and never an empty cell.
      for (const list of plan.lists) {
        for (const range of list.ranges) {
          const r = parseA1Range(range) as NonNullable<ReturnType<typeof parseA1Range>>;
          const value = layout.rows[r.row - 1][r.column - 1];
          expect(value === null || value === '' || isLink(value) ? undefined : typeof value === 'number' ? value : "'" + value).toBe(list.value);
        }
      }
      // A table column holding nothing below its header rows, and nothing outside the table either, is never written by setValues.
      const filled = (v: LayoutCell | undefined) => v !== null && v !== undefined && v !== '';
      for (let c = from; c <= to; c++) {
        const body = layout.rows.some((row, r) => r >= top && r <= bottom && !headerRows.includes(r + 1) && filled(row[c]));
        const outside = layout.rows.some((row, r) => (r < top || r > bottom) && filled(row[c]));
        if (body || outside || layout.rows.some((row) => isLink(row[c]))) continue;
        for (let r = 0; r < layout.rows.length; r++) expect(seen.get(`${r + 1},${c + 1}`)).not.toBe('v');
      }
    }), { numRuns: propertyRuns(300) });
  });
});
