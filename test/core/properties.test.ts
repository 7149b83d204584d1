import fc from 'fast-check';
import { buildReport } from '../../src/core/report';
import { checkLayout, summaryLayout, timelineLayout, trackingLayout } from '../../src/core/layout';
import { AREAS4, run } from '../helpers/grid';
import type { SheetGrid } from '../../src/core/model';

type Need = 'need' | 'ok' | 'blank';
const POINTS = ['DN', 'GKI', 'CKI'] as const;
const QUALITY = new Set(['Năng lực', 'Phẩm chất']);

const POINT_ALIASES: Record<string, string[]> = {
  DN: ['Đầu năm', 'ĐN', 'Đầu năm học'],
  GKI: ['GKI', 'GHKI', 'Giữa HKI', 'Giữa học kỳ I', 'GK1'],
  CKI: ['CKI', 'CHKI', 'Cuối HKI', 'Cuối học kì I', 'CK1'],
};
const AREA_ALIASES: Record<string, string[]> = {
  Toán: ['Toán', 'Môn Toán'], 'Tiếng Việt': ['Tiếng Việt', 'TV'], 'Năng lực': ['Năng lực', 'NL'], 'Phẩm chất': ['Phẩm chất', 'PC'],
};
const VALUES = {
  subject: { need: ['C', 'CHT', 'Chưa hoàn thành', 'c', 'x'], ok: ['H', 'HT', 'Hoàn thành', 'T', 'HTT', 'Hoàn thành tốt'] },
  quality: { need: ['C', 'CCG', 'Cần cố gắng', 'x'], ok: ['Đ', 'Đạt', 'T', 'Tốt', 'd'] },
};

interface GenStudent {
  grade: number;
  letter: string;
  ratings: Record<string, Need[]>;
}

const needArb = fc.constantFrom<Need>('need', 'ok', 'blank', 'blank');
const studentArb: fc.Arbitrary<GenStudent> = fc.record({
  grade: fc.integer({ min: 1, max: 5 }),
  letter: fc.constantFrom('A', 'B', 'C'),
  ratings: fc.record({
    DN: fc.array(fc.constantFrom<Need>('need', 'blank'), { minLength: 4, maxLength: 4 }),
    GKI: fc.array(needArb, { minLength: 4, maxLength: 4 }),
    CKI: fc.array(needArb, { minLength: 4, maxLength: 4 }),
  }),
});

/** How a teacher might type the same text: NFC or NFD, any case, stray spaces. */
const writingArb = fc.record({ nfd: fc.boolean(), upper: fc.boolean(), pad: fc.boolean() });
type Writing = { nfd: boolean; upper: boolean; pad: boolean };
function write(text: string, w: Writing): string {
  let t = w.upper ? text.toUpperCase() : text;
  t = w.nfd ? t.normalize('NFD') : t.normalize('NFC');
  return w.pad ? `  ${t.replace(/ /g, '  ')} ` : t;
}

const renderingArb = fc.record({
  style: fc.constantFrom<'one-row' | 'two-row'>('one-row', 'two-row'),
  titleRows: fc.integer({ min: 0, max: 4 }),
  pointAlias: fc.record({ DN: fc.nat(2), GKI: fc.nat(4), CKI: fc.nat(4) }),
  areaAlias: fc.array(fc.nat(1), { minLength: 4, maxLength: 4 }),
  valueChoice: fc.nat(20),
  writing: writingArb,
  classStyle: fc.constantFrom(0, 1, 2),
});
type Rendering = typeof renderingArb extends fc.Arbitrary<infer T> ? T : never;

function render(students: GenStudent[], r: Rendering): SheetGrid {
  const values: unknown[][] = [];
  for (let i = 0; i < r.titleRows; i++) values.push(['TRƯỜNG TIỂU HỌC', 'DANH SÁCH']);
  const fields = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ'].map((f) => write(f, r.writing));
  const pointLabel = (p: string) => write(POINT_ALIASES[p][r.pointAlias[p as 'DN'] % POINT_ALIASES[p].length], r.writing);
  const areaLabel = (k: number) => write(AREA_ALIASES[AREAS4[k]][r.areaAlias[k]], r.writing);
  if (r.style === 'one-row') {
    values.push([...fields, ...POINTS.flatMap((p) => AREAS4.map((_, k) => `${pointLabel(p)} - ${areaLabel(k)}`))]);
  } else {
    values.push([...fields, ...POINTS.flatMap((p) => AREAS4.map((_, k) => (k === 0 ? pointLabel(p) : '')))]);
    values.push([...fields.map(() => ''), ...POINTS.flatMap(() => AREAS4.map((_, k) => areaLabel(k)))]);
  }
  students.forEach((s, i) => {
    const className = [`${s.grade}${s.letter}`, `Lớp ${s.grade}${s.letter.toLowerCase()}`, ` ${s.grade}${s.letter} `][r.classStyle];
    const cells = POINTS.flatMap((p) => AREAS4.map((area, k) => {
      const need = s.ratings[p][k];
      if (need === 'blank') return '';
      const list = VALUES[QUALITY.has(area) ? 'quality' : 'subject'][need];
      return write(list[(r.valueChoice + i + k) % list.length], r.writing);
    }));
    values.push([i + 1, `Học Sinh Số ${i}`, write(className, r.writing), 'Cô Lan', ...cells]);
  });
  return { name: 'Danh sách', values };
}

/** The totals a careful person computes from the generated students. */
function oracle(students: GenStudent[]) {
  const out: Record<string, Record<number, { students: number; need: number; byArea: number[] }>> = {};
  for (const p of POINTS) {
    if (!students.some((s) => s.ratings[p].some((n) => n !== 'blank'))) continue;
    out[p] = {};
    for (const s of students) {
      const row = out[p][s.grade] ?? (out[p][s.grade] = { students: 0, need: 0, byArea: [0, 0, 0, 0] });
      row.students += 1;
      if (s.ratings[p].includes('need')) row.need += 1;
      s.ratings[p].forEach((n, k) => {
        if (n === 'need') row.byArea[k] += 1;
      });
    }
  }
  return out;
}

function observed(grid: SheetGrid) {
  const a = run([grid]);
  const out: Record<string, Record<number, { students: number; need: number; byArea: number[] }>> = {};
  for (const p of a.reviewPoints) {
    out[p] = {};
    for (const g of a.totals[p]!.byGrade) out[p][g.grade] = { students: g.students, need: g.needSupport, byArea: AREAS4.map((x) => g.byArea[x]) };
  }
  return { a, out };
}

describe('properties', () => {
  it('totals depend on the ratings only: not on header style, aliases, NFC/NFD, case or spacing', () => {
    fc.assert(fc.property(fc.array(studentArb, { minLength: 1, maxLength: 30 }), renderingArb, (students, rendering) => {
      const { a, out } = observed(render(students, rendering));
      expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(out).toEqual(oracle(students));
    }), { numRuns: 150 });
  });

  it('shuffling rows changes nothing but row numbers', () => {
    fc.assert(fc.property(fc.array(studentArb, { minLength: 1, maxLength: 25 }), renderingArb, fc.integer(), (students, rendering, seed) => {
      const shuffled = students.map((s, i) => ({ s, i, key: Math.sin(seed + i) })).sort((x, y) => x.key - y.key);
      const before = run([render(students, rendering)]);
      const after = run([render(shuffled.map((x) => x.s), rendering)]);
      expect(after.totals).toEqual(before.totals);
      // names encode the original index, so flags must match name for name
      const flags = (a: typeof before, rename: (n: string) => string) =>
        a.flags.map((f) => `${rename(f.student.name)} ${f.reviewPoint} ${f.kinds.join('+')}`).sort();
      const original = (n: string) => `Học Sinh Số ${shuffled[Number(n.split(' ').pop())].i}`;
      expect(flags(after, original)).toEqual(flags(before, (n) => n));
      expect(after.problems.map((p) => p.code).sort()).toEqual(before.problems.map((p) => p.code).sort());
    }), { numRuns: 100 });
  });

  it('students needing support at R are exactly those flagged notImproved or new at R; TC is the sum of rows', () => {
    fc.assert(fc.property(fc.array(studentArb, { minLength: 1, maxLength: 30 }), renderingArb, (students, rendering) => {
      const a = run([render(students, rendering)]);
      for (const p of a.reviewPoints) {
        const t = a.totals[p]!;
        const flagged = a.flags.filter((f) => f.reviewPoint === p && (f.kinds.includes('notImproved') || f.kinds.includes('new')));
        expect(flagged.length).toBe(t.total.needSupport);
        expect(t.total.students).toBe(t.byGrade.reduce((n, g) => n + g.students, 0));
        expect(t.total.needSupport).toBe(t.byGrade.reduce((n, g) => n + g.needSupport, 0));
        for (const area of Object.keys(t.total.byArea)) {
          expect(t.total.byArea[area]).toBe(t.byGrade.reduce((n, g) => n + g.byArea[area], 0));
          expect(t.total.byArea[area]).toBeLessThanOrEqual(t.total.needSupport);
        }
      }
    }), { numRuns: 100 });
  });

  it('no input crashes a run: anything becomes problems with a message', () => {
    const cell = fc.oneof(
      fc.constantFrom('Họ và tên', 'Lớp', 'GKI - Toán', 'Đầu năm', 'Toán', 'TV', 'x', 'C', 'H', 'Đ', '#N/A', '#REF!', '', '', '1A', '=A1', 'Sĩ số', 'Khối', 'Tháng', 'Năm học', 'Họ đệm', 'Tên'),
      fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 50 }), fc.double(), fc.boolean(), fc.date(), fc.constant(null),
    );
    const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 });
    const names = fc.constantFrom('Danh sách', 'Lớp', 'Cấu hình', 'Kế hoạch', 'danh sach');
    fc.assert(fc.property(fc.array(fc.record({ name: names, values: grid }), { maxLength: 4 }), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (sheets, date) => {
      const a = run(sheets, date.toISOString().slice(0, 10));
      for (const layout of [checkLayout(a), summaryLayout(a), trackingLayout(a), timelineLayout(a)]) {
        expect(layout.rows.every((row) => row.length <= layout.width)).toBe(true);
      }
      const report = buildReport(a);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      for (const p of a.problems) {
        expect(p.message.length).toBeGreaterThan(20);
        expect(['error', 'warning']).toContain(p.severity);
        expect(p.sheet).not.toBe('');
      }
    }), { numRuns: 300 });
  });
});
