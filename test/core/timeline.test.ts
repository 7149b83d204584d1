import { parseConfig, parseSchoolYear } from '../../src/core/read/config';
import { buildTimeline, parsePlan, parsePlanMonths } from '../../src/core/rules/timeline';
import type { PointTotals } from '../../src/core/rules/totals';
import type { ReviewPointCode } from '../../src/core/vocab';
import { classGrid, rosterGrid, run, wallClock } from '../helpers/grid';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const config = (rows: unknown[][]) => ({ name: 'Cấu hình', values: rows });

describe('Cấu hình', () => {
  it('uses the defaults when the tab is missing', () => {
    const { config: c, problems } = parseConfig(undefined, WALL_CLOCK_OFFSET);
    expect(c.reviewMonths).toEqual({ DN: 9, GKI: 11, CKI: 12, GKII: 3, CKII: 5, CN: 5 });
    expect(c.monthlyDeadlineDay).toBe(25);
    expect(c.semesterDeadline).toEqual({ day: 30, month: 12 });
    expect(c.yearDeadline).toEqual({ day: 25, month: 5 });
    expect(c.signerTitle).toEqual(['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG']);
    expect(problems).toEqual([]);
  });
  it('reads keys case- and diacritics-insensitively, with dates typed as dates', () => {
    const jan5 = wallClock(2026, 1, 5);
    const { config: c, problems } = parseConfig(config([
      ['TÊN TRƯỜNG:', 'Trường Tiểu học Bình Phú'], ['nam hoc', '2025 – 2026'], ['Tháng giữa HKI', '10'], ['Tháng CKI', 'tháng 1'],
      ['Hạn báo cáo học kì I', jan5], ['Hạn báo cáo cuối năm', '20/5'], ['Hạn báo cáo tháng (ngày)', 20],
      ['Chức danh ký', 'TM. BAN GIÁM HIỆU\nHIỆU TRƯỞNG'], ['Nơi nhận', '- Phòng GDĐT (b/c);\n- Lưu: VT.'], ['Lịch tháng gồm hè', 'có'],
    ]), WALL_CLOCK_OFFSET);
    expect(problems).toEqual([]);
    expect(c.schoolName).toBe('Trường Tiểu học Bình Phú');
    expect(c.schoolYear).toBe('2025-2026');
    expect(c.reviewMonths.GKI).toBe(10);
    expect(c.reviewMonths.CKI).toBe(1);
    expect(c.semesterDeadline).toEqual({ day: 5, month: 1 });
    expect(c.yearDeadline).toEqual({ day: 20, month: 5 });
    expect(c.monthlyDeadlineDay).toBe(20);
    expect(c.signerTitle).toEqual(['TM. BAN GIÁM HIỆU', 'HIỆU TRƯỞNG']);
    expect(c.recipients).toEqual(['Phòng GDĐT (b/c);', 'Lưu: VT.']);
    expect(c.includeSummer).toBe(true);
  });
  it('an unreadable value is a warning at its cell and the default stays', () => {
    const { config: c, problems } = parseConfig(config([['Năm học', 'năm nay'], ['Tháng GKII', '13']]), WALL_CLOCK_OFFSET);
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['CONFIG_VALUE_INVALID@B1', 'CONFIG_VALUE_INVALID@B2']);
    expect(c.schoolYear).toBeUndefined();
    expect(c.reviewMonths.GKII).toBe(3);
  });
  it('school years must be consecutive', () => {
    expect(parseSchoolYear('2025-2026')).toBe('2025-2026');
    expect(parseSchoolYear('2025-2027')).toBeUndefined();
  });
});

describe('Kế hoạch months', () => {
  it.each([['9/2025', [9]], ['1+2/2026', [1, 2]], ['Tháng 3', [3]], [4, [4]], ['11-12', [11, 12]], ['12 - 2', [12, 1, 2]], ['13', []], ['mùa thu', []]])(
    '%s → %s', (value, months) => {
      expect(parsePlanMonths(value, WALL_CLOCK_OFFSET)).toEqual(months);
    });
});

describe('the timeline', () => {
  const roster = rosterGrid([
    { name: 'An', className: '1A', supporter: '', ratings: { GKI: { Toán: 'C' }, CKI: { Toán: 'H' } } },
    { name: 'Bình', className: '1A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' }, CKI: { Toán: 'C' } } },
  ], { points: ['GKI', 'CKI'] });

  it('puts review points, deadlines and numbers in their months', () => {
    const a = run([roster], '2026-01-10');
    const byMonth = Object.fromEntries(a.timeline.map((m) => [m.month, m]));
    expect(a.timeline.map((m) => m.month)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(byMonth['2025-11']).toMatchObject({ reviewPoint: 'GKI', needSupport: 2, improved: 0, noSupporter: 1, status: 'past' });
    expect(byMonth['2025-12']).toMatchObject({ reviewPoint: 'CKI', needSupport: 1, improved: 1, noSupporter: 0, deadlines: ['25/12', '30/12 (học kì I)'] });
    // January, the current month, has no review of its own: its report shows Cuối học kì I's numbers, and says so.
    expect(byMonth['2026-01']).toMatchObject({ reviewPoint: null, numbersAt: 'CKI', needSupport: 1, improved: 1, noSupporter: 0, status: 'current' });
    expect(byMonth['2026-02']).toMatchObject({ numbersAt: null, needSupport: null, status: 'upcoming' });
    // Đầu năm is not a review month, and this roster has no Đầu năm block: September has no numbers.
    expect(byMonth['2025-09']).toMatchObject({ reviewPoint: null, numbersAt: null, needSupport: null });
    expect(byMonth['2026-05'].deadlines).toEqual(['25/05', '25/05 (cả năm)']);
    expect(a.usingDefaultPlan).toBe(true);
    expect(byMonth['2025-09'].plan.content.length).toBeGreaterThan(20);
  });

  it('every past and current month shows the numbers as they stood then, Đầu năm for September and October', () => {
    const grid = rosterGrid([
      { name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { DN: { Toán: 'x', 'Tiếng Việt': 'x' }, GKI: { Toán: 'C' }, CKI: { Toán: 'H' } } },
      { name: 'Bình', className: '1A', supporter: '', ratings: { DN: { Toán: 'x' }, GKI: { Toán: 'C' }, CKI: { Toán: 'C' } } },
      { name: 'Chi', className: '1A', supporter: 'Cô Lan', ratings: { DN: { 'Năng lực': 'x' }, GKI: { Toán: 'H' } } },
    ], { points: ['DN', 'GKI', 'CKI'] });
    const targets = config([['Chỉ tiêu Toán', '99%']]);
    const a = run([grid, classGrid([['1A', 1, 'Cô Lan', 30]]), targets], '2026-01-26');
    const rows = a.timeline.map((m) => [m.month, m.numbersAt, m.needSupport, m.improved, m.noSupporter,
      m.targets && `${m.targets.notMet.length}/${m.targets.judged}`, m.status].join(' '));
    expect(rows).toEqual([
      // notMet/judged: the Toán target for khối 1 and for the whole school (the same 30 students)
      '2025-09 DN 3 0 1 2/2 past', //      3 on the Đầu năm list; Toán: 28 of 30 → 93,33%, below 99%
      '2025-10 DN 3 0 1 2/2 past',
      '2025-11 GKI 2 1 1 2/2 past', //     Chi improved; An and Bình in Toán
      '2025-12 CKI 1 1 1 2/2 past', //     An improved; only Bình in Toán: 29 of 30 → 96,66%
      '2026-01 CKI 1 1 1 2/2 current',
      '2026-02      upcoming', '2026-03      upcoming', '2026-04      upcoming', '2026-05      upcoming',
    ]);
    expect(a.timeline[3].targets?.notMet.map((r) => `${r.area} ${r.grade ?? 'TT'} ${r.gapStudents}`)).toEqual(['Toán 1 1', 'Toán TT 1']);
  });

  it('takes the plan and the months from the school', () => {
    const plan = { name: 'Kế hoạch', values: [['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện'], ['1+2/2026', 'Ôn tập', 'Học nhóm', 'GVCN']] };
    const a = run([roster, plan, config([['Tháng GKI', 10], ['Lịch tháng gồm hè', 'có']])], '2026-01-10');
    expect(a.usingDefaultPlan).toBe(false);
    const byMonth = Object.fromEntries(a.timeline.map((m) => [m.month, m]));
    expect(byMonth['2026-01'].plan).toEqual({ content: 'Ôn tập', measures: 'Học nhóm', people: 'GVCN' });
    expect(byMonth['2026-02'].plan).toEqual({ content: 'Ôn tập', measures: 'Học nhóm', people: 'GVCN' });
    expect(byMonth['2025-10'].reviewPoint).toBe('GKI');
    expect(a.timeline).toHaveLength(11);
  });

  it('an unreadable month in Kế hoạch is a warning at its cell', () => {
    const plan = { name: 'Kế hoạch', values: [['Tháng', 'Nội dung'], ['mùa xuân', 'Ôn tập'], ['3/2026', 'Đánh giá']] };
    const a = run([roster, plan], '2026-01-10');
    expect(a.problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`)).toEqual(['PLAN_MONTH_INVALID@Kế hoạch!A2']);
    expect(a.timeline.find((m) => m.month === '2026-03')?.plan.content).toBe('Đánh giá');
  });

  it('a review month from Cấu hình decides when a missing rating is late', () => {
    const late = rosterGrid([{ name: 'An', className: '1A', supporter: 'x', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI', 'CKI'] });
    expect(run([late], '2026-01-10').flags.map((f) => f.kinds.join())).toContain('notRated');
    expect(run([late, config([['Tháng CKI', 1]])], '2026-01-10').flags.map((f) => f.kinds.join())).not.toContain('notRated');
  });
});

describe('Kế hoạch months as schools write them', () => {
  it.each<[unknown, number[]]>([
    [9, [9]], [1, [1]], [12, [12]], [0, []], [13, []], [9.5, []], [-3, []],
    ['9', [9]], ['9/2025', [9]], ['9 / 2025', [9]], ['Tháng 9', [9]], ['tháng9/2025', [9]], ['THÁNG 10 / 2025', [10]],
    ['1+2/2026', [1, 2]], ['1, 2', [1, 2]], ['1 & 2', [1, 2]], ['1 và 2', [1, 2]], ['2,5', [2, 5]], ['9-11', [9, 10, 11]], ['11 - 2', [11, 12, 1, 2]], ['5 đến 5', [5]], ['12-1', [12, 1]], ['1-3', [1, 2, 3]], ['9-13', []], ['0-5', []], ['5-0', []],
    ['Tháng 1 + tháng 2', [1, 2]], ['1/2026 + 2/2026', [1, 2]], ['Tháng 11/2025 - tháng 2/2026', [11, 12, 1, 2]], ['tháng 9/2025, tháng 10/2025', [9, 10]],
    ['9 tháng', []], ['9/2025 và 10/2025', [9, 10]], ['9/2025x', []], ['thang9 thang', []],
    ['9/20255', []], ['x9', []], ['9-11x', []], ['x9-11', []], ['1+13', []], ['0', []], ['13', []], ['9/2025/2026', []], ['', []], ['tháng', []],
  ])('%j → months %j', (value, months) => {
    expect(parsePlanMonths(value, WALL_CLOCK_OFFSET)).toEqual(months);
  });

  it('an unreadable month, or work without a month, is a warning at the month cell; lines inside a cell become one', () => {
    const plan = parsePlan({ name: 'Kế hoạch', values: [
      ['KẾ HOẠCH HỖ TRỢ'],
      ['Ghi chú', 'Tháng', 'Nội dung'],
      ['', '9/2025', 'Rà soát\r\nlập danh sách'],
      ['', '', 'không tháng'],
      ['', 'tháng chín', 'x'],
    ] }, WALL_CLOCK_OFFSET);
    expect(plan.byMonth.get(9)?.content).toBe('Rà soát lập danh sách');
    expect([...plan.byMonth.keys()]).toEqual([9]);
    expect(plan.problems).toEqual([
      { sheet: 'Kế hoạch', cell: 'B4', row: 4, column: 2, severity: 'warning', code: 'PLAN_MONTH_MISSING',
        message: 'Dòng 4 ghi công việc ("không tháng") nhưng không ghi tháng, nên chưa vào Lịch tháng. Ghi tháng vào ô này, ví dụ 9/2025.' },
      { sheet: 'Kế hoạch', cell: 'B5', row: 5, column: 2, severity: 'warning', code: 'PLAN_MONTH_INVALID',
        message: 'Tháng "tháng chín" không đọc được. Ghi như 9/2025, hoặc 1+2/2026 cho hai tháng.' },
    ]);
  });

  it('a month merged down over several rows of work holds for each; a row without work and month is nothing', () => {
    const plan = parsePlan({ name: 'Kế hoạch', values: [
      ['Tháng', 'Nội dung', 'Người thực hiện'],
      ['10/2025', 'Khảo sát', 'GVCN'],
      ['', 'Họp tổ', ''],
      ['', '', ''],
      ['11/2025', 'Ôn tập', 'GV hỗ trợ'],
    ], merges: [{ row: 2, column: 1, numRows: 2, numColumns: 1 }] }, WALL_CLOCK_OFFSET);
    expect([...plan.byMonth.entries()]).toEqual([
      [10, { content: 'Khảo sát\nHọp tổ', measures: '', people: 'GVCN' }],
      [11, { content: 'Ôn tập', measures: '', people: 'GV hỗ trợ' }],
    ]);
    expect(plan.problems).toEqual([]);
  });
});

describe('Cuối kì II in the timeline (secondary)', () => {
  const emptyPlan = { byMonth: new Map(), present: false, problems: [] };
  const stub = (needSupport: number) => ({ total: { needSupport } }) as unknown as PointTotals;
  const months = (rows: unknown[][], totals: Partial<Record<ReviewPointCode, PointTotals>>) => {
    const { config: c } = parseConfig(config([['Năm học', '2025-2026'], ...rows]), 0);
    return buildTimeline(c, 2025, { year: 2026, month: 6, day: 10 }, emptyPlan, totals, [], [])
      .filter((m) => ['2026-04', '2026-05'].includes(m.month)).map((m) => `${m.month} ${m.reviewPoint} ${m.numbersAt} ${m.needSupport}`);
  };

  it('names its own month when it is rated there and Cuối năm is later', () => {
    expect(months([['Tháng CKII', 4], ['Tháng Cuối năm', 5]], { CKII: stub(7), CN: stub(5) })).toEqual(['2026-04 CKII CKII 7', '2026-05 CN CN 5']);
  });

  it('names no month when not rated, or when it shares Cuối năm\'s month (Cuối năm names it)', () => {
    expect(months([['Tháng CKII', 4], ['Tháng Cuối năm', 5]], { CN: stub(5) })).toEqual(['2026-04 null null null', '2026-05 CN CN 5']);
    expect(months([], { CKII: stub(7), CN: stub(5) })).toEqual(['2026-04 null null null', '2026-05 CN CN 5']);
  });
});
