// Joining the official results tabs (PRODUCT 2.2) with the school's Danh sách into one list of
// students: which tabs count (this year's, last year's Cuối năm as the Đầu năm baseline, never a
// tab of another year or a second tab for the same class and review point), one student per
// Mã HS across review points, the Danh sách row found by Mã HS or else name + class + birth date,
// the official rating winning for its review point, and the number of students of each class.

import { classKey, gradeFromClassName, type ClassList } from '../read/classes';
import { formatYmd } from '../cells';
import { schoolYearLabel } from '../calendar';
import { groupBy } from '../collections';
import type { OfficialOrigin, Problem, Student, StudentReview } from '../model';
import { problemAt } from '../problem';
import type { OfficialStudent, OfficialTab } from '../read/official';
import { layoutOf, type Roster } from '../read/roster';
import { a1, nameIdentity, studentIdKey } from '../text';
import { levelOfGrade, pointAtLevel } from '../levels';
import { REVIEW_POINT_CODES, reviewPointInfo, type ReviewPointCode } from '../vocab';

/** How a tab is used: this year's results, last year's Cuối năm as Đầu năm, or not counted. */
export type OfficialUse = 'current' | 'baseline' | 'wrongYear' | 'duplicate' | 'incomplete';

export interface OfficialTabUse {
  tab: OfficialTab;
  use: OfficialUse;
  /** The review point its ratings count for (DN for last year's Cuối năm). */
  point?: ReviewPointCode;
  grade?: number;
}

export interface ClassCount {
  name: string;
  grade?: number;
  /** Distinct students in the class's tabs of this year. */
  count: number;
  sheets: string[];
}

export interface OfficialJoin {
  /** Danh sách students (with official ratings where joined), then official students not in it. */
  students: Student[];
  problems: Problem[];
  tabs: OfficialTabUse[];
  /** Classes with a tab of this year, by class key: distinct students over all review points. */
  classCounts: Map<string, ClassCount>;
  /**
   * THHS at one review point: a class with a tab at that point counts that tab's students (a child
   * who came in February is not a student at Cuối học kì I); the others count as in classCounts.
   */
  classCountsAt(point: ReviewPointCode): Map<string, ClassCount>;
  /** Review points with a counted tab (DN when a baseline is used). */
  points: ReviewPointCode[];
}

const POINT_ORDER = new Map(REVIEW_POINT_CODES.map((p, i) => [p, i]));

function identity(id: string, name: string, key: string, birth: string | undefined): string {
  return id ? 'id:' + studentIdKey(id) : `nm:${nameIdentity(name)}|${key}|${birth ?? ''}`;
}

/** Which tabs count and for what (PRODUCT 2.2: this year, or last year's Cuối năm as Đầu năm). */
function useOfTabs(tabs: OfficialTab[], schoolYear: number, classList: ClassList, problems: Problem[]): OfficialTabUse[] {
  const seen = new Map<string, OfficialTab>();
  const thisYear = schoolYearLabel(schoolYear);
  return tabs.map((tab): OfficialTabUse => {
    if (!tab.reviewPoint || (!tab.titleCells.className && !/^\d/.test(tab.classKey))) return { tab, use: 'incomplete' };
    const grade = classList.byKey.get(tab.classKey)?.grade ?? gradeFromClassName(tab.className);
    const cellOf = (at: [number, number] | undefined): [number, number] => at ?? [1, 1];
    if (grade === undefined) {
      const [row, column] = cellOf(tab.titleCells.className);
      problems.push(problemAt(tab.sheet, row, column, 'error', 'GRADE_UNKNOWN',
        `Trang "${tab.sheet}": không biết lớp "${tab.className}" thuộc khối nào, nên kết quả của trang này chưa được tính. Khai báo lớp này với cột Khối trong trang "Lớp".`));
      return { tab, use: 'incomplete' };
    }
    const year = tab.schoolYear ?? schoolYear;
    const label = reviewPointInfo(tab.reviewPoint).label;
    let use: OfficialUse;
    let point: ReviewPointCode = tab.reviewPoint;
    if (year === schoolYear) use = 'current';
    else if (year === schoolYear - 1 && tab.reviewPoint === 'CN') {
      use = 'baseline';
      point = 'DN';
    } else {
      const [row, column] = cellOf(tab.titleCells.schoolYear);
      problems.push(problemAt(tab.sheet, row, column, 'error', 'OFFICIAL_WRONG_YEAR',
        `Trang "${tab.sheet}" là kết quả ${label} năm học ${schoolYearLabel(year)}, không phải năm học ${thisYear} (chỉ kết quả Cuối năm của năm học trước được dùng làm mốc Đầu năm), nên không được tính. Xóa trang này, hoặc sửa Năm học trong trang "Cấu hình" nếu năm học hiện tại ghi sai.`, tab.className));
      return { tab, use: 'wrongYear', grade };
    }
    const key = `${use}|${tab.classKey}|${point}`;
    const first = seen.get(key);
    if (first) {
      const [row, column] = cellOf(tab.titleCells.className ?? tab.titleCells.reviewPoint);
      problems.push(problemAt(tab.sheet, row, column, 'error', 'OFFICIAL_DUPLICATE',
        `Trang "${tab.sheet}" và trang "${first.sheet}" đều là kết quả ${label} của lớp ${tab.className}${use === 'baseline' ? ` năm học ${schoolYearLabel(year)}` : ''}. Chỉ trang "${first.sheet}" được tính; xóa trang thừa (nếu trang "${tab.sheet}" mới đúng, xóa trang "${first.sheet}").`, tab.className));
      return { tab, use: 'duplicate', point, grade };
    }
    seen.set(key, tab);
    return { tab, use, point, grade };
  });
}

function origin(tab: OfficialTab, s: OfficialStudent): OfficialOrigin {
  return { sheet: tab.sheet, row: s.row, nameColumn: tab.nameColumn, areaColumns: s.areaColumns };
}

/** Finds Danh sách rows by Mã HS, by name + class + birth date, and by name + class when unique. */
class RosterIndex {
  private readonly byId = new Map<string, Student>();
  private readonly byNameClassBirth = new Map<string, Student[]>();
  private readonly byNameClass = new Map<string, Student[]>();
  private readonly byNameBirth = new Map<string, Student[]>();
  private readonly byNameGrade = new Map<string, Student[]>();
  readonly matched = new Set<Student>();

  constructor(students: Student[]) {
    for (const s of students) {
      if (!s.name) continue;
      if (s.studentId && !this.byId.has(studentIdKey(s.studentId))) this.byId.set(studentIdKey(s.studentId), s);
      const name = nameIdentity(s.name);
      push(this.byNameClass, `${name}|${s.classKey}`, s);
      push(this.byNameGrade, `${name}|${s.grade}`, s);
      if (s.birthDate) {
        push(this.byNameClassBirth, `${name}|${s.classKey}|${s.birthDate}`, s);
        push(this.byNameBirth, `${name}|${s.birthDate}`, s);
      }
    }
  }

  private free(list: Student[] | undefined): Student | undefined {
    const open = (list ?? []).filter((s) => !this.matched.has(s));
    return open.length === 1 ? open[0] : undefined;
  }

  /** This year's Danh sách row of a student of a class tab. */
  find(id: string, name: string, key: string, birth: string | undefined, twinsInTab: number): Student | undefined {
    const byId = id ? this.byId.get(studentIdKey(id)) : undefined;
    if (byId && !this.matched.has(byId)) return byId;
    const person = nameIdentity(name);
    if (birth) {
      const exact = this.free(this.byNameClassBirth.get(`${person}|${key}|${birth}`));
      if (exact) return exact;
    }
    // One side without a birth date (or Mã HS), such as a results sheet a school typed with names
    // only: by name and class, when neither side has a namesake and nothing written disagrees
    // (equal birth dates or codes were joined above, so two written ones differ).
    const named = this.free(this.byNameClass.get(`${person}|${key}`));
    if (!named || twinsInTab !== 1) return undefined;
    const birthsAgree = !birth || !named.birthDate;
    const idsAgree = !id || !named.studentId;
    return birthsAgree && idsAgree ? named : undefined;
  }

  /**
   * Last year's student among this year's Danh sách rows, whose class has changed: name + birth
   * date, or, for a row without birth date or Mã HS, the only row of that name in the khối.
   */
  findPromoted(name: string, birth: string | undefined, grade: number): Student | undefined {
    const person = nameIdentity(name);
    const dated = birth ? this.free(this.byNameBirth.get(`${person}|${birth}`)) : undefined;
    if (dated) return dated.grade === grade ? dated : undefined;
    const named = this.free(this.byNameGrade.get(`${person}|${grade}`));
    return named && !named.birthDate && !named.studentId ? named : undefined;
  }

  claim(s: Student): void {
    this.matched.add(s);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Danh sách ratings that disagree with the official ones, at the Danh sách cell (need against no
 * need per area; "T" against "H" both mean no need and are not compared).
 */
function disagreements(roster: Roster, s: Student, point: ReviewPointCode, official: StudentReview, from: OfficialOrigin): Problem[] {
  const own = s.reviews[point];
  const layout = layoutOf(roster, s);
  if (!own?.rated || !layout) return [];
  const problems: Problem[] = [];
  const label = reviewPointInfo(point).label;
  for (const rc of layout.reviewColumns) {
    if (pointAtLevel(rc.reviewPoint, levelOfGrade(s.grade)) !== point || own.blank.includes(rc.area)) continue;
    const listedNeed = own.need.includes(rc.area);
    if (from.areaColumns[rc.area] === undefined) {
      // The class tab does not rate this area (another khối's subjects, or a subject named otherwise
      // there): the official review replaces this one, so say that this need is not counted.
      if (listedNeed) {
        problems.push(problemAt(s.sheet, s.row, rc.column + 1, 'warning', 'OFFICIAL_RATING_DIFFERS',
          `Danh sách ghi ${s.name} cần hỗ trợ ${rc.area} ở mốc ${label}, nhưng kết quả chính thức (trang "${from.sheet}") không có cột ${rc.area}, nên ô này không được tính: Tổng hợp dùng kết quả chính thức. Nếu môn này có tên khác trong trang "${from.sheet}", sửa tiêu đề cho khớp.`,
          s.className || undefined));
      }
      continue;
    }
    const officialNeed = official.need.includes(rc.area);
    if (listedNeed === officialNeed) continue;
    const officialCell = `trang "${from.sheet}", ô ${a1(from.row, from.areaColumns[rc.area])}`;
    problems.push(problemAt(s.sheet, s.row, rc.column + 1, 'warning', 'OFFICIAL_RATING_DIFFERS',
      listedNeed
        ? `Danh sách ghi ${s.name} cần hỗ trợ ${rc.area} ở mốc ${label}, nhưng kết quả chính thức (${officialCell}) không ghi C. Tổng hợp dùng kết quả chính thức; sửa ô này cho khớp.`
        : `Kết quả chính thức (${officialCell}) ghi ${s.name} cần hỗ trợ ${rc.area} ở mốc ${label} (mức C), nhưng ô này trong Danh sách không ghi cần hỗ trợ. Tổng hợp dùng kết quả chính thức; sửa ô này cho khớp.`,
      s.className || undefined));
  }
  return problems;
}

export interface JoinOptions {
  /** First calendar year of this school year. */
  schoolYear: number;
  classList: ClassList;
  /** The school keeps a Danh sách: official students missing from it are flagged `notListed`. */
  rosterPresent: boolean;
}

export function joinOfficial(tabs: OfficialTab[], roster: Roster, options: JoinOptions): OfficialJoin {
  const { schoolYear, classList, rosterPresent } = options;
  const problems: Problem[] = [];
  const uses = useOfTabs(tabs, schoolYear, classList, problems);
  const current = uses.filter((u) => u.use === 'current')
    .sort((a, b) => (POINT_ORDER.get(a.point as ReviewPointCode) as number) - (POINT_ORDER.get(b.point as ReviewPointCode) as number));
  const baselines = uses.filter((u) => u.use === 'baseline');

  // This year's class tabs: one student per Mã HS (else name + class + birth date) across review points.
  const byIdentity = new Map<string, Student>();
  const classMembers = new Map<string, { count: Set<string>; name: string; grade?: number; sheets: string[] }>();
  const perPoint = new Map<ReviewPointCode, Map<string, Set<string>>>();
  // A Mã HS left blank in one tab and filled in another (or the other way round) is still one
  // child when name, class and birth date agree; two different codes never merge.
  const byNameKey = new Map<string, string>();
  const canonical = (os: OfficialStudent, classKeyOfTab: string): string => {
    const own = identity(os.studentId, os.name, classKeyOfTab, os.birthDate);
    if (!os.birthDate) return own;
    const nameKey = identity('', os.name, classKeyOfTab, os.birthDate);
    const known = byNameKey.get(nameKey);
    if (known === undefined) {
      byNameKey.set(nameKey, own);
      return own;
    }
    // Blank here or there: the one child; two written codes are two children.
    return !os.studentId || known.startsWith('nm:') ? known : own;
  };
  for (const { tab, point, grade } of current) {
    const p = point as ReviewPointCode;
    const className = classList.byKey.get(tab.classKey)?.name ?? tab.className;
    const members = classMembers.get(tab.classKey) ?? { count: new Set<string>(), name: className, grade, sheets: [] };
    classMembers.set(tab.classKey, members);
    members.sheets.push(tab.sheet);
    const seenHere = new Map<string, { row: number; name: string }>();
    for (const os of tab.students) {
      const key = canonical(os, tab.classKey);
      members.count.add(key);
      const atPoint = perPoint.get(p) ?? new Map<string, Set<string>>();
      perPoint.set(p, atPoint);
      if (!atPoint.has(tab.classKey)) atPoint.set(tab.classKey, new Set());
      (atPoint.get(tab.classKey) as Set<string>).add(key);
      const earlier = seenHere.get(key);
      if (earlier !== undefined) {
        // Two names under one code are two children and a mistyped code: never advise deleting a row.
        const sameChild = nameIdentity(earlier.name) === nameIdentity(os.name);
        problems.push(problemAt(tab.sheet, os.row, tab.studentIdColumn ?? tab.nameColumn, 'error', os.studentId ? 'STUDENT_ID_DUPLICATE' : 'STUDENT_DUPLICATE',
          sameChild
            ? `${os.name}${os.studentId ? ` (Mã HS ${os.studentId})` : ''} đã có ở dòng ${earlier.row} của trang này. Dòng này không được tính; xóa dòng thừa.`
            : `Mã HS ${os.studentId} của ${os.name} cũng là mã của ${earlier.name} ở dòng ${earlier.row} của trang này. Dòng này chưa được tính; sửa lại Mã HS cho đúng của từng em.`, className));
        continue;
      }
      seenHere.set(key, { row: os.row, name: os.name });
      if (os.excluded) continue; // its error is listed; the row counts in THHS only
      const existing = byIdentity.get(key);
      const sameCodeAtPoint = existing?.official?.[p];
      if (sameCodeAtPoint) {
        const first = existing as Student;
        problems.push(problemAt(tab.sheet, os.row, tab.studentIdColumn ?? tab.nameColumn, 'error', 'STUDENT_ID_DUPLICATE',
          `Mã HS ${os.studentId} của ${os.name} cũng có ở trang "${sameCodeAtPoint.sheet}" (${first.name}, lớp ${first.className}) cùng mốc ${reviewPointInfo(p).label}. Dòng này không được tính; kiểm tra lại mã.`, className));
        continue;
      }
      const student: Student = existing ?? {
        sheet: tab.sheet, row: os.row, studentId: os.studentId, name: os.name, className, classKey: tab.classKey, grade,
        birthDate: os.birthDate, female: os.female, disability: false, supporters: [],
        reviews: {}, excluded: false, official: {}, notListed: rosterPresent,
      };
      // The latest review point's tab is the student's home (name, class, row to link to).
      Object.assign(student, { sheet: tab.sheet, row: os.row, name: os.name, className, classKey: tab.classKey, grade });
      if (!student.studentId) student.studentId = os.studentId;
      if (os.review.rated) student.reviews[p] = os.review;
      (student.official as NonNullable<Student['official']>)[p] = origin(tab, os);
      if (os.absences) student.absences = { ...student.absences, [p]: os.absences };
      byIdentity.set(key, student);
    }
  }

  // Join with Danh sách: the Danh sách row stays the student (GV hỗ trợ, HSKT, hoàn cảnh, ghi chú).
  const index = new RosterIndex(roster.students);
  const officialOnly: Student[] = [];
  const namesakes = new Map<string, number>();
  const namesakeKey = (s: Student) => `${s.classKey}|${nameIdentity(s.name)}`;
  for (const os of byIdentity.values()) namesakes.set(namesakeKey(os), (namesakes.get(namesakeKey(os)) ?? 0) + 1);
  for (const os of byIdentity.values()) {
    const listed = index.find(os.studentId, os.name, os.classKey, os.birthDate, namesakes.get(namesakeKey(os)) as number);
    if (!listed) {
      officialOnly.push(os);
      continue;
    }
    index.claim(listed);
    if (nameIdentity(listed.name) !== nameIdentity(os.name)) {
      // Joined by Mã HS under another name: a mistyped code would give this row another child's ratings.
      const from = Object.values(os.official ?? {})[0] as OfficialOrigin;
      const fields = layoutOf(roster, listed)?.fields;
      const column = (fields?.studentId ?? fields?.name ?? 0) + 1;
      problems.push(problemAt(listed.sheet, listed.row, column, 'warning', 'OFFICIAL_NAME_DIFFERS',
        `Mã HS ${os.studentId} ở dòng này là của ${os.name} trong kết quả chính thức (trang "${from.sheet}", dòng ${from.row}), nhưng Danh sách ghi tên ${listed.name}. Tổng hợp dùng kết quả của mã này; kiểm tra lại mã hoặc họ tên.`, listed.className || undefined));
    }
    adoptOfficial(listed, os, roster, problems);
  }

  // Danh sách students of a class with a tab this year who are not in it.
  for (const s of roster.students) {
    if (index.matched.has(s) || s.excluded || !s.name) continue;
    const members = classMembers.get(s.classKey);
    if (!members) continue;
    const fields = layoutOf(roster, s)?.fields;
    const column = (fields?.name ?? fields?.givenName ?? 0) + 1;
    problems.push(problemAt(s.sheet, s.row, column, 'warning', 'OFFICIAL_NOT_FOUND',
      `${s.name} (lớp ${s.className}${s.birthDate ? `, sinh ${formatYmd(s.birthDate)}` : ''}) không có trong kết quả chính thức của lớp (trang ${members.sheets.map((n) => `"${n}"`).join(', ')}). Kiểm tra Mã HS, họ tên và ngày sinh cho khớp; em vẫn được tính theo Danh sách.`, s.className || undefined));
  }

  const students = [...roster.students, ...officialOnly];
  const knownGrades = new Set<number>();
  for (const s of students) if (s.grade !== undefined) knownGrades.add(s.grade);
  for (const c of classList.byKey.values()) if (c.grade !== undefined) knownGrades.add(c.grade);
  for (const u of uses) if (u.grade !== undefined && u.use !== 'wrongYear') knownGrades.add(u.grade);
  const topGrade = Math.max(0, ...knownGrades);
  const currentGrades = new Set(current.map((u) => u.grade as number));

  // Last year's Cuối năm as this year's Đầu năm: joined by Mã HS, else promoted one khối.
  const byId = new Map<string, Student>();
  for (const s of students) if (s.studentId && !byId.has(studentIdKey(s.studentId))) byId.set(studentIdKey(s.studentId), s);
  for (const { tab, grade } of baselines) {
    const lastYear = schoolYearLabel(schoolYear - 1);
    const gone: string[] = [];
    for (const os of tab.students) {
      if (os.excluded || !os.review.rated) continue;
      const nextGrade = (grade as number) + (os.notPromoted ? 0 : 1);
      let student = os.studentId ? byId.get(studentIdKey(os.studentId)) : undefined;
      if (!student) {
        const listed = index.findPromoted(os.name, os.birthDate, nextGrade);
        if (listed) {
          index.claim(listed);
          student = listed;
        }
      }
      if (student) {
        if (student.official?.DN) continue; // already joined from another baseline tab
        // A Danh sách row's own Đầu năm cells against last year's results (an official-only student has no cells).
        problems.push(...disagreements(roster, student, 'DN', os.review, origin(tab, os)));
        student.reviews.DN = os.review;
        student.official = { ...student.official, DN: origin(tab, os) };
        if (!student.studentId) student.studentId = os.studentId;
        continue;
      }
      // Not in this year's lists: promoted, unless this year's class tabs of that khối say otherwise.
      if (currentGrades.has(nextGrade) || nextGrade > topGrade) {
        gone.push(os.name);
        continue;
      }
      const className = `${tab.className} (${lastYear})`;
      students.push({
        sheet: tab.sheet, row: os.row, studentId: os.studentId, name: os.name, className, classKey: classKey(className), grade: nextGrade,
        birthDate: os.birthDate, female: os.female, disability: false, supporters: [],
        reviews: { DN: os.review }, excluded: false, official: { DN: origin(tab, os) }, notListed: rosterPresent,
      });
    }
    if (gone.length > 0) {
      const [row, column] = tab.titleCells.className ?? [1, 1];
      problems.push(problemAt(tab.sheet, row, column, 'warning', 'OFFICIAL_BASELINE_LEFT',
        `${gone.length} học sinh của trang "${tab.sheet}" (Cuối năm ${lastYear}) không có trong kết quả năm nay của khối trên (hoặc đã học hết cấp), nên không được tính ở mốc Đầu năm: ${gone.slice(0, 5).join(', ')}${gone.length > 5 ? ', …' : ''}. Nếu em vẫn học ở trường, ghi đúng Mã HS của em trong Danh sách.`, tab.className));
    }
  }

  const classCounts = new Map<string, ClassCount>();
  for (const [key, m] of classMembers) classCounts.set(key, { name: m.name, grade: m.grade, count: m.count.size, sheets: m.sheets });
  problems.push(...classSizeWarnings(classCounts, classList, roster));

  // Only counted tabs and their duplicates have a point, and a duplicate's point is its counted tab's.
  const points = REVIEW_POINT_CODES.filter((p) => uses.some((u) => u.point === p));
  const classCountsAt = (point: ReviewPointCode) => {
    const counts = new Map(classCounts);
    for (const [key, ids] of perPoint.get(point) ?? []) counts.set(key, { ...(classCounts.get(key) as ClassCount), count: ids.size });
    return counts;
  };
  return { students, problems, tabs: uses, classCounts, classCountsAt, points };
}

/** A Danh sách row joined to its official results: official ratings win for their review points. */
function adoptOfficial(listed: Student, os: Student, roster: Roster, problems: Problem[]): void {
  for (const [point, from] of Object.entries(os.official ?? {}) as Array<[ReviewPointCode, OfficialOrigin]>) {
    const review = os.reviews[point];
    if (!review) continue; // a blank row in the tab: the Danh sách rating stands
    problems.push(...disagreements(roster, listed, point, review, from));
    listed.reviews[point] = review;
    listed.official = { ...listed.official, [point]: from };
  }
  // Buổi nghỉ of the official tabs win over the Danh sách's, point by point.
  if (os.absences) listed.absences = { ...listed.absences, ...os.absences };
  if (!listed.studentId) listed.studentId = os.studentId;
  if (!listed.birthDate) listed.birthDate = os.birthDate;
  if (listed.female === undefined) listed.female = os.female;
  if (listed.grade === undefined) listed.grade = os.grade;
}

/**
 * The Lớp tab's Sĩ số against the class tabs (the tabs win), and classes of a khối with tabs that
 * have none (THHS then counts them by Sĩ số or Danh sách rows).
 */
function classSizeWarnings(classCounts: Map<string, ClassCount>, classList: ClassList, roster: Roster): Problem[] {
  const problems: Problem[] = [];
  for (const [key, c] of classCounts) {
    const listed = classList.byKey.get(key);
    if (listed?.size !== undefined && listed.size !== c.count) {
      problems.push(problemAt(classList.sheet, listed.row, listed.sizeColumn, 'warning', 'OFFICIAL_SIZE_DIFFERS',
        `Lớp ${c.name}: trang "${classList.sheet}" ghi sĩ số ${listed.size}, còn kết quả chính thức (trang ${c.sheets.map((n) => `"${n}"`).join(', ')}) có ${c.count} học sinh. THHS tính theo kết quả chính thức (${c.count}); sửa sĩ số nếu cần.`, c.name));
    }
  }
  const officialGrades = new Set([...classCounts.values()].map((c) => c.grade));
  const reported = new Set<string>();
  const missing = (key: string, name: string, grade: number | undefined, sheet: string, row: number, column: number) => {
    if (reported.has(key) || classCounts.has(key) || !officialGrades.has(grade)) return;
    reported.add(key);
    const withTabs = [...classCounts.values()].filter((c) => c.grade === grade).map((c) => c.name).join(', ');
    problems.push(problemAt(sheet, row, column, 'warning', 'OFFICIAL_CLASS_NO_TAB',
      `Khối ${grade} có kết quả chính thức của lớp ${withTabs} nhưng chưa có của lớp ${name}: THHS khối ${grade} tính lớp ${name} theo sĩ số trang "Lớp" hoặc số dòng trong Danh sách. Nhập trang kết quả của lớp ${name} (Tệp → Nhập).`, name));
  };
  for (const c of classList.byKey.values()) missing(c.key, c.name, c.grade, classList.sheet, c.row, 1);
  for (const group of groupBy(roster.students.filter((s) => s.classKey && !s.excluded), (s) => s.classKey).values()) {
    const s = group[0];
    missing(s.classKey, s.className, s.grade, s.sheet, s.row, (layoutOf(roster, s)?.fields.className ?? 0) + 1);
  }
  return problems;
}
