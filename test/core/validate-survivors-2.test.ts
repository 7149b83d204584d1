// rules/validate.ts: the same child in two classes is looked for only among rows that have both a
// name and a class; a row missing either is not taken for a child who moved.
import type { ClassList } from '../../src/core/read/classes';
import type { Roster } from '../../src/core/read/roster';
import { NO_SKIPS } from '../../src/core/read/roster/types';
import { validateRoster } from '../../src/core/rules/validate';
import type { Student } from '../../src/core/model';
import { student } from '../helpers/student';

const rosterOf = (students: Student[]): Roster => ({ tabs: [], students, blocks: [], areas: [], problems: [], skipped: NO_SKIPS() });
const NO_CLASS_TAB: ClassList = { sheet: 'Lớp', present: false, byKey: new Map(), problems: [] };
const twoClasses = (students: Student[]) =>
  validateRoster(rosterOf(students), NO_CLASS_TAB).problems.filter((p) => p.code === 'SAME_STUDENT_TWO_CLASSES');

describe('validateRoster: one child in two classes needs a name and a class on both rows', () => {
  it('two rows without a name, born the same day in two classes, are not the same child', () => {
    const born = '2010-03-04';
    const students = [
      student({ row: 2, name: '', className: '10A1', classKey: '10A1', birthDate: born }),
      student({ row: 3, name: '', className: '10A2', classKey: '10A2', birthDate: born }),
    ];
    expect(twoClasses(students)).toEqual([]);
  });

  it('a row without a class is not a second class of a child of the same name and birth date', () => {
    const born = '2010-03-04';
    const students = [
      student({ row: 2, name: 'Lê Văn An', className: '10A1', classKey: '10A1', birthDate: born }),
      student({ row: 3, name: 'Lê Văn An', className: '', classKey: '', birthDate: born }),
    ];
    expect(twoClasses(students)).toEqual([]);
  });

  it('the same name and birth date in two classes is warned once, at the later row', () => {
    // The rows above with a name and a class each: the warning the two cases above must not give.
    const born = '2010-03-04';
    const students = [
      student({ row: 2, name: 'Lê Văn An', className: '10A1', classKey: '10A1', birthDate: born }),
      student({ row: 3, name: 'Lê Văn An', className: '10A2', classKey: '10A2', birthDate: born }),
    ];
    expect(twoClasses(students).map((p) => p.row)).toEqual([3]);
  });
});
