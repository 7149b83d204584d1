// The year's Buổi nghỉ added up from the two học kì (a Cả năm cell left blank): the summer list says
// so beside the count, so a school that pasted a whole-year count under Học kỳ 2 sees it; and the
// added-up year is held to the year's threshold as a written Cả năm is (review of the abs merge).
import { trackingLayout } from '../../src/core/layout';
import { summerList, yearAddedUp } from '../../src/core/rules/summer';
import type { SheetGrid } from '../../src/core/model';
import type { Analysis } from '../../src/core/analyse';
import { run } from '../helpers/grid';
import { student } from '../helpers/student';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['7A', 7, 'Thầy Nam', 30]] };
const HEADER = ['STT', 'Họ và tên', 'Lớp', 'Toán Cả năm', 'Học tập Cả năm', 'Rèn luyện Cả năm', 'Số buổi nghỉ HK1', 'Số buổi nghỉ HK2', 'Số buổi nghỉ cả năm'];
const school = (rows: unknown[][]): Analysis => run([CLASSES, { name: 'Danh sách', values: [HEADER, ...rows] }], '2026-05-30');
const reasons = (a: Analysis) => [...a.mentoring.byStudent.values()].map((sm) => `${sm.student.name}: ${sm.risk.reasons.join(', ')}`);

describe('the year added up from the two học kì', () => {
  it('is held to the year\'s threshold: 22 + 19 = 41 is Chuyên cần, as 41 written under Cả năm is', () => {
    expect(reasons(school([[1, 'Hoàng Thu Hà', '7A', 7, 'Khá', 'Tốt', 22, 19, ''], [2, 'Vũ Minh Khang', '7A', 7, 'Khá', 'Tốt', 10, 10, 41],
      [3, 'Đặng Quốc Minh', '7A', 7, 'Khá', 'Tốt', 15, 15, '']]))).toEqual(['Hoàng Thu Hà: Chuyên cần', 'Vũ Minh Khang: Chuyên cần', 'Đặng Quốc Minh: ']);
  });

  it('is said beside the count on the summer list; a written Cả năm is shown as written', () => {
    const a = school([[1, 'Hoàng Thu Hà', '7A', 7, 'Khá', 'Tốt', 20, 30, ''], [2, 'Vũ Minh Khang', '7A', 7, 'Khá', 'Tốt', 20, 26, 46]]);
    expect(summerList(a.students).map((e) => [e.student.name, e.absences, e.absencesAddedUp])).toEqual([['Hoàng Thu Hà', 50, true], ['Vũ Minh Khang', 46, undefined]]);
    const cells = trackingLayout(a).rows.flat().map((c) => (c && typeof c === 'object' ? (c as { text: string }).text : c));
    expect(cells).toContain('50 (HK1 + HK2)');
    expect(cells).toContain(46);
  });

  it('yearAddedUp: only when no Cả năm is written and both học kì are', () => {
    expect(yearAddedUp(student({ absencesHk2Alone: true, absences: { CKI: { total: 20 }, CKII: { total: 30 } } }))).toBe(true);
    expect(yearAddedUp(student({ absences: { CKI: { total: 30 }, CKII: { total: 20 } } }))).toBe(true);
    expect(yearAddedUp(student({ absences: { CKI: { total: 20 }, CKII: { total: 30 } } }))).toBe(false);
    expect(yearAddedUp(student({ absencesHk2Alone: true, absences: { CKII: { total: 30 } } }))).toBe(false);
    expect(yearAddedUp(student({ absencesHk2Alone: true, absences: { CKI: { total: 20 }, CKII: { total: 30 }, CN: { total: 50 } } }))).toBe(false);
  });
});
