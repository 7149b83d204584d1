// Which Nhật ký field a header label names (read/log-fields.ts logField), asked directly: a note in
// brackets aside, a bracket naming a field, and "(GV ghi)" after a bare name label.
import { logField, logFieldOfPath } from '../../src/core/read/log-fields';

describe('logField', () => {
  it.each([
    ['Lớp (ví dụ 4A)', 'className'], // a note in brackets is set aside
    ['Mã HS (nếu có)', 'studentId'],
    ['Họ và tên (giáo viên)', 'mentor'], // the bracket names a field: the teacher's column
    ['Họ và tên (học sinh)', 'student'],
    ['Họ và tên (GV ghi)', 'mentor'], // a bare name label the teacher writes
    ['Họ tên (người ghi)', 'mentor'],
    ['  HỌ VÀ TÊN   (Giáo viên ghi rõ) ', 'mentor'],
    ['Học sinh (GV ghi)', 'student'], // not a bare name label: stays the student's
    ['Họ và tên (ghi rõ)', 'student'], // a bracket that names nobody who writes
    ['Họ và tên (nguoi ghi)', 'mentor'],
    ['Họ và tên học sinh (GV ghi)', 'student'],
    ['Nội dung', 'content'],
    ['Ghi chú (Nội dung)', 'content'], // the bracket names the field, whatever the label before it
    ['Ghi chú (GV ghi)', undefined],
    [42, undefined],
  ])('%p → %p', (label, field) => {
    expect(logField(label)).toBe(field);
  });
});

// Issue 17: a label naming the teacher with a name in brackets or around it is the teacher's column
// ("Giáo viên (Họ và tên)" was read as a second student column); a label naming the student, or a
// name alone, stays the student's.
describe('logField: the teacher\'s name, the family', () => {
  it.each([
    ['Giáo viên (Họ và tên)', 'mentor'],
    ['GIÁO VIÊN (HỌ VÀ TÊN)', 'mentor'],
    ['GV (họ tên)', 'mentor'],
    ['GVCN (Họ và tên)', 'mentor'],
    ['Người đỡ đầu (Họ và tên)', 'mentor'],
    ['Giáo viên hỗ trợ (Họ và tên)', 'mentor'],
    ['Họ và tên giáo viên', 'mentor'],
    ['Họ và tên GV', 'mentor'],
    ['Họ tên GVCN', 'mentor'],
    ['Họ và tên người đỡ đầu', 'mentor'],
    ['Họ và tên người hỗ trợ', 'mentor'],
    ['Họ và tên thầy/cô đỡ đầu', 'mentor'],
    ['Giáo viên: Họ và tên', 'mentor'],
    ['Giáo viên - Họ tên', 'mentor'],
    ['Tên giáo viên', 'mentor'],
    ['Tên GV đỡ đầu', 'mentor'],
    ['Họ và tên (GV ghi)', 'mentor'], // as before (7de32ef)
    ['Họ và tên học sinh', 'student'],
    ['Họ và tên học sinh (GV ghi)', 'student'],
    ['Họ và tên HS', 'student'],
    ['Họ và tên', 'student'],
    ['Họ tên', 'student'],
    ['Tên HS', 'student'],
    ['Tên học sinh', 'student'],
    ['Học sinh (Họ và tên)', 'student'],
    ['Họ và tên (ghi đủ dấu)', 'student'],
    ['Giáo viên', 'mentor'], // no name: the label itself, as before
    ['Giáo viên ghi', 'mentor'],
    ['Ghi chú của giáo viên', undefined],
    ['Nội dung (GV ghi)', 'content'],
    // Review of round 10: a note asking for the teacher's name does not move another field's column.
    ['Nội dung hỗ trợ (GV ghi rõ họ tên người hỗ trợ)', 'content'],
    ['Kết quả (ghi họ tên GV nhận xét)', 'result'],
    ['Lớp (học sinh)', 'className'],
  ])('%p → %p', (label, field) => {
    expect(logField(label)).toBe(field);
  });

  it.each<[string[], string | undefined]>([
    [['Giáo viên', 'Họ và tên'], 'mentor'], // a group merged over the teacher's name and other columns
    [['Người đỡ đầu', 'Họ tên'], 'mentor'],
    [['Học sinh', 'Họ và tên'], 'student'],
    [['Họ và tên'], 'student'],
    [['Giáo viên', 'Lớp'], 'className'], // only a name turns to the teacher
    [['Thông tin hỗ trợ', 'Nội dung'], 'content'],
  ])('a column of a header tree %p → %p', (path, field) => {
    expect(logFieldOfPath(path)).toBe(field);
  });
});
