import { checkLayout, summaryLayout, trackingLayout, timelineLayout, type LayoutCell, type TabLayout } from '../../src/core/layout';
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { HAND_CLASSES, HAND_COUNTED, HAND_TARGETS } from '../helpers/hand-counted';

const text = (rows: LayoutCell[][]) => rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')).join('|'));

describe('Kiểm tra layout', () => {
  it('says so when there is nothing wrong', () => {
    const a = run([rosterGrid([{ name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI'] })]);
    const lines = text(checkLayout(a).rows);
    expect(lines.some((l) => l.startsWith('Không có lỗi hay cảnh báo nào.'))).toBe(true);
    expect(lines[1]).toMatch(/^Đã đọc 1 dòng học sinh: 1 dòng được tính, 0 dòng bị loại vì có lỗi\. 0 lỗi, 0 cảnh báo\./);
  });
  it('groups problems by class however the class is spelled, with a link to each cell', () => {
    const a = run([
      rosterGrid([
        { name: 'An', className: '1a', ratings: { GKI: { Toán: 'C' } } },
        { name: 'Bình', className: 'Lớp 1A', ratings: { GKI: { Toán: 'Z' } } },
        { name: '', className: '', ratings: { GKI: { Toán: 'C' } } },
      ], { points: ['GKI'] }),
      classGrid([['1A', 1, 'Cô Lan', 30]]),
    ]);
    const layout = checkLayout(a);
    const lines = text(layout.rows);
    expect(lines.filter((l) => l.startsWith('Lớp 1A|'))).toHaveLength(1);
    const groupStart = lines.indexOf('Lớp 1A');
    expect(groupStart).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Chung')));
    const link = layout.rows.flat().find((c) => c && typeof c === 'object');
    expect(link).toEqual({ text: 'B5', sheet: 'Danh sách', cell: 'B5' });
  });

  it('styles consecutive rows with one range, so a long list costs one call per style', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ name: `Em ${i}`, className: '1A', supporter: 'x', ratings: { GKI: { Toán: 'Z' } } }));
    const layout = checkLayout(run([rosterGrid(rows, { points: ['GKI'] })]));
    expect(layout.styles.errorText).toEqual(['D7:D56']);
    expect(layout.styles.warningText).toBeUndefined();
  });
});

describe('Tổng hợp layout', () => {
  it('carries the official header, the grade table with TC, and the signature block', () => {
    const a = run([
      rosterGrid([{ name: 'An', className: '1A', supporter: 'x', ratings: { GKI: { Toán: 'C' } } }], { points: ['GKI'] }),
      { name: 'Cấu hình', values: [['Cơ quan chủ quản', 'UBND xã Hòa An'], ['Tên trường', 'Trường Tiểu học Hòa An'], ['Địa danh', 'Hòa An'], ['Người ký', 'Trần Thị Mai']] },
    ], '2026-01-05');
    const layout = summaryLayout(a);
    const lines = text(layout.rows);
    expect(lines[0]).toContain('UBND XÃ HÒA AN');
    expect(lines[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines[1]).toContain('TRƯỜNG TIỂU HỌC HÒA AN');
    expect(lines[1]).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(lines[2]).toContain('Hòa An, ngày 05 tháng 01 năm 2026');
    expect(lines).toContain('TC|1|1|1|0|0|0|0|100,00%');
    expect(lines.some((l) => l.includes('KT. HIỆU TRƯỞNG'))).toBe(true);
    expect(lines.some((l) => l.includes('PHÓ HIỆU TRƯỞNG'))).toBe(true);
    expect(lines[lines.length - 1]).toContain('Trần Thị Mai');
    expect(layout.printable).toBe(true);
  });
});

describe('the chart beside Tổng hợp', () => {
  it('puts needs per khối and review point beside the printed area, with a chart below them', () => {
    const a = run([rosterGrid([
      { name: 'An', className: '1A', supporter: 'x', ratings: { DN: { Toán: 'x' }, GKI: { Toán: 'C' } } },
      { name: 'Bình', className: '2A', supporter: 'x', ratings: { DN: { Toán: 'x' }, GKI: { Toán: 'H' } } },
    ], { points: ['DN', 'GKI'] })], '2025-12-01');
    const layout = summaryLayout(a);
    // 4 areas → report columns A..I (9), an empty J, the block in K..M
    expect(layout.printArea).toMatch(/^A1:I\d+$/);
    expect(layout.chart).toEqual({ range: 'K1:M3', row: 5, column: 11, title: 'Số học sinh cần hỗ trợ theo khối và mốc đánh giá' });
    expect(layout.rows.slice(0, 3).map((r) => r.slice(10))).toEqual([
      ['Khối', 'Đầu năm', 'Giữa học kì I'], ['Khối 1', 1, 1], ['Khối 2', 1, 0],
    ]);
    expect(layout.width).toBe(13);
    expect(layout.columnWidths).toHaveLength(13);
  });
  it('has no chart before any rating', () => {
    const layout = summaryLayout(run([rosterGrid([], { points: ['GKI'] })]));
    expect(layout.chart).toBeUndefined();
  });
});

describe('Theo dõi layout', () => {
  const roster = rosterGrid([
    { name: 'Nguyễn Văn Bình', className: '2A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' }, CN: { Toán: 'C' } } },
    { name: 'Trần Thị An', className: '2A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' }, CN: { 'Tiếng Việt': 'C' } } },
    // Khối 10 is THPT: Toán is scored (4,5 needs support, 7,0 does not).
    { name: 'Lê Văn Ánh', className: '10A', supporter: '', ratings: { GKI: { Toán: '4,5' }, CN: { Toán: '7,0' } } },
    { name: 'Đỗ Minh Châu', className: '1B', supporter: 'Thầy Nam', ratings: { GKI: { 'Năng lực': 'C' }, CN: { 'Năng lực': 'C' } } },
  ], { points: ['GKI', 'CN'] });
  let lines: string[];
  beforeEach(() => { lines = text(trackingLayout(run([roster, classGrid([['2A', 2, 'Cô Hoa', 30]])], '2026-06-01')).rows); });

  it('puts the summer list first at Cuối năm, then sections newest first', () => {
    // Khối 10 is THPT: the primary list says so, and the secondary part follows it.
    const summer = lines.findIndex((l) => l.startsWith('DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ (TIỂU HỌC): 3 học sinh'));
    expect(lines.findIndex((l) => l.startsWith('TRUNG HỌC, SAU CẢ NĂM: 0 học sinh'))).toBeGreaterThan(summer);
    const cn = lines.findIndex((l) => l.startsWith('CUỐI NĂM: 3 học sinh cần hỗ trợ'));
    const gki = lines.findIndex((l) => l.startsWith('GIỮA HỌC KÌ I: 4 học sinh cần hỗ trợ'));
    expect(summer).toBeGreaterThan(0);
    expect(cn).toBeGreaterThan(summer);
    expect(gki).toBeGreaterThan(cn);
    expect(lines[cn + 1]).toBe('Chưa tiến bộ: 2 · Cần hỗ trợ mới: 1 · Đã tiến bộ: 1 · Chưa có GV hỗ trợ: 0 · Chưa được đánh giá: 0');
  });

  it('orders by khối, lớp, then given name in Vietnamese order, each class under a heading with its GVCN, a row link', () => {
    // At the newest point (Cuối năm; Cả năm for khối 10), each student.
    const cn = lines.findIndex((l) => l.startsWith('CUỐI NĂM'));
    const rows = lines.slice(cn + 2, cn + 12);
    expect(rows.filter((l) => l.startsWith('Lớp '))).toEqual([
      'Lớp 1B - Cuối năm: 1 học sinh', 'Lớp 2A (GVCN Cô Hoa) - Cuối năm: 2 học sinh', 'Lớp 10A - Cả năm: 1 học sinh',
    ]);
    const students = rows.filter((l) => l !== '' && !l.startsWith('Lớp ') && !l.startsWith('Họ và tên|'));
    expect(students.map((l) => l.split('|')[0])).toEqual(['Đỗ Minh Châu', 'Trần Thị An', 'Nguyễn Văn Bình', 'Lê Văn Ánh']);
    expect(students[1]).toBe('Trần Thị An|Tiếng Việt|Cần hỗ trợ mới|Cô Lan|Dòng 4');
    // GKI is an older point here: one row per class in the same order, counted (issue 20), and its Cộng.
    const gki = lines.findIndex((l) => l.startsWith('GIỮA HỌC KÌ I'));
    expect(lines.slice(gki + 3, gki + 8)).toEqual([
      'Lớp|Chưa tiến bộ|Cần hỗ trợ mới|Đã tiến bộ|Chưa có GV hỗ trợ|Chưa được đánh giá',
      '1B|0|1|0|0|0', '2A (GVCN Cô Hoa)|0|2|0|0|0',
      // Ánh had no GV hỗ trợ.
      '10A|0|1|0|1|0', 'Cộng|0|4|0|1|0',
    ]);
  });
});

describe('Lịch tháng layout', () => {
  it('one row per month of the school year with its status', () => {
    const a = run([rosterGrid([], { points: ['GKI'] })], '2025-11-10');
    const lines = text(timelineLayout(a).rows);
    const months = lines.filter((l) => /^Tháng \d{1,2}\/\d{4}\|/.test(l)).map((l) => l.split('|')[0]);
    expect(months).toEqual(['Tháng 9/2025', 'Tháng 10/2025', 'Tháng 11/2025', 'Tháng 12/2025', 'Tháng 1/2026', 'Tháng 2/2026', 'Tháng 3/2026', 'Tháng 4/2026', 'Tháng 5/2026']);
    const november = lines.find((l) => l.startsWith('Tháng 11/2025|')) as string;
    expect(november.split('|')[1]).toBe('Giữa học kì I');
    expect(november.endsWith('|Tháng này')).toBe(true);
    expect(lines.find((l) => l.startsWith('Tháng 9/2025|'))?.endsWith('|Đã qua')).toBe(true);
    expect(lines.find((l) => l.startsWith('Tháng 5/2026|'))?.endsWith('|Sắp tới')).toBe(true);
  });
});

describe('Chỉ tiêu và kết quả on Tổng hợp', () => {
  const cells = (rows: LayoutCell[][]) => rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')));
  const targets = { name: 'Cấu hình', values: HAND_TARGETS };
  let layout: TabLayout;
  let rows: Array<Array<string | number>>;
  let title: number;
  beforeEach(() => {
    layout = summaryLayout(run([rosterGrid(HAND_COUNTED, { points: ['CKI'] }), classGrid(HAND_CLASSES), targets], '2026-01-10'));
    rows = cells(layout.rows).map((r) => r.slice(0, 9));
    title = rows.findIndex((r) => r[0] === '2. Chỉ tiêu và kết quả - Cuối học kì I');
  });

  it('prints CK / KQ / CL / ĐG per khối and for the whole school, cell by cell', () => {
    expect(title).toBeGreaterThan(0);
    expect(rows.slice(title + 1, title + 15)).toEqual([
      ['Nội dung', 'Khối', 'THHS', 'HS không cần hỗ trợ', 'CK (chỉ tiêu)', 'KQ (kết quả)', 'CL (điểm %)', 'ĐG', 'Cần thêm (HS)'],
      ['', '', '', '', '', '', '', '', ''], // each heading is merged down over two rows
      ['Môn học (hoàn thành tất cả các môn)', '1', 40, 38, 'trên 95%', '95,00%', '0,00', 'Chưa đạt', 1],
      ['', '2', 70, 67, 'trên 95%', '95,71%', '+0,71', 'Vượt', ''],
      ['', 'Toàn trường', 110, 105, 'trên 95%', '95,45%', '+0,45', 'Vượt', ''],
      ['Toán', '1', 40, 39, '99%', '97,50%', '-1,50', 'Chưa đạt', 1],
      ['', '2', 70, 67, '97%', '95,71%', '-1,29', 'Chưa đạt', 1],
      ['', 'Toàn trường', 110, 106, '99%', '96,36%', '-2,64', 'Chưa đạt', 3],
      ['Năng lực', '1', 40, 39, '100%', '97,50%', '-2,50', 'Chưa đạt', 1],
      ['', '2', 70, 69, '100%', '98,57%', '-1,43', 'Chưa đạt', 1],
      ['', 'Toàn trường', 110, 108, '100%', '98,18%', '-1,82', 'Chưa đạt', 2],
      ['Phẩm chất', '1', 40, 39, '100%', '97,50%', '-2,50', 'Chưa đạt', 1],
      ['', '2', 70, 70, '100%', '100,00%', '0,00', 'Đạt', ''],
      ['', 'Toàn trường', 110, 109, '100%', '99,09%', '-0,91', 'Chưa đạt', 1],
    ]);
    expect(rows[title + 15][0]).toMatch(/^KQ: tỉ lệ học sinh không cần hỗ trợ/);
    // THHS all from the Lớp tab and every target read: the three notes only, then a blank row.
    expect(rows[title + 17][0]).toMatch(/^Cần thêm: /);
    expect(rows[title + 18].every((c) => c === '')).toBe(true);
  });

  it('reads in black and white: each target\'s name spans its rows, misses and whole-school rows are bold, no colour', () => {
    const first = title + 4; // 1-based row of the first result
    expect(layout.merges).toEqual(expect.arrayContaining([`A${first - 2}:A${first - 1}`, `I${first - 2}:I${first - 1}`,
      `A${first}:A${first + 2}`, `A${first + 3}:A${first + 5}`, `A${first + 9}:A${first + 11}`]));
    expect(layout.styles.border).toContain(`A${first - 2}:I${first + 11}`);
    expect(layout.styles.bold).toEqual(expect.arrayContaining([`H${first}:I${first}`, `B${first + 2}:I${first + 2}`]));
    for (const colour of ['errorText', 'warningText', 'sectionFill'] as const) expect(layout.styles[colour]).toBeUndefined();
    expect(layout.printArea).toMatch(/^A1:I\d+$/);
  });

  it('numbers the later sections after it, and has no such table without targets', () => {
    expect(rows.some((r) => r[0] === '3. Diễn biến qua các mốc đánh giá')).toBe(true);
    const plain = cells(summaryLayout(run([rosterGrid(HAND_COUNTED, { points: ['CKI'] }), classGrid(HAND_CLASSES)], '2026-01-10')).rows);
    expect(plain.some((r) => String(r[0]).includes('Chỉ tiêu'))).toBe(false);
    expect(plain.some((r) => r[0] === '2. Diễn biến qua các mốc đánh giá')).toBe(true);
  });

  it('says when THHS is only the roster rows, and when a target could not be read', () => {
    const lines = text(summaryLayout(run([rosterGrid(HAND_COUNTED, { points: ['CKI'] }),
      { name: 'Cấu hình', values: [['Chỉ tiêu Toán', '99%'], ['Chỉ tiêu Tiếng Việt', 'tốt']] }], '2026-01-10')).rows);
    expect(lines).toContain('Khối 1, 2: trang Lớp chưa có sĩ số, THHS chỉ là số học sinh trong Danh sách.');
    expect(lines).toContain('Có 1 mục chỉ tiêu ghi chưa đúng hoặc chưa đối sánh được: xem trang Kiểm tra.');
  });
});

describe('Lịch tháng with targets', () => {
  it('names the review point each month\'s numbers come from, and how the targets stood there', () => {
    const targets = { name: 'Cấu hình', values: HAND_TARGETS };
    const layout = timelineLayout(run([rosterGrid(HAND_COUNTED, { points: ['CKI'] }), classGrid(HAND_CLASSES), targets], '2026-01-10'));
    const rows = layout.rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')));
    const header = rows.findIndex((r) => r[0] === 'Tháng');
    expect(rows[header].slice(6)).toEqual(['Số liệu tại mốc', 'Cần hỗ trợ', 'Tiến bộ', 'Chưa có GV hỗ trợ', 'Chỉ tiêu', 'Trạng thái']);
    const byMonth = (m: string) => (rows.find((r) => r[0] === m) as unknown[]).slice(6);
    expect(byMonth('Tháng 11/2025')).toEqual(['', '', '', '', '', 'Đã qua']); // nothing rated by then
    expect(byMonth('Tháng 12/2025')).toEqual(['Cuối học kì I', 7, 0, 0, expect.stringMatching(/^Chưa đạt 9\/12: /), 'Đã qua']);
    expect(byMonth('Tháng 1/2026')).toEqual(['Cuối học kì I', 7, 0, 0,
      'Chưa đạt 9/12: Môn học khối 1 (cần thêm 1 HS); Toán khối 1 (cần thêm 1 HS); Toán khối 2 (cần thêm 1 HS); …', 'Tháng này']);
    expect(byMonth('Tháng 2/2026')).toEqual(['', '', '', '', '', 'Sắp tới']);
    expect(layout.width).toBe(12);
  });
});
