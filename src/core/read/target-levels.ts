// The level a target names besides its share (PRODUCT 3.7, issue 18): "Học tập từ Đạt trở lên 98%",
// "Toán trên trung bình 95%", "đạt trung bình trở lên", "trên TB", "từ Khá trở lên", "từ 5,0 điểm
// trở lên". The add-in measures one thing, the share of students NOT needing support in the area:
// - a level that says exactly that is read: Đạt (TT22 Học tập / Rèn luyện, a comment subject, a
//   quality at primary), Trung bình (TT58; for a score, 5,0), Hoàn thành (a primary subject), a
//   score equal to the school's threshold (Cấu hình "Điểm cần hỗ trợ dưới", default 5,0);
// - a higher one (Khá, Tốt, Giỏi, Hoàn thành tốt, a higher score) asks for a count the Danh sách
//   does not hold (it lists the students needing support, not everyone's level), and a level of
//   another scale (Trung bình for Năng lực) means nothing: both are a problem at their cell, never
//   judged as if the school had written the other target.

import { areaInfo } from '../vocab';
import { RESULT_AREAS } from '../scales';

type LevelKind = 'pass' | 'complete' | 'average' | 'score' | 'higher';

export interface TargetLevel {
  kind: LevelKind;
  /** For a score level: the score (5,0 → 5). */
  score?: number;
  /** The level as the report prints it after the area: "từ Đạt trở lên", "từ 5,0 điểm trở lên". */
  label: string;
  /** The words as found (folded), for messages about a higher level. */
  word: string;
}

const WORDS: Array<[RegExp, LevelKind, string]> = [
  [/^(hoan thanh tot|kha|tot|gioi|xuat sac|kha gioi)$/, 'higher', ''],
  [/^dat$/, 'pass', 'từ Đạt trở lên'],
  [/^hoan thanh$/, 'complete', 'từ Hoàn thành trở lên'],
  [/^(trung binh|tb)$/, 'average', 'từ Trung bình trở lên'],
];
const LEVEL = 'hoan thanh tot|hoan thanh|kha gioi|xuat sac|trung binh|kha|tot|gioi|dat|tb';
const SCORE = '(?:10|\\d)(?:[.,]\\d)?';
const END = '(?=$|[\\s,;:%(])';
// "từ Đạt trở lên", "đạt trung bình trở lên", "xếp loại Khá trở lên", "5,0 điểm trở lên", "từ 5 điểm".
const UP_TO = new RegExp(`(?:^|\\s)(?:(?:tu|dat|muc|xep loai|loai|o muc)\\s+)*(${LEVEL}|${SCORE}\\s*diem|${SCORE})\\s+tro\\s+len${END}`);
const FROM_SCORE = new RegExp(`(?:^|\\s)(?:tu|dat|tren)\\s+(${SCORE})\\s*diem${END}`);
// "trên trung bình", "trên TB": at or above average, not strictly above it (as schools say it).
const ABOVE_AVERAGE = new RegExp(`(?:^|\\s)tren\\s+(trung binh|tb)${END}`);

function levelOf(word: string): TargetLevel {
  const score = /^(\d+(?:[.,]\d)?)\s*(?:diem)?$/.exec(word);
  if (score) {
    const value = Number(score[1].replace(',', '.'));
    return { kind: 'score', score: value, label: `từ ${value.toFixed(1).replace('.', ',')} điểm trở lên`, word };
  }
  const [, kind, label] = WORDS.find(([re]) => re.test(word)) as [RegExp, LevelKind, string];
  return { kind, label, word };
}

/**
 * The level named in folded text, and the text without it. `bareScore`: "từ 5 trở lên" is a score
 * (in a Nội dung or key, where no share is written); in a value cell a bare number is the share.
 */
export function takeLevel(folded: string, bareScore: boolean): { rest: string; level?: TargetLevel } {
  for (const re of [ABOVE_AVERAGE, UP_TO, FROM_SCORE]) {
    const m = re.exec(folded);
    if (!m) continue;
    if (!bareScore && re === UP_TO && new RegExp(`^${SCORE}$`).test(m[1])) continue;
    const rest = (folded.slice(0, m.index) + ' ' + folded.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
    // Stryker disable next-line MethodExpression: every capture group of these patterns starts and ends with a non-space, so the trim changes nothing
    return { rest, level: levelOf(m[1].trim()) };
  }
  return { rest: folded };
}

/** Shown in messages: the level as the school wrote it, restored from its folded words. */
const SHOWN: Record<string, string> = {
  kha: 'Khá', tot: 'Tốt', gioi: 'Giỏi', 'xuat sac': 'Xuất sắc', 'hoan thanh tot': 'Hoàn thành tốt', 'kha gioi': 'Khá, Giỏi',
  dat: 'Đạt', 'hoan thanh': 'Hoàn thành', 'trung binh': 'Trung bình', tb: 'Trung bình',
};

/** Why a target's level cannot be judged for this area, or undefined when it means "not needing support". */
export function levelProblem(level: TargetLevel, area: string, threshold: number): string | undefined {
  const measured = 'Bảng tính chỉ đối sánh tỉ lệ học sinh không cần hỗ trợ';
  if (level.kind === 'higher' || (level.kind === 'score' && (level.score as number) > threshold)) {
    const what = level.kind === 'score' ? `từ ${String(level.score).replace('.', ',')} điểm` : `mức ${SHOWN[level.word] ?? level.word}`;
    return `Chỉ tiêu ${area} ${what} trở lên chưa tính được: Danh sách chỉ ghi học sinh cần hỗ trợ, không ghi mức của mọi học sinh. `
      + `${measured} (${passPhrase(area, threshold)}); ghi ví dụ "${area} ${passPhrase(area, threshold)} 98%", hoặc xóa chỉ tiêu này.`;
  }
  const score = level.kind === 'score' ? level.score : level.kind === 'average' && !isResult(area) && !isQuality(area) ? 5 : undefined;
  if (score !== undefined && score !== threshold) {
    return `Chỉ tiêu ${area} từ ${String(score).replace('.', ',')} điểm không khớp ngưỡng cần hỗ trợ của trường (dưới ${String(threshold).replace('.', ',')}, Cấu hình "Điểm cần hỗ trợ dưới"). `
      + `Ghi "${area} ${passPhrase(area, threshold)}", hoặc sửa ngưỡng trong Cấu hình.`;
  }
  if (!fits(level.kind, area)) {
    return `Chỉ tiêu ${area} "${level.label}" không thuộc thang đánh giá của ${area}. ${measured}: ghi ví dụ "${area} ${passPhrase(area, threshold)} 98%".`;
  }
  return undefined;
}

function isResult(area: string): boolean {
  return area === RESULT_AREAS.learning || area === RESULT_AREAS.conduct;
}

/** Năng lực, Phẩm chất (their scale in vocab/areas): Tốt / Đạt / Cần cố gắng. */
function isQuality(area: string): boolean {
  return !isResult(area) && areaInfo(area)?.scale === 'quality';
}

/**
 * Whether a level that means "not needing support" belongs to the area's scale: any does for a
 * subject ("higher" is judged before, in levelProblem).
 */
function fits(kind: LevelKind, area: string): boolean {
  if (isResult(area)) return kind === 'pass' || kind === 'average';
  return !isQuality(area) || kind === 'pass';
}

/** How to write the area's "not needing support" level. */
function passPhrase(area: string, threshold: number): string {
  if (isResult(area)) return 'từ Đạt trở lên';
  if (isQuality(area)) return 'Đạt';
  return threshold === 5 ? 'trên trung bình' : `từ ${String(threshold).replace('.', ',')} điểm trở lên`;
}
