// Reading an official results tab: vnEdu's "Sổ điểm tổng kết" (one tab per class, PRODUCT 2.2)
// or a per-class results sheet a school typed in the same shape. Recognised by content, whatever
// the tab is called: title rows naming the review point, "Năm học" and "Lớp" (title.ts); a header
// of one to four rows (merged, so only the first cell of a span holds its text) with a name column
// and rating columns under "Môn học và hoạt động giáo dục" / "Năng lực cốt lõi" / "Phẩm chất chủ
// yếu" (columns.ts); one student per numbered row (rows.ts). A tab that shows none of this is not
// an official tab and is left alone, without a word.

import { classKey, gradeFromClassName } from '../classes';
import { isSecondary, LEVEL_SHORT, levelOfGrade, pointAtLevel, pointLabelAt, type Level } from '../../levels';
import type { Problem, SheetGrid } from '../../model';
import { problemAt } from '../../problem';
import { DEFAULT_SCORE_THRESHOLD, isExempt } from '../../scales';
import { columnLetters, tidy } from '../../text';
import { cellText, isBlank } from '../../cells';
import { groupBy } from '../../collections';
import type { ReviewPointCode, RosterField } from '../../vocab';
import { areaAtLevel, offLevel, offLevelMessage } from '../area-levels';
import { classLanguages, languageSaid } from '../languages';
import type { AbsencePart } from '../official-secondary';
import { placeColumns, type PlacedColumn } from './columns';
import { byAreaOrder, isStudentRow, readRows, type RowContext } from './rows';
import { findDataStart, findHeader, pointConflict, readTitle, titleProblems } from './title';
import type { OfficialColumn, OfficialReadOptions, OfficialStudent, OfficialTab } from './types';

export { matchSubject } from './columns';
export type { OfficialColumn, OfficialColumnKind, OfficialReadOptions, OfficialStudent, OfficialTab } from './types';

/** A subject label not in the vocabulary: counted under its own name, with a warning at its header cell. */
function unknownSubjectProblems(sheet: string, headerBottom: number, classified: PlacedColumn[]): Problem[] {
  return classified.filter((x) => x.unknownSubject).map((x) => problemAt(sheet, headerBottom, x.c + 1, 'warning', 'OFFICIAL_SUBJECT_UNKNOWN',
    `Trang "${sheet}": cột môn "${x.unknownSubject}" không khớp môn học nào tiện ích biết; vẫn được tính với tên "${x.unknownSubject}". Nếu đây là một môn đã biết (ví dụ Tin học, Công nghệ, Khoa học), đổi tiêu đề cột cho đúng tên môn.`));
}

type Unread = NonNullable<PlacedColumn['unread']>;

/** A result area by its column's name ("Kết quả học tập"), a subject as itself (`subjectWord`: "môn Toán"). */
const areaName = (area: string, subjectWord = '') => (area === 'Học tập' || area === 'Rèn luyện' ? `Kết quả ${area.toLowerCase()}` : `${subjectWord}${area}`);
const columnOf = (area: string) => `cột ${areaName(area)}`;

/** Why a column of a known subject or result is not read, and what to write so it is. */
function unreadMessage(sheet: string, u: Unread): string {
  if (u.unclear === 'term') {
    return `Trang "${sheet}": ${columnOf(u.area)} ghi "${u.label}" nhưng không ghi học kì nào, nên kết quả của cột này chưa được tính. Ghi rõ mốc vào ô đó: "HK1", "HK2" hoặc "Cả năm".`;
  }
  if (u.unclear === 'cn') {
    return `Trang "${sheet}": cột "${u.label}" không rõ "CN" là cả năm hay Công nghệ định hướng công nghiệp, nên điểm của cột này chưa được tính. Ghi "Công nghệ Cả năm" nếu là điểm cả năm, hoặc "Công nghệ (Công nghiệp)" nếu là tên môn.`;
  }
  return `Trang "${sheet}": ${columnOf(u.area)} có tiêu đề con "${u.label}", không rõ là điểm hay nhận xét, nên điểm của cột này chưa được tính. Ghi "(HS 1)" nếu là cột điểm trung bình môn, hoặc "(N.xét)" nếu là cột nhận xét (Đạt/Chưa đạt), vào ô này.`;
}

/** A known subject over a sub-header that names no score nor comment ("(HS 1)", "(N.xét)", "ĐTB", "(Học kỳ 2)"): not counted, said at the sub-header. */
function unreadColumnProblems(sheet: string, headerBottom: number, classified: PlacedColumn[], level: Level | undefined, point: ReviewPointCode | undefined): Problem[] {
  const unread = classified.filter((x) => x.unread && !x.unread.otherPoint);
  const problems = unread.map((x) => problemAt(sheet, headerBottom, x.c + 1, 'warning', 'OFFICIAL_COLUMN_UNKNOWN', unreadMessage(sheet, x.unread as Unread)));
  // Columns of other review points (a Cả năm sheet's HK1 and HK2 beside CN): one note for the tab, at the first.
  const other = classified.filter((x) => x.unread?.otherPoint);
  if (other.length === 0 || !point) return problems;
  const byPoint = groupBy(other, (x) => x.unread?.otherPoint as ReviewPointCode);
  const listed = [...byPoint].map(([p, columns]) => `${pointLabelAt(p, level)}: ${columns.map((x) => x.unread?.area).join(', ')}`).join('; ');
  return [...problems, problemAt(sheet, headerBottom, other[0].c + 1, 'warning', 'OFFICIAL_COLUMN_UNKNOWN',
    `Trang "${sheet}" là kết quả ${pointLabelAt(point, level)}; ${other.length} cột ghi kết quả của mốc khác nên không được tính ở đây (${listed}). Kết quả của mỗi mốc được đọc từ trang kết quả của mốc đó.`)];
}

/**
 * A subject in two or more columns whose students are rated in more than one of them ("Toán" | "Toán", or a
 * point the reader does not see): each is read and a need in any counts, right only when they are one result.
 * Columns no student shares (language groups, Công nghệ's two orientations, "Miễn" in the others) are right as read.
 */
function repeatedSubjectProblems(sheet: string, headerBottom: number, columns: OfficialColumn[], rows: Array<{ row: number; values: unknown[] }>,
  secondary: boolean): Problem[] {
  const rated = (value: unknown) => !isBlank(value) && !isExempt(value);
  const subjects = columns.filter((c) => c.kind === 'rating' && c.scale === 'subject');
  return [...groupBy(subjects, (c) => c.area)].flatMap(([area, same]) => {
    const shared = rows.find((r) => same.filter((c) => rated(r.values[c.column])).length > 1);
    if (!shared) return [];
    const what = areaName(area, 'môn ');
    const letters = same.map((x) => columnLetters(x.column + 1)).join(', ');
    const advice = secondary
      ? `Nếu một cột là kết quả của mốc khác, ghi mốc vào tiêu đề cột đó (ví dụ "${area} HK1"); nếu là cột chép thừa, xóa cột đó.`
      : 'Mỗi trang chỉ ghi kết quả của một mốc: nếu một cột là của mốc khác, chuyển cột đó sang trang của mốc ấy; nếu là cột chép thừa, xóa cột đó.';
    return same.slice(1).map((c) => problemAt(sheet, headerBottom, c.column + 1, 'warning', 'HEADER_DUPLICATE',
      `Trang "${sheet}": ${what} có ${same.length} cột (${letters}), và có em có kết quả ở nhiều cột (ví dụ dòng ${shared.row}). `
      + `Tổng hợp đọc cả ${same.length} cột: em cần hỗ trợ ở một trong các cột thì được tính là cần hỗ trợ ${what}. ${advice}`));
  });
}

/** The roster fields a class tab does not read (PRODUCT 2.2: from the Danh sách only), as the message names them. */
const DANH_SACH_ONLY: ReadonlyArray<[RosterField, string]> = [['supporter', 'GV hỗ trợ'], ['hardship', 'Hoàn cảnh'], ['disability', 'HSKT'], ['conduct', 'Sự rèn luyện']];

/**
 * A GV hỗ trợ, Hoàn cảnh, HSKT or Sự rèn luyện column a school added to a class tab, with something written under it:
 * not read (the Danh sách holds them), said at its header cell with where to write it.
 */
function danhSachOnlyProblems(sheet: string, values: unknown[][], headerRow: number, dataStart: number, fields: Partial<Record<RosterField, number>>): Problem[] {
  return DANH_SACH_ONLY.filter(([field]) => fields[field] !== undefined && values.slice(dataStart).some((row) => !isBlank(row[fields[field] as number])))
    .map(([field, word]) => {
      const c = fields[field] as number;
      return problemAt(sheet, headerRow + 1, c + 1, 'warning', 'OFFICIAL_FIELD_UNREAD',
        `Trang "${sheet}": cột "${cellText(values[headerRow][c]).trim()}" (${word}) trong trang kết quả của lớp chưa được đọc: tiện ích chỉ đọc ${word} từ trang Danh sách. `
        + `Chép cột này sang trang Danh sách (mỗi em một dòng, có Mã HS hoặc họ tên và lớp) rồi chạy lại Tổng hợp; cảnh báo sớm và Đỡ đầu mới tính đến ${word}.`);
    });
}

/**
 * A rating column of an area the tab's level does not have (Khoa học tự nhiên in a khối 3 export,
 * Tiếng Việt in a khối 8 one): not read (readOfficialTab leaves it out), said once at its header cell.
 */
function offLevelProblems(tab: { sheet: string; className: string; level?: Level; reviewPoint?: ReviewPointCode }, headerBottom: number,
  columns: readonly OfficialColumn[], students: readonly OfficialStudent[], values: unknown[][]): Problem[] {
  const point = tab.reviewPoint ? ` (${pointLabelAt(tab.reviewPoint, tab.level)})` : '';
  return columns.filter((c) => c.kind === 'rating' && offLevel(c.area, tab.level)).flatMap((c) => {
    // Stryker disable next-line OptionalChaining: the students are read from rows of these values, so the row always exists
    const cells = students.filter((s) => !isBlank(values[s.row - 1]?.[c.column])).length;
    return cells === 0 ? [] : [problemAt(tab.sheet, headerBottom, c.column + 1, 'warning', 'AREA_OTHER_LEVEL',
      offLevelMessage(`Trang "${tab.sheet}": cột "${c.area}"${point}`, c.area, `${tab.className} (${LEVEL_SHORT[tab.level as Level]})`, cells,
        'nếu trang này là của lớp khác, sửa tên lớp ở tiêu đề trang'))];
  });
}

/**
 * Results shaped like a class tab but with a Lớp column (a roster under another name, or a class tab
 * a teacher added a column to): never guessed as one class, never dropped unseen.
 */
function classColumnProblem(sheet: string, row: number, column: number): Problem {
  return problemAt(sheet, row, column, 'error', 'OFFICIAL_CLASS_COLUMN',
    `Trang "${sheet}" có kết quả đánh giá nhưng có cột Lớp, nên không đọc được là kết quả của một lớp; các mức đánh giá trong trang này chưa được tính. Nếu đây là danh sách học sinh, đặt tên trang bắt đầu bằng "Danh sách"; nếu là kết quả của một lớp, xóa cột Lớp.`);
}

/** A Buổi nghỉ group whose P | K | Tổng row is missing: which column is which is not guessed. */
function absenceUnclearProblem(sheet: string, at: { row: number; column: number; text: string }): Problem {
  return problemAt(sheet, at.row + 1, at.column + 1, 'warning', 'ABSENCE_LABEL_UNCLEAR',
    `Trang "${sheet}": nhóm cột "${at.text}" có nhiều cột nhưng không có dòng P | K | Tổng bên dưới, nên không rõ cột nào là có phép, không phép hay tổng; số buổi nghỉ của trang này chưa được tính vào Chuyên cần và danh sách hè. Thêm dòng tiêu đề P, K, Tổng dưới ô này.`);
}

/**
 * Reads a tab as official results; undefined when its content is not shaped like one (no name
 * column, or no rating column placed by a known subject, "Mức đạt được" or a vnEdu group label).
 */
export function readOfficialTab(grid: SheetGrid, timeZoneOffsetMinutes: number, options: OfficialReadOptions = {}): OfficialTab | undefined {
  const values = grid.values;
  const header = findHeader(values);
  if (!header) return undefined;
  const f = header.fields;
  const nameColumn = (f.name ?? f.familyName) as number;
  const dataStart = findDataStart(values, header.row, nameColumn, f.stt);
  const headerRows = Array.from({ length: dataStart - header.row }, (_, i) => header.row + i);
  const title = readTitle(values, header.row);
  // A tab copied in Excel or Sheets is "2a (2)": still class 2A, so a second copy is a duplicate, not another class.
  const className = title.className ?? tidy(grid.name).replace(/\s*\(\d+\)$/, '').toUpperCase();
  const level = levelOfGrade(options.gradeOf?.(className) ?? gradeFromClassName(className));
  const secondary = isSecondary(level);
  const titlePoint = title.reviewPoint && pointAtLevel(title.reviewPoint, level);
  const placed = placeColumns(values, grid.merges, header.row, f, headerRows, secondary, titlePoint);
  const { classified, columns, fieldColumns } = placed;
  const known = classified.filter((x) => x.kind === 'rating' && !x.unknownSubject);
  const marked = classified.some((x) => x.marked);
  // Recognised when vnEdu's labels place the columns, or a title names the review point over known areas.
  if (known.length === 0 || (!marked && !title.reviewPoint)) return undefined;

  // "Học kỳ 2" is Cuối kì II at secondary and Cuối năm at primary (TT27 has no semester-II rating).
  const conflict = pointConflict(grid.name, title, level);
  const reviewPoint = conflict ? undefined : titlePoint;
  const problems: Problem[] = conflict ? [conflict] : [];
  const tab = {
    sheet: grid.name, style: marked ? 'vnEdu' as const : 'school' as const, titleCells: title.cells, reviewPoint, level,
    schoolYear: title.schoolYear, headerRows, dataStart, nameColumn: nameColumn + 1,
    studentIdColumn: f.studentId !== undefined ? f.studentId + 1 : undefined, columns, problems,
  };
  if (f.className !== undefined) {
    problems.push(classColumnProblem(grid.name, header.row + 1, f.className + 1));
    const name = tidy(grid.name);
    return { ...tab, reviewPoint: undefined, className: name, classKey: classKey(name), areas: [], students: [] };
  }
  const headerBottom = headerRows[headerRows.length - 1] + 1;
  problems.push(...unknownSubjectProblems(grid.name, headerBottom, classified), ...unreadColumnProblems(grid.name, headerBottom, classified, level, titlePoint),
    ...titleProblems(grid.name, title), ...danhSachOnlyProblems(grid.name, values, header.row, dataStart, f));
  if (placed.absenceUnclear) problems.push(absenceUnclearProblem(grid.name, placed.absenceUnclear));

  // A named language the class alone is rated in is its Ngoại ngữ; an area of the other level only is not read (offLevelProblems says so).
  const studentRows = values.map((row, i) => ({ row: i + 1, values: row })).slice(dataStart).filter((r) => isStudentRow(r.values, f.stt, nameColumn));
  const languages = classLanguages(columns.filter((c) => c.kind === 'rating'), studentRows.map((r) => r.values));
  if (languages.said) problems.push(languageSaid(grid.name, headerBottom, className, languages.said.kind, languages.said.at));
  const ratingColumns = languages.columns.filter((c) => !offLevel(c.area, level)).map((c) => ({ ...c, area: areaAtLevel(c.area, level) }));
  problems.push(...repeatedSubjectProblems(grid.name, headerBottom, languages.columns.filter((c) => !offLevel(c.area, level)), studentRows, secondary));
  const ctx: RowContext = {
    sheet: grid.name, className, reviewPoint, level, secondary,
    threshold: options.scoreThreshold ?? DEFAULT_SCORE_THRESHOLD, timeZoneOffsetMinutes,
    fields: f, nameColumn, sttColumn: f.stt, headerBottom, ratingColumns,
    scoreColumns: classified.filter((x) => x.kind === 'score'),
    // Columns whose header says nothing the reader understands: a rating there must not go unseen.
    // At secondary a score column (a lone "Điểm") is never read either.
    unplaced: classified.filter((x) => (x.kind === 'other' || (secondary && x.kind === 'score')) && !x.ignored && !fieldColumns.has(x.c)).map((x) => x.c),
    areas: [...new Set(ratingColumns.map((c) => c.area))].sort(byAreaOrder),
    absenceColumns: columns.filter((c) => c.kind === 'absence').map((c) => ({ column: c.column, part: c.part as AbsencePart })),
    notPromotedColumn: columns.find((c) => c.kind === 'notPromoted'),
  };
  const rows = readRows(ctx, values, dataStart);
  problems.push(...rows.problems, ...offLevelProblems({ ...tab, className }, headerBottom, languages.columns, rows.students, values));
  return { ...tab, className, classKey: classKey(className), areas: ctx.areas, students: rows.students };
}
