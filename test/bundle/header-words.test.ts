// Header words that look like a subject but are not (review-7 F22-F24), through the built bundle:
// a "Vắng HK1" column of absences was Ngữ văn at Giữa học kì I, "Năm sinh" was Sinh học.
import type { SheetGrid } from '../../src/core/model';
import { roundTrip, runSummarize } from '../helpers/bundle';
import { toWorkbook } from '../helpers/mentor-school';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'Cô Hoa', 40]] };

function roster(extra: string, values: unknown[]): SheetGrid {
  return { name: 'Danh sách', values: [
    ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Toán HK1', 'Văn HK1', extra],
    [1, 'Nguyễn Văn An', '8A', 'Cô Lan', '6,5', '7', values[0]],
    [2, 'Trần Thị Bình', '8A', 'Cô Lan', '4,5', '6', values[1]],
    [3, 'Lê Văn Cường', '8A', 'Cô Lan', '7', '8', values[2]],
  ] };
}

async function run(sheets: SheetGrid[]) {
  const { json } = runSummarize(await roundTrip(toWorkbook(sheets)), { today: '2026-01-20' });
  return json;
}

describe('a column whose header only looks like a subject', () => {
  // Changed on purpose (review-7 F25, one absence vocabulary): "Vắng" is an absence word, so the column is
  // read as the buổi nghỉ of Cuối học kì I (test/core/official-review7), no longer named as unplaced.
  it('"Vắng HK1" holding 0, 2, 7 is read as buổi nghỉ, counted nowhere as a rating: no Giữa học kì I, no Ngữ văn need', async () => {
    const json = await run([roster('Vắng HK1', [0, 2, 7]), CLASSES]);
    expect(json.reviewPoints).toEqual(['CKI']);
    expect(json.totals.CKI.total).toMatchObject({ needSupport: 1, byArea: { Toán: 1, 'Ngữ văn': 0 } });
    expect(json.problems.filter((p) => p.cell === 'G1')).toEqual([]);
  });

  it('"Năm sinh" holding years makes no Sinh học column and no problem about Sinh học', async () => {
    const json = await run([roster('Năm sinh', [2012, 2012, 2011]), CLASSES]);
    expect(json.areas).not.toContain('Sinh học');
    expect(json.problems.filter((p) => p.message.includes('Sinh học'))).toEqual([]);
    expect(json.totals.CKI.total).toMatchObject({ needSupport: 1, byArea: { Toán: 1, 'Ngữ văn': 0 } });
  });
});
