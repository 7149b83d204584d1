// A secondary row without a class (a CLASS_MISSING error, not counted) is not told, cell by cell,
// that its scores are "a primary khối's" mistake: its khối is unknown, so a score or a TT22 word
// is no second error; a value of no scale still is.
import { classGrid, run } from '../helpers/grid';

const HEADER = ['STT', 'Họ và tên', 'Lớp', 'HK1 - Toán', 'HK1 - Ngữ văn', 'HK1 - Học tập'];

describe('a secondary row without a class', () => {
  const a = run([{ name: 'Danh sách', values: [
    HEADER,
    [1, 'Nguyễn Văn An', '10A', '4,5', 7, 'Đạt'],
    [2, 'Lê Thị Bình', '', '3,5', 6, 'Chưa đạt'],
    [3, 'Trần Văn Cường', '', '6..5', 'T', 'Khá'],
  ] }, classGrid([['10A', 10, 'Cô Lan', 40]])]);
  const cells = a.problems.filter((p) => p.severity === 'error').map((p) => `${p.code}@${p.cell}`);

  it('is one CLASS_MISSING error at its class cell, and left out of the counts', () => {
    expect(cells.filter((c) => c.endsWith('3'))).toEqual(['CLASS_MISSING@C3']);
    expect(a.totals.CKI?.total.students).toBeGreaterThanOrEqual(1);
    expect(a.students.filter((s) => !s.excluded).map((s) => s.name)).toEqual(['Nguyễn Văn An']);
  });

  it('a value of no scale (6..5) is still an error at its cell; a primary letter is read as primary (khối unknown)', () => {
    expect(cells.filter((c) => c.endsWith('4')).sort()).toEqual(['CLASS_MISSING@C4', 'RATING_INVALID@D4']);
  });
});
