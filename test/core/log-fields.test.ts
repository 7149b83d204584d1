// Which Nhật ký field a header label names (read/log-fields.ts logField), asked directly: a note in
// brackets aside, a bracket naming a field, and "(GV ghi)" after a bare name label.
import { logField } from '../../src/core/read/log-fields';

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
