// read/roster/columns.ts placePath: a half of a semester ("Giữa kỳ", "Cuối kỳ") named over or beside a
// point must agree with it; two labels naming the same half agree, two naming different halves do not.
import { placePath } from '../../src/core/read/roster/columns';

/** A column's labels, top to bottom. */
const path = (...texts: string[]) => texts.map((text, row) => ({ text, row, column: 3 }));

describe('placePath with a half of a semester', () => {
  it('places "Giữa kỳ" over "Giữa kì I" over Toán at Giữa kì I', () => {
    expect(placePath(path('Giữa kỳ', 'Giữa kì I', 'Toán')).placed).toEqual({ reviewPoint: 'GKI', area: 'Toán' });
  });

  it('leaves "Giữa kỳ" over "Cuối kì I" unplaced: the half and the point disagree', () => {
    expect(placePath(path('Giữa kỳ', 'Cuối kì I', 'Toán')).placed).toBeUndefined();
  });

  it('places "HỌC KỲ I" over "Giữa kỳ" over "Toán giữa kỳ" at Giữa kì I: the half said twice', () => {
    expect(placePath(path('HỌC KỲ I', 'Giữa kỳ', 'Toán giữa kỳ')).placed).toEqual({ reviewPoint: 'GKI', area: 'Toán' });
  });

  it('leaves "HỌC KỲ I" over "Giữa kỳ" over "Toán cuối kỳ" unplaced: two halves', () => {
    expect(placePath(path('HỌC KỲ I', 'Giữa kỳ', 'Toán cuối kỳ')).placed).toBeUndefined();
  });
});
