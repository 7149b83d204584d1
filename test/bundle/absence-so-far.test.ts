// A Buổi nghỉ column naming no review point, mid-year, through the built bundle (review-7 F1): An's
// Học tập + Rèn luyện and Bình's 25 buổi + Hoàn cảnh stay atRisk at Cuối học kì I, and the header
// cell says the column is read as the count so far.
import type { SheetGrid } from '../../src/core/model';
import { roundTrip, runSummarize } from '../helpers/bundle';
import { toWorkbook } from '../helpers/mentor-school';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'Cô Hoa', 40]] };

function roster(absenceLabel: string): SheetGrid {
  return { name: 'Danh sách', values: [
    ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Hoàn cảnh', absenceLabel, 'Toán HK1', 'Văn HK1', 'KQHT HK1', 'KQRL HK1'],
    [1, 'Nguyễn Văn An', '01/02/2012', '8A', 'Cô Lan', '', 3, '3,5', '4,0', 'Chưa đạt', 'Chưa đạt'],
    [2, 'Trần Thị Bình', '03/04/2012', '8A', 'Cô Lan', 'Hộ nghèo', 25, '4,5', '6', 'Đạt', 'Tốt'],
  ] };
}

async function run(sheets: SheetGrid[]) {
  const { json } = runSummarize(await roundTrip(toWorkbook(sheets)), { today: '2026-01-20' });
  return json as { flags: Array<{ name: string; reviewPoint: string; kinds: string[]; reasons?: string[] }>; problems: Array<{ code: string; cell: string; sheet: string; message: string }> };
}

describe('"Số buổi nghỉ" (no point) in a THCS Danh sách rated at HK1', () => {
  it.each(['Số buổi nghỉ', 'HK1 - Số buổi nghỉ'])('"%s": both students atRisk at Cuối học kì I, for the reasons written', async (label) => {
    const json = await run([roster(label), CLASSES]);
    const risk = json.flags.filter((f) => f.kinds.includes('atRisk')).map((f) => [f.name, f.reviewPoint, f.reasons]);
    expect(risk).toEqual([
      ['Nguyễn Văn An', 'CKI', ['Rèn luyện', 'Học tập']],
      ['Trần Thị Bình', 'CKI', ['Chuyên cần', 'Hoàn cảnh']],
    ]);
    const said = json.problems.filter((p) => p.code === 'ABSENCE_SO_FAR').map((p) => `${p.sheet}!${p.cell}`);
    expect(said).toEqual(label === 'Số buổi nghỉ' ? ['Danh sách!G1'] : []);
  });
});
