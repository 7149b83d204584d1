// A secondary Danh sách in the header styles schools write (PRODUCT 2.3): "Toán HK1" (subject then
// review point, issue 18), flat "Học kỳ 1 - Toán", and merged "Học kỳ 1" over the subjects. Each
// reads the same students with the same needs at Cuối kì I, Cuối kì II and Cả năm.
import { classGrid, rosterGrid, run, type StudentSpec } from '../helpers/grid';

const AREAS = ['Toán', 'Ngữ văn', 'GDTC', 'Học tập', 'Rèn luyện'];
const POINTS = ['CKI', 'CKII', 'CN'];
const STUDENTS: StudentSpec[] = [
  { name: 'Nguyễn Văn An', className: '6A', supporter: 'Cô Lan', ratings: {
    CKI: { Toán: '4,5', 'Ngữ văn': 6, GDTC: 'Đ', 'Học tập': 'Đạt', 'Rèn luyện': 'Tốt' },
    CKII: { Toán: 5, 'Ngữ văn': '3.5', GDTC: 'CĐ', 'Học tập': 'Chưa đạt', 'Rèn luyện': 'Khá' },
    CN: { Toán: '4,9', 'Ngữ văn': '5,0', GDTC: 'Miễn', 'Học tập': 'Yếu', 'Rèn luyện': 'Chưa đạt' } } },
  { name: 'Lê Thị Bình', className: '11A', supporter: 'Thầy Nam', ratings: {
    CKI: { Toán: 8, 'Ngữ văn': '4.0', GDTC: 'Chưa đạt', 'Học tập': 'Khá', 'Rèn luyện': 'Yếu' },
    CN: { Toán: '6,5', 'Ngữ văn': 7, GDTC: 'Đạt', 'Học tập': 'Trung bình', 'Rèn luyện': 'Tốt' } } },
];
const CLASSES = classGrid([['6A', 6, 'Cô Lan', 30], ['11A', 11, 'Thầy Nam', 40]]);
const WANTED = {
  'Nguyễn Văn An': { CKI: ['Toán'], CKII: ['Ngữ văn', 'Học tập', 'Giáo dục thể chất'], CN: ['Toán', 'Học tập', 'Rèn luyện'] },
  'Lê Thị Bình': { CKI: ['Ngữ văn', 'Rèn luyện', 'Giáo dục thể chất'], CKII: [], CN: [] },
};
const SEMESTER: Record<string, string> = { CKI: 'Học kỳ 1', CKII: 'Học kỳ 2', CN: 'Cả năm' };

describe('secondary roster header styles', () => {
  it.each([
    ['"Toán HK1"', { style: 'one-row' as const, combined: (p: string, a: string) => `${a} ${{ CKI: 'HK1', CKII: 'HK2', CN: 'CN' }[p]}` }],
    ['"Toán HKI"', { style: 'one-row' as const, combined: (p: string, a: string) => `${a} ${{ CKI: 'HKI', CKII: 'HKII', CN: 'Cả năm' }[p]}` }],
    ['"Toán - Học kỳ 1"', { style: 'one-row' as const, combined: (p: string, a: string) => `${a} - ${SEMESTER[p]}` }],
    ['"Học kỳ 1 - Toán"', { style: 'one-row' as const, combined: (p: string, a: string) => `${SEMESTER[p]} - ${a}` }],
    ['merged "Học kỳ 1" over the subjects', { style: 'two-row' as const, pointLabel: (p: string) => SEMESTER[p] }],
  ])('%s: the same needs per review point, no problem', (_name, style) => {
    const a = run([rosterGrid(STUDENTS, { points: POINTS, areas: AREAS, ...style }), CLASSES], '2026-06-10');
    expect(a.problems.filter((p) => p.severity === 'error' || p.code.startsWith('COLUMN') || p.code.startsWith('HEADER'))).toEqual([]);
    const needs = Object.fromEntries(a.roster.students.map((s) => [s.name,
      Object.fromEntries(Object.entries(s.reviews).map(([p, r]) => [p, [...r!.need].sort()]))]));
    const sorted = (w: Record<string, string[]>) => Object.fromEntries(Object.entries(w).map(([p, n]) => [p, [...n].sort()]));
    expect(needs).toEqual({ 'Nguyễn Văn An': sorted(WANTED['Nguyễn Văn An']), 'Lê Thị Bình': sorted(WANTED['Lê Thị Bình']) });
    expect(a.totals.CN?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[6, 30, 1], [11, 40, 0]]);
  });
});
