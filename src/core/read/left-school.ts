// A note saying that the student has left the school ("Chuyển trường", "Đã chuyển đi", "Thôi học",
// "Bỏ học"): the row still counts, since nothing is inferred that the school did not decide, and the
// school is told at the note, so that a child who is gone does not stay in THHS and the needs unseen.

import { fold } from '../text';

const LEFT = /\b(chuyen truong|chuyen di|thoi hoc|bo hoc|da nghi hoc|nghi hoc han|xin nghi hoc)\b/;
// A risk, a wish or a denial of leaving is no departure: "Nguy cơ bỏ học", "Không bỏ học", "Chống bỏ học".
const NOT_LEFT = /\b(nguy co|co the|de|khong|chua|tranh|chong|phong|ngan|sap|muon|doa|hay) (bo hoc|thoi hoc|nghi hoc|chuyen truong|chuyen di)\b/g;

/** Whether a note says the student has left the school. */
export function saysLeftSchool(note: string): boolean {
  return LEFT.test(fold(note).replace(NOT_LEFT, ''));
}

/** The warning at such a note, `where` naming what to delete the row from ("Danh sách", 'trang "6a"'). */
export function leftSchoolMessage(name: string, written: string, where: string): string {
  return `Ghi chú${name ? ` của ${name}` : ''} ghi "${written}", nhưng em vẫn được tính (trong sĩ số và số học sinh cần hỗ trợ). Nếu em đã rời trường, xoá dòng của em khỏi ${where}; nếu em vẫn học ở trường, sửa ghi chú.`;
}
