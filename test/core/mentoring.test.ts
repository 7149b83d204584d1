// One run with mentors and a monthly log (PRODUCT 3.8): noLog past the deadline, the mentors in the
// JSON, and atRisk as a flag with its reasons.
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';

const ROSTER = { name: 'Danh sách', values: [
  ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'Sự rèn luyện của bản thân', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Phẩm chất'],
  [1, 'Lê Văn An', '4A', 'Mẹ ốm lâu ngày', 'Chăm, ngoan', '1. Nguyễn Thị Lan; 2. Trần Văn Hùng (hỗ trợ)', 'C', 'H', 'Đ'],
  [2, 'Phạm Thị Bình', '4A', '', '', 'cô Lan', 'C', 'C', 'Đ'],
  [3, 'Đỗ Văn Cường', '4B', 'Nhà xa trường', '', 'thầy Hùng', 'C', 'C', 'C'],
  [4, 'Vũ Thị Dung', '4B', '', '', '', 'C', 'C', 'T'],
  [5, 'Hồ Văn Em', '4B', '', '', 'thầy Hùng', 'H', 'H', 'T'], // improved out of support: owes no report
] };
const LOG = { name: 'Câu trả lời biểu mẫu 1', values: [
  ['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét'],
  [new Date(Date.UTC(2025, 10, 3, 2)), 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ'],
  ['20/11/2025 10:15:00', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Gặp gia đình', ''],
  ['10/2025', 'Phạm Thị Bình', '4A', 'cô Lan', 'Đọc sách cùng', 'Đọc to hơn'],
  ['12/11/2025', 'Phạm Thị Bình', '4C', 'cô Lan', 'Kèm Tiếng Việt', ''], // no Bình in 4C
] };
const CONFIG = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

describe('noLog and the mentors (PRODUCT 3.8)', () => {
  it('on the 26th: students under support with no entry this month are noLog; mentors say who is missing', () => {
    const a = run([CONFIG, ROSTER, LOG], '2025-11-26');
    const report = buildReport(a);
    expect(report.flags.filter((f) => f.kinds.includes('noLog')).map((f) => `${f.name} ${f.reviewPoint}`)).toEqual(['Phạm Thị Bình GKI', 'Đỗ Văn Cường GKI']);
    expect(report.mentors).toEqual([
      { name: 'Nguyễn Thị Lan', students: 2, loggedThisMonth: 1, missing: ['Phạm Thị Bình'], spellings: ['Nguyễn Thị Lan', 'cô Lan'] },
      { name: 'Trần Văn Hùng', students: 3, loggedThisMonth: 1, missing: ['Đỗ Văn Cường'], spellings: ['Trần Văn Hùng', 'thầy Hùng'] },
    ]);
    expect(report.log).toEqual({ sheets: ['Câu trả lời biểu mẫu 1'], entries: 4, matched: 3, month: '2025-11', deadlineDay: 25, pastDeadline: true });
    expect(report.problems.filter((p) => p.code.startsWith('LOG_')).map((p) => `${p.sheet}!${p.cell} ${p.code}`))
      .toEqual(['Câu trả lời biểu mẫu 1!C5 LOG_STUDENT_UNKNOWN']);
  });

  it('on the 24th, and on the 25th itself, nobody is noLog yet; the mentors still list who has no entry', () => {
    for (const day of ['2025-11-24', '2025-11-25']) {
      const report = buildReport(run([CONFIG, ROSTER, LOG], day));
      expect(report.flags.filter((f) => f.kinds.includes('noLog'))).toEqual([]);
      expect(report.mentors.map((m) => m.missing)).toEqual([['Phạm Thị Bình'], ['Đỗ Văn Cường']]);
    }
  });

  it('without a Nhật ký tab there is no noLog: the school keeps no log yet', () => {
    const report = buildReport(run([CONFIG, ROSTER], '2025-11-26'));
    expect(report.flags.filter((f) => f.kinds.includes('noLog'))).toEqual([]);
    expect(report.log).toBeUndefined();
    expect(report.mentors.map((m) => [m.name, m.students, m.missing])).toEqual([['Nguyễn Thị Lan', 2, []], ['Trần Văn Hùng', 3, []]]);
  });

  it('a Cấu hình deadline of the 20th makes the 21st late', () => {
    const config = { ...CONFIG, values: [...CONFIG.values, ['Hạn báo cáo tháng (ngày)', 20]] };
    expect(buildReport(run([config, ROSTER, LOG], '2025-11-21')).flags.filter((f) => f.kinds.includes('noLog')).length).toBe(2);
  });

  it('a report is owed only for a need or a risk: a mentored student with no need, rated or not, owes none (Hoàn cảnh alone is one signal)', () => {
    const roster = { ...ROSTER, values: [...ROSTER.values,
      [6, 'Mai Văn Giang', '4C', 'Mồ côi cha', '', 'cô Lan', 'H', 'T', 'Đ'], // rated, no need, Hoàn cảnh: was noLog
      [7, 'Lý Thị Hoa', '4C', 'Nhà nghèo', '', 'cô Lan', '', '', ''], // not rated yet, Hoàn cảnh: was noLog
      [8, 'Tạ Văn Ích', '4C', 'Mồ côi mẹ', '', 'thầy Hùng', 'H', 'H', 'C'], // no subject need but Phẩm chất C + Hoàn cảnh: at risk
    ] };
    const report = buildReport(run([CONFIG, roster, LOG], '2025-11-26'));
    expect(report.flags.filter((f) => f.kinds.includes('noLog')).map((f) => `${f.name} ${f.kinds.join('+')}`).sort())
      .toEqual(['Phạm Thị Bình new+noLog', 'Tạ Văn Ích new+noLog+atRisk', 'Đỗ Văn Cường new+noLog+atRisk'].sort());
    expect(report.mentors.map((m) => [m.name, m.students, m.missing])).toEqual([
      ['Nguyễn Thị Lan', 4, ['Phạm Thị Bình']], ['Trần Văn Hùng', 4, ['Đỗ Văn Cường', 'Tạ Văn Ích']],
    ]);
  });

  it('no report is owed in the summer: June, July and August have no noLog and no missing mentor', () => {
    const summerLog = { ...LOG, values: [...LOG.values, ['03/06/2026', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Ôn hè', '']] };
    for (const day of ['2026-06-26', '2026-07-26', '2026-08-26']) {
      const report = buildReport(run([CONFIG, ROSTER, summerLog], day));
      expect(report.flags.filter((f) => f.kinds.includes('noLog'))).toEqual([]);
      expect(report.mentors.map((m) => m.missing)).toEqual([[], []]);
    }
    // May is a school month: each student needing support without a May entry is owed.
    expect(buildReport(run([CONFIG, ROSTER, summerLog], '2026-05-26')).flags.filter((f) => f.kinds.includes('noLog')).map((f) => f.name))
      .toEqual(['Lê Văn An', 'Phạm Thị Bình', 'Đỗ Văn Cường']);
  });

  it('with summer support turned on (Cấu hình "Hỗ trợ hè"), June–August are months of the timeline and reports are owed', () => {
    const summer = { ...CONFIG, values: [...CONFIG.values, ['Hỗ trợ hè', 'có']] };
    const report = buildReport(run([summer, ROSTER, LOG], '2026-07-26'));
    expect(report.flags.filter((f) => f.kinds.includes('noLog')).map((f) => f.name)).toEqual(['Lê Văn An', 'Phạm Thị Bình', 'Đỗ Văn Cường']);
  });

  it('Hoàn cảnh and Sự rèn luyện are kept on the student as written', () => {
    const a = run([CONFIG, ROSTER, LOG], '2025-11-26');
    expect(a.students.map((s) => [s.hardship ?? null, s.conduct ?? null])).toEqual([
      ['Mẹ ốm lâu ngày', 'Chăm, ngoan'], [null, null], ['Nhà xa trường', null], [null, null], [null, null],
    ]);
  });
});

describe('atRisk in the flags (PRODUCT 3.9)', () => {
  it('two signals make the flag with its reasons; an at-risk student without a mentor comes first', () => {
    const roster = { ...ROSTER, values: [...ROSTER.values, [6, 'Mai Văn Giang', '4C', 'Mồ côi cha', '', '', 'C', 'C', 'T']] };
    const report = buildReport(run([CONFIG, roster, LOG], '2025-11-26'));
    const risky = report.flags.filter((f) => f.kinds.includes('atRisk')).map((f) => [f.name, f.reasons]);
    expect(risky).toEqual([
      ['Mai Văn Giang', ['Học tập', 'Hoàn cảnh']], // no mentor: first
      ['Đỗ Văn Cường', ['Rèn luyện', 'Học tập', 'Hoàn cảnh']],
    ]);
    expect(report.flags[0]).toMatchObject({ name: 'Mai Văn Giang', kinds: ['noSupporter', 'new', 'atRisk'] });
    // Lê Văn An has Hoàn cảnh and one subject only: one signal, no flag.
    expect(report.flags.find((f) => f.name === 'Lê Văn An')?.kinds).toEqual(['new']);
  });
});
