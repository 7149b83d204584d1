// Targets on the printed Tổng hợp and in Lịch tháng (PRODUCT 3.5, 3.7), on the hand-counted school of
// test/helpers/hand-counted.ts: Cuối học kì I, khối 1 THHS 40 (Toán: An), khối 2 THHS 70 (Toán: Dũng,
// Em, Giang); the run is on 10/01/2026.

import { summaryLayout, timelineLayout, type TabLayout } from '../../src/core/layout';
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { HAND_CLASSES, HAND_COUNTED } from '../helpers/hand-counted';

const school = (targets: string[][]) => run([rosterGrid(HAND_COUNTED, { points: ['CKI'] }), classGrid(HAND_CLASSES),
  { name: 'Cấu hình', values: targets }], '2026-01-10');
const texts = (layout: TabLayout) => layout.rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')));

describe('Lịch tháng: how the targets stood at the point each month reads from', () => {
  it.each([
    // Toán ≥ 90%: 39/40 = 97,50%, 67/70 = 95,71%, 106/110 = 96,36%: all met.
    [[['Chỉ tiêu Toán', '90%']], 'Đạt 3/3'],
    // Toán ≥ 97%: khối 1 met; khối 2 95,71% (97% of 70 = 67,9 → 68: one more); whole school 96,36% (106,7 → 107: one more).
    [[['Chỉ tiêu Toán', '97%']], 'Chưa đạt 2/3: Toán khối 2 (cần thêm 1 HS); Toán toàn trường (cần thêm 1 HS)'],
    // Only a target that could not be judged: nothing to say.
    [[['Chỉ tiêu Khoa học', '99%']], ''],
  ])('%j → "%s"', (targets, said) => {
    const rows = texts(timelineLayout(school(targets)));
    const byMonth = (m: string) => (rows.find((r) => r[0] === m) as unknown[]).slice(6);
    expect(byMonth('12/2025')).toEqual(['Cuối học kì I', 7, 0, 0, said, 'Đã qua']);
    expect(byMonth('01/2026')).toEqual(['Cuối học kì I', 7, 0, 0, said, 'Tháng này']);
    expect(byMonth('02/2026')).toEqual(['', '', '', '', '', 'Sắp tới']);
  });
});

describe('Tổng hợp: the targets section', () => {
  it('when no target could be judged at the latest point, one line sends the reader to Kiểm tra', () => {
    const rows = texts(summaryLayout(school([['Chỉ tiêu Khoa học', '99%']]))).map((r) => r.slice(0, 9).join('|').replace(/\|+$/, ''));
    const title = rows.indexOf('2. Chỉ tiêu và kết quả - Cuối học kì I');
    expect(title).toBeGreaterThan(0);
    expect(rows.slice(title, title + 4)).toEqual([
      '2. Chỉ tiêu và kết quả - Cuối học kì I',
      'Chưa đối sánh được chỉ tiêu nào ở mốc này: xem các mục "Chỉ tiêu" trong trang Kiểm tra.',
      '',
      '3. Diễn biến qua các mốc đánh giá',
    ]);
  });
});
