// PRODUCT 3.4: every generated tab prints legibly on A4 landscape, its smallest type at 9 pt or
// more after fit-to-width, however many areas the school reports (a THPT with sixteen subjects
// needing support) and however many students. A secondary school's vnEdu results with 1 to 20
// subjects someone needs support in, in one to three classes.
import fc from 'fast-check';
import { checkLayout, mentorsLayout, summaryLayout, timelineLayout, trackingLayout, type TabLayout } from '../../src/core/layout';
import { MIN_PRINTED_PT, printedPt } from '../../src/core/layout/measure';
import { printedColumns, smallestPrintedPt, STYLE_PT } from '../../src/core/layout/measure-layout';
import { rosterGrid, run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';
import { secondaryClass, secondarySheet, type SecondarySubject } from '../../local/vnedu-export-secondary';

const S = (name: string): SecondarySubject => ({ name, kind: 'score' });
const N = (name: string): SecondarySubject => ({ name, kind: 'comment' });

/** Twenty-two subjects vnEdu heads a secondary class's results with, each its own area. */
const SUBJECTS: SecondarySubject[] = [S('Toán'), S('Văn'), S('Ng.ngữ'), S('Lí'), S('Hóa'), S('Sinh'), S('Sử'), S('Địa'), S('Tin'), S('C.nghệ'),
  S('GDKT&PL'), S('GDQP&AN'), S('KHTN'), S('LS&ĐL'), S('GDCD'), S('Tiếng dân tộc'), S('Nhạc'), S('Mĩ thuật'), N('GDTC'), N('Nghệ thuật'),
  N('NDGDCĐP'), N('HĐTN&HN')];

/**
 * A THCS-THPT's vnEdu results: Toán, Ngữ văn, Ngoại ngữ, Học tập and Rèn luyện are always columns,
 * every other subject one where someone needs it; `areas` (5 or more) areas in all, in `classes`
 * classes of `size` students.
 */
function secondary(areas: number, classes: number, size: number) {
  const subjects = SUBJECTS.slice(0, Math.max(3, areas - 2));
  const sheets = Array.from({ length: classes }, (_, c) => secondarySheet({
    sheet: `${10 + c}A`, className: `${10 + c}A`, grade: 10 + c, point: 'HK1', year: 2025, regime: 'TT22', subjects,
    students: secondaryClass(size, 8000000000 + 1000 * c, 2010 - c, (i) => ({
      // Student i needs the subjects i, i + size, i + 2 size … so every subject is someone's need.
      marks: Object.fromEntries(subjects.map((s, k) => [s.name, k % size === i ? (s.kind === 'score' ? 3.5 : 'CĐ') : undefined])),
    })),
  }).grid);
  return run(sheets, '2026-01-20');
}

/** Nineteen areas a primary Danh sách may head its review blocks with. */
const PRIMARY = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Ngoại ngữ', 'Tin học và Công nghệ', 'Tin học', 'Công nghệ', 'Khoa học',
  'Lịch sử và Địa lí', 'Tự nhiên và Xã hội', 'Đạo đức', 'Giáo dục thể chất', 'Nghệ thuật', 'Âm nhạc', 'Mĩ thuật', 'Hoạt động trải nghiệm',
  'Tiếng dân tộc', 'Nội dung giáo dục địa phương'];

/** A primary Danh sách with the first `areas` of PRIMARY, `classes` classes of `size` students, each area someone's need. */
function primary(areas: number, classes: number, size: number) {
  const list = PRIMARY.slice(0, areas);
  const quality = (area: string) => area === 'Năng lực' || area === 'Phẩm chất';
  const students = Array.from({ length: classes * size }, (_, n) => ({
    name: `Học sinh ${n + 1}`, className: `${1 + (n % classes)}A`, supporter: 'Cô Lan',
    ratings: { GKI: Object.fromEntries(list.map((area, k) => [area, k % size === n % size ? 'C' : quality(area) ? 'Đ' : 'H'])) },
  }));
  return run([rosterGrid(students, { points: ['GKI'], areas: list })], '2026-01-20');
}

const LAYOUTS: Array<[string, (a: ReturnType<typeof run>) => TabLayout]> = [
  ['Kiểm tra', checkLayout], ['Tổng hợp', summaryLayout], ['Theo dõi', trackingLayout], ['Lịch tháng', timelineLayout], ['Đỡ đầu', mentorsLayout],
];

describe('every generated tab prints at 9 pt or more', () => {
  it('a THPT with sixteen subjects needing support: Tổng hợp goes on in a second table, the notes print at 9 pt or more', () => {
    const a = secondary(16, 3, 20);
    expect(a.levels.map((l) => l.areas.length)).toEqual([16]);
    const layout = summaryLayout(a);
    const printed = printedColumns(layout);
    // The 11 pt notes (and the 13 pt body) after fit-to-width.
    expect(printedPt(STYLE_PT.small, printed)).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
    expect(smallestPrintedPt(layout)).toBe(printedPt(STYLE_PT.small, printed));
    // The grade table: Khối THHS TSHS and 9 subjects, then Khối THHS TSHS, the other 7, HSKT and Tỉ lệ.
    const headers = layout.rows.map((r, i) => [i + 1, r] as const).filter(([, r]) => r[0] === 'Khối' && r[1] === 'THHS');
    expect(headers.length).toBeGreaterThanOrEqual(2);
    const [first, second] = headers.map(([row]) => layout.rows[row]);
    expect(first.slice(3).filter((c) => c !== null)).toEqual(a.levels[0].areas.slice(0, 9));
    expect(second.slice(3).filter((c) => c !== null)).toEqual(a.levels[0].areas.slice(9));
    expect(headers[1][1].slice(-2)).toEqual(['Trong đó HSKT', 'Tỉ lệ']);
    expect(headers[0][1]).not.toContain('Tỉ lệ');
  });

  it.each([['a primary Danh sách', 1, PRIMARY.length, primary], ['a secondary school\'s vnEdu results', 5, 20, secondary]] as const)(
    '%s with %i to %i areas, any number of students: every layout\'s smallest type', (_, min, max, schoolOf) => {
    fc.assert(fc.property(fc.integer({ min, max }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 25 }), (areas, classes, size) => {
      const a = schoolOf(areas, classes, size);
      expect(a.levels.flatMap((l) => l.areas)).toEqual(a.areas);
      expect(a.areas).toHaveLength(areas);
      for (const [name, layoutOf] of LAYOUTS) {
        const pt = smallestPrintedPt(layoutOf(a));
        expect({ name, areas, ok: pt >= MIN_PRINTED_PT, pt }).toEqual({ name, areas, ok: true, pt });
      }
    }), { numRuns: propertyRuns(40) });
  });
});
