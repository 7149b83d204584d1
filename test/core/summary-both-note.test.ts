// Tổng hợp's "Tiến bộ tại mốc …": a student in both Chưa tiến bộ and Cần hỗ trợ mới is said under the
// table, so the two rows adding up to more than the students needing support is explained.
import { bothNote } from '../../src/core/layout/summary-notes';
import type { Flag, FlagKind } from '../../src/core/rules/flags';
import type { Student } from '../../src/core/model';

const flag = (...kinds: FlagKind[]): Flag => ({ reviewPoint: 'CKI', student: {} as Student, kinds, areas: [] });

describe('the note on students in both rows', () => {
  it('counts the students in both rows and those in at least one', () => {
    const flags = [flag('notImproved', 'new'), flag('notImproved', 'new', 'noSupporter'), flag('notImproved'), flag('new'), flag('improved')];
    expect(bothNote(flags)).toBe('Có 2 em vừa chưa tiến bộ ở một mặt vừa cần hỗ trợ mới ở mặt khác, được đếm ở cả hai dòng '
      + 'Chưa tiến bộ và Cần hỗ trợ mới; số em ở ít nhất một trong hai dòng là 4.');
  });

  it('says nothing when nobody is in both rows', () => {
    expect(bothNote([flag('notImproved'), flag('new'), flag('improved', 'noSupporter')])).toBeUndefined();
    expect(bothNote([])).toBeUndefined();
  });
});
