import { rosterGrid, classGrid, run } from '../helpers/grid';
import { SEED_000, seed000School } from '../helpers/seed000';

describe('totals (PRODUCT 3.2)', () => {
  it('reproduces the grade table of seed 000, with TC computed from the rows: 1511, not 1611', () => {
    const { classes, students } = seed000School();
    const a = run([rosterGrid(students, { points: ['DN', 'GKI'] }), classGrid(classes)], '2025-10-05');
    expect(a.problems).toEqual([]);
    expect(a.reviewPoints).toEqual(['DN']);
    const dn = a.totals.DN!;
    expect(dn.byGrade.map((g) => ({ grade: g.grade, students: g.students, need: g.needSupport, byArea: g.byArea }))).toEqual(SEED_000);
    expect(dn.byGrade.every((g) => g.studentsSource === 'classList')).toBe(true);
    expect(dn.total).toEqual({ students: 1511, needSupport: 96, byArea: { Toán: 80, 'Tiếng Việt': 90, 'Năng lực': 72, 'Phẩm chất': 67 }, disability: 0 });
  });

  it('counts THHS from the roster when the Lớp tab has no Sĩ số, and says so', () => {
    const students = [
      { name: 'An', className: '1A', supporter: 'x', ratings: { GKI: { Toán: 'C' } } },
      { name: 'Bình', className: '1B', supporter: 'x', ratings: { GKI: { Toán: 'H' } } },
      { name: 'Chi', className: '2A', supporter: 'x', ratings: { GKI: { Toán: 'C', 'Phẩm chất': 'C' } }, disability: true },
    ];
    const a = run([rosterGrid(students, { points: ['GKI'] })]);
    expect(a.totals.GKI!.byGrade).toEqual([
      { grade: 1, students: 2, studentsSource: 'roster', needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 0, 'Năng lực': 0, 'Phẩm chất': 0 }, disability: 0 },
      { grade: 2, students: 1, studentsSource: 'roster', needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 0, 'Năng lực': 0, 'Phẩm chất': 1 }, disability: 1 },
    ]);
    expect(a.totals.GKI!.total.needSupport).toBe(2);
  });

  it('lists only review points with ratings, in order, and khối ascending', () => {
    const students = [
      { name: 'An', className: '3A', supporter: 'x', ratings: { CKI: { Toán: 'C' } } },
      { name: 'Bình', className: '1A', supporter: 'x', ratings: { DN: { Toán: 'x' } } },
    ];
    const a = run([rosterGrid(students, { points: ['DN', 'GKI', 'CKI'] })]);
    expect(a.reviewPoints).toEqual(['DN', 'CKI']);
    // Khối 1 is rated at Đầu năm only: no row at Cuối học kì I, named as not rated there (review-7 F15).
    expect(a.totals.CKI!.byGrade.map((g) => g.grade)).toEqual([3]);
    expect(a.totals.CKI!.unrated).toEqual([1]);
    expect(a.totals.DN!.byGrade.map((g) => g.grade)).toEqual([1]);
    expect(a.totals.DN!.unrated).toEqual([3]);
  });

  it('other GDPT 2018 subjects become columns of their own, on the subject scale', () => {
    const values = [
      ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'CKI - Khoa học', 'CKI - LS&ĐL', 'CKI - Tin học và Công nghệ', 'CKI - Toán'],
      ['An', '4A', 'Cô Lan', 'C', 'H', 'CHT', ''],
      ['Bình', '5A', 'Cô Lan', 'H', 'C', 'T', 'C'],
    ];
    const a = run([{ name: 'Danh sách', values }]);
    expect(a.problems).toEqual([]);
    expect(a.roster.areas).toEqual(['Toán', 'Tin học và Công nghệ', 'Khoa học', 'Lịch sử và Địa lí']);
    expect(a.totals.CKI!.total.byArea).toEqual({ Toán: 1, 'Tin học và Công nghệ': 1, 'Khoa học': 1, 'Lịch sử và Địa lí': 1 });
  });

  it('leaves error rows out of every count', () => {
    const students = [
      { name: 'An', className: '1A', supporter: 'x', ratings: { GKI: { Toán: 'C' } } },
      { name: 'Bình', className: '1A', supporter: 'x', ratings: { GKI: { Toán: 'C', 'Tiếng Việt': '5' } } },
    ];
    const a = run([rosterGrid(students, { points: ['GKI'] })]);
    expect(a.totals.GKI!.total).toMatchObject({ students: 1, needSupport: 1, byArea: { Toán: 1 } });
  });
});
