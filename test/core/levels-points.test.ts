// Review points per level (PRODUCT 2.3): Cuối kì II exists only at secondary. Flags and totals
// keep to the points of each student's and each khối's own level.
import { gradesAt, newestPointAt, pointAtLevel, pointExistsAt } from '../../src/core/levels';
import type { Student, StudentReview } from '../../src/core/model';
import { studentFlags } from '../../src/core/rules/flags';
import { pointTotals } from '../../src/core/rules/totals';
import { REVIEW_POINT_CODES, type ReviewPointCode } from '../../src/core/vocab';

const rated = (need: string[]): StudentReview => ({ rated: true, need, blank: [] });
const student = (grade: number | undefined, reviews: Student['reviews']) =>
  ({ grade, reviews, supporters: ['Cô Lan'], excluded: false } as unknown as Student);

describe('review points per level', () => {
  it.each([
    ['TH', ['DN', 'GKI', 'CKI', 'GKII', 'CN']], ['THCS', REVIEW_POINT_CODES], ['THPT', REVIEW_POINT_CODES], [undefined, ['DN', 'GKI', 'CKI', 'GKII', 'CN']],
  ] as const)('%p has %p', (level, points) => {
    expect(REVIEW_POINT_CODES.filter((p) => pointExistsAt(p, level))).toEqual(points);
    for (const p of REVIEW_POINT_CODES) expect(pointExistsAt(pointAtLevel(p, level), level)).toBe(true);
  });

  it('a primary student is never flagged at Cuối kì II, even when it is past for the school', () => {
    const past = new Set<ReviewPointCode>(['CKI', 'CKII', 'CN']);
    const flags = (grade: number | undefined) => studentFlags(student(grade, { CKI: rated(['Toán']) }), past).map((f) => `${f.reviewPoint}:${f.kinds.join('+')}`);
    expect(flags(1)).toEqual(['CKI:new', 'CN:notRated']);
    expect(flags(undefined)).toEqual(['CKI:new', 'CN:notRated']);
    expect(flags(6)).toEqual(['CKI:new', 'CKII:notRated', 'CN:notRated']);
  });

  it('totals at Cuối kì II count only the khối of a level that has it; other points every khối', () => {
    const students = [student(1, { CKI: rated(['Toán']), CN: rated(['Toán']) }), student(6, { CKI: rated([]), CKII: rated(['Toán']) })];
    const perGrade = new Map([[1, { students: 30, studentsSource: 'classList' as const }], [6, { students: 40, studentsSource: 'classList' as const }]]);
    const at = (p: ReviewPointCode) => {
      const t = pointTotals(p, students, ['Toán'], perGrade);
      return [t.byGrade.map((g) => [g.grade, g.students, g.needSupport]), t.total.students, t.total.needSupport];
    };
    expect(at('CKII')).toEqual([[[6, 40, 1]], 40, 1]);
    // Khối 6 has Cả năm but nobody of it is rated there yet: no "0 need" row, not in TC (review-7 F15).
    expect(at('CN')).toEqual([[[1, 30, 1]], 30, 1]);
    expect(pointTotals('CN', students, ['Toán'], perGrade).unrated).toEqual([6]);
    expect(at('CKI')).toEqual([[[1, 30, 1], [6, 40, 0]], 70, 1]);
  });
});

describe('the khối and newest point of each level (levels.ts, asked directly)', () => {
  const levels = [{ level: 'TH' as const, grades: [1, 2], reviewPoints: ['GKI', 'CKI'] as ReviewPointCode[] },
    { level: 'THCS' as const, grades: [6], reviewPoints: ['CKI'] as ReviewPointCode[] }];
  it('names the khối of the levels rated at a point, and only theirs', () => {
    expect([gradesAt(levels, 'GKI'), gradesAt(levels, 'CKI'), gradesAt(levels, 'CN')]).toEqual([[1, 2], [1, 2, 6], []]);
  });

  it('a newest point given for no level (a school of one level) is every level\'s', () => {
    expect(newestPointAt([{ point: 'GKI' }], 'THCS')).toBe('GKI');
    expect(newestPointAt([{ level: 'TH', point: 'GKI' }, { level: 'THCS', point: 'CKI' }], 'THCS')).toBe('CKI');
    expect(newestPointAt([{ level: 'TH', point: 'GKI' }], 'THCS')).toBeUndefined();
  });
});
