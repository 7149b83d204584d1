// RosterIndex (join/roster-index.ts): a child written twice in the Danh sách (the copy excluded as a
// duplicate) is one child; an official tab's row joins the counted row, never the excluded copy.

import { RosterIndex } from '../../src/core/join/roster-index';
import { student } from '../helpers/student';

describe('a Danh sách row written twice, the copy excluded', () => {
  it('by name and class: the counted row joins, whichever comes first', () => {
    const counted = student({ row: 2, name: 'Lê Văn An', classKey: '10A1' });
    const copy = student({ row: 9, name: 'Lê Văn An', classKey: '10A1', excluded: true });
    expect(new RosterIndex([copy, counted]).find('', 'Lê Văn An', '10A1', undefined, 1)).toBe(counted);
    expect(new RosterIndex([counted, copy]).find('', 'Lê Văn An', '10A1', undefined, 1)).toBe(counted);
  });

  it('by name, class and birth date the same', () => {
    const counted = student({ row: 2, birthDate: '2010-05-04' });
    const copy = student({ row: 9, birthDate: '2010-05-04', excluded: true });
    expect(new RosterIndex([copy, counted]).find('', counted.name, counted.classKey, '2010-05-04', 1)).toBe(counted);
  });

  it('two counted rows of one name in a class are two children: neither joins by name', () => {
    const a = student({ row: 2 });
    const b = student({ row: 3 });
    expect(new RosterIndex([a, b]).find('', a.name, a.classKey, undefined, 1)).toBeUndefined();
  });
  it('a child whose only Danh sách row is excluded (an error on it) still joins that row, not a second child', () => {
    const only = student({ row: 4, excluded: true });
    expect(new RosterIndex([only]).find('', only.name, only.classKey, undefined, 1)).toBe(only);
  });
});
