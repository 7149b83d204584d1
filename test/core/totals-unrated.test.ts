// Review-7 F15: at a review point, a khối whose students are all unrated is no "0 need, 0,00%" row.
// It is left out of that point's rows and of TC, and the note under the table names it. A khối
// with one student rated there (even with no need) is a row; a khối of the Lớp tab without any
// Danh sách row keeps its row (a support list lists only who needs support).
import { summaryRows, type TabLayout } from '../../src/core/layout';
import { pointTotals } from '../../src/core/rules/totals';
import type { Student, StudentReview } from '../../src/core/model';
import { run } from '../helpers/grid';

/** Printed cells of a row, trailing blanks dropped. */
const cells = (layout: TabLayout, width: number) => layout.rows.map((r) => {
  const row = r.slice(0, width).map((c) => (c && typeof c === 'object' ? c.text : c));
  while (row.length > 0 && (row[row.length - 1] === null || row[row.length - 1] === undefined)) row.pop();
  return row;
});

const rated = (need: string[]): StudentReview => ({ rated: true, need, blank: [] });
const student = (grade: number, reviews: Student['reviews'], excluded = false) =>
  ({ grade, reviews, supporters: ['Cô Lan'], excluded } as unknown as Student);
const perGrade = new Map([8, 9, 10].map((g) => [g, { students: 40, studentsSource: 'classList' as const }]));

describe('a khối nobody of which is rated at the point', () => {
  it.each([
    // [case, khối 9's students, rows at CN, TC (THHS, need), unrated]
    ['all unrated at CN', [student(9, { CKI: rated([]) })], [[8, 1], [10, 0]], [80, 1], [9]],
    ['one rated with no need', [student(9, { CKI: rated([]) }), student(9, { CN: rated([]) })], [[8, 1], [9, 0], [10, 0]], [120, 1], undefined],
    ['one rated with a need', [student(9, {}), student(9, { CN: rated(['Toán']) })], [[8, 1], [9, 1], [10, 0]], [120, 2], undefined],
    ['rated only in an excluded row', [student(9, {}), student(9, { CN: rated(['Toán']) }, true)], [[8, 1], [10, 0]], [80, 1], [9]],
    ['no Danh sách row (Lớp tab only)', [], [[8, 1], [9, 0], [10, 0]], [120, 1], undefined],
  ] as const)('%s', (_case, nine, rows, total, unrated) => {
    // khối 10: rated with no need, so it is a row of 0
    const students = [student(8, { CN: rated(['Toán']) }), student(10, { CN: rated([]) }), ...nine];
    const t = pointTotals('CN', students, ['Toán'], perGrade);
    expect(t.byGrade.map((g) => [g.grade, g.needSupport])).toEqual(rows);
    expect([t.total.students, t.total.needSupport]).toEqual(total);
    expect(t.unrated).toEqual(unrated);
  });

  it('the printed table leaves khối 9 out at Cả năm, TC counts khối 8 only, and the note says why', () => {
    const a = run([
      { name: 'Danh sách', values: [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Toán HK1', 'Văn HK1', 'Toán CN', 'Văn CN'],
        [1, 'Nguyễn Văn An', '01/02/2012', '8A', 'Cô Lan', '4,5', '6', '4,0', '6'],
        [2, 'Trần Thị Bình', '03/04/2012', '8A', 'Cô Lan', '6', '6', '6', '6'],
        [3, 'Lê Văn Cường', '05/06/2011', '9A', 'Cô Lan', '6', '6', '', ''],
        [4, 'Lê Văn Dũng', '05/06/2011', '9A', 'Cô Lan', '6', '7', '', ''],
      ] },
      { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'X', 40], ['9A', 9, 'Y', 38]] },
    ], '2026-06-10');
    expect(a.totals.CN!.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[8, 40, 1]]);
    expect([a.totals.CN!.total.students, a.totals.CN!.total.needSupport, a.totals.CN!.unrated]).toEqual([40, 1, [9]]);
    // Cuối học kì I: both khối rated, both rows, as before.
    expect(a.totals.CKI!.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[8, 40, 1], [9, 38, 0]]);
    expect(a.totals.CKI!.unrated).toBeUndefined();
    const rows = cells(summaryRows(a), 10);
    const at = rows.findIndex((r) => r[0] === '1. Số học sinh cần hỗ trợ theo khối - Cả năm');
    expect(rows.slice(at + 3, at + 6)).toEqual([
      // Changed on purpose (review-7 F17): the roster has no Ngoại ngữ, Học tập, Rèn luyện column: "–", not 0.
      ['8', 40, 1, 1, 0, '–', '–', '–', 0, '2,50%'],
      ['TC', 40, 1, 1, 0, '–', '–', '–', 0, '2,50%'],
      ['THHS: tổng sĩ số các lớp theo trang Lớp. Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.'
        + ' Khối 9 chưa có học sinh nào được đánh giá ở mốc Cả năm, nên chưa có trong bảng và trong dòng TC; khi giáo viên nhập kết quả mốc này, bấm Tổng hợp lại.'
        + ' Dấu –: khối đó chưa có cột đánh giá này ở mốc này, nên chưa biết (không phải 0).'],
    ]);
    const trend = rows.findIndex((r) => r[0] === '2. Diễn biến qua các mốc đánh giá');
    expect(rows.slice(trend + 3, trend + 6)).toEqual([
      ['Cuối học kì I', 78, 1, 1, 0, '–', '–', '–', 0, '1,28%'],
      ['Cả năm', 40, 1, 1, 0, '–', '–', '–', 0, '2,50%'],
      ['Dòng Cả năm chưa tính khối 9: chưa có học sinh nào của khối được đánh giá ở mốc này.'],
    ]);
  });
});
