// rules/validate.ts on hand-made students: the same child in several classes is warned at the later
// row only, and a warning about a student read only from official results points at the official
// tab it was last seen in.
import type { ClassList } from '../../src/core/read/classes';
import type { Roster } from '../../src/core/read/roster';
import { NO_SKIPS } from '../../src/core/read/roster/types';
import type { Flag } from '../../src/core/rules/flags';
import { supportWarnings, validateRoster } from '../../src/core/rules/validate';
import type { Student } from '../../src/core/model';
import { student } from '../helpers/student';

const rosterOf = (students: Student[]): Roster => ({ tabs: [], students, blocks: [], areas: [], problems: [], skipped: NO_SKIPS() });
const NO_CLASS_TAB: ClassList = { sheet: 'Lớp', present: false, byKey: new Map(), problems: [] };

describe('validateRoster: one name and birth date in several classes', () => {
  it('warns at a row only about an earlier row, never about a later one', () => {
    // An and Bình are two children (two different Mã HS); Cường, with no Mã HS, may be either.
    const born = '2010-03-04';
    const students = [
      student({ row: 2, studentId: 'HS01', name: 'Lê Văn An', className: '10A1', classKey: '10A1', birthDate: born }),
      student({ row: 3, studentId: 'HS02', name: 'Lê Văn An', className: '10A2', classKey: '10A2', birthDate: born }),
      student({ row: 4, studentId: '', name: 'Lê Văn An', className: '10A3', classKey: '10A3', birthDate: born }),
    ];
    const { problems } = validateRoster(rosterOf(students), NO_CLASS_TAB);
    const twice = problems.filter((p) => p.code === 'SAME_STUDENT_TWO_CLASSES');
    expect(twice.map((p) => p.row)).toEqual([4]);
    expect(twice[0].message).toContain('có ở lớp 10A1 (dòng 2) và lớp 10A3 (dòng này)');
  });
});

describe('supportWarnings: a student read only from official results', () => {
  it('is warned of a review point not rated at its row in the latest official tab it was read from', () => {
    const s = student({
      sheet: '10A1 GKI', row: 7, grade: 10,
      reviews: { GKI: { rated: true, need: ['Toán'], blank: [] }, CKI: { rated: true, need: ['Toán'], blank: [] } },
      supporters: ['Cô Lan'],
      official: {
        GKI: { sheet: '10A1 GKI', row: 7, nameColumn: 3, areaColumns: { Toán: 5 } },
        CKI: { sheet: '10A1 HK1', row: 9, nameColumn: 3, areaColumns: { Toán: 6 } },
      },
    });
    const flag: Flag = { reviewPoint: 'GKII', student: s, kinds: ['notRated'], areas: ['Toán'], previous: 'CKI' };
    const problems = supportWarnings(rosterOf([s]), [flag]);
    // No official tab holds Giữa kì II: the warning goes to the Học kì I tab's row, at the name.
    expect(problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([['NOT_RATED', '10A1 HK1', 9, 3]]);
  });
});
