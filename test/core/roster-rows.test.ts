// Rows below the header that are not students (PRODUCT 2.1): blank rows, the column-number row of
// a printed form, repeated headers and section titles, total lines, the signature block, a bare
// number, a note in the margin. Each is skipped and counted by its reason, never read as a student
// and never reported; a row that might be a student is read, and its fault reported.
import type { SkipReason } from '../../src/core/read/roster';
import { codes, run } from '../helpers/grid';

const HEADER = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt'];
const AN = [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C', 'H'];
const BINH = [2, 'Lê Thị Bình', '1A', 'Cô Lan', 'H', 'C'];
const roster = (values: unknown[][]) => run([{ name: 'Danh sách', values }]);
/** A row of the header's width with `cells` from column `from` (0-based). */
const rowWith = (from: number, ...cells: unknown[]) => HEADER.map((_, c) => (c >= from && c - from < cells.length ? cells[c - from] : ''));
const skippedOnly = (skipped: Record<SkipReason, number>) =>
  Object.fromEntries(Object.entries(skipped).filter(([, n]) => n !== 0));

describe('a row between two students', () => {
  it.each<[string, unknown[], SkipReason]>([
    ['blank', rowWith(0), 'blank'],
    ['blank but for spaces', rowWith(0, '  ', ' '), 'blank'],
    ['column numbers', [1, 2, 3, 4, 5, 6], 'header'],
    ['column numbers in brackets, some columns unnumbered', ['(1)', '(2)', '', '(3)', '', ''], 'header'],
    ['the header again', HEADER, 'header'],
    ['a class title', rowWith(0, 'Lớp 1B'), 'header'],
    ['a khối title', rowWith(1, 'KHỐI 2'), 'header'],
    ['a list title', rowWith(0, 'DANH SÁCH LỚP 3A'), 'header'],
    ['"Tổng"', rowWith(0, 'Tổng'), 'total'],
    ['"Tổng cộng" with the counts', rowWith(0, 'Tổng cộng', '', '', '', 2, 1), 'total'],
    ['"Cộng: 6 em"', rowWith(1, 'Cộng: 6 em'), 'total'],
    ['"TC"', rowWith(0, 'TC'), 'total'],
    ['"Tổng số: 35 HS"', rowWith(0, 'Tổng số: 35 HS'), 'total'],
    ['"Tổng số học sinh: 35"', rowWith(0, 'Tổng số học sinh: 35'), 'total'],
    ['"Cộng 6 học sinh"', rowWith(0, 'Cộng 6 học sinh'), 'total'],
    ['"TỔNG CỘNG."', rowWith(0, 'TỔNG CỘNG.'), 'total'],
    ['"Số HS chưa đạt" with the class and the counts', rowWith(1, 'Số HS chưa đạt', '1A', '', 2, 1), 'total'],
    ['"Số học sinh cần hỗ trợ: 3"', rowWith(1, 'Số học sinh cần hỗ trợ: 3'), 'total'],
    ['"SỐ EM CHƯA HOÀN THÀNH" with the counts', rowWith(1, 'SỐ EM CHƯA HOÀN THÀNH', '1A', '', '2', ''), 'total'],
    ['"Số lượng: 35"', rowWith(1, 'Số lượng: 35'), 'total'],
    ['a total line with a footer word in the class column', rowWith(0, 'Tổng', '', 'Hiệu trưởng'), 'total'],
    ['"Người lập danh sách"', rowWith(1, 'Người lập danh sách'), 'footer'],
    ['"Hiệu trưởng"', rowWith(3, 'Hiệu trưởng'), 'footer'],
    ['"Giáo viên chủ nhiệm"', rowWith(1, 'Giáo viên chủ nhiệm'), 'footer'],
    ['"GVCN lớp 1A"', rowWith(1, 'GVCN lớp 1A'), 'footer'],
    ['"Tổ trưởng chuyên môn"', rowWith(1, 'Tổ trưởng chuyên môn'), 'footer'],
    ['"Xác nhận của BGH"', rowWith(1, 'Xác nhận của BGH'), 'footer'],
    ['"(Ký, ghi rõ họ tên)"', rowWith(1, '(Ký, ghi rõ họ tên)'), 'footer'],
    ['"(Ký tên)"', rowWith(1, '(Ký tên)'), 'footer'],
    ['"(Ký ghi rõ họ tên)"', rowWith(1, '(Ký ghi rõ họ tên)'), 'footer'],
    ['the place and date', rowWith(3, 'Sông Xanh, ngày 20 tháng 12 năm 2025'), 'footer'],
    ['"TM. BAN GIÁM HIỆU"', rowWith(3, 'TM. BAN GIÁM HIỆU'), 'footer'],
    ['"KT HIỆU TRƯỞNG"', rowWith(3, 'KT HIỆU TRƯỞNG'), 'footer'],
    ['a footer word in the Lớp column', rowWith(2, 'Hiệu trưởng'), 'footer'],
    ['a bare number in STT', rowWith(0, 3), 'numbered'],
    ['a note in a column of no field', [...rowWith(0), 'họp phụ huynh ngày 15/11'], 'note'],
    ['a number and a note', [4, '', '', '', '', '', 'chuyển trường'], 'note'],
    ['a note that mentions the GVCN', [...rowWith(0), 'đã báo GVCN'], 'note'],
  ])('%s: skipped as %s, not read, not reported', (_name, row, reason) => {
    const a = roster([HEADER, AN, row, BINH]);
    expect(a.roster.students.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình']);
    expect(skippedOnly(a.roster.skipped)).toEqual({ [reason]: 1 });
    expect(codes(a)).toEqual([]);
  });

  it.each<[string, unknown[], string[]]>([
    ['a name without a class', rowWith(1, 'Trần Minh Chi'), ['CLASS_MISSING@C3']],
    ['a name ending in a total word (Công, Tổng) without a class', rowWith(1, 'Lê Văn Công'), ['CLASS_MISSING@C3']],
    ['a class without a name', rowWith(2, '1A'), ['NAME_MISSING@B3']],
    ['ratings without a name or class', rowWith(4, 'C', 'H'), ['NAME_MISSING@B3', 'CLASS_MISSING@C3']],
    ['a section title with a rating', rowWith(0, 'Lớp 1B', '', '', '', 'C'), ['NAME_MISSING@B3', 'CLASS_MISSING@C3']],
    ['a total line with a class', rowWith(0, 'Tổng', 'Trần Minh Chi', '1A'), []],
    ['words that only look like a footer inside a name', rowWith(1, 'Ngày Thị Tháng', '1A'), []],
    ['a signature-like word and a rating', rowWith(1, 'Hiệu trưởng', '', '', 'C'), ['CLASS_MISSING@C3']],
    ['two numbers', [3, 4, '', '', '', ''], ['CLASS_MISSING@C3']],
    ['only two column numbers (a form numbers three or more)', [1, 2, '', '', '', ''], ['CLASS_MISSING@C3']],
    ['header labels and a number', ['STT', 'Họ và tên', 'Lớp', 5, '', ''], ['GRADE_UNKNOWN@C3']],
  ])('%s: might be a student, so read, with its faults reported', (_name, row, problems) => {
    const a = roster([HEADER, AN, row, BINH]);
    expect(a.roster.students).toHaveLength(3);
    expect(codes(a).filter((c) => !c.startsWith('SUPPORTER_MISSING'))).toEqual(problems);
  });
});

describe('the signature block', () => {
  it('rows under it are part of it (the signers’ names), unless they have a class', () => {
    const a = roster([HEADER, AN,
      rowWith(1, 'Người lập danh sách', '', 'Hiệu trưởng'),
      rowWith(0),
      rowWith(1, 'Nguyễn Thị Lan', '', 'Trần Văn Nam'),
      rowWith(1, 'Trần Minh Chi', '1B', 'Cô Mai', 'C'),
    ]);
    expect(a.roster.students.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'Trần Minh Chi']);
    expect(skippedOnly(a.roster.skipped)).toEqual({ footer: 2, blank: 1 });
    expect(codes(a)).toEqual([]);
  });
});

describe('blank rows', () => {
  it('at the very end are the sheet’s own, not counted; between students they are', () => {
    const a = roster([HEADER, AN, rowWith(0), BINH, rowWith(0), rowWith(0), rowWith(0)]);
    expect(a.roster.skipped.blank).toBe(1);
  });
  it('a header with nothing below it reads no one and counts nothing', () => {
    const a = roster([HEADER, rowWith(0), rowWith(0)]);
    expect(a.roster.students).toEqual([]);
    expect(a.roster.skipped.blank).toBe(0);
  });
});

describe('where a problem about the whole tab points', () => {
  it.each([
    ['no rows at all', [], 'A1:Z1'],
    ['three rows', [['Ghi chú'], [''], ['']], 'A1:Z3'],
    ['more than ten rows: the ten searched', Array.from({ length: 14 }, () => ['x']), 'A1:Z10'],
    ['wider than Z', [new Array(30).fill('x')], 'A1:AD1'],
  ])('%s: %s', (_name, values, range) => {
    const a = roster(values as unknown[][]);
    expect(a.problems.map((p) => p.cell)).toEqual([range]);
  });
});
