// "Lịch tháng" cell by cell (PRODUCT 3.5): which month carries which review point, deadline and
// numbers, in which column. Known by hand from a small school.
//
//          ĐN     GKI            CKI          GV hỗ trợ
//   An     Toán   Toán           Toán         Cô Lan      GKI: still needs Toán; CKI: still needs
//   Bình   NL     TV             —            —           GKI: new need, no supporter; CKI: improved
//   Dũng   Toán   —              Toán, PC     Cô Hoa      GKI: improved; CKI: new
//   Em     —      Toán           Toán         —           GKI and CKI: no supporter
//
// ĐN: 3 need support (An, Bình, Dũng), none improved, 1 without GV hỗ trợ (Bình).
// GKI (11/2025): 3 need support, 1 improved (Dũng), 2 without GV hỗ trợ (Bình, Em).
// CKI (12/2025): 3 need support, 1 improved (Bình), 1 without GV hỗ trợ (Em).
// Each past or current month shows the numbers of the latest rated point up to it (Đầu năm from September).

import { timelineLayout, type LayoutCell } from '../../src/core/layout';
import { DEFAULT_PLAN, parsePlan } from '../../src/core/rules/timeline';
import { rosterGrid, run } from '../helpers/grid';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const ok = { Toán: 'H', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'Đ' };
const ROSTER = rosterGrid([
  { name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { DN: { Toán: 'x' }, GKI: { ...ok, Toán: 'C' }, CKI: { ...ok, Toán: 'C' } } },
  { name: 'Bình', className: '1A', ratings: { DN: { 'Năng lực': 'x' }, GKI: { ...ok, 'Tiếng Việt': 'C' }, CKI: ok } },
  { name: 'Dũng', className: '2A', supporter: 'Cô Hoa', ratings: { DN: { Toán: 'x' }, GKI: ok, CKI: { ...ok, Toán: 'C', 'Phẩm chất': 'C' } } },
  { name: 'Em', className: '2A', ratings: { GKI: { ...ok, Toán: 'C' }, CKI: { ...ok, Toán: 'C' } } },
], { points: ['DN', 'GKI', 'CKI'] });

/** Each month row: Tháng, Mốc, Hạn báo cáo, Số liệu tại mốc, Cần hỗ trợ, Tiến bộ, Chưa có GV hỗ trợ, Trạng thái. */
const numbers = (rows: LayoutCell[][]) => rows.slice(4).map((r) => [r[0], r[1], r[5], r[6], r[7], r[8], r[9], r[10]]);

describe('Lịch tháng, cell by cell', () => {
  it('review points in their months, deadlines, and each number in its own column', () => {
    const layout = timelineLayout(run([ROSTER], '2026-01-20'));
    expect(layout.rows[3]).toEqual(['Tháng', 'Mốc đánh giá', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện', 'Hạn báo cáo',
      'Số liệu tại mốc', 'Cần hỗ trợ', 'Tiến bộ', 'Chưa có GV hỗ trợ', 'Trạng thái']);
    expect(numbers(layout.rows)).toEqual([
      ['Tháng 9/2025', '', '25/09', 'Đầu năm', 3, 0, 1, 'Đã qua'],
      ['Tháng 10/2025', '', '25/10', 'Đầu năm', 3, 0, 1, 'Đã qua'],
      ['Tháng 11/2025', 'Giữa học kì I', '25/11', 'Giữa học kì I', 3, 1, 2, 'Đã qua'],
      ['Tháng 12/2025', 'Cuối học kì I', '25/12\n30/12 (học kì I)', 'Cuối học kì I', 3, 1, 1, 'Đã qua'],
      ['Tháng 1/2026', '', '25/01', 'Cuối học kì I', 3, 1, 1, 'Tháng này'],
      ['Tháng 2/2026', '', '25/02', '', '', '', '', 'Sắp tới'],
      ['Tháng 3/2026', 'Giữa học kì II', '25/03', '', '', '', '', 'Sắp tới'],
      ['Tháng 4/2026', '', '25/04', '', '', '', '', 'Sắp tới'],
      ['Tháng 5/2026', 'Cuối năm', '25/05\n25/05 (cả năm)', '', '', '', '', 'Sắp tới'],
    ]);
    expect(layout.rows[0]).toEqual(['LỊCH THEO DÕI HỖ TRỢ HỌC SINH THEO THÁNG - NĂM HỌC 2025-2026']);
    expect(layout.rows[1]).toEqual(['Nội dung theo kế hoạch mẫu. Thêm trang "Kế hoạch" (Tháng, Nội dung, Biện pháp thực hiện, Người thực hiện) để dùng kế hoạch của trường.']);
    // the default plan, month by month
    expect(layout.rows[2]).toEqual(['Số liệu mỗi tháng là của mốc đánh giá gần nhất đã có kết quả tính đến tháng đó (cột "Số liệu tại mốc"); tháng sắp tới chưa có số liệu.']);
    expect(layout.rows.slice(4).map((r) => r.slice(2, 5))).toEqual(
      [9, 10, 11, 12, 1, 2, 3, 4, 5].map((m) => [DEFAULT_PLAN[m].content, DEFAULT_PLAN[m].measures, DEFAULT_PLAN[m].people]));
  });

  it('look: the current month bold, wrapped text, centred numbers, the header frozen', () => {
    const layout = timelineLayout(run([ROSTER], '2026-01-20'));
    expect(layout.styles.bold).toEqual(['A9:K9', 'A4:K4']);
    expect(layout.styles.wrap).toEqual(['A4:K13']); // the header's wrap extended by the rows below
    expect(layout.styles.center).toEqual(['A4:K4', 'G5:J13', 'K5:K13']);
    expect(layout.styles.border).toEqual(['A4:K13']);
    expect(layout.styles.headerFill).toEqual(['A4:K4']);
    expect(layout.styles.title).toEqual(['A1:K1']);
    expect(layout.styles.italic).toEqual(['A2:K3']);
    expect(layout.styles.small).toEqual(['A2:K3']);
    expect(layout.frozenRows).toBe(4);
    // For A4 landscape: 10 pt prints at 9 pt or more.
    expect(layout.columnWidths).toEqual([90, 70, 135, 140, 75, 60, 65, 45, 45, 50, 55]);
    expect(layout.width).toBe(11);
    expect(layout.printable).toBe(false);
    expect(layout.merges).toEqual([]);
    expect(layout.name).toBe('Lịch tháng');
  });

  it('Cấu hình moves review months and deadlines, and adds the summer', () => {
    const layout = timelineLayout(run([ROSTER, { name: 'Cấu hình', values: [
      ['Tháng GKI', 10], ['Tháng CKI', 'tháng 1'], ['Hạn báo cáo tháng (ngày)', '20'],
      ['Hạn báo cáo học kì I', '05/01'], ['Hạn báo cáo cuối năm', '20/5/2026'], ['Lịch tháng gồm hè', 'x'],
    ] }], '2025-10-15'));
    expect(numbers(layout.rows)).toEqual([
      ['Tháng 9/2025', '', '20/09', 'Đầu năm', 3, 0, 1, 'Đã qua'],
      ['Tháng 10/2025', 'Giữa học kì I', '20/10', 'Giữa học kì I', 3, 1, 2, 'Tháng này'],
      ['Tháng 11/2025', '', '20/11', '', '', '', '', 'Sắp tới'],
      ['Tháng 12/2025', '', '20/12', '', '', '', '', 'Sắp tới'],
      ['Tháng 1/2026', 'Cuối học kì I', '20/01\n05/01 (học kì I)', '', '', '', '', 'Sắp tới'],
      ['Tháng 2/2026', '', '20/02', '', '', '', '', 'Sắp tới'],
      ['Tháng 3/2026', 'Giữa học kì II', '20/03', '', '', '', '', 'Sắp tới'],
      ['Tháng 4/2026', '', '20/04', '', '', '', '', 'Sắp tới'],
      ['Tháng 5/2026', 'Cuối năm', '20/05\n20/05 (cả năm)', '', '', '', '', 'Sắp tới'],
      ['Tháng 6/2026', '', '20/06', '', '', '', '', 'Sắp tới'],
      ['Tháng 7/2026', '', '20/07', '', '', '', '', 'Sắp tới'],
    ]);
    expect(layout.rows.slice(4).map((r) => r[2]).slice(9)).toEqual([DEFAULT_PLAN[6].content, DEFAULT_PLAN[7].content]);
  });

  it('says the plan is the school\'s only when its Kế hoạch names every month of the timeline, and the default plan\'s when it names none', () => {
    const plan = (months: string[]) => ({ name: 'Kế hoạch', values: [['Tháng', 'Nội dung', 'Biện pháp', 'Người t/h'], ...months.map((m) => [m, 'Việc', 'Cách', 'GVCN'])] });
    const year = ['9/2025', '10/2025', '11/2025', '12/2025', '1+2/2026', '3/2026', '4/2026', '5/2026'];
    expect(timelineLayout(run([ROSTER, plan(year)], '2025-09-10')).rows[1]).toEqual(['Nội dung lấy từ trang "Kế hoạch" của trường.']);
    expect(timelineLayout(run([ROSTER, plan(year.slice(1))], '2025-09-10')).rows[1])
      .toEqual(['Nội dung tháng 10, 11, 12, 1, 2, 3, 4, 5 lấy từ trang "Kế hoạch" của trường; tháng 9 trang này chưa ghi, nên theo kế hoạch mẫu.']);
    expect(timelineLayout(run([ROSTER, plan(['7/2026'])], '2025-09-10')).rows[1])
      .toEqual(['Trang "Kế hoạch" không ghi tháng nào trong các tháng của lịch này (tháng 9, 10, 11, 12, 1, 2, 3, 4, 5): nội dung theo kế hoạch mẫu.']);
  });

  it('the plan comes from Kế hoạch: one row for two months, two rows for one month joined', () => {
    const layout = timelineLayout(run([ROSTER, { name: 'Kế hoạch', values: [
      ['KẾ HOẠCH HỖ TRỢ HỌC SINH'],
      ['Tháng', 'Nội dung công việc', 'Biện pháp', 'Người t/h'],
      ['9/2025', 'Lập danh sách', 'Rà soát', 'GVCN'],
      ['1+2/2026', 'Hỗ trợ sau Tết', 'Học nhóm', 'GV hỗ trợ'],
      ['Tháng 9', 'Họp phụ huynh', '', 'Ban giám hiệu'],
      ['', 'dòng không có tháng', 'x', 'x'],
    ] }], '2025-09-10'));
    // Changed on purpose: it said every month came from the school's Kế hoạch, October's default plan too.
    expect(layout.rows[1]).toEqual(['Nội dung tháng 9, 1, 2 lấy từ trang "Kế hoạch" của trường; tháng 10, 11, 12, 3, 4, 5 trang này chưa ghi, nên theo kế hoạch mẫu.']);
    const plan = layout.rows.slice(4).map((r) => [r[0], r[2], r[3], r[4]]);
    expect(plan[0]).toEqual(['Tháng 9/2025', 'Lập danh sách\nHọp phụ huynh', 'Rà soát', 'GVCN\nBan giám hiệu']);
    expect(plan[4]).toEqual(['Tháng 1/2026', 'Hỗ trợ sau Tết', 'Học nhóm', 'GV hỗ trợ']);
    expect(plan[5]).toEqual(['Tháng 2/2026', 'Hỗ trợ sau Tết', 'Học nhóm', 'GV hỗ trợ']);
    expect(plan[1]).toEqual(['Tháng 10/2025', DEFAULT_PLAN[10].content, DEFAULT_PLAN[10].measures, DEFAULT_PLAN[10].people]);
    expect(numbers(layout.rows)[0][7]).toBe('Tháng này');
  });

  it('an unreadable month in Kế hoạch is a warning at its cell; a plan without the Tháng column is no plan', () => {
    const parsed = parsePlan({ name: 'Kế hoạch', values: [['Tháng', 'Nội dung'], ['mùa thu', 'x'], ['13', 'y'], ['10', 'z']] }, WALL_CLOCK_OFFSET);
    expect(parsed.problems.map((p) => `${p.code}@${p.cell}:${p.severity}`)).toEqual(['PLAN_MONTH_INVALID@A2:warning', 'PLAN_MONTH_INVALID@A3:warning']);
    expect(parsed.problems[0].message).toBe('Tháng "mùa thu" không đọc được. Ghi như 9/2025, hoặc 1+2/2026 cho hai tháng.');
    expect([...parsed.byMonth.entries()]).toEqual([[10, { content: 'z', measures: '', people: '' }]]);
    expect(parsePlan({ name: 'Kế hoạch', values: [['Nội dung', 'Người thực hiện'], ['x', 'y']] }, WALL_CLOCK_OFFSET)).toEqual({ byMonth: new Map(), present: false, problems: [] });
    expect(parsePlan(undefined, WALL_CLOCK_OFFSET).present).toBe(false);
  });

  it('the default plan has something to say in every column of every month, and names each review in its month', () => {
    for (const m of [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7]) {
      const entry = DEFAULT_PLAN[m];
      expect([entry.content.length > 20, entry.measures.length > 20, entry.people.length > 5]).toEqual([true, true, true]);
    }
    expect(DEFAULT_PLAN[11].measures).toContain('Giữa học kì I');
    expect(DEFAULT_PLAN[12].measures).toContain('Cuối học kì I');
    expect(DEFAULT_PLAN[3].measures).toContain('Giữa học kì II');
    expect(DEFAULT_PLAN[5].measures).toContain('Cuối năm');
  });
});
