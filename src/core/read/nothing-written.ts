// One closed vocabulary for a cell that writes nothing: "không", "-", "chưa có" in a GV nhận đỡ
// đầu cell, and "Bình thường", "Không khó khăn", "Ổn định" in a Hoàn cảnh cell say the school
// wrote no mentor and no hardship (PRODUCT 3.9: nothing is inferred that the school did not write).
// Labels are matched folded (case, spacing, diacritics, a final full stop); anything else is text
// the school wrote and is kept as written.

import { fold, foldWords } from '../text';
import { isMark } from '../vocab';

// "Không" as schools type it at speed: ko, k, kg, khg; with "có", a polite "ạ" ("không ạ"), or "gì".
const NO_WORDS = ['khong', 'ko', 'k', 'kg', 'khg'].flatMap((no) => ['', ' co', ' a', ' co a', ' co gi', ' gi'].map((tail) => no + tail));

const NOTHING_WRITTEN = new Set([
  '-', '--', 'n/a', // never "na": Na is a given name
  ...NO_WORDS, 'chua', 'chua co',
  'binh thuong', 'bthuong', 'b thuong', 'b/thuong', 'gia dinh binh thuong', 'hoan canh binh thuong', 'on dinh', 'gia dinh on dinh',
  'khong kho khan', 'khong co kho khan', 'khong co gi dac biet',
]);

const key = (text: string) => fold(text).replace(/[\s.,;!]+$/u, '');

/** True when the cell's text is a "nothing here" phrase: blank, "không", "Bình thường", "Ổn định". */
export function writesNothing(text: string): boolean {
  const k = key(text);
  return k === '' || NOTHING_WRITTEN.has(k);
}

// "Nobody yet" in a GV hỗ trợ cell: chưa / chờ / đang / không, then what is not done yet (phân
// công, có, cử …), then who (GV, giáo viên, người …) and their role. Matched on the lower-cased NFC
// text WITH diacritics: folded, "Đặng Phan Công" (a name) would read as "đang phân công".
const NOBODY_YET = new RegExp('^(chưa|chờ|đang chờ|đang|không|chưa được|đang được|chưa có ai|không có ai)'
  + '( (phân công|pc|phân|bố trí|cử|xếp|chọn|xác định|có|nhận|tìm|tìm được))?'
  + '( (gv|giáo viên|người|ai|thầy cô))?'
  + '( (hỗ trợ|đỡ đầu|nhận đỡ đầu|phụ trách|phụ đạo|gv|giáo viên))?( (gv|giáo viên|hỗ trợ))?$', 'u');
// The same written without diacritics, from the words no name begins with ("dang" is Đặng: left out).
const NOBODY_YET_PLAIN = /^(chua|cho|khong|chua duoc|chua co ai)( (phan cong|pc|phan|bo tri|cu|xep|chon|xac dinh|co|nhan|tim))?( (gv|giao vien|nguoi|ai|thay co))?( (ho tro|do dau|nhan do dau|phu trach|phu dao))?$/;

/**
 * True when a GV hỗ trợ cell writes no teacher: nothing (writesNothing), only punctuation ("?",
 * "…"; a tick "✓" is a mark, someone assigned), or a "nobody yet" phrase ("Chưa phân công", "Chưa có GV", "Chờ phân công", "Đang phân
 * công"). The student then has no supporter (noSupporter, "Chưa có GV hỗ trợ"), never a teacher
 * called "Chưa phân công".
 */
export function writesNoMentor(text: string): boolean {
  if (writesNothing(text)) return true;
  if (!/[\p{L}\p{N}]/u.test(text)) return !isMark(text); // "✓" says someone is assigned (read/mentor-names)
  const lower = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s.,;!?…]+$/u, '');
  return NOBODY_YET.test(lower) || NOBODY_YET_PLAIN.test(lower);
}

// "No hardship" in a Hoàn cảnh cell: a negation, then only words naming the hardship it denies
// ("Không thuộc hộ nghèo", "Không có hoàn cảnh khó khăn", "Không khó khăn gì"). Any other word keeps
// the text as written: "Không có bố" is a hardship.
// "HCKK", "HC khó khăn": hoàn cảnh khó khăn as schools shorten it.
const DENIED = new Set(['dien', 'ho', 'gia', 'dinh', 'hoan', 'canh', 'ngheo', 'can', 'kho', 'khan', 'dac', 'biet', 'gi', 'ca', 'nao', 'hckk', 'hc']);
const HARDSHIP_WORD = /\b(ngheo|kho khan|hoan canh|dac biet|hckk|hc)\b/;
// An unticked checkbox. (A description such as "Khá giả" is a Hoàn cảnh written: kept, F9; nothing is inferred.)
const NO_HARDSHIP = new Set(['false']);

/**
 * True when a Hoàn cảnh cell writes no hardship: nothing (writesNothing), "BT" (bình thường), "0",
 * or a negated hardship ("Không thuộc hộ nghèo", "Không có hoàn cảnh khó khăn"). Anything else is
 * a hardship as written (PRODUCT 3.9: nothing is inferred).
 */
export function writesNoHardship(text: string): boolean {
  const k = foldWords(text);
  // A question mark ("?", "??", "…") asks, it writes no hardship; a tick or a cross ("✓", "x", "*") is one.
  if (writesNothing(text) || k === 'bt' || k === '0' || NO_HARDSHIP.has(k) || /^[\s?…/—–-]+$/u.test(text)) return true;
  // "Không", "BT" before a note that says no hardship either: "Không (bình thường)", "BT (ổn định)". A hardship in the note is one:
  // "Không (mồ côi cha)"; any other answer keeps its note as written ("0 (không)", "Bình thường (bố mẹ ly hôn)", F9).
  const notes = [...text.matchAll(/\(([^)]*)\)/gu)].map((m) => m[1]);
  const outside = text.replace(/\([^)]*\)/gu, ' ').trim();
  if (notes.length > 0 && /^(khong|ko|bt|binh thuong|on dinh)\b/.test(foldWords(outside))) return notes.every(writesNoHardship) && writesNoHardship(outside);
  // Several "nothing" phrases: "Bình thường, ổn định".
  const parts = text.split(/[,;]/u).filter((p) => p.trim() !== '');
  if (parts.length > 1) return parts.every(writesNoHardship);
  // The hardship named, then the answer: "Hộ nghèo: không", "Hoàn cảnh khó khăn: Không".
  const answer = /^([^:]+):(.*\S.*)$/u.exec(text);
  if (answer && foldWords(answer[1]).split(' ').every((w) => DENIED.has(w))) return writesNoHardship(answer[2]);
  // A bare negated verb answers a yes/no column ("Hộ nghèo": "Không phải", "Không thuộc", "Ko là").
  if (/^(khong|ko|k)( (co|thuoc|phai|la|nam trong|thuoc vao|thuoc dien))$/.test(k)) return true;
  const negated = /^(khong|ko)( (co|thuoc|phai|la|nam trong|thuoc vao))? (.+)$/.exec(k);
  return negated !== null && HARDSHIP_WORD.test(negated[4]) && negated[4].split(' ').every((w) => DENIED.has(w));
}
