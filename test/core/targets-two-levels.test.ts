// The targets sections of a TH&THCS school after the year (issue 18): the primary khối judged at
// Cuối năm, the THCS khối at Cuối kì II, each in its own section, with the notes that say which
// khối the whole-school row counts and which THHS are only the rows of Danh sách.
import { summaryRows } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import { buildReport, type RunReport } from '../../src/core/report';
import { sidebarReport } from '../../src/core/sidebar';
import type { Analysis } from '../../src/core/analyse';
import { run } from '../helpers/grid';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ['Chỉ tiêu Toán', '95%'], ['Chỉ tiêu Tiếng Việt', '90%']] };
// 6A has no Sĩ số: its THHS is the number of its rows.
const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 25], ['6A', 6, 'Thầy Nam', '']] };
const PRIMARY: SheetGrid = { name: 'Danh sách TH', values: [
  ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cuối HKI - Toán', 'Cuối HKI - Tiếng Việt', 'Cuối HKII - Toán', 'Cuối HKII - Tiếng Việt'],
  [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C', 'H', 'C', 'H'],
  [2, 'Lê Thị Bình', '1A', '', 'T', 'T', 'H', 'C'],
] };
const SECONDARY: SheetGrid = { name: 'Danh sách THCS', values: [
  ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'HK1 - Toán', 'HK1 - Học tập', 'HK2 - Toán', 'HK2 - Học tập'],
  [1, 'Hoàng Thu Hà', '6A', '', '4,0', 'Đạt', '4,5', 'Đạt'],
  [2, 'Vũ Minh Khang', '6A', 'Thầy Nam', 7, 'Khá', 6, 'Đạt'],
] };

const lines2 = (analysis: Analysis) => summaryRows(analysis).rows
  .map((r) => r.map((c) => (c && typeof c === 'object' ? (c as { text: string }).text : c ?? '')).join('|').replace(/\|+$/, ''));

/** The rows of the section whose title begins `title`, up to the blank line after it. */
function section(all: string[], title: string): string[] {
  const from = all.findIndex((l) => l.includes(title));
  expect(from).toBeGreaterThan(0);
  const to = all.indexOf('', from + 3);
  return all.slice(from, to);
}

const NOTES = [
  'KQ: tỉ lệ học sinh không cần hỗ trợ ở mặt đó, trên THHS, làm tròn xuống. CL = KQ - CK (điểm phần trăm).',
  '"trên X%" chỉ đạt khi cao hơn X%. Môn học: không cần hỗ trợ ở môn nào. Toàn trường tính từ tổng số học sinh.',
  'Cần thêm: số học sinh ít nhất phải hết cần hỗ trợ để đạt chỉ tiêu.',
];
// The tab is ten columns wide (the counts tables'): CK takes two of them, merged, so the table is as
// wide as the tab (on purpose: it used the first nine, the tenth empty beside it).
const HEADER = 'Nội dung|Khối|THHS|HS không cần hỗ trợ|CK (chỉ tiêu)||KQ (kết quả)|CL (điểm %)|ĐG|Cần thêm (HS)';

describe('targets of a TH&THCS school, each level at its own newest point', () => {
  // Built in beforeEach, not at load: Stryker credits a test only with the code run while it runs.
  let all: string[];
  beforeEach(() => { all = lines2(run([CONFIG, CLASSES, PRIMARY, SECONDARY], '2026-06-10')); });

  it('primary at Cuối năm: khối 1 only, the whole-school row counts khối 1 and says so; no Tiếng Việt for khối 6', () => {
    expect(section(all, 'Chỉ tiêu và kết quả - Cuối năm')).toEqual([
      '3. Chỉ tiêu và kết quả - Cuối năm', HEADER, '',
      // 1 of 25 needs Toán: 24/25 = 96,00%; 1 of 25 needs Tiếng Việt.
      'Toán|1|25|24|95%||96,00%|+1,00|Vượt', '|Toàn trường|25|24|95%||96,00%|+1,00|Vượt',
      'Tiếng Việt|1|25|24|90%||96,00%|+6,00|Vượt', '|Toàn trường|25|24|90%||96,00%|+6,00|Vượt',
      ...NOTES,
      'Toàn trường: chỉ tính khối 1, các khối được đánh giá ở mốc này.',
    ]);
  });

  it('THCS at Cuối kì II: THHS from the rows (no Sĩ số) and said so, the whole-school row counts khối 6', () => {
    expect(section(all, 'Chỉ tiêu và kết quả - Cuối học kì II')).toEqual([
      '4. Chỉ tiêu và kết quả - Cuối học kì II', HEADER, '',
      // Hà 4,5 in Toán: 1 of 2 = 50,00%; 95% of 2 = 1,9 → both must be free of need: one more.
      'Toán|6|2|1|95%||50,00%|-45,00|Chưa đạt|1', '|Toàn trường|2|1|95%||50,00%|-45,00|Chưa đạt|1',
      ...NOTES,
      'Khối 6: trang Lớp chưa có sĩ số, THHS chỉ là số học sinh trong Danh sách.',
      'Toàn trường: chỉ tính khối 6, các khối được đánh giá ở mốc này.',
    ]);
  });
});

describe('both levels at one review point: the whole-school target sums them, everywhere', () => {
  // Cuối học kì I only: khối 1 (Sĩ số 25) An needs Toán; khối 6 (2 rows, no Sĩ số) Hà has 4,0 in Toán.
  const atCKI = (grid: SheetGrid) => ({ ...grid, values: grid.values.map((r) => r.slice(0, r.length - 2)) });
  let analysis: Analysis;
  let report: RunReport;
  beforeEach(() => {
    analysis = run([CONFIG, CLASSES, atCKI(PRIMARY), atCKI(SECONDARY)], '2026-01-15');
    report = buildReport(analysis);
  });
  // Toán ≥ 95%: khối 1 24/25 = 96,00% Vượt; khối 6 1/2 = 50,00%; whole school 25/27 = 92,59% Chưa đạt.
  const EXPECTED = ['Toán 1 exceeded', 'Toán 6 notMet', 'Toán toàn trường notMet', 'Tiếng Việt 1 exceeded', 'Tiếng Việt toàn trường exceeded'];
  const said = (results: readonly { area: string; grade: number | null; verdict: string }[]) =>
    results.map((r) => `${r.area} ${r.grade ?? 'toàn trường'} ${r.verdict}`);

  it('the JSON judges five targets at Cuối học kì I, the whole-school Toán among them', () => {
    expect(said((report.targets ?? []).filter((t) => t.reviewPoint === 'CKI'))).toEqual(EXPECTED);
  });

  it('the sidebar shows the same five, not only the khối rows of each level', () => {
    expect(said(sidebarReport(report).targets ?? [])).toEqual(EXPECTED);
  });

  it('Lịch tháng in January: five judged, two missed, the whole school named', () => {
    const january = analysis.timeline.find((m) => m.month === '2026-01');
    expect(january?.targets?.judged).toBe(5);
    expect(said(january?.targets?.notMet ?? [])).toEqual(['Toán 6 notMet', 'Toán toàn trường notMet']);
  });

  it('Tổng hợp prints one section at Cuối học kì I with all five', () => {
    const all = lines2(analysis);
    expect(all.filter((l) => l.includes('Chỉ tiêu và kết quả'))).toEqual(['3. Chỉ tiêu và kết quả - Cuối học kì I']);
    // The whole-school rows sum every khối of the school here: no note that they count only some.
    expect(all.filter((l) => l.startsWith('Toàn trường: chỉ tính'))).toEqual([]);
    expect(all).toContain('Khối 6: trang Lớp chưa có sĩ số, THHS chỉ là số học sinh trong Danh sách.');
    expect(all.filter((l) => /^(Toán|Tiếng Việt)?\|(\d|Toàn trường)\|/.test(l)).map((l) => l.split('|').slice(0, 2).concat(l.split('|')[8]).join(' '))).toEqual([
      'Toán 1 Vượt', ' 6 Chưa đạt', ' Toàn trường Chưa đạt', 'Tiếng Việt 1 Vượt', ' Toàn trường Vượt',
    ]);
  });
});
