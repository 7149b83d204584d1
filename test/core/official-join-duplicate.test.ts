// A child written twice in the Danh sách (the copy is a STUDENT_DUPLICATE error, left out) and
// present in a vnEdu class tab is one child: the counted row joins the official results, so the
// child is counted once (review-2 F11: it was counted from the Danh sách and from the tab).
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { CLASS_2A, ORDER_2025, vneduSheet } from '../../local/vnedu-export';

describe('a duplicated Danh sách row and its official results', () => {
  const roster = rosterGrid([
    { name: 'Nguyễn Văn An', className: '2A', birth: '05/01/2018', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
    { name: 'Nguyễn Văn An', className: '2A', birth: '05/01/2018', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
    { name: 'Lê Thị Bình', className: '2A', birth: '02/03/2018', supporter: 'Cô Lan', ratings: { CKI: { 'Tiếng Việt': 'C' } } },
  ], { points: ['CKI'] });
  const tab = vneduSheet({ sheet: '2a', className: '2A', point: 'CKI', year: 2025, subjects: ORDER_2025, students: CLASS_2A });
  const a = run([roster, classGrid([['2A', 2, 'Cô Lan', 5]]), tab.grid], '2026-01-20');
  const ans = a.students.filter((s) => s.name === 'Nguyễn Văn An');

  it('counts the child once, from the row kept, with the official ratings', () => {
    const counted = ans.filter((s) => !s.excluded);
    expect(counted.map((s) => `${s.sheet}!${s.row}`)).toEqual(['Danh sách!3']);
    expect(counted[0].official?.CKI?.sheet).toBe('2a');
    expect(ans.filter((s) => s.excluded).map((s) => `${s.sheet}!${s.row}`)).toEqual(['Danh sách!4']);
    const khoi2 = a.totals.CKI?.byGrade.find((g) => g.grade === 2);
    const expectedToan = a.students.filter((s) => !s.excluded && s.grade === 2 && s.reviews.CKI?.need.includes('Toán')).length;
    expect(khoi2?.byArea.Toán).toBe(expectedToan);
    expect(khoi2?.byArea.Toán).toBe(1);
  });

  it('says what is wrong once: the duplicate row, and no "not found in the official results" for the kept one', () => {
    expect(a.problems.filter((p) => p.severity === 'error' || p.code.startsWith('OFFICIAL')).map((p) => `${p.code}@${p.sheet}!${p.cell}`))
      .toEqual(['STUDENT_DUPLICATE@Danh sách!B4']);
  });
});
