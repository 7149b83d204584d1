// Edges of the rules the mutation run (issue 17) showed no test held: who goes on the summer list,
// the Học tập signal of a need not improved, one level's totals, the month Cuối kì II names, and
// the log matching and mentor grouping that the Đỡ đầu tab counts.

import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { defaultConfig } from '../../src/core/read/config';
import { readLogTab } from '../../src/core/read/log';
import { classKey } from '../../src/core/read/classes';
import type { Absences, Student, StudentReview } from '../../src/core/model';
import { atRiskLine, flagWords, missingLogLine } from '../../src/core/rules/mentor-text';
import { groupMentors, matchLog, studentLogs } from '../../src/core/rules/mentors';
import { riskSignals } from '../../src/core/rules/risk';
import { summerList } from '../../src/core/rules/summer';
import { gradesTotals, type PointTotals } from '../../src/core/rules/totals';
import { buildTimeline, parsePlan } from '../../src/core/rules/timeline';
import type { ReviewPointCode } from '../../src/core/vocab';

const review = (...need: string[]): StudentReview => ({ rated: true, need, blank: [] });

function student(over: Partial<Student> & { row?: number }): Student {
  const className = over.className ?? '10A1';
  return { sheet: 'Danh sách', row: 2, studentId: '', name: 'Lê Văn An', className, classKey: classKey(className), grade: 10,
    disability: false, supporters: [], reviews: {}, excluded: false, ...over };
}

describe('the summer list', () => {
  const cn = (grade: number, need: string[], absences?: Absences, excluded = false) =>
    student({ grade, className: `${grade}A`, reviews: { CN: review(...need) }, ...(absences ? { absences: { CN: absences } } : {}), excluded });

  it('primary: every student still needing support at Cuối năm, never an excluded row', () => {
    const list = summerList([cn(3, ['Toán']), cn(3, []), cn(3, ['Tiếng Việt'], undefined, true)]);
    expect(list.map((e) => [e.need, e.secondary, e.conduct, e.retake])).toEqual([[['Toán'], false, false, undefined]]);
  });

  it('secondary: Học tập Chưa đạt names the subjects to re-sit, without the two result areas', () => {
    const list = summerList([cn(10, ['Toán', 'Học tập', 'Ngữ văn', 'Rèn luyện'])]);
    expect(list.map((e) => [e.secondary, e.retake, e.conduct, e.absences])).toEqual([[true, ['Toán', 'Ngữ văn'], true, undefined]]);
  });

  it('secondary: Rèn luyện alone is rèn luyện trong hè, no re-sit', () => {
    expect(summerList([cn(8, ['Rèn luyện'])]).map((e) => [e.retake, e.conduct])).toEqual([[undefined, true]]);
  });

  it('secondary: a subject below the threshold without Học tập Chưa đạt is no summer work', () => {
    expect(summerList([cn(9, ['Toán', 'Ngữ văn'])])).toEqual([]);
  });

  it('more than 45 buổi nghỉ in the year: 46 is named, 45 is not; Cuối kì II counts when there is no Cả năm', () => {
    const list = summerList([cn(10, [], { total: 45 }), cn(10, [], { total: 46 }),
      student({ grade: 11, className: '11A', reviews: { CN: review() }, absences: { CKII: { total: 50 } } }),
      cn(10, [], { total: 60 }, true)]);
    expect(list.map((e) => [e.student.grade, e.absences, e.conduct, e.retake])).toEqual([[10, 46, false, undefined], [11, 50, false, undefined]]);
  });
});

describe('the Học tập signal: a need not improved over two review points', () => {
  it('one area needed at three rated points in a row is the signal, though other areas came and went', () => {
    const s = student({ grade: 4, className: '4A', reviews: { GKI: review('Toán'), CKI: review('Toán'), GKII: review('Toán', 'Phẩm chất') } });
    expect(riskSignals(s, defaultConfig().risk).reasons).toEqual(['Rèn luyện', 'Học tập']);
  });
  it('an area not needed at one of the three is not', () => {
    const s = student({ grade: 4, className: '4A', reviews: { GKI: review('Toán'), CKI: review('Tiếng Việt'), GKII: review('Toán', 'Phẩm chất') } });
    expect(riskSignals(s, defaultConfig().risk).reasons).toEqual(['Rèn luyện']);
  });
});

describe("one level's totals", () => {
  it('keep only the khối asked for, and their TC row sums only them', () => {
    const row = (grade: number, students: number, need: number) => ({ grade, students, needSupport: need, byArea: { 'Toán': need }, disability: 1, studentsSource: 'roster' as const });
    const totals: PointTotals = { byGrade: [row(5, 30, 3), row(6, 40, 4), row(7, 50, 5)], total: { students: 120, needSupport: 12, byArea: { 'Toán': 12 }, disability: 3 } };
    const thcs = gradesTotals(totals, [6, 7], ['Toán', 'Ngữ văn']);
    expect(thcs.byGrade.map((g) => g.grade)).toEqual([6, 7]);
    expect(thcs.total).toEqual({ students: 90, needSupport: 9, byArea: { 'Toán': 9, 'Ngữ văn': 0 }, disability: 2 });
  });
});

describe('the month Cuối kì II names in Lịch tháng', () => {
  const plan = parsePlan(undefined, WALL_CLOCK_OFFSET);
  const totalsAt = (points: ReviewPointCode[]) => Object.fromEntries(points.map((p) => [p, { byGrade: [], total: { students: 0, needSupport: 0, byArea: {}, disability: 0 } }]));
  const named = (points: ReviewPointCode[]) => {
    const config = { ...defaultConfig(), reviewMonths: { ...defaultConfig().reviewMonths, CKII: 4 } };
    return buildTimeline(config, 2025, { year: 2026, month: 5, day: 20 }, plan, totalsAt(points), [], [])
      .filter((m) => m.reviewPoint).map((m) => `${m.month} ${m.reviewPoint}`);
  };
  it('its own month when it is rated and not in Cuối năm\'s month', () => {
    expect(named(['GKI', 'CKII'])).toEqual(['2025-11 GKI', '2025-12 CKI', '2026-03 GKII', '2026-04 CKII', '2026-05 CN']);
  });
  it('no month when nobody is rated at it (a primary school: Cuối HKII is Cuối năm)', () => {
    expect(named(['GKI', 'CN'])).toEqual(['2025-11 GKI', '2025-12 CKI', '2026-03 GKII', '2026-05 CN']);
  });
});

describe('matching log rows: what each problem says', () => {
  const students = [
    student({ row: 2, name: 'Lê Văn An', className: '4A', studentId: '0101' }),
    student({ row: 3, name: 'Lê Văn An', className: '4B', studentId: '0101' }),
    student({ row: 4, name: 'Trần Thị Hà', className: '4A' }),
    student({ row: 5, name: 'Trần Thị Hà', className: '4A' }),
    student({ row: 6, name: 'Đỗ Minh Chi', className: '4B' }),
    student({ row: 7, name: 'Đỗ Minh Chi', className: '4C' }),
  ];
  const log = (rows: unknown[][]) => readLogTab({ name: 'Nhật ký', values: [['Ngày', 'Mã HS', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'], ...rows] }, 2025, WALL_CLOCK_OFFSET)!;
  const result = matchLog([log([
    ['01/11/2025', '0999', 'Lê Văn An', '4A', 'a'],
    ['02/11/2025', '0101', 'Lê Văn An', '4A', 'b'],
    ['03/11/2025', '', '', '', 'c'],
    ['04/11/2025', '', 'Đỗ Minh Chi', '4A', 'd'],
    ['05/11/2025', '', 'Phan Văn Khải', '4A', 'e'],
    ['06/11/2025', '', 'Trần Thị Hà', '4A', 'f'],
    ['07/11/2025', '', 'Đỗ Minh Chi', '', 'g'],
  ])], students);
  const said = result.problems.map((p) => [p.cell, p.code, p.message]);

  it('a Mã HS no student has, and one two students share, each at the Mã HS cell', () => {
    expect(said.slice(0, 2)).toEqual([
      ['B2', 'LOG_STUDENT_UNKNOWN', 'Mã HS "0999" không có trong danh sách học sinh, nên dòng nhật ký này chưa gắn với em nào. Sửa Mã HS cho đúng (hoặc xóa ô Mã HS để tìm theo họ tên và lớp).'],
      ['B3', 'LOG_STUDENT_AMBIGUOUS', 'Mã HS "0101" là của 2 học sinh (Lê Văn An, lớp 4A, dòng 2 trang Danh sách; Lê Văn An, lớp 4B, dòng 3 trang Danh sách), nên dòng nhật ký này chưa gắn với em nào. Sửa Mã HS trùng trong Danh sách.'],
    ]);
  });
  it('a row naming nobody is left to the reader (one LOG_STUDENT_MISSING, none from matching)', () => {
    expect(said.filter(([cell]) => cell === 'C4' || cell === 'D4' || cell === 'B4')).toEqual([]);
    expect(result.matched.filter((m) => m.student).length).toBe(0);
  });
  it('a name in another class, a name nowhere, a name twice in the class, a name in two classes without one', () => {
    expect(said.slice(2)).toEqual([
      ['D5', 'LOG_STUDENT_UNKNOWN', 'Không có học sinh Đỗ Minh Chi ở lớp 4A; tên này có ở Đỗ Minh Chi, lớp 4B, dòng 6 trang Danh sách; Đỗ Minh Chi, lớp 4C, dòng 7 trang Danh sách. Sửa lớp cho đúng để dòng nhật ký gắn với em.'],
      ['C6', 'LOG_STUDENT_UNKNOWN', 'Không tìm thấy học sinh "Phan Văn Khải" lớp 4A trong danh sách, nên dòng nhật ký này chưa gắn với em nào. Ghi đúng họ tên (đủ dấu) và lớp như trong Danh sách, hoặc ghi Mã HS.'],
      ['C7', 'LOG_STUDENT_AMBIGUOUS', 'Có 2 học sinh tên Trần Thị Hà ở lớp 4A (Trần Thị Hà, lớp 4A, dòng 4 trang Danh sách; Trần Thị Hà, lớp 4A, dòng 5 trang Danh sách), nên không biết dòng nhật ký này của em nào. Ghi thêm Mã HS.'],
      ['D8', 'LOG_STUDENT_AMBIGUOUS', 'Có 2 học sinh tên Đỗ Minh Chi (Đỗ Minh Chi, lớp 4B, dòng 6 trang Danh sách; Đỗ Minh Chi, lớp 4C, dòng 7 trang Danh sách), nên không biết dòng nhật ký này của em nào. Ghi lớp (hoặc Mã HS) của em.'],
    ]);
  });
});

describe('mentors', () => {
  const cellOf = (s: Student) => ({ sheet: s.sheet, row: s.row, column: 6 });
  const mentor = (row: number, supporters: string[]) => student({ row, name: `HS ${row}`, supporters });

  it('"thầy An" is no short form of "Lê Văn Đoan": a short form ends at a whole word', () => {
    const { mentors } = groupMentors([mentor(2, ['thầy An']), mentor(3, ['Lê Văn Đoan'])], cellOf);
    expect(mentors.map((m) => m.name)).toEqual(['thầy An', 'Lê Văn Đoan']);
  });
  it('"Lan", "Thị Lan" and "Nguyễn Thị Lan" are one mentor: the short forms join the fullest name', () => {
    const { mentors, problems } = groupMentors([mentor(2, ['Lan']), mentor(3, ['Thị Lan']), mentor(4, ['Nguyễn Thị Lan'])], cellOf);
    expect(mentors.map((m) => [m.name, m.students.map((x) => x.student.row)])).toEqual([['Nguyễn Thị Lan', [2, 3, 4]]]);
    expect(problems).toEqual([]);
  });
  it('shows the full name without its honorific, and the same teacher twice on a row is one', () => {
    const { mentors } = groupMentors([mentor(2, ['cô Nguyễn Thị Lan', 'Nguyễn Thị Lan'])], cellOf);
    expect(mentors.map((m) => [m.name, m.students.length])).toEqual([['Nguyễn Thị Lan', 1]]);
  });
  it('a teacher written twice on one row counts that student once in the warning about an unclear short form', () => {
    const { problems } = groupMentors([mentor(2, ['cô Lan', 'Lan']), mentor(3, ['Nguyễn Thị Lan']), mentor(4, ['Trần Thị Lan'])], cellOf);
    expect(problems.map((p) => [p.cell, p.message])).toEqual([['F2', 'GV "cô Lan" có thể là "Nguyễn Thị Lan", "Trần Thị Lan": chưa biết là ai nên được tính là một GV riêng (1 em). Ghi đủ họ tên GV ở mọi dòng.']]);
  });
  it("a student's last log date is the latest day written, whatever the rows' order; a month-only row counts as its month", () => {
    const s = student({});
    const entry = (day: string | undefined, month: string) => ({ sheet: 'Nhật ký', row: 2, day, month, student: '', className: '', studentId: '', mentor: '', content: '', result: '', columns: {} });
    const logs = studentLogs([{ entry: entry('2025-11-05', '2025-11'), student: s }, { entry: entry('2025-11-20', '2025-11'), student: s },
      { entry: entry('2025-11-10', '2025-11'), student: s }, { entry: entry(undefined, '2025-10'), student: s }], { year: 2025, month: 11 });
    expect([logs.get(s)?.last, logs.get(s)?.thisMonth.length]).toEqual(['2025-11-20', 3]);
  });
});

describe('what the sidebar says about mentors and the early warning', () => {
  const log = { sheets: ['Nhật ký'], entries: 3, matched: 3, month: '2025-11', deadlineDay: 25, pastDeadline: true };
  it('the mentors late with their log, with the month and the deadline; nothing when none is late or there is no log', () => {
    expect(missingLogLine({ log, lateMentors: [{ name: 'Nguyễn Thị Lan', missing: 2 }, { name: 'Trần Văn Hùng', missing: 1 }] }))
      .toBe('Chưa ghi nhật ký tháng 11 (đã qua hạn ngày 25): Nguyễn Thị Lan (2 em), Trần Văn Hùng (1 em)');
    expect(missingLogLine({ log, lateMentors: [] })).toBe('');
    expect(missingLogLine({ log: undefined, lateMentors: [{ name: 'Nguyễn Thị Lan', missing: 2 }] })).toBe('');
  });
  it("a flag's kinds in words, the early-warning reasons named only for Nguy cơ bỏ học", () => {
    expect(flagWords({ kinds: ['notImproved', 'atRisk'], reasons: ['Học tập', 'Hoàn cảnh'] })).toBe('Chưa tiến bộ, Nguy cơ bỏ học (Học tập, Hoàn cảnh)');
    expect(flagWords({ kinds: ['noSupporter', 'new'], reasons: ['Học tập'] })).toBe('Chưa có GV hỗ trợ, Cần hỗ trợ mới');
    expect(flagWords({ kinds: ['atRisk'] })).toBe('Nguy cơ bỏ học');
  });
  it('the at-risk count, and how many of them have no mentor; nothing when nobody is at risk', () => {
    expect(atRiskLine({ atRisk: 5, atRiskWithoutMentor: 2 })).toBe('Nguy cơ bỏ học: 5 em, 2 em chưa có GV đỡ đầu');
    expect(atRiskLine({ atRisk: 1, atRiskWithoutMentor: 0 })).toBe('Nguy cơ bỏ học: 1 em');
    expect(atRiskLine({ atRisk: 0, atRiskWithoutMentor: 0 })).toBe('');
  });
});
