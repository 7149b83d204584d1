// A primary tab with both "Cuối HKII" and "Cả năm" columns for an area (PRODUCT 2.3: at primary both
// are Cuối năm): the row's filled cell is read whichever column it is in; two filled cells that
// differ are an error at the second, never a guess. Secondary rows keep the two points apart.
import { classGrid, codes, rosterGrid, run } from '../helpers/grid';

const grid = (students: Parameters<typeof rosterGrid>[0]) =>
  rosterGrid(students, { points: ['CKII', 'CN'], areas: ['Toán', 'Tiếng Việt'], pointLabel: (p) => (p === 'CKII' ? 'Cuối HKII' : 'Cả năm') });
// Columns: A STT … F GV hỗ trợ, G Cuối HKII Toán, H Cuối HKII Tiếng Việt, I Cả năm Toán, J Cả năm Tiếng Việt; data from row 3.

describe('"Cuối HKII" beside "Cả năm" at primary', () => {
  const students = [
    { name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { CN: { Toán: 'C', 'Tiếng Việt': 'H' } } }, // only Cả năm filled
    { name: 'Bình', className: '1A', supporter: 'Cô Lan', ratings: { CKII: { Toán: 'C', 'Tiếng Việt': 'T' } } }, // only Cuối HKII filled
    { name: 'Chi', className: '1A', supporter: 'Cô Lan', ratings: { CKII: { Toán: 'C' }, CN: { Toán: 'c', 'Tiếng Việt': 'H' } } }, // the same twice
    { name: 'Dũng', className: '1A', supporter: 'Cô Lan', ratings: { CKII: { Toán: 'H' }, CN: { Toán: 'C' } } }, // two ratings: error
    { name: 'Em', className: '6A', supporter: 'Thầy Nam', ratings: { CKII: { Toán: 4 }, CN: { Toán: '6,0' } } }, // THCS: two points
  ];
  const a = run([grid(students), classGrid([['1A', 1, 'Cô Lan', 30], ['6A', 6, 'Thầy Nam', 35]])], '2026-06-10');

  it('reads the filled cell of the pair, in either column', () => {
    const need = (i: number) => a.students[i].reviews.CN?.need;
    expect([need(0), need(1), need(2)]).toEqual([['Toán'], ['Toán'], ['Toán']]);
    expect(a.students.slice(0, 3).map((s) => s.reviews.CN?.blank)).toEqual([[], [], []]);
    expect(a.totals.CN?.byGrade.map((g) => [g.grade, g.needSupport, g.byArea.Toán])).toEqual([[1, 3, 3], [6, 0, 0]]);
    expect(a.totals.CKII?.byGrade.map((g) => [g.grade, g.needSupport, g.byArea.Toán])).toEqual([[6, 1, 1]]);
  });

  it('no header warning for the pair, no "not rated"; two different ratings are an error at the second cell', () => {
    expect(codes(a)).toEqual(['RATING_CONFLICT@I6']);
    expect(a.problems[0]).toMatchObject({ severity: 'error', row: 6, column: 9, className: '1A' });
    expect(a.problems[0].message).toBe('Ô Toán của Dũng ghi "C" ở cột Cuối năm, nhưng cột Cuối học kì II ghi "H": ở tiểu học hai cột này cùng là mốc Cuối năm, nên dòng này chưa được tính. Giữ một mức đánh giá: xóa ô sai, hoặc ghi cùng một mức ở cả hai ô.');
    expect(a.students[3].excluded).toBe(true);
    expect(a.flags.filter((f) => f.kinds.includes('notRated'))).toEqual([]);
  });

  it('a THCS row reads Cuối HKII and Cả năm as two review points', () => {
    // Tiếng Việt is a primary-only area: not read for a THCS row, so not blank there either (review-7 F27, changed on purpose).
    expect(a.students[4].reviews).toEqual({ CKII: { rated: true, need: ['Toán'], blank: [] }, CN: { rated: true, need: [], blank: [] } });
  });
});
