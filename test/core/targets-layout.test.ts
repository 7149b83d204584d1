// Targets on the printed Tổng hợp and in Lịch tháng (PRODUCT 3.5, 3.7), on the hand-counted school of
// test/helpers/hand-counted.ts: Cuối học kì I, khối 1 THHS 40 (Toán: An), khối 2 THHS 70 (Toán: Dũng,
// Em, Giang); the run is on 10/01/2026.

import { summaryRows, timelineLayout, type TabLayout } from '../../src/core/layout';
import { wrappedLines } from '../../src/core/layout/measure';
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
    // Exactly three misses are all named, with no "…": Toán as above; Tiếng Việt ≥ 98% misses in khối 1 only (39/40 = 97,50%).
    [[['Chỉ tiêu Toán', '97%'], ['Chỉ tiêu Tiếng Việt', '98%']],
      'Chưa đạt 3/6: Toán khối 2 (cần thêm 1 HS); Toán toàn trường (cần thêm 1 HS); Tiếng Việt khối 1 (cần thêm 1 HS)'],
    // Only a target that could not be judged: nothing to say.
    [[['Chỉ tiêu Khoa học', '99%']], ''],
  ])('%j → "%s"', (targets, said) => {
    const rows = texts(timelineLayout(school(targets)));
    const byMonth = (m: string) => (rows.find((r) => r[0] === m) as unknown[]).slice(6);
    expect(byMonth('Tháng 12/2025')).toEqual(['Cuối học kì I', 7, 0, 0, said, 'Đã qua']);
    expect(byMonth('Tháng 1/2026')).toEqual(['Cuối học kì I', 7, 0, 0, said, 'Tháng này']);
    expect(byMonth('Tháng 2/2026')).toEqual(['', '', '', '', '', 'Sắp tới']);
  });

  it('the Chỉ tiêu column has its own width, before Trạng thái', () => {
    expect(timelineLayout(school([['Chỉ tiêu Toán', '90%']])).columnWidths).toEqual([90, 70, 135, 140, 75, 60, 65, 45, 45, 50, 135, 55]);
  });
});

describe('Tổng hợp: the targets section', () => {
  it('when no target could be judged at the latest point, one line sends the reader to Kiểm tra', () => {
    const rows = texts(summaryRows(school([['Chỉ tiêu Khoa học', '99%']]))).map((r) => r.slice(0, 9).join('|').replace(/\|+$/, ''));
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

describe('Tổng hợp: the targets table, cell by cell, at the latest of two points', () => {
  // 1A (Lớp tab: Sĩ số 10): An needs Toán at GKI and CKI; Bình needs Tiếng Việt at GKI only.
  // 2A (not in the Lớp tab: THHS is its 1 row): Chi needs Toán at CKI only, and has no GV hỗ trợ.
  // Toán ≥ 95% at CKI: khối 1 9/10 = 90,00% (9,5 → 10: one more); khối 2 0/1; whole school 9/11 = 81,81%
  // (rounded down, not 81,82%), 10,45 → 11: two more. Tiếng Việt ≥ 90%: everyone at CKI (at GKI khối 1 had 90,00%).
  const layout = () => summaryRows(run([rosterGrid([
    { name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' }, CKI: { Toán: 'C' } } },
    { name: 'Bình', className: '1A', supporter: 'Cô Lan', ratings: { GKI: { 'Tiếng Việt': 'C' }, CKI: { 'Tiếng Việt': 'H' } } },
    { name: 'Chi', className: '2A', ratings: { GKI: { Toán: 'H' }, CKI: { Toán: 'C' } } },
  ], { points: ['GKI', 'CKI'], areas: ['Toán', 'Tiếng Việt'] }), classGrid([['1A', 1, 'Cô Mai', 10]]),
  { name: 'Cấu hình', values: [['Chỉ tiêu Toán', '95%'], ['Chỉ tiêu Khoa học', '99%'], ['Chỉ tiêu Tiếng Việt', '90%']] }], '2026-01-10'));

  it('rows 17–31: the CKI results only, per khối then the whole school, and the notes under it', () => {
    const rows = texts(layout()).map((r) => r.slice(0, 9));
    expect(rows.slice(16, 31)).toEqual([
      ['2. Chỉ tiêu và kết quả - Cuối học kì I'],
      ['Nội dung', 'Khối', 'THHS', 'HS không cần hỗ trợ', 'CK (chỉ tiêu)', 'KQ (kết quả)', 'CL (điểm %)', 'ĐG', 'Cần thêm (HS)'],
      ['', '', '', '', '', '', '', '', ''],
      ['Toán', '1', 10, 9, '95%', '90,00%', '-5,00', 'Chưa đạt', 1],
      ['', '2', 1, 0, '95%', '0,00%', '-95,00', 'Chưa đạt', 1],
      ['', 'Toàn trường', 11, 9, '95%', '81,81%', '-13,19', 'Chưa đạt', 2],
      ['Tiếng Việt', '1', 10, 10, '90%', '100,00%', '+10,00', 'Vượt', ''],
      ['', '2', 1, 1, '90%', '100,00%', '+10,00', 'Vượt', ''],
      ['', 'Toàn trường', 11, 11, '90%', '100,00%', '+10,00', 'Vượt', ''],
      ['KQ: tỉ lệ học sinh không cần hỗ trợ ở mặt đó, trên THHS, làm tròn xuống. CL = KQ - CK (điểm phần trăm).'],
      ['"trên X%" chỉ đạt khi cao hơn X%. Môn học: không cần hỗ trợ ở môn nào. Toàn trường tính từ tổng số học sinh.'],
      ['Cần thêm: số học sinh ít nhất phải hết cần hỗ trợ để đạt chỉ tiêu.'],
      ['Khối 2: trang Lớp chưa có sĩ số, THHS chỉ là số học sinh trong Danh sách.'],
      // Khoa học: no such column. The warnings about Chi (no GV hỗ trợ) and 2A (not in Lớp) are not target problems.
      ['Có 1 mục chỉ tiêu ghi chưa đúng hoặc chưa đối sánh được: xem trang Kiểm tra.'],
      [],
    ]);
  });

  it('each target\'s name spans its three rows; the headings span two rows; misses and whole-school rows bold', () => {
    const l = layout();
    const inTable = (range: string) => /^[A-I](1[89]|2[0-5]):[A-I](1[89]|2[0-5])$/.test(range);
    expect(l.merges.filter(inTable)).toEqual([
      ...'ABCDEFGHI'.split('').map((c) => `${c}18:${c}19`), 'A20:A22', 'A23:A25',
    ]);
    expect(l.styles.bold?.filter(inTable)).toEqual(['H20:I21', 'B22:I22', 'H22:I22', 'B25:I25', 'A18:I19']); // the header's as the table is closed
    expect(l.styles.wrap).toEqual(expect.arrayContaining(['A20:A25', 'A18:I19']));
    expect(l.styles.middle).toEqual(expect.arrayContaining(['A20:A25', 'A18:I19']));
    expect(l.styles.center).toEqual(expect.arrayContaining(['B20:I25']));
    expect(l.styles.border).toEqual(expect.arrayContaining(['A18:I25']));
  });
});

it('no layout merges a single cell: a target area judged on one row only is not merged down', () => {
  const a = school([['Chỉ tiêu Toán khối 1', '90%'], ['Chỉ tiêu Tiếng Việt', '98%']]);
  const summary = summaryRows(a);
  // The Toán block has khối 1 only; Tiếng Việt has khối 1, khối 2 and the whole school.
  expect(summary.rows.map((r) => r[0]).filter((c) => c === 'Toán' || c === 'Tiếng Việt')).toEqual(['Toán', 'Tiếng Việt']);
  for (const layout of [summary, timelineLayout(a)]) {
    const single = layout.merges.filter((range) => { const [from, to] = range.split(':'); return from === to; });
    expect([layout.key, single]).toEqual([layout.key, []]);
  }
  const tv = summary.rows.findIndex((r) => r[0] === 'Tiếng Việt') + 1;
  expect(summary.merges).toContain(`A${tv}:A${tv + 2}`);
});

describe('Tổng hợp: the targets table prints whole on paper', () => {
  it('ĐG at 11 pt ("Chưa đạt" fits a 60 px area column of a secondary school), the notes wrap in rows the plan measures', () => {
    const layout = summaryRows(school([['Chỉ tiêu Toán', '97%']]));
    const rows = texts(layout);
    const header = rows.findIndex((r) => r[7] === 'ĐG');
    const results = rows.map((r, i) => ({ r, row: i + 1 })).filter(({ r, row }) => row > header + 2 && ['Đạt', 'Vượt', 'Chưa đạt', 'Giảm'].includes(String(r[7])));
    expect(results.map(({ r }) => r[7])).toEqual(['Vượt', 'Chưa đạt', 'Chưa đạt']);
    expect(layout.styles.small).toContain(`H${results[0].row}:H${results[2].row}`);
    const note = rows.findIndex((r) => String(r[0]).startsWith('KQ: tỉ lệ học sinh')) + 1;
    expect(layout.styles.wrap?.some((range) => new RegExp(`^A(\\d+):I(\\d+)$`).test(range)
      && Number(/^A(\d+)/.exec(range)?.[1]) <= note && note <= Number(/:I(\d+)$/.exec(range)?.[1]))).toBe(true);
  });
});

describe('Tổng hợp: the targets table of a school with many areas, as wide as the tab', () => {
  // Eight areas: the counts tables take 13 columns, the areas 60 px each. The targets table (9
  // columns) used the first 9 of them, "CK (chỉ tiêu)" wrapping in 60 px; now HS không cần hỗ trợ,
  // CK, KQ and CL each span two of the tab's columns (120 px), ĐG and Cần thêm the last two.
  const AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Khoa học', 'Lịch sử và Địa lí', 'Tin học và Công nghệ', 'Ngoại ngữ'];
  const layout = () => summaryRows(run([rosterGrid([
    { name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
    { name: 'Bình', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { 'Tiếng Việt': 'C' } } },
  ], { points: ['CKI'], areas: AREAS }), classGrid([['1A', 1, 'Cô Mai', 10]]),
  { name: 'Cấu hình', values: [['Chỉ tiêu Toán', '95%']] }], '2026-01-10'));

  it('spreads its columns over the 13 and merges each widened one across, header and rows', () => {
    const l = layout();
    expect(l.columnWidths.slice(0, 13).slice(3, 11)).toEqual(new Array(8).fill(60));
    const rows = texts(l);
    const header = rows.findIndex((r) => r[0] === 'Nội dung') + 1;
    expect(rows[header - 1].slice(0, 13)).toEqual(['Nội dung', 'Khối', 'THHS', 'HS không cần hỗ trợ', '', 'CK (chỉ tiêu)', '',
      'KQ (kết quả)', '', 'CL (điểm %)', '', 'ĐG', 'Cần thêm (HS)']);
    // Toán ≥ 95%: 9 of 10 = 90,00%, one more needed; khối 1 and the whole school.
    expect(rows[header + 1].slice(0, 13)).toEqual(['Toán', '1', 10, 9, '', '95%', '', '90,00%', '', '-5,00', '', 'Chưa đạt', 1]);
    expect(rows[header + 2].slice(0, 13)).toEqual(['', 'Toàn trường', 10, 9, '', '95%', '', '90,00%', '', '-5,00', '', 'Chưa đạt', 1]);
    const [h, t] = [header, header + 1];
    expect(l.merges).toEqual(expect.arrayContaining([`D${h}:E${t}`, `F${h}:G${t}`, `H${h}:I${t}`, `J${h}:K${t}`, `L${h}:L${t}`, `M${h}:M${t}`,
      `D${t + 1}:E${t + 1}`, `F${t + 1}:G${t + 1}`, `J${t + 2}:K${t + 2}`]));
    expect(l.styles.border).toContain(`A${h}:M${t + 2}`);
    expect(l.styles.small).toContain(`L${t + 1}:L${t + 2}`);
    expect(l.styles.bold).toEqual(expect.arrayContaining([`L${t + 1}:M${t + 1}`]));
    // "CK (chỉ tiêu)" and "KQ (kết quả)" now fit on one line (they wrapped in 60 px).
    const font = { pt: 13, bold: true, serif: true };
    expect(['CK (chỉ tiêu)', 'KQ (kết quả)', 'CL (điểm %)'].map((x) => wrappedLines(x, 120, font))).toEqual([1, 1, 1]);
    expect(wrappedLines('CK (chỉ tiêu)', 60, font)).toBeGreaterThan(1);
  });
});
