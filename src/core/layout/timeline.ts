// "Lịch tháng": one row per month of the school year. Each past and current month carries the
// numbers as they stood then (the review point they come from is named), so the monthly report
// reads from one row; with targets set, also how the targets stood at that point.

import type { Analysis } from '../analyse';
import { schoolYearLabel } from '../calendar';
import { formatYm } from '../cells';
import { gradeLabel } from '../rules/target-text';
import type { TimelineMonth } from '../rules/timeline';
import { columnLetters } from '../text';
import { newestPointsText, pointLabel } from '../levels';
import { Builder, type LayoutCell, type TabLayout } from './builder';
import { fitForPrint } from './measure';

const STATUS_LABEL = { past: 'Đã qua', current: 'Tháng này', upcoming: 'Sắp tới' };
/** Misses named in one cell; the rest are counted. */
const MISSES_SHOWN = 3;

/** "Đạt 12/12", or "Chưa đạt 2/12: Toán khối 1 (cần thêm 1 HS); …". */
function targetsText(m: TimelineMonth): string {
  // Every target judged is judged at every rated point, so a month with targets has some judged.
  if (!m.targets) return '';
  const { judged, notMet } = m.targets;
  if (notMet.length === 0) return `Đạt ${judged}/${judged}`;
  const named = notMet.slice(0, MISSES_SHOWN).map((r) => `${r.area} ${gradeLabel(r.grade)} (cần thêm ${r.gapStudents} HS)`);
  return `Chưa đạt ${notMet.length}/${judged}: ${named.join('; ')}${notMet.length > MISSES_SHOWN ? '; …' : ''}`;
}

/**
 * Where the plan's text comes from, truthfully: the months the school's Kế hoạch names are the
 * school's; the others hold the default plan (rules/timeline.ts), and the note says which.
 */
function planNote(analysis: Analysis): string {
  if (analysis.usingDefaultPlan) {
    return 'Nội dung theo kế hoạch mẫu. Thêm trang "Kế hoạch" (Tháng, Nội dung, Biện pháp thực hiện, Người thực hiện) để dùng kế hoạch của trường.';
  }
  const named = new Set(analysis.schoolPlanMonths);
  const months = analysis.timeline.map((m) => Number(m.month.slice(5, 7)));
  const own = months.filter((m) => named.has(m));
  const others = months.filter((m) => !named.has(m));
  if (others.length === 0) return 'Nội dung lấy từ trang "Kế hoạch" của trường.';
  // Named months outside the calendar (summer ones while Cấu hình shows no summer) are not "no month".
  // A month written with another school year's year is not "not written" either: the note says where
  // it is told, in words short enough for the note's one line.
  const otherYear = analysis.problems.some((p) => p.code === 'PLAN_MONTH_OTHER_YEAR') ? ' (có dòng ghi năm học khác: xem "Kiểm tra")' : '';
  if (own.length === 0) {
    return otherYear ? `Trang "Kế hoạch" không ghi tháng nào của lịch này${otherYear}: nội dung theo kế hoạch mẫu.`
      : `Trang "Kế hoạch" không ghi tháng nào trong các tháng của lịch này (tháng ${months.join(', ')}): nội dung theo kế hoạch mẫu.`;
  }
  return otherYear ? `Nội dung tháng ${own.join(', ')} lấy từ "Kế hoạch"; tháng ${others.join(', ')} theo kế hoạch mẫu${otherYear}.`
    : `Nội dung tháng ${own.join(', ')} lấy từ trang "Kế hoạch" của trường; tháng ${others.join(', ')} trang này chưa ghi, nên theo kế hoạch mẫu.`;
}

export function timelineLayout(analysis: Analysis): TabLayout {
  const withTargets = analysis.targets.length > 0;
  const withLog = analysis.mentoring.logTabs.length > 0;
  const width = 11 + (withTargets ? 1 : 0) + (withLog ? 1 : 0);
  const b = new Builder(width);
  const t = b.add();
  b.span(t, 1, width, `LỊCH THEO DÕI HỖ TRỢ HỌC SINH THEO THÁNG - NĂM HỌC ${schoolYearLabel(analysis.schoolYearStart)}`, 'title');
  const note = b.add();
  b.span(note, 1, width, planNote(analysis), 'italic', 'small');
  const numbers = b.add();
  b.span(numbers, 1, width, 'Số liệu mỗi tháng là của mốc đánh giá gần nhất đã có kết quả tính đến tháng đó (cột "Số liệu tại mốc"); tháng sắp tới chưa có số liệu.', 'italic', 'small');
  const header = b.add(['Tháng', 'Mốc đánh giá', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện', 'Hạn báo cáo',
    'Số liệu tại mốc', 'Cần hỗ trợ', 'Tiến bộ', 'Chưa có GV hỗ trợ', ...(withTargets ? ['Chỉ tiêu'] : []),
    ...(withLog ? ['Có nhật ký đỡ đầu'] : []), 'Trạng thái']);
  // Cả năm names Cuối năm when every khối is secondary (TT22).
  const grades = analysis.levels.flatMap((l) => l.grades);
  for (const m of analysis.timeline) {
    const cells: LayoutCell[] = [`Tháng ${formatYm(m.month)}`, m.reviewPoint ? pointLabel(m.reviewPoint, grades) : '', m.plan.content, m.plan.measures,
      m.plan.people, m.deadlines.join('\n'), newestPointsText(m.newest),
      m.needSupport ?? '', m.improved ?? '', m.noSupporter ?? '', ...(withTargets ? [targetsText(m)] : []),
      ...(withLog ? [m.logged ? `${m.logged.students}/${m.logged.supported} em` : ''] : []), STATUS_LABEL[m.status]];
    const r = b.add(cells);
    if (m.status === 'current') b.style('bold', b.rowRange(r));
  }
  const last = columnLetters(width);
  b.table(header, b.rows.length);
  b.style('wrap', `A${header + 1}:${last}${b.rows.length}`);
  b.style('center', `G${header + 1}:J${b.rows.length}`);
  b.style('center', `${last}${header + 1}:${last}${b.rows.length}`);
  if (withLog) b.style('center', `${columnLetters(width - 1)}${header + 1}:${columnLetters(width - 1)}${b.rows.length}`);
  // Chosen for A4 landscape so 10 pt prints at 9 pt or more: the text columns (Nội dung, Biện
  // pháp, Người thực hiện, Chỉ tiêu) give way when the targets and the log columns are both there.
  const widths = [90, 70, 135, 140, 75, 60, 65, 45, 45, 50, ...(withTargets ? [135] : []), ...(withLog ? [55] : []), 55];
  const text = [2, 3, 4, ...(withTargets ? [10] : [])];
  return b.build('timeline', fitForPrint(widths, text, 10), header, false);
}
