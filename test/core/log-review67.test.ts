// Review 67: regressions of the Nhật ký reader's by-words labels (review 66). Other tabs of a school
// (assignments, awards, violations, assessments, a schedule) are never read as the log; a readable
// day/month under "Tháng" and a bare month under "Ngày tháng" count as before; a column named by an
// alias is read over one named only by its words, and a student's attribute is no student column.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { readLogTab } from '../../src/core/read/log';
import { run } from '../helpers/grid';

const START = 2025;
const ROSTER = { name: 'Danh sách', values: [['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'GKI - Toán'], [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C']] };
const read = (values: unknown[][], name = 'Nhật ký') => readLogTab({ name, values }, START, WALL_CLOCK_OFFSET);

describe('finding 8: readable dates under Tháng and Ngày tháng count as before', () => {
  const tab = (label: string, cell: unknown) => read([[label, 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], [cell, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']]);

  it.each<[string, unknown, string | undefined, string]>([
    ['Tháng', '15/11', '2025-11-15', '2025-11'], ['Tháng', '20-10', '2025-10-20', '2025-10'], ['Tháng hỗ trợ', '13/9', '2025-09-13', '2025-09'],
    ['Ngày tháng', 11, undefined, '2025-11'], ['Ngày tháng', '11', undefined, '2025-11'], ['Ngày/tháng/năm', 10, undefined, '2025-10'],
    ['Ngày tháng', '9/10', '2025-10-09', '2025-10'],
  ])('under "%s", %p counts (day %s, month %s), nothing told', (label, cell, day, month) => {
    const t = tab(label, cell);
    expect(t?.entries.map((e) => [e.day, e.month])).toEqual([[day, month]]);
    expect(t?.problems).toEqual([]);
  });

  it('under "Tháng", "10/11" (both at most 12) is still two months: LOG_DATE_INVALID', () => {
    expect(tab('Tháng', '10/11')?.problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['LOG_DATE_INVALID A2']);
  });

  it('under "Ngày thực hiện", a bare 11 is still a day without its month', () => {
    expect(tab('Ngày thực hiện', 11)?.problems.map((p) => p.message)).toEqual([expect.stringContaining('chỉ có ngày, chưa có tháng')]);
  });

  it.each<[string, unknown]>([['Tháng', '15/11'], ['Ngày tháng', 11]])('through analyse: "%s" = %p leaves no problem and the mentor has logged', (label, cell) => {
    const a = run([ROSTER, { name: 'Nhật ký', values: [[label, 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], [cell, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] }], '2025-11-26');
    expect(a.problems.filter((p) => p.sheet === 'Nhật ký')).toEqual([]);
    expect(a.mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)])).toEqual([['Nguyễn Thị Lan', ['Lê Văn An']]]);
  });
});
