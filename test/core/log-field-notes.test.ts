// A log header label with a note in brackets: the note says whose a name column is; a label naming
// another field keeps it whatever its note says; a label of no field stays none.

import { logFieldMatch } from '../../src/core/read/log-fields';

describe('log header labels with a note in brackets', () => {
  it.each([
    ['Tên (giáo viên)', 'mentor'],
    ['Họ và tên (giáo viên)', 'mentor'],
    ['Tên (học sinh)', 'student'],
    ['Ghi nhận (học sinh)', 'student'],
    ['Nội dung hỗ trợ (GV ghi rõ họ tên người hỗ trợ)', 'content'],
    ['Ngày (dd/mm/yyyy)', 'date'],
  ])('"%s" is the %s column, named exactly', (label, field) => {
    expect(logFieldMatch(label)).toEqual({ field, byWords: false });
  });

  it.each(['Ghi nhận', 'Em được giúp gì (ghi họ tên em)', 'Ghi chú (nếu có)'])('"%s" names no field', (label) => {
    expect(logFieldMatch(label)).toBeUndefined();
  });
});
