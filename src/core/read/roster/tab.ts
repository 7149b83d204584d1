// Reading one roster tab: fill merged blocks, find the header, keep the first of repeated review
// columns, sort the rows below into students and rows that are not, read each student, then
// report the columns holding ratings that no header placed.

import { fillMerges, isBlank } from '../../cells';
import type { Problem, SheetGrid, Student } from '../../model';
import { problemAt, problemOver } from '../../problem';
import { HEADER_SEARCH_ROWS } from '../../table';
import { a1, columnLetters } from '../../text';
import { areaInfo, REVIEW_POINT_CODES, type AreaInfo, type RosterField } from '../../vocab';
import { latestRatedPoint } from '../../rated';
import { isSecondaryGrade, pointLabel } from '../../levels';
import { readHeaderTree, type HeaderLabel } from '../header-tree';
import { groupBy } from '../../collections';
import { continuesRight } from './columns';
import { findRosterLayout, hasName, rowFields } from './header';
import { sortRows } from './rows';
import { columnsOfClass, dateClassProblems, parseStudentRow, type DateClassCell, type RowColumns } from './student';
import { fieldColumnSet, NO_SKIPS, type ParseOptions, type ReviewColumn, type RosterLayout, type SkipReason } from './types';
import { fillRatingMerges, mergedAcrossRatings } from './merged';
import { unplacedColumns } from './unplaced';
import { yearPairProblems } from './year-pair';
import type { TabPointNames } from './unplaced-messages';
import { offLevelProblems } from './off-level';
import { rosterLanguagesSaid, withLanguageOnly } from './languages';
import { absenceColumnOf, absenceContinues, firstAbsenceColumns, repeatedAbsenceMessage, soFarColumn, soFarMessage, unclearAbsenceMessage, withPartBelow, YEAR_ASSUMED_MESSAGE, yearAssumedColumn, type AbsenceColumn } from './absences';

export interface TabRead {
  layout?: RosterLayout;
  students: Student[];
  problems: Problem[];
  skipped: Record<SkipReason, number>;
}

/** The header rows searched, as a range: where a problem about the whole tab points. */
function searchedRange(sheet: SheetGrid): string {
  const width = Math.max(1, ...sheet.values.slice(0, HEADER_SEARCH_ROWS).map((row) => row.length));
  return `A1:${a1(Math.max(1, Math.min(HEADER_SEARCH_ROWS, sheet.values.length)), Math.max(width, 26))}`;
}

/** The tab's header, or the problem saying why there is none. */
function readLayout(sheet: SheetGrid, oneOfSeveral: boolean): RosterLayout | Problem {
  const tabProblem = (severity: Problem['severity'], code: Problem['code'], message: string) =>
    problemOver(sheet.name, searchedRange(sheet), severity, code, message);
  if (sheet.values.every((row) => row.every(isBlank))) {
    return tabProblem(oneOfSeveral ? 'warning' : 'error', 'ROSTER_EMPTY',
      `Trang "${sheet.name}" chưa có dữ liệu. Nhập dòng tiêu đề (Họ và tên, Lớp, các cột đánh giá) rồi danh sách học sinh${oneOfSeveral ? ', hoặc xóa trang này' : ''}.`);
  }
  const headerArea = fillMerges(sheet.values.slice(0, HEADER_SEARCH_ROWS + 2), sheet.merges, HEADER_SEARCH_ROWS + 2);
  const found = findRosterLayout(headerArea, sheet.merges);
  if (found) return found;
  if (headerArea.slice(0, HEADER_SEARCH_ROWS).some((row) => hasName(rowFields(row)))) {
    return tabProblem('error', 'HEADER_NO_CLASS',
      `Trang "${sheet.name}" có cột họ tên nhưng thiếu cột "Lớp" trong 10 dòng đầu. Thêm cột có tiêu đề "Lớp" cạnh cột họ tên.`);
  }
  return tabProblem('error', 'HEADER_NOT_FOUND',
    `Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang "${sheet.name}". Cần ít nhất hai cột "Họ và tên" (hoặc "Họ đệm" và "Tên") và "Lớp".`);
}

/**
 * Repeated review columns: the first one counts, except that a column of Cả năm over Học kì II (types.ts) gives way to
 * a plain one of the same area, read at both levels; each repeat is returned with the kept column, to be reported.
 */
function firstOfEach(sheet: SheetGrid, found: RosterLayout, problems: Problem[]): { kept: ReviewColumn[]; repeated: Array<[number, ReviewColumn]> } {
  const seen = new Map<string, number>();
  const keptSet = new Set<ReviewColumn>();
  const repeated: Array<[number, ReviewColumn]> = [];
  const plainFirst = [...found.reviewColumns].sort((a, b) => Number(a.yearAndSemesterII ?? false) - Number(b.yearAndSemesterII ?? false));
  for (const rc of plainFirst) {
    const key = `${rc.reviewPoint}|${rc.area}|${rc.part ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      repeated.push([first, rc]);
      continue;
    }
    seen.set(key, rc.column);
    keptSet.add(rc);
  }
  const kept = found.reviewColumns.filter((rc) => keptSet.has(rc));
  if (kept.length === 0) { // the first column of each review point and area is always kept
    problems.push(problemAt(sheet.name, found.headerRows[0] + 1, 1, 'warning', 'HEADER_NO_REVIEW',
      'Chưa có cột đánh giá nào (ví dụ "GKI - Toán", hoặc ô gộp "Giữa học kì I" trên các cột Toán, Tiếng Việt, Năng lực, Phẩm chất). Thêm các cột đánh giá để có số liệu tổng hợp.'));
  }
  return { kept, repeated };
}

/** A repeated review column, at its header cell, named at the tab's level (Cả năm when every khối is secondary). */
function repeatedReviewColumn(sheet: SheetGrid, lastHeaderRow: number, [first, rc]: [number, ReviewColumn], names: TabPointNames): Problem {
  return problemAt(sheet.name, lastHeaderRow, rc.column + 1, 'warning', 'HEADER_DUPLICATE',
    `Cột "${rc.part ? `${rc.area} (${rc.part})` : rc.area}" của mốc ${names.of(rc.reviewPoint)} lặp lại (đã có ở cột ${columnLetters(first + 1)}). Chỉ cột ${first < rc.column ? 'đầu' : columnLetters(first + 1)} được tính; xóa hoặc đổi tên cột này.`);
}

/** Columns a student is recognised by: a row with none of these filled is not a student. */
function studentMarks(layout: RosterLayout): number[] {
  const f = layout.fields;
  return [f.name, f.familyName, f.givenName, f.className, f.studentId, f.birthDate, f.disability, f.gender, f.female,
    f.hardship, f.conduct, f.supporter].filter((c): c is number => c !== undefined).flatMap((c) => {
    const field = (Object.keys(f) as RosterField[]).find((k) => f[k] === c) as RosterField;
    return Array.from({ length: (layout.fieldEnds[field] ?? c) - c + 1 }, (_, i) => c + i);
  });
}

function rowColumns(layout: RosterLayout, absenceColumns: AbsenceColumn[]): RowColumns {
  return {
    fields: layout.fields,
    ends: layout.fieldEnds,
    readColumns: [...fieldColumnSet(layout.fields, layout.fieldEnds), ...layout.reviewColumns.map((rc) => rc.column),
      ...absenceColumns.map((c) => c.column)],
    absenceColumns,
    // Roster areas come from the vocabulary, so each has its scale.
    reviewColumns: layout.reviewColumns.map((rc) => ({ ...rc, scale: (areaInfo(rc.area) as AreaInfo).scale })),
  };
}

/** A Buổi nghỉ column naming no review point, read as the count so far, is said at its header cell (absences.ts). */
function soFarProblems(sheet: string, headerRow: number, kept: readonly AbsenceColumn[], students: readonly Student[], names: TabPointNames): Problem[] {
  const latest = students.filter((s) => !s.excluded).map(latestRatedPoint);
  const column = soFarColumn(kept, latest);
  if (!column) return [];
  const newest = REVIEW_POINT_CODES.filter((p) => latest.includes(p)).pop();
  return [problemAt(sheet, headerRow, column.column + 1, 'warning', 'ABSENCE_SO_FAR', soFarMessage(newest && names.of(newest)))];
}

export function parseRosterTab(sheet: SheetGrid, options: ParseOptions, oneOfSeveral: boolean): TabRead {
  const found = readLayout(sheet, oneOfSeveral);
  if ('code' in found) return { students: [], problems: [found], skipped: NO_SKIPS() };
  const problems: Problem[] = [];
  const values = fillMerges(sheet.values, sheet.merges, found.dataStart);
  const reviewColumns = firstOfEach(sheet, found, problems);
  const layout: RosterLayout = { ...found, reviewColumns: reviewColumns.kept };
  fillRatingMerges(values, sheet.merges, found.dataStart, layout.reviewColumns);
  const fields = fieldColumnSet(layout.fields, layout.fieldEnds);
  const tree = readHeaderTree(values, sheet.merges, layout.headerRows,
    { stop: fields, continueBlanks: (label, at) => continuesRight(label) || absenceContinues(values, layout.headerRows, label, at) });
  const reviewAt = new Set(found.reviewColumns.map((rc) => rc.column));
  // Buổi nghỉ columns (absences.ts); a review column is never one.
  const absenceRead = tree.filter((c) => !reviewAt.has(c.column))
    .map((c) => absenceColumnOf(c.column, c.path)).filter((c): c is AbsenceColumn => c !== undefined)
    .map(withPartBelow(values[found.dataStart] ?? []));
  const absences = firstAbsenceColumns(absenceRead.filter((c) => !c.unclear));
  const unclearAbsences = absenceRead.filter((c) => c.unclear);
  const lastHeaderRow = layout.headerRows[layout.headerRows.length - 1] + 1;
  const absenceColumns = absences.kept;
  const paths = new Map(tree.map((c) => [c.column, c.path]));
  const rowInput = { sheet, values, layout, namedColumns: found.reviewColumns, studentMarks: studentMarks(layout), problems };
  // A class's only language decides what it is (languages.ts): the student rows are sorted once more, without a word, when it matters.
  const labelsOf = (c: number) => (paths.get(c) ?? []).map((l) => l.text);
  const columns = withLanguageOnly(rowColumns(layout, absenceColumns), values, () => sortRows({ ...rowInput, problems: [] }, () => undefined).studentRows, labelsOf);
  const students: Student[] = [];
  const dateClasses: DateClassCell[] = [];
  const { studentRows, skipped } = sortRows(rowInput, (r) => students.push(parseStudentRow(sheet.name, values[r], r + 1, columns, options, problems, dateClasses)));
  problems.push(...dateClassProblems(sheet.name, dateClasses));
  // A repeated review column is already reported as such.
  const placed = new Set([...fields, ...reviewAt, ...absenceColumns.map((c) => c.column), ...absences.repeated.map(([, c]) => c.column), ...unclearAbsences.map((c) => c.column)]);
  const secondary = students.some((s) => isSecondaryGrade(s.grade));
  const grades = students.map((s) => s.grade);
  const names: TabPointNames = { secondary, primary: students.some((s) => !isSecondaryGrade(s.grade)), of: (point) => pointLabel(point, grades) };
  problems.push(...reviewColumns.repeated.map((r) => repeatedReviewColumn(sheet, lastHeaderRow, r, names)));
  for (const [kept, repeated] of absences.repeated) {
    problems.push(problemAt(sheet.name, lastHeaderRow, repeated.column + 1, 'warning', 'HEADER_DUPLICATE', repeatedAbsenceMessage(kept, repeated, names.of)));
  }
  // One word per header cell: a label over P, K and Tổng is one label.
  const unclearLabels = groupBy(unclearAbsences, (c) => { const l = c.unclear as HeaderLabel; return `${l.row},${l.column}`; });
  for (const columns of unclearLabels.values()) {
    const label = columns[0].unclear as HeaderLabel;
    problems.push(problemAt(sheet.name, label.row + 1, label.column + 1, 'warning', 'ABSENCE_LABEL_UNCLEAR', unclearAbsenceMessage(label.text, columns.map((c) => c.column))));
  }
  // Only a secondary khối has a summer list by absences (a primary Cuối HKII is its Cuối năm).
  const yearAssumed = secondary ? yearAssumedColumn(absenceColumns) : undefined;
  if (yearAssumed) problems.push(problemAt(sheet.name, lastHeaderRow, yearAssumed.column + 1, 'warning', 'ABSENCE_YEAR_ASSUMED', YEAR_ASSUMED_MESSAGE));
  problems.push(...soFarProblems(sheet.name, lastHeaderRow, absenceColumns, students, names));
  problems.push(...rosterLanguagesSaid(sheet.name, lastHeaderRow, columns, labelsOf));
  problems.push(...yearPairProblems(sheet.name, lastHeaderRow, layout.reviewColumns, students, values, labelsOf));
  problems.push(...offLevelProblems(sheet.name, lastHeaderRow, layout.reviewColumns, students, values, names.of, (s) => columnsOfClass(columns, s.classKey)));
  problems.push(...unplacedColumns(sheet, paths, layout, placed, studentRows, names));
  problems.push(...mergedAcrossRatings(sheet, new Set(studentRows), found.dataStart, layout.reviewColumns));
  return { layout, students, problems, skipped };
}
