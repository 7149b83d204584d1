// Lone letters (G, K, Y, T …) in a column nobody placed (review 26 K6): they are a secondary result
// only under a label naming a review point or Học tập / Rèn luyện. A subject is scored, never lettered,
// so "Lớp Tiếng Anh tăng cường" holding G/K is no rating column and no error.
import { run } from '../helpers/grid';
import { CONFIG, danhSach } from '../helpers/danh-sach';

const unplacedOf = (label: string, letters: [string, string]) => run([CONFIG, danhSach([['HK1 - Toán', label]],
  [['Nguyễn Văn An', '8A', 7, letters[0]], ['Lê Thị Bình', '8A', 7, letters[1]]])], '2026-01-20')
  .problems.filter((p) => p.code === 'COLUMN_UNPLACED').map((p) => [p.cell, p.severity]);

describe('lone letters in a column nobody placed', () => {
  it.each([['Lớp Tiếng Anh tăng cường', ['G', 'K']], ['Tiếng Anh', ['K', 'G']], ['CLB Toán', ['G', 'Y']]] as Array<[string, [string, string]]>)(
    'under a subject named without a point ("%s") they are no ratings: nothing said', (label, letters) => {
      expect(unplacedOf(label, letters)).toEqual([]);
    });

  it.each([['Xếp loại HK1', ['Y', 'K']], ['Học lực', ['G', 'K']], ['Hạnh kiểm', ['T', 'K']], ['Xếp loại học lực', ['K', 'Y']]] as Array<[string, [string, string]]>)(
    'under a point or a result ("%s") they are ratings nobody placed: an error at the header', (label, letters) => {
      expect(unplacedOf(label, letters)).toEqual([['H1', 'error']]);
    });
});
