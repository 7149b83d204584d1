// School levels (PRODUCT 2.3): the level is a property of the khối. 1–5 Tiểu học (TT27),
// 6–9 THCS and 10–12 THPT (TT22, with TT58 values still read). One Sheet may hold several
// levels; each khối is read, totalled and printed with its own level's scales.

import type { ReviewPointCode } from './vocab';

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
