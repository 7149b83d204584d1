// Nothing rated is dropped silently: columns below the header that hold ratings nobody placed, and
// ratings merged across several review columns, are reported at the cell the school has to change.

import { isBlank } from '../../cells';
import type { Problem, Severity, SheetGrid } from '../../model';
import { problemAt } from '../../problem';
import { isScoreLike, readRating, RESULT_AREAS } from '../../scales';
import { a1, columnLetters, fold, foldCompact, tidy } from '../../text';
import { areasNamed, isMark, matchRating, pointsNamed, readHeaderLabel, type HeaderLabel } from '../../vocab';
import type { HeaderLabel as TreeLabel } from '../header-tree';
import { placement, type TabPointNames } from './unplaced-messages';
import type { RosterLayout } from './types';

/**
 * A cell of one to three words of letters only ("An", "Thị Bình"): a word of a name, not a number
 * or a note. Asked only of a column holding no rating and no mark (those make it a rating column).
 */
function isWordText(v: unknown): boolean {
  return typeof v === 'string' && /^\p{L}+( \p{L}+){0,2}$/u.test(tidy(v));
}

/** A rating word of any level's scale: T/H/C, Đạt, CĐ, Khá, Yếu, Miễn … (a score is no word; nor is a lone K, G or Y). */
function isRatingWord(text: string): boolean {
  return matchRating(text, 'subject') !== undefined || matchRating(text, 'quality') !== undefined
    || WORD_SCALES.some((scale) => readRating(text, scale) !== undefined && (scale === 'comment' || foldCompact(text).length > 1));
}

/**
 * A secondary result's letters alone (G, K, Y, T …) in every filled cell, under a label naming a point or an area:
 * "Xếp loại HK1" holding G/K/Y. Elsewhere, or beside other letters, they are no sign of ratings ("Tháng 9" holding
 * K/P, "HK1 - Điểm danh" P/K, "Hộ nghèo" Y/N).
 */
function resultLetters(cells: unknown[]): boolean {
  return cells.every((v) => typeof v === 'string' && foldCompact(v).length === 1 && WORD_SCALES.some((scale) => readRating(v, scale) !== undefined));
}
const WORD_SCALES = ['comment', 'learning', 'conduct'] as const;

const isResult = (area: string | undefined) => area === RESULT_AREAS.learning || area === RESULT_AREAS.conduct;

/**
 * Lone G, K, Y (no T/H/C, no Đ) under labels naming neither a point nor Học tập / Rèn luyện ("Lớp Tiếng Anh tăng
 * cường", "Văn hóa"): maybe a secondary result, maybe a club's grade. Said as a warning, never an error.
 */
function weakLetters(read: ReadonlyArray<{ text: string; label: HeaderLabel }>, cells: unknown[]): boolean {
  const lettered = read.some((l) => l.label.reviewPoint || isResult(l.label.area) || pointsNamed(l.text).length > 0 || areasNamed(l.text).some(isResult));
  return !lettered && resultLetters(cells) && !cells.some((v) => typeof v === 'string' && isRatingWord(v));
}

/** How a column's cells look: ratings (C, HT, Đạt, CĐ, Khá …), only marks (x, ✓), or neither. */
function ratingLook(cells: unknown[], named: boolean): 'ratings' | 'marks' | undefined {
  if (named && cells.length > 0 && resultLetters(cells)) return 'ratings';
  let marks = false;
  for (const v of cells) {
    if (v === true || (typeof v === 'string' && isMark(v))) marks = true;
    else if (typeof v === 'string' && isRatingWord(v)) return 'ratings';
  }
  return marks ? 'marks' : undefined;
}

/**
 * A promotion outcome a school writes at year end ("Thi lại", "Rèn luyện hè", "Ở lại lớp", "Lên lớp"):
 * the summer list is made from Kết quả học tập / rèn luyện, so such a column is named, never passed over.
 */
const PROMOTION = /^(thi lai|kiem tra lai|ren luyen (lai|he|trong he)|o lai( lop)?|luu ban|(duoc |chua )?len lop)$/;
const isPromotion = (v: unknown) => typeof v === 'string' && PROMOTION.test(fold(v).replace(/[.!]/g, '').trim());

function promotionColumn(sheet: SheetGrid, c: number, at: number, header: string | undefined, example: string): Problem {
  return problemAt(sheet.name, at + 1, c + 1, 'warning', 'COLUMN_UNPLACED',
    `Cột ${columnLetters(c + 1)}${header ? ` "${header}"` : ''} ghi kết quả lên lớp (ví dụ "${tidy(example)}") nhưng tiện ích không đọc cột này: danh sách kiểm tra lại, rèn luyện trong hè được lập từ kết quả học tập và rèn luyện Cả năm. Ghi thêm hai cột "Cả năm - Kết quả học tập" và "Cả năm - Kết quả rèn luyện" (Tốt, Khá, Đạt, Chưa đạt).`);
}


/** Words under no header beside the name: the rest of each name, cut off from it. */
function cutOffName(sheet: SheetGrid, c: number, lowest: number, filled: number): Problem {
  return problemAt(sheet.name, lowest + 1, c + 1, 'warning', 'COLUMN_UNPLACED',
    `Cột ${columnLetters(c + 1)} cạnh cột họ tên có chữ ở ${filled} dòng nhưng không có tiêu đề, nên không được đọc. Nếu đây là phần tên của học sinh, gộp ô tiêu đề "Họ và tên" qua cột này, hoặc ghi tiêu đề "Họ đệm" cho cột trước và "Tên" cho cột này.`);
}

/**
 * A column below the header that is neither a field nor a placed review column, whose cells hold
 * ratings, is reported at the header cell that has to change, saying what to rename it to. One
 * problem per header cell (a whole unnamed block is one).
 */
export function unplacedColumns(
  sheet: SheetGrid, paths: Map<number, TreeLabel[]>, layout: RosterLayout, placed: Set<number>, studentRows: number[], names: TabPointNames,
): Problem[] {
  const problems = new Map<string, Problem>();
  const width = Math.max(0, ...studentRows.map((r) => sheet.values[r].length));
  const lowest = layout.headerRows[layout.headerRows.length - 1];
  // A header names either Họ và tên or Họ đệm + Tên.
  const nameEnd = layout.fieldEnds.name ?? layout.fields.name ?? (layout.fields.givenName as number);
  for (let c = 0; c < width; c++) {
    if (placed.has(c)) continue;
    const cells = studentRows.map((r) => sheet.values[r][c]).filter((v) => !isBlank(v));
    if (cells.length === 0) continue;
    const read = (paths.get(c) ?? []).map((l) => ({ ...l, label: readHeaderLabel(l.text) }));
    // "HK1 - CN" names two points (or Công nghệ): named all the same, so its scores are never passed over.
    const named = read.some((l) => l.label.reviewPoint || l.label.area || pointsNamed(l.text).length > 0 || areasNamed(l.text).length > 0);
    const look = ratingLook(cells, named);
    if (!look && read.length === 0 && c === nameEnd + 1 && cells.filter(isWordText).length * 2 >= studentRows.length) {
      const cut = cutOffName(sheet, c, lowest, cells.length);
      problems.set(cut.cell, cut);
      continue;
    }
    const promotion = look ? undefined : cells.find(isPromotion);
    if (promotion !== undefined) {
      const own = read[read.length - 1];
      const warning = promotionColumn(sheet, c, own?.row ?? lowest, own?.text, promotion as string);
      if (!problems.has(warning.cell)) problems.set(warning.cell, warning);
      continue;
    }
    if (!look && !(named && cells.some(isScoreLike))) continue;
    const { at, message } = placement(c, read, lowest, names);
    const severity: Severity = named || look === 'ratings' ? (weakLetters(read, cells) ? 'warning' : 'error') : 'warning';
    const cell = a1(at.row + 1, at.column ?? c + 1);
    if (problems.has(cell)) continue;
    problems.set(cell, problemAt(sheet.name, at.row + 1, at.column ?? c + 1, severity, 'COLUMN_UNPLACED',
      severity === 'warning' ? `${message} Nếu cột này không phải kết quả đánh giá, có thể bỏ qua cảnh báo này.` : message));
  }
  return [...problems.values()];
}
