// A header message names the review point as the school's level does (TT22): a secondary roster's
// year point is "Cả năm", a primary one's "Cuối năm"; a tab mixing both levels keeps "Cuối năm".
import { classGrid, run } from '../helpers/grid';
import type { SheetGrid } from '../../src/core/model';

const FIELDS = ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ'];

/** A Danh sách of two students of `className` with `headers` after the fields, each row holding `cells`. */
function tab(className: string, headers: string[], cells: unknown[]) {
  return { name: 'Danh sách', values: [
    [...FIELDS, ...headers],
    [1, 'Nguyễn Văn An', '', className, '', 'Cô Lan', ...cells],
    [2, 'Lê Văn Bình', '', className, '', 'Cô Lan', ...cells],
  ] };
}
const classes = (...names: string[]) => classGrid(names.map((n) => [n, Number.parseInt(n, 10), 'Cô Lan', 40] as [string, number, string, number]));
const messages = (code: string, sheets: SheetGrid[], classNames: string[]) =>
  run([...sheets, classes(...classNames)]).problems.filter((p) => p.code === code).map((p) => `${p.cell}: ${p.message}`);

describe('the year point named at the tab\'s level in header messages', () => {
  it('a repeated year column of a secondary tab says "Cả năm", of a primary tab "Cuối năm"', () => {
    expect(messages('HEADER_DUPLICATE', [tab('10A', ['Cả năm - Toán', 'Cả năm - Toán'], ['7,0', '7,0'])], ['10A']))
      .toEqual(['H1: Cột "Toán" của mốc Cả năm lặp lại (đã có ở cột G). Chỉ cột đầu được tính; xóa hoặc đổi tên cột này.']);
    expect(messages('HEADER_DUPLICATE', [tab('4A', ['Cuối năm - Toán', 'Cuối năm - Toán'], ['H', 'H'])], ['4A']))
      .toEqual(['H1: Cột "Toán" của mốc Cuối năm lặp lại (đã có ở cột G). Chỉ cột đầu được tính; xóa hoặc đổi tên cột này.']);
  });

  it('a repeated year absence column of a secondary tab says "Cả năm"', () => {
    const [message] = messages('HEADER_DUPLICATE', [tab('10A', ['Cả năm - Số buổi nghỉ', 'Cả năm - Số buổi nghỉ'], [3, 3])], ['10A']);
    expect(message).toMatch(/^H1: Cột Buổi nghỉ \(.*\) của mốc Cả năm lặp lại \(đã có ở cột G\)/);
  });

  it('a year column without a subject names "Cả năm" at secondary, "Cuối năm" at primary', () => {
    const secondary = messages('COLUMN_UNPLACED', [tab('10A', ['Toán HK1', 'Cả năm'], ['7,0', '3,5'])], ['10A']);
    expect(secondary).toEqual([expect.stringContaining('thuộc mốc Cả năm nhưng thiếu tên môn')]);
    const primary = messages('COLUMN_UNPLACED', [tab('4A', ['GKI - Toán', 'Cuối năm'], ['H', 'C'])], ['4A']);
    expect(primary).toEqual([expect.stringContaining('thuộc mốc Cuối năm nhưng thiếu tên môn')]);
  });

  it('a header naming no point lists the secondary points with Cuối học kì II and Cả năm', () => {
    const [message] = messages('COLUMN_UNPLACED', [{ name: 'Danh sách', values: [
      [...FIELDS, 'HK1', '', 'Nhóm A', ''],
      ['', '', '', '', '', '', 'Toán', 'Ngữ văn', 'Toán', 'Ngữ văn'],
      [1, 'Nguyễn Văn An', '', '10A', '', 'Cô Lan', '7,0', '6,0', '3,5', '4,0'],
    ], merges: [{ row: 1, column: 7, numRows: 1, numColumns: 2 }, { row: 1, column: 9, numRows: 1, numColumns: 2 }] }], ['10A']);
    expect(message).toContain('Đổi tiêu đề thành tên một mốc: Đầu năm, Giữa học kì I, Cuối học kì I, Giữa học kì II, Cuối học kì II, Cả năm.');
  });

  it('a tab mixing primary and secondary khối keeps "Cuối năm"', () => {
    const sheet = tab('4A', ['Cuối năm - Toán', 'Cuối năm - Toán'], ['H', 'H']);
    sheet.values.push([3, 'Trần Văn Cường', '', '6A', '', 'Cô Lan', '7,0', '7,0']);
    expect(messages('HEADER_DUPLICATE', [sheet], ['4A', '6A'])).toEqual([expect.stringContaining('của mốc Cuối năm lặp lại')]);
  });
});
