// "V" in a THCS score column (review-7 F12), through the built bundle: in a sổ điểm it is "vắng"
// (missed the test), not the tick it is at primary; it was counted as a need without a word.
import type { SheetGrid } from '../../src/core/model';
import { roundTrip, runSummarize } from '../helpers/bundle';
import { toWorkbook } from '../helpers/mentor-school';

it('a "V" in Toán HK1 is no need: an error at its cell asks for the score, and the x beside it is still a need', async () => {
  const roster: SheetGrid = { name: 'Danh sách', values: [
    ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Toán HK1', 'Văn HK1'],
    [1, 'Nguyễn Văn An', '8A', 'Cô Lan', 'V', '7'],
    [2, 'Trần Thị Bình', '8A', 'Cô Lan', 'x', '6'],
  ] };
  const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'Cô Hoa', 40]] };
  const { json } = runSummarize(await roundTrip(toWorkbook([roster, classes])), { today: '2026-01-20' });
  expect(json.problems.filter((p) => p.severity === 'error').map((p) => `${p.code}@${p.cell}`)).toEqual(['RATING_INVALID@E2']);
  expect(json.totals.CKI.total).toMatchObject({ needSupport: 1, byArea: { Toán: 1 } });
});
