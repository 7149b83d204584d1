// "Chỉ tiêu và kết quả" on the printed Tổng hợp: the CK / KQ / CL / ĐG table schools already draw
// by hand, one row per khối and one for the whole school under each target. It reads in black and
// white: the verdict is a word (a miss also in bold), never a colour.

import type { Analysis } from '../analyse';
import { resultsWithin, type TargetResult } from '../rules/targets';
import { formatBasisPoints, formatGapPoints, formatTarget, targetLabel, VERDICT_LABELS } from '../rules/target-text';
import { a1, columnLetters } from '../text';
import type { ReviewPointCode } from '../vocab';
import { pointLabel } from '../levels';
import type { Builder, LayoutCell } from './builder';

/** The table's columns; the report is at least this wide. */
export const TARGET_COLUMNS = ['Nội dung', 'Khối', 'THHS', 'HS không cần hỗ trợ', 'CK (chỉ tiêu)', 'KQ (kết quả)', 'CL (điểm %)', 'ĐG', 'Cần thêm (HS)'];

function resultRow(r: TargetResult): LayoutCell[] {
  return [
    null, r.grade === null ? 'Toàn trường' : String(r.grade), r.students, Math.max(0, r.students - r.needSupport),
    formatTarget(r.target.basisPoints, r.target.above), formatBasisPoints(r.achieved), formatGapPoints(r.achieved - r.target.basisPoints),
    VERDICT_LABELS[r.verdict], r.gapStudents > 0 ? r.gapStudents : '',
  ];
}


/**
 * The target columns that take more of the tab's columns when the tab is wider than the table (a
 * secondary school's many narrow area columns above it): CK, KQ and CL first, whose headings need
 * the room, then HS không cần hỗ trợ, Cần thêm and ĐG.
 */
const WIDENED = [4, 5, 6, 3, 8, 7];

/**
 * The tab columns (1-based, first and last) under each target column, so the table is as wide as the
 * tab: the widths are the counts tables' (one set for the whole tab), and a secondary school's area
 * columns are too narrow for "CK (chỉ tiêu)" alone.
 */
export function targetSpans(tabWidth: number): Array<[number, number]> {
  const extra = TARGET_COLUMNS.map(() => 0);
  for (let k = 0; k < tabWidth - TARGET_COLUMNS.length; k++) extra[WIDENED[k % WIDENED.length]]++;
  let next = 1;
  return extra.map((e) => {
    const span: [number, number] = [next, next + e];
    next += e + 1;
    return span;
  });
}

/** A row of the table's cells laid over its spans: each cell in its span's first column. */
function spread(cells: LayoutCell[], spans: Array<[number, number]>): LayoutCell[] {
  return cells.flatMap((cell, i) => [cell, ...new Array<LayoutCell>(spans[i][1] - spans[i][0]).fill(null)]);
}

/** Whether Tổng hợp has a targets section: only when the school has set targets. */
export function hasTargets(analysis: Analysis): boolean {
  return analysis.targets.length > 0;
}

/**
 * An area whose whole-school row sums fewer khối than the table's others (rules/target-scope.ts: a
 * khối that does not study it or has no column of it here): which khối it counts, so Toàn trường is
 * never read as the whole school's.
 */
function narrowerAreas(results: readonly TargetResult[], schoolGrades: readonly number[]): string[] {
  const gradesOf = (area: string) => [...new Set(results.filter((r) => r.area === area && r.grade !== null).map((r) => r.grade as number))];
  const wholeAreas = [...new Set(results.filter((r) => r.grade === null).map((r) => r.area))];
  return wholeAreas.filter((a) => gradesOf(a).length < schoolGrades.length)
    .map((a) => `${a}: Toàn trường chỉ tính khối ${gradesOf(a).join(', ')}; khối khác không học môn này, hoặc chưa có cột này hay chưa được đánh giá ở mốc này.`);
}

/** The lines under the table: how to read it, and what it could not count. */
function targetNotes(analysis: Analysis, results: readonly TargetResult[], grades?: readonly number[]): string[] {
  const notes = [
    'KQ: tỉ lệ học sinh không cần hỗ trợ ở mặt đó, trên THHS, làm tròn xuống. CL = KQ - CK (điểm phần trăm).',
    '"trên X%" chỉ đạt khi cao hơn X%. Môn học: không cần hỗ trợ ở môn nào. Toàn trường tính từ tổng số học sinh.',
    'Cần thêm: số học sinh ít nhất phải hết cần hỗ trợ để đạt chỉ tiêu.',
  ];
  const rosterGrades = [...new Set(results.filter((r) => r.grade !== null && r.studentsSource === 'roster').map((r) => r.grade))];
  if (rosterGrades.length > 0) {
    notes.push(`Khối ${rosterGrades.join(', ')}: trang Lớp chưa có sĩ số, THHS chỉ là số học sinh trong Danh sách.`);
  }
  const partial = new Map(results.filter((r) => r.grade !== null && r.rowClasses).map((r) => [r.grade, r.rowClasses as string[]]));
  for (const [grade, classes] of partial) {
    notes.push(`Khối ${grade}: lớp ${classes.join(', ')} chưa có sĩ số trong trang Lớp, THHS tính lớp này theo số học sinh trong Danh sách.`);
  }
  const wholeGrades = [...new Set(results.filter((r) => r.grade !== null).map((r) => r.grade as number))];
  const schoolGrades = analysis.levels.flatMap((l) => l.grades);
  if (grades && results.some((r) => r.grade === null) && wholeGrades.length < schoolGrades.length) {
    notes.push(`Toàn trường: chỉ tính khối ${wholeGrades.join(', ')}, các khối được đánh giá ở mốc này.`);
  }
  // A school of several levels has its note above (every area alike); within the khối it names, an area may count fewer.
  // The khối counted at this point (a hand-made analysis may carry no totals: then those of the results).
  const atPoint = results[0] && analysis.totals?.[results[0].reviewPoint];
  const withStudents = atPoint ? atPoint.byGrade.filter((g) => g.students > 0).map((g) => g.grade) : wholeGrades;
  notes.push(...narrowerAreas(results, grades ? wholeGrades : withStudents));
  const unread = analysis.problems.filter((p) => p.code.startsWith('TARGET_')).length;
  if (unread > 0) notes.push(`Có ${unread} mục chỉ tiêu ghi chưa đúng hoặc chưa đối sánh được: xem trang Kiểm tra.`);
  return notes;
}

/**
 * Appends the section (its title numbered `number`) for review point `point`; with `grades` (a
 * school of several levels, each judged at its own latest point) only those khối, and the
 * whole-school row only when it sums no other khối.
 */
export function targetsSection(b: Builder, analysis: Analysis, point: ReviewPointCode, number: number, grades?: readonly number[]): void {
  const width = b.width;
  const title = b.add();
  b.span(title, 1, width, `${number}. Chỉ tiêu và kết quả - ${pointLabel(point, grades ?? analysis.levels.flatMap((l) => l.grades))}`, 'bold');
  b.heading(title);
  const results = resultsWithin(analysis.targetResults, point, grades);
  if (results.length === 0) {
    const r = b.add();
    b.span(r, 1, width, 'Chưa đối sánh được chỉ tiêu nào ở mốc này: xem các mục "Chỉ tiêu" trong trang Kiểm tra.', 'italic');
    return;
  }
  // As wide as the tab: a column over two of the tab's where the tab has more (a secondary school).
  const spans = targetSpans(width);
  const end = spans[spans.length - 1][1];
  const [verdict, more] = [spans[7], spans[8]];
  // Two rows, each heading merged down over both: room for two lines in any spreadsheet program
  // (a single wrapped row grows only in Sheets; LibreOffice and Excel keep it one line high).
  const header = b.add(spread([...TARGET_COLUMNS], spans));
  b.add(new Array<LayoutCell>(end).fill(null));
  for (const [from, to] of spans) b.merge(`${a1(header, from)}:${a1(header + 1, to)}`);
  let first = 0; // the first row of the current area's block, set at its first result
  results.forEach((r, i) => {
    const row = b.add(spread(resultRow(r), spans));
    if (i === 0 || results[i - 1].area !== r.area) {
      first = row;
      b.rows[row - 1][0] = targetLabel(r.area, r.target.level);
    }
    // A column over two of the tab's: merged across in each row (one call a column, batched).
    // Stryker disable next-line MethodExpression: the first span is always [1,1] (WIDENED never widens column 0), which is not merged
    for (const [from, to] of spans.slice(1)) if (to > from) b.merge(`${a1(row, from)}:${a1(row, to)}`);
    if (r.grade === null) b.style('bold', b.rowRange(row, 2, end));
    if (r.verdict === 'notMet') b.style('bold', `${a1(row, verdict[0])}:${a1(row, more[1])}`);
    const last = i === results.length - 1 || results[i + 1].area !== r.area;
    if (last && row > first) b.merge(`A${first}:A${row}`);
    // An area's rows (per khối and the whole school) print on one page.
    if (last) b.keep(first, row);
  });
  const lastRow = b.rows.length;
  b.style('wrap', `A${header + 2}:A${lastRow}`);
  b.style('middle', `A${header + 2}:A${lastRow}`);
  b.style('center', `B${header + 2}:${columnLetters(end)}${lastRow}`);
  // ĐG at 11 pt, as the notes: "Chưa đạt" fits a narrow column (60 px) on one line.
  b.style('small', `${a1(header + 2, verdict[0])}:${a1(lastRow, verdict[1])}`);
  b.table(header, lastRow, end, 2);

  // Each note wraps: the page plan gives its row the height of its lines (a merged cell does not grow by itself).
  const notes = targetNotes(analysis, results, grades);
  for (const note of notes) {
    const r = b.add();
    b.span(r, 1, width, note, 'italic', 'small', 'wrap');
  }
  // The notes go with the table's last rows.
  b.keep(lastRow - 1, b.rows.length);
}
