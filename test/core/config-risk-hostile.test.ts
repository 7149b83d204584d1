// Cấu hình's early-warning settings as schools write them (a tester's findings): a rate typed as a
// fraction in text ("0,1") was 0.1%, so one absence made the signal; "Ngưỡng buổi nghỉ giữa kì" and
// "Ngưỡng nghỉ không phép" were taken for the học kì's threshold. A fraction is its percent, and a
// key naming another count is unknown (said at its cell), never read as the học kì's.
import { run } from '../helpers/grid';

function config(rows: unknown[][]) {
  const a = run([{ name: 'Cấu hình', values: [['Năm học', '2025-2026'], ...rows] }, { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GKI - Toán'], ['Lê Văn An', '4A', 'H']] }], '2025-11-20');
  return { risk: a.config.risk, said: a.problems.filter((p) => p.sheet === 'Cấu hình').map((p) => `${p.code}@${p.cell}`) };
}

describe('Cấu hình: early-warning settings', () => {
  it.each([['0,1', 10], ['0.1', 10], ['0,15', 15], ['10%', 10], ['10 %', 10], ['10', 10], [0.1, 10], ['0,5%', 0.5]])('a rate written %p is %p%%', (written, percent) => {
    const got = config([['Tỉ lệ buổi nghỉ báo động', written]]);
    expect(got.risk.absenceRate).toBe(percent);
    expect(got.said).toEqual([]);
  });

  it.each([['Ngưỡng buổi nghỉ giữa kì'], ['Ngưỡng nghỉ không phép'], ['Số buổi nghỉ'], ['Số buổi nghỉ học kì không phép']])('%p is no học kì threshold: unknown, said', (key) => {
    const got = config([[key, 5]]);
    expect(got.risk.semesterAbsences).toBe(20);
    expect(got.said).toEqual(['CONFIG_KEY_UNKNOWN@A2']);
  });

  it.each([['Ngưỡng buổi nghỉ'], ['Ngưỡng nghỉ học kì'], ['Số buổi nghỉ một học kì'], ['Số buổi nghỉ một học kỳ'], ['Số buổi nghỉ báo động học kì'], ['Số buổi nghỉ HK1']])(
    '%p is the học kì threshold', (key) => {
      const got = config([[key, 15]]);
      expect(got.risk.semesterAbsences).toBe(15);
      expect(got.said).toEqual([]);
    });
});

describe('Cấu hình: the học kì threshold written with a unit or its học kì as schools do (review)', () => {
  it.each([['Số buổi nghỉ báo động một học kì (buổi)'], ['Ngưỡng buổi nghỉ báo động'], ['Ngưỡng buổi nghỉ báo động một học kì'], ['Ngưỡng buổi nghỉ (buổi)'],
    ['Ngưỡng buổi nghỉ học kì (buổi)'], ['Ngưỡng buổi nghỉ / học kì'], ['Ngưỡng buổi nghỉ/HK'], ['Ngưỡng buổi nghỉ 1 HK'], ['Ngưỡng buổi nghỉ trong một học kì'],
    ['Ngưỡng nghỉ (buổi/học kì)']])('%p is the học kì threshold', (key) => {
    const got = config([[key, 15]]);
    expect(got.risk.semesterAbsences).toBe(15);
    expect(got.said).toEqual([]);
  });
});
