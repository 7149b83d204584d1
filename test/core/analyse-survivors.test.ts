// analyse hands the official reader the khối the Lớp tab gives a class (readInputs' gradeOf): a class
// whose name carries no khối ("61" for 6/1) is still read on its level's scales.
import { classGrid, codes, run } from '../helpers/grid';
import { secondaryClass, secondarySheet, THCS_SUBJECTS } from '../../local/vnedu-export-secondary';

describe('a class tab whose name gives no khối', () => {
  it('class "61", khối 6 in the Lớp tab: its export is read as THCS (scores, Đ/CĐ), not as primary ratings', () => {
    const students = secondaryClass(2, 9300000001, 2013, (i) => (i === 0 ? { marks: { Toán: 3.5 } } : {}));
    const tab = secondarySheet({ sheet: '61', className: '61', grade: 6, point: 'HK1', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS, students }).grid;
    const config = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
    const a = run([config, classGrid([['61', 6, 'Cô Hoa', 2]]), tab], '2026-01-20');
    // Nothing unreadable, and the Toán mark under 5 is a need at Cuối kì I.
    expect(codes(a).filter((c) => c.startsWith('RATING_INVALID'))).toEqual([]);
    expect(a.students.map((s) => [s.grade, s.reviews.CKI?.need])).toEqual([[6, ['Toán']], [6, []]]);
  });
});
