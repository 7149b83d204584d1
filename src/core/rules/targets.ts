// Targets against results ("Đối sánh", PRODUCT 3.7). For each review point with ratings, per khối
// and for the whole school: the share of students NOT needing support in an area or group, over
// THHS (the same THHS as the grade table), beside its target, and how many students the gap is.
//
// - Area "Toán": no need in Toán. Group "Môn học": no need in any subject (every area rated on the
//   subject scale). "Năng lực" / "Phẩm chất": no need in that area (a vnEdu tab folds its ten năng
//   lực into one need, so the group and the area are the same thing).
// - Whole-school figures come from the summed counts, never from averaging the khối percentages.
// - Everything is whole numbers: shares in basis points (99,7% = 9970), rounded down; the test
//   "met" compares students × target with 10000 × students without need, so no float can slip.
// - Verdict: Chưa đạt when not met; Đạt when exactly at an "at least" target; Vượt when above it
//   (a "trên X%" target is met only above X%, so when met it is always Vượt).

import { problemAt } from '../problem';
import type { Problem, Student } from '../model';
import { SUBJECTS_GROUP, subjectOrder, type Target } from '../read/targets';
import type { AreasReadAt, PointTotals, StudentsSource } from './totals';
import { notJudged, notJudgedMessage } from './target-scope';
import { areaInfo, type ReviewPointCode } from '../vocab';
import { newestByPoint, type Level, type NewestPoint } from '../levels';
import type { Verdict } from './target-text';

export interface TargetResult {
  reviewPoint: ReviewPointCode;
  /** null: the whole school. */
  grade: number | null;
  area: string;
  /** The target that applies: the khối's own, else the whole school's. */
  target: Target;
  /** THHS. */
  students: number;
  /** Students needing support in the area (in any subject, for Môn học). */
  needSupport: number;
  /** Share of students not needing support, in basis points, rounded down. */
  achieved: number;
  verdict: Verdict;
  /** The fewest students who would have to stop needing support for the target to be met; 0 when met. */
  gapStudents: number;
  /** Where THHS comes from, so the report can say when it is only the roster's rows. */
  studentsSource: StudentsSource;
  /** Classes of the khối whose Sĩ số is blank, counted by their roster rows (GradeCounts.rowClasses). */
  rowClasses?: string[];
}

export interface Judgement {
  achieved: number;
  verdict: Verdict;
  gapStudents: number;
}

/** floor(a / b) for whole a ≥ 0 and b > 0, without a float division. */
function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/** How `needSupport` of `students` stands against a target, in whole numbers only. */
export function judge(students: number, needSupport: number, target: Pick<Target, 'basisPoints' | 'above'>): Judgement {
  const without = Math.max(0, students - needSupport);
  const have = without * 10000;
  const want = target.basisPoints * students;
  const met = target.above ? have > want : have >= want;
  // The fewest students without need that meet it: ceil(want / 10000), or one more than floor when strict.
  const required = target.above ? floorDiv(want, 10000) + 1 : floorDiv(want + 9999, 10000);
  return {
    achieved: floorDiv(have, students),
    verdict: !met ? 'notMet' : have === want ? 'met' : 'exceeded',
    gapStudents: Math.max(0, required - without),
  };
}

function isSubject(area: string): boolean {
  return areaInfo(area)?.scale !== 'quality';
}

/** Students needing support in at least one subject, per khối: counted as pointTotals counts. */
function subjectNeeds(point: ReviewPointCode, students: readonly Student[]): Map<number, number> {
  const byGrade = new Map<number, number>();
  for (const s of students) {
    const review = s.reviews[point];
    if (s.excluded || s.grade === undefined || !review || !review.need.some(isSubject)) continue;
    byGrade.set(s.grade, (byGrade.get(s.grade) ?? 0) + 1);
  }
  return byGrade;
}

/** A level's khối, report columns and rated review points (analyse's LevelAreas). */
export interface LevelScope {
  level: Level;
  grades: readonly number[];
  areas: readonly string[];
  reviewPoints: readonly ReviewPointCode[];
}

/**
 * Whether a khối is judged on an area at a point: its level has the area (Tiếng Việt, Năng lực,
 * Phẩm chất only at primary; Ngữ văn, Học tập, Rèn luyện only at secondary) and rates the point.
 * A khối of no known level is judged as before.
 */
function judgedAt(levels: readonly LevelScope[], grade: number, area: string, point: ReviewPointCode): boolean {
  const level = levels.find((l) => l.grades.includes(grade));
  if (!level) return true;
  const hasArea = area === SUBJECTS_GROUP ? level.areas.some(isSubject) : level.areas.includes(area);
  return hasArea && level.reviewPoints.includes(point);
}

export interface TargetsEvaluation {
  results: TargetResult[];
  problems: Problem[];
}

/**
 * Every target at every rated review point: per khối (the khối's own target, else the whole
 * school's) then the whole school. A target whose area no roster column holds, or whose khối has
 * no students, is a warning at its cell and is not judged. In a school of several levels a khối is
 * judged only on its level's areas at its level's points (judgedAt), and the whole-school row sums
 * those khối only.
 */
export function evaluateTargets(
  targets: readonly Target[], reviewPoints: readonly ReviewPointCode[],
  totals: Partial<Record<ReviewPointCode, PointTotals>>, students: readonly Student[], areas: readonly string[],
  grades: readonly number[], levels: readonly LevelScope[], readAt?: AreasReadAt,
): TargetsEvaluation {
  const problems: Problem[] = [];
  const warn = (t: Target, code: Problem['code'], message: string) =>
    problems.push(problemAt(t.sheet, t.row, t.column, 'warning', code, message));
  const judged = targets.filter((t) => {
    const present = t.area === SUBJECTS_GROUP ? areas.some(isSubject) : areas.includes(t.area);
    if (!present) {
      warn(t, 'TARGET_AREA_MISSING', t.area === SUBJECTS_GROUP
        ? 'Danh sách chưa có cột môn học nào, nên chỉ tiêu Môn học chưa đối sánh được.'
        : `Danh sách chưa có cột ${t.area}, nên chỉ tiêu này chưa đối sánh được. Thêm cột ${t.area} vào các mốc đánh giá, hoặc xóa chỉ tiêu.`);
      return false;
    }
    if (t.grade !== null && !grades.includes(t.grade)) {
      warn(t, 'TARGET_GRADE_MISSING', `Trường không có học sinh khối ${t.grade}, nên chỉ tiêu này không được dùng. Kiểm tra lại số khối.`);
      return false;
    }
    return true;
  });
  const subjects = [...new Set(judged.map((t) => t.area))].sort((x, y) => subjectOrder(x) - subjectOrder(y));
  const everyone = students;
  const results: TargetResult[] = [];
  for (const point of reviewPoints) {
    const pointTotals = totals[point];
    if (!pointTotals) continue;
    const needsBySubjectGrade = subjects.includes(SUBJECTS_GROUP) ? subjectNeeds(point, students) : new Map<number, number>();
    for (const area of subjects) {
      const whole = judged.find((t) => t.area === area && t.grade === null);
      const need = (grade: number, byArea: Record<string, number>) =>
        area === SUBJECTS_GROUP ? needsBySubjectGrade.get(grade) ?? 0 : byArea[area] ?? 0;
      const rows = pointTotals.byGrade.filter((row) => judgedAt(levels, row.grade, area, point)
        && !notJudged(row, area, point, everyone, readAt, area === SUBJECTS_GROUP));
      let totalNeed = 0;
      let students = 0;
      for (const row of rows) {
        const needSupport = need(row.grade, row.byArea);
        totalNeed += needSupport;
        students += row.students;
        const target = judged.find((t) => t.area === area && t.grade === row.grade) ?? whole;
        if (!target || row.students <= 0) continue;
        results.push({ reviewPoint: point, grade: row.grade, area, target, students: row.students, needSupport,
          ...judge(row.students, needSupport, target), studentsSource: row.studentsSource, ...(row.rowClasses ? { rowClasses: row.rowClasses } : {}) });
      }
      if (whole && students > 0) {
        const fromRoster = rows.some((g) => g.studentsSource === 'roster');
        results.push({ reviewPoint: point, grade: null, area, target: whole, students, needSupport: totalNeed,
          ...judge(students, totalNeed, whole), studentsSource: fromRoster ? 'roster' : 'classList' });
      }
    }
  }
  for (const { target, message } of unjudged(judged, results, totals, reviewPoints, everyone, readAt)) warn(target, 'TARGET_GRADE_MISSING', message);
  return { results, problems };
}

/** A khối's own target judged nowhere: its khối does not study the area, or has no column of it (target-scope.ts). */
function unjudged(judged: readonly Target[], results: readonly TargetResult[], totals: Partial<Record<ReviewPointCode, PointTotals>>,
  reviewPoints: readonly ReviewPointCode[], students: readonly Student[], readAt: AreasReadAt | undefined): Array<{ target: Target; message: string }> {
  return judged.flatMap((t) => {
    if (t.grade === null || results.some((r) => r.target === t)) return [];
    const row = Object.values(totals).flatMap((p) => p?.byGrade ?? []).find((g) => g.grade === t.grade);
    const why = row && notJudged(row, t.area, reviewPoints[reviewPoints.length - 1], students, readAt, t.area === SUBJECTS_GROUP);
    return why ? [{ target: t, message: notJudgedMessage(t.grade, t.area, why) }] : [];
  });
}

/**
 * The results at `point` for these khối (undefined: every khối): each of those khối, and a
 * whole-school row only when it sums none of the other khối (a school of several levels, each
 * judged at its own newest point: levels.ts newestPoints).
 */
export function resultsWithin<T extends { reviewPoint: ReviewPointCode; grade: number | null; area: string }>(
  results: readonly T[], point: ReviewPointCode, grades?: readonly number[]): T[] {
  const atPoint = results.filter((r) => r.reviewPoint === point);
  if (!grades) return atPoint;
  return atPoint.filter((r) => (r.grade === null
    ? atPoint.every((o) => o.area !== r.area || o.grade === null || grades.includes(o.grade))
    : grades.includes(r.grade)));
}

/** The targets judged at each level's newest point (sidebar, Lịch tháng, Tổng hợp): levels at one
 *  point are judged together, so the whole-school row that sums them is kept. */
export function targetsAtNewest<T extends { reviewPoint: ReviewPointCode; grade: number | null; area: string }>(
  results: readonly T[], newest: readonly NewestPoint[]): T[] {
  return newestByPoint(newest).flatMap(({ point, grades }) => resultsWithin(results, point, grades));
}
