// Buổi nghỉ labels as schools write them under a plain "Số buổi nghỉ" (src/core/read/roster/absences.ts):
// a review point with its part in one sub-label, and "cả năm học 2025-2026" as Cả năm.
import { absenceColumnOf } from '../../src/core/read/roster/absences';

const label = (text: string, row = 0) => ({ text, row, column: 4 });
const under = (sub: string) => absenceColumnOf(4, [label('Số buổi nghỉ'), label(sub, 1)]);

describe('a sub-label naming a review point and a part', () => {
  it('"HK1 - P" and "HK1 - K" are the two parts at Cuối kì I, not two Tổng columns', () => {
    expect(under('HK1 - P')).toEqual({ column: 4, reviewPoint: 'CKI', part: 'excused' });
    expect(under('HK1 - K')).toEqual({ column: 4, reviewPoint: 'CKI', part: 'unexcused' });
  });

  it('the part may come first, or in brackets, or after a space', () => {
    expect(under('K - HK1')?.part).toBe('unexcused');
    expect(under('P (HKII)')).toEqual({ column: 4, reviewPoint: 'CKII', part: 'excused' });
    expect(under('HK2 K')?.part).toBe('unexcused');
  });

  it('a point alone is its Tổng; a letter beside words that place nothing is no part', () => {
    expect(under('HK1')).toEqual({ column: 4, reviewPoint: 'CKI', part: 'total' });
    expect(under('Toán - K')?.part).toBe('total');
  });

  it('both letters beside one point are not guessed: the column is unclear', () => {
    expect(under('HK1 - P, K')?.unclear).toEqual(label('Số buổi nghỉ'));
  });
});

describe('Cả năm with the school year written after it', () => {
  it('"Số buổi nghỉ cả năm học 2025-2026" is Cả năm, not the count so far', () => {
    expect(absenceColumnOf(4, [label('Số buổi nghỉ cả năm học 2025-2026')])).toEqual({ column: 4, reviewPoint: 'CN', part: 'total' });
    expect(absenceColumnOf(4, [label('Cả năm học 2025-2026 - Số buổi nghỉ')])).toEqual({ column: 4, reviewPoint: 'CN', part: 'total' });
  });

  it('the school year alone names no point: the count so far', () => {
    expect(absenceColumnOf(4, [label('Số buổi nghỉ năm học 2025-2026')])).toEqual({ column: 4, reviewPoint: 'CN', part: 'total', soFar: true });
  });
});
