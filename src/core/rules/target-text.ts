// How targets and results read, on the printed Tổng hợp and in the sidebar alike. Shares are in
// basis points (hundredths of a percent) and are shown rounded DOWN to two decimals, so a share
// below its target never prints as the target (99,96% is not 100%).

export type Verdict = 'exceeded' | 'met' | 'notMet';

export const VERDICT_LABELS: Record<Verdict, string> = { exceeded: 'Vượt', met: 'Đạt', notMet: 'Chưa đạt' };

/** 9970 → "99,70%"; with `short`, trailing zeros go: "99,7%", "100%". */
export function formatBasisPoints(basisPoints: number, short = false): string {
  const sign = basisPoints < 0 ? '-' : '';
  const size = Math.abs(basisPoints);
  const whole = Math.floor(size / 100);
  let decimals = String(size % 100).padStart(2, '0');
  if (short) decimals = decimals.replace(/0+$/, '');
  return `${sign}${whole}${decimals ? ',' + decimals : ''}%`;
}

/** A target as the school wrote it, tidied: "99,7%" or "trên 99,7%". */
export function formatTarget(basisPoints: number, above: boolean): string {
  return (above ? 'trên ' : '') + formatBasisPoints(basisPoints, true);
}

/** The gap in percentage points, signed: "+0,30", "-1,21", "0,00". */
export function formatGapPoints(basisPoints: number): string {
  const text = formatBasisPoints(basisPoints).slice(0, -1);
  return basisPoints > 0 ? '+' + text : text;
}

/** What "not needing support" means for an area or group, for sentences. */
export function achievementPhrase(area: string): string {
  if (area === 'Môn học') return 'hoàn thành tất cả các môn học';
  if (area === 'Năng lực') return 'đạt yêu cầu về năng lực';
  if (area === 'Phẩm chất') return 'đạt yêu cầu về phẩm chất';
  // Secondary results: Đạt or better (TT58: Trung bình or better).
  if (area === 'Học tập') return 'đạt yêu cầu về học tập';
  if (area === 'Rèn luyện') return 'đạt yêu cầu về rèn luyện';
  return `hoàn thành ${area}`;
}

/** The row label of an area or group in the targets table, with the level the school wrote ("Học tập từ Đạt trở lên"). */
export function targetLabel(area: string, level?: string): string {
  return (area === 'Môn học' ? 'Môn học (hoàn thành tất cả các môn)' : area) + (level ? ` ${level}` : '');
}

export function gradeLabel(grade: number | null): string {
  return grade === null ? 'toàn trường' : `khối ${grade}`;
}

/** "cần thêm 3 học sinh hoàn thành Toán ở khối 2". */
export function gapSentence(area: string, grade: number | null, gapStudents: number): string {
  return `cần thêm ${gapStudents} học sinh ${achievementPhrase(area)} ở ${gradeLabel(grade)}`;
}
