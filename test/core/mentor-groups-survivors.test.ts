// layout/mentor-groups.ts on hand-made mentoring data: a student whose own mentor names match none
// of the mentors listing it is still listed; a mentor named in another group goes to the first of
// equals in the table; the one-each group's log counts its entries; an unreadable mentor's students
// get their own group.
import type { Analysis } from '../../src/core/analyse';
import { mentorGroups } from '../../src/core/layout/mentor-groups';
import type { MentorStatus } from '../../src/core/mentoring';
import type { Student } from '../../src/core/model';

/** A counted student whose GV nhận đỡ đầu cell names `supporters`, the first one "1.". */
const student = (name: string, ...supporters: string[]): Student => ({ name, excluded: false, supporters } as unknown as Student);

interface Options {
  /** Students whose own mentor names (byStudent) differ from their cell's. */
  ownNames?: Map<Student, string[]>;
  /** Names the add-in cannot read: no mentor is made of them. */
  unreadable?: string[];
  /** The school keeps a log. */
  logTabs?: boolean;
  logged?: Student[];
  missing?: Student[];
}

/** The analysis mentorGroups reads: the mentors in order of first appearance, each with the students naming it. */
function analysisOf(students: Student[], options: Options = {}): Analysis {
  const names: string[] = [];
  for (const s of students) for (const n of s.supporters) if (!names.includes(n) && !(options.unreadable ?? []).includes(n)) names.push(n);
  const mentors: MentorStatus[] = names.map((name) => {
    const mine = students.filter((s) => s.supporters.includes(name));
    return {
      name, spellings: [name], students: mine.map((s) => ({ student: s, support: false })),
      loggedThisMonth: mine.filter((s) => (options.logged ?? []).includes(s)),
      missing: mine.filter((s) => (options.missing ?? []).includes(s)),
    };
  });
  const byStudent = new Map(students.map((s) => [s, {
    student: s,
    mentors: (options.ownNames?.get(s) ?? s.supporters.filter((n) => names.includes(n))).map((name) => ({ name, support: false })),
    risk: { atRisk: false },
  }]));
  return { students, mentoring: { logTabs: options.logTabs ? [{}] : [], mentors, byStudent, month: '2025-11' } } as unknown as Analysis;
}

const shape = (analysis: Analysis) => mentorGroups(analysis).map((g) => [g.heading, g.students.map((s) => s.name)]);

describe('mentorGroups: every student listed once, even when its own mentor names match no mentor', () => {
  it('a student whose row gives no first mentor the table knows is listed under the first mentor listing it', () => {
    const an = student('Lê Văn An', 'Nguyễn Thị Lan');
    const binh = student('Phạm Thị Bình', 'Trần Văn Hùng', 'Nguyễn Thị Lan');
    const cuong = student('Đỗ Văn Cường', 'Trần Văn Hùng', 'Nguyễn Thị Lan');
    // Bình's own names read as none; Cường's first is a spelling no mentor is shown as.
    const analysis = analysisOf([an, binh, cuong], { ownNames: new Map([[binh, []], [cuong, ['Trần Hùng', 'Nguyễn Thị Lan']]]) });
    // Lan comes first in the table (An's row), so she lists all three; Hùng is named in her heading.
    expect(shape(analysis)).toEqual([
      ['GV Nguyễn Thị Lan: 3 em; GV Trần Văn Hùng: 2 em', ['Lê Văn An', 'Phạm Thị Bình', 'Đỗ Văn Cường']],
    ]);
  });

  it('a student whose cell names only a mentor the add-in cannot read is held in a last group, with no log line', () => {
    const analysis = analysisOf([student('Lê Văn An', 'Nguyễn Thị Lan'), student('Phạm Thị Bình', '???')], { unreadable: ['???'] });
    expect(shape(analysis)).toEqual([
      ['GV Nguyễn Thị Lan: 1 em', ['Lê Văn An']],
      ['Chưa đọc được tên GV nhận đỡ đầu: 1 em', ['Phạm Thị Bình']],
    ]);
    // Nobody mentors the last group's students: there is no log to report beside it.
    expect(mentorGroups(analysis)[1].log).toBe('');
  });
});

describe('mentorGroups: a mentor who is nobody\'s first is named in the group listing most of its students', () => {
  it('on equal counts, the group first in the table, whatever the order of the mentor\'s own students', () => {
    // Yên's first student (Bình) is listed under Hùng, her second (Cường) under Lan; Lan's group comes first.
    const analysis = analysisOf([
      student('Lê Văn An', 'Nguyễn Thị Lan'),
      student('Phạm Thị Bình', 'Trần Văn Hùng', 'Võ Thị Yên'),
      student('Đỗ Văn Cường', 'Nguyễn Thị Lan', 'Võ Thị Yên'),
      student('Hà Văn Giang', 'Trần Văn Hùng'),
    ]);
    expect(shape(analysis)).toEqual([
      ['GV Nguyễn Thị Lan: 2 em; GV Võ Thị Yên: 2 em (1 em ở nhóm GV khác)', ['Lê Văn An', 'Đỗ Văn Cường']],
      ['GV Trần Văn Hùng: 2 em', ['Phạm Thị Bình', 'Hà Văn Giang']],
    ]);
  });
});

describe('mentorGroups: the log beside the group of mentors of one student each', () => {
  const oneEach = () => [student('Lê Văn An', 'Nguyễn Thị Lan'), student('Phạm Thị Bình', 'Trần Văn Hùng'), student('Đỗ Văn Cường', 'Võ Thị Yên')];

  it('a school keeping no log has no log line', () => {
    const groups = mentorGroups(analysisOf(oneEach()));
    expect(groups.map((g) => [g.heading, g.log])).toEqual([['Mỗi GV nhận đỡ đầu một em (tên GV ở cột GV nhận đỡ đầu): 3 em, 3 GV', '']]);
  });

  it('counts the students with an entry this month and, with nobody owing one, names nobody', () => {
    const [an, binh, cuong] = oneEach();
    const groups = mentorGroups(analysisOf([an, binh, cuong], { logTabs: true, logged: [an, binh] }));
    expect(groups.map((g) => g.log)).toEqual(['Đã ghi nhật ký tháng 11/2025: 2 em']);
  });

  it('with no entry yet, counts none and names who owes one', () => {
    const [an, binh, cuong] = oneEach();
    const groups = mentorGroups(analysisOf([an, binh, cuong], { logTabs: true, missing: [cuong] }));
    expect(groups.map((g) => g.log)).toEqual(['Đã ghi nhật ký tháng 11/2025: 0 em; chưa ghi nhật ký tháng 11/2025: Đỗ Văn Cường']);
  });

  it('names every student owing an entry, separated by commas', () => {
    const [an, binh, cuong] = oneEach();
    const groups = mentorGroups(analysisOf([an, binh, cuong], { logTabs: true, logged: [an], missing: [binh, cuong] }));
    expect(groups.map((g) => g.log)).toEqual(['Đã ghi nhật ký tháng 11/2025: 1 em; chưa ghi nhật ký tháng 11/2025: Phạm Thị Bình, Đỗ Văn Cường']);
  });
});
