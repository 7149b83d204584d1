// The settings of the "Cấu hình" tab, their defaults and the keys the template writes.

import { cellText } from '../../cells';
import type { Level } from '../../levels';
import { DEFAULT_SCORE_THRESHOLD } from '../../scales';
import { fold } from '../../text';
import { REVIEW_POINTS, type ReviewPointCode } from '../../vocab';

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
  /** Sessions in the whole school year ("Số buổi học cả năm"): half of it a học kì, all of it at Cả năm. */
  sessionsPerYear?: number;
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

/** A Cấu hình key read by read/targets.ts, not here. */
export const TARGET_KEY = /^(chi tieu|cam ket)\b/;
