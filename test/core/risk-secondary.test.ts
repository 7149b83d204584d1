// Early warning at a THPT through the readers (PRODUCT 3.9): a vnEdu Học kỳ 1 class tab gives Kết
// quả học tập, Kết quả rèn luyện and Buổi nghỉ; the Danh sách gives Hoàn cảnh and the mentor. Each
// signal alone, every pair, every three and all four are planted; only two or more make atRisk.
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';
import { secondaryClass, secondarySheet, THPT_10U } from '../../local/vnedu-export-secondary';

type Signal = 'absence' | 'conduct' | 'learning' | 'hardship';
const SIGNALS: Signal[] = ['absence', 'conduct', 'learning', 'hardship'];
const REASON = { absence: 'Chuyên cần', conduct: 'Rèn luyện', learning: 'Học tập', hardship: 'Hoàn cảnh' } as const;
const subsets = SIGNALS.reduce<Signal[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);

describe('planted at-risk students at a THPT', () => {
  const students = secondaryClass(subsets.length, 7000000001, 2010, (i) => ({
    learning: subsets[i].includes('learning') ? 'Chưa đạt' : 'Khá',
    conduct: subsets[i].includes('conduct') ? 'Chưa đạt' : 'Tốt',
    // 20 buổi in the học kì is the default threshold; 19 is not.
    absences: subsets[i].includes('absence') ? [12, 8, 20] : [10, 9, 19],
  }));
  const tab = secondarySheet({ sheet: '10u', className: '10U', grade: 10, point: 'HK1', year: 2025, regime: 'TT22', subjects: THPT_10U, students });
  const roster = { name: 'Danh sách', values: [
    ['Mã HS', 'Họ và tên', 'Lớp', 'Hoàn cảnh', 'GV nhận đỡ đầu'],
    ...students.map((s, i) => [s.id, s.name, '10U', subsets[i].includes('hardship') ? 'Cha mất sớm, mẹ làm thuê' : '', i % 3 === 0 ? '' : '1. Ngô Văn Quang']),
  ] };
  const config = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
  const report = buildReport(run([config, roster, tab.grid], '2026-01-20'));

  it.each(subsets.map((s, i) => [s.join('+') || 'none', i] as [string, number]))('%s', (_label, i) => {
    const flag = report.flags.find((f) => f.name === students[i].name && f.kinds.includes('atRisk'));
    const expected = SIGNALS.filter((s) => subsets[i].includes(s)).map((s) => REASON[s]);
    if (expected.length >= 2) expect(flag).toMatchObject({ reviewPoint: 'CKI', reasons: expected });
    else expect(flag).toBeUndefined();
  });

  it('at-risk students without a mentor come first in the flags', () => {
    const risky = report.flags.filter((f) => f.kinds.includes('atRisk'));
    expect(risky.length).toBe(11);
    const alone = risky.map((f) => f.kinds.includes('noSupporter'));
    expect(alone.indexOf(false)).toBe(alone.filter(Boolean).length); // every true before the first false
    expect(alone.filter(Boolean).length).toBeGreaterThan(0);
  });
});
