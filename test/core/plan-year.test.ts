// Review-6 §2: a Kế hoạch month written with another school year's year ("9/2024" in 2025-2026, a
// plan left from last year) was used for 9/2025 without a word, and Lịch tháng's note vouched for
// it; "8/2025" (before the year starts) was dropped without a word. Now a month of another school
// year is a warning at its cell (PLAN_MONTH_OTHER_YEAR) and its row is used for no month; a month
// Lịch tháng does not show (August; June and July while Cấu hình shows no summer) is a warning at
// its cell (PLAN_MONTH_OUTSIDE). A month of the school year with its right year, a month without a
// year, and ranges such as "1+2/2026" read as before.
import fc from 'fast-check';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { yearOfMonth } from '../../src/core/calendar';
import { timelineLayout } from '../../src/core/layout/timeline';
import { parsePlan, type PlanYear } from '../../src/core/rules/timeline';
import { propertyRuns } from '../helpers/property-runs';
import { rosterGrid, run } from '../helpers/grid';

const YEAR: PlanYear = { start: 2025, includeSummer: false };
const plan = (months: unknown[], year: PlanYear = YEAR) =>
  parsePlan({ name: 'Kế hoạch', values: [['Tháng', 'Nội dung'], ...months.map((m, i) => [m, `việc ${i + 1}`])] }, WALL_CLOCK_OFFSET, year);
const told = (p: ReturnType<typeof plan>) => p.problems.map((x) => `${x.severity} ${x.code}@${x.cell}`);

describe('a Kế hoạch month of another school year', () => {
  it('"9/2024" in 2025-2026: a warning at its cell saying what to write; September keeps the other rows\' text only', () => {
    const p = plan(['9/2024', 'Tháng 9/2025', '10/2024']);
    expect([...p.byMonth.entries()]).toEqual([[9, { content: 'việc 2', measures: '', people: '' }]]);
    expect(p.problems.map((x) => `${x.severity} ${x.code}@${x.cell} ${x.message}`)).toEqual([
      'warning PLAN_MONTH_OTHER_YEAR@A2 Tháng "9/2024" không thuộc năm học 2025-2026, nên nội dung dòng này không được dùng cho tháng 9/2025 trong Lịch tháng. '
      + 'Nếu đây là kế hoạch của năm học này, sửa thành "9/2025"; nếu là kế hoạch năm trước, xóa dòng này.',
      'warning PLAN_MONTH_OTHER_YEAR@A4 Tháng "10/2024" không thuộc năm học 2025-2026, nên nội dung dòng này không được dùng cho tháng 10/2025 trong Lịch tháng. '
      + 'Nếu đây là kế hoạch của năm học này, sửa thành "10/2025"; nếu là kế hoạch năm trước, xóa dòng này.',
    ]);
  });

  it.each<[unknown, string, string]>([
    ['1+2/2025', '1/2026, 2/2026', '1+2/2026'],
    ['11/2024 - 2/2025', '11/2025, 12/2025, 1/2026, 2/2026', '11/2025 - 2/2026'],
    ['Tháng 12/2025 + tháng 1/2025', '12/2025, 1/2026', 'Tháng 12/2025 + tháng 1/2026'],
    ['9/2025, 10/2026', '9/2025, 10/2025', '9/2025, 10/2025'],
    [new Date(Date.UTC(2024, 8, 1)), '9/2025', '01/09/2025'],
    ['5/2025', '5/2026', '5/2026'],
  ])('%j: no month of the row is used; the fix is "%s" → "%s"', (month, months, fixed) => {
    const p = plan([month]);
    expect([...p.byMonth.keys()]).toEqual([]);
    expect(told(p)).toEqual(['warning PLAN_MONTH_OTHER_YEAR@A2']);
    expect(p.problems[0].message).toContain(`không được dùng cho tháng ${months} trong Lịch tháng`);
    expect(p.problems[0].message).toContain(`sửa thành "${fixed}"`);
  });

  it.each<[unknown, number[]]>([
    ['9/2025', [9]], ['12/2025', [12]], ['1/2026', [1]], ['5/2026', [5]], ['1+2/2026', [1, 2]], ['11/2025 - 2/2026', [11, 12, 1, 2]],
    ['Tháng 3', [3]], [4, [4]], ['12 - 2', [12, 1, 2]], [new Date(Date.UTC(2026, 2, 1)), [3]],
  ])('%j: read as before, nothing said', (month, months) => {
    const p = plan([month]);
    expect([...p.byMonth.keys()]).toEqual(months);
    expect(p.problems).toEqual([]);
  });

  it('summer months with their right year are used when Cấu hình shows summer; of another year they are not', () => {
    const summer = { start: 2025, includeSummer: true };
    expect([...plan(['6/2026', '7/2026'], summer).byMonth.keys()]).toEqual([6, 7]);
    expect(plan(['6/2026', '7/2026'], summer).problems).toEqual([]);
    const old = plan(['6/2025'], summer);
    expect([[...old.byMonth.keys()], told(old)]).toEqual([[], ['warning PLAN_MONTH_OTHER_YEAR@A2']]);
  });

  it('without a school year to hold it against, every month reads as before', () => {
    const p = parsePlan({ name: 'Kế hoạch', values: [['Tháng', 'Nội dung'], ['9/2024', 'x'], ['8/2025', 'y']] }, WALL_CLOCK_OFFSET);
    expect([[...p.byMonth.keys()], p.problems]).toEqual([[9, 8], []]);
  });

  it('property: a month with a written year is used exactly when the year is its school-year year, and told otherwise', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }).filter((m) => m !== 8), fc.integer({ min: 2020, max: 2030 }), (month, year) => {
      const p = plan([`${month}/${year}`], { start: 2025, includeSummer: true });
      const right = year === yearOfMonth(2025, month);
      expect([...p.byMonth.keys()]).toEqual(right ? [month] : []);
      expect(told(p)).toEqual(right ? [] : ['warning PLAN_MONTH_OTHER_YEAR@A2']);
    }), { numRuns: propertyRuns(200) });
  });
});

describe('a Kế hoạch month Lịch tháng does not show', () => {
  it('"8/2025", before the year starts: a warning at its cell', () => {
    const p = plan(['8/2025', '9/2025']);
    expect(p.problems.map((x) => `${x.severity} ${x.code}@${x.cell} ${x.message}`)).toEqual([
      'warning PLAN_MONTH_OUTSIDE@A2 Tháng "8/2025" không có trong Lịch tháng: tháng 8 là trước khi năm học 2025-2026 bắt đầu '
      + '(Lịch tháng bắt đầu từ tháng 9; việc chuẩn bị năm học có thể ghi vào tháng 9/2025).']);
  });

  it.each<[unknown, string]>([['Tháng 8', 'A2'], [8, 'A2'], ['8/2024', 'A2'], ['8/2026', 'A2']])('%j: August of any year, said at its cell', (month, cell) => {
    expect(told(plan([month]))).toEqual([`warning PLAN_MONTH_OUTSIDE@${cell}`]);
  });

  it('June while Cấu hình shows no summer: said, with the setting to change; a row reaching into the year keeps its other months', () => {
    const p = plan(['6/2026', '8 - 10']);
    expect([...p.byMonth.keys()]).toEqual([6, 8, 9, 10]);
    expect(p.problems.map((x) => `${x.code}@${x.cell} ${x.message}`)).toEqual([
      'PLAN_MONTH_OUTSIDE@A2 Tháng "6/2026" không có trong Lịch tháng: tháng 6 là tháng hè, mà Lịch tháng chưa gồm hè (để có, ghi "có" ở dòng "Lịch tháng gồm hè" của trang "Cấu hình").',
      'PLAN_MONTH_OUTSIDE@A3 Tháng "8 - 10" không có trong Lịch tháng: tháng 8 là trước khi năm học 2025-2026 bắt đầu '
      + '(Lịch tháng bắt đầu từ tháng 9; việc chuẩn bị năm học có thể ghi vào tháng 9/2025). Các tháng khác của dòng này vẫn được dùng.',
    ]);
  });
});

describe('through analyse: the school year from Cấu hình, or from the run date', () => {
  const roster = rosterGrid([{ name: 'An', className: '1A', supporter: '', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI'] });
  const kh = (rows: unknown[][]) => ({ name: 'Kế hoạch', values: [['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện'], ...rows] });

  it('last year\'s plan in 2025-2026: its months hold the default plan, each row said at its cell', () => {
    const a = run([roster, kh([['9/2024', 'Kế hoạch cũ', 'x', 'y'], ['10/2025', 'Kế hoạch mới', 'x', 'y']])], '2025-10-10');
    const content = Object.fromEntries(a.timeline.map((m) => [m.month, m.plan.content]));
    expect(content['2025-09']).not.toBe('Kế hoạch cũ');
    expect(content['2025-10']).toBe('Kế hoạch mới');
    expect(a.problems.filter((p) => p.sheet === 'Kế hoạch').map((p) => `${p.code}@${p.cell}`)).toEqual(['PLAN_MONTH_OTHER_YEAR@A2']);
    expect(a.schoolPlanMonths).toEqual([10]);
    expect(timelineLayout(a).rows[1]).toEqual(['Nội dung tháng 10 lấy từ "Kế hoạch"; tháng 9, 11, 12, 1, 2, 3, 4, 5 theo kế hoạch mẫu (có dòng ghi năm học khác: xem "Kiểm tra").']);
  });

  it('only last year\'s months: the note says none of this year\'s is written, and why', () => {
    const a = run([roster, kh([['9/2024', 'Kế hoạch cũ', 'x', 'y']])], '2025-10-10');
    expect(timelineLayout(a).rows[1]).toEqual(['Trang "Kế hoạch" không ghi tháng nào của lịch này (có dòng ghi năm học khác: xem "Kiểm tra"): nội dung theo kế hoạch mẫu.']);
  });

  it('Năm học 2024-2025 in Cấu hình: the same plan is that year\'s', () => {
    const a = run([roster, kh([['9/2024', 'Kế hoạch cũ', 'x', 'y']]), { name: 'Cấu hình', values: [['Năm học', '2024-2025']] }], '2025-10-10');
    expect(a.timeline[0]).toMatchObject({ month: '2024-09', plan: { content: 'Kế hoạch cũ' } });
    expect(a.problems.filter((p) => p.sheet === 'Kế hoạch')).toEqual([]);
  });

  it('summer: 6/2026 is used when Cấu hình includes summer, and said when it does not', () => {
    const rows = [['6/2026', 'Ôn hè', 'x', 'y']];
    const on = run([roster, kh(rows), { name: 'Cấu hình', values: [['Lịch tháng gồm hè', 'có']] }], '2025-10-10');
    expect(on.timeline.find((m) => m.month === '2026-06')?.plan.content).toBe('Ôn hè');
    expect(on.problems.filter((p) => p.sheet === 'Kế hoạch')).toEqual([]);
    const off = run([roster, kh(rows)], '2025-10-10');
    expect(off.problems.filter((p) => p.sheet === 'Kế hoạch').map((p) => `${p.code}@${p.cell}`)).toEqual(['PLAN_MONTH_OUTSIDE@A2']);
  });
});
