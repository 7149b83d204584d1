// Tổng hợp's counts tables (Khối or Mốc đánh giá, THHS, TSHS, one column per area, HSKT, Tỉ lệ) and
// the report's columns: as wide as A4 landscape holds them legibly, else in two tables or more.

import type { Counts, PointTotals } from '../rules/totals';
import { a1, columnLetters, formatPercent } from '../text';
import type { Builder, LayoutCell } from './builder';
import { A4_LANDSCAPE, legibleWidthPx, paperWidthPx, textWidthPx } from './measure';
import { STYLE_PT } from './measure-layout';

/**
 * One table's share of the area columns: a grade table wider than the page holds legibly goes on
 * in a second table below it (Khối, THHS and TSHS repeated), and HSKT and Tỉ lệ end the last one.
 */
export interface Piece {
  areas: string[];
  tail: boolean;
}

/** The areas in tables of at most `slots` columns after Khối, THHS and TSHS (HSKT and Tỉ lệ take two). */
export function pieces(areas: string[], slots: number): Piece[] {
  if (areas.length + 2 <= slots) return [{ areas, tail: true }];
  const out: Piece[] = [];
  for (let i = 0; i < areas.length; i += slots) out.push({ areas: areas.slice(i, i + slots), tail: false });
  const last = out[out.length - 1];
  if (last.areas.length + 2 <= slots) last.tail = true;
  else out.push({ areas: [], tail: true });
  return out;
}

/** An area no column says for that row: not known, never 0 (review-7 F17). */
export const NO_COLUMN = '–';
export const NO_COLUMN_NOTE = `Dấu ${NO_COLUMN}: khối đó chưa có cột đánh giá này ở mốc này, nên chưa biết (không phải 0).`;

function countsRow(label: string | number, counts: Counts, piece: Piece): LayoutCell[] {
  return [
    String(label), counts.students, counts.needSupport, ...piece.areas.map((a) => (counts.noColumn?.includes(a) ? NO_COLUMN : counts.byArea[a])),
    ...(piece.tail ? [counts.disability, formatPercent(counts.needSupport, counts.students)] : []),
  ];
}

const pieceColumns = (piece: Piece) => 3 + piece.areas.length + (piece.tail ? 2 : 0);

/**
 * The two header rows of the seed's table: "Số học sinh cần được hỗ trợ" over the area columns,
 * the other headers spanning both rows. Returns the first header row.
 */
function countsHeader(b: Builder, firstLabel: string, piece: Piece): number {
  const { areas, tail } = piece;
  const over = areas.length > 0 ? ['Số học sinh cần được hỗ trợ', ...areas.slice(1).map(() => null)] : [];
  const top = b.add([firstLabel, 'THHS', 'TSHS cần hỗ trợ', ...over, ...(tail ? ['Trong đó HSKT', 'Tỉ lệ'] : [])]);
  b.add([null, null, null, ...areas, ...(tail ? [null, null] : [])]);
  const last = pieceColumns(piece);
  for (const column of [1, 2, 3, ...(tail ? [last - 1, last] : [])]) b.merge(`${a1(top, column)}:${a1(top + 1, column)}`);
  if (areas.length > 1) b.merge(`${a1(top, 4)}:${a1(top, areas.length + 3)}`);
  return top;
}

/**
 * A counts table (a row per label) in as many tables as it has pieces, an empty row between them;
 * each table prints whole, on the next page if need be. `styleBody` styles a table's rows under its
 * header. Returns the last table's first row (the notes under it stay with it).
 */
export function countsTables(b: Builder, firstLabel: string, rows: Array<[string | number, Counts]>, parts: Piece[],
  styleBody: (first: number, last: number, columns: number) => void): number {
  let header = 0;
  parts.forEach((piece, i) => {
    if (i > 0) b.add();
    header = countsHeader(b, firstLabel, piece);
    for (const [label, counts] of rows) b.add(countsRow(label, counts, piece));
    styleBody(header + 2, b.rows.length, pieceColumns(piece));
    b.table(header, b.rows.length, pieceColumns(piece), 2);
  });
  return header;
}

/** Returns the (last) table's first row. */
export function gradeTable(b: Builder, totals: PointTotals, parts: Piece[]): number {
  const rows: Array<[string | number, Counts]> = [...totals.byGrade.map((g): [number, Counts] => [g.grade, g]), ['TC', totals.total]];
  return countsTables(b, 'Khối', rows, parts, (first, tc, columns) => {
    b.style('bold', b.rowRange(tc, 1, columns));
    b.style('center', `A${first}:${columnLetters(columns)}${tc}`);
  });
}

/** Smallest and largest width of an area column. */
const AREA_PX = { min: 60, max: 130 };

/**
 * Columns that fill the A4 landscape width (so the page is printed at full size; a little is left
 * for the padding Excel and LibreOffice add to each column): Khối, THHS and TSHS under the school's
 * name, the areas sharing what is left, HSKT and Tỉ lệ. THHS is centred under the name and 0.4 of
 * its width, so its top border is NĐ 30's rule under TÊN TRƯỜNG (a third to a half of the name).
 * An area column is never narrower than 60 px: when the areas (a secondary school's subjects) would
 * shrink the page below 9 pt for its smallest type (the 11 pt notes), the counts go on in a second
 * table, and `slots` says how many columns follow Khối, THHS and TSHS in each.
 */
export function summaryColumns(areaCount: number, schoolName: string): { widths: number[]; slots: number; area: number } {
  const name = textWidthPx(schoolName, { pt: 13, bold: true, serif: true });
  const rule = Math.round(Math.min(170, Math.max(80, name * 0.4)));
  const side = Math.max(115, Math.ceil((name + 20 - rule) / 2));
  const fixed = [side, rule, side];
  const fill = (columns: number[], count: number) => Math.min(AREA_PX.max,
    Math.max(AREA_PX.min, Math.floor((A4_LANDSCAPE.widthPx - 60 - columns.reduce((x, y) => x + y, 0)) / Math.max(count, 1))));
  const tail = [90, 90];
  const area = fill([...fixed, ...tail], areaCount);
  const one = [...fixed, ...new Array<number>(areaCount).fill(area), ...tail];
  const legible = legibleWidthPx(STYLE_PT.small);
  if (paperWidthPx(one) <= legible) return { widths: one, slots: areaCount + 2, area };
  const most = Math.max(3, Math.floor((legible - paperWidthPx(fixed)) / paperWidthPx([AREA_PX.min])));
  const tables = Math.ceil((areaCount + 2) / most);
  const slots = Math.ceil((areaCount + 2) / tables);
  return { widths: [...fixed, ...new Array<number>(slots).fill(fill(fixed, slots))], slots, area: fill(fixed, slots) };
}

