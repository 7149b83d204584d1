// Text widths and print widths (src/core/layout/measure.ts): the estimates the page plan and the
// printed tabs' column widths rest on. At 7.5 pt one em is 10 px, so each width below is the class's
// em times 10 (bold 8% more).
import { fitForPrint, fitScale, legibleWidthPx, paperWidthPx, printedPt, rowHeights, textWidthPx, wrappedLines, type MeasuredCell } from '../../src/core/layout/measure';

const sans = { pt: 7.5 };
const serif = { pt: 7.5, serif: true };

describe('textWidthPx: each character by its class, Arial unless Times New Roman is said', () => {
  it.each<[string, number, number]>([
    [' ', 2.8, 2.5],
    ['.', 2.8, 2.8], [',', 2.8, 2.8], ['|', 2.8, 2.8],
    ['(', 3.4, 3.4], ['/', 3.4, 3.4], ['-', 3.4, 3.4],
    ['7', 5.6, 5.0],
    ['M', 8.9, 8.9], ['w', 8.9, 8.9], ['Đ', 8.9, 8.9], ['%', 8.9, 8.9],
    ['A', 6.8, 7.0], ['Ấ', 6.8, 7.0],
    ['i', 2.4, 2.4], ['í', 2.4, 2.4], ['l', 2.4, 2.4],
    ['f', 3.4, 3.4], ['t', 3.4, 3.4], ['r', 3.4, 3.4],
    ['a', 5.4, 5.0], ['ệ', 5.4, 5.0], ['đ', 5.4, 5.0],
  ])('"%s": %d px in Arial, %d px in Times New Roman', (ch, arial, times) => {
    expect(textWidthPx(ch, sans)).toBeCloseTo(arial, 6);
    expect(textWidthPx(ch, { ...sans, serif: false })).toBeCloseTo(arial, 6);
    expect(textWidthPx(ch, serif)).toBeCloseTo(times, 6);
  });

  it('a text is the sum of its characters, bold 8% wider; diacritics add nothing', () => {
    expect(textWidthPx('Tổng hợp', sans)).toBeCloseTo(6.8 + 5.4 + 5.4 + 5.4 + 2.8 + 5.4 + 5.4 + 5.4, 6);
    expect(textWidthPx('Tổng hợp', { ...sans, bold: true })).toBeCloseTo(1.08 * textWidthPx('Tong hop', sans), 6);
    expect(textWidthPx('', sans)).toBe(0);
  });

  it('a character outside the Basic Multilingual Plane counts once (not as its two UTF-16 halves), a lone half as one character', () => {
    // U+1D400 (a bold capital A) is one character of the letter class: 5.4 px, as "a" is.
    expect(textWidthPx('a\u{1D400}b', sans)).toBeCloseTo(3 * 5.4, 6);
    expect(textWidthPx('\uD835', sans)).toBeCloseTo(5.4, 6);
    expect(textWidthPx('\uD835M', sans)).toBeCloseTo(5.4 + 8.9, 6);
  });
});

describe('fitForPrint: columns narrowed only as far as 10 pt needs to print at 9 pt', () => {
  it('widths that print legibly stay as they are', () => {
    expect(fitForPrint([100, 200, 300], [1, 2], 10)).toEqual([100, 200, 300]);
  });

  it('too wide: only the shrinkable columns give way, in proportion, until the type prints at 9 pt or more', () => {
    expect(legibleWidthPx(10)).toBe(1044);
    // 1,100 px of columns and 18 of padding against 1,044: the 1,000 flexible px lose 74.
    const fitted = fitForPrint([100, 400, 600], [1, 2], 10);
    expect(fitted).toEqual([100, 370, 555]);
    expect(paperWidthPx(fitted)).toBeLessThanOrEqual(1044);
    expect(printedPt(10, fitted)).toBeGreaterThanOrEqual(9);
    // A shrinkable column too narrow to make up the difference goes to nothing, never below.
    expect(fitForPrint([1100, 50], [1], 10)).toEqual([1100, 0]);
  });

  it('too wide with nothing shrinkable: left as it is', () => {
    expect(fitForPrint([600, 600], [], 10)).toEqual([600, 600]);
  });
});

describe('wrappedLines: a text wrapped at word boundaries in a cell (60 px of room in a 64 px column)', () => {
  // "aaaaa" is 27 px, a space 2.8 px, at 7.5 pt in Arial.
  it('words on a line while they fit, the next on a new line; each paragraph on its own lines', () => {
    expect(wrappedLines('aaaaa aaaaa', 64, sans)).toBe(1);
    expect(wrappedLines('aaaaa aaaaa aaaaa', 64, sans)).toBe(2);
    expect(wrappedLines('aaaaa\naaaaa', 64, sans)).toBe(2);
    // 59.4 px: a word that fits alone takes one line, without a space before it.
    expect(wrappedLines('a'.repeat(11), 64, sans)).toBe(1);
  });

  it('a word longer than the cell breaks inside itself, and the next word goes on where it ends', () => {
    // 162 px: two full lines and 42 px on the third, where "a" (5.4 px) still fits; "aaaaa" does not.
    expect(wrappedLines('a'.repeat(30), 64, sans)).toBe(3);
    expect(wrappedLines('a'.repeat(30) + ' a', 64, sans)).toBe(3);
    expect(wrappedLines('a'.repeat(30) + ' aaaaa', 64, sans)).toBe(4);
  });
});

describe('rowHeights: each row tall enough for its cells; a cell merged down needs its rows together', () => {
  const cell = (row: number, rows: number, text: string): MeasuredCell => ({ row, column: 1, rows, columns: 1, text, font: { pt: 10 }, wrap: false });
  it('one line of 10 pt is 21 px, two 37, three 52, four 68; what a merged cell lacks goes to its last row; rows past the end are not measured', () => {
    const heights = rowHeights([
      cell(1, 1, 'a\nb'), // two lines
      cell(2, 2, 'a\nb\nc\nd'), // four lines over rows 2 and 3: row 2 keeps one line (21), row 3 gets 68 - 21
      cell(4, 1, 'v\nw\nx'), // three lines
      cell(4, 3, 'x\ny'), // merged past the last row: row 4 alone, already tall enough
      cell(5, 1, 'z'), // past the last row
      cell(5, 2, 'p\nq'), // merged, past the last row
    ], 4, [64], { pt: 10 });
    expect(heights).toEqual([37, 21, 47, 52]);
    expect(rowHeights([cell(3, 2, 'a\nb\nc')], 4, [64], { pt: 10 })).toEqual([21, 21, 21, 52 - 21]);
  });

  it('a text repeated in cells of other widths, sizes, weights and faces is measured for each of them', () => {
    const text = 'Bùi Thị Minh Khai';
    const wrapped = (column: number, font: MeasuredCell['font']): MeasuredCell => ({ row: column, column, rows: 1, columns: 1, text, font, wrap: true });
    const fonts = [{ pt: 10 }, { pt: 10 }, { pt: 10, bold: true }, { pt: 14 }, { pt: 10 }, { pt: 10, serif: true }];
    const widths = [200, 112, 112, 112, 108, 108];
    const cells = fonts.map((font, i) => wrapped(i + 1, font));
    const one = (c: MeasuredCell) => rowHeights([{ ...c, row: 1, column: 1 }], 1, [widths[c.column - 1]], { pt: 10 })[0];
    expect(rowHeights(cells, 6, widths, { pt: 10 })).toEqual(cells.map(one));
    // One line at 200 and 112 px; two in bold or at 14 pt; two at 108 px, one in Times New Roman (narrower).
    expect(rowHeights(cells, 6, widths, { pt: 10 })).toEqual([21, 21, 37, 49, 37, 21]);
  });
});

describe('fit to width', () => {
  it('a printed area twice the page is printed at half its size; a narrower one never enlarged', () => {
    expect(fitScale(1880)).toBe(0.5);
    expect(fitScale(470)).toBe(1);
    expect(printedPt(10, [1874])).toBe(5);
  });
});
