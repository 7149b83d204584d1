// Issue 18, wrong numbers first: a secondary column the roster cannot place (a subject the
// vocabulary lacks, a review point written a way it does not know) is a problem at its header when
// its cells hold secondary values — a score as text ("3,5"), Đ/CĐ, Chưa đạt, Khá, a TT58 word,
// Miễn — never dropped silently.
import fc from 'fast-check';
import { classGrid, run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';

const FIELDS = ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ'];
const CLASSES = classGrid([['10A', 10, 'Cô Lan', 40]]);

/** A one-row Danh sách of two 10A students, with Toán HK1 placed and one more column `header` holding `cells`. */
function withColumn(header: string, cells: [unknown, unknown]) {
  return { name: 'Danh sách', values: [
    [...FIELDS, 'Toán HK1', header],
    [1, 'Nguyễn Văn An', '', '10A', '', 'Cô Lan', '7,0', cells[0]],
    [2, 'Lê Văn Bình', '', '10A', '', 'Cô Lan', '8,0', cells[1]],
  ] };
}
const unplacedAt = (header: string, cells: [unknown, unknown]) =>
  run([withColumn(header, cells), CLASSES]).problems.filter((p) => p.code === 'COLUMN_UNPLACED').map((p) => `${p.severity}@${p.cell}`);

describe('secondary columns the roster cannot place', () => {
  it.each<[string, [unknown, unknown]]>([
    ['KTPL HK1', ['3,5', '2,5']], // a known point over a subject the vocabulary lacks, scores as text
    ['Chuyên đề Toán HK1', ['CĐ', 'Chưa đạt']],
    ['Toán Kỳ 2', ['3,0', '4,5']], // a known subject under a point word the reader does not know
    ['Học tập Kỳ 2', ['Chưa đạt', 'Đạt']],
    ['Rèn luyện Kỳ 2', ['Yếu', 'Khá']],
    ['Học lực Kỳ 2', ['Kém', 'Trung bình']],
    ['Xyz', ['Đ', 'CĐ']], // no name at all, Đ/CĐ cells
    ['GDTC Kỳ 2', ['Miễn', 'Đ']],
  ])('"%s" holding %j is an error at its header cell, not counted', (header, cells) => {
    expect(unplacedAt(header, cells)).toEqual(['error@H1']);
  });

  it('a text score under a header naming nothing (a group number, a team) stays quiet, as a number does', () => {
    expect(unplacedAt('Tổ', ['1', '2'])).toEqual([]);
    expect(unplacedAt('Ghi chú', ['Chăm học', 'Hay quên vở'])).toEqual([]);
  });

  it('a fix asking to rename a point names Cuối học kì II for secondary schools too', () => {
    const grid = { name: 'Danh sách', values: [
      [...FIELDS, 'Học kỳ 1', 'Đợt 2'],
      [...FIELDS.map(() => ''), 'Toán', 'Toán'],
      [1, 'Nguyễn Văn An', '', '10A', '', 'Cô Lan', '7,0', '3,5'],
    ] };
    const problems = run([grid, CLASSES]).problems.filter((p) => p.code === 'COLUMN_UNPLACED');
    expect(problems.map((p) => `${p.severity}@${p.cell}`)).toEqual(['error@H1']);
    expect(problems[0].message).toContain('Giữa học kì II, Cuối học kì II, Cả năm');
  });

  it('property: any secondary value under an unknown point word is never silent', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((n) => (n / 10).toFixed(1).replace('.', ',')),
      fc.constantFrom('Đ', 'CĐ', 'Đạt', 'Chưa đạt', 'Tốt', 'Khá', 'Giỏi', 'Trung bình', 'Yếu', 'Kém', 'Miễn'),
    );
    const area = fc.constantFrom('Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện', 'Vật lí', 'Giáo dục thể chất');
    const point = fc.constantFrom('Kỳ 2', 'Đợt 1', 'Lần 3', 'Tháng 10');
    fc.assert(fc.property(area, point, value, value, (a, p, v1, v2) => {
      expect(unplacedAt(`${a} ${p}`, [v1, v2])).toEqual(['error@H1']);
    }), { numRuns: propertyRuns(200) });
  });
});
