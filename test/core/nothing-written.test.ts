// A Hoàn cảnh or GV nhận đỡ đầu cell that writes "nothing here" (PRODUCT 3.9: nothing is inferred
// that the school did not write): one closed vocabulary, matched folded.
import { splitSupporters } from '../../src/core/read/mentor-names';
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';

const NOTHING = ['Bình thường', 'Không khó khăn', 'Ổn định', 'Gia đình bình thường', 'Không có gì', 'không', '-', 'Chưa có', 'KHÔNG CÓ', '  bình   thường. '];
const CONFIG = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

function roster(hardships: string[]) {
  return { name: 'Danh sách', values: [
    ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Phẩm chất'],
    ...hardships.map((h, i) => [i + 1, `Lê Văn Số ${String.fromCharCode(65 + i)}`, '4A', h, '', 'C', 'H', 'Đ']),
  ] };
}

describe('"nothing here" in Hoàn cảnh', () => {
  it('is no hardship: the student keeps none, has no Hoàn cảnh reason and is not atRisk', () => {
    const a = run([CONFIG, roster(NOTHING)], '2025-11-10');
    expect(a.students.map((s) => s.hardship ?? null)).toEqual(NOTHING.map(() => null));
    const report = buildReport(a);
    expect(report.flags.filter((f) => f.reasons?.includes('Hoàn cảnh'))).toEqual([]);
  });

  it('written hardship is kept as written and is a signal', () => {
    const written = ['Bố mất, mẹ làm thuê', 'Không có bố', 'Bình thường nhưng mẹ ốm', 'Khó khăn'];
    const a = run([CONFIG, roster(written)], '2025-11-10');
    expect(a.students.map((s) => s.hardship)).toEqual(written);
  });
});

describe('"nothing here" in a GV nhận đỡ đầu cell', () => {
  it.each(['không', '-', 'Chưa có', 'Không có', 'chưa', 'Không có gì'])('%p names no mentor', (cell) => {
    expect(splitSupporters(cell)).toEqual([]);
  });
});
