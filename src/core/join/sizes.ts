// The number of students of each class: the Lớp tab's Sĩ số against the class tabs, and classes of
// a khối with tabs that have none.

import { groupBy } from '../collections';
import type { Problem } from '../model';
import { problemAt } from '../problem';
import type { ClassList } from '../read/classes';
import { layoutOf, type Roster } from '../read/roster';
import type { ClassCount } from './types';

/**
 * The Lớp tab's Sĩ số against the class tabs (the tabs win), and classes of a khối with tabs that
 * have none (THHS then counts them by Sĩ số or Danh sách rows).
 */
export function classSizeWarnings(classCounts: Map<string, ClassCount>, classList: ClassList, roster: Roster): Problem[] {
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
