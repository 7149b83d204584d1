// Which log row is about which student, who mentors whom, and each student's last entry (PRODUCT 3.8):
// rules/mentors.ts on plain students and log rows, as the readers give them.
import { groupMentors, matchLog, studentLogs } from '../../src/core/rules/mentors';
import type { LogEntry, LogTab } from '../../src/core/read/log';
import type { Student } from '../../src/core/model';
import { student } from '../helpers/student';

const AN = student({ row: 2, name: 'Lê Văn An', className: '4A', classKey: '4A', grade: 4, studentId: 'HS01' });
const AN_4B = student({ row: 3, name: 'Lê Văn An', className: '4B', classKey: '4B', grade: 4, studentId: 'HS02' });
const BINH = student({ row: 4, name: 'Phạm Thị Bình', className: '4A', classKey: '4A', grade: 4, studentId: '' });
const TWIN_1 = student({ row: 5, name: 'Đỗ Hà', className: '5A', classKey: '5A', grade: 5, studentId: 'HS09' });
const TWIN_2 = student({ row: 6, name: 'Đỗ Hà', className: '5A', classKey: '5A', grade: 5, studentId: 'HS09' });
const GONE = student({ row: 7, name: 'Vũ Thị Dung', className: '4A', classKey: '4A', grade: 4, studentId: 'HS07', excluded: true });
const STUDENTS = [AN, AN_4B, BINH, TWIN_1, TWIN_2, GONE];

function entry(row: number, over: Partial<LogEntry>): LogEntry {
  return { sheet: 'Nhật ký', row, student: '', className: '', studentId: '', mentor: 'cô Lan', content: 'Kèm Toán', result: '',
    columns: { student: 2, className: 3, studentId: 4 }, month: '2025-11', ...over };
}
const tab = (entries: LogEntry[]): LogTab => ({ sheet: 'Nhật ký', entries, problems: [] });
const cells = (problems: Array<{ cell: string; code: string }>) => problems.map((p) => `${p.cell} ${p.code}`);

describe('matchLog', () => {
  it('matches by Mã HS first, whatever class the row says, when the row names the Mã HS\'s student or nobody', () => {
    // (A row naming another child than the Mã HS's is no match: review-7 F4, log-id-name.test.ts.)
    const { matched, problems } = matchLog([tab([entry(2, { studentId: 'hs01', student: 'lê văn  an', className: '9Z' }), entry(3, { studentId: 'HS01' })])], STUDENTS);
    expect(matched.map((m) => m.student)).toEqual([AN, AN]);
    expect(problems).toEqual([]);
  });

  it('an unknown Mã HS, one two students share, and one of an excluded row: unmatched, a warning at the Mã HS cell', () => {
    const { matched, problems } = matchLog([tab([entry(2, { studentId: 'HS99' }), entry(3, { studentId: 'HS09' }), entry(4, { studentId: 'HS07' })])], STUDENTS);
    expect(matched.map((m) => m.student)).toEqual([undefined, undefined, undefined]);
    expect(cells(problems)).toEqual(['D2 LOG_STUDENT_UNKNOWN', 'D3 LOG_STUDENT_AMBIGUOUS', 'D4 LOG_STUDENT_UNKNOWN']);
    expect(problems.every((p) => p.severity === 'warning' && p.sheet === 'Nhật ký')).toBe(true);
    expect(problems[0].message).toContain('Mã HS "HS99" không có trong danh sách học sinh');
    expect(problems[1].message).toContain('Mã HS "HS09" là của 2 học sinh (Đỗ Hà, lớp 5A, dòng 5 trang Danh sách; Đỗ Hà, lớp 5A, dòng 6 trang Danh sách)');
  });

  it('by name and class, names compared as names: Hùng and Hưng are two children; a name found nowhere is wrong at its own cell', () => {
    const { matched, problems } = matchLog([tab([entry(2, { student: 'lê  văn an', className: '4b' }), entry(3, { student: 'Lê Văn Ân', className: '4A' })])], STUDENTS);
    expect(matched.map((m) => m.student)).toEqual([AN_4B, undefined]);
    expect(cells(problems)).toEqual(['B3 LOG_STUDENT_UNKNOWN']);
    expect(problems[0].message).toBe('Không tìm thấy học sinh "Lê Văn Ân" lớp 4A trong danh sách, nên dòng nhật ký này chưa gắn với em nào. Ghi đúng họ tên (đủ dấu) và lớp như trong Danh sách, hoặc ghi Mã HS.');
  });

  it('a name in another class: a warning at the class cell saying where the name is', () => {
    const { problems } = matchLog([tab([entry(2, { student: 'Phạm Thị Bình', className: '4C' })])], STUDENTS);
    expect(cells(problems)).toEqual(['C2 LOG_STUDENT_UNKNOWN']);
    expect(problems[0].message).toBe('Không có học sinh Phạm Thị Bình ở lớp 4C; tên này có ở Phạm Thị Bình, lớp 4A, dòng 4 trang Danh sách. Sửa lớp cho đúng để dòng nhật ký gắn với em.');
  });

  it('without a class: one student of that name is matched with a warning at the class cell; two are not matched', () => {
    const { matched, problems } = matchLog([tab([entry(2, { student: 'Phạm Thị Bình' }), entry(3, { student: 'Lê Văn An' }), entry(4, { student: 'Không Ai' })])], STUDENTS);
    expect(matched.map((m) => m.student)).toEqual([BINH, undefined, undefined]);
    expect(cells(problems)).toEqual(['C2 LOG_CLASS_MISSING', 'C3 LOG_STUDENT_AMBIGUOUS', 'B4 LOG_STUDENT_UNKNOWN']);
    expect(problems[1].message).toBe('Có 2 học sinh tên Lê Văn An (Lê Văn An, lớp 4A, dòng 2 trang Danh sách; Lê Văn An, lớp 4B, dòng 3 trang Danh sách), nên không biết dòng nhật ký này của em nào. Ghi lớp (hoặc Mã HS) của em.');
    expect(problems[2].message).toBe('Không tìm thấy học sinh "Không Ai" trong danh sách, nên dòng nhật ký này chưa gắn với em nào. Ghi đúng họ tên (đủ dấu) và lớp như trong Danh sách, hoặc ghi Mã HS.');
  });

  it('two students of one name in one class: a warning at the name cell asking for the Mã HS', () => {
    const { problems } = matchLog([tab([entry(2, { student: 'Đỗ Hà', className: '5A' })])], STUDENTS);
    expect(cells(problems)).toEqual(['B2 LOG_STUDENT_AMBIGUOUS']);
    expect(problems[0].message).toMatch(/^Có 2 học sinh tên Đỗ Hà ở lớp 5A \(Đỗ Hà, lớp 5A, dòng 5 .*\), nên không biết dòng nhật ký này của em nào\. Ghi thêm Mã HS\.$/);
  });

  it('a row without a student is kept unmatched and left to the reader to report', () => {
    const { matched, problems } = matchLog([tab([entry(2, {})])], STUDENTS);
    expect(matched).toEqual([{ entry: entry(2, {}) }]);
    expect(problems).toEqual([]);
  });

  it('a student without a Mã HS is never matched by an empty Mã HS', () => {
    const { matched } = matchLog([tab([entry(2, { student: 'Phạm Thị Bình', className: '4A' })])], [BINH, { ...BINH, row: 9, name: 'Khác' }]);
    expect(matched.map((m) => m.student)).toEqual([BINH]);
  });
});

const cellOf = (s: Student) => ({ sheet: s.sheet, row: s.row, column: 6 });

describe('groupMentors', () => {
  it('a short form joins the one fuller name ending with it; the fullest spelling is shown', () => {
    const a = student({ row: 2, supporters: ['Nguyễn Thị Lan'] });
    const b = student({ row: 3, supporters: ['cô Lan'] });
    const c = student({ row: 4, supporters: ['Thị Lan', 'Lan (hỗ trợ)'] });
    const { mentors, problems } = groupMentors([a, b, c], cellOf);
    expect(mentors.map((m) => [m.name, m.spellings, m.students.map((s) => [s.student.row, s.support])]))
      .toEqual([['Nguyễn Thị Lan', ['Nguyễn Thị Lan', 'cô Lan', 'Lan', 'Thị Lan'], [[2, false], [3, false], [4, false]]]]);
    expect(problems).toEqual([]);
  });

  it('a short form two fuller names end with stays a mentor of its own, with a warning at its first cell', () => {
    const a = student({ row: 2, supporters: ['Nguyễn Thị Lan'] });
    const b = student({ row: 3, supporters: ['Trần Thị Lan'] });
    const c = student({ row: 4, className: '4B', supporters: ['cô Lan'] });
    const d = student({ row: 5, supporters: ['cô Lan'] });
    const { mentors, problems } = groupMentors([a, b, c, d], cellOf);
    expect(mentors.map((m) => [m.name, m.students.length])).toEqual([['Nguyễn Thị Lan', 1], ['Trần Thị Lan', 1], ['cô Lan', 2]]);
    expect(problems.map((p) => `${p.cell} ${p.code} ${p.className}`)).toEqual(['F4 MENTOR_SPELLINGS 4B']);
    expect(problems[0].message).toBe('GV "cô Lan" có thể là "Nguyễn Thị Lan", "Trần Thị Lan": chưa biết là ai nên được tính là một GV riêng (2 em). Ghi đủ họ tên GV ở mọi dòng.');
  });

  it('a mentor written twice on one row counts the student once; an excluded row and a blank name count nothing', () => {
    const a = student({ row: 2, supporters: ['cô Lan', 'Lan', ''] });
    const gone = student({ row: 3, excluded: true, supporters: ['thầy Hùng'] });
    const { mentors } = groupMentors([a, gone], cellOf);
    expect(mentors.map((m) => [m.name, m.spellings, m.students.length])).toEqual([['cô Lan', ['cô Lan'], 1]]);
  });

  it('a name is no short form of itself, nor of a name merely ending with its letters', () => {
    const a = student({ row: 2, supporters: ['Lan'] });
    const b = student({ row: 3, supporters: ['Nguyễn Thị Hoàng Lan'] });
    const c = student({ row: 4, supporters: ['Thị Xlan'] });
    const { mentors } = groupMentors([a, b, c], cellOf);
    expect(mentors.map((m) => m.name)).toEqual(['Nguyễn Thị Hoàng Lan', 'Thị Xlan']);
  });

  it('(hỗ trợ) on every row of a mentor makes the student a support row; once without makes it a mentored one', () => {
    const a = student({ row: 2, supporters: ['Trần Văn Hùng (hỗ trợ)'] });
    const b = student({ row: 3, supporters: ['Trần Văn Hùng (hỗ trợ)', 'thầy Hùng'] });
    const { mentors } = groupMentors([a, b], cellOf);
    expect(mentors.map((m) => m.students.map((s) => [s.student.row, s.support]))).toEqual([[[2, true], [3, false]]]);
  });
});

describe('studentLogs', () => {
  it("keeps every matched entry, the latest date (a day or a month), and this month's entries", () => {
    const matched = [
      { entry: entry(2, { day: '2025-11-03', month: '2025-11' }), student: AN },
      { entry: entry(3, { day: '2025-11-20', month: '2025-11' }), student: AN },
      { entry: entry(4, { day: '2025-11-10', month: '2025-11' }), student: AN },
      { entry: entry(5, { month: '2025-10' }), student: BINH },
      { entry: entry(6, { month: undefined }), student: BINH },
      { entry: entry(7, { day: '2025-12-01', month: '2025-12' }) },
    ];
    const logs = studentLogs(matched, { year: 2025, month: 11 });
    expect([...logs.keys()]).toEqual([AN, BINH]);
    expect(logs.get(AN)).toEqual({ entries: [matched[0].entry, matched[1].entry, matched[2].entry], last: '2025-11-20', thisMonth: [matched[0].entry, matched[1].entry, matched[2].entry] });
    expect(logs.get(BINH)).toEqual({ entries: [matched[3].entry, matched[4].entry], last: '2025-10', thisMonth: [] });
  });
});
