// Targets ("chỉ tiêu", "cam kết", PRODUCT 3.7): the share of students a school commits to having
// no need of support, per area or group and optionally per khối. Read from the "Chỉ tiêu …" rows
// of Cấu hình and from an optional "Chỉ tiêu" tab (Nội dung, Khối, Chỉ tiêu), written as schools
// write them: "99,7%", "trên 99,7 %", "≥ 99.7", "Đạt 100%", or a cell formatted as a percentage.
//
// Meaning, decided once here:
// - "trên X%" and "> X%" are strict: the share must be above X% (X% itself misses);
// - "X%", "≥ X", "từ X% trở lên", "đạt X%", "ít nhất X%" mean at least X%.
// - A level besides the share ("Học tập từ Đạt trở lên 98%", "Toán trên trung bình 95%"), in the
//   area's text or the value's, is read when it means "not needing support" (read/target-levels.ts).
// - A row naming no area ("Chỉ tiêu", "Chỉ tiêu chung") sets each group: Môn học, Năng lực, Phẩm chất.
// - Without a khối the target is the whole school's, and also each khối's unless the khối has its own.

import { cellText } from '../cells';
import { parseGrade } from './classes';
import { fold, foldCompact, tidy } from '../text';
import { areaOrder, matchArea } from '../vocab';
import { takeLevel, type TargetLevel } from './target-levels';

/** Groups of areas a target may name; Năng lực and Phẩm chất are also the areas of those names. */
export const TARGET_GROUPS = ['Môn học', 'Năng lực', 'Phẩm chất'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const SUBJECTS_GROUP: TargetGroup = 'Môn học';

export interface TargetValue {
  /** Share of students not needing support, in basis points (hundredths of a percent): 99,7% → 9970. */
  basisPoints: number;
  /** "trên 99,7%": the share must be strictly above; otherwise at least. */
  above: boolean;
  /** A level written with the share: "trên trung bình 95%". */
  level?: TargetLevel;
}

export interface Target extends Omit<TargetValue, 'level'> {
  /** The level the school wrote, as the report prints it after the area ("từ Đạt trở lên"); it means "not needing support". */
  level?: string;
  /** An area name ("Toán") or a group ("Môn học", "Năng lực", "Phẩm chất"). */
  area: string;
  /** null: the whole school (and every khối that has no target of its own). */
  grade: number | null;
  /** The cell the value is written in, for problems about it. */
  sheet: string;
  cell: string;
  row: number;
  column: number;
}

const HOW_TO_WRITE = 'Ghi tỉ lệ học sinh không cần hỗ trợ, ví dụ 99,7% (ít nhất 99,7%), trên 99,7% (cao hơn 99,7%) hoặc 100%.';

const ABOVE_WORDS = ['tren', '>', 'hon', 'cao hon', 'lon hon'];
const AT_LEAST_WORDS = ['≥', '>=', '=>', '=', 'tu', 'it nhat', 'toi thieu', 'khong duoi', 'dat', 'hoan thanh', 'xep loai', 'ti le', 'ty le', 'chi tieu', ':'];
const PREFIXES = [...ABOVE_WORDS.map((w) => [w, true] as const), ...AT_LEAST_WORDS.map((w) => [w, false] as const)]
  .sort((x, y) => y[0].length - x[0].length);

/**
 * A target as written, or why it cannot be read. A number cell of 1 or less is a cell formatted
 * as a percentage (Sheets gives 0.997 for "99,7%"); so is a bare "0,997". At most two decimals.
 */
export function parseTargetValue(value: unknown): TargetValue | { error: string } {
  const shown = tidy(cellText(value));
  if (typeof value === 'number') return toTarget(value, false, value <= 1, shown);
  const taken = takeLevel(fold(shown), false);
  let text = taken.rest;
  let above = false;
  for (let matched = true; matched;) {
    matched = false;
    for (const [word, strict] of PREFIXES) {
      if (text.startsWith(word) && (!/[a-z]$/.test(word) || !/^[a-z]/.test(text.slice(word.length)))) {
        text = text.slice(word.length).trim();
        above = above || strict;
        matched = true;
        break;
      }
    }
  }
  const match = /^(\d{1,3}(?:[.,]\d+)?)\s*(%?)\s*(?:tro len)?$/.exec(text);
  if (!match) return { error: `Chỉ tiêu "${shown}" không đọc được. ${HOW_TO_WRITE}` };
  const number = Number(match[1].replace(',', '.'));
  const target = toTarget(number, above, match[2] === '' && number <= 1, shown);
  return taken.level && !('error' in target) ? { ...target, level: taken.level } : target;
}

function toTarget(number: number, above: boolean, isFraction: boolean, shown: string): TargetValue | { error: string } {
  const scaled = number * (isFraction ? 10000 : 100);
  const basisPoints = Math.round(scaled);
  if (!Number.isFinite(scaled) || basisPoints <= 0 || basisPoints > 10000) {
    return { error: `Chỉ tiêu "${shown}" phải là tỉ lệ lớn hơn 0% và không quá 100%. ${HOW_TO_WRITE}` };
  }
  if (Math.abs(scaled - basisPoints) > 1e-6) {
    return { error: `Chỉ tiêu "${shown}" có quá hai chữ số thập phân. Ghi như 99,75%.` };
  }
  if (above && basisPoints === 10000) {
    return { error: `Chỉ tiêu "${shown}" không thể đạt: không có tỉ lệ nào trên 100%. Ghi 100% nếu trường cam kết mọi học sinh.` };
  }
  return { basisPoints, above };
}

const GROUP_ALIASES: Record<TargetGroup, string[]> = {
  'Môn học': ['Môn học', 'Các môn học', 'Môn', 'Các môn', 'Môn học và HĐGD', 'Môn học và hoạt động giáo dục', 'Các môn học và HĐGD',
    'Các môn học và hoạt động giáo dục', 'HĐGD', 'Hoạt động giáo dục', 'Các hoạt động giáo dục', 'Môn học, HĐGD', 'Môn học - HĐGD',
    'Môn học và các hoạt động giáo dục'],
  'Năng lực': ['Năng lực', 'Các năng lực', 'NL', 'Năng lực chung', 'Năng lực cốt lõi', 'Hình thành và phát triển năng lực'],
  'Phẩm chất': ['Phẩm chất', 'Các phẩm chất', 'PC', 'Phẩm chất chủ yếu', 'Hình thành và phát triển phẩm chất'],
};
const GROUP_BY_ALIAS = new Map<string, TargetGroup>();
for (const group of TARGET_GROUPS) for (const alias of GROUP_ALIASES[group]) GROUP_BY_ALIAS.set(foldCompact(alias), group);

const ALL_WORDS = new Set(['', 'chung', 'tatca', 'ca', 'tatcacacmat', 'cacmat', 'chatluonggiaoduc', 'chatluong']);
// Words around the subject of a target: "Chỉ tiêu hoàn thành môn Toán", "Tỉ lệ HS đạt về năng lực".
const FILLER = /(^|\s)(chi tieu|cam ket|ck|hoan thanh|ti le|ty le|hoc sinh|hs|xep loai|dat|ve|muc)(?=\s|$|[,;:])/g;

/** A group, or an area ("Môn Khoa học" too); the areas Năng lực and Phẩm chất are their own groups. */
function matchPart(part: string): string | undefined {
  const group = GROUP_BY_ALIAS.get(foldCompact(part));
  if (group) return group;
  return matchArea(part) ?? (/^mon\s/.test(part) ? matchArea(part.slice(4)) : undefined);
}

export interface TargetSubject {
  /** Areas and groups named, in report order. */
  areas: string[];
  /** A khối named in the text; null for "toàn trường"; undefined when none is named. */
  grade?: number | null;
  /** Named no area: every group. */
  general: boolean;
  /** A level written with the area: "Học tập từ Đạt trở lên". */
  level?: TargetLevel;
}

/**
 * What a target is about: "Chỉ tiêu Toán khối 2", "Môn học, HĐGD", "năng lực, phẩm chất",
 * "Chỉ tiêu" (every group). Undefined when some part names nothing known.
 */
export function parseTargetSubject(text: string): TargetSubject | undefined {
  const taken = takeLevel(fold(text).replace(/[()]/g, ' '), true);
  let folded = taken.rest;
  const level = taken.level ? { level: taken.level } : {};
  let grade: number | null | undefined;
  const gradeMatch = /(?:^|[\s,;:-])(?:khoi|k|lop)\s*(\d{1,2})(?!\d)/.exec(folded);
  if (gradeMatch) {
    const parsed = parseGrade(Number(gradeMatch[1]));
    if (parsed === undefined) return undefined;
    grade = parsed;
    folded = folded.slice(0, gradeMatch.index) + ' ' + folded.slice(gradeMatch.index + gradeMatch[0].length);
  } else if (/\b(toan truong|ca truong)\b/.test(folded)) {
    grade = null;
    folded = folded.replace(/\b(toan truong|ca truong)\b/g, ' ');
  }
  const rest = folded.replace(/%/g, ' ').replace(FILLER, '$1').replace(/\s+/g, ' ').replace(/^[\s,;:\-–]+|[\s,;:\-–]+$/g, '');
  if (ALL_WORDS.has(foldCompact(rest))) return { areas: [...TARGET_GROUPS], grade, general: true, ...level };
  const whole = matchPart(rest);
  // A khối or "toàn trường" taken from the middle of a list leaves an empty item: "Toán, toàn trường, Văn".
  const parts = whole ? [whole] : rest.split(/\s*[,;+/]\s*|\s+-\s+/).filter((part) => part !== '').flatMap((part) => {
    const one = matchPart(part);
    return one ? [one] : part.split(/\s+va\s+/).map(matchPart);
  });
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  const areas = [...new Set(parts as string[])].sort((x, y) => subjectOrder(x) - subjectOrder(y));
  return { areas, grade, general: false, ...level };
}

/** Report order: Môn học first, then the areas as the grade table orders them. */
export function subjectOrder(area: string): number {
  return area === SUBJECTS_GROUP ? -1 : areaOrder(area);
}
