// A Học kỳ 2 Buổi nghỉ count beside a Cả năm column is Học kỳ 2's alone (hostile2 t15): it is held
// to a học kì's threshold, and read beside the year's count, which keeps the year's threshold.
import { defaultConfig } from '../../src/core/read/config';
import { riskSignals } from '../../src/core/rules/risk';
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';
import { student } from '../helpers/student';

const RISK = defaultConfig().risk;
const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['7A', 7, 'Thầy Nam', 30]] };
const HEADER = ['STT', 'Họ và tên', 'Lớp', 'Toán HK2', 'Học tập HK2', 'Rèn luyện HK2', 'Số buổi nghỉ HK1', 'Số buổi nghỉ HK2', 'Số buổi nghỉ cả năm'];

describe('Học kỳ 2 counted alone, at Cuối kì II', () => {
  it('30 buổi in Học kỳ 2 make Chuyên cần, whether the year (35) is written or blank; 19 do not', () => {
    const tab: SheetGrid = { name: 'Danh sách', values: [HEADER,
      [1, 'Hoàng Thu Hà', '7A', 7, 'Khá', 'Tốt', 5, 30, 35],
      [2, 'Vũ Minh Khang', '7A', 7, 'Khá', 'Tốt', 5, 30, ''],
      [3, 'Đặng Quốc Minh', '7A', 7, 'Khá', 'Tốt', 5, 19, 24],
    ] };
    const a = run([CLASSES, tab], '2026-05-20');
    expect([...a.mentoring.byStudent.values()].map((sm) => `${sm.student.name}: ${sm.risk.reasons.join(', ')}`))
      .toEqual(['Hoàng Thu Hà: Chuyên cần', 'Vũ Minh Khang: Chuyên cần', 'Đặng Quốc Minh: ']);
  });

  it("is held to a học kì's threshold (20, or the rate of a học kì's sessions), the year's count to the year's", () => {
    const at = (total: number, over: Partial<typeof RISK> = {}, year?: number) => riskSignals(student({
      absencesHk2Alone: true, absences: { CKII: { total }, ...(year === undefined ? {} : { CN: { total: year } }) },
    }), { ...RISK, ...over }).reasons;
    expect([at(19), at(20), at(8, { sessionsPerSemester: 90 }), at(9, { sessionsPerSemester: 90 })]).toEqual([[], ['Chuyên cần'], [], ['Chuyên cần']]);
    // The year's count beside it: 40 of the year make the signal, though Học kỳ 2 had 10.
    expect([at(10, {}, 39), at(10, {}, 40)]).toEqual([[], ['Chuyên cần']]);
    // Học kỳ 1's 25 are no signal once Học kỳ 2's 5 and the year's 30 are written.
    expect(riskSignals(student({ absencesHk2Alone: true, absences: { CKI: { total: 25 }, CKII: { total: 5 }, CN: { total: 30 } } }), RISK).reasons).toEqual([]);
  });
});
