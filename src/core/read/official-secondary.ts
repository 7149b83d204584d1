// The columns of a secondary official tab (vnEdu "Sổ điểm tổng kết" of a THCS or THPT, PRODUCT 2.3):
// a subject over "(HS 1)" is scored, over "(N.xét)" rated by comment; "Kết quả học tập" / "Học lực"
// is Học tập, "Kết quả rèn luyện" / "Hạnh kiểm" is Rèn luyện; "Buổi nghỉ" over P / K / Tổng are
// the absences. Điểm TK, Danh hiệu and Xếp hạng (TT58) are known and not needs.

import { cellText, isBlank } from '../cells';
import type { Absences } from '../model';
import { fold } from '../text';
import { findReviewPointIn, matchReviewPoint, type ReviewPointCode } from '../vocab';

export type AbsencePart = 'excused' | 'unexcused' | 'total';

/** What a secondary column holds, when its labels say so; undefined when they do not. */
export interface SecondaryColumn {
  /** 'unread': a known subject over a sub-header that names neither a score nor a comment (a problem at its cell). */
  kind: 'rating' | 'absence' | 'known' | 'unread';
  /** Canonical area of a rating column ('Học tập', 'Rèn luyện', or the subject). */
  area?: string;
  /** What the sub-header says of a subject: "(HS 1)" a score, "(N.xét)" a comment. */
  hint?: 'score' | 'comment';
  part?: AbsencePart;
  /** A subject over "(HS 1)" or "(N.xét)" that no known name matches: counted under its own name, with a warning. */
  unknownSubject?: string;
  /** The sub-header of an 'unread' column, as written. */
  label?: string;
  /** The review point the sub-header of an 'unread' column names, not the tab's ("HK1" in a Cả năm tab). */
  otherPoint?: ReviewPointCode;
  /** Why an 'unread' column's point is unclear: a term with no number ("Học kì"), or "Công nghệ CN" (Cả năm or công nghiệp). */
  unclear?: 'term' | 'cn';
}

const SCORED = /^\(?\s*hs\s*\d\s*\)?$/;
const COMMENTED = /^\(?\s*n\s*\.?\s*xet\s*\)?$/;
// The absence words: one vocabulary for the official tabs' group label (ABSENCES, at its start) and the
// roster's one-row labels (ABSENCE_WORDS, read/roster/absences.ts). Phrases count anywhere in a roster
// label ("HK1 - Số buổi vắng"); a bare "Nghỉ" / "Vắng" only as its first word ("Vắng HK1"), since
// "nghỉ" folds like "nghị" ("Đề nghị").
const ABSENCE_PHRASES = ['(?:so )?(?:buoi|ngay) (?:nghi|vang)', 'nghi hoc'];
const ABSENCE_ALONE = ['nghi', 'vang'];
const ABSENCES = new RegExp(`^(?:${[...ABSENCE_PHRASES, ...ABSENCE_ALONE].join('|')})\\b`);
export const ABSENCE_WORDS = new RegExp(`\\b(?:${ABSENCE_PHRASES.join('|')})\\b|^(?:${ABSENCE_ALONE.join('|')})\\b`);
const KNOWN = /^(diem tk|diem tong ket|dtb|diem trung binh|danh hieu|xep hang|khen thuong|len lop|thi lai|ren luyen lai)\b/;
/** A sub-header naming the subject's score: ĐTB, TBm, TBmhk, Điểm, Điểm TB môn, Trung bình, Tổng kết (after any review point). */
const SCORE_WORDS = /^(diem( so| tb| tbm| trung binh| tong ket| tk)?( mon)?|d ?tbm?( ?hk| ?cn)?( mon)?|tbm?( ?hk| ?cn)?( mon)?|trung binh( mon)?|tong ket)$/;
// No word boundary before it: "TBmhk1", "TBmcn" name their point too.
const POINT_TAIL = /\s*(hk ?(1|2|i|ii)|hoc k[yi] ?(1|2|i|ii)|cn|ca nam)$/;
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

/** A point written short at the end of a sub-header: "Kỳ 1", "Kì II", "K2", "TB năm", "ĐTB cả năm học". */
const SHORT_POINTS: ReadonlyArray<readonly [RegExp, ReviewPointCode]> = [
  [/(?:^|\s)(?:k[yi] ?(?:1|i|mot)|k(?:1|i))$/, 'CKI'],
  [/(?:^|\s)(?:k[yi] ?(?:2|ii|hai)|k(?:2|ii))$/, 'CKII'],
  [/(?:^|\s)(?:ca )?nam(?: hoc)?$/, 'CN'],
];
/** An exam or a comment, not the subject's score, whatever point it names: "Thi học kỳ 1", "KTHK1", "Nhận xét HK1". */
const NOT_SCORE = /\b(?:thi|kt|kiem tra|ddg ?ck|nhan xet|nx)\b|\bkt ?hk/;

/** A label folded, its punctuation as spaces: "(ĐTB - HK1)" → "dtb hk1". */
function bareLabel(label: string): string {
  return fold(label).replace(/[().:,;/\-–_]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "Kì", "Kỳ", "Học kì" with no number after: which term is not said (the mark tells it from "KI", Kỳ I). */
function termWithoutNumber(label: string): boolean {
  return /(?:^|\s)k[ìỳ]$/u.test(label.normalize('NFC').toLowerCase().replace(/[().:]/g, '').trim());
}

/**
 * A known subject and its review point in one label: "Toán HK1", "Ngữ văn (Cả năm)", "Toán (HKI)", "Lịch sử - ĐTB
 * học kỳ II": the longest leading words that name a subject, then words naming only a score and its point.
 * "Công nghệ CN" is unclear (Cả năm, or the công nghiệp orientation); "Công nghệ (CN)" and "Tiếng Anh hệ 10 năm"
 * are subjects' names (undefined, as is any label without a point).
 */
function subjectAndPoint(label: string, subject: (label: string) => string | undefined): { area: string; point?: ReviewPointCode; unclear?: 'cn' } | undefined {
  const words = label.replace(/([(\-–])/g, ' $1 ').trim().split(/\s+/);
  for (let i = words.length - 1; i >= 1; i--) {
    const before = words.slice(0, i).join(' ').replace(/[\s(\-–:,]+$/, '');
    const area = subject(before);
    const rest = words.slice(i).join(' ');
    const { score, point } = scoreLabel(rest);
    if (!area || !score || !point) continue;
    if (/^(?:nam|nam hoc)$/.test(bareLabel(rest)) && /\d$/.test(before)) return undefined; // "hệ 10 năm": a programme
    if (bareLabel(rest) === 'cn' && fold(area).includes('cong nghe')) return /\(\s*$/.test(words.slice(0, i).join(' ')) ? undefined : { area, unclear: 'cn' };
    return { area, point };
  }
  return undefined;
}

/**
 * Whether a sub-header names the subject's score or its review point ("(ĐTB)", "TBm", "Điểm", "(Học kỳ 2)",
 * "ĐTB HK2", "TB năm"), and the review point it names, if any ("ĐTB HK1": Cuối kì I).
 */
function scoreLabel(label: string): { score: boolean; point?: ReviewPointCode } {
  const bare = bareLabel(label);
  const said = matchReviewPoint(bare) ?? findReviewPointIn(bare);
  const tail = POINT_TAIL.exec(bare);
  // "Kì" folds like "KI" (Kỳ I): a term with no number names no point, and is no score either.
  const short = termWithoutNumber(label) ? undefined : SHORT_POINTS.find(([pattern]) => pattern.test(bare));
  const rest = bare.replace(POINT_TAIL, '').replace(short?.[0] ?? /$^/, '').trim();
  return {
    score: !NOT_SCORE.test(bare) && (said !== undefined || rest === '' || SCORE_WORDS.test(rest)),
    // Stryker disable next-line MethodExpression: matchReviewPoint compacts spaces away, so the trim changes nothing
    point: said ?? (tail ? matchReviewPoint(tail[0].trim()) : undefined) ?? short?.[1],
  };
}

/**
 * Reads a column's labels (top to bottom, '' where blank) as a secondary export writes them;
 * `subject` names a known subject from a label. Undefined when nothing secondary is said. In a
 * secondary khối (`secondary`), a known subject is read whatever score words sit under it ("(ĐTB)",
 * "TBm", "Điểm", "(Học kỳ 2)"), on the subject's own scale; under any other sub-header, or one
 * naming another review point than the tab's (`tabPoint`), it is 'unread', never dropped unseen.
 */
export function classifySecondary(labels: string[], subject: (label: string) => string | undefined, secondary = false,
  tabPoint?: ReviewPointCode): SecondaryColumn | undefined {
  const present = labels.filter((l) => l !== '');
  const folded = present.map(fold);
  if (folded.length === 0) return undefined;
  const top = folded[0];
  if (ABSENCES.test(top)) {
    const part = folded.length > 1 ? absencePart(present[present.length - 1]) : 'total';
    return part ? { kind: 'absence', part } : { kind: 'known' };
  }
  const result = LEARNING.test(top) ? 'Học tập' : CONDUCT.test(top) ? 'Rèn luyện' : undefined;
  // "Học kì" with no number anywhere over the column: which point it holds is not said, so it is never read as the tab's.
  const term = secondary && tabPoint ? present.find(termWithoutNumber) : undefined;
  const termArea = term && (result ?? present.map(subject).find((a) => a !== undefined));
  if (term && termArea) return { kind: 'unread', area: termArea, label: term, unclear: 'term' };
  if (result) {
    // "Kết quả học tập" over HK1 | HK2 | CN: only the tab's own point is its result (at secondary:
    // a primary school's "Học kỳ 2" is its Cuối năm, read as before).
    const point = present.map((l) => scoreLabel(l).point).find((p) => p !== undefined);
    return secondary && tabPoint && point && point !== tabPoint ? { kind: 'unread', area: result, label: present[present.length - 1], otherPoint: point } : { kind: 'rating', area: result };
  }
  // "Điểm trung bình các môn" merged over the subjects names their scores, not a column of its own.
  if (KNOWN.test(top) && !present.slice(1).some((l) => subject(l) !== undefined)) return { kind: 'known' };
  // A review point named above or beside a subject ("HỌC KỲ I" merged over a yearly sheet's subjects,
  // "Toán" over "HK1" over "TBm"): a column of another point than the tab's is said, never read. A
  // subject's own label is no point ("TH&CN" is Tin học và Công nghệ).
  if (secondary && tabPoint) {
    const joined = joinedSubject(present, subject, tabPoint);
    if (joined) return joined;
    const area = present.map(subject).find((a) => a !== undefined);
    const point = present.filter((l) => subject(l) === undefined).map((l) => scoreLabel(l).point).find((p) => p !== undefined);
    if (area && point && point !== tabPoint) return { kind: 'unread', area, label: present[present.length - 1], otherPoint: point };
  }
  const leaf = folded[folded.length - 1];
  const hint = SCORED.test(leaf) ? 'score' as const : COMMENTED.test(leaf) ? 'comment' as const : undefined;
  if (!hint && secondary && present.length >= 2) {
    const named = subject(present[present.length - 2]) ?? subject(present[0]);
    if (named) {
      const label = present[present.length - 1];
      const { score, point } = scoreLabel(label);
      if (!score) return { kind: 'unread', area: named, label };
      // A score of another review point ("HK1" beside "CN" in a Cả năm tab) is not this tab's: said, never counted here.
      return secondary && tabPoint && point && point !== tabPoint ? { kind: 'unread', area: named, label, otherPoint: point } : { kind: 'rating', area: named };
    }
  }
  if (!hint || present.length < 2) return undefined;
  const area = subject(present[0]);
  if (area) return { kind: 'rating', area, hint };
  // "Tiếng Khmer" over "(HS 1)": a subject all the same (its sub-header says so), never dropped.
  const name = present[present.length - 2];
  return { kind: 'rating', area: name, hint, unknownSubject: name };
}

/**
 * A column whose label names both the subject and its point ("Toán HK1", maybe over "ĐTB"): this tab's
 * point is read; another point's, or one over a sub-header naming no score, is said and not read.
 */
function joinedSubject(present: string[], subject: (label: string) => string | undefined, tabPoint: ReviewPointCode): SecondaryColumn | undefined {
  const at = present.findIndex((l) => subjectAndPoint(l, subject) !== undefined);
  if (at < 0) return undefined;
  const { area, point, unclear } = subjectAndPoint(present[at], subject) as { area: string; point?: ReviewPointCode; unclear?: 'cn' };
  const label = present[present.length - 1];
  if (unclear) return { kind: 'unread', area, label: present[at], unclear };
  if (point !== tabPoint) return { kind: 'unread', area, label, otherPoint: point };
  if (at === present.length - 1) return { kind: 'rating', area };
  // Under it a score word ("ĐTB"), or vnEdu's "(HS 1)" / "(N.xét)", which also says the scale.
  const leaf = fold(label);
  const hint = SCORED.test(leaf) ? 'score' as const : COMMENTED.test(leaf) ? 'comment' as const : undefined;
  const below = present.slice(at + 1, hint ? -1 : undefined).map(scoreLabel);
  const read = below.every((b) => b.score && (b.point === undefined || b.point === tabPoint));
  return read ? { kind: 'rating', area, ...(hint ? { hint } : {}) } : { kind: 'unread', area, label };
}

/** A whole number of sessions, typed or as text; undefined otherwise. */
function count(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  const m = /^\s*(\d{1,3})\s*$/.exec(cellText(value));
  return m ? Number(m[1]) : undefined;
}

/** A written Tổng that P and K contradict (P + K when both are written, else the part written and above it). */
export interface AbsenceTotalDiffers { column: number; written: number; excused?: number; unexcused?: number }

/**
 * Buổi nghỉ of one row from its P / K / Tổng cells (a blank Tổng is P + K); undefined when all are
 * blank. `bad` lists the columns whose cell is not a whole number: the other parts still count,
 * but a total is never summed over a bad P or K (Tổng then counts only when it is written).
 * A written Tổng that P and K contradict (`differs`) counts as the larger of Tổng and P + K, so a
 * student who missed many sessions is not passed over; the caller says so at the Tổng cell.
 */
export function readAbsences(row: unknown[], columns: ReadonlyArray<{ column: number; part: AbsencePart }>): { absences?: Absences; bad: number[]; differs?: AbsenceTotalDiffers } {
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
  const sum = summable ? (excused ?? 0) + (unexcused ?? 0) : undefined;
  const written = parts.total;
  const both = excused !== undefined && unexcused !== undefined;
  const differs = written !== undefined && sum !== undefined && (both ? written !== sum : written < sum);
  const total = differs ? Math.max(written as number, sum as number) : written ?? sum;
  if (total === undefined) return { bad };
  const totalColumn = columns.find((c) => c.part === 'total')?.column as number;
  return {
    absences: { ...(excused !== undefined ? { excused } : {}), ...(unexcused !== undefined ? { unexcused } : {}), total },
    bad,
    ...(differs ? { differs: { column: totalColumn, written: written as number, excused, unexcused } } : {}),
  };
}

/** What the Tổng cell P and K contradict is told: both numbers, and which one counts. */
export function absenceTotalMessage(d: AbsenceTotalDiffers, name: string, label?: string): string {
  const parts = [d.excused !== undefined ? `có phép ${d.excused}` : '', d.unexcused !== undefined ? `không phép ${d.unexcused}` : ''].filter((p) => p);
  const sum = (d.excused ?? 0) + (d.unexcused ?? 0);
  const used = Math.max(sum, d.written);
  const sumText = parts.length > 1 ? `${parts.join(' + ')} = ${sum}` : parts[0];
  return `Ô Tổng buổi nghỉ${name ? ` của ${name}` : ''}${label ? ` (${label})` : ''} ghi ${d.written}, không khớp với ${sumText}. `
    + `Tổng hợp tính ${used} buổi (số lớn hơn, để không bỏ sót em nghỉ nhiều). Sửa ô có phép, không phép hoặc Tổng cho khớp (Tổng = có phép + không phép).`;
}
