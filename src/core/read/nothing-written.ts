// One closed vocabulary for a cell that writes nothing: "không", "-", "chưa có" in a GV nhận đỡ
// đầu cell, and "Bình thường", "Không khó khăn", "Ổn định" in a Hoàn cảnh cell say the school
// wrote no mentor and no hardship (PRODUCT 3.9: nothing is inferred that the school did not write).
// Labels are matched folded (case, spacing, diacritics, a final full stop); anything else is text
// the school wrote and is kept as written.

import { fold } from '../text';

const NOTHING_WRITTEN = new Set([
  '-', '--',
  'khong', 'khong co', 'khong co gi', 'chua', 'chua co',
  'binh thuong', 'gia dinh binh thuong', 'hoan canh binh thuong', 'on dinh', 'gia dinh on dinh',
  'khong kho khan', 'khong co kho khan', 'khong co gi dac biet', 'khong gi',
]);

/** True when the cell's text is a "nothing here" phrase: blank, "không", "Bình thường", "Ổn định". */
export function writesNothing(text: string): boolean {
  const key = fold(text).replace(/[\s.,;!]+$/u, '');
  return key === '' || NOTHING_WRITTEN.has(key);
}
