// Theo dõi's classes printed one to a page (tracking-parts.ts classBreaks): a page starts at each class
// heading of a block but its first, and at the first row holding something after the block, whatever
// blank rows (empty strings or nulls, as the shell reads them) lie between.
import { classBreaks } from '../../src/core/layout/tracking-parts';

const heading = (cls: string) => `Lớp ${cls} (GVCN Cô Hoa) - Cuối học kì I: 2 học sinh`;

describe('classBreaks', () => {
  // Rows (index 0 is row 1): a point's heading, a block of two classes (rows 2–7), blank rows, then the next point.
  const rows: unknown[][] = [
    ['Cuối học kì I'], [heading('6A')], ['Lê Văn An'], ['Vũ Thị Bình'], [heading('6B')], ['Trần Văn Cường'], ['Ngô Thị Dung'],
    ['', null], [null], [''], ['Giữa học kì I'], ['Bảng số theo lớp'],
  ];

  it('each class of a block but the first, then the first row holding something after the blank ones', () => {
    expect(classBreaks([{ first: 2, last: 7 }], rows)).toEqual([5, 11]);
  });

  it('no row holding anything after the block: no break after it', () => {
    expect(classBreaks([{ first: 2, last: 7 }], rows.slice(0, 10))).toEqual([5]);
  });

  it('a row right after the block starts the page at once; a class whose heading is the block\'s first row is no break', () => {
    expect(classBreaks([{ first: 2, last: 4 }], rows)).toEqual([5]);
    expect(classBreaks([{ first: 5, last: 7 }], rows)).toEqual([11]);
  });

  it('a row holding a zero or false is something, not a blank', () => {
    const withZero = [...rows.slice(0, 7), [0], ...rows.slice(8)];
    expect(classBreaks([{ first: 2, last: 7 }], withZero)).toEqual([5, 8]);
  });

  it('two blocks: each one\'s classes and the row after it', () => {
    const two = [...rows, [heading('7A')], ['Hồ Văn Em'], [heading('7B')], ['Lý Thị Gấm'], [''], ['Ghi chú']];
    expect(classBreaks([{ first: 2, last: 7 }, { first: 13, last: 16 }], two)).toEqual([5, 11, 15, 18]);
  });
});
