// School levels (PRODUCT 2.3): the level is a property of the khối. 1–5 Tiểu học (TT27),
// 6–9 THCS and 10–12 THPT (TT22, with TT58 values still read). One Sheet may hold several
// levels; each khối is read, totalled and printed with its own level's scales.

import { groupBy } from './collections';
import { REVIEW_POINT_CODES, reviewPointInfo, type ReviewPointCode } from './vocab';

export type Level = 'TH' | 'THCS' | 'THPT';

export const LEVELS: readonly Level[] = ['TH', 'THCS', 'THPT'];

export const LEVEL_LABELS: Record<Level, string> = {
  TH: 'Tiểu học',
  THCS: 'Trung học cơ sở',
  THPT: 'Trung học phổ thông',
};

/** Khối 1–5 → TH, 6–9 → THCS, 10–12 → THPT; undefined for anything else. */
export function levelOfGrade(grade: number | undefined): Level | undefined {
  if (grade === undefined || !Number.isInteger(grade)) return undefined;
  if (grade >= 1 && grade <= 5) return 'TH';
  if (grade >= 6 && grade <= 9) return 'THCS';
  if (grade >= 10 && grade <= 12) return 'THPT';
  return undefined;
}

/** THCS and THPT share the TT22 scales; a khối of unknown level is read as primary, as before. */
export function isSecondary(level: Level | undefined): boolean {
  return level === 'THCS' || level === 'THPT';
}

export function isSecondaryGrade(grade: number | undefined): boolean {
  return isSecondary(levelOfGrade(grade));
}

/**
 * The review point a label names, at a khối's level: "Cuối HKII" / "Học kỳ 2" (CKII) is the end of
 * semester II at secondary; TT27 has no separate semester-II rating, so at primary it is Cuối năm.
 */
export function pointAtLevel(point: ReviewPointCode, level: Level | undefined): ReviewPointCode {
  return point === 'CKII' && !isSecondary(level) ? 'CN' : point;
}

/** Whether a review point exists at a level: Cuối kì II only at secondary (TT27 rates it as Cuối năm). */
export function pointExistsAt(point: ReviewPointCode, level: Level | undefined): boolean {
  return pointAtLevel(point, level) === point;
}

/** The levels of these khối, in order (TH, THCS, THPT). */
export function levelsOf(grades: Iterable<number>): Level[] {
  const found = new Set<Level>();
  for (const g of grades) {
    const level = levelOfGrade(g);
    if (level) found.add(level);
  }
  return LEVELS.filter((l) => found.has(l));
}

/** The review point's name at these khối: Cả năm (TT22) when every one of them is secondary, else its own label. */
export function pointLabel(point: ReviewPointCode, grades: Iterable<number | undefined> = []): string {
  const list = [...grades];
  return point === 'CN' && list.length > 0 && list.every(isSecondaryGrade) ? 'Cả năm' : reviewPointInfo(point).label;
}

/** The review point's name at a level: Cả năm at secondary (TT22), Cuối năm at primary or a level not known. */
export function pointLabelAt(point: ReviewPointCode, level: Level | undefined): string {
  return point === 'CN' && isSecondary(level) ? 'Cả năm' : reviewPointInfo(point).label;
}

/** The khối of the levels rated at a point (to name it: pointLabel). */
export function gradesAt(levels: readonly LevelPoints[], point: ReviewPointCode): number[] {
  return levels.filter((l) => l.reviewPoints.includes(point)).flatMap((l) => [...l.grades]);
}

/** A level's khối and the review points at which a student of it is rated, in order (the analysis and the JSON). */
export interface LevelPoints {
  level: Level;
  grades: readonly number[];
  reviewPoints: readonly ReviewPointCode[];
}

/** Where numbers are reported: a level's khối at its newest point; no level: every khối of a school of one level (`grades` its level's, to name the point). */
export interface NewestPoint {
  level?: Level;
  grades?: readonly number[];
  point: ReviewPointCode;
}

/**
 * Each level at its own newest rated review point (PRODUCT 2.3): after the year a TH&THCS school's
 * primary khối are at Cuối năm and its THCS khối at Cuối kì II. A school of one level (or of none
 * known): one entry, the school's newest point, every khối. `upTo` keeps only the points it
 * accepts (Lịch tháng: those rated by a month). The one place the newest point is chosen.
 */
export function newestPoints(levels: readonly LevelPoints[], schoolPoints: readonly ReviewPointCode[],
  upTo: (point: ReviewPointCode) => boolean = () => true): NewestPoint[] {
  const last = (points: readonly ReviewPointCode[]) => points.filter(upTo).pop();
  if (levels.length < 2) {
    const point = last(schoolPoints);
    return point ? [{ point, ...(levels.length === 1 ? { grades: levels[0].grades } : {}) }] : [];
  }
  return levels.flatMap((l) => {
    const point = last(l.reviewPoints);
    return point ? [{ level: l.level, grades: l.grades, point }] : [];
  });
}

/**
 * The point to follow each level's students at (Theo dõi, the sidebar's list): its newest rated
 * point, or a later one with flags of that level's students — a past point nobody is rated at yet,
 * whose "not rated" flags ask for the ratings.
 */
export function newestFollowPoints(levels: readonly LevelPoints[], schoolPoints: readonly ReviewPointCode[],
  flags: readonly { reviewPoint: ReviewPointCode; grade?: number }[]): NewestPoint[] {
  const withFlags = (rated: readonly ReviewPointCode[], level?: Level) => REVIEW_POINT_CODES.filter((p) => rated.includes(p)
    || flags.some((f) => f.reviewPoint === p && (!level || levelOfGrade(f.grade) === level)));
  return newestPoints(levels.map((l) => ({ ...l, reviewPoints: withFlags(l.reviewPoints, l.level) })), withFlags(schoolPoints));
}

/** The newest point of a level (a khối's: levelOfGrade) among `newest`; undefined when that level has none. */
export function newestPointAt(newest: readonly NewestPoint[], level: Level | undefined): ReviewPointCode | undefined {
  return newest.find((n) => n.level === undefined || n.level === level)?.point;
}

/** Whether something of a khối at `point` belongs to this level's newest point (its flags, its numbers). */
export function isAt(newest: NewestPoint, point: ReviewPointCode, grade: number | undefined): boolean {
  return point === newest.point && (newest.level === undefined || levelOfGrade(grade) === newest.level);
}

/** Whether the levels are at one review point (a school of one level always is). */
export function onePoint(newest: readonly NewestPoint[]): boolean {
  return newest.every((n) => n.point === newest[0].point);
}

/**
 * The newest points grouped by point: levels at the same point are judged together (their khối
 * joined), so a whole-school row that sums them belongs to that point. A school of one level: its
 * point without khối.
 */
export function newestByPoint(newest: readonly NewestPoint[]): { point: ReviewPointCode; grades?: number[] }[] {
  return [...groupBy(newest, (n) => n.point)].map(([point, list]) =>
    ({ point, ...(list.every((n) => n.level) ? { grades: list.flatMap((n) => [...(n.grades ?? [])]) } : {}) }));
}

/** The review points named: "Cuối năm" when the levels are at one point (Cả năm at secondary), else "Tiểu học: Cuối năm; THCS: Cuối học kì II". */
export function newestPointsText(newest: readonly NewestPoint[]): string {
  if (newest.length > 0 && onePoint(newest)) return pointLabel(newest[0].point, newest.flatMap((n) => [...(n.grades ?? [])]));
  return newest.map((n) => `${n.level ? LEVEL_SHORT[n.level] + ': ' : ''}${pointLabel(n.point, n.grades)}`).join('; ');
}

/** The levels as schools abbreviate them. */
export const LEVEL_SHORT: Record<Level, string> = { TH: 'Tiểu học', THCS: 'THCS', THPT: 'THPT' };

/** One level's headline: "THCS (Cuối học kì II): 1/30 học sinh cần hỗ trợ". */
export function levelNeedText(l: { level: Level; label: string; total: { needSupport: number; students: number } }): string {
  return `${LEVEL_SHORT[l.level]} (${l.label}): ${l.total.needSupport}/${l.total.students} học sinh cần hỗ trợ`;
}
