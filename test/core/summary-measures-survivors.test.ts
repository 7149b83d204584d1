// Tổng hợp's "Biện pháp" lists (src/core/layout/summary-measures.ts), with a hand-made timeline: a
// month's measures are read without the spaces around them, so two months that say the same thing
// share one line.
import type { Analysis } from '../../src/core/analyse';
import { Builder } from '../../src/core/layout/builder';
import { measuresSections } from '../../src/core/layout/summary-measures';

/** Only what measuresSections reads: the timeline, the months the school's Kế hoạch names, whether it has one. */
const analysis = (timeline: Array<{ month: string; status: string; measures: string }>): Analysis => ({
  schoolPlanMonths: timeline.map((m) => Number(m.month.slice(5, 7))),
  usingDefaultPlan: false,
  timeline: timeline.map((m) => ({ month: m.month, status: m.status, reviewPoint: null, plan: { measures: m.measures } })),
} as unknown as Analysis);

const texts = (b: Builder) => b.rows.map((r) => r[0]).filter((c): c is string => typeof c === 'string');

describe('measuresSections', () => {
  it('joins two past months whose measures differ only by spaces around them into one line, without those spaces', () => {
    const b = new Builder(8, true);
    measuresSections(b, analysis([
      { month: '2025-09', status: 'past', measures: 'Phụ đạo ngoài giờ ' },
      { month: '2025-10', status: 'past', measures: '  Phụ đạo ngoài giờ' },
    ]), 5);
    expect(texts(b)).toEqual([
      '5. Biện pháp đã thực hiện',
      '- Tháng 9, 10/2025: Phụ đạo ngoài giờ',
      '6. Biện pháp tiếp tục',
      'Kế hoạch không ghi biện pháp cho các tháng này.',
    ]);
  });

  it('leaves out a month whose measures are only spaces', () => {
    const b = new Builder(8, true);
    measuresSections(b, analysis([{ month: '2025-11', status: 'current', measures: '   ' }]), 1);
    expect(texts(b)).toEqual(['1. Biện pháp đã thực hiện', 'Kế hoạch không ghi biện pháp cho các tháng này.',
      '2. Biện pháp tiếp tục', 'Kế hoạch không ghi biện pháp cho các tháng này.']);
  });
});
