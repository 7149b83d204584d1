// Issue 17: a group label written once in its first column, the cells beside it blank and nothing
// merged, is how many schools write a group. Over parts of its area it spans until the next label
// ("Tin học" under "Năng lực đặc thù" is Năng lực's part, not the subject); over anything else it
// does not, and a column it cannot place is named at its cell. Column C is GV hỗ trợ.

import type { SheetGrid } from '../../src/core/model';
import { codes, run } from '../helpers/grid';

/** A roster with a GV hỗ trợ column after Lớp (column C), so the only problems are the header's. */
const roster = (header: unknown[][], rows: unknown[][]): SheetGrid => ({ name: 'Danh sách', values: [
  ...header.map((h, i) => [h[0], h[1], i === 0 ? 'GV hỗ trợ' : '', ...h.slice(2)]),
  ...rows.map((r) => [r[0], r[1], 'Cô Lan', ...r.slice(2)]),
] });
const needs = (sheets: SheetGrid[], point: 'GKI' = 'GKI') => run(sheets).roster.students.map((s) => [s.name, [...(s.reviews[point]?.need ?? [])]]);

describe('an unmerged group label over its parts', () => {
  const header = [
    ['Họ và tên', 'Lớp', 'Giữa học kì I', '', '', '', ''],
    ['', '', 'Toán', 'Năng lực đặc thù', '', '', 'Tin học'],
    ['', '', '', 'Tính toán', 'Công nghệ', 'Tin học', ''],
  ];
  it('spans its parts: a C under "Tin học" there is a need in Năng lực, once; the subject Tin học beside it stays the subject', () => {
    const sheets = [roster(header, [
      ['An', '1A', 'H', 'Đ', 'Đ', 'C', 'H'],
      ['Bình', '1A', 'H', 'C', 'Đ', 'C', 'H'],
      ['Chi', '1A', 'C', 'Đ', 'Đ', 'Đ', 'C'],
    ])];
    expect(needs(sheets)).toEqual([['An', ['Năng lực']], ['Bình', ['Năng lực']], ['Chi', ['Toán', 'Tin học']]]);
    const a = run(sheets);
    expect(a.problems).toEqual([]);
    expect(a.totals.GKI?.total.byArea).toMatchObject({ 'Toán': 1, 'Năng lực': 2, 'Tin học': 1 });
    expect(a.roster.tabs[0].layout?.reviewColumns.map((rc) => `${rc.column}:${rc.area}${rc.part ? '/' + rc.part : ''}`))
      .toEqual(['3:Toán', '4:Năng lực/Tính toán', '5:Năng lực/Công nghệ', '6:Năng lực/Tin học', '7:Tin học']);
  });

  it('reads the same as the merged group', () => {
    const rows = [['An', '1A', 'H', 'Đ', 'Đ', 'C', 'H'], ['Chi', '1A', 'C', 'Đ', 'Đ', 'Đ', 'C']];
    const merged: SheetGrid = { ...roster(header, rows), merges: [{ row: 1, column: 4, numRows: 1, numColumns: 5 }, { row: 2, column: 5, numRows: 1, numColumns: 3 }] };
    expect(needs([merged])).toEqual(needs([roster(header, rows)]));
  });

  it('does not span a column whose label is no part of it: that column is named at its header cell', () => {
    const sheets = [roster([
      ['Họ và tên', 'Lớp', 'Giữa học kì I', '', ''],
      ['', '', 'Năng lực chung', '', ''],
      ['', '', 'Tự chủ và tự học', 'Giao tiếp và hợp tác', 'Kĩ năng sống'],
    ], [['An', '1A', 'Đ', 'C', 'C'], ['Bình', '1A', 'Đ', 'Đ', 'Đ']])];
    const a = run(sheets);
    expect(needs(sheets)).toEqual([['An', ['Năng lực']], ['Bình', []]]);
    expect(codes(a)).toEqual(['COLUMN_UNPLACED@F3']);
    expect(a.problems[0].message).toContain('"Kĩ năng sống"');
  });

  it('an area rated as a whole (nothing under it) does not span the next column: "Tin học" there is the subject', () => {
    const sheets = [roster([
      ['Họ và tên', 'Lớp', 'Giữa học kì I', '', ''],
      ['', '', 'Toán', 'Năng lực', ''],
      ['', '', '', '', 'Tin học'],
    ], [['An', '1A', 'H', 'C', 'C']])];
    expect(needs(sheets)).toEqual([['An', ['Năng lực', 'Tin học']]]);
    expect(run(sheets).problems).toEqual([]);
  });

  it('one header row: "GKI - Năng lực đặc thù (Tin học)" is Năng lực\'s part, "GKI - Tin học" the subject', () => {
    const sheets = [roster([['Họ và tên', 'Lớp', 'GKI - Năng lực đặc thù (Tin học)', 'GKI - Năng lực chung (Giao tiếp và hợp tác)', 'GKI - Tin học']],
      [['An', '1A', 'C', 'C', 'H'], ['Bình', '1A', 'Đ', 'Đ', 'C']])];
    expect(needs(sheets)).toEqual([['An', ['Năng lực']], ['Bình', ['Tin học']]]);
    expect(run(sheets).problems).toEqual([]);
  });
});

describe('a part straight under its review point, with no area label over it', () => {
  it('says its area itself: "Tự chủ và tự học" and "Yêu nước" under "Giữa học kì I" are Năng lực and Phẩm chất', () => {
    const sheets = [roster([
      ['Họ và tên', 'Lớp', 'Giữa học kì I', '', ''],
      ['', '', 'Toán', 'Tự chủ và tự học', 'Yêu nước'],
    ], [['An', '1A', 'H', 'C', 'Đ'], ['Bình', '1A', 'C', 'Đ', 'C']])];
    expect(needs(sheets)).toEqual([['An', ['Năng lực']], ['Bình', ['Toán', 'Phẩm chất']]]);
    expect(codes(run(sheets))).toEqual([]);
  });
});
