// Lịch tháng's note on where its plan comes from (src/core/layout/timeline.ts), with a hand-made
// analysis: the school's own months are listed with commas also when a Kế hoạch row names another year.
import type { Analysis } from '../../src/core/analyse';
import { timelineLayout } from '../../src/core/layout/timeline';

const month = (ym: string) => ({
  month: ym, status: 'past', reviewPoint: null, plan: { content: '', measures: '', people: '' }, deadlines: [], newest: [],
});

describe('timelineLayout\'s plan note', () => {
  it('lists the months from the school\'s Kế hoạch as "9, 10" beside a row of another school year', () => {
    const analysis = {
      schoolYearStart: 2025, usingDefaultPlan: false, schoolPlanMonths: [9, 10], targets: [], mentoring: { logTabs: [] }, levels: [],
      timeline: ['2025-09', '2025-10', '2025-11'].map(month),
      problems: [{ code: 'PLAN_MONTH_OTHER_YEAR' }],
    } as unknown as Analysis;
    expect(timelineLayout(analysis).rows[1][0])
      .toBe('Nội dung tháng 9, 10 lấy từ "Kế hoạch"; tháng 11 theo kế hoạch mẫu (có dòng ghi năm học khác: xem "Kiểm tra").');
  });
});
