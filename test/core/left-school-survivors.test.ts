// read/left-school.ts: a relative's departure found however the note is spaced; the warning of a row without a name.
import { leftSchoolMessage, saysLeftSchool } from '../../src/core/read/left-school';

describe('saysLeftSchool', () => {
  it('reads a sister leaving school as no departure of the child, even after a line break and spaces', () => {
    // The spaces before "chị" are many; "chị" stays the word right before "bỏ học".
    expect(saysLeftSchool('Hộ nghèo \n chị bỏ học')).toBe(false);
    expect(saysLeftSchool('Hộ nghèo    chị bỏ học')).toBe(false);
  });
});

describe('leftSchoolMessage', () => {
  it('names no student when the row has no name', () => {
    expect(leftSchoolMessage('', 'Chuyển trường', 'trang "Danh sách"')).toMatch(/^Ghi chú ghi "Chuyển trường", nhưng em vẫn được tính/);
  });

  it('names the student when the row has one', () => {
    expect(leftSchoolMessage('Lê Văn An', 'Thôi học', 'trang "Danh sách"')).toMatch(/^Ghi chú của Lê Văn An ghi "Thôi học"/);
  });
});
