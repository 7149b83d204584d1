// Nothing rated is dropped silently: columns below the header that hold ratings nobody placed, and
// ratings merged across several review columns, are reported at the cell the school has to change.

import { isBlank } from '../../cells';
import type { Problem, Severity, SheetGrid } from '../../model';
import { hasParts, partNames } from '../../parts';
import { problemAt } from '../../problem';
import { isScoreLike, readRating, RESULT_AREAS } from '../../scales';
import { a1, columnLetters, fold, foldCompact, tidy } from '../../text';
import {
  areasNamed, wordsOfLabel, labelWords, FOREIGN_LANGUAGE, isMark, matchRating, pointsNamed, readHeaderLabel, REVIEW_POINTS, SECOND_FOREIGN, type HeaderLabel, type ReviewPointCode,
} from '../../vocab';
import type { HeaderLabel as TreeLabel } from '../header-tree';
import { pointsAgree } from './columns';
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
 * A secondary result's letters alone (G, K, Y, T …) in every filled cell, under a label naming a point or Học tập /
 * Rèn luyện: "Xếp loại HK1", "Học lực" holding G/K/Y. Elsewhere, or beside other letters, they are no sign of
 * ratings ("Tháng 9" holding K/P, "HK1 - Điểm danh" P/K, "Hộ nghèo" Y/N, "Lớp Tiếng Anh tăng cường" G/K: a subject
 * is scored, never lettered).
 */
function resultLetters(cells: unknown[]): boolean {
  return cells.every((v) => typeof v === 'string' && foldCompact(v).length === 1 && WORD_SCALES.some((scale) => readRating(v, scale) !== undefined));
}
const WORD_SCALES = ['comment', 'learning', 'conduct'] as const;

/** How a column's cells look: ratings (C, HT, Đạt, CĐ, Khá …), only marks (x, ✓), or neither. */
function ratingLook(cells: unknown[], lettered: boolean): 'ratings' | 'marks' | undefined {
  if (lettered && cells.length > 0 && resultLetters(cells)) return 'ratings';
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


// Cuối học kì II is named by secondary schools only; at primary it is Cuối năm.
function pointNames(names: TabPointNames): string {
  return REVIEW_POINTS.filter((p) => names.secondary || p.code !== 'CKII').map((p) => names.of(p.code)).join(', ');
}

/**
 * How the tab's review points are named: Cuối kì II only with a secondary khối, Cả năm when every
 * khối is secondary; `primary` when a row is of a primary khối (or of none known).
 */
export interface TabPointNames { secondary: boolean; primary: boolean; of: (point: ReviewPointCode) => string }

/** Areas to name in a message, of the tab's own levels. */
function areaExamples(names: TabPointNames): string {
  if (!names.secondary) return 'Toán, Tiếng Việt, Năng lực, Phẩm chất';
  return names.primary ? 'Toán, Tiếng Việt, Năng lực, Ngữ văn, KHTN' : 'Toán, Ngữ văn, Ngoại ngữ, KHTN, Học tập';
}

/** A label naming a review point and several subjects: one subject a column, with examples of the tab's level. */
function severalAreas(column: string, text: string, point: string, names: TabPointNames): string {
  // "Tiếng Pháp (NN1)": a language and a foreign-language rank, which one counts is not guessed.
  if (areasNamed(text).every((a) => a === FOREIGN_LANGUAGE || a === SECOND_FOREIGN)) {
    return `Cột ${column} "${text}" thuộc mốc ${point} nhưng ghi hai tên ngoại ngữ trong một tiêu đề, nên chưa được tính. `
      + 'Ghi "Ngoại ngữ" (hoặc tên thứ tiếng, ví dụ "Tiếng Pháp") cho ngoại ngữ thứ nhất của lớp, "Ngoại ngữ 2" cho ngoại ngữ thứ hai, ví dụ "HK1 - Ngoại ngữ".';
  }
  const examples = names.secondary ? '"HK1 - KHTN (Lí)", "HK1 - KHTN (Hóa)"' : '"GKI - Toán", "GKI - Tiếng Việt"';
  return `Cột ${column} "${text}" thuộc mốc ${point} nhưng ghi nhiều môn trong một tiêu đề, nên chưa được tính. Mỗi cột ghi một môn, ví dụ ${examples}.`;
}

/**
 * "Anh", "TA", "T.Anh": a teacher's short name for Tiếng Anh, never read as it (Anh is a given name, Tạ a family
 * name, "Ảnh" a photo), so named in the message with the label to write.
 */
function englishHint(read: readonly ReadLabel[]): string {
  const short = read.some((l) => { const words = labelWords(l.text); return words.includes('anh') || words.includes('ta') || words.includes('tanh'); });
  return short ? ' Nếu đây là môn Tiếng Anh, ghi "Tiếng Anh" (hoặc "Ngoại ngữ").' : '';
}

/** "CN" as a word of a label: Cả năm, or the teacher's short name for Công nghệ. */
const NAMES_CN = /(^|[^a-z0-9])cn([^a-z0-9]|$)/;

/** The hint for labels one of which is "CN" (Công nghệ to a teacher, Cả năm to the reader), with the label rewritten when it is one. */
function cnHint(labels: ReadonlyArray<{ text: string }>): string {
  const named = labels.filter((l) => NAMES_CN.test(fold(l.text)));
  if (named.length === 0) return '';
  const rewritten = named.length === 1 ? tidy(named[0].text).replace(/(^|[^\p{L}\p{N}])CN(?=[^\p{L}\p{N}]|$)/iu, '$1Công nghệ') : '';
  return ` Nếu "CN" ở đây là môn Công nghệ, ghi "Công nghệ" thay cho "CN"${rewritten && rewritten !== 'Công nghệ' ? ` (ví dụ "${rewritten}")` : ''}.`;
}

/** A header label over an unplaced column, with its 0-based cell (the top-left of its merge). */
interface ReadLabel { row: number; column: number; text: string; label: HeaderLabel }

/** Where to point at (0-based row, 1-based column when not the column's own) and what to say. */
interface Placement { at: { row: number; column?: number }; message: string }

/** What a column's header labels lack: a review point, an area, or both. */
function placement(c: number, read: ReadLabel[], lowest: number, names: TabPointNames): Placement {
  // The lowest label naming a point is the most exact ("HỌC KỲ I" over "Giữa kỳ I": Giữa kì I).
  const point = [...read].reverse().find((l) => l.label.reviewPoint && !l.label.area);
  const area = read.find((l) => l.label.area && !l.label.reviewPoint);
  const column = columnLetters(c + 1);
  // "Cuối năm" over Toán over "Mức đạt được cuối học kì I": two labels of the path, two points that disagree.
  const pointLabels = read.filter((l) => l.label.reviewPoint).map((l) => ({ ...l, point: l.label.reviewPoint as ReviewPointCode }));
  const other = pointLabels.find((l) => !pointsAgree(pointLabels[0], l));
  if (other) {
    return { at: { row: other.row }, message: `Cột ${column} có hai tiêu đề ghi hai mốc khác nhau ("${pointLabels[0].text}" và "${other.text}"), nên chưa được tính. Sửa hoặc xóa một trong hai để cột chỉ thuộc một mốc.${cnHint(pointLabels)}` };
  }
  if (area && !point) {
    const group = read.find((l) => l !== area);
    return group
      ? { at: { row: group.row, column: group.column + 1 }, message: `Các cột dưới tiêu đề "${group.text}" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Đổi tiêu đề thành tên một mốc: ${pointNames(names)}.` }
      : { at: { row: lowest }, message: `Cột ${column} "${area.text}" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Ghi tên mốc vào tiêu đề (ví dụ "GKI - ${area.label.area}"), hoặc ghi mốc ở ô gộp phía trên các cột môn.` };
  }
  if (point && !area) {
    const below = read.find((l) => l.row > point.row);
    const pointLabel = names.of(point.label.reviewPoint as ReviewPointCode);
    const own = below ?? point;
    if (areasNamed(own.text).length > 1) return { at: { row: own.row }, message: severalAreas(column, own.text, pointLabel, names) };
    return below
      ? { at: { row: below.row }, message: `Cột ${column} thuộc mốc ${pointLabel} nhưng tiêu đề "${below.text}" không phải tên môn hay nội dung đánh giá, nên chưa được tính. Đổi thành ${areaExamples(names)} hoặc tên một môn học.${englishHint(read)}${cnHint(read)}` }
      : { at: { row: lowest }, message: `Cột ${column} thuộc mốc ${pointLabel} nhưng thiếu tên môn, nên chưa được tính. Ghi tên môn (${areaExamples(names)} …) vào ô tiêu đề.${englishHint(read)}${cnHint(read)}` };
  }
  const own = read[read.length - 1];
  const twoPoints = read.find((l) => pointsNamed(l.text).length > 1);
  if (twoPoints) {
    const said = pointsNamed(twoPoints.text).map((p) => names.of(p)).join(' và ');
    return { at: { row: twoPoints.row }, message: `Cột ${column} "${twoPoints.text}" ghi hai mốc (${said}) trong một tiêu đề, nên chưa được tính. Mỗi cột ghi một mốc và một môn, ví dụ "HK1 - Toán".${cnHint([twoPoints])}` };
  }
  if (point && area && own && own.row > area.row && !own.label.area && !own.label.reviewPoint && hasParts(area.label.area as string)) {
    const name = area.label.area as string;
    return { at: { row: own.row }, message: `Cột ${column} thuộc ${name} của mốc ${names.of(point.label.reviewPoint as ReviewPointCode)} nhưng tiêu đề "${own.text}" không phải một phần của ${name} mà tiện ích biết, nên chưa được tính. Đổi tiêu đề thành một trong: ${partNames(name).join(', ')}.` };
  }
  // "Điểm Toán HK1", "Toán KTCK HK1": a point and a subject, with a word nobody knows.
  const words = own?.label.reviewPoint && own.label.area ? wordsOfLabel(own.text) : { naming: [], unknown: [] };
  const plain = words.naming.join(' ');
  if (own && words.unknown.length > 0 && readHeaderLabel(plain).clear) {
    const said = words.unknown.map((w) => `"${w}"`).join(', ');
    const point = names.of(own.label.reviewPoint as ReviewPointCode);
    return { at: { row: own.row }, message: `Cột ${column} "${own.text}" ghi mốc ${point} và môn ${own.label.area} nhưng có thêm ${said} mà tiện ích không hiểu, nên chưa được tính. `
      + `Nếu đây là cột ${own.label.area} của mốc ${point}, bỏ ${words.unknown.length > 1 ? 'các chữ' : 'chữ'} đó (ví dụ "${plain}"); nếu là cột khác (điểm thi lại, ghi chú …), chuyển cột này sang một trang khác.` };
  }
  return own
    ? { at: { row: own.row }, message: `Cột ${column} có kết quả đánh giá nhưng tiêu đề "${own.text}" không rõ là môn nào của mốc nào, nên chưa được tính. Đổi tiêu đề thành, ví dụ, "GKI - Toán" (mốc - môn), hoặc ghi mốc ở ô gộp phía trên và tên môn ở ô dưới.` }
    : { at: { row: lowest }, message: `Cột ${column} có kết quả đánh giá nhưng không có tiêu đề, nên chưa được tính. Ghi tiêu đề, ví dụ "GKI - Toán" (mốc - môn); nếu không phải cột đánh giá thì xóa các ô này.` };
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
    const isResult = (area: string | undefined) => area === RESULT_AREAS.learning || area === RESULT_AREAS.conduct;
    const lettered = read.some((l) => l.label.reviewPoint || isResult(l.label.area) || pointsNamed(l.text).length > 0 || areasNamed(l.text).some(isResult));
    const look = ratingLook(cells, lettered);
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
    const severity: Severity = named || look === 'ratings' ? 'error' : 'warning';
    const cell = a1(at.row + 1, at.column ?? c + 1);
    if (problems.has(cell)) continue;
    problems.set(cell, problemAt(sheet.name, at.row + 1, at.column ?? c + 1, severity, 'COLUMN_UNPLACED',
      severity === 'warning' ? `${message} Nếu cột này không phải kết quả đánh giá, có thể bỏ qua cảnh báo này.` : message));
  }
  return [...problems.values()];
}
