// Buổi nghỉ in the Danh sách (PRODUCT 2.3), read with the official readers' helpers: per review
// point as P / K / Tổng under a block ("Học kỳ 1" over "Buổi nghỉ" over P, K, Tổng), or one-row
// ("HK1 - Số buổi nghỉ", "Buổi nghỉ HK1 (P)"). A column naming no review point ("Số buổi nghỉ")
// counts the whole year: it is Cả năm (CN), which Chuyên cần and the summer list read.

import { cellText } from '../../cells';
import type { Absences, Severity } from '../../model';
import { columnLetters, fold } from '../../text';
import { pointLabelAt, type Level } from '../../levels';
import { matchReviewPoint, readHeaderLabel, type ReviewPointCode } from '../../vocab';
import type { HeaderLabel } from '../header-tree';
import { ABSENCES, absencePart, readAbsences, type AbsencePart } from '../official-secondary';

/** The official readers' Buổi nghỉ words, found anywhere in a one-row label ("HK1 - Số buổi nghỉ"). */
const ABSENCE_WORDS = new RegExp(ABSENCES.source.replace(/\^/g, '\\b'));

export interface AbsenceColumn { column: number; reviewPoint: ReviewPointCode; part: AbsencePart }

/**
 * The review point a label names beside the absence words ("HK1 - Số buổi nghỉ"); when nothing
 * outside brackets names one, the point in brackets ("Số buổi nghỉ (HKI)", as "Toán (GHKI)").
 */
function pointOf(text: string): ReviewPointCode | undefined {
  const words = fold(text).replace(ABSENCE_WORDS, ' ');
  return pointIn(words.replace(/\([^)]*\)/g, ' ')) ?? pointIn(words);
}

/** Punctuation and spacing aside, as both readers fold them away. */
function pointIn(text: string): ReviewPointCode | undefined {
  return matchReviewPoint(text) ?? readHeaderLabel(text).reviewPoint;
}

/**
 * The part a label names: itself ("P"), in brackets ("Buổi nghỉ HK1 (P)", "Số buổi nghỉ (P) HK1";
 * the last one written), or in words ("Buổi nghỉ có phép", "Số ngày nghỉ KP").
 */
function partOf(text: string): AbsencePart | undefined {
  const named = text.split(/[()]/).map(absencePart).filter((p) => p !== undefined).pop();
  if (named) return named;
  const words = PART_WORDS.exec(fold(text));
  return words ? (words[1] ? 'unexcused' : 'excused') : undefined;
}
const PART_WORDS = /\b(?:(khong phep|kp)|co phep|cp)\b/;

/** The absence column a path of labels names, or undefined when no label says Buổi nghỉ. */
export function absenceColumnOf(column: number, path: readonly HeaderLabel[]): AbsenceColumn | undefined {
  const at = path.findIndex((l) => ABSENCE_WORDS.test(fold(l.text).trim()));
  if (at < 0) return undefined;
  let reviewPoint: ReviewPointCode | undefined;
  for (const l of path) reviewPoint = reviewPoint ?? pointOf(l.text);
  const below = path.slice(at + 1).map((l) => partOf(l.text)).find((p) => p !== undefined);
  const part = below ?? partOf(path[at].text) ?? 'total';
  return { column, reviewPoint: reviewPoint ?? 'CN', part };
}

/**
 * A P / K / Tổng row right under the header (the header finder stops at the rows that name review
 * columns; this row names none): its label gives each absence column its part.
 */
export function withPartBelow(row: readonly unknown[]): (c: AbsenceColumn) => AbsenceColumn {
  return (c) => {
    const part = typeof row[c.column] === 'string' ? absencePart(row[c.column] as string) : undefined;
    return part ? { ...c, part } : c;
  };
}

const PART_LABELS: Record<AbsencePart, string> = { excused: 'P', unexcused: 'K', total: 'Tổng' };

/**
 * The first absence column of each review point and part; a repeated one ("Số buổi nghỉ" twice,
 * or beside "Cả năm - Số buổi nghỉ") as [kept, repeated], never read: which one holds is not guessed.
 */
export function firstAbsenceColumns(columns: readonly AbsenceColumn[]): { kept: AbsenceColumn[]; repeated: Array<[AbsenceColumn, AbsenceColumn]> } {
  const first = new Map<string, AbsenceColumn>();
  const repeated: Array<[AbsenceColumn, AbsenceColumn]> = [];
  for (const c of columns) {
    const key = `${c.reviewPoint}|${c.part}`;
    const kept = first.get(key);
    if (kept) repeated.push([kept, c]);
    else first.set(key, c);
  }
  return { kept: [...first.values()].sort((a, b) => a.column - b.column), repeated };
}

/**
 * A Cuối kì II absence column with no Cả năm one: it is read as the year's count, as vnEdu's Học kỳ 2
 * export writes it (DOMAIN 2); the header cell says so, since a roster may write the semester only.
 */
export function yearAssumedColumn(kept: readonly AbsenceColumn[]): AbsenceColumn | undefined {
  return kept.some((c) => c.reviewPoint === 'CN') ? undefined : kept.find((c) => c.reviewPoint === 'CKII');
}

export const YEAR_ASSUMED_MESSAGE = 'Cột Buổi nghỉ Học kỳ 2 được hiểu là số buổi nghỉ cả năm (như tệp vnEdu Học kỳ 2): em nào nghỉ quá 45 buổi được đưa vào danh sách hè. '
  + 'Nếu cột chỉ ghi số buổi của học kì II, thêm cột "Cả năm - Số buổi nghỉ" ghi tổng cả năm.';

/** What a repeated absence column's header cell is told. */
export function repeatedAbsenceMessage(kept: AbsenceColumn, repeated: AbsenceColumn, pointName: (point: ReviewPointCode) => string): string {
  return `Cột Buổi nghỉ (${PART_LABELS[repeated.part]}) của mốc ${pointName(repeated.reviewPoint)} lặp lại (đã có ở cột ${columnLetters(kept.column + 1)}). Chỉ cột đầu được tính; xóa cột này, hoặc ghi mốc đánh giá vào tiêu đề nếu đây là số buổi nghỉ của mốc khác (ví dụ "HK1 - Số buổi nghỉ").`;
}

/**
 * One row's Buổi nghỉ per review point (a blank Tổng is P + K). A cell that is not a whole number
 * ≥ 0 is a warning at the cell and is left out; the point's other cells still count (Tổng when
 * written, else P + K when neither is bad).
 */
export function readRowAbsences(values: unknown[], columns: readonly AbsenceColumn[], name: string, level: Level | undefined,
  add: (column: number, severity: Severity, code: 'ABSENCE_INVALID', message: string) => void): Partial<Record<ReviewPointCode, Absences>> | undefined {
  const byPoint = new Map<ReviewPointCode, AbsenceColumn[]>();
  for (const c of columns) byPoint.set(c.reviewPoint, [...(byPoint.get(c.reviewPoint) ?? []), c]);
  const out: Partial<Record<ReviewPointCode, Absences>> = {};
  for (const [point, cols] of byPoint) {
    const { absences, bad } = readAbsences(values, cols);
    const label = pointLabelAt(point, level);
    for (const c of bad) {
      add(c, 'warning', 'ABSENCE_INVALID',
        `Ô Buổi nghỉ${name ? ` của ${name}` : ''} (${label}) ghi "${cellText(values[c]).trim()}", không phải một số buổi, nên ${absences
          ? `ô này chưa được tính (số buổi nghỉ ${label} tính là ${absences.total}, từ các ô còn lại)`
          : `số buổi nghỉ ${label} chưa được tính`}. Ghi số buổi nghỉ (ví dụ 3), hoặc 0.`);
    }
    if (absences) out[point] = absences;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
