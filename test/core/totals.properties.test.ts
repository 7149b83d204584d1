// Properties of every total the principal signs, over random rosters (the generators of
// properties.test.ts) with a random Lớp tab and HSKT column:
// - the TC row is the sum of the khối rows, in every column, at every review point;
// - a khối with students none of whom is rated at a point is left out of that point (rows and TC) and named;
// - each area count ≤ TSHS cần hỗ trợ ≤ THHS (unless Kiểm tra says a class has more rows than its Sĩ số);
// - HSKT ≤ TSHS cần hỗ trợ; a student needing support needs it in at least one area;
// - THHS is the Sĩ số sum (plus the rows of roster classes missing from Lớp) when every listed class of
//   the khối has one, else the roster rows;
// - the printed share is count / THHS, rounded half up to the two decimals printed;
// - the printed tables, the chart block and the JSON say the same numbers as the totals.

import fc from 'fast-check';
import { summaryLayout, type LayoutCell } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import { buildReport } from '../../src/core/report';
import type { Counts } from '../../src/core/rules/totals';
import { formatPercent } from '../../src/core/text';
import { reviewPointInfo } from '../../src/core/vocab';
import { AREAS4, run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';
import { oracle, render, renderingArb, studentArb, type GenStudent, type Rendering } from '../helpers/roster-arbitraries';

/** Sĩ số per class of the Lớp tab: a number, blank, or the class left out of the tab. */
const classSizeArb = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(''), fc.constant(undefined));
const classListArb = fc.dictionary(
  fc.constantFrom(...[1, 2, 3, 4, 5].flatMap((g) => ['A', 'B', 'C'].map((l) => `${g}${l}`))), classSizeArb, { maxKeys: 15 });
const withLớpArb = fc.boolean();

/** The roster with an HSKT column after the generated ones. */
function withDisability(grid: SheetGrid, rendering: Rendering, ticks: boolean[]): SheetGrid {
  const headerRow = rendering.titleRows;
  const dataStart = headerRow + (rendering.style === 'two-row' ? 2 : 1);
  const values = grid.values.map((row, r) => [...row,
    r === headerRow ? 'HSKT' : r < dataStart ? '' : ticks[r - dataStart] ? 'x' : '']);
  return { ...grid, values };
}

/** count / THHS in hundredths of a percent, rounded half up, worked in whole numbers. */
function expectedShare(count: number, whole: number): string {
  if (whole <= 0) return '';
  const hundredths = Math.floor((count * 20000 + whole) / (whole * 2));
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}%`;
}

function printedRow(label: string, c: Counts, areas: string[]): LayoutCell[] {
  return [label, c.students, c.needSupport, ...areas.map((a) => c.byArea[a]), c.disability, expectedShare(c.needSupport, c.students)];
}

describe('totals, over random rosters', () => {
  it('TC = Σ khối; area ≤ TSHS cần hỗ trợ ≤ THHS; THHS from Sĩ số or rows; the printed shares and tables agree', () => {
    fc.assert(fc.property(
      fc.array(studentArb, { minLength: 1, maxLength: 30 }), renderingArb, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      classListArb, withLớpArb,
      (students: GenStudent[], rendering, ticks, sizes, withLớp) => {
        const grid = withDisability(render(students, rendering), rendering, ticks);
        const classes = Object.entries(sizes).filter(([, size]) => size !== undefined)
          .map(([name, size]) => [name, Number(name[0]), 'GV', size as number | string]);
        const sheets: SheetGrid[] = [grid];
        if (withLớp) sheets.push({ name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ...classes] });
        const a = run(sheets);
        const listed = withLớp ? classes : [];
        const overSize = new Set(a.problems.filter((p) => p.code === 'CLASS_OVER_SIZE').map((p) => Number(p.className?.[0])));
        const expected = oracle(students);
        expect(a.reviewPoints).toEqual(Object.keys(expected));

        for (const point of a.reviewPoints) {
          const t = a.totals[point]!;
          // THHS per khối: the Sĩ số sum, plus the rows of roster classes missing from Lớp and of listed classes
          // whose Sĩ số is blank (named in rowClasses), when a listed class has one; else the roster rows.
          // A khối whose students are all unrated at the point is no "0 need" row: it is left out (and of TC), and named.
          const rated = (grade: number) => students.some((s) => s.grade === grade && s.ratings[point as 'DN'].some((n) => n !== 'blank'));
          const withRows = [...new Set(students.map((s) => s.grade))];
          const grades = [...new Set([...withRows.filter(rated), ...listed.map((c) => c[1] as number).filter((g) => !withRows.includes(g))])].sort((x, y) => x - y);
          expect(t.byGrade.map((g) => g.grade)).toEqual(grades);
          const unrated = withRows.filter((g) => !rated(g)).sort((x, y) => x - y);
          expect([...(t.unrated ?? [])].sort((x, y) => x - y)).toEqual(unrated);
          for (const g of t.byGrade) {
            const own = listed.filter((c) => c[1] === g.grade);
            const sized = own.filter((c) => c[3] !== '');
            const blank = own.filter((c) => c[3] === '');
            const rows = students.filter((s) => s.grade === g.grade);
            const rowsOf = (name: string) => rows.filter((s) => `${s.grade}${s.letter}` === name).length;
            const unlisted = rows.filter((s) => !own.some((c) => c[0] === `${s.grade}${s.letter}`)).length;
            const fromBlank = blank.reduce((n, c) => n + rowsOf(c[0] as string), 0);
            expect([g.students, g.studentsSource, g.rowClasses]).toEqual(sized.length > 0
              ? [sized.reduce((n, c) => n + (c[3] as number), unlisted + fromBlank), 'classList', blank.length > 0 ? blank.map((c) => c[0]) : undefined]
              : [rows.length, 'roster', undefined]);
            const truth = expected[point][g.grade] ?? { need: 0, byArea: [0, 0, 0, 0] };
            expect([g.needSupport, AREAS4.map((x) => g.byArea[x])]).toEqual([truth.need, truth.byArea]);
            // each area ≤ TSHS cần hỗ trợ ≤ THHS; HSKT ≤ TSHS; a need is in some area
            for (const area of AREAS4) expect(g.byArea[area]).toBeLessThanOrEqual(g.needSupport);
            if (!overSize.has(g.grade)) expect(g.needSupport).toBeLessThanOrEqual(g.students);
            expect(g.disability).toBeLessThanOrEqual(g.needSupport);
            expect(g.needSupport).toBeLessThanOrEqual(AREAS4.reduce((n, x) => n + g.byArea[x], 0));
            const disabled = students.filter((s, i) => s.grade === g.grade && ticks[i] && s.ratings[point as 'DN'].includes('need')).length;
            expect(g.disability).toBe(disabled);
          }
          // TC is the sum of the rows, column by column
          const sum = (f: (c: Counts) => number) => t.byGrade.reduce((n, g) => n + f(g), 0);
          expect(t.total).toEqual({
            students: sum((c) => c.students), needSupport: sum((c) => c.needSupport), disability: sum((c) => c.disability),
            byArea: Object.fromEntries(AREAS4.map((x) => [x, sum((c) => c.byArea[x])])),
          });
        }

        // Each blank Sĩ số is a warning at its cell (PRODUCT 3.2: never a silent fallback).
        const blankNames = listed.filter((c) => c[3] === '').map((c) => c[0] as string).sort();
        expect(a.problems.filter((p) => p.code === 'CLASS_LIST_SIZE_MISSING').map((p) => `${p.className}@${p.cell}`).sort())
          .toEqual(blankNames.map((n) => `${n}@D${listed.findIndex((c) => c[0] === n) + 2}`).sort());

        // The printed report says the same, with the share rounded to the printed precision.
        const layout = summaryLayout(a);
        const lines = layout.rows.map((r) => r.slice(0, 9));
        if (a.reviewPoints.length === 0) {
          // Nobody rated anywhere (every cell blank): no grade table is printed, and no point is named.
          expect(lines.some((r) => String(r[0]).startsWith('1. Số học sinh cần hỗ trợ theo khối'))).toBe(false);
          expect(buildReport(a).totals).toEqual({});
          return;
        }
        const latest = a.reviewPoints[a.reviewPoints.length - 1];
        const first = lines.findIndex((r) => r[0] === `1. Số học sinh cần hỗ trợ theo khối - ${reviewPointInfo(latest).label}`) + 3;
        const t = a.totals[latest]!;
        expect(lines.slice(first, first + t.byGrade.length + 1)).toEqual([
          ...t.byGrade.map((g) => printedRow(String(g.grade), g, AREAS4)), printedRow('TC', t.total, AREAS4)]);
        // a khối left out is named in the note under the table
        if (t.unrated) expect(layout.rows.some((r) => String(r[0]).includes(`Khối ${t.unrated!.join(', ')} chưa có học sinh nào được đánh giá ở mốc ${reviewPointInfo(latest).label}, nên chưa có trong bảng và trong dòng TC`))).toBe(true);
        const trend = lines.findIndex((r) => r[0] === '2. Diễn biến qua các mốc đánh giá') + 3;
        expect(lines.slice(trend, trend + a.reviewPoints.length)).toEqual(
          a.reviewPoints.map((p) => printedRow(reviewPointInfo(p).label, a.totals[p]!.total, AREAS4)));
        // the chart block: needs per khối and review point
        // (every khối of any point; a khối not rated at a point is blank there)
        const chartGrades = [...new Set(a.reviewPoints.flatMap((p) => a.totals[p]!.byGrade.map((g) => g.grade)))].sort((x, y) => x - y);
        const block = layout.rows.slice(1, 1 + chartGrades.length).map((r) => r.slice(10));
        expect(block).toEqual(chartGrades.map((grade) => [`Khối ${grade}`, ...a.reviewPoints.map((p) => a.totals[p]!.byGrade.find((x) => x.grade === grade)?.needSupport ?? null)]));
        // the JSON
        const report = buildReport(a);
        for (const p of a.reviewPoints) {
          const unratedGrades = a.totals[p]!.unrated;
          expect(report.totals[p]).toEqual({ byGrade: a.totals[p]!.byGrade.map((g) => ({ ...g })), total: a.totals[p]!.total, ...(unratedGrades ? { unratedGrades } : {}) });
        }
      }), { numRuns: propertyRuns(120) });
  });

  it('the share is rounded half up at the printed precision, worked exactly (57/800 = 7,125% prints 7,13%)', () => {
    expect([formatPercent(57, 800), formatPercent(1, 3), formatPercent(2, 3), formatPercent(1, 8), formatPercent(0, 5), formatPercent(5, 5), formatPercent(3, 0)])
      .toEqual(['7,13%', '33,33%', '66,67%', '12,50%', '0,00%', '100,00%', '']);
    fc.assert(fc.property(fc.integer({ min: 1, max: 100000 }), fc.nat(), (whole, n) => {
      const count = n % (whole + 1);
      expect(formatPercent(count, whole)).toBe(expectedShare(count, whole));
    }), { numRuns: propertyRuns(2000) });
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GKI - Toán'], ...Array.from({ length: 57 }, (_, i) => [`Em ${i}`, '1A', 'C'])] },
      { name: 'Lớp', values: [['Lớp', 'Sĩ số'], ['1A', 800]] }]);
    expect(summaryLayout(a).rows.find((r) => r[0] === 'TC')).toEqual(['TC', 800, 57, 57, 0, '7,13%']);
  });
});
