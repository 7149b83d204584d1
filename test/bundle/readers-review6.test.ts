// Review-6's silent wrong numbers in the readers, through the built bundle (build/Code.js in a vm
// on the in-memory spreadsheet): what the school wrote, what Kiểm tra says, what is counted.
import type { SheetGrid } from '../../src/core/model';
import { roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { toWorkbook } from '../helpers/mentor-school';

async function run(sheets: SheetGrid[], today: string) {
  const book = await roundTrip(toWorkbook(sheets));
  const { json } = runSummarize(book, { today });
  const check = snapshot(book, ['Kiểm tra'])['Kiểm tra'].map((r) => r.map((c) => c ?? '').join('|'));
  return { json, check };
}

const ROSTER: SheetGrid = { name: 'Danh sách', values: [
  ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt'],
  ['Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C', 'H'],
  ['Phạm Thị Bình', '4A', 'Trần Văn Hùng', 'C', 'C'],
] };

describe('a Nhật ký with two columns naming one field (review-6 §3)', () => {
  it('Học sinh in B and Họ và tên in G: B is read, G named at its header cell in Kiểm tra; the entry counts for B\'s student', async () => {
    const log: SheetGrid = { name: 'Nhật ký', values: [
      ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả', 'Họ và tên'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ', 'Phạm Thị Bình'],
    ] };
    const { json, check } = await run([ROSTER, log], '2025-11-28');
    expect(json.problems.filter((p) => p.sheet === 'Nhật ký').map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual(['warning HEADER_DUPLICATE@G1']);
    expect(json.log).toMatchObject({ sheets: ['Nhật ký'], entries: 1, matched: 1 });
    expect(json.mentors.map((m) => `${m.name} ${m.loggedThisMonth}`)).toEqual(['Nguyễn Thị Lan 1', 'Trần Văn Hùng 0']);
    expect(check.filter((line) => line.includes('cũng là cột "Học sinh"'))).toEqual([
      expect.stringContaining('Cột G ("Họ và tên") cũng là cột "Học sinh" của nhật ký (đã có ở cột B, "Học sinh"). Chỉ cột B được đọc, cột G chưa được tính')]);
  });
});
