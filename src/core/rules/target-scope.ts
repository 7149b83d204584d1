// Which khối a target is judged in at a review point (PRODUCT 3.7): a khối that does not study the
// area, or whose columns say nothing of it at that point, has no share to judge. Counted as "0
// needing support" it read 100% Vượt and lifted the whole school's share over the target (a
// tester's finding: Khoa học in khối 1, a khối 1 tab without Tiếng Anh, khối 8 without Học tập).

import type { Student } from '../model';
import type { ReviewPointCode } from '../vocab';
import type { AreasReadAt, GradeCounts } from './totals';

/**
 * Primary subjects taught in some khối only (GDPT 2018, DOMAIN.md: Tự nhiên và Xã hội 1–3; Lịch sử
 * và Địa lí, Khoa học 4–5; Tin học và Công nghệ 3–5). Every other area is taught in every khối it is rated in.
 */
const PRIMARY_GRADES: Readonly<Record<string, readonly number[]>> = {
  'Tự nhiên và Xã hội': [1, 2, 3],
  'Lịch sử và Địa lí': [4, 5],
  'Khoa học': [4, 5],
  'Tin học và Công nghệ': [3, 4, 5],
  'Tin học': [3, 4, 5],
  'Công nghệ': [3, 4, 5],
};

/** Whether khối `grade` studies `area`: false only for a primary khối outside the subject's khối. */
export function taughtIn(grade: number, area: string): boolean {
  const grades = PRIMARY_GRADES[area];
  return grade > 5 || grades === undefined || grades.includes(grade);
}

/** Why a khối is not judged on an area at a point, or undefined when it is. */
export type NotJudged = 'notTaught' | 'noColumn';

/**
 * Whether a khối's row at `point` has a share of `area` to judge: the khối studies it and, when the
 * columns read are known (`readAt`), every rated student's columns say it there. `group`: a target over
 * all subjects (Môn học), judged wherever a subject is.
 */
export function notJudged(row: GradeCounts, area: string, point: ReviewPointCode, students: readonly Student[], readAt: AreasReadAt | undefined,
  group: boolean): NotJudged | undefined {
  if (group) return undefined;
  if (!taughtIn(row.grade, area)) return 'notTaught';
  if (row.noColumn?.includes(area)) return 'noColumn';
  if (!readAt) return undefined;
  // Only students whose columns at this point are known: a primary Cuối HKII column stands for Cuối năm.
  const known = students.filter((s) => !s.excluded && s.grade === row.grade && s.reviews[point]?.rated).map((s) => readAt(s, point)).filter((a) => a.size > 0);
  // Every one of them: a khối whose classes only partly have the column has no share over its THHS.
  return known.every((a) => a.has(area)) ? undefined : 'noColumn';
}

/** What a khối's target that was never judged is told at its cell. */
export function notJudgedMessage(grade: number, area: string, why: NotJudged): string {
  return why === 'notTaught'
    ? `Khối ${grade} không học ${area} (chương trình 2018), nên chỉ tiêu này không được dùng. Kiểm tra lại khối hoặc xóa chỉ tiêu.`
    : `Khối ${grade} chưa có cột ${area} (ở mọi lớp) ở mốc nào, nên chỉ tiêu này chưa đối sánh được. Thêm cột ${area} cho các lớp của khối, hoặc xóa chỉ tiêu.`;
}
