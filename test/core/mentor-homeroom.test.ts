// "GVCN" in the GV hỗ trợ / GV nhận đỡ đầu cell: the class's homeroom teacher, whom the Lớp tab
// names (rules/mentors.ts mentorNamesOf). Before, every such cell was a name not read, and Đỡ đầu
// listed the students under "Chưa đọc được tên GV nhận đỡ đầu" though the school had said who.
import { readMentorName } from '../../src/core/read/mentor-names';
import { groupMentors, mentorNamesOf } from '../../src/core/rules/mentors';
import type { Student } from '../../src/core/model';
import { student } from '../helpers/student';

const cellOf = (s: Student) => ({ sheet: s.sheet, row: s.row, column: 6 });
const GVCN: Record<string, string> = { '3A': 'Nguyễn Thị Hoa', '3B': 'Cô Mai', '3C': '', '3D': 'x' };
const homeroomOf = (s: Pick<Student, 'classKey'>) => GVCN[s.classKey] ?? '';
const inClass = (row: number, classKey: string, supporters: string[]) => student({ row, name: `Học sinh ${row}`, className: classKey, classKey, grade: 3, supporters });

describe('the homeroom teacher by role', () => {
  it.each(['GVCN', 'gvcn', 'GVCN lớp', 'GV CN', 'GV chủ nhiệm', 'Giáo viên chủ nhiệm', 'Cô chủ nhiệm', 'thầy CN', 'Chủ nhiệm', 'CN', 'GVCN.'])('%p is the homeroom teacher, no name', (cell) => {
    expect(readMentorName(cell)).toMatchObject({ key: '', homeroom: true });
  });

  it.each(['x', 'Có', 'GVBM', 'GV', 'GVCN Nguyễn Thị Lan', 'Nguyễn Thị Lan - GVCN', 'Cô Chung', 'Chu Nhiệm Anh'])('%p is no homeroom mark', (cell) => {
    expect(readMentorName(cell).homeroom).toBe(false);
  });

  it('"GVCN (hỗ trợ)" keeps its mark as the second mentor', () => {
    expect(readMentorName('GVCN (hỗ trợ)')).toMatchObject({ key: '', homeroom: true, support: true });
  });
});

describe('mentorNamesOf', () => {
  it('"GVCN" is the teacher the Lớp tab names for the class, with its "(hỗ trợ)"; other names as written', () => {
    expect(mentorNamesOf(inClass(2, '3A', ['GVCN']), homeroomOf).map((m) => [m.name, m.support])).toEqual([['Nguyễn Thị Hoa', false]]);
    expect(mentorNamesOf(inClass(3, '3B', ['Lê Văn Nam', 'GVCN (hỗ trợ)']), homeroomOf).map((m) => [m.name, m.support]))
      .toEqual([['Lê Văn Nam', false], ['Mai', true]]);
    expect(mentorNamesOf(inClass(4, '3A', ['GVCN']), homeroomOf)[0].key).toBe(readMentorName('Nguyễn Thị Hoa').key);
  });

  it('a class whose GVCN the Lớp tab leaves blank, or marks without a name: "GVCN" stays a name not read', () => {
    expect(mentorNamesOf(inClass(2, '3C', ['GVCN']), homeroomOf)).toEqual([readMentorName('GVCN')]);
    expect(mentorNamesOf(inClass(3, '3D', ['GVCN']), homeroomOf)).toEqual([readMentorName('GVCN')]);
    expect(mentorNamesOf(inClass(4, '9Z', ['GVCN']), homeroomOf)).toEqual([readMentorName('GVCN')]);
  });

  it('a mark that is no homeroom teacher is never looked up', () => {
    expect(mentorNamesOf(inClass(2, '3A', ['x']), homeroomOf)).toEqual([readMentorName('x')]);
  });
});

describe('groupMentors with the Lớp tab\'s GVCN', () => {
  const students = [
    inClass(2, '3A', ['GVCN']),
    inClass(3, '3A', ['Nguyễn Thị Hoa']),
    inClass(4, '3B', ['Lê Văn Nam', 'GVCN (hỗ trợ)']),
    inClass(5, '3C', ['GVCN']),
    inClass(6, '3C', ['gvcn']),
    inClass(7, '3D', ['GVCN']),
  ];

  it('one mentor however the class wrote its GVCN; "(hỗ trợ)" kept', () => {
    const { mentors } = groupMentors(students, cellOf, homeroomOf);
    expect(mentors.map((m) => [m.name, m.spellings, m.students.map((s) => [s.student.row, s.support])])).toEqual([
      ['Nguyễn Thị Hoa', ['Nguyễn Thị Hoa'], [[2, false], [3, false]]],
      ['Lê Văn Nam', ['Lê Văn Nam'], [[4, false]]],
      ['Cô Mai', ['Cô Mai'], [[4, true]]],
    ]);
  });

  it('a class without a GVCN name: one warning per class at its first cell, asking for the name in the Lớp tab', () => {
    const { problems } = groupMentors(students, cellOf, homeroomOf);
    expect(problems.map((p) => [p.cell, p.code, p.className, p.message])).toEqual([
      ['F5', 'MENTOR_NAME_MISSING', '3C', '2 em lớp 3C ghi "GVCN" ở cột GV hỗ trợ (ô này là của Học sinh 5, 3C), nhưng trang Lớp chưa ghi họ tên GVCN của lớp 3C: '
        + 'các em được tính là đã có GV hỗ trợ, nhưng trang Đỡ đầu chưa biết là GV nào. Ghi họ tên GVCN của lớp 3C ở cột GVCN trang Lớp, hoặc họ tên giáo viên vào ô này.'],
      ['F7', 'MENTOR_NAME_MISSING', '3D', 'Ô GV hỗ trợ của Học sinh 7 (3D) ghi "GVCN", nhưng trang Lớp chưa ghi họ tên GVCN của lớp 3D: '
        + 'em được tính là đã có GV hỗ trợ, nhưng trang Đỡ đầu chưa biết là GV nào. Ghi họ tên GVCN của lớp 3D ở cột GVCN trang Lớp, hoặc họ tên giáo viên vào ô này.'],
    ]);
  });

  it('without a Lớp tab (no GVCN anywhere): no mentor from "GVCN", each class told', () => {
    const { mentors, problems } = groupMentors([inClass(2, '3A', ['GVCN']), inClass(3, '3B', ['GVCN'])], cellOf);
    expect(mentors).toEqual([]);
    expect(problems.map((p) => [p.cell, p.className])).toEqual([['F2', '3A'], ['F3', '3B']]);
  });
});
