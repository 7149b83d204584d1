// Tạo bảng mẫu by level (PRODUCT 2, 2.3): a primary or a secondary template by the khối of the Lớp
// tab, else by Cấu hình "Cấp học"; and the mentors' log (Nhật ký, PRODUCT 3.8), which the log reader
// reads back, filled as a teacher fills it, without a problem.
import { readLogTab } from '../../src/core/read/log';
import { templateLevel, templateTabs } from '../../src/core/templates';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { columnNumber } from '../../src/core/text';
import { classGrid, run } from '../helpers/grid';

const config = (rows: unknown[][]) => ({ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ...rows] });

describe('which template Tạo bảng mẫu writes', () => {
  // A school of both levels gets one roster of each (issue 18: a TH&THCS school got the primary template only).
  it.each<[string, ReturnType<typeof classGrid> | undefined, ReturnType<typeof config> | undefined, 'primary' | 'secondary' | 'both']>([
    ['khối 6–9 in Lớp', classGrid([['6A', 6, '', 30], ['9B', 9, '', 32]]), undefined, 'secondary'],
    ['khối 10–12 in Lớp, whatever Cấu hình says', classGrid([['10A1', 10, '', 40], ['12A1', '12', '', 38]]), config([['Cấp học', 'Tiểu học']]), 'secondary'],
    ['khối 1–5 in Lớp', classGrid([['1A', 1, '', 30], ['5C', 5, '', 32]]), config([['Cấp học', 'THCS']]), 'primary'],
    ['a TH&THCS in Lớp (khối 1 and 6)', classGrid([['1A', 1, '', 30], ['6A', 6, '', 32]]), undefined, 'both'],
    ['a TH&THCS in Lớp, whatever Cấu hình says', classGrid([['5A', 5, '', 30], ['9A', '9', '', 32]]), config([['Cấp học', 'THCS']]), 'both'],
    ['no khối in Lớp, Cấp học THCS', classGrid([['6A', '', '', 30]]), config([['Cấp học', 'THCS']]), 'secondary'],
    // A class name without a number gives no khối either: Cấu hình decides, not the empty Lớp tab.
    ['no khối in Lớp nor in its class names, Cấp học THCS', classGrid([['Hoa Mai', '', '', 30]]), config([['Cấp học', 'THCS']]), 'secondary'],
    ['no Lớp, Cấp học "Trung học phổ thông"', undefined, config([['Cấp học', 'Trung học phổ thông']]), 'secondary'],
    ['no Lớp, Cấp học "THCS và THPT"', undefined, config([['Cấp học', 'THCS và THPT']]), 'secondary'],
    ['no Lớp, Cấp học "TH&THCS"', undefined, config([['Cấp học', 'TH&THCS']]), 'both'],
    ['no Lớp, Cấp học "Tiểu học"', undefined, config([['Cấp học', 'Tiểu học']]), 'primary'],
    ['nothing said', undefined, undefined, 'primary'],
  ])('%s → %s', (_name, classes, settings, level) => {
    expect(templateLevel(classes, settings)).toBe(level);
  });

  it('the secondary roster has Cuối học kì II and the secondary areas, read back at a THCS khối without a problem', () => {
    const roster = templateTabs('secondary').find((t) => t.name === 'Danh sách')!;
    expect(roster.rows[0].filter(Boolean).slice(-6)).toEqual(['Đầu năm', 'Giữa học kì I', 'Cuối học kì I', 'Giữa học kì II', 'Cuối học kì II', 'Cả năm']);
    expect([...new Set(roster.rows[1].filter(Boolean))].slice(-5)).toEqual(['Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện']);
    // A teacher fills one row: Cả năm Toán 4,5 and Học tập Chưa đạt.
    const width = roster.rows[0].length;
    const row: unknown[] = new Array(width).fill('');
    const at = (label: string) => roster.rows[0].indexOf(label);
    row[roster.rows[0].indexOf('Họ và tên')] = 'Nguyễn Văn An';
    row[roster.rows[0].indexOf('Lớp')] = '6A';
    row[at('Cả năm')] = '4,5';
    row[at('Cả năm') + 3] = 'Chưa đạt';
    const a = run([{ name: 'Danh sách', values: [...roster.rows, row], merges: [] } as never, classGrid([['6A', 6, 'Cô Lan', 30]])], '2026-06-10');
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.students[0].reviews.CN?.need).toEqual(['Toán', 'Học tập']);
  });
});

describe('the template of a school of both levels (TH&THCS)', () => {
  const tabs = templateTabs('both');

  it('one Danh sách per level, each with its own review points and areas; Cấu hình asks for both levels\' settings', () => {
    expect(tabs.map((t) => t.name)).toEqual(['Danh sách tiểu học', 'Danh sách trung học', 'Lớp', 'Cấu hình', 'Kế hoạch', 'Nhật ký']);
    const [primary, secondary] = tabs;
    expect(primary.rows[0].filter(Boolean).slice(-5)).toEqual(['Đầu năm', 'Giữa học kì I', 'Cuối học kì I', 'Giữa học kì II', 'Cuối năm']);
    expect([...new Set(primary.rows[1].filter(Boolean))]).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']);
    expect(primary).toEqual({ ...templateTabs('primary')[0], name: 'Danh sách tiểu học' });
    expect(secondary).toEqual({ ...templateTabs('secondary')[0], name: 'Danh sách trung học' });
    const settings = tabs[3].rows.map((r) => r[0]);
    expect(settings).toEqual(expect.arrayContaining(['Tháng Cuối học kì II', 'Điểm cần hỗ trợ dưới']));
  });

  it('filled as a teacher fills them, the two tabs read as one roster, each khối at its own level without a problem', () => {
    const [primary, secondary] = tabs;
    const row = (tab: typeof primary, cells: Record<string, string>, at: Record<string, string>) => {
      const r: unknown[] = new Array(tab.rows[0].length).fill('');
      for (const [field, value] of Object.entries(cells)) r[tab.rows[0].indexOf(field)] = value;
      // A point's block: its first column under the point's label, then the areas in order.
      for (const [key, value] of Object.entries(at)) {
        const [point, area] = key.split('|');
        r[tab.rows[0].indexOf(point) + tab.rows[1].slice(tab.rows[0].indexOf(point)).indexOf(area)] = value;
      }
      return r;
    };
    const a = run([
      { name: primary.name, values: [...primary.rows, row(primary, { 'Họ và tên': 'Nguyễn Văn An', Lớp: '1A', 'GV hỗ trợ': 'Cô Lan' }, { 'Cuối năm|Toán': 'C', 'Cuối năm|Tiếng Việt': 'H' })] },
      { name: secondary.name, values: [...secondary.rows, row(secondary, { 'Họ và tên': 'Hoàng Thu Hà', Lớp: '6A', 'GV hỗ trợ': 'Thầy Nam' }, { 'Cuối học kì II|Toán': '4,5', 'Cuối học kì II|Học tập': 'Đạt', 'Cả năm|Toán': '4,0', 'Cả năm|Học tập': 'Chưa đạt' })] },
      classGrid([['1A', 1, 'Cô Lan', 30], ['6A', 6, 'Thầy Nam', 32]]),
    ], '2026-06-10');
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.students.map((s) => [s.name, s.grade, Object.keys(s.reviews).filter((p) => s.reviews[p as 'CN']?.rated), s.reviews.CN?.need])).toEqual([
      ['Nguyễn Văn An', 1, ['CN'], ['Toán']],
      ['Hoàng Thu Hà', 6, ['CKII', 'CN'], ['Toán', 'Học tập']],
    ]);
    expect(a.levels.map((l) => [l.level, l.reviewPoints])).toEqual([['TH', ['CN']], ['THCS', ['CKII', 'CN']]]);
  });
});

describe('the Nhật ký template', () => {
  it('has the columns PRODUCT 2 lists, frozen and bold, and reads back as a log', () => {
    const log = templateTabs().find((t) => t.name === 'Nhật ký')!;
    expect(log.rows).toEqual([['Ngày', 'Học sinh', 'Lớp', 'Mã HS', 'GV', 'Nội dung hỗ trợ', 'Kết quả']]);
    expect(log).toMatchObject({ frozenRows: 1, bold: ['A1:G1'], merges: [], dropdowns: [] });
    expect(log.columnWidths).toHaveLength(7);
    const filled = { name: 'Nhật ký', values: [...log.rows, ['15/11/2025', 'Nguyễn Văn An', '6A', '', 'Cô Lan', 'Kèm Toán 2 buổi', 'Tiến bộ']] };
    const read = readLogTab(filled, 2025, WALL_CLOCK_OFFSET);
    expect(read?.problems).toEqual([]);
    expect(read?.entries.map((e) => [e.student, e.className, e.mentor, e.month])).toEqual([['Nguyễn Văn An', '6A', 'Cô Lan', '2025-11']]);
  });
});

describe('the secondary roster template\'s dropdowns', () => {
  it('Học tập and Rèn luyện offer Tốt, Khá, Đạt, Chưa đạt; a scored subject has none (a mark is typed)', () => {
    const roster = templateTabs('secondary').find((t) => t.name === 'Danh sách')!;
    const below = roster.rows[1];
    const areaOf = (range: string) => below[columnNumber(/^[A-Z]+/.exec(range)![0]) - 1];
    const byArea = new Map<string, string[][]>();
    for (const d of roster.dropdowns) {
      const area = areaOf(d.range);
      byArea.set(area, [...(byArea.get(area) ?? []), d.values]);
    }
    // Six review points, each with one list for Học tập and one for Rèn luyện.
    expect(byArea.get('Học tập')).toEqual(new Array(6).fill(['Tốt', 'Khá', 'Đạt', 'Chưa đạt', 'x']));
    expect(byArea.get('Rèn luyện')).toEqual(new Array(6).fill(['Tốt', 'Khá', 'Đạt', 'Chưa đạt', 'x']));
    for (const subject of ['Toán', 'Ngữ văn', 'Ngoại ngữ']) expect(byArea.get(subject)).toBeUndefined();
  });
});

