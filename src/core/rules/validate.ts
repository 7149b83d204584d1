// Checks across rows and tabs (PRODUCT 3.1). Row-level reading problems come from roster.ts.
// An error on a student row leaves the row out of every count: validateRoster returns a new roster
// whose students an error excludes, the roster it is given stays as read.

import { formatYmd } from '../cells';
import type { ClassList } from '../read/classes';
import { groupBy } from '../collections';
import type { Flag } from './flags';
import type { OfficialOrigin, Problem, Severity, Student, StudentReview } from '../model';
import { layoutOf, type Roster, type RosterLayout } from '../read/roster';
import { problemAt } from '../problem';
import { nameIdentity, studentIdKey } from '../text';
import { levelOfGrade, pointAtLevel, pointLabelAt } from '../levels';
import { REVIEW_POINT_CODES, type ReviewPointCode } from '../vocab';
import { latestRatedPoint } from '../rated';

/** A problem at a cell of a student's row. */
function rowProblem(s: Student, column: number | undefined, severity: Severity, code: Problem['code'], message: string): Problem {
  return problemAt(s.sheet, s.row, (column ?? 0) + 1, severity, code, message, s.className);
}

/** "dòng 12", or "dòng 12 trang Danh sách 2A" when the other row is on another tab. */
function where(other: Student, s: Student): string {
  return other.sheet === s.sheet ? `dòng ${other.row}` : `dòng ${other.row} trang "${other.sheet}"`;
}

/** The 0-based column of a field in the student's own tab. */
function fieldColumn(roster: Roster, s: Student, ...fields: Array<keyof RosterLayout['fields']>): number | undefined {
  const f = layoutOf(roster, s)?.fields;
  for (const field of fields) if (f?.[field] !== undefined) return f[field];
  return undefined;
}

/** Reports a problem at a student's row, in the first of `fields` the tab has. */
type RowReporter = (s: Student, fields: Array<keyof RosterLayout['fields']>, severity: Severity, code: Problem['code'], message: string) => void;

/** Same student twice; same name in a class with different or missing birth dates. Names compare
 *  with every diacritic kept: Hùng and Hưng are two children. A row already reported for its Mã HS is skipped. */
function checkSameNames(students: readonly Student[], duplicateIds: ReadonlySet<Student>, at: RowReporter): void {
  const named = students.filter((s) => s.name && s.classKey);
  for (const group of groupBy(named, (s) => nameIdentity(s.name) + '|' + s.classKey).values()) {
    for (let i = 1; i < group.length; i++) {
      const s = group[i];
      if (duplicateIds.has(s)) continue;
      const earlier = group.slice(0, i);
      const twin = earlier.find((o) => o.birthDate && o.birthDate === s.birthDate);
      const dated = earlier.find((o) => o.birthDate);
      if (twin) {
        at(s, ['name', 'givenName'], 'error', 'STUDENT_DUPLICATE',
          `Học sinh ${s.name} (${s.className}, sinh ${formatYmd(s.birthDate)}) đã có ở ${where(twin, s)}. Xóa dòng thừa hoặc gộp thông tin vào một dòng.`);
      } else if (s.birthDate && dated) {
        at(s, ['birthDate'], 'warning', 'SAME_NAME_OTHER_BIRTH',
          `Lớp ${s.className} có hai học sinh tên ${s.name} (${where(dated, s)} sinh ${formatYmd(dated.birthDate)}, dòng này sinh ${formatYmd(s.birthDate)}). Nếu là một em, sửa ngày sinh và xóa dòng thừa.`);
      } else {
        at(s, ['birthDate', 'name'], 'warning', 'SAME_NAME_NO_BIRTH',
          `Lớp ${s.className} có hai dòng tên ${s.name} (${where(group[0], s)} và dòng này) mà thiếu ngày sinh để phân biệt, nên được tính là hai em. Ghi ngày sinh nếu là hai em; nếu là một em, gộp kết quả của hai dòng vào một dòng rồi xóa dòng kia.`);
      }
    }
  }
}

/**
 * The same name and birth date in two classes: a child who moved and whose old row was left counts
 * twice. A warning at the later row names both rows (both still count: it may be two children);
 * two different Mã HS say they are two children, and rows an error leaves out are not compared.
 */
function checkOtherClasses(students: readonly Student[], excluded: ReadonlySet<Student>, at: RowReporter): void {
  const dated = students.filter((s) => s.name && s.classKey && s.birthDate && !s.excluded && !excluded.has(s));
  // Stryker disable next-line StringLiteral: birth dates are fixed-length (yyyy-mm-dd), so the key splits one way without a separator
  for (const group of groupBy(dated, (s) => nameIdentity(s.name) + '|' + s.birthDate).values()) {
    for (let i = 1; i < group.length; i++) {
      const s = group[i];
      const other = group.slice(0, i).find((o) => o.classKey !== s.classKey && !(o.studentId && s.studentId && studentIdKey(o.studentId) !== studentIdKey(s.studentId)));
      if (!other) continue;
      at(s, ['name', 'givenName'], 'warning', 'SAME_STUDENT_TWO_CLASSES',
        `Học sinh ${s.name} sinh ${formatYmd(s.birthDate)} có ở lớp ${other.className} (${where(other, s)}) và lớp ${s.className} (dòng này). `
        + 'Nếu là một em đã chuyển lớp, xóa dòng ở lớp cũ để em không bị tính hai lần; nếu là hai em khác nhau, ghi Mã HS cho cả hai dòng.');
    }
  }
}

/**
 * Duplicates, and classes against the Lớp tab. Returns the problems and a new roster in which a
 * student row with an error is excluded (a new object); the given roster is not changed.
 */
export function validateRoster(roster: Roster, classList: ClassList): { roster: Roster; problems: Problem[] } {
  const problems: Problem[] = [];
  const excluded = new Set<Student>();
  const at: RowReporter = (s, fields, severity, code, message) => {
    if (severity === 'error') excluded.add(s);
    problems.push(rowProblem(s, fieldColumn(roster, s, ...fields), severity, code, message));
  };

  // Duplicate Mã HS: the first row counts, later ones are errors.
  const byId = new Map<string, Student>();
  const duplicateIds = new Set<Student>();
  for (const s of roster.students) {
    if (!s.studentId) continue;
    const key = studentIdKey(s.studentId);
    const first = byId.get(key);
    if (!first) byId.set(key, s);
    else {
      duplicateIds.add(s);
      at(s, ['studentId'], 'error', 'STUDENT_ID_DUPLICATE',
        `Mã HS ${s.studentId} trùng với ${where(first, s)} (${first.name}). Kiểm tra lại mã; nếu là cùng một em thì xóa dòng thừa.`);
    }
  }

  checkSameNames(roster.students, duplicateIds, at);
  checkOtherClasses(roster.students, excluded, at);

  // Rows per class against Sĩ số; classes missing from the Lớp tab.
  for (const [key, list] of groupBy(roster.students.filter((s) => s.classKey), (s) => s.classKey)) {
    const info = classList.byKey.get(key);
    if (info && info.size !== undefined && list.length > info.size) {
      problems.push(problemAt(classList.sheet, info.row, info.sizeColumn, 'error', 'CLASS_OVER_SIZE',
        `Lớp ${info.name} có ${list.length} dòng trong danh sách nhưng sĩ số chỉ ${info.size}. Kiểm tra sĩ số hoặc các dòng thừa của lớp này.`, info.name));
    } else if (!info && classList.present) {
      const s = list[0];
      at(s, ['className'], 'warning', 'CLASS_NOT_LISTED',
        `Lớp ${s.className} chưa có trong trang "Lớp" (${list.length} học sinh). Thêm lớp này vào trang "Lớp" với khối, GVCN và sĩ số.`);
    }
  }
  if (excluded.size === 0) return { roster, problems };
  return { roster: { ...roster, students: roster.students.map((s) => (excluded.has(s) ? { ...s, excluded: true } : s)) }, problems };
}

/**
 * Support that may be forgotten: no GV hỗ trợ at the latest rating, and the warnings that follow
 * from the flags (a past review point not rated, an area left blank after a need), so Kiểm tra
 * and Theo dõi always agree.
 */
export function supportWarnings(roster: Roster, flags: Flag[]): Problem[] {
  const problems: Problem[] = [];
  // The Danh sách column of a student's rating ("Cuối HKII" is Cuối năm for a primary row).
  const columnsAt = (s: Student, point: ReviewPointCode) =>
    (layoutOf(roster, s)?.reviewColumns ?? []).filter((rc) => pointAtLevel(rc.reviewPoint, levelOfGrade(s.grade)) === point);
  const columnOf = (s: Student, point: ReviewPointCode, area: string) => columnsAt(s, point).find((rc) => rc.area === area)?.column;
  const warn = (s: Student, column: number | undefined, code: Problem['code'], message: string) =>
    problems.push(rowProblem(s, column, 'warning', code, message));
  /** A warning at the cell a student's rating of `area` at `point` was read from (an official tab or the Danh sách row). */
  const warnAtRating = (s: Student, point: ReviewPointCode, area: string | undefined, code: Problem['code'], message: string) => {
    const from = s.official?.[point] ?? (layoutOf(roster, s) ? undefined : latestOrigin(s));
    if (!from) {
      warn(s, area === undefined ? undefined : columnOf(s, point, area), code, message);
      return;
    }
    const column = (area !== undefined ? from.areaColumns[area] : undefined) ?? from.nameColumn;
    problems.push(problemAt(from.sheet, from.row, column, 'warning', code, message, s.className));
  };

  for (const s of roster.students) {
    if (s.excluded) continue;
    const latest = latestRatedPoint(s);
    const latestNeed = latest ? (s.reviews[latest] as StudentReview).need : [];
    if (latestNeed.length > 0 && s.supporters.length === 0) {
      warn(s, fieldColumn(roster, s, 'supporter', 'name', 'givenName'), 'SUPPORTER_MISSING',
        `${s.name} (${s.className}) cần hỗ trợ ${latestNeed.join(', ')} (${pointLabelAt(latest as ReviewPointCode, levelOfGrade(s.grade))}) nhưng chưa có GV hỗ trợ. Ghi tên giáo viên vào cột GV hỗ trợ.`);
    }
  }

  for (const flag of flags) {
    if (!flag.previous) continue;
    const s = flag.student;
    const label = pointLabelAt(flag.reviewPoint, levelOfGrade(s.grade));
    const before = pointLabelAt(flag.previous, levelOfGrade(s.grade));
    const needBefore = (s.reviews[flag.previous] as StudentReview).need; // rated there, or it would not be previous
    if (flag.kinds.includes('notRated')) {
      const area = needBefore.find((a) => columnOf(s, flag.reviewPoint, a) !== undefined) ?? columnsAt(s, flag.reviewPoint)[0]?.area;
      warnAtRating(s, flag.reviewPoint, area, 'NOT_RATED',
        `${s.name} (${s.className}) cần hỗ trợ ${needBefore.join(', ')} ở mốc ${before} nhưng chưa được đánh giá ${label}. Nhập kết quả ${label} cho em.`);
      continue;
    }
    // Every rated point after a need carries a flag (still needs, new need, or improved).
    for (const area of (s.reviews[flag.reviewPoint] as StudentReview).blank.filter((a) => needBefore.includes(a))) {
      warnAtRating(s, flag.reviewPoint, area, 'AREA_BLANK_AFTER_NEED',
        `${s.name} (${s.className}) cần hỗ trợ ${area} ở mốc ${before} nhưng ô ${area} mốc ${label} để trống. Ghi mức đánh giá (ví dụ H hoặc C) để biết em đã tiến bộ chưa.`);
    }
  }
  return problems;
}

/** The official row a student read only from official results was last seen in. */
function latestOrigin(s: Student): OfficialOrigin | undefined {
  let found: OfficialOrigin | undefined;
  for (const p of REVIEW_POINT_CODES) found = s.official?.[p] ?? found;
  return found;
}
