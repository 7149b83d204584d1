// The "Cấu hình" tab: key / value rows (first column the setting, second its value).
// Every setting has a default, so the tab is optional.

import { cellText, isBlank, parseBirthDate } from '../cells';
import type { Problem, SheetGrid } from '../model';
import { problemAt } from '../problem';
import { fold, tidy } from '../text';
import { LEVELS, type Level } from '../levels';
import { DEFAULT_SCORE_THRESHOLD, parseScore } from '../scales';
import { matchReviewPoint, REVIEW_POINTS, type ReviewPointCode } from '../vocab';

export interface DayMonth {
  day: number;
  month: number;
}

export interface Config {
  agency: string;
  schoolName: string;
  place: string;
  /** "2025-2026"; undefined means: derive from the run date. */
  schoolYear?: string;
  signerName: string;
  /** Lines above the signer's name, e.g. ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"]. */
  signerTitle: string[];
  recipients: string[];
  /**
   * NĐ 30's số and ký hiệu ("15/BC-THHB"; "/BC-THHB" leaves the number to the văn thư); '' when
   * not set, and the report leaves the line to be written by hand.
   */
  documentNumber: string;
  reviewMonths: Record<ReviewPointCode, number>;
  monthlyDeadlineDay: number;
  semesterDeadline: DayMonth;
  yearDeadline: DayMonth;
  includeSummer: boolean;
  /** "Điểm cần hỗ trợ dưới": a secondary score below it needs support (PRODUCT 2.3). */
  scoreThreshold: number;
  /** "Cấp học": the levels the school says it teaches (for Tạo bảng mẫu); empty when not said. */
  levels: Level[];
  /** Early warning (PRODUCT 3.9): thresholds of the Chuyên cần signal. */
  risk: RiskThresholds;
  /** The plan the Đỡ đầu annex is attached to: "52/KH-PDP" and its date (yyyy-mm-dd); '' when not given. */
  planNumber: string;
  planDate: string;
  /** Who signs the Đỡ đầu annex under "NGƯỜI LẬP DANH SÁCH". */
  listMaker: string;
}

export interface RiskThresholds {
  /** Sessions in one học kì, when the school gives it: the threshold is then `absenceRate` % of it. */
  sessionsPerSemester?: number;
  /** Percent of the sessions missed that makes the signal (default 10). */
  absenceRate: number;
  /** Sessions missed in a học kì that make the signal when the number of sessions is not given (default 20). */
  semesterAbsences: number;
  /** More than this many sessions missed in the year makes the signal (default 45, TT22's limit). */
  yearAbsences: number;
}

export function defaultConfig(): Config {
  const reviewMonths = {} as Record<ReviewPointCode, number>;
  for (const point of REVIEW_POINTS) reviewMonths[point.code] = point.defaultMonth;
  return {
    agency: '',
    schoolName: '',
    place: '',
    schoolYear: undefined,
    signerName: '',
    signerTitle: ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG'],
    recipients: ['Hiệu trưởng (để báo cáo);', 'Các tổ chuyên môn (để thực hiện);', 'Lưu: VT, CM.'],
    documentNumber: '',
    reviewMonths,
    monthlyDeadlineDay: 25,
    semesterDeadline: { day: 30, month: 12 },
    yearDeadline: { day: 25, month: 5 },
    includeSummer: false,
    risk: { absenceRate: 10, semesterAbsences: 20, yearAbsences: 45 },
    scoreThreshold: DEFAULT_SCORE_THRESHOLD,
    levels: [],
    planNumber: '',
    planDate: '',
    listMaker: '',
  };
}

/** The setting keys as the template writes them, for "Tạo bảng mẫu" and the sidebar form. */
export const CONFIG_KEYS = {
  agency: 'Cơ quan chủ quản',
  schoolName: 'Tên trường',
  place: 'Địa danh',
  schoolYear: 'Năm học',
  signerName: 'Người ký',
  signerTitle: 'Chức danh ký',
  recipients: 'Nơi nhận',
  documentNumber: 'Số văn bản',
  monthlyDeadlineDay: 'Hạn báo cáo tháng (ngày)',
  semesterDeadline: 'Hạn báo cáo học kì I',
  yearDeadline: 'Hạn báo cáo cuối năm',
  includeSummer: 'Lịch tháng gồm hè',
  sessionsPerSemester: 'Số buổi học một học kì',
  absenceRate: 'Tỉ lệ buổi nghỉ báo động (%)',
  semesterAbsences: 'Số buổi nghỉ báo động một học kì',
  yearAbsences: 'Số buổi nghỉ tối đa cả năm',
  scoreThreshold: 'Điểm cần hỗ trợ dưới',
  levels: 'Cấp học',
  planNumber: 'Kế hoạch số',
  planDate: 'Ngày kế hoạch',
  listMaker: 'Người lập danh sách',
} as const;

/** The school's own lines of the report: what the sidebar's form edits. */
export type SchoolField = 'agency' | 'schoolName' | 'place' | 'schoolYear' | 'signerName' | 'signerTitle' | 'recipients';

export const SCHOOL_FIELDS: readonly SchoolField[] = ['agency', 'schoolName', 'place', 'schoolYear', 'signerName', 'signerTitle', 'recipients'];

/** Column A of a Cấu hình row, folded: "Tên trường:" and "Tên trường :" → "ten truong". */
export function configKey(value: unknown): string {
  return fold(cellText(value)).replace(/\s*[:.]+$/, '');
}

/** Which school field a folded key names, if any. */
export function schoolField(key: string): SchoolField | undefined {
  if (key === 'co quan chu quan') return 'agency';
  if (key === 'ten truong' || key === 'truong') return 'schoolName';
  if (key === 'dia danh') return 'place';
  if (key === 'nam hoc') return 'schoolYear';
  if (key === 'nguoi ky' || key === 'ho ten nguoi ky') return 'signerName';
  if (key.startsWith('chuc danh') || key.startsWith('chuc vu')) return 'signerTitle';
  if (key === 'noi nhan') return 'recipients';
  return undefined;
}

export function splitLines(text: string): string[] {
  // One entry per line; on a single line, each entry ends with ";" (kept, as NĐ 30 writes it).
  return text.split(/\r?\n|(?<=;)\s+/).map((line) => tidy(line.replace(/^\s*[-–•]\s*/, ''))).filter(Boolean);
}

function parseDayMonth(value: unknown, timeZoneOffsetMinutes: number): DayMonth | undefined {
  // A Date cell reads as dd/mm/yyyy in the file's zone.
  const match = /^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*\d{2,4})?\s*$/.exec(cellText(value, timeZoneOffsetMinutes));
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month } : undefined;
}

function parseMonth(value: unknown): number | undefined {
  const match = /^\s*(?:thang\s*)?(\d{1,2})(?:\s*\/\s*\d{4})?\s*$/.exec(fold(cellText(value)));
  const month = match ? Number(match[1]) : NaN;
  return month >= 1 && month <= 12 ? month : undefined;
}

/** "2025-2026", "2025 - 2026", "2025–2026" → "2025-2026". */
export function parseSchoolYear(text: string): string | undefined {
  const match = /(\d{4})\s*[-–—/]\s*(\d{4})/.exec(text);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return undefined;
  return `${match[1]}-${match[2]}`;
}

/**
 * "Số: 15/BC-THHB", "15/BC-THHB", "15 / BC - THHB", "/BC-THHB" → "15/BC-THHB" or "/BC-THHB": a
 * number (or none yet), then the document type and the issuer, in capitals joined by hyphens.
 */
export function parseDocumentNumber(text: string): string | undefined {
  const m = /^(?:s[oố]\s*[:.]?\s*)?(\d{0,6})\s*[./…]*\s*\/\s*([A-ZĐ0-9]+(?:\s*-\s*[A-ZĐ0-9]+)*)$/iu.exec(tidy(text).normalize('NFC'));
  if (!m) return undefined;
  const symbol = m[2].replace(/\s+/g, '').toUpperCase();
  return /[A-ZĐ]/.test(symbol) ? `${m[1]}/${symbol}` : undefined;
}

export interface ParsedConfig {
  config: Config;
  problems: Problem[];
}

/** A Cấu hình key read by read/targets.ts, not here. */
export const TARGET_KEY = /^(chi tieu|cam ket)\b/;

export function parseConfig(sheet: SheetGrid | undefined, timeZoneOffsetMinutes: number): ParsedConfig {
  const config = defaultConfig();
  const problems: Problem[] = [];
  if (!sheet) return { config, problems };
  const invalid = (r: number, example: string) =>
    problems.push(problemAt(sheet.name, r + 1, 2, 'warning', 'CONFIG_VALUE_INVALID',
      `Giá trị "${cellText(sheet.values[r][1])}" của mục "${tidy(cellText(sheet.values[r][0]))}" không đọc được; đang dùng mặc định. Ghi ${example}.`));
  // A row with a value under a key no setting has is said, never passed over: a misspelt setting
  // would otherwise leave its default in force without a word.
  const unknown = (r: number) =>
    problems.push(problemAt(sheet.name, r + 1, 1, 'warning', 'CONFIG_KEY_UNKNOWN',
      `Mục "${tidy(cellText(sheet.values[r][0]))}" không phải cài đặt nào tiện ích biết, nên giá trị "${cellText(sheet.values[r][1])}" không được dùng. Nếu đây là một cài đặt, sửa tên mục cho giống trang Cấu hình của bảng mẫu; nếu chỉ là ghi chú, bỏ qua cảnh báo này.`));

  let cnMonthSet = false;
  sheet.values.forEach((row, r) => {
    const key = configKey(row[0]);
    const raw = row[1];
    if (!key || isBlank(raw)) return;
    const text = tidy(cellText(raw));
    const field = schoolField(key);
    if (key === 'so van ban' || /^so\s*[,/]?\s*ky hieu/.test(key)) {
      const number = parseDocumentNumber(text);
      if (number) config.documentNumber = number;
      else invalid(r, 'số và ký hiệu như 15/BC-THHB (để trống số, ghi /BC-THHB)');
    } else if (field === 'schoolYear') {
      const year = parseSchoolYear(text);
      if (year) config.schoolYear = year;
      else invalid(r, 'năm học dạng 2025-2026');
    } else if (field === 'signerTitle' || field === 'recipients') config[field] = splitLines(cellText(raw));
    else if (field) config[field] = text;
    else if (key.startsWith('han bao cao thang')) {
      const day = Number(text);
      if (Number.isInteger(day) && day >= 1 && day <= 28) config.monthlyDeadlineDay = day;
      else invalid(r, 'một ngày từ 1 đến 28, ví dụ 25');
    } else if (key.startsWith('han bao cao')) {
      const point = matchReviewPoint(key.replace(/^han bao cao\s*/, ''));
      const dayMonth = parseDayMonth(raw, timeZoneOffsetMinutes);
      const isYearEnd = point === 'CN' || point === 'CKII' || key.includes('cuoi nam') || key.includes('ca nam');
      const isSemester = point === 'CKI' || point === 'GKI' || key.includes('hoc ki i') || key.includes('hki');
      if (!dayMonth) invalid(r, 'ngày/tháng, ví dụ 30/12');
      else if (isYearEnd) config.yearDeadline = dayMonth;
      else if (isSemester) config.semesterDeadline = dayMonth;
      else unknown(r); // only the học kì I and cuối năm deadlines exist
    } else if (key.startsWith('thang') || key.startsWith('moc')) {
      const pointText = key.replace(/^(thang|moc)\s*(danh gia)?\s*/, '');
      const point = matchReviewPoint(pointText);
      if (point) {
        const month = parseMonth(raw);
        if (month) {
          config.reviewMonths[point] = month;
          // At primary "Cuối HKII" is Cuối năm: its month is Cuối năm's too, unless Cuối năm has its own row.
          if (point === 'CN') cnMonthSet = true;
          else if (point === 'CKII' && !cnMonthSet) config.reviewMonths.CN = month;
        }
        else invalid(r, 'số tháng từ 1 đến 12, ví dụ 11');
      } else if (key.includes('he')) {
        config.includeSummer = isYes(text);
      } else unknown(r);
    } else if (key.startsWith('diem can ho tro') || key.startsWith('nguong diem')) {
      const score = parseScore(text);
      if (score !== undefined && score > 0 && score <= 10) config.scoreThreshold = score;
      else invalid(r, 'một điểm từ 0 đến 10, ví dụ 5 hoặc 5,0');
    } else if (key === 'cap hoc' || key === 'cap') {
      const levels = parseLevels(text);
      if (levels.length > 0) config.levels = levels;
      else invalid(r, 'Tiểu học, THCS hoặc THPT (trường nhiều cấp ghi ví dụ "THCS, THPT")');
    } else if (key === 'ke hoach so' || key === 'so ke hoach') {
      config.planNumber = text;
    } else if (key === 'ngay ke hoach') {
      const day = parseBirthDate(raw, timeZoneOffsetMinutes);
      if (day) config.planDate = day;
      else invalid(r, 'ngày/tháng/năm, ví dụ 16/11/2025');
    } else if (key === 'nguoi lap danh sach' || key === 'nguoi lap') {
      config.listMaker = text;
    } else if (readRiskSetting(key, raw, config.risk, (example) => invalid(r, example))) {
      // an early-warning threshold, read (or reported) by readRiskSetting
    } else if (key.includes('gom he') || key === 'he' || key === 'ho tro he') {
      config.includeSummer = isYes(text);
    } else if (!TARGET_KEY.test(key) && fold(text) !== 'gia tri') {
      unknown(r); // targets are read by read/targets.ts; "Mục | Giá trị" is the header
    }
  });
  return { config, problems };
}

/** A whole number from min to max, from a number cell or text ("20", "20 buổi"). */
function wholeNumber(raw: unknown, min: number, max: number): number | undefined {
  const match = /^\s*(\d+)\s*(buoi)?\s*$/.exec(fold(cellText(raw)));
  const n = match ? Number(match[1]) : NaN;
  return n >= min && n <= max ? n : undefined;
}

/** "10%", "10", "10,5 %", or a cell formatted as percent (0.1). */
function percent(raw: unknown): number | undefined {
  const n = typeof raw === 'number' ? (raw > 0 && raw < 1 ? raw * 100 : raw) : Number(cellText(raw).replace(/%/g, '').replace(',', '.').trim());
  return Number.isFinite(n) && n > 0 && n <= 100 ? Math.round(n * 100) / 100 : undefined;
}

/**
 * The early-warning thresholds (PRODUCT 3.9). True when the key names one: its value is then set,
 * or reported through `invalid` (the default stays).
 */
function readRiskSetting(key: string, raw: unknown, risk: RiskThresholds, invalid: (example: string) => void): boolean {
  const set = <K extends keyof RiskThresholds>(field: K, value: RiskThresholds[K] | undefined, example: string) => {
    if (value === undefined) invalid(example);
    else risk[field] = value;
  };
  if (key.startsWith('so buoi hoc')) set('sessionsPerSemester', wholeNumber(raw, 1, 300), 'số buổi học của một học kì, ví dụ 90');
  else if (/^(ti|ty) le (buoi )?nghi/.test(key)) set('absenceRate', percent(raw), 'tỉ lệ phần trăm, ví dụ 10%');
  else if (/^(so )?buoi nghi (bao dong|toi da)?\s*(mot |moi )?hoc ki|^nguong (buoi )?nghi/.test(key)) set('semesterAbsences', wholeNumber(raw, 1, 300), 'số buổi, ví dụ 20');
  else if (/^(so )?buoi nghi.*ca nam/.test(key)) set('yearAbsences', wholeNumber(raw, 1, 400), 'số buổi, ví dụ 45');
  else return false;
  return true;
}

/** "THCS", "Trung học cơ sở", "TH&THCS", "THCS và THPT" → the levels named, in order. */
export function parseLevels(text: string): Level[] {
  const words = fold(text).replace(/trung hoc pho thong/g, 'thpt').replace(/trung hoc co so/g, 'thcs').replace(/tieu hoc/g, 'th')
    .split(/[^a-z]+/).filter((w) => w !== '' && w !== 'va' && w !== 'cap');
  const found = new Set<Level>();
  for (const w of words) {
    if (w === 'th' || w === 'thcs' || w === 'thpt') found.add(w.toUpperCase() as Level);
    else return [];
  }
  return LEVELS.filter((l) => found.has(l));
}

function isYes(text: string): boolean {
  return ['co', 'x', 'true', '1', 'yes', 'co gom he'].includes(fold(text));
}
