// A Danh sách row joined to its official results: the official ratings win for their review points,
// and the Danh sách cells that say otherwise are warned about at their cells. Returns new students.

import type { OfficialOrigin, Problem, Student, StudentReview } from '../model';
import { problemAt } from '../problem';
import type { OfficialStudent, OfficialTab } from '../read/official';
import { layoutOf, type Roster } from '../read/roster';
import { a1 } from '../text';
import { levelOfGrade, pointAtLevel, pointLabelAt } from '../levels';
import type { ReviewPointCode } from '../vocab';

export function origin(tab: OfficialTab, s: OfficialStudent): OfficialOrigin {
  return { sheet: tab.sheet, row: s.row, nameColumn: tab.nameColumn, areaColumns: s.areaColumns };
}

/**
 * Danh sách ratings that disagree with the official ones, at the Danh sách cell (need against no
 * need per area; "T" against "H" both mean no need and are not compared).
 */
export function disagreements(roster: Roster, s: Student, point: ReviewPointCode, official: StudentReview, from: OfficialOrigin): Problem[] {
  const own = s.reviews[point];
  const layout = layoutOf(roster, s);
  if (!own?.rated || !layout) return [];
  const problems: Problem[] = [];
  const label = pointLabelAt(point, levelOfGrade(s.grade));
  const compared = new Set<string>(); // an area rated in parts is compared once, at its first column
  for (const rc of layout.reviewColumns) {
    if (pointAtLevel(rc.reviewPoint, levelOfGrade(s.grade)) !== point || own.blank.includes(rc.area) || compared.has(rc.area)) continue;
    compared.add(rc.area);
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

/** A Danh sách row joined to its official results, as a new student: official ratings win for their review points. */
export function adoptOfficial(listed: Student, os: Student, roster: Roster, problems: Problem[]): Student {
  let reviews = listed.reviews;
  let official = listed.official;
  for (const [point, from] of Object.entries(os.official ?? {}) as Array<[ReviewPointCode, OfficialOrigin]>) {
    const review = os.reviews[point];
    if (!review) continue; // a blank row in the tab: the Danh sách rating stands
    problems.push(...disagreements(roster, listed, point, review, from));
    reviews = { ...reviews, [point]: review };
    official = { ...official, [point]: from };
  }
  return {
    ...listed, reviews, official,
    // Buổi nghỉ of the official tabs win over the Danh sách's, point by point.
    absences: os.absences ? { ...listed.absences, ...os.absences } : listed.absences,
    // A Cả năm count of an official tab names its point: the Danh sách's count so far no longer stands there.
    ...(os.absences?.CN ? { absencesSoFar: undefined } : {}),
    // An official Cuối kì II count is vnEdu's Học kỳ 2 export's: the year's (DOMAIN 2), not Học kỳ 2's alone.
    ...(os.absences?.CKII ? { absencesHk2Alone: undefined } : {}),
    studentId: listed.studentId || os.studentId, birthDate: listed.birthDate || os.birthDate,
    female: listed.female ?? os.female, grade: listed.grade ?? os.grade,
  };
}
