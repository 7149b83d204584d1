// Tạo bảng mẫu by level (PRODUCT 2, 2.3): a primary or a secondary template by the khối of the Lớp
// tab, else by Cấu hình "Cấp học"; and the mentors' log (Nhật ký, PRODUCT 3.8), which the log reader
// reads back, filled as a teacher fills it, without a problem.
import { readLogTab } from '../../src/core/read/log';
import { templateLevel, templateTabs } from '../../src/core/templates';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { classGrid, run } from '../helpers/grid';

const config = (rows: unknown[][]) => ({ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ...rows] });

describe('which template Tạo bảng mẫu writes', () => {
  it.each<[string, ReturnType<typeof classGrid> | undefined, ReturnType<typeof config> | undefined, 'primary' | 'secondary']>([
    ['khối 6–9 in Lớp', classGrid([['6A', 6, '', 30], ['9B', 9, '', 32]]), undefined, 'secondary'],
    ['khối 10–12 in Lớp, whatever Cấu hình says', classGrid([['10A1', 10, '', 40], ['12A1', '12', '', 38]]), config([['Cấp học', 'Tiểu học']]), 'secondary'],
    ['khối 1–5 in Lớp', classGrid([['1A', 1, '', 30], ['5C', 5, '', 32]]), config([['Cấp học', 'THCS']]), 'primary'],
    ['a TH&THCS in Lớp (khối 1 and 6)', classGrid([['1A', 1, '', 30], ['6A', 6, '', 32]]), undefined, 'primary'],
    ['no khối in Lớp, Cấp học THCS', classGrid([['6A', '', '', 30]]), config([['Cấp học', 'THCS']]), 'secondary'],
    ['no Lớp, Cấp học "Trung học phổ thông"', undefined, config([['Cấp học', 'Trung học phổ thông']]), 'secondary'],
    ['no Lớp, Cấp học "THCS và THPT"', undefined, config([['Cấp học', 'THCS và THPT']]), 'secondary'],
    ['no Lớp, Cấp học "TH&THCS"', undefined, config([['Cấp học', 'TH&THCS']]), 'primary'],
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
