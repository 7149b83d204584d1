// Theo dõi at a review point older than a class's newest (issue 20): one row per class with how many
// of its students each flag names there, and a "Cộng" row, instead of one row per student. The
// newest point above lists each student; at 20,000 roster rows every older point written student by
// student was about 80,000 cells more, each about 0.3 ms on Google.

import type { Analysis } from '../analyse';
import { countKinds, FLAG_LABELS, type Flag, type FlagKind } from '../rules/flags';
import { columnLetters } from '../text';
import { shownKinds, type Builder } from './builder';
import { TRACKING_WIDTH } from './tracking-parts';

/** The kinds a point's counts line names, in its order: Nguy cơ bỏ học and the log only when someone has them. */
export function sectionKinds(analysis: Analysis, counts: Record<FlagKind, number>): FlagKind[] {
  return shownKinds(analysis, ['notImproved', 'new', 'improved', 'noSupporter', 'notRated', 'notListed', 'noLog', 'atRisk'])
    .filter((k) => (k !== 'noLog' && k !== 'atRisk') || counts[k] > 0);
}

/** What the class column says: "1A", or "1A (GVCN Cô Mai)" when the Lớp tab names the GVCN. */
export function classLabel(className: string, teacher: string): string {
  return teacher ? `${className} (GVCN ${teacher})` : className;
}

/** The table's label of the total row. */
export const TOTAL_LABEL = 'Cộng';

/**
 * The line under an older point's counts (or above its count table when some classes of the point are
 * at their newest). Where no class at its newest point is listed above (nobody is flagged there), it
 * does not send the reader there.
 */
export function olderNote(allOlder: boolean, newestAbove = true): string {
  return `${allOlder ? 'Ở mốc này' : 'Các lớp dưới đây'} chỉ ghi số học sinh từng lớp${newestAbove ? '; tên từng em ở mốc mới nhất phía trên' : ''}. `
    + 'Kết quả từng em ở mốc này: xem trang Danh sách (hoặc trang kết quả của lớp).';
}

/** One class's counts: its label and, per kind, how many of its flags carry it. */
export interface ClassCounts {
  label: string;
  counts: Record<FlagKind, number>;
}

/** Each class (groups in their order, one class each) with its counts, and the total of all their flags. */
export function classCounts(groups: Flag[][], labelOf: (flag: Flag) => string): { classes: ClassCounts[]; total: Record<FlagKind, number> } {
  return { classes: groups.map((g) => ({ label: labelOf(g[0]), counts: countKinds(g) })), total: countKinds(groups.flat()) };
}

/**
 * The count table: Lớp and one column per kind, a row per class, then "Cộng" (counted from the same
 * flags). Theo dõi has six columns, so past five kinds (Chưa có trong Danh sách, the log, Nguy cơ bỏ
 * học) the table goes on below with the class column again: nothing is left out, the tab stays as
 * wide. A kind past the fifth that none of these classes has gets no column: a second table of
 * zeros only took a page (the THCS sample's Chưa có trong Danh sách at each older point).
 */
export function countTables(b: Builder, groups: Flag[][], kinds: FlagKind[], labelOf: (flag: Flag) => string): void {
  const { classes, total } = classCounts(groups, labelOf);
  const perTable = TRACKING_WIDTH - 1;
  const shown = kinds.filter((k, i) => i < perTable || total[k] > 0);
  for (let from = 0; from < shown.length; from += perTable) {
    const part = shown.slice(from, from + perTable);
    if (from > 0) b.add();
    const header = ['Lớp', ...part.map((k) => FLAG_LABELS[k])];
    const top = b.add(header);
    for (const c of classes) b.add([c.label, ...part.map((k) => c.counts[k])]);
    const last = b.add([TOTAL_LABEL, ...part.map((k) => total[k])]);
    const end = columnLetters(header.length);
    b.table(top, last, header.length);
    // A long GVCN's name wraps in its cell; the numbers in the middle of their columns; Cộng bold.
    b.style('wrap', `A${top + 1}:A${last}`);
    b.style('center', `B${top + 1}:${end}${last}`);
    b.style('bold', `A${last}:${end}${last}`);
  }
}
