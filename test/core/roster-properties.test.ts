// Properties of the roster reader (issue 8):
// (a) nothing rated disappears: for any roster, every non-empty cell of a column holding ratings
//     either counts (its student is counted and its rating read at its review point and area),
//     or a problem points at it: at its own cell, at its column's header cell, or (when the row is
//     left out of the counts) at a cell of its row;
// (b) names differing by a single diacritic are never merged or called duplicates.
import fc from 'fast-check';
import type { Problem, SheetGrid } from '../../src/core/model';
import { levelOfGrade, pointAtLevel } from '../../src/core/levels';
import { AREAS, matchRating, REVIEW_POINTS, type ReviewPointCode } from '../../src/core/vocab';
import { run } from '../helpers/grid';
import { renderRoster, type HeaderStyle } from '../helpers/roster-shape';

const POINT_LABELS: Record<string, string[]> = {
  DN: ['Đầu năm', 'ĐN', 'Đầu năm học 2025-2026'],
  GKI: ['GKI', 'Giữa học kì I (tháng 11/2025)', 'Giữa HKI'],
  CKI: ['CKI', 'KẾT QUẢ CUỐI HKI', 'Học kì I'],
  CN: ['Cuối năm', 'Đánh giá Cuối năm học 2025-2026', 'Kết quả HKII'],
};
const UNKNOWN_POINTS = ['Đợt 1', 'Lần 2', 'Tháng 10', 'Giữa HKI / Cuối HKI'];
const AREA_LABELS: Record<string, string[]> = {
  Toán: ['Toán', 'Toán học', 'Môn Toán'],
  'Tiếng Việt': ['TV', 'Tiếng Việt (Đọc - Viết)'],
  'Năng lực': ['NL', 'Năng lực chung', 'Năng lực đặc thù'],
  'Phẩm chất': ['PC', 'Phẩm chất chủ yếu'],
};
const UNKNOWN_AREAS = ['Môn chính', 'Toán - TV', 'Khác', ''];
const VALUES = ['C', 'H', 'T', 'Đ', 'CHT', 'HTT', 'Cần cố gắng', 'Đạt', 'x', '✓', '7', 'K', '', '', ''];

interface BlockSpec { point: { known: boolean; code: string; label: string }; areas: Array<{ known: boolean; area?: string; label: string }> }

const blockArb: fc.Arbitrary<BlockSpec> = fc.record({
  point: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...Object.keys(POINT_LABELS)).chain((code) => fc.constantFrom(...POINT_LABELS[code]).map((label) => ({ known: true, code, label }))) },
    { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_POINTS).map((label) => ({ known: false, code: '', label })) },
  ),
  areas: fc.array(fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...Object.keys(AREA_LABELS)).chain((area) => fc.constantFrom(...AREA_LABELS[area]).map((label) => ({ known: true, area, label }))) },
    { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_AREAS).map((label) => ({ known: false, label })) },
  ), { minLength: 1, maxLength: 4 }),
});

const rosterArb = fc.record({
  style: fc.constantFrom<HeaderStyle>('one-row', 'two-row'),
  blocks: fc.array(blockArb, { minLength: 1, maxLength: 3 }),
  extraColumn: fc.boolean(),
  students: fc.array(fc.record({ cls: fc.constantFrom('1A', '2B', '3C'), values: fc.array(fc.constantFrom(...VALUES), { minLength: 13, maxLength: 13 }) }), { minLength: 1, maxLength: 8 }),
  spacers: fc.array(fc.nat(8), { maxLength: 2 }),
  mergeClass: fc.boolean(),
});

type RosterSpec = typeof rosterArb extends fc.Arbitrary<infer T> ? T : never;

function build(r: RosterSpec) {
  const width = r.blocks.reduce((n, b) => n + b.areas.length, 0) + (r.extraColumn ? 1 : 0);
  const rows: unknown[][] = [];
  r.students.forEach((s, i) => {
    if (r.spacers.includes(i)) rows.push(new Array(4 + width).fill(''));
    rows.push([i + 1, `Học sinh ${i + 1}`, r.mergeClass && i > 0 ? '' : s.cls, 'Cô Lan', ...s.values.slice(0, width)]);
  });
  const blocks = r.blocks.map((b) => ({ point: b.point.label, areas: b.areas.map((a) => a.label) }));
  const grid = renderRoster({
    fields: ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ'],
    blocks,
    rows,
    merges: r.mergeClass ? [{ row: 0, column: 2, numRows: rows.length }] : [],
  }, r.style);
  return grid;
}

/** The header cells of column c (0-based): any header row, or the top-left of a header merge covering it. */
function headerCellsOf(grid: SheetGrid & { merges: NonNullable<SheetGrid['merges']> }, headerRows: number[], c: number): Set<string> {
  const cells = new Set<string>();
  const letter = (n: number) => String.fromCharCode(65 + n);
  for (const r of headerRows) {
    cells.add(`${letter(c)}${r + 1}`);
    for (const m of grid.merges) {
      if (r + 1 >= m.row && r + 1 < m.row + m.numRows && c + 1 >= m.column && c + 1 < m.column + m.numColumns) cells.add(`${letter(m.column - 1)}${m.row}`);
    }
  }
  return cells;
}

describe('roster properties', () => {
  it('(a) nothing rated disappears: every rated cell counts or a problem points at it', () => {
    fc.assert(fc.property(rosterArb, (spec) => {
      const grid = build(spec);
      const a = run([grid]);
      const layout = a.roster.tabs[0].layout;
      expect(layout).toBeDefined();
      const dataStart = grid.row(0) - 1;
      const headerRows = Array.from({ length: dataStart }, (_, i) => i).filter((r) => r >= dataStart - (spec.style === 'two-row' ? 2 : 1));
      const at = new Set(a.problems.map((p: Problem) => `${p.sheet}!${p.cell}`));
      const errorRows = new Set(a.problems.filter((p) => p.severity === 'error').map((p) => `${p.sheet}!${p.row}`));
      const placed = new Map((layout?.reviewColumns ?? []).map((rc) => [rc.column, rc]));
      const byRow = new Map(a.roster.students.map((s) => [s.row, s]));
      // A column holds ratings when it is read as a review column or any of its cells is a rating or a mark.
      const looksRated = (v: unknown) => typeof v === 'string' && (matchRating(v, 'subject') !== undefined || matchRating(v, 'quality') !== undefined);
      const rated = (c: number) => placed.has(c) || grid.values.slice(dataStart).some((row) => looksRated(row[c]));
      for (let r = dataStart; r < grid.values.length; r++) {
        for (let c = 4; c < grid.values[r].length; c++) {
          const value = grid.values[r][c];
          if (value === '' || value === undefined || !rated(c)) continue;
          const cell = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (at.has(`${grid.name}!${cell}`)) continue;
          if ([...headerCellsOf(grid, headerRows, c)].some((h) => at.has(`${grid.name}!${h}`))) continue;
          const student = byRow.get(r + 1);
          expect(student).toBeDefined();
          if (student?.excluded) {
            expect(errorRows.has(`${grid.name}!${r + 1}`)).toBe(true);
            continue;
          }
          // It counts: a placed column, read at its point and area.
          const rc = placed.get(c);
          expect(rc).toBeDefined();
          // "Kết quả HKII" is Cuối kì II, which a primary row reads as Cuối năm.
          const review = student?.reviews[pointAtLevel(rc?.reviewPoint as ReviewPointCode, levelOfGrade(student?.grade))];
          expect(review?.rated).toBe(true);
          const scale = AREAS.find((x) => x.name === rc?.area)?.scale ?? 'subject';
          expect(review?.need.includes(rc?.area as string)).toBe(matchRating(String(value), scale) === 'need');
        }
      }
    }), { numRuns: 300 });
  });

  // Vietnamese vowels and the letters one diacritic away from each.
  const VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
  const oneMarkApart = (ch: string): string[] => {
    const base = ch.normalize('NFD');
    return [...VOWELS].filter((v) => {
      if (v === ch) return false;
      const other = v.normalize('NFD');
      if (other[0] !== base[0]) return false;
      const marks = (s: string) => [...s.slice(1)];
      const a = marks(base);
      const b = marks(other);
      const diff = a.filter((m) => !b.includes(m)).length + b.filter((m) => !a.includes(m)).length;
      return diff === 1 || (diff === 2 && a.length === b.length); // one mark added, removed, or changed
    });
  };
  const nameArb = fc.tuple(
    fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng'),
    fc.constantFrom('Văn', 'Thị', 'Minh', 'Ngọc', 'Đức'),
    fc.constantFrom('Hùng', 'Hà', 'An', 'Bình', 'Hương', 'Lan', 'Tuấn', 'Thảo', 'Vy', 'Khôi'),
  ).map((parts) => parts.join(' '));

  it('(b) names one diacritic apart are two children, never merged or called duplicates', () => {
    fc.assert(fc.property(nameArb, fc.nat(), fc.nat(), fc.boolean(), (name, pick, choice, nfd) => {
      const positions = [...name].map((ch, i) => [i, oneMarkApart(ch)] as const).filter(([, alts]) => alts.length > 0);
      const [index, alts] = positions[pick % positions.length];
      const chars = [...name];
      chars[index] = alts[choice % alts.length];
      const twin = chars.join('');
      fc.pre(twin.normalize('NFC') !== name.normalize('NFC'));
      const values = [
        ['Họ và tên', 'Lớp', 'Ngày sinh', 'GV hỗ trợ', 'GKI - Toán'],
        [name, '1A', '05/09/2018', 'Cô Lan', 'C'],
        [nfd ? twin.normalize('NFD') : twin, '1A', '05/09/2018', 'Cô Lan', 'C'],
      ];
      const a = run([{ name: 'Danh sách', values }]);
      expect(a.problems.map((p) => p.code)).toEqual([]);
      expect(a.roster.students.filter((s) => !s.excluded)).toHaveLength(2);
      expect(a.totals.GKI?.total.needSupport).toBe(2);
      expect(new Set(a.flags.map((f) => f.student.name)).size).toBe(2);
    }), { numRuns: 300 });
  });

  it('(b) …while the same name in another case, spacing or normal form is the same child', () => {
    fc.assert(fc.property(nameArb, (name) => {
      const values = [
        ['Họ và tên', 'Lớp', 'Ngày sinh', 'GV hỗ trợ', 'GKI - Toán'],
        [name, '1A', '05/09/2018', 'Cô Lan', 'C'],
        [`  ${name.toUpperCase().normalize('NFD').replace(/ /g, '   ')} `, '1A', '05/09/2018', 'Cô Lan', 'C'],
      ];
      expect(run([{ name: 'Danh sách', values }]).problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['STUDENT_DUPLICATE@A3']);
    }), { numRuns: 100 });
  });
});

// Keeps the generator honest: every review point it labels is one the vocabulary knows.
it('the labels of the generator are review points of PRODUCT 2.1', () => {
  expect(Object.keys(POINT_LABELS).every((code) => REVIEW_POINTS.some((p) => p.code === code))).toBe(true);
});
