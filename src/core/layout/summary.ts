// "Tổng hợp": the printable report the principal signs (PRODUCT 3.4), and the chart block beside it.

import type { Analysis } from '../analyse';
import { schoolYearLabel } from '../calendar';
import { countKinds, FLAG_LABELS } from '../rules/flags';
import { gradesAt, isAt, isSecondary, LEVEL_LABELS, newestByPoint, newestPointAt, newestPoints, pointLabel, type Level, type NewestPoint } from '../levels';
import { gradesTotals, type Counts, type PointTotals } from '../rules/totals';
import { a1, columnLetters } from '../text';
import type { ReviewPointCode } from '../vocab';
import { Builder, shownKinds, type LayoutCell, type TabLayout } from './builder';
import { paginate } from './pages';
import { countsTables, gradeTable, NO_COLUMN_NOTE, pieces, summaryColumns, type Piece } from './summary-tables';
import { reportHeader, schoolNameLine, signatureBlock } from './summary-frame';
import { measuresSections } from './summary-measures';
import { hasTargets, TARGET_COLUMNS, targetsSection } from './targets';

import { bothNote, sourceLine, thhsNote, trendUnratedNote, unratedNote } from './summary-notes';

/** The report, row by row, before the page plan. */
/** One table per level (PRODUCT 2.3): its khối, its columns, its review points; one part before any khối. */
interface LevelPart {
  heading: string;
  /** The level's own label when the school has several (its progress table is headed with it). */
  level?: Level;
  grades?: readonly number[];
  areas: string[];
  points: ReviewPointCode[];
}

/** A level with its counts tables' pieces. */
type TablePart = LevelPart & { tables: Piece[] };

function levelParts(analysis: Analysis): LevelPart[] {
  if (analysis.levels.length === 0) return [{ heading: '', areas: analysis.areas, points: analysis.reviewPoints }];
  const several = analysis.levels.length > 1;
  return analysis.levels.filter((l) => l.reviewPoints.length > 0).map((l) => ({
    heading: several ? `${LEVEL_LABELS[l.level]} (khối ${l.grades.join(', ')})` : '', level: several ? l.level : undefined, grades: l.grades, areas: l.areas, points: l.reviewPoints,
  }));
}

/** A level's rows of a review point's totals, with their own TC row. */
function partTotals(analysis: Analysis, part: LevelPart, point: ReviewPointCode): PointTotals {
  const totals = analysis.totals[point] as PointTotals;
  return part.grades ? gradesTotals(totals, part.grades, part.areas) : totals;
}

/** "Cuối năm" is "Cả năm" in a secondary table (TT22). */
const partLabel = (point: ReviewPointCode, part: { grades?: readonly number[] }) => pointLabel(point, part.grades);

/** The point a part's tables are at: its level's newest (levels.ts newestPoints), the school's in a school of one level. */
function newestOfPart(newest: NewestPoint[], part: LevelPart): ReviewPointCode {
  return newestPointAt(newest, part.level) as ReviewPointCode;
}

/** The title's words: primary areas, secondary ones, or both. */
function subjectWords(analysis: Analysis): string {
  const secondary = analysis.levels.some((l) => isSecondary(l.level));
  const primary = analysis.levels.length === 0 || analysis.levels.some((l) => !isSecondary(l.level));
  if (secondary && !primary) return 'về môn học, kết quả học tập và rèn luyện';
  if (secondary) return 'về môn học, năng lực, phẩm chất, kết quả học tập và rèn luyện';
  return 'về môn học, năng lực, phẩm chất';
}

/** One grade table per level at its newest review point, with where THHS and the numbers come from. */
function latestTables(b: Builder, analysis: Analysis, parts: TablePart[], newest: NewestPoint[], width: number, first: number): number {
  let section = first;
  for (const part of parts) {
    const at = newestOfPart(newest, part);
    const atTotals = partTotals(analysis, part, at);
    let r = b.add();
    b.span(r, 1, width, `${section++}. ${part.heading ? part.heading + ': s' : 'S'}ố học sinh cần hỗ trợ theo khối - ${partLabel(at, part)}`, 'bold');
    b.heading(r);
    const table = gradeTable(b, atTotals, part.tables);
    r = b.add();
    // Notes wrap: the page plan measures their lines and sets the row heights, so a long one (THHS
    // from two sources) goes on to a second line instead of running past the page's edge.
    const unknown = atTotals.byGrade.some((g) => g.noColumn) ? ` ${NO_COLUMN_NOTE}` : '';
    b.span(r, 1, width, thhsNote(atTotals) + ' Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.'
      + unratedNote(atTotals, partLabel(at, part)) + unknown, 'italic', 'small', 'wrap');
    r = b.add();
    b.span(r, 1, width, sourceLine(analysis, at), 'italic', 'small', 'wrap');
    b.keep(table, r);
    b.add();
  }
  return section;
}

/** Per level: the TC row at each of its review points. */
function trendTables(b: Builder, analysis: Analysis, parts: TablePart[], width: number, first: number): number {
  let section = first;
  for (const part of parts) {
    const r = b.add();
    b.span(r, 1, width, `${section++}. Diễn biến qua các mốc đánh giá${part.heading ? ' - ' + part.heading : ''}`, 'bold');
    b.heading(r);
    const rows = part.points.map((point): [string, Counts] => [partLabel(point, part), partTotals(analysis, part, point).total]);
    const table = countsTables(b, 'Mốc đánh giá', rows, part.tables, (first, last, columns) => b.style('center', `B${first}:${columnLetters(columns)}${last}`));
    // A point that leaves a khối out (nobody of it rated yet) counts fewer students than the others: said under the table.
    const notes = part.points.map((point) => trendUnratedNote(partTotals(analysis, part, point), partLabel(point, part))).filter(Boolean);
    if (notes.length > 0) {
      const note = b.add();
      b.span(note, 1, width, notes.join('').trim(), 'italic', 'small', 'wrap');
      b.keep(table, note);
    }
    b.add();
  }
  return section;
}

/**
 * "Tiến bộ tại mốc …": the flags at the newest point; in a school of several levels one table per
 * level at its own newest point, counting its own students' flags only.
 */
function progressTables(b: Builder, analysis: Analysis, newest: NewestPoint[], width: number, first: number): number {
  let section = first;
  // Stryker disable next-line ArrowFunction: grades is read only for a newest point without grades, which newestPoints gives only when there are no levels, where both are []
  const grades = analysis.levels.flatMap((l) => l.grades);
  const tables = newest.map((n) => ({
    title: `Tiến bộ tại mốc ${pointLabel(n.point, n.grades ?? grades)}${n.level ? ' - ' + LEVEL_LABELS[n.level] : ''}`,
    flags: analysis.flags.filter((f) => isAt(n, f.reviewPoint, f.student.grade)),
  }));
  for (const { title, flags } of tables) {
    const r = b.add();
    b.span(r, 1, width, `${section++}. ${title}`, 'bold');
    b.heading(r);
    const kindCounts = countKinds(flags);
    // The state spans three columns: "Chưa có GV hỗ trợ" is wider than Khối.
    const progressHeader = b.add(['Tình trạng', null, null, 'Số học sinh']);
    for (const kind of shownKinds(analysis, ['improved', 'notImproved', 'new', 'noSupporter', 'notRated', 'notListed'])) {
      b.add([FLAG_LABELS[kind], null, null, kindCounts[kind]]);
    }
    for (let row = progressHeader; row <= b.rows.length; row++) b.merge(`A${row}:C${row}`);
    b.style('center', `D${progressHeader + 1}:D${b.rows.length}`);
    b.table(progressHeader, b.rows.length, 4);
    const note = bothNote(flags);
    if (note) {
      const r = b.add();
      b.span(r, 1, width, note, 'italic', 'small', 'wrap');
      b.keep(progressHeader, r);
    }
    b.add();
  }
  return section;
}

/** The khối tables of each level's earlier review points, newest first, each with its source line. */
function earlierTables(b: Builder, analysis: Analysis, parts: Array<ReturnType<typeof levelParts>[number] & { tables: ReturnType<typeof pieces> }>,
  width: number, section: number): void {
  const earlier = parts.flatMap((part) => [...part.points].reverse().slice(1).map((point) => ({ part, point })));
  if (earlier.length > 0) {
    const r = b.add();
    b.span(r, 1, width, `${section}. Số liệu theo khối ở các mốc trước`, 'bold');
    b.heading(r);
  }
  for (const { part, point } of earlier) {
    let r = b.add();
    b.span(r, 1, width, `${partLabel(point, part)}${part.heading ? ' - ' + part.heading : ''}`, 'italic');
    b.heading(r);
    const earlierTotals = partTotals(analysis, part, point);
    const earlierTable = gradeTable(b, earlierTotals, part.tables);
    r = b.add();
    b.span(r, 1, width, sourceLine(analysis, point) + unratedNote(earlierTotals, partLabel(point, part)), 'italic', 'small', 'wrap');
    b.keep(earlierTable, r);
    b.add();
  }
}

function summaryContent(analysis: Analysis): TabLayout {
  const levels = levelParts(analysis);
  const widest = levels.length > 0 ? Math.max(...levels.map((p) => p.areas.length)) : analysis.areas.length;
  const columns = summaryColumns(widest, schoolNameLine(analysis.config));
  const parts = levels.map((part) => ({ ...part, tables: pieces(part.areas, columns.slots) }));
  const width = Math.max(3 + columns.slots, hasTargets(analysis) ? TARGET_COLUMNS.length : 8);
  const b = new Builder(width, true);
  reportHeader(b, analysis, `Tổng hợp học sinh cần hỗ trợ ${subjectWords(analysis)} - năm học ${schoolYearLabel(analysis.schoolYearStart)}`);

  if (analysis.reviewPoints.length === 0) {
    const r = b.add();
    b.span(r, 1, width, 'Chưa có kết quả đánh giá nào trong trang Danh sách. Nhập các mức đánh giá (hoặc dấu x ở mốc Đầu năm) rồi chạy lại Tổng hợp.', 'wrap');
  } else {
    const newest = newestPoints(analysis.levels, analysis.reviewPoints);
    let section = latestTables(b, analysis, parts, newest, width, 1);
    if (hasTargets(analysis)) {
      for (const { point, grades } of newestByPoint(newest)) {
        targetsSection(b, analysis, point, section++, grades);
        b.add();
      }
    }
    section = trendTables(b, analysis, parts, width, section);
    section = progressTables(b, analysis, newest, width, section);

    section = measuresSections(b, analysis, section);

    earlierTables(b, analysis, parts, width, section);
  }

  const lastContent = b.rows.length;
  b.add();
  signatureBlock(b, analysis, lastContent);

  const widths = [...columns.widths];
  while (widths.length < width) widths.push(columns.area);
  const layout = b.build('summary', widths, 0, true);
  layout.printArea = `A1:${a1(layout.rows.length, width)}`;
  // Each table a part of its own (rectangles.ts): the headings and notes between tables hold column
  // A only, and one rectangle over all of them sent their empty cells (723 of 1,275 at a THCS&THPT
  // school). The tables follow the school's levels, review points and targets, not its roster.
  const edges = layout.sections.filter((s) => s.header).flatMap((s) => [s.first, s.last + 1]);
  // Stryker disable next-line MethodExpression,ArithmeticOperator: tables are registered in row order, so the edges are already sorted, and the last table's following row is always inside the tab
  layout.parts = [...new Set(edges)].filter((row) => row <= layout.rows.length).sort((x, y) => x - y);
  return layout;
}

/** Tổng hợp as written: the report on its pages (spacer rows, repeated headers) and the chart block beside it. */
export function summaryLayout(analysis: Analysis): TabLayout {
  return withChart(paginate(summaryContent(analysis)), analysis);
}

/** The report's rows before the page plan, with the chart block (what the pinned tests read). */
export function summaryRows(analysis: Analysis): TabLayout {
  return withChart(summaryContent(analysis), analysis);
}

function withChart(layout: TabLayout, analysis: Analysis): TabLayout {
  return analysis.reviewPoints.length > 0 ? withNeedsChart(layout, analysis) : layout;
}

/**
 * Beside the printed area (one empty column between): students needing support per khối (rows)
 * and review point (columns), and a column chart of that block below it.
 */
function withNeedsChart(layout: TabLayout, analysis: Analysis): TabLayout {
  const points = analysis.reviewPoints;
  // Every khối of any point (Cuối kì II has no primary khối); a khối without the point shows blank.
  const grades = [...new Set(points.flatMap((p) => (analysis.totals[p] as PointTotals).byGrade.map((g) => g.grade)))].sort((x, y) => x - y);
  const first = layout.width + 2;
  const block: LayoutCell[][] = [
    ['Khối', ...points.map((p) => pointLabel(p, gradesAt(analysis.levels, p)))],
    ...grades.map((grade) => [`Khối ${grade}`, ...points.map((p) =>
      (analysis.totals[p] as PointTotals).byGrade.find((g) => g.grade === grade)?.needSupport ?? null)]),
  ];
  // The report above prints a row per khối of every point, so it is always taller than the block.
  const rows = layout.rows.map((row) => [...row]);
  block.forEach((cells, i) => {
    const row = rows[i];
    while (row.length < first - 1) row.push(null);
    row.push(...cells);
  });
  const last = first + points.length;
  const range = `${a1(1, first)}:${a1(block.length, last)}`;
  return {
    ...layout,
    rows,
    width: last,
    columnWidths: [...layout.columnWidths, 30, 90, ...points.map(() => 110)],
    styles: { ...layout.styles, bold: [...(layout.styles.bold as string[]), `${a1(1, first)}:${a1(1, last)}`] },
    chart: { range, row: block.length + 2, column: first, title: 'Số học sinh cần hỗ trợ theo khối và mốc đánh giá' },
  };
}
