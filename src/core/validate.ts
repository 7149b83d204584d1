// Checks across rows and tabs (PRODUCT 3.1). Row-level reading problems come from roster.ts.
// An error on a student row sets `excluded`, which leaves the row out of every count.

import type { ClassList } from './classes';
import { previousRated } from './flags';
import type { Problem, Severity, Student } from './model';
import type { Roster } from './roster';
import { a1, fold, foldCompact } from './text';
import { REVIEW_POINT_CODES, reviewPointInfo, type ReviewPointCode } from './vocab';

function formatBirth(ymd: string | undefined): string {
  if (!ymd) return 'chưa ghi';
  const [y, m, d] = ymd.split('-');
  return `${d}/${m}/${y}`;
}

export function validateRoster(roster: Roster, classList: ClassList, pastPoints: ReadonlySet<ReviewPointCode>): Problem[] {
  const problems: Problem[] = [];
  const layout = roster.layout;
  if (!layout) return problems;
  const f = layout.fields;
  const at = (s: Student, column: number | undefined, severity: Severity, code: Problem['code'], message: string) => {
    const col = (column ?? 0) + 1;
    if (severity === 'error') s.excluded = true;
    problems.push({ sheet: roster.sheet, cell: a1(s.row, col), row: s.row, column: col, severity, code, message, className: s.className || undefined });
  };
  const named = roster.students.filter((s) => s.name && s.classKey);

  // Duplicate Mã HS: the first row counts, later ones are errors.
  const byId = new Map<string, Student>();
  for (const s of roster.students) {
    if (!s.studentId) continue;
    const key = foldCompact(s.studentId);
    const first = byId.get(key);
    if (!first) byId.set(key, s);
    else {
      at(s, f.studentId, 'error', 'STUDENT_ID_DUPLICATE',
        `Mã HS ${s.studentId} trùng với dòng ${first.row} (${first.name}). Kiểm tra lại mã; nếu là cùng một em thì xóa dòng thừa.`);
    }
  }

  // Same student twice; same name in a class with different or missing birth dates.
  const byNameClass = new Map<string, Student[]>();
  for (const s of named) {
    const key = fold(s.name) + '|' + s.classKey;
    const group = byNameClass.get(key);
    if (group) group.push(s);
    else byNameClass.set(key, [s]);
  }
  for (const group of byNameClass.values()) {
    for (let i = 1; i < group.length; i++) {
      const s = group[i];
      if (s.excluded && problems.some((p) => p.row === s.row && p.code === 'STUDENT_ID_DUPLICATE')) continue;
      const twin = group.slice(0, i).find((o) => o.birthDate && o.birthDate === s.birthDate);
      if (twin) {
        at(s, f.name ?? f.givenName, 'error', 'STUDENT_DUPLICATE',
          `Học sinh ${s.name} (${s.className}, sinh ${formatBirth(s.birthDate)}) đã có ở dòng ${twin.row}. Xóa dòng thừa hoặc gộp thông tin vào một dòng.`);
      } else if (s.birthDate && group.slice(0, i).some((o) => o.birthDate)) {
        const other = group.slice(0, i).find((o) => o.birthDate) as Student;
        at(s, f.birthDate, 'warning', 'SAME_NAME_OTHER_BIRTH',
          `Lớp ${s.className} có hai học sinh tên ${s.name} (dòng ${other.row} sinh ${formatBirth(other.birthDate)}, dòng này sinh ${formatBirth(s.birthDate)}). Nếu là một em, sửa ngày sinh và xóa dòng thừa.`);
      } else {
        const other = group[0];
        at(s, f.birthDate ?? f.name, 'warning', 'SAME_NAME_NO_BIRTH',
          `Lớp ${s.className} có hai dòng tên ${s.name} (dòng ${other.row} và dòng này) mà thiếu ngày sinh để phân biệt. Ghi ngày sinh, hoặc xóa dòng thừa nếu là một em.`);
      }
    }
  }

  // Rows per class against Sĩ số; classes missing from the Lớp tab.
  const perClass = new Map<string, Student[]>();
  for (const s of roster.students) {
    if (!s.classKey) continue;
    const list = perClass.get(s.classKey);
    if (list) list.push(s);
    else perClass.set(s.classKey, [s]);
  }
  for (const [key, list] of perClass) {
    const info = classList.byKey.get(key);
    if (info && info.size !== undefined && list.length > info.size) {
      problems.push({
        sheet: classList.sheet, cell: a1(info.row, info.sizeColumn), row: info.row, column: info.sizeColumn, severity: 'error', code: 'CLASS_OVER_SIZE',
        message: `Lớp ${info.name} có ${list.length} dòng trong danh sách nhưng sĩ số chỉ ${info.size}. Kiểm tra sĩ số hoặc các dòng thừa của lớp này.`,
        className: info.name,
      });
    } else if (!info && classList.present) {
      const s = list[0];
      at(s, f.className, 'warning', 'CLASS_NOT_LISTED',
        `Lớp ${s.className} chưa có trong trang "Lớp" (${list.length} học sinh). Thêm lớp này vào trang "Lớp" với khối, GVCN và sĩ số.`);
    }
  }

  // Warnings about support that may be forgotten.
  const columnOf = new Map(layout.reviewColumns.map((rc) => [rc.reviewPoint + '|' + rc.area, rc.column]));
  for (const s of roster.students) {
    if (s.excluded) continue;
    let latest: ReviewPointCode | undefined;
    for (const p of REVIEW_POINT_CODES) if (s.reviews[p]?.rated) latest = p;
    const latestNeed = latest ? (s.reviews[latest]?.need ?? []) : [];
    if (latestNeed.length > 0 && s.supporters.length === 0) {
      at(s, f.supporter ?? f.name ?? f.givenName, 'warning', 'SUPPORTER_MISSING',
        `${s.name} (${s.className}) cần hỗ trợ ${latestNeed.join(', ')} (${reviewPointInfo(latest as ReviewPointCode).label}) nhưng chưa có GV hỗ trợ. Ghi tên giáo viên vào cột GV hỗ trợ.`);
    }
    for (const point of REVIEW_POINT_CODES) {
      const review = s.reviews[point];
      const previous = previousRated(s, point);
      const needBefore = previous ? (s.reviews[previous]?.need ?? []) : [];
      if (!review || needBefore.length === 0) continue;
      const label = reviewPointInfo(point).label;
      if (!review.rated && pastPoints.has(point)) {
        const firstArea = needBefore.find((a) => columnOf.has(point + '|' + a)) ??
          layout.reviewColumns.find((rc) => rc.reviewPoint === point)?.area;
        const column = firstArea === undefined ? undefined : columnOf.get(point + '|' + firstArea);
        at(s, column, 'warning', 'NOT_RATED',
          `${s.name} (${s.className}) cần hỗ trợ ${needBefore.join(', ')} ở mốc ${reviewPointInfo(previous as ReviewPointCode).label} nhưng chưa được đánh giá ${label}. Nhập kết quả ${label} cho em.`);
      } else if (review.rated) {
        for (const area of review.blank.filter((a) => needBefore.includes(a))) {
          at(s, columnOf.get(point + '|' + area), 'warning', 'AREA_BLANK_AFTER_NEED',
            `${s.name} (${s.className}) cần hỗ trợ ${area} ở mốc ${reviewPointInfo(previous as ReviewPointCode).label} nhưng ô ${area} mốc ${label} để trống. Ghi mức đánh giá (ví dụ H hoặc C) để biết em đã tiến bộ chưa.`);
        }
      }
    }
  }
  return problems;
}
