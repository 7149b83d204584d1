// adoptOfficial (join/adopt.ts): the Danh sách row joined with an official tab's row keeps what the
// Danh sách wrote, and takes from the official row what the Danh sách left blank.

import { adoptOfficial } from '../../src/core/join/adopt';
import { student } from '../helpers/student';

describe('adoptOfficial: the khối', () => {
  it('the Danh sách\'s khối stands; without one, the official tab\'s is taken', () => {
    expect(adoptOfficial(student({ grade: 8 }), student({ grade: 9 }), {} as never, []).grade).toBe(8);
    expect(adoptOfficial(student({ grade: undefined }), student({ grade: 9 }), {} as never, []).grade).toBe(9);
  });

  it('the Mã HS and birth date likewise', () => {
    const joined = adoptOfficial(student({ studentId: '', birthDate: undefined }), student({ studentId: '0123', birthDate: '2011-02-03' }), {} as never, []);
    expect([joined.studentId, joined.birthDate]).toEqual(['0123', '2011-02-03']);
  });
});
