// "Tạo bảng mẫu" (PRODUCT 2): the tabs it creates are read back by the add-in's own readers exactly
// as a school would fill them, and their look (merged headers, dropdowns, frozen rows) is pinned.
// Also the PDF link of the printed report (PRODUCT 3.4, 3.6).

import { defaultConfig, parseConfig } from '../../src/core/read/config';
import { parseClassList } from '../../src/core/read/classes';
import { tabPdfUrl } from '../../src/core/pdf';
import { templateTabs } from '../../src/core/templates';
import { DEFAULT_PLAN, parsePlan } from '../../src/core/rules/timeline';
import { REVIEW_POINTS } from '../../src/core/vocab';
import { run } from '../helpers/grid';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

// Made in each test that looks (not once for the file): Stryker's per-test coverage sees only what a test runs.
const tab = (name: string) => templateTabs().find((t) => t.name === name)!;

describe('Tạo bảng mẫu', () => {
  it('creates the four input tabs and the mentors\' log (Nhật ký, PRODUCT 3.8), in this order', () => {
    expect(templateTabs().map((t) => t.name)).toEqual(['Danh sách', 'Lớp', 'Cấu hình', 'Kế hoạch', 'Nhật ký']);
    expect(templateTabs('secondary').map((t) => t.name)).toEqual(['Danh sách', 'Lớp', 'Cấu hình', 'Kế hoạch', 'Nhật ký']);
  });

  it('Danh sách: the fields, then one merged block of four areas per review point, read back by the roster reader', () => {
    const t = tab('Danh sách');
    const fields = ['STT', 'Mã HS', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Lớp', 'HSKT', 'Hoàn cảnh', 'GV hỗ trợ', 'Ghi chú'];
    const areas = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
    // The primary template has no Cuối học kì II: at primary it is Cuối năm.
    const points = REVIEW_POINTS.filter((p) => p.code !== 'CKII');
    expect(t.rows).toEqual([
      [...fields, ...points.flatMap((p) => [p.label, '', '', ''])],
      [...fields.map(() => ''), ...points.flatMap(() => areas)],
    ]);
    expect(t.merges).toEqual([
      ...fields.map((_, i) => `${'ABCDEFGHIJ'[i]}1:${'ABCDEFGHIJ'[i]}2`),
      'K1:N1', 'O1:R1', 'S1:V1', 'W1:Z1', 'AA1:AD1',
    ]);
    expect(t.bold).toEqual(['A1:AD2']);
    expect(t.frozenRows).toBe(2);
    expect(t.columnWidths).toEqual([40, 90, 180, 90, 70, 55, 50, 140, 160, 140, ...new Array(20).fill(70)]);
    const subject = ['T', 'H', 'C', 'x'];
    const quality = ['T', 'Đ', 'C', 'x'];
    expect(t.dropdowns).toEqual([
      ...['K', 'O', 'S', 'W', 'AA'].flatMap((first, p) => {
        const cols = [first, ...[1, 2, 3].map((k) => ['L', 'M', 'N', 'P', 'Q', 'R', 'T', 'U', 'V', 'X', 'Y', 'Z', 'AB', 'AC', 'AD'][p * 3 + k - 1])];
        return cols.map((c, k) => ({ range: `${c}3:${c}500`, values: k < 2 ? subject : quality }));
      }),
      { range: 'G3:G500', values: ['x'] },
      { range: 'E3:E500', values: ['Nam', 'Nữ'] },
    ]);
    // Filled as a teacher would: every field and every review block is read.
    const row = ['1', 'HS01', 'Nguyễn Văn An', '05/09/2018', 'Nữ', '1A', 'x', 'Mồ côi', 'Cô Lan', 'Ghi chú', ...points.flatMap(() => ['C', 'H', 'Đ', 'x'])];
    const a = run([{ name: 'Danh sách', values: [...t.rows, row] }], '2026-06-10');
    expect(a.problems).toEqual([]);
    expect(a.reviewPoints).toEqual(['DN', 'GKI', 'CKI', 'GKII', 'CN']);
    expect(a.students[0]).toMatchObject({
      studentId: 'HS01', name: 'Nguyễn Văn An', birthDate: '2018-09-05', female: true, className: '1A', disability: true,
      supporters: ['Cô Lan'],
    });
    // Hoàn cảnh and Ghi chú are the school's own columns: known fields, kept in the sheet, read as nothing.
    expect(a.roster.tabs[0].layout?.fields).toMatchObject({ hardship: 7, note: 9 });
    expect(a.totals.CN?.total.byArea).toEqual({ Toán: 1, 'Tiếng Việt': 0, 'Năng lực': 0, 'Phẩm chất': 1 });
  });

  it('Lớp: the header the class reader needs', () => {
    const t = tab('Lớp');
    expect(t).toEqual({ name: 'Lớp', rows: [['Lớp', 'Khối', 'GVCN', 'Sĩ số']], merges: [], bold: ['A1:D1'], frozenRows: 1, columnWidths: [80, 60, 180, 60], dropdowns: [] });
    const list = parseClassList({ name: 'Lớp', values: [...t.rows, ['1A', 1, 'Cô Mai', 30]] });
    expect(list.byKey.get('1A')).toMatchObject({ grade: 1, homeroomTeacher: 'Cô Mai', size: 30 });
  });

  it('Cấu hình: every setting with its default, read back as the defaults without a problem', () => {
    const t = tab('Cấu hình');
    expect(t.rows.slice(0, 17)).toEqual([
      ['Mục', 'Giá trị', 'Ghi chú'],
      ['Cơ quan chủ quản', ''], ['Tên trường', ''], ['Địa danh', ''], ['Năm học', ''], ['Người ký', ''],
      ['Chức danh ký', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG'],
      ['Nơi nhận', 'Hiệu trưởng (để báo cáo);\nCác tổ chuyên môn (để thực hiện);\nLưu: VT, CM.'],
      ['Số văn bản', '', 'Số và ký hiệu, ví dụ 15/BC-THHB; để trống số (/BC-THHB) để văn thư ghi tay'],
      ['Tháng Giữa học kì I', '11'], ['Tháng Cuối học kì I', '12'], ['Tháng Giữa học kì II', '3'], ['Tháng Cuối năm', '5'],
      ['Hạn báo cáo tháng (ngày)', '25'], ['Hạn báo cáo học kì I', '30/12'], ['Hạn báo cáo cuối năm', '25/5'], ['Lịch tháng gồm hè', 'không'],
    ]);
    expect([t.merges, t.bold, t.frozenRows, t.columnWidths, t.dropdowns]).toEqual([[], ['A1:C1'], 1, [220, 320, 420], []]);
    const { config, problems } = parseConfig({ name: 'Cấu hình', values: t.rows }, WALL_CLOCK_OFFSET);
    expect(problems).toEqual([]);
    const { ...defaults } = defaultConfig();
    for (const key of ['signerTitle', 'recipients', 'reviewMonths', 'monthlyDeadlineDay', 'semesterDeadline', 'yearDeadline', 'includeSummer'] as const) {
      expect(config[key]).toEqual(defaults[key]);
    }
    // With the school's lines filled in, the report reads them.
    const filled = t.rows.map((r) => (r[0] === 'Tên trường' ? ['Tên trường', 'Trường Tiểu học Hòa An'] : r[0] === 'Năm học' ? ['Năm học', '2025-2026'] : r));
    const parsed = parseConfig({ name: 'Cấu hình', values: filled }, WALL_CLOCK_OFFSET);
    expect([parsed.config.schoolName, parsed.config.schoolYear, parsed.problems]).toEqual(['Trường Tiểu học Hòa An', '2025-2026', []]);
  });

  it('Kế hoạch: the default plan month by month, read back as the default plan', () => {
    const t = tab('Kế hoạch');
    const months = [9, 10, 11, 12, 1, 2, 3, 4, 5];
    expect(t.rows).toEqual([['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện'],
      ...months.map((m) => [String(m), DEFAULT_PLAN[m].content, DEFAULT_PLAN[m].measures, DEFAULT_PLAN[m].people])]);
    expect([t.merges, t.bold, t.frozenRows, t.columnWidths, t.dropdowns]).toEqual([[], ['A1:D1'], 1, [70, 320, 320, 160], []]);
    const plan = parsePlan({ name: 'Kế hoạch', values: t.rows }, WALL_CLOCK_OFFSET);
    expect(plan.problems).toEqual([]);
    expect([...plan.byMonth.keys()]).toEqual(months);
    for (const m of months) expect(plan.byMonth.get(m)).toEqual(DEFAULT_PLAN[m]);
  });
});

describe('the PDF link of Tổng hợp', () => {
  it('A4 landscape, fit to width, no gridlines, NĐ 30 margins, only the printed area', () => {
    expect(tabPdfUrl('abc/123', 42, 'A1:I56')).toBe('https://docs.google.com/spreadsheets/d/abc%2F123/export?format=pdf&gid=42&size=A4&portrait=false'
      + '&fitw=true&gridlines=false&sheetnames=false&printtitle=false&pagenumbers=false&fzr=false'
      + '&top_margin=0.8&bottom_margin=0.8&left_margin=1.2&right_margin=0.7&range=A1%3AI56');
    expect(tabPdfUrl('x', 0)).toBe('https://docs.google.com/spreadsheets/d/x/export?format=pdf&gid=0&size=A4&portrait=false'
      + '&fitw=true&gridlines=false&sheetnames=false&printtitle=false&pagenumbers=false&fzr=false'
      + '&top_margin=0.8&bottom_margin=0.8&left_margin=1.2&right_margin=0.7');
  });
});
