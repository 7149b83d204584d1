// "Lịch tháng": one row per month of the school year, with the plan (from "Kế hoạch" or a default
// plan written for this project), the review point of the month, the deadlines and the numbers.

import { cellText, fillMerges, formatYm, isBlank, isDate, dateToYmd } from '../cells';
import { monthKey, monthStatus, schoolMonths, schoolYearLabel, yearOfMonth, type Day, type MonthStatus } from '../calendar';
import type { Config } from '../read/config';
import { countKinds, type Flag } from './flags';
import type { Problem, ProblemCode, SheetGrid } from '../model';
import { targetsAtNewest, type TargetResult } from './targets';
import { isAt, newestPoints, pointLabel, type LevelPoints, type NewestPoint } from '../levels';
import { findTableHeader } from '../table';
import { gradesTotals, type PointTotals } from './totals';
import { problemAt } from '../problem';
import { fold, pad2, tidy } from '../text';
import { REVIEW_POINT_CODES, type ReviewPointCode } from '../vocab';

export interface PlanEntry {
  content: string;
  measures: string;
  people: string;
}

const PLAN_FIELDS = {
  month: ['Tháng', 'Thời gian'],
  content: ['Nội dung', 'Nội dung công việc', 'Công việc'],
  measures: ['Biện pháp thực hiện', 'Biện pháp', 'Cách thực hiện'],
  people: ['Người thực hiện', 'Người t/h', 'Người th', 'Phụ trách', 'Người phụ trách'],
};

/** The plan used when the school has no "Kế hoạch" tab (months 9–7). */
export const DEFAULT_PLAN: Record<number, PlanEntry> = {
  9: { content: 'Rà soát học sinh cần hỗ trợ từ kết quả năm trước; lập danh sách theo môn học, năng lực, phẩm chất và HSKT học hòa nhập.',
    measures: 'GVCN ghi danh sách và mốc Đầu năm vào trang Danh sách; phân công GV hỗ trợ cho từng em; trao đổi với cha mẹ học sinh.', people: 'GVCN, Tổ chuyên môn' },
  10: { content: 'Theo dõi việc hỗ trợ ở từng lớp; xác định lại đối tượng sau bốn tuần học.',
    measures: 'Tổ chuyên môn kiểm tra danh sách; bổ sung hoặc bớt học sinh; báo cáo Ban giám hiệu.', people: 'Tổ trưởng, GVCN' },
  11: { content: 'Đánh giá định kì giữa học kì I; so sánh với đầu năm.',
    measures: 'GVCN, GVBM nhập kết quả Giữa học kì I; chạy Tổng hợp; bàn biện pháp cho học sinh chưa tiến bộ.', people: 'GVCN, GVBM, Tổ chuyên môn' },
  12: { content: 'Kiểm tra định kì cuối học kì I; đối chiếu với giữa học kì I; sơ kết việc hỗ trợ.',
    measures: 'Nhập kết quả Cuối học kì I; in bảng Tổng hợp gửi Ban giám hiệu; điều chỉnh kế hoạch cho học kì II.', people: 'GVCN, GVBM, Phó hiệu trưởng' },
  1: { content: 'Tiếp tục hỗ trợ theo kế hoạch đã điều chỉnh.', measures: 'GV hỗ trợ theo dõi từng em; ghi nhận tiến bộ hằng tuần.', people: 'GVCN, GV hỗ trợ' },
  2: { content: 'Tiếp tục hỗ trợ; quan tâm học sinh nghỉ dài ngày sau Tết.', measures: 'GVCN liên lạc gia đình các em vắng nhiều; bố trí giờ hỗ trợ bù.', people: 'GVCN, GV hỗ trợ' },
  3: { content: 'Đánh giá định kì giữa học kì II; xác định học sinh cần tiếp tục hỗ trợ.',
    measures: 'Nhập kết quả Giữa học kì II; chạy Tổng hợp; họp tổ về các em chưa tiến bộ.', people: 'GVCN, GVBM, Tổ chuyên môn' },
  4: { content: 'Tăng cường hỗ trợ trước kiểm tra cuối năm.', measures: 'Ôn tập theo nhóm nhỏ; phối hợp cha mẹ học sinh.', people: 'GVCN, GV hỗ trợ' },
  5: { content: 'Kiểm tra định kì cuối năm; tổng kết việc hỗ trợ; lập danh sách hỗ trợ trong hè.',
    measures: 'Nhập kết quả Cuối năm; in bảng Tổng hợp và danh sách hỗ trợ hè; duyệt kế hoạch hè.', people: 'Ban giám hiệu, GVCN' },
  6: { content: 'Hỗ trợ học sinh trong hè theo danh sách.', measures: 'GV hỗ trợ ôn tập theo lịch hè.', people: 'GV hỗ trợ' },
  7: { content: 'Đánh giá lại học sinh được hỗ trợ trong hè.', measures: 'Tổ chuyên môn tổng hợp kết quả; báo cáo Ban giám hiệu.', people: 'Tổ chuyên môn' },
};

const isMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;

/** A year written after a month ("9/2025", "1+2/2026"), up to the next month or the cell's end. */
const YEAR_AFTER_MONTH = String.raw`\s*\/\s*(\d{4})(?=\s*(?:$|\+|,|&|va\b|-|–|den\b))`;

/** The months a Kế hoạch cell names, and each year written beside a month ("11/2025 - 2/2026": 11 in 2025, 2 in 2026). */
interface PlanMonths { months: number[]; years: Array<{ month: number; year: number }> }

function readPlanMonths(value: unknown, timeZoneOffsetMinutes: number): PlanMonths {
  if (typeof value === 'number') return { months: isMonth(value) ? [value] : [], years: [] };
  if (isDate(value)) {
    const [year, month] = dateToYmd(value, timeZoneOffsetMinutes).split('-').map(Number);
    return { months: [month], years: [{ month, year }] };
  }
  // "Tháng" and "/2026" may be written once or at each month: "Tháng 1 + tháng 2", "11/2025 - 2/2026".
  const written = fold(cellText(value)).replace(/\bthang\s*(?=\d)/g, '');
  const text = written.replace(new RegExp(YEAR_AFTER_MONTH, 'g'), '').trim();
  const range = /^(\d{1,2})\s*(?:-|–|den)\s*(\d{1,2})$/.exec(text);
  const parts = range
    ? monthsBetween(Number(range[1]), Number(range[2]))
    : text.split(/\s*(?:\+|,|&|va)\s*/).map(Number);
  if (!parts.every(isMonth)) return { months: [], years: [] };
  const years = [...written.matchAll(new RegExp(String.raw`(\d{1,2})${YEAR_AFTER_MONTH}`, 'g'))].map((m) => ({ month: Number(m[1]), year: Number(m[2]) }));
  return { months: parts, years };
}

/** "9/2025" → [9]; "1+2/2026" → [1, 2]; "Tháng 3" → [3]; "Tháng 1 + tháng 2" → [1, 2]; a Date → its month. */
export function parsePlanMonths(value: unknown, timeZoneOffsetMinutes: number): number[] {
  return readPlanMonths(value, timeZoneOffsetMinutes).months;
}

/** "11 - 2" → 11, 12, 1, 2: across the new year. Nothing when either end is no month ("9-13"). */
function monthsBetween(from: number, to: number): number[] {
  if (!isMonth(from) || !isMonth(to)) return [];
  const count = ((to - from + 12) % 12) + 1;
  return Array.from({ length: count }, (_, i) => ((from - 1 + i) % 12) + 1);
}

export interface ParsedPlan {
  byMonth: Map<number, PlanEntry>;
  present: boolean;
  problems: Problem[];
}

/** The school year a Kế hoạch is held against: its first calendar year, and whether Lịch tháng shows summer (Cấu hình). */
export interface PlanYear { start: number; includeSummer: boolean }

/**
 * A month written with a year that is not the school year's ("9/2024" in 2025-2026, a plan left from
 * last year): the row is used for no month of Lịch tháng, and the cell says what to write instead.
 * August is never in Lịch tháng, whatever its year (outsideMessage says so).
 */
function otherYearMessage(written: string, read: PlanMonths, start: number): string | undefined {
  if (!read.years.some((y) => y.month !== 8 && y.year !== yearOfMonth(start, y.month))) return undefined;
  const fixed = written.replace(/(\d{1,2})(\s*\/\s*)(\d{4})/g, (all, month: string, slash: string) =>
    (Number(month) === 8 ? all : `${month}${slash}${yearOfMonth(start, Number(month))}`));
  const months = read.months.filter((m) => m !== 8).map((m) => formatYm(monthKey(yearOfMonth(start, m), m))).join(', ');
  return `Tháng "${written}" không thuộc năm học ${schoolYearLabel(start)}, nên nội dung dòng này không được dùng cho tháng ${months} trong Lịch tháng. `
    + `Nếu đây là kế hoạch của năm học này, sửa thành "${fixed}"; nếu là kế hoạch năm trước, xóa dòng này.`;
}

/** Months of a row that Lịch tháng does not show: August (before the year starts), summer while Cấu hình shows none. */
function outsideMessage(written: string, months: readonly number[], year: PlanYear): string | undefined {
  const shown = new Set(schoolMonths(year.start, year.includeSummer).map(([, m]) => m));
  const outside = months.filter((m) => !shown.has(m));
  if (outside.length === 0) return undefined;
  const summer = outside.filter((m) => m !== 8);
  const why = [
    outside.includes(8) ? `tháng 8 là trước khi năm học ${schoolYearLabel(year.start)} bắt đầu (Lịch tháng bắt đầu từ tháng 9; việc chuẩn bị năm học có thể ghi vào tháng 9/${year.start})` : '',
    summer.length > 0 ? `tháng ${summer.join(', ')} là tháng hè, mà Lịch tháng chưa gồm hè (để có, ghi "có" ở dòng "Lịch tháng gồm hè" của trang "Cấu hình")` : '',
  ].filter((t) => t !== '').join('; ');
  const rest = months.some((m) => shown.has(m)) ? ' Các tháng khác của dòng này vẫn được dùng.' : '';
  return `Tháng "${written}" không có trong Lịch tháng: ${why}.${rest}`;
}

/** The plan month by month; with `year`, a month of another school year, or one Lịch tháng does not show, is said at its cell. */
export function parsePlan(sheet: SheetGrid | undefined, timeZoneOffsetMinutes: number, year?: PlanYear): ParsedPlan {
  const byMonth = new Map<number, PlanEntry>();
  const problems: Problem[] = [];
  const header = sheet ? findTableHeader(sheet.values, PLAN_FIELDS, ['month']) : undefined;
  if (!sheet || !header) return { byMonth, present: false, problems };
  const c = header.columns;
  // One line per cell: tidy() turns a line break inside the cell into a space, as Lịch tháng shows it.
  const text = (row: unknown[], col: number | undefined) => (col === undefined ? '' : tidy(cellText(row[col])));
  // A month merged down over several rows of work holds for each of them.
  const values = fillMerges(sheet.values, sheet.merges, header.row + 1);
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r];
    if (isBlank(row[c.month as number])) {
      const entry = [c.content, c.measures, c.people].find((col) => col !== undefined && !isBlank(row[col]));
      if (entry !== undefined) {
        problems.push(problemAt(sheet.name, r + 1, (c.month as number) + 1, 'warning', 'PLAN_MONTH_MISSING',
          `Dòng ${r + 1} ghi công việc ("${tidy(cellText(row[entry]))}") nhưng không ghi tháng, nên chưa vào Lịch tháng. Ghi tháng vào ô này, ví dụ 9/2025.`));
      }
      continue;
    }
    const read = readPlanMonths(row[c.month as number], timeZoneOffsetMinutes);
    const months = read.months;
    const warn = (code: ProblemCode, message: string) => problems.push(problemAt(sheet.name, r + 1, (c.month as number) + 1, 'warning', code, message));
    if (months.length === 0) {
      warn('PLAN_MONTH_INVALID', `Tháng "${cellText(row[c.month as number])}" không đọc được. Ghi như 9/2025, hoặc 1+2/2026 cho hai tháng.`);
      continue;
    }
    const written = tidy(cellText(row[c.month as number], timeZoneOffsetMinutes));
    const otherYear = year && otherYearMessage(written, read, year.start);
    if (otherYear) {
      warn('PLAN_MONTH_OTHER_YEAR', otherYear);
      continue;
    }
    const outside = year && outsideMessage(written, months, year);
    if (outside) warn('PLAN_MONTH_OUTSIDE', outside);
    const entry = { content: text(row, c.content), measures: text(row, c.measures), people: text(row, c.people) };
    for (const m of months) {
      const existing = byMonth.get(m);
      byMonth.set(m, existing
        ? { content: join(existing.content, entry.content), measures: join(existing.measures, entry.measures), people: join(existing.people, entry.people) }
        : entry);
    }
  }
  return { byMonth, present: true, problems };
}

function join(a: string, b: string): string {
  return [a, b].filter(Boolean).join('\n');
}

export interface TimelineMonth {
  /** "2025-09" */
  month: string;
  reviewPoint: ReviewPointCode | null;
  plan: PlanEntry;
  deadlines: string[];
  /**
   * The review point the month's numbers are from: the latest one with ratings on or before that
   * month (Đầu năm counts from September); null for months to come and before any rating.
   */
  numbersAt: ReviewPointCode | null;
  /**
   * Where the month's numbers are from, each level at its own newest point by then (levels.ts
   * newestPoints): a TH&THCS school in May counts its primary khối at Cuối năm and its THCS khối
   * at Cuối kì II. One entry without a level in a school of one level; empty when numbersAt is null.
   */
  newest: NewestPoint[];
  needSupport: number | null;
  improved: number | null;
  noSupporter: number | null;
  /** The targets (each khối and the whole school) judged at `numbersAt`; null without targets. */
  targets: { judged: number; notMet: TargetResult[] } | null;
  status: MonthStatus;
  /** With a Nhật ký: of the students under a mentor's support, how many have an entry that month (null for months to come). */
  logged?: { students: number; supported: number } | null;
}

/**
 * The review points TT27 schedules (PRODUCT 3.5): Đầu năm is the starting list, not a review
 * month, so September shows no review point.
 */
const SCHEDULED_POINTS: readonly ReviewPointCode[] = REVIEW_POINT_CODES.filter((p) => p !== 'DN');

/** Months counted from the start of the school year: September 0, … August 11. */
function schoolMonthIndex(month: number): number {
  return (month + 12 - 9) % 12;
}

/**
 * One row per month. Every past and current month carries the numbers as they stood then, so the
 * monthly report (due before the 25th) reads from one row; months to come carry none.
 */
export function buildTimeline(
  config: Config, start: number, today: Day, plan: ParsedPlan,
  totals: Partial<Record<ReviewPointCode, PointTotals>>, flags: Flag[], targetResults: readonly TargetResult[],
  levels: readonly LevelPoints[] = [],
): TimelineMonth[] {
  const rated = REVIEW_POINT_CODES.filter((p) => totals[p]);
  const hasTargets = targetResults.length > 0;
  // Cuối kì II (secondary only) names its month when it is rated and not in Cuối năm's month.
  const scheduled = SCHEDULED_POINTS.filter((p) => p !== 'CKII' || (totals.CKII && config.reviewMonths.CKII !== config.reviewMonths.CN));
  // The default plan names the year's review point as the school's levels do: Cả năm when all are secondary.
  const yearPoint = pointLabel('CN', levels.flatMap((l) => l.grades));
  return schoolMonths(start, config.includeSummer).map(([year, month]) => {
    const reviewPoint = scheduled.find((p) => config.reviewMonths[p] === month && yearOfMonth(start, month) === year) ?? null;
    const deadlines = [`${pad2(config.monthlyDeadlineDay)}/${pad2(month)}`];
    for (const d of [config.semesterDeadline, config.yearDeadline]) {
      if (d.month === month) deadlines.push(`${pad2(d.day)}/${pad2(d.month)}` + (d === config.yearDeadline ? ' (cả năm)' : ' (học kì I)'));
    }
    const status = monthStatus(year, month, today);
    const upTo = (p: ReviewPointCode) => schoolMonthIndex(config.reviewMonths[p]) <= schoolMonthIndex(month);
    const numbersAt = status === 'upcoming' ? null : [...rated].reverse().find(upTo) ?? null;
    const newest = numbersAt ? newestPoints(levels, rated, upTo) : [];
    const counts = numbersAt ? countKinds(flags.filter((f) => newest.some((n) => isAt(n, f.reviewPoint, f.student.grade)))) : undefined;
    const judged = targetsAtNewest(targetResults, newest);
    return {
      month: monthKey(year, month),
      reviewPoint,
      plan: plan.byMonth.get(month) ?? defaultPlan(month, yearPoint),
      deadlines,
      numbersAt,
      newest,
      needSupport: numbersAt ? newestNeed(totals, newest) : null,
      improved: counts ? counts.improved : null,
      noSupporter: counts ? counts.noSupporter : null,
      targets: hasTargets && numbersAt ? { judged: judged.length, notMet: judged.filter((r) => r.verdict === 'notMet') } : null,
      status,
    };
  });
}

/** Students needing support, each level counted at its own newest point (a school of one level: the TC row there). */
function newestNeed(totals: Partial<Record<ReviewPointCode, PointTotals>>, newest: readonly NewestPoint[]): number {
  let need = 0;
  for (const n of newest) {
    const at = totals[n.point] as PointTotals; // every rated point has its totals
    need += n.level ? gradesTotals(at, n.grades ?? [], []).total.needSupport : at.total.needSupport;
  }
  return need;
}

/** The default plan of a month, naming the year's review point `yearPoint` (DEFAULT_PLAN says Cuối năm, as at primary). */
function defaultPlan(month: number, yearPoint: string): PlanEntry {
  const entry = DEFAULT_PLAN[month];
  return { ...entry, measures: entry.measures.replace('Cuối năm', yearPoint) };
}
