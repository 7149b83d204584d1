// The columns of a secondary official tab (vnEdu "Sổ điểm tổng kết" of a THCS or THPT, PRODUCT 2.3):
// a subject over "(HS 1)" is scored, over "(N.xét)" rated by comment; "Kết quả học tập" / "Học lực"
// is Học tập, "Kết quả rèn luyện" / "Hạnh kiểm" is Rèn luyện; "Buổi nghỉ" over P / K / Tổng are
// the absences. Điểm TK, Danh hiệu and Xếp hạng (TT58) are known and not needs.

import { cellText, isBlank } from '../cells';
import type { Absences } from '../model';
import { fold } from '../text';

export type AbsencePart = 'excused' | 'unexcused' | 'total';

/** What a secondary column holds, when its labels say so; undefined when they do not. */
export interface SecondaryColumn {
  kind: 'rating' | 'absence' | 'known';
  /** Canonical area of a rating column ('Học tập', 'Rèn luyện', or the subject). */
  area?: string;
  /** What the sub-header says of a subject: "(HS 1)" a score, "(N.xét)" a comment. */
  hint?: 'score' | 'comment';
  part?: AbsencePart;
  /** A subject over "(HS 1)" or "(N.xét)" that no known name matches: counted under its own name, with a warning. */
  unknownSubject?: string;
}

const SCORED = /^\(?\s*hs\s*\d\s*\)?$/;
const COMMENTED = /^\(?\s*n\s*\.?\s*xet\s*\)?$/;
export const ABSENCES = /^(so )?buoi nghi\b|^so ngay nghi\b|^nghi hoc\b/;
const KNOWN = /^(diem tk|diem tong ket|dtb|diem trung binh|danh hieu|xep hang|khen thuong|len lop|thi lai|ren luyen lai)\b/;
const LEARNING = /^(ket qua hoc tap|kq hoc tap|kqht|hoc luc|xep loai hoc luc)\b/;
const CONDUCT = /^(ket qua ren luyen|kq ren luyen|kqrl|hanh kiem|xep loai hanh kiem)\b/;

/** The parts of a Buổi nghỉ group: P (có phép), K (không phép), Tổng. */
export function absencePart(label: string): AbsencePart | undefined {
  const f = fold(label).replace(/[().:]/g, '').trim();
  if (f === 'p' || f === 'co phep' || f === 'cp') return 'excused';
  if (f === 'k' || f === 'khong phep' || f === 'kp') return 'unexcused';
  if (f === 'tong' || f === 'tong so' || f === 'cong' || f === 't') return 'total';
  return undefined;
}

/**
 * Reads a column's labels (top to bottom, '' where blank) as a secondary export writes them;
 * `subject` names a known subject from a label. Undefined when nothing secondary is said.
 */
export function classifySecondary(labels: string[], subject: (label: string) => string | undefined): SecondaryColumn | undefined {
  const present = labels.filter((l) => l !== '');
  const folded = present.map(fold);
  if (folded.length === 0) return undefined;
  const top = folded[0];
  if (ABSENCES.test(top)) {
    const part = folded.length > 1 ? absencePart(present[present.length - 1]) : 'total';
    return part ? { kind: 'absence', part } : { kind: 'known' };
  }
  if (LEARNING.test(top)) return { kind: 'rating', area: 'Học tập' };
  if (CONDUCT.test(top)) return { kind: 'rating', area: 'Rèn luyện' };
  if (KNOWN.test(top)) return { kind: 'known' };
  const leaf = folded[folded.length - 1];
  const hint = SCORED.test(leaf) ? 'score' as const : COMMENTED.test(leaf) ? 'comment' as const : undefined;
  if (!hint || present.length < 2) return undefined;
  const area = subject(present[0]);
  if (area) return { kind: 'rating', area, hint };
  // "Tiếng Khmer" over "(HS 1)": a subject all the same (its sub-header says so), never dropped.
  const name = present[present.length - 2];
  return { kind: 'rating', area: name, hint, unknownSubject: name };
}

/** A whole number of sessions, typed or as text; undefined otherwise. */
function count(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  const m = /^\s*(\d{1,3})\s*$/.exec(cellText(value));
  return m ? Number(m[1]) : undefined;
}

/**
 * Buổi nghỉ of one row from its P / K / Tổng cells (a blank Tổng is P + K); undefined when all are
 * blank. `bad` lists the columns whose cell is not a whole number: the other parts still count,
 * but a total is never summed over a bad P or K (Tổng then counts only when it is written).
 */
export function readAbsences(row: unknown[], columns: ReadonlyArray<{ column: number; part: AbsencePart }>): { absences?: Absences; bad: number[] } {
  const parts: Partial<Record<AbsencePart, number>> = {};
  const bad: number[] = [];
  let unsummable = false;
  for (const { column, part } of columns) {
    const raw = row[column];
    if (isBlank(raw)) continue;
    const n = count(raw);
    if (n !== undefined) parts[part] = n;
    else {
      bad.push(column);
      if (part !== 'total') unsummable = true;
    }
  }
  const { excused, unexcused } = parts;
  const summable = !unsummable && (excused !== undefined || unexcused !== undefined);
  const total = parts.total ?? (summable ? (excused ?? 0) + (unexcused ?? 0) : undefined);
  if (total === undefined) return { bad };
  return {
    absences: { ...(excused !== undefined ? { excused } : {}), ...(unexcused !== undefined ? { unexcused } : {}), total },
    bad,
  };
}
