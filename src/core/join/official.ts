// Joining the official results tabs (PRODUCT 2.2) with the school's Danh sách into one list of
// students: which tabs count (this year's, last year's Cuối năm as the Đầu năm baseline, never a
// tab of another year or a second tab for the same class and review point), one student per
// Mã HS across review points, the Danh sách row found by Mã HS or else name + class + birth date,
// the official rating winning for its review point, and the number of students of each class.

import { formatYmd } from '../cells';
import type { OfficialOrigin, Problem, Student } from '../model';
import { problemAt } from '../problem';
import type { OfficialTab } from '../read/official';
import { layoutOf, type Roster } from '../read/roster';
import { nameIdentity } from '../text';
import { REVIEW_POINT_CODES, type ReviewPointCode } from '../vocab';
import { adoptOfficial } from './adopt';
import { joinBaselines, levelTop } from './baseline';
import { ThisYear, type ClassMembers } from './current';
import { RosterIndex } from './roster-index';
import { classSizeWarnings } from './sizes';
import { useOfTabs } from './tabs';
import type { ClassCount, JoinOptions, OfficialJoin } from './types';

export type { ClassCount, JoinOptions, OfficialJoin, OfficialTabUse, OfficialUse } from './types';

const POINT_ORDER = new Map(REVIEW_POINT_CODES.map((p, i) => [p, i]));

/**
 * This year's official students joined with the Danh sách: the Danh sách row stays the student (GV
 * hỗ trợ, HSKT, hoàn cảnh, ghi chú) as a new object with the official ratings; the others follow.
 */
function joinRoster(thisYear: ThisYear, roster: Roster, index: RosterIndex, problems: Problem[]): Student[] {
  const adopted = new Map<Student, Student>();
  const officialOnly: Student[] = [];
  const namesakes = new Map<string, number>();
  const namesakeKey = (s: Student) => `${s.classKey}|${nameIdentity(s.name)}`;
  for (const os of thisYear.byIdentity.values()) namesakes.set(namesakeKey(os), (namesakes.get(namesakeKey(os)) ?? 0) + 1);
  for (const os of thisYear.byIdentity.values()) {
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
      problems.push(problemAt(listed.sheet, listed.row, (fields?.studentId ?? fields?.name ?? 0) + 1, 'warning', 'OFFICIAL_NAME_DIFFERS',
        `Mã HS ${os.studentId} ở dòng này là của ${os.name} trong kết quả chính thức (trang "${from.sheet}", dòng ${from.row}), nhưng Danh sách ghi tên ${listed.name}. Tổng hợp dùng kết quả của mã này; kiểm tra lại mã hoặc họ tên.`, listed.className));
    }
    if (listed.grade !== undefined && os.grade !== undefined && listed.grade !== os.grade) problems.push(otherGrade(roster, listed, os));
    adopted.set(listed, adoptOfficial(listed, os, roster, problems));
  }
  return [...roster.students.map((s) => adopted.get(s) ?? s), ...officialOnly];
}

/**
 * A Danh sách row joined with a class tab of another khối (by Mã HS): counted in the Danh sách's
 * khối, while the tab's khối counts the child in its THHS, so the school is told at the Lớp cell.
 */
function otherGrade(roster: Roster, listed: Student, os: Student): Problem {
  const from = Object.values(os.official ?? {})[0] as OfficialOrigin;
  const fields = layoutOf(roster, listed)?.fields;
  return problemAt(listed.sheet, listed.row, (fields?.className ?? fields?.name ?? 0) + 1, 'warning', 'OFFICIAL_GRADE_DIFFERS',
    `${listed.name} có lớp ${os.className} (khối ${os.grade}) trong kết quả chính thức (trang "${from.sheet}", dòng ${from.row}), nhưng Danh sách ghi lớp ${listed.className} (khối ${listed.grade}). Em được tính ở khối ${listed.grade} theo Danh sách, trong khi sĩ số khối ${os.grade} lấy từ trang kết quả đã có em: sửa Lớp (hoặc Mã HS) cho đúng.`, listed.className);
}

/** Danh sách students of a class with a tab this year who are not in it. */
function notFound(roster: Roster, index: RosterIndex, classMembers: Map<string, ClassMembers>): Problem[] {
  const problems: Problem[] = [];
  for (const s of roster.students) {
    if (index.matched.has(s) || s.excluded || !s.name) continue;
    const members = classMembers.get(s.classKey);
    if (!members) continue;
    const fields = layoutOf(roster, s)?.fields;
    problems.push(problemAt(s.sheet, s.row, (fields?.name ?? fields?.givenName ?? 0) + 1, 'warning', 'OFFICIAL_NOT_FOUND',
      `${s.name} (lớp ${s.className}${s.birthDate ? `, sinh ${formatYmd(s.birthDate)}` : ''}) không có trong kết quả chính thức của lớp (trang ${members.sheets.map((n) => `"${n}"`).join(', ')}). Em vẫn được tính theo Danh sách; nếu em có trong trang đó với Mã HS, họ tên hoặc ngày sinh ghi khác thì em đang được tính hai lần: sửa cho khớp.`, s.className));
  }
  return problems;
}

/** The khối known anywhere (students, the Lớp tab, counted tabs), for the school's last khối. */
function knownTop(students: Student[], options: JoinOptions, uses: OfficialJoin['tabs']): number {
  const known = new Set<number>();
  for (const s of students) if (s.grade !== undefined) known.add(s.grade);
  for (const c of options.classList.byKey.values()) if (c.grade !== undefined) known.add(c.grade);
  for (const u of uses) if (u.grade !== undefined && u.use !== 'wrongYear') known.add(u.grade);
  return levelTop(Math.max(0, ...known));
}

/** Joins the official tabs with the Danh sách; the roster is not changed (joined rows are new students). */
export function joinOfficial(tabs: OfficialTab[], roster: Roster, options: JoinOptions): OfficialJoin {
  const { schoolYear, classList, rosterPresent } = options;
  const problems: Problem[] = [];
  const uses = useOfTabs(tabs, schoolYear, classList, problems);
  const current = uses.filter((u) => u.use === 'current')
    .sort((a, b) => (POINT_ORDER.get(a.point as ReviewPointCode) as number) - (POINT_ORDER.get(b.point as ReviewPointCode) as number));
  const thisYear = new ThisYear(classList, rosterPresent, problems);
  for (const use of current) thisYear.addTab(use);
  const index = new RosterIndex(roster.students);
  const joined = joinRoster(thisYear, roster, index, problems);
  problems.push(...notFound(roster, index, thisYear.classMembers));

  const { students, withoutLists } = joinBaselines(joined, uses.filter((u) => u.use === 'baseline'), {
    schoolYear, roster, rosterPresent, index, problems,
    currentGrades: new Set(current.map((u) => u.grade as number)), topGrade: knownTop(joined, options, uses),
  });

  const classCounts = new Map<string, ClassCount>();
  for (const [key, m] of thisYear.classMembers) classCounts.set(key, { name: m.name, grade: m.grade, count: m.count.size, sheets: m.sheets });
  problems.push(...classSizeWarnings(classCounts, classList, roster));

  // Only counted tabs and their duplicates have a point, and a duplicate's point is its counted tab's.
  const points = REVIEW_POINT_CODES.filter((p) => uses.some((u) => u.point === p));
  const classCountsAt = (point: ReviewPointCode) => {
    const counts = new Map(classCounts);
    for (const [key, ids] of thisYear.perPoint.get(point) ?? []) counts.set(key, { ...(classCounts.get(key) as ClassCount), count: ids.size });
    return counts;
  };
  return { students, problems, tabs: uses, classCounts, classCountsAt, points, promotedWithoutLists: withoutLists };
}
