// Review-7 F4: a Nhật ký row whose Mã HS is one student's and whose name is another child's was
// credited to the Mã HS's student without a word. Now: when the row names a student and that name
// (as a name: NFC, case and spacing only, never folded; Hùng is not Hưng) is not the Mã HS's
// student's, the row matches neither, and a warning at the Mã HS cell names both children.
import fc from 'fast-check';
import { matchLog } from '../../src/core/rules/mentors';
import type { LogEntry, LogTab } from '../../src/core/read/log';
import { nameIdentity } from '../../src/core/text';
import { student } from '../helpers/student';
import { propertyRuns } from '../helpers/property-runs';

const HUNG = student({ row: 2, name: 'Nguyễn Văn Hùng', className: '8A', classKey: '8A', grade: 8, studentId: 'HS001' });
const HUNG_NO_ID = student({ row: 3, name: 'Nguyễn Văn Hưng', className: '8A', classKey: '8A', grade: 8, studentId: 'HS002' });
const HA_8B = student({ row: 4, name: 'Trần Thị Hà', className: '8B', classKey: '8B', grade: 8, studentId: 'HS003' });
const STUDENTS = [HUNG, HUNG_NO_ID, HA_8B];

function entry(row: number, over: Partial<LogEntry>): LogEntry {
  return { sheet: 'Nhật ký', row, student: '', className: '', studentId: '', mentor: 'Cô Lan', content: 'Phụ đạo Toán', result: '',
    columns: { student: 2, className: 3, studentId: 4 }, month: '2025-11', ...over };
}
const tab = (entries: LogEntry[]): LogTab => ({ sheet: 'Nhật ký', entries, problems: [] });

describe('a Nhật ký row whose Mã HS is another child\'s than the name written on it', () => {
  it.each([
    // [case, name written, class written, Mã HS, matched student's name or undefined, problem]
    ['Hùng named, Hưng\'s Mã HS', 'Nguyễn Văn Hùng', '8A', 'HS002', undefined, 'D2 LOG_STUDENT_ID_NAME_DIFFERS'],
    ['Hưng named, Hùng\'s Mã HS', 'Nguyễn Văn Hưng', '8A', 'HS001', undefined, 'D2 LOG_STUDENT_ID_NAME_DIFFERS'],
    ['the name in NFD, lower case, double spaces: the same child', 'nguye\u0302\u0303n  va\u0306n hu\u0300ng'.normalize('NFD'), '8A', 'HS001', 'Nguyễn Văn Hùng', undefined],
    ['the name folded (no diacritics): another name, not guessed', 'Nguyen Van Hung', '8A', 'HS001', undefined, 'D2 LOG_STUDENT_ID_NAME_DIFFERS'],
    ['a name nobody has, with a Mã HS', 'Lê Văn Tám', '8A', 'HS003', undefined, 'D2 LOG_STUDENT_ID_NAME_DIFFERS'],
    ['a child of another class named with Hùng\'s Mã HS', 'Trần Thị Hà', '', 'HS001', undefined, 'D2 LOG_STUDENT_ID_NAME_DIFFERS'],
    ['no name written: the Mã HS alone', '', '8A', 'HS002', 'Nguyễn Văn Hưng', undefined],
    ['the right name, another class written: the Mã HS wins as before', 'Trần Thị Hà', '8A', 'HS003', 'Trần Thị Hà', undefined],
  ] as const)('%s', (_case, name, className, studentId, expected, problem) => {
    const { matched, problems } = matchLog([tab([entry(2, { student: name, className, studentId })])], STUDENTS);
    expect(matched.map((m) => m.student?.name)).toEqual([expected]);
    expect(problems.map((p) => `${p.cell} ${p.code}`)).toEqual(problem ? [problem] : []);
    expect(problems.every((p) => p.severity === 'warning' && p.sheet === 'Nhật ký')).toBe(true);
  });

  it('the message names both children, where each is, and what to do', () => {
    const { problems } = matchLog([tab([entry(2, { student: 'Nguyễn Văn Hùng', className: '8A', studentId: 'HS002' }),
      entry(3, { student: 'Lê Văn Tám', className: '8A', studentId: 'HS003' })])], STUDENTS);
    expect(problems.map((p) => p.message)).toEqual([
      'Mã HS "HS002" là của em Nguyễn Văn Hưng, lớp 8A, dòng 3 trang Danh sách, nhưng dòng nhật ký này ghi tên em Nguyễn Văn Hùng'
        + ' (Nguyễn Văn Hùng, lớp 8A, dòng 2 trang Danh sách); chưa biết dòng này của em nào nên chưa tính cho em nào. Sửa Mã HS hoặc họ tên cho đúng em được hỗ trợ.',
      'Mã HS "HS003" là của em Trần Thị Hà, lớp 8B, dòng 4 trang Danh sách, nhưng dòng nhật ký này ghi tên em Lê Văn Tám'
        + ' (tên này không có trong Danh sách); chưa biết dòng này của em nào nên chưa tính cho em nào. Sửa Mã HS hoặc họ tên cho đúng em được hỗ trợ.',
    ]);
    expect(problems.every((p) => p.message === p.message.normalize('NFC'))).toBe(true);
  });

  it('property: a row with a Mã HS is credited to its student exactly when it names no one or that student', () => {
    const names = STUDENTS.map((s) => s.name).concat(['Nguyen Van Hung', 'Nguyễn văn hùng', 'Lê Văn Tám', '']);
    fc.assert(fc.property(fc.constantFrom(...STUDENTS), fc.constantFrom(...names), fc.constantFrom('', '8A', '8B'), (owner, name, className) => {
      const { matched, problems } = matchLog([tab([entry(2, { student: name, className, studentId: owner.studentId })])], STUDENTS);
      const same = name === '' || nameIdentity(name) === nameIdentity(owner.name);
      expect(matched[0].student).toBe(same ? owner : undefined);
      expect(problems.map((p) => p.code)).toEqual(same ? [] : ['LOG_STUDENT_ID_NAME_DIFFERS']);
      if (!same) expect(problems[0].message).toContain(owner.name);
    }), { numRuns: propertyRuns(200) });
  });
});
