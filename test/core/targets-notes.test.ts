// Tổng hợp's targets sections and their notes (PRODUCT 2.3, 3.4): in a TH&THCS school with two
// primary khối the whole-school row at the primary's Cuối năm sums khối 1 and 2 only and the note
// under the table says so; a target for one khối has no whole-school row and no such note; a THCS
// is judged at Cả năm.
import { summaryRows } from '../../src/core/layout';
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';

const lines = (sheets: SheetGrid[]) => summaryRows(run(sheets, '2026-06-10')).rows
  .map((r) => r.map((c) => (c && typeof c === 'object' ? (c as { text: string }).text : c ?? '')).join('|').replace(/\|+$/, ''));

/** Khối 1 and 2 rated at Cuối năm (An, 1A, needs Toán), khối 6 at Cuối kì II (Hà: 4,5). */
function school(targets: unknown[][]): string[] {
  const config: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ...targets] };
  const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 25], ['2A', 2, 'Cô Hoa', 20], ['6A', 6, 'Thầy Nam', 30]] };
  const primary: SheetGrid = { name: 'Danh sách TH', values: [
    ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cuối HKII - Toán'], [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C'], [2, 'Lê Thị Bình', '2A', '', 'H'],
  ] };
  const secondary: SheetGrid = { name: 'Danh sách THCS', values: [['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'HK2 - Toán'], [1, 'Hoàng Thu Hà', '6A', '', '4,5']] };
  return lines([config, classes, primary, secondary]);
}

describe('targets of a school of khối 1, 2 and 6 after the year', () => {
  let all: string[];
  beforeEach(() => {
    all = school([['Chỉ tiêu Toán', '95%']]);
  });

  it('Cuối năm: khối 1 and 2, the whole-school row sums them, and the note names both', () => {
    const from = all.indexOf('3. Chỉ tiêu và kết quả - Cuối năm');
    expect(from).toBeGreaterThan(0);
    expect(all.slice(from + 3, from + 6)).toEqual([
      // 1 of 25 needs Toán: 24/25 = 96,00%; none of 20; 44 of 45 = 97,77% (rounded down). The tab is ten
      // columns wide: CK over two of them (on purpose, the table as wide as the tab).
      'Toán|1|25|24|95%||96,00%|+1,00|Vượt', '|2|20|20|95%||100,00%|+5,00|Vượt', '|Toàn trường|45|44|95%||97,77%|+2,77|Vượt',
    ]);
    expect(all.slice(from + 9, from + 10)).toEqual(['Toàn trường: chỉ tính khối 1, 2, các khối được đánh giá ở mốc này.']);
  });
});

describe('a target for one khối only', () => {
  it('has no whole-school row, so no note about which khối it sums', () => {
    const all = school([['Chỉ tiêu Toán khối 1', '95%']]);
    const from = all.indexOf('3. Chỉ tiêu và kết quả - Cuối năm');
    expect(from).toBeGreaterThan(0);
    expect(all.slice(from + 3, from + 8)).toEqual([
      'Toán|1|25|24|95%||96,00%|+1,00|Vượt',
      'KQ: tỉ lệ học sinh không cần hỗ trợ ở mặt đó, trên THHS, làm tròn xuống. CL = KQ - CK (điểm phần trăm).',
      '"trên X%" chỉ đạt khi cao hơn X%. Môn học: không cần hỗ trợ ở môn nào. Toàn trường tính từ tổng số học sinh.',
      'Cần thêm: số học sinh ít nhất phải hết cần hỗ trợ để đạt chỉ tiêu.',
      '',
    ]);
  });
});

describe('targets of a THCS after the year', () => {
  it('the section is at Cả năm, as TT22 names the year\'s end', () => {
    const config: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ['Chỉ tiêu Toán', '95%']] };
    const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['6A', 6, 'Thầy Nam', 30], ['7A', 7, 'Cô Mai', 28]] };
    const roster: SheetGrid = { name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cả năm - Toán'], [1, 'Hoàng Thu Hà', '6A', '', '4,5'], [2, 'Vũ Minh Khang', '7A', '', 7]] };
    const all = lines([config, classes, roster]);
    expect(all.filter((l) => l.includes('Chỉ tiêu và kết quả'))).toEqual(['2. Chỉ tiêu và kết quả - Cả năm']);
  });
});

describe('how the targets table keeps together on paper', () => {
  it('each area\'s rows on one page, the table with its two header rows, the notes with the last two rows', () => {
    // Rows 17-28: the title, the header (18-19), Toán (20-22), Tiếng Việt (23-25), the three notes (26-28).
    const config: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ['Chỉ tiêu Toán', '95%'], ['Chỉ tiêu Tiếng Việt', '90%']] };
    const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 25], ['2A', 2, 'Cô Hoa', 20]] };
    const roster: SheetGrid = { name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cuối HKI - Toán', 'Cuối HKI - Tiếng Việt'],
      [1, 'An', '1A', '', 'C', 'H'], [2, 'Bình', '2A', '', 'H', 'C']] };
    const layout = summaryRows(run([config, classes, roster], '2026-01-10'));
    expect(layout.rows[16]).toEqual(['2. Chỉ tiêu và kết quả - Cuối học kì I']);
    expect(layout.rows[27][0]).toBe('Cần thêm: số học sinh ít nhất phải hết cần hỗ trợ để đạt chỉ tiêu.');
    expect(layout.sections.filter((s) => s.first >= 18 && s.last <= 28)).toEqual([
      { first: 20, last: 22 }, { first: 23, last: 25 }, { first: 18, last: 25, header: { first: 18, last: 19 } }, { first: 24, last: 28 },
    ]);
  });
});

describe('a school of one level with a class of Sĩ số 0', () => {
  it('the empty khối has no target row, and the whole-school row is not said to count only some khối', () => {
    const config: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ['Chỉ tiêu Toán', '95%']] };
    const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 25], ['2A', 2, 'Cô Hoa', 20], ['3A', 3, 'Cô Mai', 0]] };
    const roster: SheetGrid = { name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cuối HKI - Toán'], [1, 'An', '1A', '', 'C'], [2, 'Bình', '2A', '', 'H']] };
    const all = summaryRows(run([config, classes, roster], '2026-01-10')).rows
      .map((r) => r.map((c) => (c && typeof c === 'object' ? (c as { text: string }).text : c ?? '')).join('|').replace(/\|+$/, ''));
    expect(all).toContain('3|0|0|0|0'); // Khối 3: THHS 0, no Tỉ lệ
    const from = all.indexOf('2. Chỉ tiêu và kết quả - Cuối học kì I');
    expect(all.slice(from + 3, from + 10)).toEqual([
      'Toán|1|25|24|95%|96,00%|+1,00|Vượt', '|2|20|20|95%|100,00%|+5,00|Vượt', '|Toàn trường|45|44|95%|97,77%|+2,77|Vượt',
      'KQ: tỉ lệ học sinh không cần hỗ trợ ở mặt đó, trên THHS, làm tròn xuống. CL = KQ - CK (điểm phần trăm).',
      '"trên X%" chỉ đạt khi cao hơn X%. Môn học: không cần hỗ trợ ở môn nào. Toàn trường tính từ tổng số học sinh.',
      'Cần thêm: số học sinh ít nhất phải hết cần hỗ trợ để đạt chỉ tiêu.',
      '',
    ]);
  });
});
