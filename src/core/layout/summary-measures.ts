// Under the numbers of the printed Tổng hợp, what seed 002 asks a semester report for besides the
// results: the measures taken (the Kế hoạch's "Biện pháp" of the months passed) and the measures
// to continue (the months ahead, up to the next review point). Only the school's own Kế hoạch is
// quoted: without one the report says so instead of printing the project's default plan as done.

import type { Analysis } from '../analyse';
import { formatYm } from '../cells';
import type { TimelineMonth } from '../rules/timeline';
import type { Builder } from './builder';

/** "Tháng 9/2025"; months that share one line of the plan ("1+2/2026") as "Tháng 1, 2/2026". */
export function monthsLabel(months: string[]): string {
  const years = [...new Set(months.map((m) => m.split('-')[0]))];
  if (years.length === 1) return `Tháng ${months.map((m) => Number(m.split('-')[1])).join(', ')}/${years[0]}`;
  return months.map((m) => `Tháng ${formatYm(m)}`).join(', ');
}

/** One line per run of months with the same measures, empty measures left out. */
function measureLines(months: TimelineMonth[]): string[] {
  const runs: Array<{ months: string[]; text: string }> = [];
  for (const m of months) {
    const text = m.plan.measures.replace(/\s*\n\s*/g, '; ').trim();
    if (!text) continue;
    const last = runs[runs.length - 1];
    if (last && last.text === text) last.months.push(m.month);
    else runs.push({ months: [m.month], text });
  }
  return runs.map((r) => `- ${monthsLabel(r.months)}: ${r.text}`);
}

/** The months ahead the report commits to: up to the next month with a review point (or the year's end). */
function monthsAhead(timeline: TimelineMonth[]): TimelineMonth[] {
  const ahead = timeline.filter((m) => m.status !== 'past');
  const next = ahead.findIndex((m) => m.reviewPoint !== null);
  return next < 0 ? ahead : ahead.slice(0, next + 1);
}

/** Appends the two lists as sections `number` and `number + 1`; returns the next section number. */
export function measuresSections(b: Builder, analysis: Analysis, number: number): number {
  const width = b.width;
  // A month the school's Kế hoạch leaves out holds the default plan: never quoted as the school's measures.
  const own = new Set(analysis.schoolPlanMonths);
  const school = (months: TimelineMonth[]) => months.filter((m) => own.has(Number(m.month.split('-')[1])));
  const lists: Array<[string, string[]]> = [
    [`${number}. Biện pháp đã thực hiện`, measureLines(school(analysis.timeline.filter((m) => m.status === 'past')))],
    [`${number + 1}. Biện pháp tiếp tục`, measureLines(school(monthsAhead(analysis.timeline)))],
  ];
  for (const [title, lines] of lists) {
    const heading = b.add();
    b.span(heading, 1, width, title, 'bold');
    b.heading(heading);
    const shown = analysis.usingDefaultPlan
      ? ['Chưa có trang "Kế hoạch" của trường: thêm trang Kế hoạch (Tháng, Nội dung, Biện pháp thực hiện, Người thực hiện) để báo cáo ghi các biện pháp.']
      : lines.length > 0 ? lines : ['Kế hoạch không ghi biện pháp cho các tháng này.'];
    for (const line of shown) {
      const r = b.add();
      b.span(r, 1, width, line, 'wrap', ...(analysis.usingDefaultPlan || lines.length === 0 ? ['italic' as const] : []));
    }
    b.add();
  }
  return number + 2;
}
