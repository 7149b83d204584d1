// An area of the other level in a vnEdu class tab (issue 17, the official reader's side of the
// roster's AREA_OTHER_LEVEL): a "Khoa học tự nhiên" column in a khối 3 export counted a C as a need
// in an area primary students do not have, and a "Tiếng Việt" column in a khối 8 export a 4,5 as one
// on the score scale, without a word. Such a column is not read, and its header cell says so once.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange, Problem, SheetGrid } from '../../src/core/model';
import { readOfficialTab } from '../../src/core/read/official';
import { parseA1Range } from '../../src/core/text';
import { ORDER_2025, vneduSheet } from '../../local/vnedu-export';
import { secondaryClass, secondarySheet } from '../../local/vnedu-export-secondary';

const grid = (made: { grid: SheetGrid; merges: string[] }): SheetGrid => ({ ...made.grid, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) });
const said = (problems: readonly Problem[]) => problems.filter((p) => p.code === 'AREA_OTHER_LEVEL');

describe('a vnEdu class tab', () => {
  it('khối 3 with a "Khoa học tự nhiên" column: not read, one warning at its header naming 3A', () => {
    const made = vneduSheet({ sheet: '3a', className: '3A', point: 'CKI', year: 2025, subjects: [...ORDER_2025, { name: 'Khoa học tự nhiên', score: true }],
      students: [{ name: 'An', birth: '01/01/2017', ratings: { 'Khoa học tự nhiên': 'C' } }, { name: 'Bình', birth: '01/01/2017', ratings: { 'Tiếng Anh': 'C', 'Khoa học tự nhiên': 'H' } }] });
    const tab = readOfficialTab(grid(made), WALL_CLOCK_OFFSET);
    expect(tab?.students.map((s) => s.review.need)).toEqual([[], ['Ngoại ngữ']]);
    expect(tab?.areas).not.toContain('Khoa học tự nhiên');
    const warnings = said(tab?.problems ?? []);
    expect(warnings.map((p) => p.severity)).toEqual(['warning']);
    expect(warnings[0].cell).toMatch(new RegExp(`^${String.fromCharCode(64 + made.columnOf['Khoa học tự nhiên'])}\\d+$`));
    expect(warnings[0].message).toContain('lớp 3A (Tiểu học): 2 ô này chưa được tính');
    expect(warnings[0].message).toContain('sửa tên lớp ở tiêu đề trang');
    expect(warnings[0].message).toBe(warnings[0].message.normalize('NFC'));
    expect(warnings[0].message).toBe('Trang "3a": cột "Khoa học tự nhiên" (Cuối học kì I) chỉ có ở THCS và THPT, nhưng có ghi cho học sinh lớp 3A (Tiểu học): '
      + '2 ô này chưa được tính. Nếu cột ghi môn khác, đổi tiêu đề cho đúng tên môn của tiểu học (ví dụ "Tiếng Việt" thay cho "Ngữ văn", "Khoa học" thay cho "KHTN"); '
      + 'nếu trang này là của lớp khác, sửa tên lớp ở tiêu đề trang.');
  });

  it('khối 8 with a "Tiếng Việt" column: not read on the score scale, one warning', () => {
    const made = secondarySheet({ sheet: '8a', className: '8A', grade: 8, point: 'HK1', year: 2025, regime: 'TT22',
      subjects: [{ name: 'Toán', kind: 'score' }, { name: 'Tiếng Việt', kind: 'score' }, { name: 'GDTC', kind: 'comment' }],
      students: secondaryClass(2, 9900000001, 2012, (i) => (i === 0 ? { marks: { 'Tiếng Việt': 4.5 } } : {})) });
    const tab = readOfficialTab(grid(made), WALL_CLOCK_OFFSET);
    expect(tab?.students.map((s) => s.review.need)).toEqual([[], []]);
    expect(said(tab?.problems ?? []).length).toBe(1);
  });
});

describe('a vnEdu khối 4 tab with "Lịch sử" and "Địa lí" columns (issue 17, review of round 9)', () => {
  it('reads them as the parts of Lịch sử và Địa lí, as a Danh sách does: one need, one area, no warning', () => {
    const subjects = [{ name: 'Tiếng Việt', score: true }, { name: 'Toán', score: true }, { name: 'Lịch sử', score: true }, { name: 'Địa lí', score: true }];
    const students = [0, 1].map((i) => ({ name: `Học sinh ${i}`, birth: '01/02/2016', ratings: { 'Lịch sử': i === 0 ? 'C' : 'H', 'Địa lí': i === 0 ? 'C' : 'H' } }));
    const tab = readOfficialTab(grid(vneduSheet({ sheet: '4a', className: '4A', point: 'CKI', year: 2025, subjects, students })), WALL_CLOCK_OFFSET);
    expect(tab?.students.map((s) => s.review.need)).toEqual([['Lịch sử và Địa lí'], []]);
    expect(tab?.areas).toContain('Lịch sử và Địa lí');
    expect(tab?.areas).not.toContain('Lịch sử');
    expect(said(tab?.problems ?? [])).toEqual([]);
    // The two parts are one subject, not a subject written twice (review 19).
    expect(tab?.problems.filter((p) => p.code === 'HEADER_DUPLICATE')).toEqual([]);
  });
});
