// Reading the roster: one or several "Danh sách…" tabs, read as one list of students. Each tab is
// read on its own (tab.ts): its header (header.ts), the rows below it sorted into students and
// rows that are not (rows.ts), one Student per row (student.ts), and ratings no header placed
// (unplaced.ts). Whatever holds ratings or students and is not understood is reported at its
// cell. Problems across rows are in rules/validate.ts.

import { levelOfGrade } from '../../levels';
import type { SheetGrid, Student } from '../../model';
import { problemAt } from '../../problem';
import { areaOrder, REVIEW_POINT_CODES, type ReviewPointCode } from '../../vocab';
import { columnPoints } from './reviews';
import { parseRosterTab } from './tab';
import { NO_SKIPS, type ParseOptions, type Roster, type RosterLayout, type SkipReason } from './types';

export { findRosterLayout, rowFields } from './header';
export type { ParseOptions, ReviewColumn, Roster, RosterLayout, RosterTab, SkipReason } from './types';

/** The layout of the tab a student was read from. */
export function layoutOf(roster: Roster, student: Student): RosterLayout | undefined {
  return roster.tabs.find((t) => t.sheet === student.sheet)?.layout;
}

/** Reads the roster tabs as one roster; never throws on content, every oddity becomes a problem. */
export function parseRoster(sheets: SheetGrid[], options: ParseOptions, rosterTabName = 'Danh sách'): Roster {
  const roster: Roster = { tabs: [], students: [], blocks: [], areas: [], problems: [], skipped: NO_SKIPS() };
  if (sheets.length === 0) {
    roster.problems.push(problemAt(rosterTabName, 1, 1, 'error', 'ROSTER_MISSING',
      `Không tìm thấy trang tính "${rosterTabName}". Tạo trang này (menu Hỗ trợ học sinh → Tạo bảng mẫu) hoặc đổi tên trang danh sách học sinh thành "${rosterTabName}".`));
    return roster;
  }
  const blocks = new Set<ReviewPointCode>();
  const areas = new Set<string>();
  for (const sheet of sheets) {
    const tab = parseRosterTab(sheet, options, sheets.length > 1);
    roster.tabs.push({ sheet: sheet.name, layout: tab.layout });
    roster.students.push(...tab.students);
    roster.problems.push(...tab.problems);
    for (const reason of Object.keys(tab.skipped) as SkipReason[]) roster.skipped[reason] += tab.skipped[reason];
    // "Cuối HKII" is Cuối kì II for the tab's secondary rows and Cuối năm for its primary ones
    // (beside a Cuối năm column, a primary row reads whichever of the two is filled: reviews.ts).
    const levels = new Set(tab.students.map((st) => levelOfGrade(st.grade)));
    for (const rc of tab.layout?.reviewColumns ?? []) {
      for (const point of columnPoints(rc.reviewPoint, levels)) blocks.add(point);
      areas.add(rc.area);
    }
  }
  roster.blocks = REVIEW_POINT_CODES.filter((code) => blocks.has(code));
  roster.areas = [...areas].sort((x, y) => areaOrder(x) - areaOrder(y));
  return roster;
}
