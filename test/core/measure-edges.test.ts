// layout/measure.ts edges: a word that exactly fills the cell, and a cell merged down from the last row.

import { fitForPrint, legibleWidthPx, rowHeights, textWidthPx, wrappedLines } from '../../src/core/layout/measure';

// Times New Roman at 12 pt: 16 px to the em, 'a' 0.5 em (8 px), a space 0.25 em (4 px): exact sums.
const font = { pt: 12, serif: true };
const PADDING = 4; // a cell's inner padding (CELL_PADDING_PX)

describe('wrappedLines at the exact width of the cell', () => {
  it('the widths used are exact', () => {
    expect([textWidthPx('aaaa', font), textWidthPx(' ', font), textWidthPx('aa aa', font)]).toEqual([32, 4, 36]);
  });

  it('two words that fill the room to the pixel stay on one line; one pixel less and the second wraps', () => {
    expect(wrappedLines('aa aa', 36 + PADDING, font)).toBe(1);
    expect(wrappedLines('aa aa', 35 + PADDING, font)).toBe(2);
  });

  it('a word exactly as wide as the room fills its line: the next word starts a new one', () => {
    expect(wrappedLines('aaaa a', 32 + PADDING, font)).toBe(2);
    expect(wrappedLines('aaaa aaaa a', 32 + PADDING, font)).toBe(3);
  });
});

describe('rowHeights: a cell merged down from the last row', () => {
  it('what it lacks goes to the last row, the only one of its rows measured', () => {
    const cell = { row: 4, column: 1, rows: 2, columns: 1, text: 'a\nb\nc\nd', font: { pt: 10 }, wrap: false };
    expect(rowHeights([cell], 4, [64], { pt: 10 })).toEqual([21, 21, 21, 68]);
  });
});

describe('fitForPrint at exactly the width 10 pt may take', () => {
  it('nothing is narrowed, not even rounded down', () => {
    const budget = legibleWidthPx(10) - 6 * 2; // each column's paper padding is 6 px
    expect(fitForPrint([budget - 100.5, 100.5], [1], 10)).toEqual([budget - 100.5, 100.5]);
    expect(fitForPrint([budget - 100.5, 101.5], [1], 10)).toEqual([budget - 100.5, 100]);
  });
});

describe('rowHeights: line breaks and cells past the last row', () => {
  const cell = (row: number, text: string, rows = 1) => ({ row, column: 1, rows, columns: 1, text, font, wrap: false });
  const [one] = rowHeights([], 1, [200], font);

  it('a text that begins with a line break has two lines, as one with a break inside', () => {
    const [leading, inside, plain] = rowHeights([cell(1, '\nabc'), cell(2, 'a\nb'), cell(3, 'abc')], 3, [200], font);
    expect([leading, inside, plain]).toEqual([inside, inside, one]);
    expect(inside).toBeGreaterThan(one);
  });

  it('a cell below the last row, alone or merged down, changes no row', () => {
    expect(rowHeights([cell(5, 'a\nb\nc'), cell(4, 'a\nb\nc\nd', 2)], 3, [200], font)).toEqual([one, one, one]);
  });
});
