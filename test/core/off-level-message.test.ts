// The words at the header of a column of the other level's area (read/area-levels offLevelMessage),
// as the roster reader says them: what to write instead depends on the area's own level.
import { offLevelMessage } from '../../src/core/read/area-levels';

describe('offLevelMessage', () => {
  it('a secondary area written for primary students: the primary subject to name instead, and the class to check', () => {
    expect(offLevelMessage('Cột "KHTN" (Giữa học kì I)', 'Khoa học tự nhiên', '3A', 2)).toBe('Cột "KHTN" (Giữa học kì I) chỉ có ở THCS và THPT, '
      + 'nhưng có ghi cho học sinh lớp 3A: 2 ô này chưa được tính. Nếu cột ghi môn khác, đổi tiêu đề cho đúng tên môn của tiểu học '
      + '(ví dụ "Tiếng Việt" thay cho "Ngữ văn", "Khoa học" thay cho "KHTN"); nếu ghi nhầm lớp, sửa cột Lớp.');
  });

  it('a primary area written for THCS students: the secondary subject to name instead; where the class is written, as told', () => {
    expect(offLevelMessage('Cột "Tiếng Việt" (Giữa học kì I)', 'Tiếng Việt', '6A, 6B', 3, 'nếu ghi nhầm khối, sửa tiêu đề trang')).toBe(
      'Cột "Tiếng Việt" (Giữa học kì I) chỉ có ở tiểu học, nhưng có ghi cho học sinh lớp 6A, 6B: 3 ô này chưa được tính. Nếu cột ghi môn khác, '
      + 'đổi tiêu đề cho đúng tên môn của cấp học (ví dụ "Ngữ văn" thay cho "Tiếng Việt"); nếu ghi nhầm khối, sửa tiêu đề trang.');
  });
});
