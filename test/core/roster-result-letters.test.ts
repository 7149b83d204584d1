// Lone letters (G, K, Y …) in a column nobody placed (review 26 K6, review 27 F6): under a label naming a review
// point or Học tập / Rèn luyện they are a secondary result nobody placed, an error. Under a subject or other words
// only ("Lớp Tiếng Anh tăng cường", "Văn hóa") they may be a club's grade or the Học lực: a warning, never silence.
import { run } from '../helpers/grid';
import { CONFIG, danhSach } from '../helpers/danh-sach';

const unplacedOf = (label: string, letters: [string, string]) => run([CONFIG, danhSach([['HK1 - Toán', label]],
  [['Nguyễn Văn An', '8A', 7, letters[0]], ['Lê Thị Bình', '8A', 7, letters[1]]])], '2026-01-20')
  .problems.filter((p) => p.code === 'COLUMN_UNPLACED');

describe('lone letters in a column nobody placed', () => {
  it.each([['Lớp Tiếng Anh tăng cường', ['G', 'K']], ['Tiếng Anh', ['K', 'G']], ['Văn hóa', ['G', 'Y']], ['Đạo đức', ['K', 'Y']]] as Array<[string, [string, string]]>)(
    'under "%s" (no point, no result) they are said as a warning that may be passed over', (label, letters) => {
      const said = unplacedOf(label, letters);
      expect(said.map((p) => [p.cell, p.severity])).toEqual([['H1', 'warning']]);
      expect(said[0].message).toMatch(/Nếu cột này không phải kết quả đánh giá, có thể bỏ qua cảnh báo này\.$/);
    });

  it.each([['Xếp loại HK1', ['Y', 'K']], ['Học lực', ['G', 'K']], ['Hạnh kiểm', ['T', 'K']], ['Xếp loại học lực', ['K', 'Y']], ['Tiếng Anh', ['T', 'K']]] as Array<[string, [string, string]]>)(
    'under "%s" holding %p they are ratings nobody placed: an error at the header', (label, letters) => {
      expect(unplacedOf(label, letters).map((p) => [p.cell, p.severity])).toEqual([['H1', 'error']]);
    });
});
