// Issue 17, the header tree as a property: for any header of review points over areas over their
// parts (one to four rows: one row of combined labels "GKI - Tiếng Việt (Đọc)", or a review-point
// row over an area row over a part row, with or without a level row above; point, area and level
// labels merged across their columns or written once beside blank cells, as a lost merge or a
// school that never merges reads), every rated cell is counted in exactly its area (a need in any
// part is one need in its area, once), or, under a part label nobody knows, named at that header cell.

import fc from 'fast-check';
import type { MergedRange, SheetGrid } from '../../src/core/model';
import { parseClassList } from '../../src/core/read/classes';
import { parseRoster } from '../../src/core/read/roster';
import { a1 } from '../../src/core/text';
import { propertyRuns } from '../helpers/property-runs';

const AREAS: Array<{ label: string; area: string; subject: boolean; parts: string[] }> = [
  { label: 'Toán', area: 'Toán', subject: true, parts: [] },
  { label: 'Tiếng Việt', area: 'Tiếng Việt', subject: true, parts: ['Đọc', 'Viết', 'Nói và nghe'] },
  { label: 'Năng lực chung', area: 'Năng lực', subject: false, parts: ['Tự chủ và tự học', 'Giao tiếp và hợp tác', 'GQVĐ và sáng tạo'] },
  { label: 'Phẩm chất chủ yếu', area: 'Phẩm chất', subject: false, parts: ['Yêu nước', 'Nhân ái', 'Chăm chỉ', 'Trung thực', 'Trách nhiệm'] },
  // Parts that are also subjects' names (Khoa học, Công nghệ, Tin học): under Năng lực they are its parts.
  { label: 'Năng lực đặc thù', area: 'Năng lực', subject: false, parts: ['Ngôn ngữ', 'Tính toán', 'Khoa học', 'Công nghệ', 'Tin học', 'Thẩm mĩ', 'Thể chất'] },
  { label: 'Tin học', area: 'Tin học', subject: true, parts: [] },
  { label: 'Khoa học', area: 'Khoa học', subject: true, parts: [] },
];
const POINTS = [['Đầu năm', 'DN'], ['Giữa học kì I', 'GKI'], ['Cuối HKI', 'CKI'], ['Giữa kì II', 'GKII']] as const;
const UNKNOWN = 'Phần chưa biết';

interface Block { point: number; areas: Array<{ area: number; parts: string[] }> }

const blockArb = fc.record({
  point: fc.nat(POINTS.length - 1),
  areas: fc.uniqueArray(fc.nat(AREAS.length - 1), { minLength: 1, maxLength: 4, selector: (i) => AREAS[i].area }).chain((areas) => fc.tuple(...areas.map((area) =>
    fc.subarray([...AREAS[area].parts, ...(AREAS[area].parts.length ? [UNKNOWN] : [])]).map((parts) => ({ area, parts }))))),
});
const headerArb = fc.record({
  blocks: fc.uniqueArray(blockArb, { minLength: 1, maxLength: 3, selector: (b) => b.point }),
  /** A "Kết quả đánh giá" row over the review points. */
  top: fc.boolean(),
  /** Review-point labels merged across their block, or only in its first cell (a lost merge). */
  mergePoints: fc.boolean(),
  /** Area labels merged across their parts (and down over a part row), or only in their first cell. */
  mergeAreas: fc.boolean(),
  /** One header row of combined labels ("GKI - Tiếng Việt (Đọc)") instead of rows of groups. */
  oneRow: fc.boolean(),
  seed: fc.array(fc.nat(3), { minLength: 200, maxLength: 200 }),
  students: fc.integer({ min: 1, max: 4 }),
});

interface Column { point: string; area: string; part?: string; subject: boolean }

/** The grid of a generated header: A–B fields merged down, then the blocks; the header's rows and merges. */
function build(spec: { blocks: Block[]; top: boolean; mergePoints: boolean; mergeAreas: boolean; oneRow: boolean; seed: number[]; students: number }) {
  if (spec.oneRow) return buildOneRow(spec);
  const hasParts = spec.blocks.some((b) => b.areas.some((a) => a.parts.length > 0));
  const rows = [...(spec.top ? ['top'] : []), 'point', 'area', ...(hasParts ? ['part'] : [])];
  const header: unknown[][] = rows.map((_, i) => (i === 0 ? ['Họ và tên', 'Lớp'] : ['', '']));
  const merges: MergedRange[] = [{ row: 1, column: 1, numRows: rows.length, numColumns: 1 }, { row: 1, column: 2, numRows: rows.length, numColumns: 1 }];
  const columns: Column[] = [];
  const at = (kind: string) => rows.indexOf(kind);
  for (const block of spec.blocks) {
    const start = header[0].length;
    for (const { area, parts } of block.areas) {
      const first = header[0].length;
      const cells = parts.length ? parts : [undefined];
      cells.forEach((part, i) => {
        header.forEach((row) => row.push(''));
        if (i === 0) header[at('area')][first] = AREAS[area].label;
        if (part) header[at('part')][first + i] = part;
        columns.push({ point: POINTS[block.point][1], area: AREAS[area].area, part, subject: AREAS[area].subject });
      });
      if (cells.length > 1 && spec.mergeAreas) merges.push({ row: at('area') + 1, column: first + 1, numRows: 1, numColumns: cells.length });
      else if (hasParts && parts.length === 0 && spec.mergeAreas) merges.push({ row: at('area') + 1, column: first + 1, numRows: 2, numColumns: 1 });
    }
    header[at('point')][start] = POINTS[block.point][0];
    const width = header[0].length - start;
    if (spec.mergePoints && width > 1) merges.push({ row: at('point') + 1, column: start + 1, numRows: 1, numColumns: width });
  }
  if (spec.top) {
    header[0][2] = 'Kết quả đánh giá';
    if (header[0].length > 3) merges.push({ row: 1, column: 3, numRows: 1, numColumns: header[0].length - 2 });
  }
  return { grid: { name: 'Danh sách', values: [...header, ...dataRows(spec, columns)], merges } as SheetGrid, columns, headerRows: rows.length, partRow: at('part') };
}

/** The students' rows: a rating (or a blank) per column, from the seed. */
function dataRows(spec: { seed: number[]; students: number }, columns: Column[]): unknown[][] {
  let k = 0;
  return Array.from({ length: spec.students }, (_, s) => [`Học Sinh ${s + 1}`, '1A',
    ...columns.map((c) => (c.subject ? ['C', 'H', 'T', ''] : ['C', 'Đ', 'T', ''])[spec.seed[k++ % spec.seed.length]])]);
}

/** One header row: "GKI - Toán", a part as "GKI - Tiếng Việt (Đọc)". A part nobody knows has no one-row form here. */
function buildOneRow(spec: { blocks: Block[]; seed: number[]; students: number }) {
  const header: unknown[] = ['Họ và tên', 'Lớp'];
  const columns: Column[] = [];
  for (const block of spec.blocks) {
    for (const { area, parts } of block.areas) {
      const known = parts.filter((p) => p !== UNKNOWN);
      for (const part of known.length ? known : [undefined]) {
        header.push(`${POINTS[block.point][1]} - ${AREAS[area].label}${part ? ` (${part})` : ''}`);
        columns.push({ point: POINTS[block.point][1], area: AREAS[area].area, part, subject: AREAS[area].subject });
      }
    }
  }
  return { grid: { name: 'Danh sách', values: [header, ...dataRows(spec, columns)], merges: [] } as SheetGrid, columns, headerRows: 1, partRow: -1 };
}

describe('the header tree reads every rated cell into its area, or names it', () => {
  it('for any header of review points, areas and parts over one to four rows', () => {
    fc.assert(fc.property(headerArb, (spec) => {
      const { grid, columns, headerRows, partRow } = build(spec);
      const roster = parseRoster([grid], { classList: parseClassList(undefined), timeZoneOffsetMinutes: 0 });
      roster.students.forEach((student, s) => {
        const row = grid.values[headerRows + s];
        for (const point of new Set(columns.map((c) => c.point))) {
          const here = columns.map((c, i) => ({ ...c, value: row[i + 2] })).filter((c) => c.point === point && c.part !== UNKNOWN);
          const need = [...new Set(here.filter((c) => c.value === 'C').map((c) => c.area))].sort();
          expect([...(student.reviews[point as 'GKI']?.need ?? [])].sort()).toEqual(need);
        }
      });
      // An unknown part holding a rating is named at its own header cell, as an error.
      const unplaced = roster.problems.filter((p) => p.code === 'COLUMN_UNPLACED').map((p) => `${p.severity} ${p.cell}`).sort();
      const named = columns.map((c, i) => ({ ...c, column: i + 3 }))
        .filter((c, i) => c.part === UNKNOWN && roster.students.some((_, s) => grid.values[headerRows + s][i + 2] !== ''))
        .map((c) => `error ${a1(partRow + 1, c.column)}`).sort();
      expect(unplaced).toEqual(named);
      // Nothing else is said, but that no column was placed when every one is an unknown part.
      const others = roster.problems.filter((p) => p.code !== 'COLUMN_UNPLACED').map((p) => p.code);
      expect(others).toEqual(columns.every((c) => c.part === UNKNOWN) ? ['HEADER_NO_REVIEW'] : []);
    }), { numRuns: propertyRuns(300) });
  });
});
