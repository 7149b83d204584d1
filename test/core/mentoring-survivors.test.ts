// mentoring.ts: a student row an error excludes is left out of mentoring, like every other count.
import { buildMentoring } from '../../src/core/mentoring';
import { defaultConfig } from '../../src/core/read/config/types';
import { NO_HOMEROOMS } from '../../src/core/rules/homeroom-mentors';
import { student } from '../helpers/student';

describe('buildMentoring: excluded rows', () => {
  it('gives an excluded student no mentoring entry, and a counted one with the same mentor one', () => {
    const need = { GKI: { rated: true, need: ['Toán'], blank: [] } };
    const counted = student({ row: 2, name: 'Lê Văn An', supporters: ['Nguyễn Thị Lan'], reviews: need });
    const excluded = student({ row: 3, name: 'Phạm Thị Bình', supporters: ['Nguyễn Thị Lan'], reviews: need, excluded: true });
    const mentoring = buildMentoring([counted, excluded], [], defaultConfig(), { year: 2025, month: 11, day: 26 }, () => undefined, false, NO_HOMEROOMS);
    expect(mentoring.byStudent.has(excluded)).toBe(false);
    expect(mentoring.byStudent.get(counted)?.mentors).toEqual([{ name: 'Nguyễn Thị Lan', support: false }]);
  });
});
