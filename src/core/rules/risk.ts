// Early warning (PRODUCT 3.9): four signals per student, the ratings' at the latest rated review
// point, and the flag `atRisk` when two or more are on. Nothing is inferred the school did not write:
// each signal reads a rating, an absence count or the Hoàn cảnh text as written.

import type { RiskThresholds } from '../read/config';
import type { Absences, Student, StudentReview } from '../model';
import { latestRatedPoint, pointsRated } from '../rated';
import { areaInfo, REVIEW_POINT_CODES, type ReviewPointCode } from '../vocab';
import { yearAbsences } from './summer';

/** The signals, in the order they are always listed. */
export type RiskReason = 'Chuyên cần' | 'Rèn luyện' | 'Học tập' | 'Hoàn cảnh';
export const RISK_REASONS: readonly RiskReason[] = ['Chuyên cần', 'Rèn luyện', 'Học tập', 'Hoàn cảnh'];

/** The four early-warning signals in words, for the help text. */
export const RISK_SIGNAL_WORDS = 'Chuyên cần (nghỉ từ 20 buổi một học kì, 10 buổi đến giữa kì, hoặc 10% số buổi học khi trang Cấu hình ghi số buổi; hơn 45 buổi cả năm), Rèn luyện (Rèn luyện Chưa đạt, hạnh kiểm Yếu, hoặc Phẩm chất C ở tiểu học), Học tập (Học tập Chưa đạt, học lực Yếu/Kém, cần hỗ trợ từ hai môn trở lên, hoặc một môn chưa tiến bộ qua hai lần đánh giá) và Hoàn cảnh (có ghi cột Hoàn cảnh)';

/** Areas that are not subjects: the competences, the qualities and the two secondary results. */
const NOT_SUBJECTS = new Set(['Năng lực', 'Phẩm chất', 'Học tập', 'Rèn luyện']);

function isSubject(area: string): boolean {
  if (NOT_SUBJECTS.has(area)) return false;
  return areaInfo(area)?.scale !== 'quality';
}

export interface RiskResult {
  /** The latest rated review point, else the latest with an absence count; undefined when the student has neither. */
  point?: ReviewPointCode;
  reasons: RiskReason[];
  atRisk: boolean;
}

/**
 * Sessions missed at a review point that make the Chuyên cần signal, for the sessions so far: half
 * a học kì at Giữa kì I and II (rounded up), one at Cuối kì I (and Đầu năm), the whole year at Cuối
 * kì II and Cả năm.
 *
 * Cuối kì II counts the whole year. Source: DOMAIN.md 2 (THCS export): "The HK2 file's absences
 * count the whole year (the importer's author says so) [U]"; shared/realdata/README.md (files
 * 07–08, the only real Học kỳ 2 exports) shows one Buổi nghỉ P / K / Tổng group and says nothing
 * against it. summer.ts yearAbsences reads Cuối kì II as the year for the same reason, so the year
 * threshold and the "more than 45 in the year" rule apply at Cuối kì II too, unless the roster
 * has a Cả năm column (Student.absencesHk2Alone: a học kì's threshold, countThreshold).
 */
export function absenceThreshold(risk: RiskThresholds, point: ReviewPointCode): number {
  const share = (sessions: number) => Math.ceil((sessions * risk.absenceRate) / 100);
  // A year's count given alone stands for two học kì of half of it each.
  const perSemester = risk.sessionsPerSemester ?? (risk.sessionsPerYear === undefined ? undefined : risk.sessionsPerYear / 2);
  const semester = perSemester !== undefined ? share(perSemester) : risk.semesterAbsences;
  if (point === 'GKI' || point === 'GKII') return Math.ceil(semester / 2);
  if (point !== 'CKII' && point !== 'CN') return semester;
  return risk.sessionsPerYear !== undefined ? share(risk.sessionsPerYear) : 2 * semester;
}

/**
 * Buổi nghỉ per review point as early warning reads them. A count whose column names no point
 * (absencesSoFar, read at Cả năm) is the count so far: it stands at the student's latest rated point
 * (else `current`, the point the run date is in; else Cả năm), unless a column names that point.
 */
export function absencesByPoint(student: Student, current?: ReviewPointCode): Partial<Record<ReviewPointCode, Absences>> {
  const all = student.absences ?? {};
  if (!student.absencesSoFar || !all.CN) return all;
  const { CN: soFar, ...rest } = all;
  const named: Partial<Record<ReviewPointCode, Absences>> = rest;
  const at = latestRatedPoint(student) ?? current ?? 'CN';
  return named[at] ? named : { ...named, [at]: soFar };
}

/** A count's threshold at the point it is read at; Học kỳ 2's count alone (absencesHk2Alone) is a học kì's, not the year's. */
function countThreshold(student: Student, risk: RiskThresholds, point: ReviewPointCode): number {
  return absenceThreshold(risk, point === 'CKII' && student.absencesHk2Alone ? 'CKI' : point);
}

/**
 * Chuyên cần from the latest Buổi nghỉ count, held to the threshold of the point it is from,
 * whatever is rated after it. A count says what was missed up to its own point and stays true after
 * it: 25 buổi by Giữa kì I are still 25 when Cuối kì I is rated with no Buổi nghỉ column. Across
 * học kì too: at Giữa kì II, with Học kỳ 2 just begun and nothing written for it, Học kỳ 1's 25
 * buổi are the latest attendance the school wrote, a warning sign still (ABC indicators, DOMAIN.md
 * 2b); a later count, lower or not, replaces it. Cuối kì II's count ends with the year as Cả năm's
 * does, so it is read beside it: Học kỳ 2's 30 buổi alone are a warning even when the year's 35 are
 * under the year's threshold.
 */
function absenceSignal(student: Student, risk: RiskThresholds, absencesAt: Partial<Record<ReviewPointCode, Absences>>): boolean {
  const latest = REVIEW_POINT_CODES.filter((p) => absencesAt[p] !== undefined).slice(-1);
  return [...latest, ...(absencesAt.CKII ? ['CKII' as const] : [])].some((p) => (absencesAt[p] as Absences).total >= countThreshold(student, risk, p));
}

/**
 * "A need not improved over two review points": an area needed at this point and at each of the
 * two rated points before it (two reviews in a row without progress).
 */
function notImprovedTwice(student: Student, point: ReviewPointCode): boolean {
  const rated = pointsRated(student);
  const at = rated.indexOf(point);
  if (at < 2) return false;
  const [a, b, c] = [rated[at - 2], rated[at - 1], point].map((p) => (student.reviews[p] as StudentReview).need);
  return c.some((area) => a.includes(area) && b.includes(area));
}

/**
 * The four signals of one student: the ratings' at the latest rated point; Chuyên cần from the latest
 * absence count, before or after that point (absenceSignal). The result's point is the latest rated,
 * else the latest with a count. `current`: see absencesByPoint.
 */
export function riskSignals(student: Student, risk: RiskThresholds, current?: ReviewPointCode): RiskResult {
  const reasons = new Set<RiskReason>();
  const absencesAt = absencesByPoint(student, current);
  const rated = latestRatedPoint(student);
  const withData = REVIEW_POINT_CODES.filter((p) => student.reviews[p]?.rated || absencesAt[p] !== undefined);
  const counted = withData[withData.length - 1];
  const yearTotal = yearAbsences(student);
  // The year's count, written or added up from the two học kì (summer.ts yearAbsences), is held to the year's threshold too.
  if (absenceSignal(student, risk, absencesAt) || (yearTotal !== undefined && (yearTotal > risk.yearAbsences || yearTotal >= absenceThreshold(risk, 'CN')))) {
    reasons.add('Chuyên cần');
  }
  if (rated) {
    const need = (student.reviews[rated] as StudentReview).need;
    if (need.includes('Rèn luyện') || need.includes('Phẩm chất')) reasons.add('Rèn luyện');
    if (need.includes('Học tập') || need.filter(isSubject).length >= 2 || notImprovedTwice(student, rated)) reasons.add('Học tập');
  }
  if (student.hardship) reasons.add('Hoàn cảnh');
  const list = RISK_REASONS.filter((r) => reasons.has(r));
  return { point: rated ?? counted, reasons: list, atRisk: list.length >= 2 };
}
