// Review-7's silent wrong numbers in the Lớp tab and the GV hỗ trợ column, through the built bundle
// (build/Code.js in a vm on the in-memory spreadsheet): what the school wrote, what Kiểm tra and the
// printed Tổng hợp say, what is counted.
import type { SheetGrid } from '../../src/core/model';
import { roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { toWorkbook } from '../helpers/mentor-school';

async function run(sheets: SheetGrid[], today = '2025-11-28') {
  const book = await roundTrip(toWorkbook(sheets));
  const { json } = runSummarize(book, { today });
  const tabs = snapshot(book, ['Kiểm tra', 'Tổng hợp']);
  const lines = (name: string) => (tabs[name] ?? []).map((r) => r.map((c) => c ?? '').join('|').replace(/\|+$/, ''));
  return { json, check: lines('Kiểm tra'), summary: lines('Tổng hợp') };
}

const ROSTER: SheetGrid = { name: 'Danh sách', values: [
  ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
  ['Lê Văn An', '3A', 'Nguyễn Thị Lan', 'C'],
  ['Phạm Thị Bình', '3B', 'Nguyễn Thị Lan', 'H'],
] };

describe('the Lớp tab\'s Sĩ số under the headers schools write (review-7 F5)', () => {
  it.each(['Sĩ số HS', 'Sĩ số hiện tại', 'SS', 'Tổng số học sinh', 'Số lượng HS'])('"%s": THHS 81, not the 2 roster rows', async (label) => {
    const { json, summary } = await run([ROSTER, { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', label], ['3A', 3, 'Cô Mai', 40], ['3B', 3, 'Cô Hoa', 41]] }]);
    expect(json.totals.GKI?.byGrade.map((g) => [g.grade, g.students, g.studentsSource])).toEqual([[3, 81, 'classList']]);
    expect(json.problems.filter((p) => p.sheet === 'Lớp')).toEqual([]);
    expect(summary).toContain('THHS: tổng sĩ số các lớp theo trang Lớp. Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.');
  });

  it('"Sĩ số đầu năm" | "Sĩ số cuối HKI": the later is read and the other named in Kiểm tra; a column it cannot place is named too', async () => {
    const { json, check } = await run([ROSTER, { name: 'Lớp', values: [
      ['Lớp', 'Khối', 'Sĩ số đầu năm', 'Sĩ số cuối HKI', 'Điện thoại GVCN'], ['3A', 3, 38, 40, '0912'], ['3B', 3, 39, 41, '0913']] }]);
    expect(json.totals.GKI?.byGrade.map((g) => [g.grade, g.students])).toEqual([[3, 81]]);
    expect(json.problems.filter((p) => p.sheet === 'Lớp').map((p) => `${p.severity} ${p.code}@${p.cell}`))
      .toEqual(['warning CLASS_LIST_SIZE_COLUMNS@C1', 'warning CLASS_LIST_COLUMN_UNPLACED@E1']);
    expect(check.filter((l) => l.includes('THHS được tính theo cột D'))).toHaveLength(1);
  });
});

describe('a blank Sĩ số in the Lớp tab (review-7 F6)', () => {
  it('3B blank: a warning at Lớp!D3; khối 3 is 40 + 38 + 3B\'s row, and the printed note names 3B', async () => {
    const roster: SheetGrid = { name: 'Danh sách', values: [...ROSTER.values, ['Trần Văn Cường', '3C', 'Nguyễn Thị Lan', 'C'], ['Đỗ Thị Dung', '4A', 'Nguyễn Thị Lan', 'H']] };
    const { json, check, summary } = await run([roster, { name: 'Lớp', values: [
      ['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['3A', 3, 'Cô Mai', 40], ['3B', 3, 'Cô Hoa', ''], ['3C', 3, 'Cô Thu', 38], ['4A', 4, 'Cô Lan', 35]] }]);
    expect(json.totals.GKI?.byGrade.map((g) => [g.grade, g.students, g.studentsSource, g.rowClasses])).toEqual([[3, 79, 'classList', ['3B']], [4, 35, 'classList', undefined]]);
    expect(json.problems.filter((p) => p.sheet === 'Lớp').map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual(['warning CLASS_LIST_SIZE_MISSING@D3']);
    expect(check.filter((l) => l.includes('Sĩ số của lớp 3B để trống'))).toHaveLength(1);
    expect(summary).toContain('THHS: khối 3 theo tổng sĩ số các lớp theo trang Lớp, riêng lớp 3B (chưa có sĩ số) theo số dòng học sinh trong Danh sách; khối 4 theo tổng sĩ số các lớp theo trang Lớp. Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.');
  });
});

describe('"nobody yet" in the GV hỗ trợ column (review-7 F26)', () => {
  it('"Chưa phân công", "Chưa có GV", "Chờ phân công", "Đang phân công", "?": noSupporter, warned, in "Chưa có GV hỗ trợ", never a mentor', async () => {
    const cells = ['Chưa phân công', 'Chưa có GV', 'Chờ phân công', 'Đang phân công', '?', 'Nguyễn Thị Lan'];
    const roster: SheetGrid = { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
      ...cells.map((c, i) => [`Lê Văn Số ${String.fromCharCode(65 + i)}`, '3A', c, 'C']),
    ] };
    const { json, summary } = await run([roster, { name: 'Cấu hình', values: [['Năm học', '2025-2026']] }]);
    expect(json.flags.map((f) => f.kinds.includes('noSupporter'))).toEqual([true, true, true, true, true, false]);
    expect(json.problems.filter((p) => p.code === 'SUPPORTER_MISSING').map((p) => p.cell)).toEqual(['C2', 'C3', 'C4', 'C5', 'C6']);
    expect(json.mentors.map((m) => [m.name, m.students])).toEqual([['Nguyễn Thị Lan', 1]]);
    // The printed progress counts: five students without a GV hỗ trợ.
    expect(summary.filter((l) => l.startsWith('Chưa có GV hỗ trợ'))).toEqual(['Chưa có GV hỗ trợ|||5']);
  });
});

describe('"GVCN" in the GV hỗ trợ column: the Lớp tab\'s GVCN of the class', () => {
  it('Đỡ đầu lists the students under the teacher the Lớp tab names; a class without one is told where to write it', async () => {
    const roster: SheetGrid = { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
      ['Lê Văn An', '3A', 'GVCN', 'C'],
      ['Phạm Thị Bình', '3A', 'Nguyễn Thị Hoa', 'C'],
      ['Trần Văn Cường', '3B', 'GVCN', 'C'],
    ] };
    const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['3A', 3, 'Nguyễn Thị Hoa', 30], ['3B', 3, '', 31]] };
    const book = await roundTrip(toWorkbook([roster, classes]));
    const { json } = runSummarize(book, { today: '2025-11-20' });
    expect(json.mentors.map((m: { name: string; students: number }) => [m.name, m.students])).toEqual([['Nguyễn Thị Hoa', 2]]);
    expect(json.problems.filter((p: { code: string }) => p.code === 'MENTOR_NAME_MISSING').map((p: { sheet: string; cell: string }) => `${p.sheet}!${p.cell}`))
      .toEqual(['Danh sách!C4']);
    expect(json.problems.filter((p: { code: string }) => p.code === 'SUPPORTER_MISSING')).toEqual([]);
    const tabs = snapshot(book, ['Đỡ đầu', 'Theo dõi']);
    const rows = (tabs['Đỡ đầu'] ?? []).map((r) => r.map((c) => c ?? '').join('|'));
    expect(rows.filter((l) => l.includes('Lê Văn An'))).toEqual([expect.stringContaining('|1. Nguyễn Thị Hoa')]);
    expect(rows.filter((l) => l.includes('Trần Văn Cường'))).toEqual([expect.stringContaining('|1. GVCN')]);
    const tracking = (tabs['Theo dõi'] ?? []).map((r) => r.map((c) => c ?? '').join('|'));
    expect(tracking.filter((l) => l.includes('Lê Văn An'))).toEqual([expect.stringContaining('|Nguyễn Thị Hoa (GVCN)|')]);
  });
});
