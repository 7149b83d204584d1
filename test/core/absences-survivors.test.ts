// Buổi nghỉ headers in the Danh sách (PRODUCT 2.3), pinned at the functions of read/roster/absences
// where the mutation run found decisions no test noticed.
import { absenceColumnOf, absenceContinues, countsSoFar, withPartBelow, type AbsenceColumn } from '../../src/core/read/roster/absences';

const label = (text: string, row: number) => ({ text, row, column: 7 });

describe('a one-row Buổi nghỉ label', () => {
  it('reads a bracket between two words as a separator: "HKI(năm học 2025-2026)P" is Học kỳ 1, có phép', () => {
    expect(absenceColumnOf(7, [label('Số buổi nghỉ HKI(năm học 2025-2026)P', 0)])).toEqual({ column: 7, reviewPoint: 'CKI', part: 'excused' });
  });
});

describe('the part of a Buổi nghỉ column', () => {
  it('is not guessed when the label under the absence words names two parts in brackets: "(P) (K)"', () => {
    const column = absenceColumnOf(7, [label('Số buổi nghỉ', 0), label('(P) (K)', 1)]);
    expect(column?.unclear).toEqual(label('Số buổi nghỉ', 0));
  });

  it('comes from the label under the absence words, even when the absence label names both ("Nghỉ học (P/K)" over P)', () => {
    const column = absenceColumnOf(7, [label('Nghỉ học (P/K)', 0), label('P', 1)]);
    expect(column).toEqual({ column: 7, reviewPoint: 'CN', part: 'excused', soFar: true });
  });
});

describe('countsSoFar', () => {
  const column = (c: number, reviewPoint: AbsenceColumn['reviewPoint'], soFar?: true): AbsenceColumn =>
    ({ column: c, reviewPoint, part: 'total', ...(soFar ? { soFar } : {}) });

  it('is true when the only Cả năm column names no point, whatever the columns of other points', () => {
    expect(countsSoFar([column(3, 'CKI'), column(4, 'CN', true)])).toBe(true);
  });

  it('is false when a Cả năm column names its point, or when there is no Cả năm column', () => {
    expect(countsSoFar([column(3, 'CN'), column(4, 'CN', true)])).toBe(false);
    expect(countsSoFar([column(3, 'CKI')])).toBe(false);
  });
});

describe('absenceContinues over blank cells', () => {
  // "Buổi nghỉ" written once over Có phép | Không phép | Ghi chú | (nothing), without a merge.
  const values = [
    ['Buổi nghỉ', '', '', ''],
    ['Có phép', 'Không phép', 'Ghi chú', ''],
  ];
  const buoiNghi = { text: 'Buổi nghỉ', row: 0, column: 0 };

  it('continues over a blank cell whose label below names a part, as the label under it does', () => {
    expect(absenceContinues(values, [0, 1], buoiNghi, { row: 0, column: 1 })).toBe(true);
  });

  it('stops at a blank cell whose label below names neither a part nor a review point', () => {
    expect(absenceContinues(values, [0, 1], buoiNghi, { row: 0, column: 2 })).toBe(false);
  });

  it('stops at a blank cell with no label below it', () => {
    expect(absenceContinues(values, [0, 1], buoiNghi, { row: 0, column: 3 })).toBe(false);
  });

  it('is false for a label that says neither Buổi nghỉ nor a part, even over HK1 | HK2', () => {
    const grid = [['Điểm TB', ''], ['HK1', 'HK2']];
    expect(absenceContinues(grid, [0, 1], { text: 'Điểm TB', row: 0, column: 0 }, { row: 0, column: 1 })).toBe(false);
  });

  it('continues a part\'s label ("Có phép" over HK1 | HK2)', () => {
    const grid = [['Có phép', ''], ['HK1', 'HK2']];
    expect(absenceContinues(grid, [0, 1], { text: 'Có phép', row: 0, column: 0 }, { row: 0, column: 1 })).toBe(true);
  });
});

describe('withPartBelow', () => {
  it('gives a column the part written in the row right under the header', () => {
    const column: AbsenceColumn = { column: 1, reviewPoint: 'CKI', part: 'total' };
    expect(withPartBelow(['', 'P', 'K'])(column)).toEqual({ column: 1, reviewPoint: 'CKI', part: 'excused' });
  });

  it('leaves the column as it is when the cell below is a number or names no part', () => {
    const column: AbsenceColumn = { column: 1, reviewPoint: 'CKI', part: 'total' };
    expect(withPartBelow(['', 3])(column)).toEqual(column);
    expect(withPartBelow(['', 'Ghi chú'])(column)).toEqual(column);
  });
});
