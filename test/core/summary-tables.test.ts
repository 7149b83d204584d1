// Tổng hợp's counts tables (src/core/layout/summary-tables.ts): the areas split into tables the
// page holds legibly (Khối, THHS and TSHS repeated; HSKT and Tỉ lệ end the last table), each table's
// two header rows and their merges, as the seed's table has them.
import { Builder } from '../../src/core/layout/builder';
import { countsTables, pieces } from '../../src/core/layout/summary-tables';
import type { Counts } from '../../src/core/rules/totals';

const counts = (students: number, needSupport: number, byArea: Record<string, number>, disability = 0): Counts =>
  ({ students, needSupport, byArea, disability } as Counts);

describe('pieces: the areas in tables of at most `slots` columns after Khối, THHS and TSHS', () => {
  it('one table when the areas and HSKT, Tỉ lệ fit', () => {
    expect(pieces(['Toán', 'Tiếng Việt'], 4)).toEqual([{ areas: ['Toán', 'Tiếng Việt'], tail: true }]);
    expect(pieces(['a', 'b', 'c', 'd'], 6)).toEqual([{ areas: ['a', 'b', 'c', 'd'], tail: true }]);
  });

  it('more: full tables, HSKT and Tỉ lệ after the last areas when they fit there, else in a table of their own', () => {
    expect(pieces(['a', 'b', 'c', 'd', 'e'], 4)).toEqual([{ areas: ['a', 'b', 'c', 'd'], tail: false }, { areas: ['e'], tail: true }]);
    expect(pieces(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 4)).toEqual([
      { areas: ['a', 'b', 'c', 'd'], tail: false }, { areas: ['e', 'f', 'g'], tail: false }, { areas: [], tail: true }]);
  });
});

describe('countsTables: each table with the seed\'s two header rows, an empty row between tables', () => {
  it('areas over three tables: "Số học sinh cần được hỗ trợ" over the areas, HSKT and Tỉ lệ in the last, every header merged as the seed has it', () => {
    const b = new Builder(7, true);
    const byArea = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 };
    const parts = pieces(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 4);
    const last = countsTables(b, 'Khối', [[6, counts(40, 10, byArea, 2)], ['TC', counts(40, 10, byArea, 2)]], parts, () => undefined);
    expect(b.rows).toEqual([
      ['Khối', 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', null, null, null],
      [null, null, null, 'a', 'b', 'c', 'd'],
      ['6', 40, 10, 1, 2, 3, 4],
      ['TC', 40, 10, 1, 2, 3, 4],
      [],
      ['Khối', 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', null, null],
      [null, null, null, 'e', 'f', 'g'],
      ['6', 40, 10, 5, 6, 7],
      ['TC', 40, 10, 5, 6, 7],
      [],
      ['Khối', 'THHS', 'TSHS cần hỗ trợ', 'Trong đó HSKT', 'Tỉ lệ'],
      [null, null, null, null, null],
      ['6', 40, 10, 2, '25,00%'],
      ['TC', 40, 10, 2, '25,00%'],
    ]);
    expect(last).toBe(11);
    expect(b.merges).toEqual(['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'A6:A7', 'B6:B7', 'C6:C7', 'D6:F6', 'A11:A12', 'B11:B12', 'C11:C12', 'D11:D12', 'E11:E12']);
  });

  it('one area: no merge over it; HSKT and Tỉ lệ after it', () => {
    const b = new Builder(6, true);
    countsTables(b, 'Mốc đánh giá', [['Cuối học kì I', counts(30, 3, { Toán: 3 }, 1)]], pieces(['Toán'], 4), () => undefined);
    expect(b.rows.slice(0, 2)).toEqual([['Mốc đánh giá', 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', 'Trong đó HSKT', 'Tỉ lệ'], [null, null, null, 'Toán', null, null]]);
    expect(b.merges).toEqual(['A1:A2', 'B1:B2', 'C1:C2', 'E1:E2', 'F1:F2']);
  });
});
