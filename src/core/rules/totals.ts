// Totals per review point and khối (PRODUCT 3.2). The TC row is always the sum of the rows shown.

import type { ClassList } from '../read/classes';
import { isSecondaryGrade, levelOfGrade, pointExistsAt, type Level } from '../levels';
import type { Problem, Student } from '../model';
import { problemAt } from '../problem';
import type { ReviewPointCode } from '../vocab';

export interface Counts {
  /** THHS: all students of the khối (Sĩ số from "Lớp"), else the roster rows. */
  students: number;
  /** Students needing support in at least one area, each counted once. */
  needSupport: number;
  byArea: Record<string, number>;
  /** HSKT among those needing support. */
  disability: number;
  /**
   * Areas of a secondary khối's table that no column of its rated students says at this review
   * point (a Danh sách without "Kết quả học tập" at Cả năm): not known, printed "–", never 0.
   */
  noColumn?: string[];
}

export type StudentsSource = 'official' | 'classList' | 'roster';

export interface GradeCounts extends Counts {
  grade: number;
  /**
   * Where THHS comes from: the official results tabs of the khối's classes (PRODUCT 2.2), the
   * Sĩ số of the "Lớp" tab, or the count of roster rows.
   */
  studentsSource: StudentsSource;
  /**
   * Classes of a khối counted from the Lớp tab whose Sĩ số is blank: THHS counts them by their
   * roster rows (the report names them; Kiểm tra warns at each blank cell).
   */
  rowClasses?: string[];
}

export interface PointTotals {
  byGrade: GradeCounts[];
  total: Counts;
  /**
   * Khối left out of this point's rows and of TC: they have counted students, none of them rated
   * at this point (teachers not done yet). Such a khối is no "0 need" row: the note says so.
   */
  unrated?: readonly number[];
}

/** Review points at which at least one counted student is rated, in order. */
export function ratedPoints(students: Student[], order: readonly ReviewPointCode[]): ReviewPointCode[] {
  return order.filter((p) => students.some((s) => !s.excluded && s.reviews[p]?.rated));
}

/**
 * THHS per khối. A khối with official results tabs counts each class by its tabs (a class of the
 * khối without one by its Sĩ số, else its rows; Kiểm tra says so). Otherwise: the Sĩ số sum of the
 * listed classes of the khối, plus the counted rows of any roster class missing from the list (a
 * warning in Kiểm tra), whose students would otherwise count as needing support but not as
 * students (not a student promoted from last year's results: its khối's Sĩ số counts it), plus
 * the rows of a listed class whose Sĩ số is blank (`rowClasses`, named in the report and warned at
 * its cell); when no listed class of the khối has a Sĩ số, the counted roster rows.
 */
export function studentsPerGrade(
  students: Student[],
  classList: ClassList,
  officialClasses: ReadonlyMap<string, { grade?: number; count: number }> = new Map(),
): Map<number, Pick<GradeCounts, 'students' | 'studentsSource' | 'rowClasses'>> {
  const rosterCount = new Map<number, number>();
  const classRows = new Map<string, number>();
  const unlistedCount = new Map<number, number>();
  for (const s of students) {
    if (s.excluded || s.grade === undefined) continue;
    rosterCount.set(s.grade, (rosterCount.get(s.grade) ?? 0) + 1);
    classRows.set(s.classKey, (classRows.get(s.classKey) ?? 0) + 1);
    // A promoted student's class is last year's: this year it is one of the khối's Sĩ số already.
    if (!classList.byKey.has(s.classKey) && !s.promoted) unlistedCount.set(s.grade, (unlistedCount.get(s.grade) ?? 0) + 1);
  }
  const grades = new Set<number>(rosterCount.keys());
  const listed = [...classList.byKey.values()].filter((c) => c.grade !== undefined);
  for (const c of listed) grades.add(c.grade as number);
  const officialGrades = new Set<number>();
  for (const c of officialClasses.values()) if (c.grade !== undefined) officialGrades.add(c.grade);
  for (const g of officialGrades) grades.add(g);
  const result = new Map<number, Pick<GradeCounts, 'students' | 'studentsSource' | 'rowClasses'>>();
  for (const grade of [...grades].sort((a, b) => a - b)) {
    const classes = listed.filter((c) => c.grade === grade);
    if (officialGrades.has(grade)) {
      const keys = new Set([...classes.map((c) => c.key), ...[...officialClasses].filter(([, c]) => c.grade === grade).map(([k]) => k)]);
      for (const s of students) if (!s.excluded && s.grade === grade) keys.add(s.classKey);
      let total = 0;
      for (const key of keys) total += officialClasses.get(key)?.count ?? classList.byKey.get(key)?.size ?? classRows.get(key) ?? 0;
      result.set(grade, { students: total, studentsSource: 'official' });
      continue;
    }
    const sized = classes.filter((c) => c.size !== undefined);
    if (sized.length === 0) {
      result.set(grade, { students: rosterCount.get(grade) ?? 0, studentsSource: 'roster' });
      continue;
    }
    // A class with a blank (or unreadable) Sĩ số counts by its rows, named in the report: never a silent mix.
    const unsized = classes.filter((c) => c.size === undefined);
    const thhs = unsized.reduce((sum, c) => sum + (classRows.get(c.key) ?? 0),
      sized.reduce((sum, c) => sum + (c.size as number), unlistedCount.get(grade) ?? 0));
    result.set(grade, unsized.length === 0 ? { students: thhs, studentsSource: 'classList' }
      : { students: thhs, studentsSource: 'classList', rowClasses: unsized.map((c) => c.name) });
  }
  return result;
}

/**
 * A blank Sĩ số in the Lớp tab is a warning at its cell saying how THHS counts the class instead
 * (PRODUCT 3.2): its khối's THHS takes the class's roster rows, or, when no class of the khối has
 * a Sĩ số, is the khối's roster rows. A khối counted from official results says so elsewhere.
 */
export function blankSizeProblems(students: Student[], classList: ClassList, perGrade: ReturnType<typeof studentsPerGrade>): Problem[] {
  const rows = new Map<string, number>();
  for (const s of students) if (!s.excluded && s.grade !== undefined) rows.set(s.classKey, (rows.get(s.classKey) ?? 0) + 1);
  return (classList.blankSizes ?? []).flatMap((key) => {
    const c = classList.byKey.get(key);
    const counted = c?.grade === undefined ? undefined : perGrade.get(c.grade);
    if (!c || !counted || counted.studentsSource === 'official') return [];
    const n = rows.get(key) ?? 0;
    const how = counted.studentsSource === 'roster'
      ? `không lớp nào của khối ${c.grade} có sĩ số, nên THHS khối ${c.grade} (${counted.students}) chỉ là số dòng học sinh của khối trong Danh sách`
      : `nên THHS khối ${c.grade} (${counted.students}) tính lớp này theo số dòng của lớp trong Danh sách (${n} em), cộng sĩ số các lớp khác`;
    return [problemAt(classList.sheet, c.row, c.sizeColumn, 'warning', 'CLASS_LIST_SIZE_MISSING',
      `Sĩ số của lớp ${c.name} để trống: ${how}, thường ít hơn sĩ số thật. Ghi sĩ số của lớp ${c.name}, ví dụ 35.`, c.name)];
  });
}

/**
 * Totals at one review point over the khối whose level has it: Cuối kì II is no review point of a
 * primary khối, so a TH&THCS school's Cuối kì II shares count its THCS khối only. `levelHas` (a
 * school of several levels) says whether a level has that point at all, a block of columns or a
 * rating: a THCS khối without any Cả năm column is no "0 need" row at Cả năm.
 */
export function pointTotals(point: ReviewPointCode, students: Student[], areas: string[], perGrade: ReturnType<typeof studentsPerGrade>,
  levelHas: (level: Level | undefined, point: ReviewPointCode) => boolean = () => true, readAt?: AreasReadAt): PointTotals {
  const emptyAreas = () => Object.fromEntries(areas.map((a) => [a, 0])) as Record<string, number>;
  const shown = (grade: number) => pointExistsAt(point, levelOfGrade(grade)) && levelHas(levelOfGrade(grade), point);
  const { rated, counted } = ratedGrades(point, students);
  const isUnrated = (grade: number) => counted.has(grade) && !rated.has(grade);
  const byGrade: GradeCounts[] = [...perGrade.entries()].filter(([grade]) => shown(grade) && !isUnrated(grade)).map(([grade, base]) => ({
    grade, ...base, needSupport: 0, byArea: emptyAreas(), disability: 0,
  }));
  const unrated = [...perGrade.keys()].filter((grade) => shown(grade) && isUnrated(grade));
  const rowOf = new Map(byGrade.map((g) => [g.grade, g]));
  for (const s of students) {
    const review = s.reviews[point];
    if (s.excluded || s.grade === undefined || !review || review.need.length === 0) continue;
    const row = rowOf.get(s.grade);
    if (!row) continue; // a rating at a point the khối's level does not have: none is read (levels.ts pointAtLevel)
    row.needSupport += 1;
    if (s.disability) row.disability += 1;
    for (const area of review.need) row.byArea[area] += 1;
  }
  if (readAt) for (const row of byGrade) markNoColumn(row, point, students, areas, readAt);
  return { byGrade, total: sumCounts(byGrade, areas), ...(unrated.length > 0 ? { unrated } : {}) };
}

/** The khối with a counted student, and those with one rated at `point`. */
function ratedGrades(point: ReviewPointCode, students: readonly Student[]): { rated: Set<number>; counted: Set<number> } {
  const rated = new Set<number>();
  const counted = new Set<number>();
  for (const s of students) {
    if (s.excluded || s.grade === undefined) continue;
    counted.add(s.grade);
    if (s.reviews[point]?.rated) rated.add(s.grade);
  }
  return { rated, counted };
}

/** The areas a student's columns (Danh sách, official tab) say at a review point. */
export type AreasReadAt = (student: Student, point: ReviewPointCode) => ReadonlySet<string>;

/** A secondary khối with rated students at `point`: the areas none of their columns says (PRODUCT 2.3's table prints every core area). */
function markNoColumn(row: GradeCounts, point: ReviewPointCode, students: Student[], areas: string[], readAt: AreasReadAt): void {
  if (!isSecondaryGrade(row.grade)) return;
  const rated = students.filter((s) => !s.excluded && s.grade === row.grade && s.reviews[point]?.rated);
  if (rated.length === 0) return;
  const known = new Set(rated.flatMap((s) => [...readAt(s, point)]));
  const missing = areas.filter((a) => !known.has(a) && row.byArea[a] === 0);
  if (missing.length > 0) row.noColumn = missing;
}

/** The TC row: these rows summed, over `areas` (an area a row does not list counts 0 there). */
export function sumCounts(rows: readonly Counts[], areas: readonly string[]): Counts {
  const total: Counts = { students: 0, needSupport: 0, byArea: Object.fromEntries(areas.map((a) => [a, 0])), disability: 0 };
  for (const row of rows) {
    total.students += row.students;
    total.needSupport += row.needSupport;
    total.disability += row.disability;
    for (const area of areas) total.byArea[area] += row.byArea[area] ?? 0;
  }
  // Not known in the TC row only when no row knows it.
  const noColumn = rows.length > 0 ? areas.filter((a) => rows.every((r) => r.noColumn?.includes(a))) : [];
  if (noColumn.length > 0) total.noColumn = noColumn;
  return total;
}

/** The rows of some khối (one level's) and their own TC row, over that level's areas. */
export function gradesTotals(totals: PointTotals, grades: readonly number[], areas: readonly string[]): PointTotals {
  const byGrade = totals.byGrade.filter((g) => grades.includes(g.grade));
  const unrated = (totals.unrated ?? []).filter((g) => grades.includes(g));
  return { byGrade, total: sumCounts(byGrade, areas), ...(unrated.length > 0 ? { unrated } : {}) };
}
