// Steps return new values and never change their input (issue 17): the checks across rows exclude a
// duplicate row in a new roster; the roster as read, frozen here, is left as it was.
import type { Roster } from '../../src/core/read/roster';
import { parseRoster } from '../../src/core/read/roster';
import { parseClassList } from '../../src/core/read/classes';
import { validateRoster } from '../../src/core/rules/validate';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

describe('validateRoster returns a new roster', () => {
  const classList = parseClassList({ name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 2]] });
  const read = (): Roster => parseRoster([{ name: 'Danh sách', values: [
    ['Mã HS', 'Họ và tên', 'Lớp', 'GKI - Toán'],
    ['HS01', 'Lê Văn An', '1A', 'C'],
    ['HS01', 'Trần Thị Bình', '1A', 'C'], // the same Mã HS: an error, excluded
    ['HS03', 'Phạm Văn Cường', '1A', 'H'], // three rows for a Sĩ số of 2: an error at the Lớp tab, no row excluded
  ] }], { classList, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET });

  it('excludes the duplicate in the new roster and leaves the frozen input as read', () => {
    const input = deepFreeze(read());
    const { roster, problems } = validateRoster(input, classList);
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.sheet}!${p.cell}`)).toEqual(['error STUDENT_ID_DUPLICATE Danh sách!A3', 'error CLASS_OVER_SIZE Lớp!D2']);
    expect(roster.students.map((s) => s.excluded)).toEqual([false, true, false]);
    expect(input.students.map((s) => s.excluded)).toEqual([false, false, false]);
    expect(roster.students[0]).toBe(input.students[0]); // untouched rows stay the same objects
    expect(roster.tabs).toBe(input.tabs);
  });

  it('without an error the roster is returned as it is', () => {
    const input = deepFreeze(read());
    const single = { ...input, students: [input.students[0]] };
    const result = validateRoster(single, classList);
    expect(result.roster).toBe(single);
    expect(result.problems).toEqual([]);
  });
});
