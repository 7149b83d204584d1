// The notes printed under Tổng hợp's tables (PRODUCT 3.2, 3.4): where THHS comes from, the khối not
// yet rated at a point, and which tabs a point's numbers were read from.

import type { Analysis } from '../analyse';
import { schoolYearLabel } from '../calendar';
import { groupBy } from '../collections';
import { pointLabel } from '../levels';
import type { Flag } from '../rules/flags';
import type { PointTotals, StudentsSource } from '../rules/totals';
import type { ReviewPointCode } from '../vocab';

const THHS_SOURCE: Record<StudentsSource, string> = {
  official: 'số học sinh trong kết quả chính thức các lớp',
  classList: 'tổng sĩ số các lớp theo trang Lớp',
  roster: 'số dòng học sinh trong Danh sách (trang Lớp chưa có sĩ số)',
};

/** Where a khối's THHS comes from; classes with a blank Sĩ số counted by their rows are named. */
function thhsSource(g: PointTotals['byGrade'][number]): string {
  const rows = g.rowClasses ?? [];
  return rows.length === 0 ? THHS_SOURCE[g.studentsSource]
    : `${THHS_SOURCE[g.studentsSource]}, riêng lớp ${rows.join(', ')} (chưa có sĩ số) theo số dòng học sinh trong Danh sách`;
}

/** Where THHS comes from, per khối when the sources differ. */
export function thhsNote(totals: PointTotals): string {
  const bySource = groupBy(totals.byGrade, thhsSource);
  if (bySource.size === 1) return `THHS: ${[...bySource.keys()][0]}.`;
  return 'THHS: ' + [...bySource].map(([source, grades]) => `khối ${grades.map((g) => g.grade).join(', ')} theo ${source}`).join('; ') + '.';
}

/**
 * Under a grade table: the khối nobody of which is rated at the point yet, left out of its rows and
 * TC (rules/totals.ts), so that no "0 need, 0,00%" row stands for a khối not yet rated. Empty when none.
 */
export function unratedNote(totals: PointTotals, label: string): string {
  const grades = totals.unrated ?? [];
  if (grades.length === 0) return '';
  return ` Khối ${grades.join(', ')} chưa có học sinh nào được đánh giá ở mốc ${label}, nên chưa có trong bảng và trong dòng TC;`
    + ' khi giáo viên nhập kết quả mốc này, bấm Tổng hợp lại.';
}

/** Under the trend: the points whose row leaves a khối out ("Dòng Đầu năm chưa tính khối 3 (chưa đánh giá)."). */
export function trendUnratedNote(totals: PointTotals, label: string): string {
  const grades = totals.unrated ?? [];
  return grades.length === 0 ? '' : ` Dòng ${label} chưa tính khối ${grades.join(', ')}: chưa có học sinh nào của khối được đánh giá ở mốc này.`;
}

/**
 * Which tabs a review point's numbers come from: "Nguồn: kết quả vnEdu Cuối học kì I, 3 lớp khối 3
 * (3a, 3b, 3c); trang Danh sách."
 */
export function sourceLine(analysis: Analysis, point: ReviewPointCode): string {
  const parts: string[] = [];
  const used = analysis.official.tabs.filter((u) => u.point === point && (u.use === 'current' || u.use === 'baseline'));
  for (const [key, uses] of groupBy(used, (u) => `${u.use}|${u.tab.style}`)) {
    const [use, style] = key.split('|');
    const kind = style === 'vnEdu' ? 'kết quả vnEdu' : 'bảng kết quả lớp';
    // Only a primary export marks who stays back ("Chưa lên lớp").
    const stays = uses.some((u) => u.tab.level === 'TH') ? ', em chưa lên lớp ở lại khối cũ' : '';
    const promoted = analysis.official.promotedWithoutLists
      ? `; chưa có danh sách lớp năm học ${schoolYearLabel(analysis.schoolYearStart)} nên học sinh được tính lên một khối${stays}` : '';
    const what = use === 'baseline'
      ? `${kind} ${pointLabel('CN', uses.map((u) => u.grade))} ${schoolYearLabel(analysis.schoolYearStart - 1)} (năm học trước${promoted})`
      : `${kind} ${pointLabel(point, uses.map((u) => u.grade))}`;
    const byGrade = [...groupBy(uses, (u) => u.grade as number)].sort((x, y) => x[0] - y[0]);
    parts.push(`${what}, ${byGrade.map(([grade, list]) => `${list.length} lớp khối ${grade} (${list.map((u) => u.tab.sheet).join(', ')})`).join(', ')}`);
  }
  const rosterTabs = analysis.roster.tabs.filter((t) => t.layout).map((t) => t.sheet).join(', ');
  // A point is reported only when the Danh sách or a counted class tab rated it, so parts is never empty.
  if (analysis.roster.blocks.includes(point)) parts.push(`trang ${rosterTabs}`);
  else if (rosterTabs) parts.push(`GV hỗ trợ, HSKT từ trang ${rosterTabs}`);
  return `Nguồn: ${parts.join('; ')}.`;
}

/**
 * A student still needing help in one area and newly in another is in both rows, so Chưa tiến bộ
 * and Cần hỗ trợ mới add up to more than the students needing support: said with how many.
 * `unit`: what the two are on the page, rows of Tổng hợp's table or items of Theo dõi's counts line.
 */
export function bothNote(flags: readonly Flag[], unit: 'dòng' | 'mục' = 'dòng'): string | undefined {
  const rows = flags.map((f) => ({ notImproved: f.kinds.includes('notImproved'), added: f.kinds.includes('new') }));
  const both = rows.filter((r) => r.notImproved && r.added).length;
  const either = rows.filter((r) => r.notImproved || r.added).length;
  // Theo dõi's items are named just above, on the counts line, which the note must not outgrow (one unwrapped line).
  const named = unit === 'dòng' ? ' Chưa tiến bộ và Cần hỗ trợ mới' : '';
  return both > 0
    ? `Có ${both} em vừa chưa tiến bộ ở một mặt vừa cần hỗ trợ mới ở mặt khác, được đếm ở cả hai ${unit}${named}; `
      + `số em ở ít nhất một trong hai ${unit} là ${either}.`
    : undefined;
}
