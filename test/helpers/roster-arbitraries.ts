// Random rosters for property tests: students with a need / no need / blank per area and review
// point, rendered the many ways a school writes the same roster (header style, aliases, case,
// NFC/NFD, spacing, title rows, class spellings), and the totals a careful person computes from them.

import fc from 'fast-check';
import type { SheetGrid } from '../../src/core/model';
import { AREAS4 } from './grid';

export type Need = 'need' | 'ok' | 'blank';
export const POINTS = ['DN', 'GKI', 'CKI'] as const;
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

export interface GenStudent {
  grade: number;
  letter: string;
  ratings: Record<string, Need[]>;
}

const needArb = fc.constantFrom<Need>('need', 'ok', 'blank', 'blank');
export const studentArb: fc.Arbitrary<GenStudent> = fc.record({
  grade: fc.integer({ min: 1, max: 5 }),
  letter: fc.constantFrom('A', 'B', 'C'),
  ratings: fc.record({
    DN: fc.array(fc.constantFrom<Need>('need', 'blank'), { minLength: 4, maxLength: 4 }),
    GKI: fc.array(needArb, { minLength: 4, maxLength: 4 }),
    CKI: fc.array(needArb, { minLength: 4, maxLength: 4 }),
  }),
});

/** How a teacher might type the same text: NFC or NFD, any case, stray spaces. */
export const writingArb = fc.record({ nfd: fc.boolean(), upper: fc.boolean(), pad: fc.boolean() });
type Writing = { nfd: boolean; upper: boolean; pad: boolean };
function write(text: string, w: Writing): string {
  let t = w.upper ? text.toUpperCase() : text;
  t = w.nfd ? t.normalize('NFD') : t.normalize('NFC');
  return w.pad ? `  ${t.replace(/ /g, '  ')} ` : t;
}

export const renderingArb = fc.record({
  style: fc.constantFrom<'one-row' | 'two-row'>('one-row', 'two-row'),
  titleRows: fc.integer({ min: 0, max: 4 }),
  pointAlias: fc.record({ DN: fc.nat(2), GKI: fc.nat(4), CKI: fc.nat(4) }),
  areaAlias: fc.array(fc.nat(1), { minLength: 4, maxLength: 4 }),
  valueChoice: fc.nat(20),
  writing: writingArb,
  classStyle: fc.constantFrom(0, 1, 2),
});
export type Rendering = typeof renderingArb extends fc.Arbitrary<infer T> ? T : never;

export function render(students: GenStudent[], r: Rendering): SheetGrid {
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
export function oracle(students: GenStudent[]) {
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
    // A khối nobody of which is rated at the point is no "0 need" row (review-7 F15).
    for (const grade of Object.keys(out[p]).map(Number)) {
      if (!students.some((s) => s.grade === grade && s.ratings[p].some((n) => n !== 'blank'))) delete out[p][grade];
    }
  }
  return out;
}
