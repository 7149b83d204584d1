// Chuyên cần at a review point with no Buổi nghỉ count of its own (hostile2 t14, t6): the latest
// count at an earlier point is read, held to the threshold of the point it is from.
import { defaultConfig } from '../../src/core/read/config';
import { riskSignals } from '../../src/core/rules/risk';
import type { Absences, SheetGrid, StudentReview } from '../../src/core/model';
import type { ReviewPointCode } from '../../src/core/vocab';
import { run } from '../helpers/grid';
import { student } from '../helpers/student';

const RISK = defaultConfig().risk;
const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['3A', 3, 'Cô Lan', 30]] };
const reasonsOf = (tab: SheetGrid, today: string) => {
  const a = run([CLASSES, tab], today);
  return [...a.mentoring.byStudent.values()].map((sm) => `${sm.student.name}: ${sm.risk.point} ${sm.risk.reasons.join(', ')}`);
};
const rated: StudentReview = { rated: true, need: [], blank: [] };

describe('a later review point rated with no Buổi nghỉ column', () => {
  it('25 buổi by Giữa kì I still make Chuyên cần once Cuối kì I is rated', () => {
    const tab: SheetGrid = { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'Hoàn cảnh', 'Số buổi nghỉ GKI', 'GKI - Toán', 'GKI - Tiếng Việt', 'CKI - Toán', 'CKI - Tiếng Việt'],
      ['Hoàng Thu Hà', '3A', 'Mồ côi cha', 25, 'H', 'H', 'H', 'H'],
      ['Vũ Minh Khang', '3A', 'Mồ côi cha', 25, 'H', 'H', '', ''],
    ] };
    expect(reasonsOf(tab, '2026-01-20')).toEqual(['Hoàng Thu Hà: CKI Chuyên cần, Hoàn cảnh', 'Vũ Minh Khang: GKI Chuyên cần, Hoàn cảnh']);
  });

  it("Học kỳ 1's 25 buổi still make it at Giữa kì II, Học kỳ 2 just begun with nothing written for it", () => {
    const tab: SheetGrid = { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'Hoàn cảnh', 'Số buổi nghỉ HK1', 'CKI - Toán', 'CKI - Tiếng Việt', 'GKII - Toán', 'GKII - Tiếng Việt'],
      ['Hoàng Thu Hà', '3A', 'Mồ côi cha', 25, 'C', 'H', 'C', 'H'],
    ] };
    expect(reasonsOf(tab, '2026-03-20')).toEqual(['Hoàng Thu Hà: GKII Chuyên cần, Hoàn cảnh']);
  });
});

describe('the earlier count is held to the threshold of its own point', () => {
  const at = (absences: Partial<Record<ReviewPointCode, Absences>>, point: ReviewPointCode) =>
    riskSignals(student({ grade: 3, className: '3A', reviews: { [point]: rated }, absences }), RISK).reasons;

  it("Giữa kì I's 10 make it at Cuối kì I (half a học kì's 20), 9 do not", () => {
    expect([at({ GKI: { total: 9 } }, 'CKI'), at({ GKI: { total: 10 } }, 'CKI')]).toEqual([[], ['Chuyên cần']]);
  });

  it("Cuối kì I's 20 make it at Cả năm, not held to the year's 40; 19 do not", () => {
    expect([at({ CKI: { total: 19 } }, 'CN'), at({ CKI: { total: 20 } }, 'CN')]).toEqual([[], ['Chuyên cần']]);
    // The latest earlier count is read: Giữa kì II's 5 after Cuối kì I's 25 is no signal.
    expect(at({ CKI: { total: 25 }, GKII: { total: 5 } }, 'CN')).toEqual([]);
  });
});
