// Builder's print sections (layout/builder.ts): a kept block of one row is no section, a heading
// keeps the rows under it up to an empty row, and a table's header rows are the ones it says.

import { Builder } from '../../src/core/layout/builder';

const rows = (b: Builder, cells: Array<Array<string | null>>) => { for (const c of cells) b.add(c); };

describe('Builder sections', () => {
  it('keep: rows first..last are one section; one row alone is none', () => {
    const b = new Builder(2);
    rows(b, [['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
    b.keep(3, 3);
    b.keep(2, 4);
    expect(b.build('timeline', [100, 100], 0, true).sections).toEqual([{ first: 2, last: 4 }]);
  });

  it.each<[string, Array<string | null>]>([['blank text', ['', '']], ['no values', [null, null]], ['both', ['', null]]])(
    'a heading goes with the rows under it up to an empty row (%s)', (_, empty) => {
      const b = new Builder(2);
      rows(b, [['Tiêu đề', null], ['a', 'b'], empty, ['c', 'd'], ['e', 'f']]);
      b.heading(1);
      expect(b.build('timeline', [100, 100], 0, true).sections).toEqual([{ first: 1, last: 2 }]);
    });

  it('a heading goes with three rows at most, and with the rows there are at the tab\'s end', () => {
    const b = new Builder(2);
    rows(b, [['a', 'b'], ['Tiêu đề', null], ['1', '2'], ['3', '4'], ['5', '6'], ['7', '8'], ['Cuối', null], ['9', null]]);
    b.heading(2);
    b.heading(7);
    expect(b.build('timeline', [100, 100], 0, true).sections).toEqual([{ first: 2, last: 5 }, { first: 7, last: 8 }]);
  });

  it('header rows listed once each, top to bottom, whatever order the tables were added in', () => {
    const b = new Builder(2);
    rows(b, [['Lớp', 'Số'], ['3A', '1'], ['Lớp', 'Số'], ['3B', '2']]);
    b.table(3, 4);
    b.table(1, 2);
    b.table(3, 4);
    expect(b.build('timeline', [100, 100], 0, true).headerRows).toEqual([1, 3]);
  });

  it('a table with two header rows: its section, header rows and header styles', () => {
    const b = new Builder(3);
    rows(b, [['Tiêu đề', null, null], ['Lớp', 'GKI', null], [null, 'Toán', 'TV'], ['3A', '1', '2'], ['3B', '0', '4']]);
    b.table(2, 5, 3, 2);
    const layout = b.build('timeline', [100, 100, 100], 0, true);
    expect(layout.sections).toEqual([{ first: 2, last: 5, header: { first: 2, last: 3 } }]);
    expect(layout.headerRows).toEqual([2, 3]);
    expect([layout.styles.headerFill, layout.styles.border]).toEqual([['A2:C3'], ['A2:C5']]);
  });
});
