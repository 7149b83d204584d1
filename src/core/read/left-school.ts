// A note saying that the student has left the school ("Chuyển trường", "Đã chuyển đi", "Thôi học",
// "Bỏ học"): the row still counts, since nothing is inferred that the school did not decide, and the
// school is told at the note, so that a child who is gone does not stay in THHS and the needs unseen.

import { fold } from '../text';

const LEFT = /\b(?:chuyen truong|chuyen di|thoi hoc|bo hoc|nghi hoc)\b/g;
// Words before the phrase that make it a risk, a habit, a denial or someone else's move: "Nguy cơ bỏ
// học", "Hay nghỉ học", "Không bỏ học", "Bố mẹ chuyển đi làm ăn xa".
const NOT_BEFORE = /\b(?:nguy co|co the|de|khong|chua|tranh|chong|phong|ngan|sap|muon|doa|hay|thuong|hoac|gia dinh|bo me|bo|me|cha|ba|anh|chi)\s*$/;
// Words after it that make it a number of sessions missed or a trip: "Nghỉ học 3 buổi", "Bỏ học đi chơi".
const NOT_AFTER = /^\s*(?:\d+\s*(?:buoi|tiet|ngay|lan|hom)|nhieu|mot so|vai|buoi|tiet|di choi|lam|khong phep|co phep)\b/;

/** Whether a note says the student has left the school. */
export function saysLeftSchool(note: string): boolean {
  const text = fold(note);
  for (const m of text.matchAll(LEFT)) {
    const at = m.index as number;
    if (!NOT_BEFORE.test(text.slice(0, at)) && !NOT_AFTER.test(text.slice(at + m[0].length))) return true;
  }
  return false;
}

/** The warning at such a note, `where` naming what to delete the row from ('trang "Danh sách"'). */
export function leftSchoolMessage(name: string, written: string, where: string): string {
  return `Ghi chú${name ? ` của ${name}` : ''} ghi "${written}", nhưng em vẫn được tính (trong sĩ số và số học sinh cần hỗ trợ). Nếu em đã rời trường, xoá dòng của em khỏi ${where}; nếu em vẫn học ở trường, sửa ghi chú.`;
}
