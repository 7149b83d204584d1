// Theo dõi's older review points as counts by class (issue 20): the newest point lists each student;
// every older point has one row per class with how many of its students each flag names there, and
// a "Cộng" row that equals the point's counts line.

import fc from 'fast-check';
import { trackingLayout, type LayoutCell } from '../../src/core/layout';
import { Builder } from '../../src/core/layout/builder';
import { classLabel, countTables, olderNote, TOTAL_LABEL } from '../../src/core/layout/tracking-counts';
import { bothNote } from '../../src/core/layout/summary-notes';
import { FLAG_LABELS, type Flag, type FlagKind } from '../../src/core/rules/flags';
import { REVIEW_POINT_CODES } from '../../src/core/vocab';
import { newestFollowPoints } from '../../src/core/levels';
import type { Analysis } from '../../src/core/analyse';
import { rosterGrid, run } from '../helpers/grid';
import { CLASSES, CONFIG, STUDENTS } from '../helpers/pinned-school';
import { render, renderingArb, studentArb } from '../helpers/roster-arbitraries';
import { propertyRuns } from '../helpers/property-runs';

const LABEL_KIND = new Map(Object.entries(FLAG_LABELS).map(([k, label]) => [label, k as FlagKind]));

/** The counts line's numbers by kind: "Chưa tiến bộ: 1 · Cần hỗ trợ mới: 4 · …". */
function countsLine(text: string): Map<FlagKind, number> {
  return new Map(text.split(' · ').map((part) => {
    const [label, n] = part.split(': ');
    return [LABEL_KIND.get(label) as FlagKind, Number(n)];
  }));
}

/**
 * The count tables of one section (rows from..to, 0-based): per class label, per kind, the number
 * in its row, and the Cộng row's. A table that runs onto the next page repeats its header: skipped.
 */
function readTables(rows: LayoutCell[][], from: number, to: number) {
  const classes = new Map<string, Map<FlagKind, number>>();
  const total = new Map<FlagKind, number>();
  let kinds: FlagKind[] | undefined;
  const order: string[] = [];
  for (let r = from; r < to; r++) {
    const row = rows[r];
    if (row[0] === 'Lớp' && row.length > 1) {
      kinds = row.slice(1).map((label) => LABEL_KIND.get(String(label)) as FlagKind);
      continue;
    }
    if (!kinds || row.length === 0) continue;
    const label = String(row[0]);
    const into = label === TOTAL_LABEL ? total : classes.get(label) ?? new Map<FlagKind, number>();
    if (label !== TOTAL_LABEL && !classes.has(label)) {
      classes.set(label, into);
      order.push(label);
    }
    kinds.forEach((k, i) => into.set(k, row[i + 1] as number));
    if (label === TOTAL_LABEL) kinds = undefined;
  }
  return { classes, total, order };
}

/** The oracle: the flags at a point counted by class, classes by khối then name, with the Lớp tab's GVCN. */
function expectedByClass(analysis: Analysis, flags: Flag[]): Map<string, Map<FlagKind, number>> {
  const sorted = [...flags].sort((x, y) => (x.student.grade ?? 99) - (y.student.grade ?? 99) || x.student.classKey.localeCompare(y.student.classKey));
  const out = new Map<string, Map<FlagKind, number>>();
  for (const f of sorted) {
    const label = classLabel(f.student.className, analysis.classList.byKey.get(f.student.classKey)?.homeroomTeacher ?? '');
    const counts = out.get(label) ?? new Map(Object.keys(FLAG_LABELS).map((k) => [k as FlagKind, 0]));
    for (const k of f.kinds) counts.set(k, (counts.get(k) as number) + 1);
    out.set(label, counts);
  }
  return out;
}

describe('Theo dõi: an older review point as counts by class', () => {
  it('past five kinds the table goes on below, after a blank row, with the class column again and its own Cộng', () => {
    const analysis = run([rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, CONFIG], '2026-01-20');
    const gki = analysis.flags.filter((f) => f.reviewPoint === 'GKI');
    const byClass = ['1A', '1B', '2A'].map((c) => gki.filter((f) => f.student.className === c));
    expect(byClass.map((g) => g.length)).toEqual([2, 2, 2]);
    // Two kinds past the fifth that some class has (1B's first student at risk, 2A's both without a log entry).
    const withKinds = (f: Flag, ...more: FlagKind[]): Flag => ({ ...f, kinds: [...f.kinds, ...more] });
    const groups = [byClass[0], [withKinds(byClass[1][0], 'atRisk'), byClass[1][1]], byClass[2].map((f) => withKinds(f, 'noLog'))];
    const b = new Builder(6);
    const kinds: FlagKind[] = ['notImproved', 'new', 'improved', 'noSupporter', 'notRated', 'notListed', 'noLog', 'atRisk'];
    countTables(b, groups, kinds, (f) => f.student.className);
    expect(b.rows).toEqual([
      ['Lớp', 'Chưa tiến bộ', 'Cần hỗ trợ mới', 'Đã tiến bộ', 'Chưa có GV hỗ trợ', 'Chưa được đánh giá'],
      ['1A', 1, 1, 0, 1, 0], ['1B', 0, 2, 0, 0, 0], ['2A', 0, 1, 1, 1, 0], ['Cộng', 1, 4, 1, 2, 0],
      [],
      // Chưa có trong Danh sách: nobody here, no column (a table of zeros took a page).
      ['Lớp', 'Chưa ghi nhật ký tháng này', 'Nguy cơ bỏ học'],
      ['1A', 0, 0], ['1B', 0, 1], ['2A', 2, 0], ['Cộng', 2, 1],
    ]);
    // Each part a bordered table with its header repeated on a next page; Cộng bold; numbers centred.
    expect(b.styles.border).toEqual(['A1:F5', 'A7:C11']);
    expect(b.sections.map((s) => [s.first, s.last, s.header?.first])).toEqual([[1, 5, 1], [7, 11, 7]]);
    expect(b.styles.bold).toEqual(['A1:F1', 'A5:F5', 'A7:C7', 'A11:C11']);
    expect(b.styles.center).toEqual(['A1:F1', 'B2:F5', 'A7:C7', 'B8:C11']);
    expect(b.styles.wrap).toEqual(['A1:F1', 'A2:A5', 'A7:C7', 'A8:A11']);
  });

  it('the first five kinds always have their column, zeros too; past them, none of zeros: one table', () => {
    const analysis = run([rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, CONFIG], '2026-01-20');
    const dn = analysis.flags.filter((f) => f.reviewPoint === 'DN');
    const b = new Builder(6);
    countTables(b, [dn], ['notImproved', 'new', 'improved', 'noSupporter', 'notRated', 'notListed', 'noLog', 'atRisk'], () => 'Cả trường');
    expect(b.rows).toEqual([
      ['Lớp', 'Chưa tiến bộ', 'Cần hỗ trợ mới', 'Đã tiến bộ', 'Chưa có GV hỗ trợ', 'Chưa được đánh giá'],
      ['Cả trường', 0, 3, 0, 1, 0], ['Cộng', 0, 3, 0, 1, 0],
    ]);
  });

  it('a class named with its GVCN when the Lớp tab gives one; the note says where each student is', () => {
    expect(classLabel('1A', 'Cô Mai')).toBe('1A (GVCN Cô Mai)');
    expect(classLabel('1A', '')).toBe('1A');
    expect(olderNote(true)).toBe('Ở mốc này chỉ ghi số học sinh từng lớp; tên từng em ở mốc mới nhất phía trên. '
      + 'Kết quả từng em ở mốc này: xem trang Danh sách (hoặc trang kết quả của lớp).');
    expect(olderNote(false).startsWith('Các lớp dưới đây chỉ ghi số học sinh từng lớp;')).toBe(true);
    // Nobody listed at a newest point above: the note does not send the reader there.
    expect(olderNote(true, false)).toBe('Ở mốc này chỉ ghi số học sinh từng lớp. Kết quả từng em ở mốc này: xem trang Danh sách (hoặc trang kết quả của lớp).');
    for (const note of [olderNote(true), olderNote(false), olderNote(true, false)]) expect(note).toBe(note.normalize('NFC'));
  });

  it('nobody flagged at the newest point: the older point is counted, and its note does not send the reader above', () => {
    // Rated fine at Cuối học kì I and Giữa học kì I (improved there), needing support at Đầu năm.
    const a = run([rosterGrid([{ name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { DN: { Toán: 'C' }, GKI: { Toán: 'H' }, CKI: { Toán: 'H' } } }],
      { points: ['DN', 'GKI', 'CKI'] })], '2026-01-20');
    const rows = trackingLayout(a).rows;
    const gki = rows.findIndex((r) => r[0] === 'GIỮA HỌC KÌ I: 0 học sinh cần hỗ trợ');
    expect(gki).toBe(3);
    expect(rows.slice(gki + 2, gki + 5)).toEqual([
      [olderNote(true, false)],
      ['Lớp', 'Chưa tiến bộ', 'Cần hỗ trợ mới', 'Đã tiến bộ', 'Chưa có GV hỗ trợ', 'Chưa được đánh giá'],
      ['1A', 0, 0, 1, 0, 0],
    ]);
    expect(trackingLayout(a).classBlocks).toBeUndefined();
  });

  it('property: each older section counts its flags by class, and its Cộng is the sum of its classes and its counts line', () => {
    const dates = fc.constantFrom('2025-11-20', '2026-01-20', '2026-03-20');
    fc.assert(fc.property(fc.array(studentArb, { minLength: 1, maxLength: 30 }), renderingArb, dates, (students, rendering, today) => {
      const analysis = run([render(students, rendering)], today);
      const rows = trackingLayout(analysis).rows;
      const points = [...REVIEW_POINT_CODES].reverse().filter((p) => analysis.flags.some((f) => f.reviewPoint === p));
      const headings = rows.map((r, i) => (/ học sinh cần hỗ trợ$/.test(String(r[0] ?? '')) ? i : -1)).filter((i) => i >= 0);
      expect(headings).toHaveLength(points.length);
      points.forEach((point, s) => {
        const start = headings[s];
        const { classes, total, order } = readTables(rows, start + 2, headings[s + 1] ?? rows.length);
        // One level: the newest point (rated or flagged) lists each student, no count table; an older one is counted.
        const newestPoint = newestFollowPoints(analysis.levels, analysis.reviewPoints, analysis.flags.map((f) => ({ reviewPoint: f.reviewPoint, grade: f.student.grade })))[0].point;
        if (point === newestPoint) {
          expect(classes.size).toBe(0);
          return;
        }
        const line = countsLine(String(rows[start + 1][0]));
        // Under the counts line, the note on students in both Chưa tiến bộ and Cần hỗ trợ mới, when there are any (tracking-both-note.test.ts).
        const both = bothNote(analysis.flags.filter((f) => f.reviewPoint === point), 'mục');
        if (both) expect(rows[start + 2]).toEqual([both]);
        // The note sends the reader to the newest point only when it is listed above.
        expect(rows[start + (both ? 3 : 2)]).toEqual([olderNote(true, points[0] === newestPoint)]);
        const expected = expectedByClass(analysis, analysis.flags.filter((f) => f.reviewPoint === point));
        expect(order).toEqual([...expected.keys()]);
        for (const [kind, n] of line) {
          // A kind past the first five that nobody has here gets no column: the line says 0.
          if (!total.has(kind)) {
            expect([kind, n]).toEqual([kind, 0]);
            continue;
          }
          expect(total.get(kind)).toBe(n);
          expect([...classes.values()].reduce((sum, c) => sum + (c.get(kind) as number), 0)).toBe(n);
          for (const [label, counts] of classes) expect(counts.get(kind)).toBe(expected.get(label)?.get(kind));
        }
        // Every kind the table shows is one the counts line names; the first five always.
        expect([...total.keys()].every((k) => line.has(k))).toBe(true);
        expect([...total.keys()].slice(0, 5)).toEqual([...line.keys()].slice(0, 5));
      });
    }), { numRuns: propertyRuns(100) });
  });
});
