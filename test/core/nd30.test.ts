// The printed Tổng hợp against Nghị định 30/2020 (DOMAIN.md 4), cell by cell: the Số/ký hiệu line
// from Cấu hình, the rules under TÊN TRƯỜNG and under the tiêu ngữ, the signature block and
// Nơi nhận; and the measures seed 002 asks a report for, from the school's Kế hoạch.
import { summaryRows, type TabLayout } from '../../src/core/layout';
import { textWidthPx } from '../../src/core/layout/measure';
import { parseConfig, parseDocumentNumber } from '../../src/core/read/config';
import { rosterGrid, run } from '../helpers/grid';
import { CLASSES, CONFIG, STUDENTS } from '../helpers/pinned-school';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const withConfig = (extra: string[][], plan?: string[][]) => summaryRows(run([
  rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, { name: 'Cấu hình', values: [...CONFIG.values, ...extra] },
  ...(plan ? [{ name: 'Kế hoạch', values: [['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện'], ...plan] }] : []),
], '2026-01-20'));

/** Whether cell (A1) lies in one of the ranges of a style. */
function styled(layout: TabLayout, style: keyof TabLayout['styles'], cell: string): boolean {
  const [col, row] = [cell.charCodeAt(0) - 64, Number(cell.slice(1))];
  return (layout.styles[style] ?? []).some((range) => {
    const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(range) as RegExpExecArray;
    return col >= m[1].charCodeAt(0) - 64 && col <= m[3].charCodeAt(0) - 64 && row >= Number(m[2]) && row <= Number(m[4]);
  });
}
const cell = (layout: TabLayout, a1: string) => layout.rows[Number(a1.slice(1)) - 1]?.[a1.charCodeAt(0) - 65] ?? null;

describe('Số văn bản in Cấu hình', () => {
  it.each([
    ['15/BC-THHB', '15/BC-THHB'], ['Số: 15/BC-THHB', '15/BC-THHB'], ['số 15 / bc - thhb', '15/BC-THHB'],
    ['/BC-THHB', '/BC-THHB'], ['..../KH-THBP', '/KH-THBP'], ['241/KH-THBP', '241/KH-THBP'],
  ])('"%s" reads as %s', (text, number) => {
    expect(parseDocumentNumber(text)).toBe(number);
  });

  it.each(['15', 'BC-THHB', '15/', '15/123', 'số mười lăm'])('"%s" is not a số and ký hiệu', (text) => {
    expect(parseDocumentNumber(text)).toBeUndefined();
  });

  it('a value it cannot read is a warning at its cell, and the line stays to be filled by hand', () => {
    const { config, problems } = parseConfig({ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Số văn bản', 'BC 15']] }, WALL_CLOCK_OFFSET);
    expect(config.documentNumber).toBe('');
    expect(problems.map((p) => [p.code, p.cell, p.severity])).toEqual([['CONFIG_VALUE_INVALID', 'B2', 'warning']]);
    expect(problems[0].message).toContain('15/BC-THHB');
  });

  it('"Số, ký hiệu" and "Số/ký hiệu" name the same setting', () => {
    for (const key of ['Số, ký hiệu', 'Số/ký hiệu:', 'SỐ VĂN BẢN', 'Số ký hiệu', 'Số / ký hiệu']) {
      expect(parseConfig({ name: 'Cấu hình', values: [[key, '7/BC-THHA']] }, WALL_CLOCK_OFFSET)).toEqual(expect.objectContaining({ problems: [] }));
      expect(parseConfig({ name: 'Cấu hình', values: [[key, '7/BC-THHA']] }, WALL_CLOCK_OFFSET).config.documentNumber).toBe('7/BC-THHA');
    }
  });
});

describe('the header and the signature as NĐ 30 sets them', () => {
  const layout = withConfig([['Số văn bản', '15/BC-THHA']]);

  it('left: cơ quan chủ quản regular, TÊN TRƯỜNG bold, a short rule under it, the số line', () => {
    expect([cell(layout, 'A1'), styled(layout, 'bold', 'A1')]).toEqual(['UBND XÃ HÒA AN', false]);
    expect([cell(layout, 'A2'), styled(layout, 'bold', 'A2')]).toEqual(['TRƯỜNG TIỂU HỌC HÒA AN', true]);
    expect(layout.styles.ruleAbove).toEqual(['B3:B3']);
    expect(cell(layout, 'B3')).toBe('Số: 15/BC-THHA');
    expect(styled(layout, 'center', 'B3')).toBe(true);
    // The rule (column B's width) centred under the name (A and C equal) and a third to a half of it.
    const [a, b, c] = layout.columnWidths;
    expect(a).toBe(c);
    const name = textWidthPx('TRƯỜNG TIỂU HỌC HÒA AN', { pt: 13, bold: true, serif: true });
    expect(b / name).toBeGreaterThanOrEqual(1 / 3);
    expect(b / name).toBeLessThanOrEqual(1 / 2);
    expect(a + b + c).toBeGreaterThan(name);
  });

  it('right: Quốc hiệu bold, the tiêu ngữ bold with its rule as long as it (underline), the date line italic level with the số line', () => {
    expect([cell(layout, 'D1'), styled(layout, 'bold', 'D1')]).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true]);
    expect([cell(layout, 'D2'), styled(layout, 'bold', 'D2'), styled(layout, 'underline', 'D2')]).toEqual(['Độc lập - Tự do - Hạnh phúc', true, true]);
    expect([cell(layout, 'D3'), styled(layout, 'italic', 'D3')]).toEqual(['Hòa An, ngày 20 tháng 01 năm 2026', true]);
    expect(layout.styles.underline).toEqual(['D2:I2']);
  });

  it('the title in capitals, the trích yếu in bold under it', () => {
    expect([cell(layout, 'A5'), styled(layout, 'title', 'A5')]).toEqual(['BÁO CÁO', true]);
    expect(styled(layout, 'bold', 'A6')).toBe(true);
  });

  it('Nơi nhận: label bold italic 12 pt level with the signer title, "- …;" entries 11 pt, the last "- Lưu"', () => {
    const start = layout.rows.findIndex((r) => r[0] === 'Nơi nhận:') + 1;
    expect(styled(layout, 'boldItalic', `A${start}`) && styled(layout, 'label', `A${start}`)).toBe(true);
    expect(cell(layout, `D${start}`)).toBe('KT. HIỆU TRƯỞNG');
    expect([cell(layout, `A${start + 1}`), cell(layout, `A${start + 2}`)]).toEqual(['- Phòng GDĐT (để báo cáo);', '- Lưu: VT.']);
    expect([styled(layout, 'small', `A${start + 1}`), styled(layout, 'small', `A${start + 2}`)]).toEqual([true, true]);
  });

  it('the signer title in bold capitals, room for signature and stamp, then the name in bold', () => {
    const start = layout.rows.findIndex((r) => r[0] === 'Nơi nhận:') + 1;
    const last = layout.rows.length;
    expect([cell(layout, `D${start}`), cell(layout, `D${start + 1}`)]).toEqual(['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG']);
    expect([styled(layout, 'bold', `D${start}`), styled(layout, 'bold', `D${start + 1}`)]).toEqual([true, true]);
    for (let r = start + 2; r < last; r++) expect(cell(layout, `D${r}`)).toBeNull();
    expect(last - (start + 2)).toBeGreaterThanOrEqual(4);
    expect([cell(layout, `D${last}`), styled(layout, 'bold', `D${last}`)]).toEqual(['Trần Thị Mai', true]);
  });

  it('without a number the gap is left for the văn thư, the ký hiệu printed', () => {
    expect(cell(withConfig([['Số văn bản', '/BC-THHA']]), 'B3')).toBe('Số:        /BC-THHA');
  });
});

describe('the measures under the numbers (seed 002), from the school\'s Kế hoạch', () => {
  const plan = [
    ['9/2025', 'Lập danh sách', 'Phân loại học sinh; họp phụ huynh.', 'GVCN'],
    ['10/2025', 'Theo dõi', 'Dự giờ hỗ trợ.', 'Tổ trưởng'],
    ['11/2025', 'Giữa kì I', '', 'GVCN'],
    ['12/2025', 'Cuối kì I', 'Đối chiếu với giữa kì.', 'PHT'],
    ['1+2/2026', 'Tiếp tục', 'Kèm riêng từng em.', 'GV hỗ trợ'],
    ['3/2026', 'Giữa kì II', 'Nhập kết quả GKII.', 'GVCN'],
    ['4/2026', 'Tiếp tục', 'Ôn tập.', 'GVCN'],
  ];
  const lines = (layout: TabLayout) => layout.rows.map((r) => r[0]).filter((v): v is string => typeof v === 'string');

  it('the months passed (with measures) and the months ahead up to the next review point, one line each', () => {
    // 20/01/2026: September to December are past; January is this month; March is Giữa học kì II.
    const all = lines(withConfig([], plan));
    const done = all.indexOf('4. Biện pháp đã thực hiện');
    const ahead = all.indexOf('5. Biện pháp tiếp tục');
    expect(all.slice(done + 1, ahead)).toEqual([
      '- Tháng 9/2025: Phân loại học sinh; họp phụ huynh.', '- Tháng 10/2025: Dự giờ hỗ trợ.', '- Tháng 12/2025: Đối chiếu với giữa kì.',
    ]);
    expect(all.slice(ahead + 1, ahead + 3)).toEqual(['- Tháng 1, 2/2026: Kèm riêng từng em.', '- Tháng 3/2026: Nhập kết quả GKII.']);
    expect(all).not.toContain('- Tháng 4/2026: Ôn tập.');
  });

  it('each line wraps in a row measured for it', () => {
    const layout = withConfig([], plan);
    const row = layout.rows.findIndex((r) => r[0] === '- Tháng 9/2025: Phân loại học sinh; họp phụ huynh.') + 1;
    expect(styled(layout, 'wrap', `A${row}`)).toBe(true);
    expect(layout.merges).toContain(`A${row}:I${row}`);
  });
});

it('measures that run over the new year name each month with its year', () => {
  const plan = [['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện'],
    ['9-11/2025', 'Đầu năm', 'Dự giờ hỗ trợ.', 'GVCN'], ['12/2025', 'Cuối kì I', 'Kèm riêng từng em.', 'PHT'], ['1/2026', 'Tiếp tục', 'Kèm riêng từng em.', 'GV hỗ trợ']];
  const layout = summaryRows(run([rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, CONFIG, { name: 'Kế hoạch', values: plan }], '2026-02-20'));
  const all = layout.rows.map((r) => r[0]);
  const done = all.indexOf('4. Biện pháp đã thực hiện');
  expect(all.slice(done + 1, done + 3)).toEqual(['- Tháng 9, 10, 11/2025: Dự giờ hỗ trợ.', '- Tháng 12/2025, Tháng 1/2026: Kèm riêng từng em.']);
});

describe('the measures, as the school wrote them in its Kế hoạch', () => {
  const summary = (plan: string[][], today: string, extraConfig: string[][] = []) => summaryRows(run([
    rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, { name: 'Cấu hình', values: [...CONFIG.values, ...extraConfig] },
    { name: 'Kế hoạch', values: [['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện'], ...plan] },
  ], today));
  /** The lines under a numbered heading, up to the empty row that ends its section. */
  const under = (layout: TabLayout, heading: string) => {
    const all = layout.rows.map((r) => r[0]);
    const from = all.indexOf(heading) + 1;
    return all.slice(from, from + all.slice(from).findIndex((v) => v === undefined || v === null || v === ''));
  };

  it('a month\'s measures written on several rows are one line of the report, joined with "; "', () => {
    const layout = summary([['9/2025', 'Đầu năm', 'Phân loại học sinh', 'GVCN'], ['9/2025', 'Họp', 'Họp phụ huynh', 'GVCN'], ['9/2025', 'Dự giờ', 'Dự giờ', 'Tổ trưởng']], '2025-10-20');
    expect(under(layout, '4. Biện pháp đã thực hiện')).toEqual(['- Tháng 9/2025: Phân loại học sinh; Họp phụ huynh; Dự giờ']);
  });

  it('a month the Kế hoạch leaves out is never reported as done with the default plan\'s measures', () => {
    // 20/12/2025: September to November are past; the Kế hoạch names September only.
    const layout = summary([['9/2025', 'Đầu năm', 'Dự giờ', 'GVCN']], '2025-12-20');
    expect(under(layout, '4. Biện pháp đã thực hiện')).toEqual(['- Tháng 9/2025: Dự giờ']);
    expect(under(layout, '5. Biện pháp tiếp tục')).toEqual(['Kế hoạch không ghi biện pháp cho các tháng này.']);
  });

  it('months passed whose plan names no measure: said so, in italics', () => {
    const layout = summary([['9/2025', 'Đầu năm', '', 'GVCN'], ['10/2025', 'Theo dõi', '', 'GVCN']], '2025-11-10');
    const done = under(layout, '4. Biện pháp đã thực hiện');
    expect(done).toEqual(['Kế hoạch không ghi biện pháp cho các tháng này.']);
    const row = layout.rows.findIndex((r) => r[0] === done[0]) + 1;
    expect(styled(layout, 'italic', `A${row}`)).toBe(true);
    // A measure written: not in italics.
    const written = summary([['9/2025', 'Đầu năm', 'Dự giờ', 'GVCN']], '2025-11-10');
    const line = written.rows.findIndex((r) => r[0] === '- Tháng 9/2025: Dự giờ') + 1;
    expect([line > 0, styled(written, 'italic', `A${line}`)]).toEqual([true, false]);
  });

  it('in a review point\'s month, the measures to continue are that month\'s only', () => {
    const layout = summary([['11/2025', 'Giữa kì I', 'Nhập kết quả', 'GVCN'], ['12/2025', 'Cuối kì I', 'Đối chiếu', 'PHT']], '2025-11-10');
    expect(under(layout, '5. Biện pháp tiếp tục')).toEqual(['- Tháng 11/2025: Nhập kết quả']);
  });

  it('in the summer, no review point ahead: every month left', () => {
    const layout = summary([['6/2026', 'Hè', 'Ôn tập hè', 'GV hỗ trợ'], ['7/2026', 'Hè', 'Đánh giá lại', 'Tổ chuyên môn']], '2026-06-10', [['Lịch tháng gồm hè', 'có']]);
    expect(under(layout, '5. Biện pháp tiếp tục')).toEqual(['- Tháng 6/2026: Ôn tập hè', '- Tháng 7/2026: Đánh giá lại']);
  });
});
