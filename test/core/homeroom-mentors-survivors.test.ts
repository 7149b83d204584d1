// mentorNamesOf (rules/homeroom-mentors.ts): each teacher once per student, but every cell text that
// names nobody is kept, so Kiểm tra can still say each of them.
import { mentorNamesOf, NO_HOMEROOMS } from '../../src/core/rules/homeroom-mentors';
import { student } from '../helpers/student';

describe('the mentors a GV hỗ trợ cell names', () => {
  it('a teacher written twice is one mentor', () => {
    const s = student({ supporters: ['Nguyễn Thị Lan', 'nguyễn thị lan'] });
    expect(mentorNamesOf(s, NO_HOMEROOMS).map((m) => m.written)).toEqual(['Nguyễn Thị Lan']);
  });

  it('two texts naming nobody are both kept: a "GVCN" without a Lớp tab is not lost behind a "Có"', () => {
    const s = student({ supporters: ['Có', 'GVCN'] });
    const names = mentorNamesOf(s, NO_HOMEROOMS);
    expect(names.map((m) => [m.written, m.key, m.homeroom])).toEqual([['Có', '', false], ['GVCN', '', true]]);
  });
});
