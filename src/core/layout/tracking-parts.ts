// Theo dõi class by class (issue 21): each class under a heading that names it, its GVCN and the tab
// its cells are in, and the classes at their level's newest review point printed one to a page for
// the homeroom teacher (the sidebar's PDF link per class, the saved .xlsx's page breaks). The tab's
// metadata keeps only where those classes lie ("6:48"); which class starts where is read back from
// the tab's headings when asked, so the metadata stays short however many classes a school has.

import { fold } from '../text';
import { REVIEW_POINTS } from '../vocab';
import type { CellLink } from './builder';
import { columnLetters } from '../text';

/** Họ và tên, Cần hỗ trợ (or the summer list's columns), Tình trạng, GV hỗ trợ, Xem ô, Sửa. */
export const TRACKING_WIDTH = 6;
/** Chosen for A4 landscape: 960 px, so 10 pt prints at 9 pt or more; Họ và tên and Cần hỗ trợ alike, one setColumnWidths call. */
export const TRACKING_COLUMNS = [185, 185, 250, 180, 100, 60];

/** Rows first..last (1-based) of Theo dõi: the classes at a level's newest review point. */
export interface ClassBlock {
  first: number;
  last: number;
}

/** The tab most of a class's cells are in (the first such in their order), if any. */
export function commonTab(links: CellLink[]): string | undefined {
  const counts = new Map<string, number>();
  for (const link of links) counts.set(link.sheet, (counts.get(link.sheet) ?? 0) + 1);
  let best: string | undefined;
  for (const [sheet, n] of counts) if (best === undefined || n > (counts.get(best) as number)) best = sheet;
  return best;
}

const isRosterTab = (tab: string) => fold(tab) === 'danh sach';

/** "Xem ô": the cell alone in the heading's tab ("A10", or "Dòng 10" of the one Danh sách), else the tab and cell. */
export function seeText(link: CellLink, tab: string | undefined): string {
  return link.sheet === tab && !isRosterTab(tab) ? link.cell : link.text;
}

/** "Lớp 6A (GVCN Cô Lan) - Cuối học kì I: 3 học sinh · Xem ô ở trang Danh sách THCS". */
export function classHeading(className: string, teacher: string, title: string, students: number, tab: string | undefined): string {
  const where = tab !== undefined && !isRosterTab(tab) ? ` · Xem ô ở trang ${tab}` : '';
  return `Lớp ${className}${teacher ? ` (GVCN ${teacher})` : ''} - ${title}: ${students} học sinh${where}`;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Every point's label, and "Cả năm", the secondary name of Cuối năm (levels.ts pointLabel).
const LABELS = [...REVIEW_POINTS.map((p) => p.label), 'Cả năm'];
const HEADING = new RegExp(`^Lớp (.+?)(?: \\(GVCN .*\\))? - (?:${LABELS.map(escaped).join('|')}): \\d+ học sinh`);

/** The class a heading names, or undefined for any other text. */
export function headingClass(text: string): string | undefined {
  return HEADING.exec(text)?.[1];
}

/** Adds the rows of one class (heading..last) to the blocks: a class right below the previous one extends it. */
export function addPart(blocks: ClassBlock[], heading: number, last: number): void {
  const previous = blocks[blocks.length - 1];
  if (previous && previous.last + 1 === heading) previous.last = last;
  else blocks.push({ first: heading, last });
}

/**
 * Where pages start for the classes printed one to a page: at each class of a block but the first
 * (what precedes it, its review point's heading, stays with it), and at the first row holding
 * something after each block. `rows` are the tab's rows (index 0 is row 1).
 */
export function classBreaks(blocks: ClassBlock[], rows: unknown[][]): number[] {
  const breaks: number[] = [];
  for (const block of blocks) {
    // Stryker disable next-line StringLiteral: that text is never a class heading, like the empty text
    for (let r = block.first + 1; r <= block.last; r++) if (headingClass(String(rows[r - 1]?.[0] ?? '')) !== undefined) breaks.push(r);
    let after = block.last + 1;
    while (after <= rows.length && !rows[after - 1].some((c) => c !== null && c !== '')) after++;
    if (after <= rows.length) breaks.push(after);
  }
  return breaks;
}

/** The metadata value: "6:48" or "6:48,60:90". */
export function blocksValue(blocks: ClassBlock[]): string {
  return blocks.map((b) => `${b.first}:${b.last}`).join(',');
}

export function parseBlocks(value: string | undefined): ClassBlock[] {
  return (value ?? '').split(',').map((part) => /^(\d+):(\d+)$/.exec(part.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ first: Number(m[1]), last: Number(m[2]) }))
    .filter((b) => b.first >= 1 && b.last >= b.first);
}

/** One class printed alone: its label and its first and last rows (the sidebar builds its range with partRange). */
export type ClassPart = [label: string, first: number, last: number];

/** The A1 range of a class's rows: every column of Theo dõi. */
export function partRange(first: number, last: number): string {
  return `A${first}:${columnLetters(TRACKING_WIDTH)}${last}`;
}

/**
 * Each class of a block, from its heading to the row before the next heading (or the block's end).
 * `firstColumn` holds column A of the block's rows as the tab shows it.
 */
export function classParts(block: ClassBlock, firstColumn: unknown[]): ClassPart[] {
  const headings = firstColumn
    .map((cell, i) => ({ row: block.first + i, label: headingClass(String(cell ?? '')) }))
    .filter((h): h is { row: number; label: string } => h.label !== undefined);
  return headings.map((h, k) => [h.label, h.row, k + 1 < headings.length ? headings[k + 1].row - 1 : block.last]);
}
