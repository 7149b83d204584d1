// How tall a row must be for its wrapped text, and how much of a row an A4 page holds. Sheets fits
// wrapped rows itself; the saved .xlsx keeps what it is told (LibreOffice and Excel leave a row one
// line high), and the page plan needs every row's height before anything is written. Widths are
// estimated per character class, on the generous side: a row a little too tall is better than text
// cut off, and the page plan below leaves the same room.

/** A4 landscape with the NĐ 30/2020 margins (pdf.ts), in sheet pixels (96 per inch). */
export const A4_LANDSCAPE = {
  /** 11.69 in less 1.2 in left and 0.7 in right. */
  widthPx: 940,
  /**
   * 8.27 in less 0.8 in top and bottom is 640 px; with the page number in the header LibreOffice
   * keeps 630 to 639 px for rows (measured on its PDF with rows of 10 px). A little under it, so a
   * spacer that fills a page never spills onto the next, and what is left is less than a row.
   */
  heightPx: 628,
} as const;

/** The smallest type a printed tab may reach after fit-to-width scaling. */
export const MIN_PRINTED_PT = 9;

/** Pixels of a row around its text lines (Sheets: 21 px for one line of 10 pt). */
const ROW_PADDING_PX = 5;
/** Cell padding left and right of wrapped text. */
const CELL_PADDING_PX = 4;

export interface Font {
  pt: number;
  bold?: boolean;
  serif?: boolean;
}

/**
 * A line of text in em. Sheets (the heights the add-in sets on a printed tab) gets a generous 1.17,
 * so no wrapped line is cut off; LibreOffice (the saved .xlsx's data tabs, whose rows the local
 * runner sizes) sets Liberation Sans and Serif, Arial's and Times New Roman's metrics, at their
 * ascent and descent: 1.12 (its lines measured 14 px for 10 pt on its PDF).
 */
export const LINE_EM = { sheets: 1.17, libreOffice: 1.12 } as const;

/** One line of text at this size, in pixels. */
export function lineHeightPx(pt: number, lineEm: number = LINE_EM.sheets): number {
  return (pt * 96 / 72) * lineEm;
}

/** A row holding `lines` lines of `pt` type. */
export function rowHeightPx(lines: number, pt: number, lineEm: number = LINE_EM.sheets): number {
  return Math.ceil(lines * lineHeightPx(pt, lineEm) + ROW_PADDING_PX);
}

/**
 * Width of one character (a code point) in em, by class (Arial's and Times New Roman's advance
 * widths, rounded up): capitals and wide letters more, spaces and narrow letters less. Diacritics
 * add no width.
 */
function charEm(code: number, serif: boolean): number {
  const known = EM_SEEN[serif ? 1 : 0];
  const em = known.get(code) ?? charClassEm(String.fromCodePoint(code), serif);
  known.set(code, em);
  return em;
}

/** Each character's width once per face: a 20,000-row tab measures millions of characters of a few hundred kinds. */
const EM_SEEN = [new Map<number, number>(), new Map<number, number>()];

function charClassEm(ch: string, serif: boolean): number {
  if (ch === ' ') return serif ? 0.25 : 0.28;
  if (/[.,;:'!|]/.test(ch)) return 0.28;
  if (/[()[\]/-]/.test(ch)) return 0.34;
  if (/[0-9]/.test(ch)) return serif ? 0.5 : 0.56;
  if (/[MWmwĐ%]/.test(ch)) return 0.89;
  const base = ch.normalize('NFD')[0];
  if (base !== base.toLowerCase()) return serif ? 0.7 : 0.68;
  if (/[ijl]/.test(base)) return 0.24;
  if (/[ftr]/.test(base)) return 0.34;
  return serif ? 0.5 : 0.54;
}

/** Estimated width of a text on one line, in pixels. */
export function textWidthPx(text: string, font: Font): number {
  const serif = font.serif ?? false;
  let em = 0;
  // By code point, as `for (const ch of text)` walks it, without a string for each character.
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number;
    if (code > 0xffff) i++;
    em += charEm(code, serif);
  }
  return em * (font.pt * 96 / 72) * (font.bold ? 1.08 : 1);
}

/** How many lines a text takes when wrapped at word boundaries in a cell `widthPx` wide. */
export function wrappedLines(text: string, widthPx: number, font: Font): number {
  const room = Math.max(widthPx - CELL_PADDING_PX, 10);
  const space = textWidthPx(' ', font);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const w = textWidthPx(word, font);
      if (used > 0 && used + space + w > room) {
        lines += 1;
        used = 0;
      }
      // A word longer than the cell breaks inside itself.
      if (w > room) {
        lines += Math.ceil(w / room) - 1;
        used = w % room;
      } else {
        used += (used > 0 ? space : 0) + w;
      }
    }
  }
  return lines;
}

/** One cell as the measurer sees it: where it sits, how many rows and columns it spans, its text and type. */
export interface MeasuredCell {
  row: number;
  column: number;
  rows: number;
  columns: number;
  text: string;
  font: Font;
  wrap: boolean;
}

/**
 * The height of each of `rowCount` rows (1-based rows, index 0 is row 1): at least one line of
 * `base` type, and tall enough for every wrapped cell in it. A cell merged down over several rows
 * needs the rows together to hold it; what they lack goes to its last row.
 */
export function rowHeights(cells: MeasuredCell[], rowCount: number, columnWidths: number[], base: Font, lineEm: number = LINE_EM.sheets): number[] {
  const heights = new Array<number>(rowCount).fill(rowHeightPx(1, base.pt, lineEm));
  const width = (c: MeasuredCell) => {
    let w = 0;
    for (let i = c.column; i < c.column + c.columns; i++) w += columnWidths[i - 1] ?? 100;
    return w;
  };
  const wrapped = wrappedLinesOnce();
  const need = (c: MeasuredCell) => rowHeightPx(c.wrap ? wrapped(c.text, width(c), c.font) : lineCount(c.text), c.font.pt, lineEm);
  for (const c of cells) {
    if (c.rows === 1 && c.row <= rowCount) heights[c.row - 1] = Math.max(heights[c.row - 1], need(c));
  }
  for (const c of cells) {
    if (c.rows <= 1 || c.row > rowCount) continue;
    const last = Math.min(c.row + c.rows - 1, rowCount);
    let have = 0;
    for (let r = c.row; r <= last; r++) have += heights[r - 1];
    heights[last - 1] += Math.max(0, need(c) - have);
  }
  return heights;
}

/** The lines of a text that does not wrap: one more than its line breaks. */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * wrappedLines, each text measured once per font and width: a long tab repeats the same texts
 * (a class, a mark, a month) in thousands of cells.
 */
function wrappedLinesOnce(): (text: string, widthPx: number, font: Font) => number {
  const seen = new Map<Font, Map<number, Map<string, number>>>();
  return (text, widthPx, font) => {
    let byWidth = seen.get(font);
    if (!byWidth) seen.set(font, (byWidth = new Map()));
    let byText = byWidth.get(widthPx);
    if (!byText) byWidth.set(widthPx, (byText = new Map()));
    let lines = byText.get(text);
    if (lines === undefined) {
      lines = wrappedLines(text, widthPx, font);
      byText.set(text, lines);
    }
    return lines;
  };
}

/** The fit-to-width scale of a printed area `widthPx` wide: never above 1 (nothing is enlarged). */
export function fitScale(widthPx: number): number {
  return Math.min(1, A4_LANDSCAPE.widthPx / widthPx);
}

/** Pixels Excel and LibreOffice add to each column's width on paper. */
const COLUMN_PADDING_PX = 6;

/** The width columns take on paper, each with its padding: what fit-to-width scales to the page. */
export function paperWidthPx(columnWidths: number[]): number {
  return columnWidths.reduce((x, y) => x + y + COLUMN_PADDING_PX, 0);
}

/** The type size on paper after fit-to-width. */
export function printedPt(pt: number, columnWidths: number[]): number {
  return pt * fitScale(paperWidthPx(columnWidths));
}

/** The widest a printed area may be on paper (padding included) for `pt` type to print at MIN_PRINTED_PT or more. */
export function legibleWidthPx(pt: number): number {
  return Math.floor(A4_LANDSCAPE.widthPx * pt / MIN_PRINTED_PT);
}

/**
 * Column widths narrowed, only at the `shrinkable` indexes and in proportion, until `pt` type
 * prints at MIN_PRINTED_PT or more on A4 landscape (each column with its padding).
 */
export function fitForPrint(widths: number[], shrinkable: number[], pt: number): number[] {
  const budget = legibleWidthPx(pt) - COLUMN_PADDING_PX * widths.length;
  const total = widths.reduce((x, y) => x + y, 0);
  const flexible = shrinkable.reduce((x, i) => x + widths[i], 0);
  if (total <= budget) return widths; // nothing shrinkable (flexible 0): the factor is 0 and no width changes
  const factor = Math.max(0, (flexible - (total - budget)) / flexible);
  return widths.map((w, i) => (shrinkable.includes(i) ? Math.floor(w * factor) : w));
}
