// The "Cấu hình" tab: key / value rows (first column the setting, second its value).
// Every setting has a default, so the tab is optional. The settings and their keys are in
// types.ts, the values a row holds in values.ts, the early-warning thresholds in risk.ts.

import { cellText, isBlank, parseBirthDate } from '../../cells';
import type { Problem, SheetGrid } from '../../model';
import { problemAt } from '../../problem';
import { parseScore } from '../../scales';
import { fold, tidy } from '../../text';
import { matchReviewPoint } from '../../vocab';
import { readRiskSetting } from './risk';
import { configKey, defaultConfig, schoolField, TARGET_KEY, type Config } from './types';
import { isYes, parseDayMonth, parseDocumentNumber, parseLevels, parseMonth, parseSchoolYear, splitLines } from './values';

export * from './types';
export { parseDocumentNumber, parseLevels, parseSchoolYear, splitLines } from './values';
export { schoolYearAgainstToday } from './year-today';

export interface ParsedConfig {
  config: Config;
  problems: Problem[];
}

/** One Cấu hình row being read: its folded key, its value, and how to say it was not understood. */
interface Row {
  config: Config;
  key: string;
  raw: unknown;
  /** The value as text, spacing tidied. */
  text: string;
  timeZoneOffsetMinutes: number;
  invalid: (example: string) => void;
  unknown: () => void;
  /** Cuối năm has its own month row (read so far). */
  cnMonth: { set: boolean };
}

/** Số văn bản and the school's own lines. */
function readSchoolRow(row: Row): boolean {
  const { config, key, text } = row;
  const field = schoolField(key);
  if (key === 'so van ban' || /^so\s*[,/]?\s*ky hieu/.test(key)) {
    const number = parseDocumentNumber(text);
    if (number) config.documentNumber = number;
    else row.invalid('số và ký hiệu như 15/BC-THHB (để trống số, ghi /BC-THHB)');
  } else if (field === 'schoolYear') {
    const year = parseSchoolYear(text);
    if (year) config.schoolYear = year;
    else row.invalid('năm học dạng 2025-2026');
  } else if (field === 'signerTitle' || field === 'recipients') config[field] = splitLines(cellText(row.raw));
  else if (field) config[field] = text;
  else return false;
  return true;
}

/** Hạn báo cáo tháng (a day), học kì I and cuối năm (a day and month). */
function readDeadline(row: Row): boolean {
  const { config, key } = row;
  if (key.startsWith('han bao cao thang')) {
    const day = Number(row.text);
    if (Number.isInteger(day) && day >= 1 && day <= 28) config.monthlyDeadlineDay = day;
    else row.invalid('một ngày từ 1 đến 28, ví dụ 25');
    return true;
  }
  if (!key.startsWith('han bao cao')) return false;
  const point = matchReviewPoint(key.replace(/^han bao cao\s*/, ''));
  const dayMonth = parseDayMonth(row.raw, row.timeZoneOffsetMinutes);
  const isYearEnd = point === 'CN' || point === 'CKII' || key.includes('cuoi nam') || key.includes('ca nam');
  const isSemester = point === 'CKI' || point === 'GKI' || key.includes('hoc ki i') || key.includes('hki');
  if (!dayMonth) row.invalid('ngày/tháng, ví dụ 30/12');
  else if (isYearEnd) config.yearDeadline = dayMonth;
  else if (isSemester) config.semesterDeadline = dayMonth;
  else row.unknown(); // only the học kì I and cuối năm deadlines exist
  return true;
}

/** "Tháng GKI", "Mốc đánh giá CN": a review point's month; "Tháng hè": Lịch tháng gồm hè. */
function readReviewMonth(row: Row): boolean {
  const { config, key } = row;
  if (!key.startsWith('thang') && !key.startsWith('moc')) return false;
  const point = matchReviewPoint(key.replace(/^(thang|moc)\s*(danh gia)?\s*/, ''));
  if (point) {
    const month = parseMonth(row.raw);
    if (!month) row.invalid('số tháng từ 1 đến 12, ví dụ 11');
    else {
      config.reviewMonths[point] = month;
      // At primary "Cuối HKII" is Cuối năm: its month is Cuối năm's too, unless Cuối năm has its own row.
      if (point === 'CN') row.cnMonth.set = true;
      else if (point === 'CKII' && !row.cnMonth.set) config.reviewMonths.CN = month;
    }
  } else if (key.includes('he')) {
    config.includeSummer = isYes(row.text);
  } else row.unknown();
  return true;
}

/** Điểm cần hỗ trợ dưới, Cấp học, and the Đỡ đầu annex's plan and list maker. */
function readOtherSetting(row: Row): boolean {
  const { config, key, text } = row;
  if (key.startsWith('diem can ho tro') || key.startsWith('nguong diem')) {
    const score = parseScore(text);
    if (score !== undefined && score > 0 && score <= 10) config.scoreThreshold = score;
    else row.invalid('một điểm từ 0 đến 10, ví dụ 5 hoặc 5,0');
  } else if (key === 'cap hoc' || key === 'cap') {
    const levels = parseLevels(text);
    if (levels.length > 0) config.levels = levels;
    else row.invalid('Tiểu học, THCS hoặc THPT (trường nhiều cấp ghi ví dụ "THCS, THPT")');
  } else if (key === 'ke hoach so' || key === 'so ke hoach') {
    config.planNumber = text;
  } else if (key === 'ngay ke hoach') {
    const day = parseBirthDate(row.raw, row.timeZoneOffsetMinutes);
    if (day) config.planDate = day;
    else row.invalid('ngày/tháng/năm, ví dụ 16/11/2025');
  } else if (key === 'nguoi lap danh sach' || key === 'nguoi lap') {
    config.listMaker = text;
  } else return false;
  return true;
}

function readRow(row: Row): void {
  const { key, text } = row;
  if (readSchoolRow(row) || readDeadline(row) || readReviewMonth(row) || readOtherSetting(row)) return;
  if (readRiskSetting(key, row.raw, row.config.risk, row.invalid)) return;
  if (key.includes('gom he') || key === 'he' || key === 'ho tro he') row.config.includeSummer = isYes(text);
  else if (!TARGET_KEY.test(key) && fold(text) !== 'gia tri') row.unknown(); // targets are read by read/targets.ts; "Mục | Giá trị" is the header
}

export function parseConfig(sheet: SheetGrid | undefined, timeZoneOffsetMinutes: number): ParsedConfig {
  const config = defaultConfig();
  const problems: Problem[] = [];
  if (!sheet) return { config, problems };
  const cnMonth = { set: false };
  sheet.values.forEach((values, r) => {
    const key = configKey(values[0]);
    const raw = values[1];
    if (!key || isBlank(raw)) return;
    const invalid = (example: string) =>
      problems.push(problemAt(sheet.name, r + 1, 2, 'warning', 'CONFIG_VALUE_INVALID',
        `Giá trị "${cellText(values[1])}" của mục "${tidy(cellText(values[0]))}" không đọc được; đang dùng mặc định. Ghi ${example}.`));
    // A row with a value under a key no setting has is said, never passed over: a misspelt setting
    // would otherwise leave its default in force without a word.
    const unknown = () =>
      problems.push(problemAt(sheet.name, r + 1, 1, 'warning', 'CONFIG_KEY_UNKNOWN',
        `Mục "${tidy(cellText(values[0]))}" không phải cài đặt nào tiện ích biết, nên giá trị "${cellText(values[1])}" không được dùng. Nếu đây là một cài đặt, sửa tên mục cho giống trang Cấu hình của bảng mẫu; nếu chỉ là ghi chú, bỏ qua cảnh báo này.`));
    readRow({ config, key, raw, text: tidy(cellText(raw)), timeZoneOffsetMinutes, invalid, unknown, cnMonth });
  });
  return { config, problems };
}
