// What Kiểm tra says of last year's Cuối năm counted as this year's Đầu năm (join/baseline.ts): a
// child found in another khối than the next, a code on two rows, needs of the other level, pupils
// gone, pupils promoted without this year's lists. Each at the cell the school can act on.

import { pointLabelAt } from '../levels';
import type { Problem, Student } from '../model';
import { problemAt } from '../problem';
import type { OfficialStudent, OfficialTab } from '../read/official';
import { layoutOf, type Roster } from '../read/roster';
import { nameIdentity } from '../text';
import { origin } from './adopt';

/** How the results tab names its point and year: "Cuối năm 2024-2025". */
const lastYearPoint = (tab: OfficialTab, lastYear: string) => `${pointLabelAt('CN', tab.level)} ${lastYear}`;

/**
 * Last year's student found in this year's lists in another khối than the expected one: kept back (a
 * THCS or THPT export does not say), a "Chưa lên lớp" tick missed, or a class written wrong. Its
 * Cuối năm counts in the khối it is listed in; said at the Danh sách row's Lớp cell, where a wrong
 * class is mended, else at the results row.
 */
export function otherGradeProblem(roster: Roster, tab: OfficialTab, os: OfficialStudent, found: Student, expected: number, lastYear: string): Problem {
  const fields = layoutOf(roster, found)?.fields;
  const listed = fields !== undefined;
  const where = listed ? `Danh sách ghi ${found.name} ở lớp ${found.className} (khối ${found.grade})`
    : `Năm nay ${found.name} ở lớp ${found.className} (khối ${found.grade}, trang "${found.sheet}")`;
  const primary = tab.level === 'TH';
  const why = (found.grade as number) < expected
    ? (primary ? 'em ở lại lớp mà ô "Chưa lên lớp" năm trước chưa đánh dấu' : 'em ở lại lớp')
    : (primary ? 'em lên lớp sau khi rèn luyện trong hè, hoặc ô "Chưa lên lớp" năm trước đánh nhầm' : 'em được lên lớp');
  const message = `${where}, không phải khối ${expected} như kết quả ${lastYearPoint(tab, lastYear)} (trang "${tab.sheet}", lớp ${tab.className}) cho thấy. Kết quả năm trước của em được tính ở mốc Đầu năm của khối ${found.grade}. Nếu lớp năm nay đúng (${why}) thì không cần sửa; nếu không, sửa lớp của em${listed ? '' : ` ở trang "${found.sheet}"`}.`;
  return listed
    ? problemAt(found.sheet, found.row, (fields.className ?? fields.name ?? 0) + 1, 'warning', 'OFFICIAL_GRADE_DIFFERS', message, found.className)
    : problemAt(tab.sheet, os.row, origin(tab, os).nameColumn, 'warning', 'OFFICIAL_GRADE_DIFFERS', message, tab.className);
}

/**
 * A second row of last year's results for a child already joined: the same child (a row pasted
 * twice, a warning) is counted once; another child with the same code is not counted at all (an
 * error, as a code shared in this year's tabs is), until the code is mended.
 */
export function secondRowProblem(tab: OfficialTab, os: OfficialStudent, student: Student, first: { sheet: string; row: number }): Problem {
  const sameChild = nameIdentity(student.name) === nameIdentity(os.name) && (!student.birthDate || !os.birthDate || student.birthDate === os.birthDate);
  const cell = origin(tab, os).nameColumn;
  const code = os.studentId ? `Mã HS ${os.studentId}` : 'Em';
  return sameChild
    ? problemAt(tab.sheet, os.row, cell, 'warning', 'OFFICIAL_DUPLICATE',
      `Dòng này ghi lại ${os.name}, đã có ở trang "${first.sheet}" dòng ${first.row}: em được tính ở mốc Đầu năm một lần, theo dòng đó. Xoá dòng thừa.`, tab.className)
    : problemAt(tab.sheet, os.row, cell, 'error', 'OFFICIAL_DUPLICATE',
      `${code} ở dòng này (${os.name}) cũng là mã của ${student.name} (trang "${first.sheet}", dòng ${first.row}). Dòng này chưa được tính ở mốc Đầu năm; sửa lại Mã HS cho đúng.`, tab.className);
}

/** Up to this many students of a tab found in another khối are each said at their row; more, once for the tab. */
export const OTHER_GRADE_EACH = 5;

/** A student of last year's tab found in another khối: what to say at its row, and the class it is listed in. */
export interface OtherGrade { problem: Problem; listedIn: string }

/** What one baseline tab left uncounted or assumed, said once at its class title cell. */
export function baselineTabProblems(tab: OfficialTab, lastYear: string, thisYear: string,
  found: { gone: string[]; promoted: number; otherLevel: string[]; otherGrade: OtherGrade[]; withoutLists: boolean }): Problem[] {
  const [row, column] = tab.titleCells.className ?? [1, 1];
  const at = (code: Problem['code'], message: string) => problemAt(tab.sheet, row, column, 'warning', code, message, tab.className);
  const some = (names: string[], sep: string) => `${names.slice(0, 5).join(sep)}${names.length > 5 ? `${sep}…` : ''}`;
  // Many pupils of one class in another khối than the next: most likely this year's lists still carry
  // last year's classes. One warning for the tab, not one a row.
  const problems: Problem[] = found.otherGrade.length <= OTHER_GRADE_EACH ? found.otherGrade.map((o) => o.problem) : [at('OFFICIAL_GRADE_DIFFERS',
    `${found.otherGrade.length} học sinh của trang "${tab.sheet}" (${lastYearPoint(tab, lastYear)}, lớp ${tab.className}) có trong danh sách năm nay ở khối khác khối trên (lớp ${some([...new Set(found.otherGrade.map((o) => o.listedIn))], ', ')}). Kết quả năm trước của các em được tính ở mốc Đầu năm theo khối ghi trong danh sách năm nay. Nếu Danh sách còn ghi lớp của năm học ${lastYear}, sửa cột Lớp theo lớp năm học ${thisYear}.`)];
  if (found.otherLevel.length > 0) {
    problems.push(at('OFFICIAL_BASELINE_OTHER_LEVEL',
      `Trang "${tab.sheet}" (${lastYearPoint(tab, lastYear)}) là kết quả tiểu học, được tính ở mốc Đầu năm của khối 6: chỉ các môn THCS cũng có được tính. ${found.otherLevel.length} em cần hỗ trợ năm trước ở môn học hoặc mặt đánh giá chỉ có ở tiểu học nên không được tính ở mốc Đầu năm: ${some(found.otherLevel, '; ')}. Nhu cầu của các em ở THCS được tính từ mốc đánh giá đầu tiên của năm học.`));
  }
  if (found.gone.length > 0) {
    problems.push(at('OFFICIAL_BASELINE_LEFT',
      `${found.gone.length} học sinh của trang "${tab.sheet}" (${lastYearPoint(tab, lastYear)}) không có trong kết quả năm nay của khối trên (hoặc đã học hết cấp), nên không được tính ở mốc Đầu năm: ${some(found.gone, ', ')}. Nếu em vẫn học ở trường, ghi đúng Mã HS của em trong Danh sách.`));
  }
  if (found.withoutLists && found.promoted > 0) {
    const stays = tab.level === 'TH' ? 'lên một khối, em "Chưa lên lớp" ở lại khối cũ' : 'mọi em lên một khối (tiện ích không đọc được em nào ở lại lớp từ kết quả này)';
    problems.push(at('OFFICIAL_BASELINE_PROMOTED',
      `Chưa có danh sách lớp năm học ${thisYear} (chưa có trang Danh sách hay kết quả lớp của năm nay), nên ${found.promoted} học sinh của trang "${tab.sheet}" (${lastYearPoint(tab, lastYear)}) được tính ở mốc Đầu năm theo khối trên: ${stays}. Khi có danh sách lớp năm nay, thêm trang Danh sách (có Mã HS) để tính theo lớp mới.`));
  }
  return problems;
}
