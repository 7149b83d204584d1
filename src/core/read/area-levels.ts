// A review column of an area that exists at the other level only: a primary-only area (Tiếng Việt,
// Năng lực, Phẩm chất, TN&XH …) under rows of a secondary khối (review-7 F27: "Năng lực HK1" 4 in a
// THCS class was a need on the score scale), or a secondary-only one (Ngữ văn, KHTN, GDCD, Vật lí,
// Học tập …) under rows of a primary khối, where it was a need on T/H/C in an area primary students
// do not have. Such cells are not read, and the column's header cell says so once, naming the
// classes. "Lịch sử" and "Địa lí" at primary are the parts of Lịch sử và Địa lí (TT27), read as such.

import { isSecondary, type Level } from '../levels';
import { areaInfo, primaryGroupOf } from '../vocab';

/** True when the area exists at one level only and the row's khối is of the other (a khối not known is neither). */
export function offLevel(area: string, level: Level | undefined): boolean {
  const only = areaInfo(area)?.level;
  if (only === 'primary') return isSecondary(level);
  // Học tập / Rèn luyện (a school's "Kết quả học tập CN: CHT") are result areas, read at primary as before.
  return only === 'secondary' && level === 'TH' && areaInfo(area)?.scale === 'subject' && primaryGroupOf(area) === undefined;
}

/**
 * A row's review columns at its level: those of the other level only left out; at primary a
 * subject that is part of a primary combined subject ("Lịch sử") is that part of it.
 */
export function columnsAtLevel<T extends { area: string; part?: string }>(columns: readonly T[], level: Level | undefined): T[] {
  return columns.filter((rc) => !offLevel(rc.area, level)).map((rc) => {
    const area = areaAtLevel(rc.area, level);
    return area !== rc.area ? { ...rc, area, part: rc.area } : rc;
  });
}

/** The area a column counts in at a level: at primary "Lịch sử" and "Địa lí" count in Lịch sử và Địa lí. */
export function areaAtLevel(area: string, level: Level | undefined): string {
  return (level === 'TH' ? primaryGroupOf(area) : undefined) ?? area;
}

/**
 * `column` ('Cột "KHTN" (Giữa học kì I)') of an area of the other level, its filled cells not read: what
 * to write instead, by the area's level; `wrongClass` says where the class is written.
 */
export function offLevelMessage(column: string, area: string, classes: string, cells: number, wrongClass = 'nếu ghi nhầm lớp, sửa cột Lớp'): string {
  const written = `nhưng có ghi cho học sinh lớp ${classes}: ${cells} ô này chưa được tính.`;
  return areaInfo(area)?.level === 'primary'
    ? `${column} chỉ có ở tiểu học, ${written} Nếu cột ghi môn khác, đổi tiêu đề cho đúng tên môn của cấp học (ví dụ "Ngữ văn" thay cho "Tiếng Việt"); ${wrongClass}.`
    : `${column} chỉ có ở THCS và THPT, ${written} Nếu cột ghi môn khác, đổi tiêu đề cho đúng tên môn của tiểu học (ví dụ "Tiếng Việt" thay cho "Ngữ văn", "Khoa học" thay cho "KHTN"); ${wrongClass}.`;
}
