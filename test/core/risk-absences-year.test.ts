// A roster with a Cả năm Buổi nghỉ column: its Học kỳ 2 column is Học kỳ 2's alone. A Cả năm cell
// left blank leaves the year as HK1 + HK2 (hostile2 t12), never HK2 alone.
import { summerList, yearAbsences } from '../../src/core/rules/summer';
import { adoptOfficial } from '../../src/core/join/adopt';
import type { SheetGrid } from '../../src/core/model';
import type { Analysis } from '../../src/core/analyse';
import { run } from '../helpers/grid';
import { student } from '../helpers/student';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['7A', 7, 'Thầy Nam', 30]] };
const HEADER = ['STT', 'Họ và tên', 'Lớp', 'Hoàn cảnh', 'Toán Cả năm', 'Học tập Cả năm', 'Rèn luyện Cả năm', 'Số buổi nghỉ HK1', 'Số buổi nghỉ HK2'];
const roster = (header: string[], rows: unknown[][]): SheetGrid => ({ name: 'Danh sách', values: [header, ...rows] });

const reasonsOf = (a: Analysis) => [...a.mentoring.byStudent.values()].map((sm) => `${sm.student.name}: ${sm.risk.reasons.join(', ')}`);

describe('Buổi nghỉ of the year when the Cả năm cell is blank', () => {
  const tab = roster([...HEADER, 'Số buổi nghỉ cả năm'], [
    [1, 'Hoàng Thu Hà', '7A', 'Mồ côi cha', 7, 'Khá', 'Tốt', 25, 25, ''], // 25 + 25: 50 in the year
    [2, 'Vũ Minh Khang', '7A', '', 7, 'Khá', 'Tốt', 20, 20, 46], // Cả năm written: it is the year
    [3, 'Đặng Quốc Minh', '7A', '', 7, 'Khá', 'Tốt', 15, 15, ''], // 30: not over 45
  ]);
  let analysis: Analysis;
  beforeEach(() => { analysis = run([CLASSES, tab], '2026-05-30'); });

  it('adds the two học kì: the summer list names 50, as it names a written Cả năm', () => {
    expect(summerList(analysis.students).map((e) => `${e.student.name} ${e.absences}`)).toEqual(['Hoàng Thu Hà 50', 'Vũ Minh Khang 46']);
    // Without a Cả năm column, Học kỳ 2 is still read as the year (vnEdu): 25 after 25 is 25.
    const a = run([CLASSES, roster(HEADER, [[1, 'Hoàng Thu Hà', '7A', '', 7, 'Khá', 'Tốt', 25, 25]])], '2026-05-30');
    expect(a.students.map(yearAbsences)).toEqual([25]);
  });

  it('makes the Chuyên cần signal of the year (more than 45)', () => {
    expect(reasonsOf(analysis)).toEqual(['Hoàng Thu Hà: Chuyên cần, Hoàn cảnh', 'Vũ Minh Khang: Chuyên cần', 'Đặng Quốc Minh: ']);
  });

});

describe('yearAbsences of Học kỳ 2 counted alone', () => {
  it('is HK1 + HK2, else HK2 alone as the least the year can be', () => {
    const alone = { absencesHk2Alone: true as const };
    expect(yearAbsences(student({ ...alone, absences: { CKI: { total: 20 }, CKII: { total: 30 } } }))).toBe(50);
    expect(yearAbsences(student({ ...alone, absences: { CKII: { total: 46 } } }))).toBe(46);
    expect(yearAbsences(student({ ...alone, absences: { CKI: { total: 5 }, CKII: { total: 30 }, CN: { total: 40 } } }))).toBe(40);
  });

  it("an official tab's Cuối kì II count is the year's again once adopted", () => {
    const listed = student({ absencesHk2Alone: true, absences: { CKI: { total: 20 }, CKII: { total: 30 } } });
    const official = student({ absences: { CKII: { total: 30 } } });
    const roster = { students: [listed], problems: [], classes: [] } as never;
    expect(yearAbsences(adoptOfficial(listed, official, roster, []))).toBe(30);
  });
});
