// A note saying that the student has left the school ("Chuyển trường", "Thôi học", "Đã bỏ học", "Nghỉ
// hẳn"): the row still counts, since nothing is inferred that the school did not decide, and the
// school is told at the note, so that a child who is gone does not stay in THHS and the needs unseen.
// Only plain departures are read: absences ("Thường xuyên nghỉ học", "Nghỉ học 3 buổi"), risks ("Có
// biểu hiện bỏ học"), a transfer in ("Chuyển trường đến"), a relative's move ("Anh trai đã bỏ học",
// "Gia đình chuyển đi làm ăn xa") and a return ("đã vận động đi học lại") are not (review 18c).

import { fold, INVISIBLE } from '../text';

const LEFT = new RegExp(['chuyen truong', 'chuyen (?:sang|qua|di) truong', 'thoi hoc', 'bo hoc', 'nghi (?:hoc )?(?:han|luon)',
  'khong con (?:di hoc|den lop|den truong)', 'khong (?:di hoc|den lop|den truong) nua', 'rut (?:ho so|hoc ba)', 'theo (?:gia dinh|bo me|cha me) (?:chuyen|vao|ra|ve)',
  'ca (?:gia dinh|nha) chuyen', '^(?:hs |em )?(?:da )?chuyen di'].map((p) => `(?:${p})`).join('|'), 'g');
// Words before the phrase in its clause that make it a risk, a habit, a wish or a denial.
const NOT_BEFORE = /\b(?:nguy co|y dinh|bieu hien|dau hieu|kha nang|co the|de|hay|thuong|thinh thoang|doi khi|it khi|khong|chua|tranh|chong|phong|ngan|sap|muon|doa|doi|tam|tung|sau khi|moi)\b/;
// Words after it that make it time missed, a trip or a transfer in: "Bỏ học 2 tuần", "Bỏ học đi chơi", "Chuyển trường đến".
const NOT_AFTER = /^\s*(?:[:(]?\s*\d+\s*(?:b|buoi|tiet|ngay|lan|hom|tuan|thang)\b|(?:mot|hai|ba|bon|nam) (?:buoi|tiet|ngay|hom|tuan|thang)|ca tuan|dai ngay|nhieu|mot so|vai\b|buoi\b|tiet\b|ban tru|mau giao|di choi|lam\b|den\b|ve\b|tu (?!ngay|thang|\d|hk|hoc k))/;
// A child back at school: "Bỏ học 2 tuần, đã vận động đi học lại".
const BACK = /\b(?:di hoc lai|tro lai (?:lop|truong)|ra lop|quay lai (?:lop|truong))\b/;
// Someone else than the child, in the clause before the phrase (NFC lower case: "bố" and "bỏ" fold alike).
const RELATIVE = /(?:^|\s)(?:bố|mẹ|cha|anh|chị|ông|bà|gia đình|bố mẹ)(?:\s|$)/;

/** Whether a note says the student has left the school. */
export function saysLeftSchool(note: string): boolean {
  const text = fold(note);
  if (BACK.test(text)) return false;
  // As fold spaces it (one space between words, none around, invisible characters dropped), so that positions match.
  const lower = note.normalize('NFC').toLowerCase().replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const clauses = text.split(/[,;.]/);
  const lowerClauses = lower.split(/[,;.]/);
  return clauses.some((clause, i) => [...clause.matchAll(LEFT)].some((m) => {
    const before = clause.slice(0, m.index as number);
    // fold keeps one letter per letter of NFC text: the clause's positions match.
    // Stryker disable next-line StringLiteral,Regex: text and lower split into the same clauses, so the fallback never runs; no LEFT phrase has 'theo ' or 'ca ' past its start
    const related = !/^(?:theo|ca) /.test(m[0]) && RELATIVE.test((lowerClauses[i] ?? '').slice(0, m.index as number)) && !/\b(?:theo|em)\b/.test(before);
    return !related && !NOT_BEFORE.test(before) && !NOT_AFTER.test(clause.slice((m.index as number) + m[0].length));
  }));
}

/** The warning at such a note, `where` naming what to delete the row from ('trang "Danh sách"'). */
export function leftSchoolMessage(name: string, written: string, where: string): string {
  return `Ghi chú${name ? ` của ${name}` : ''} ghi "${written}", nhưng em vẫn được tính (trong sĩ số và số học sinh cần hỗ trợ). Nếu em đã rời trường, xoá dòng của em khỏi ${where}; nếu em vẫn học ở trường, sửa ghi chú.`;
}
