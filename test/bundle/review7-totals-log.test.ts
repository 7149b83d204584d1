// Review-7's Nhật ký and totals findings, through the built bundle (build/Code.js in a vm on the
// in-memory spreadsheet): what the school wrote, what Kiểm tra says, what is counted and printed.
import type { SheetGrid } from '../../src/core/model';
import { roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { toWorkbook } from '../helpers/mentor-school';

async function run(sheets: SheetGrid[], today: string) {
  const book = await roundTrip(toWorkbook(sheets));
  const { json } = runSummarize(book, { today });
  const tabs = snapshot(book, ['Kiểm tra', 'Tổng hợp', 'Theo dõi']);
  const line = (r: unknown[]) => r.map((c) => c ?? '').join('|').replace(/\|+$/, '');
  return { json, check: tabs['Kiểm tra'].map(line), summary: tabs['Tổng hợp'].map(line) };
}

describe('a khối nobody of which is rated at a review point (review-7 F15)', () => {
  it('Cả năm: khối 9 (rated at Học kỳ 1 only) is no "0 | 0,00%" row, TC counts khối 8 alone, the note says why', async () => {
    const roster: SheetGrid = { name: 'Danh sách', values: [
      ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Toán HK1', 'Văn HK1', 'Toán CN', 'Văn CN'],
      [1, 'Nguyễn Văn An', '01/02/2012', '8A', 'Cô Lan', '4,5', '6', '4,0', '6'],
      [2, 'Trần Thị Bình', '03/04/2012', '8A', 'Cô Lan', '6', '6', '6', '6'],
      [3, 'Lê Văn Cường', '05/06/2011', '9A', 'Cô Lan', '6', '6', '', ''],
      [4, 'Lê Văn Dũng', '05/06/2011', '9A', 'Cô Lan', '6', '7', '', ''],
    ] };
    const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'X', 40], ['9A', 9, 'Y', 38]] };
    const { json, summary } = await run([roster, classes], '2026-06-10');
    expect(json.totals.CN).toEqual(expect.objectContaining({ unratedGrades: [9] }));
    expect(json.totals.CN!.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[8, 40, 1]]);
    expect([json.totals.CN!.total.students, json.totals.CN!.total.needSupport]).toEqual([40, 1]);
    expect(json.totals.CKI!.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[8, 40, 1], [9, 38, 0]]);
    const at = summary.findIndex((l) => l.startsWith('1. Số học sinh cần hỗ trợ theo khối - Cả năm'));
    expect(summary.slice(at + 3, at + 6).map((l) => l.split('|').slice(0, 10).join('|'))).toEqual([
      // Changed on purpose (review-7 F17): no Ngoại ngữ, Học tập, Rèn luyện column: "–", not 0.
      '8|40|1|1|0|–|–|–|0|2,50%',
      'TC|40|1|1|0|–|–|–|0|2,50%',
      'THHS: tổng sĩ số các lớp theo trang Lớp. Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.'
        + ' Khối 9 chưa có học sinh nào được đánh giá ở mốc Cả năm, nên chưa có trong bảng và trong dòng TC; khi giáo viên nhập kết quả mốc này, bấm Tổng hợp lại.'
        + ' Dấu –: khối đó chưa có cột đánh giá này ở mốc này, nên chưa biết (không phải 0).',
    ]);
    expect(summary.filter((l) => /^9\|38\|0\|/.test(l))).toEqual(['9|38|0|0|0|–|–|–|0|0,00%']); // only at Học kỳ 1 (section 6)
    expect(summary).toContain('Dòng Cả năm chưa tính khối 9: chưa có học sinh nào của khối được đánh giá ở mốc này.');
  });
});

describe('a Nhật ký row naming one child with another child\'s Mã HS (review-7 F4)', () => {
  const roster: SheetGrid = { name: 'Danh sách', values: [
    ['STT', 'Mã HS', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Toán GKI', 'Văn GKI'],
    [1, 'HS001', 'Nguyễn Văn Hùng', '01/02/2012', '8A', 'Cô Lan', '4,5', '6'],
    [2, 'HS002', 'Nguyễn Văn Hưng', '03/04/2012', '8A', 'Cô Lan', '3,0', '6'],
  ] };
  const form = (id: string): SheetGrid => ({ name: 'Câu trả lời biểu mẫu 1', values: [
    ['Dấu thời gian', 'Ngày hỗ trợ', 'Học sinh', 'Lớp', 'Mã HS', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét'],
    [new Date(Date.UTC(2025, 10, 20, 7)), '20/11/2025', 'Nguyễn Văn Hùng', '8A', id, 'Cô Lan', 'Phụ đạo Toán', 'Tiến bộ'],
  ] });

  it('Hùng written with Hưng\'s Mã HS: credited to neither, a warning at the Mã HS cell naming both; Hùng\'s own Mã HS counts', async () => {
    const wrong = await run([roster, form('HS002')], '2025-11-28');
    expect(wrong.json.problems.filter((p) => p.sheet === 'Câu trả lời biểu mẫu 1').map((p) => `${p.severity} ${p.code}@${p.cell}`))
      .toEqual(['warning LOG_STUDENT_ID_NAME_DIFFERS@E2']);
    expect(wrong.check.filter((l) => l.includes('LOG_STUDENT_ID_NAME_DIFFERS'))).toEqual([expect.stringContaining(
      'Mã HS "HS002" là của em Nguyễn Văn Hưng, lớp 8A, dòng 3 trang Danh sách, nhưng dòng nhật ký này ghi tên em Nguyễn Văn Hùng (Nguyễn Văn Hùng, lớp 8A, dòng 2 trang Danh sách)')]);
    expect(wrong.json.log).toMatchObject({ entries: 1, matched: 0 });
    expect(wrong.json.flags.map((f) => `${f.name} ${f.kinds.join(',')}`)).toEqual(['Nguyễn Văn Hùng new,noLog', 'Nguyễn Văn Hưng new,noLog']);

    const right = await run([roster, form('HS001')], '2025-11-28');
    expect(right.json.problems.filter((p) => p.sheet === 'Câu trả lời biểu mẫu 1')).toEqual([]);
    expect(right.json.log).toMatchObject({ entries: 1, matched: 1 });
    expect(right.json.flags.map((f) => `${f.name} ${f.kinds.join(',')}`)).toEqual(['Nguyễn Văn Hùng new', 'Nguyễn Văn Hưng new,noLog']);
  });
});
