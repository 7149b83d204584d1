// "GVCN" in the GV hỗ trợ / GV nhận đỡ đầu cell: the class's homeroom teacher, whom the Lớp tab
// names (rules/mentors.ts mentorNamesOf). Before, every such cell was a name not read, and Đỡ đầu
// listed the students under "Chưa đọc được tên GV nhận đỡ đầu" though the school had said who.
import { readMentorName, splitSupporters } from '../../src/core/read/mentor-names';
import { groupMentors } from '../../src/core/rules/mentors';
import { mentorNamesOf, supportersText } from '../../src/core/rules/homeroom-mentors';
import type { Homerooms } from '../../src/core/read/classes';
import type { Student } from '../../src/core/model';
import { student } from '../helpers/student';

const cellOf = (s: Student) => ({ sheet: s.sheet, row: s.row, column: 6 });
const GVCN: Record<string, string> = { '3A': 'Nguyễn Thị Hoa', '3B': 'Cô Mai', '3C': '', '3D': 'x' };
const HOMEROOMS: Homerooms = { teacherOf: (s) => GVCN[s.classKey] ?? '', listed: 'some' };
const inClass = (row: number, classKey: string, supporters: string[]) => student({ row, name: `Học sinh ${row}`, className: classKey, classKey, grade: 3, supporters });

describe('the homeroom teacher by role', () => {
  it.each(['GVCN', 'gvcn', 'GVCN lớp', 'GVCN.', 'GVCN:', 'Gv.CN', 'GV. CN', 'GV chủ nhiệm', 'Giáo viên chủ nhiệm', 'gv chu nhiem', 'Chủ nhiệm',
    'Cô GVCN', 'thầy GVCN', 'Đ/c GVCN', 'Cô chủ nhiệm', 'Thầy giáo chủ nhiệm', 'GVCN lớp 3A', 'GVCN 10A1', 'GVCN lop 6/2'])('%p is the homeroom teacher, no name', (cell) => {
    expect(readMentorName(cell)).toMatchObject({ key: '', homeroom: true });
  });

  it.each(['x', 'Có', 'GVBM', 'GV', 'CN', 'GV CN', 'chu nhiem', 'GVCN Nguyễn Thị Lan', 'Nguyễn Thị Lan - GVCN', 'Cô Chủ', 'Chu Nhiệm Anh', 'Nguyễn Văn Chủ'])('%p is no homeroom mark', (cell) => {
    expect(readMentorName(cell).homeroom).toBe(false);
  });

  it('"CN" or "GV CN" alone (also the Công nghệ teacher in a THCS) names nobody: a name not read, never a guess', () => {
    expect(readMentorName('CN').key).toBe('');
    expect(readMentorName('GV CN').key).toBe('');
  });

  it('"GVCN (hỗ trợ)" keeps its mark as the second mentor', () => {
    expect(readMentorName('GVCN (hỗ trợ)')).toMatchObject({ key: '', homeroom: true, support: true });
  });
});

describe('mentorNamesOf', () => {
  it('"GVCN" is the teacher the Lớp tab names for the class, with its "(hỗ trợ)"; other names as written', () => {
    expect(mentorNamesOf(inClass(2, '3A', ['GVCN']), HOMEROOMS).map((m) => [m.name, m.support])).toEqual([['Nguyễn Thị Hoa', false]]);
    expect(mentorNamesOf(inClass(3, '3B', ['Lê Văn Nam', 'Cô GVCN (hỗ trợ)']), HOMEROOMS).map((m) => [m.name, m.support]))
      .toEqual([['Lê Văn Nam', false], ['Mai', true]]);
    expect(mentorNamesOf(inClass(4, '3A', ['GVCN']), HOMEROOMS)[0].key).toBe(readMentorName('Nguyễn Thị Hoa').key);
  });

  it('a teacher written by name and as "GVCN" in one cell is one mentor of the student, the first kept', () => {
    expect(mentorNamesOf(inClass(2, '3A', ['Nguyễn Thị Hoa', 'GVCN (hỗ trợ)']), HOMEROOMS).map((m) => [m.name, m.support])).toEqual([['Nguyễn Thị Hoa', false]]);
    expect(mentorNamesOf(inClass(3, '3A', ['cô Lan', 'Cô Lan']), HOMEROOMS).map((m) => m.written)).toEqual(['cô Lan']);
  });

  it('a class whose GVCN the Lớp tab leaves blank, or marks without a name: "GVCN" stays a name not read', () => {
    expect(mentorNamesOf(inClass(2, '3C', ['GVCN']), HOMEROOMS)).toEqual([readMentorName('GVCN')]);
    expect(mentorNamesOf(inClass(3, '3D', ['GVCN']), HOMEROOMS)).toEqual([readMentorName('GVCN')]);
    expect(mentorNamesOf(inClass(4, '9Z', ['GVCN']), HOMEROOMS)).toEqual([readMentorName('GVCN')]);
  });

  it('a mark that is no homeroom teacher is never looked up', () => {
    expect(mentorNamesOf(inClass(2, '3A', ['x']), HOMEROOMS)).toEqual([readMentorName('x')]);
  });

  it('the cell as Theo dõi shows it: "GVCN" with the teacher\'s name, anything else as written', () => {
    expect(supportersText(inClass(2, '3A', ['Lê Văn Nam', 'GVCN (hỗ trợ)']), HOMEROOMS)).toBe('Lê Văn Nam, Nguyễn Thị Hoa (GVCN, hỗ trợ)');
    expect(supportersText(inClass(3, '3A', ['GVCN']), HOMEROOMS)).toBe('Nguyễn Thị Hoa (GVCN)');
    expect(supportersText(inClass(4, '3C', ['GVCN', 'x']), HOMEROOMS)).toBe('GVCN, x');
  });
});

describe('groupMentors with the Lớp tab\'s GVCN', () => {
  const students = [
    inClass(2, '3A', ['GVCN']),
    inClass(3, '3A', ['Nguyễn Thị Hoa']),
    inClass(4, '3B', ['Lê Văn Nam', 'GVCN (hỗ trợ)']),
    inClass(5, '3C', ['GVCN']),
    inClass(6, '3C', ['Cô chủ nhiệm']),
    inClass(7, '3D', ['GVCN']),
    inClass(8, '3B', ['Cô GVCN']),
  ];

  it('one mentor however the class wrote its GVCN; "(hỗ trợ)" kept; two classes\' GVCN are two teachers', () => {
    const { mentors } = groupMentors(students, cellOf, HOMEROOMS);
    expect(mentors.map((m) => [m.name, m.spellings, m.students.map((s) => [s.student.row, s.support])])).toEqual([
      ['Nguyễn Thị Hoa', ['Nguyễn Thị Hoa'], [[2, false], [3, false]]],
      ['Lê Văn Nam', ['Lê Văn Nam'], [[4, false]]],
      ['Cô Mai', ['Cô Mai'], [[4, true], [8, false]]],
    ]);
  });

  it('a class without a GVCN name: one warning per class at its first cell, whatever form it wrote, asking for the name in the Lớp tab', () => {
    const { problems } = groupMentors(students, cellOf, HOMEROOMS);
    expect(problems.map((p) => [p.cell, p.code, p.className, p.message])).toEqual([
      ['F5', 'MENTOR_NAME_MISSING', '3C', '2 em lớp 3C ghi GVCN ở cột GV hỗ trợ (ô đầu tiên: "GVCN" của Học sinh 5, 3C), mà trang Lớp chưa ghi họ tên GVCN của lớp 3C, '
        + 'nên trang Đỡ đầu chưa biết là GV nào (các em vẫn được tính là đã có GV hỗ trợ). Ghi họ tên GVCN của lớp 3C ở cột GVCN trang Lớp, hoặc ghi họ tên giáo viên vào các ô ấy.'],
      ['F7', 'MENTOR_NAME_MISSING', '3D', 'Ô GV hỗ trợ của Học sinh 7 (3D) ghi "GVCN", mà trang Lớp chưa ghi họ tên GVCN của lớp 3D, '
        + 'nên trang Đỡ đầu chưa biết là GV nào (em vẫn được tính là đã có GV hỗ trợ). Ghi họ tên GVCN của lớp 3D ở cột GVCN trang Lớp, hoặc ghi họ tên giáo viên vào ô này.'],
    ]);
  });

  it('without a Lớp tab: no mentor from "GVCN", one warning for the school saying to add the tab', () => {
    const { mentors, problems } = groupMentors([inClass(2, '3A', ['GVCN']), inClass(3, '3B', ['GVCN lớp 3B'])], cellOf);
    expect(mentors).toEqual([]);
    expect(problems.map((p) => [p.cell, p.className, p.message])).toEqual([['F2', '3A',
      '2 em ghi GVCN ở cột GV hỗ trợ (ô đầu tiên: "GVCN" của Học sinh 2, 3A), mà chưa có trang Lớp, nên trang Đỡ đầu chưa biết là GV nào (các em vẫn được tính là đã có GV hỗ trợ). '
      + 'Thêm trang Lớp (các cột Lớp, Khối, GVCN, Sĩ số) với họ tên GVCN của từng lớp, hoặc ghi họ tên giáo viên vào các ô ấy.']]);
  });

  it('a Lớp tab naming no GVCN at all: one warning for the school asking for the column', () => {
    const { problems } = groupMentors([inClass(2, '3A', ['GVCN']), inClass(3, '3B', ['GVCN'])], cellOf, { teacherOf: () => '', listed: 'none' });
    expect(problems.map((p) => p.message)).toEqual(['2 em ghi GVCN ở cột GV hỗ trợ (ô đầu tiên: "GVCN" của Học sinh 2, 3A), mà trang Lớp chưa ghi họ tên GVCN của lớp nào, '
      + 'nên trang Đỡ đầu chưa biết là GV nào (các em vẫn được tính là đã có GV hỗ trợ). Ghi họ tên GVCN của từng lớp ở cột GVCN trang Lớp, hoặc ghi họ tên giáo viên vào các ô ấy.']);
  });
});

describe('a phone keyboard\'s tick in the GV hỗ trợ cell', () => {
  it.each(['✔️', '✅', '☑️', '☑'])('%p says someone is assigned, as "x" does', (cell) => {
    expect(splitSupporters(cell)).toEqual([cell]);
    expect(readMentorName(cell).key).toBe('');
  });
});
