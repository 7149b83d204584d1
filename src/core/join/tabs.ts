// Which official tabs count and for what (PRODUCT 2.2): this year's results, last year's Cuối năm
// as this year's Đầu năm, never a tab of another year nor a second tab for the same class and point.

import { gradeFromClassName, type ClassList } from '../read/classes';
import { schoolYearLabel } from '../calendar';
import type { Problem } from '../model';
import { problemAt } from '../problem';
import type { OfficialTab } from '../read/official';
import { pointLabelAt } from '../levels';
import type { ReviewPointCode } from '../vocab';
import type { OfficialTabUse, OfficialUse } from './types';

/** Which tabs count and for what (PRODUCT 2.2: this year, or last year's Cuối năm as Đầu năm). */
export function useOfTabs(tabs: OfficialTab[], schoolYear: number, classList: ClassList, problems: Problem[]): OfficialTabUse[] {
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
    const label = pointLabelAt(tab.reviewPoint, tab.level);
    let use: OfficialUse;
    let point: ReviewPointCode = tab.reviewPoint;
    if (year === schoolYear) use = 'current';
    else if (year === schoolYear - 1 && tab.reviewPoint === 'CN') {
      use = 'baseline';
      point = 'DN';
    } else {
      const [row, column] = cellOf(tab.titleCells.schoolYear);
      problems.push(problemAt(tab.sheet, row, column, 'error', 'OFFICIAL_WRONG_YEAR',
        `Trang "${tab.sheet}" là kết quả ${label} năm học ${schoolYearLabel(year)}, không phải năm học ${thisYear} (chỉ kết quả ${pointLabelAt('CN', tab.level)} của năm học trước được dùng làm mốc Đầu năm), nên không được tính. Xóa trang này, hoặc sửa Năm học trong trang "Cấu hình" nếu năm học hiện tại ghi sai.`, tab.className));
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

