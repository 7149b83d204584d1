// Plain data shared by the core modules. Values are what Range.getValues() gives:
// '' for empty, numbers, booleans, strings and Date objects (possibly from another realm).

import type { ReviewPointCode } from './vocab';

export type CellValue = unknown;

/** A merged block, 1-based as Apps Script's Range gives it. */
export interface MergedRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Merged blocks of the data range (getValues gives their value only to the top-left cell). */
  merges?: MergedRange[];
}

export type Severity = 'error' | 'warning';

export type ProblemCode =
  | 'ROSTER_MISSING' | 'ROSTER_EMPTY' | 'HEADER_NOT_FOUND' | 'HEADER_NO_CLASS' | 'HEADER_NO_REVIEW'
  | 'HEADER_DUPLICATE'
  | 'NAME_MISSING' | 'CLASS_MISSING' | 'GRADE_UNKNOWN' | 'RATING_INVALID' | 'RATING_CONFLICT' | 'FORMULA_ERROR'
  | 'STUDENT_ID_DUPLICATE' | 'STUDENT_DUPLICATE' | 'CLASS_OVER_SIZE'
  | 'SAME_NAME_OTHER_BIRTH' | 'SAME_NAME_NO_BIRTH' | 'CLASS_NOT_LISTED' | 'SUPPORTER_MISSING'
  | 'NOT_RATED' | 'AREA_BLANK_AFTER_NEED' | 'BIRTH_DATE_INVALID'
  | 'CLASS_LIST_GRADE_INVALID' | 'CLASS_LIST_GRADE_MISSING' | 'CLASS_LIST_SIZE_INVALID' | 'CLASS_LIST_DUPLICATE'
  | 'CLASS_LIST_COLUMN_UNPLACED' | 'CLASS_LIST_SIZE_COLUMNS' | 'CLASS_LIST_SIZE_MISSING' | 'CLASS_LIST_GRADE_DIFFERS'
  | 'CONFIG_VALUE_INVALID' | 'CONFIG_KEY_UNKNOWN' | 'PLAN_MONTH_INVALID' | 'PLAN_MONTH_MISSING' | 'PLAN_MONTH_OTHER_YEAR' | 'PLAN_MONTH_OUTSIDE'
  | 'TARGET_INVALID' | 'TARGET_UNKNOWN' | 'TARGET_DUPLICATE' | 'TARGET_HEADER_NOT_FOUND' | 'TARGET_AREA_MISSING' | 'TARGET_GRADE_MISSING'
  // Official results tabs (vnEdu "Sổ điểm tổng kết") and their join with Danh sách.
  | 'OFFICIAL_NO_REVIEW_POINT' | 'OFFICIAL_NO_YEAR' | 'OFFICIAL_NO_CLASS' | 'OFFICIAL_WRONG_YEAR' | 'OFFICIAL_DUPLICATE'
  | 'OFFICIAL_SUBJECT_UNKNOWN' | 'OFFICIAL_COLUMN_UNKNOWN' | 'OFFICIAL_ROW_UNREAD' | 'OFFICIAL_RATING_DIFFERS'
  | 'OFFICIAL_NOT_FOUND' | 'OFFICIAL_SIZE_DIFFERS' | 'OFFICIAL_CLASS_NO_TAB' | 'OFFICIAL_BASELINE_LEFT' | 'OFFICIAL_BASELINE_OTHER_LEVEL' | 'STUDENT_LEFT_NOTED' | 'OFFICIAL_NAME_DIFFERS'
  | 'OFFICIAL_CLASS_COLUMN' | 'OFFICIAL_POINT_CONFLICT' | 'OFFICIAL_GRADE_DIFFERS' | 'AREA_OTHER_LEVEL' | 'OFFICIAL_FIELD_UNREAD' | 'ABSENCE_INVALID' | 'ABSENCE_TOTAL_DIFFERS' | 'ABSENCE_YEAR_ASSUMED' | 'ABSENCE_SO_FAR' | 'ABSENCE_LABEL_UNCLEAR' | 'LANGUAGE_ASSUMED'

  // The roster reader: tabs named alike, columns it cannot place, HSKT it cannot tell, merged ratings.
  | 'TAB_NAME_CONFLICT' | 'COLUMN_UNPLACED' | 'DISABILITY_UNCLEAR' | 'MERGED_ACROSS_RATINGS' | 'HEADER_REPEATED_DIFFERS'
  | 'TAB_COPY_UNREAD' | 'DISABILITY_PENDING' | 'OFFICIAL_BASELINE_PROMOTED'
  // The mentors' monthly log (Nhật ký) and mentor names (PRODUCT 3.8).
  | 'LOG_STUDENT_UNKNOWN' | 'LOG_STUDENT_AMBIGUOUS' | 'LOG_STUDENT_MISSING' | 'LOG_CLASS_MISSING' | 'LOG_DATE_INVALID' | 'LOG_DATE_MISSING' | 'LOG_FORM_UNREAD'
  | 'LOG_STUDENT_ID_NAME_DIFFERS' | 'LOG_DATE_OUTSIDE' | 'LOG_DATE_ORDER' | 'LOG_CLASS_AS_DATE' | 'LOG_COLUMN_UNREAD' | 'MENTOR_SPELLINGS' | 'MENTOR_NAME_MISSING'
  // The same name and birth date in two classes (a child moved and the old row left).
  | 'SAME_STUDENT_TWO_CLASSES';

export interface Problem {
  sheet: string;
  /** A1 reference of the cell or range to fix (for a whole tab, the range it concerns); never ''. */
  cell: string;
  /** 1-based sheet row and column of the cell, or of the range's top-left cell. */
  row: number;
  column: number;
  severity: Severity;
  code: ProblemCode;
  message: string;
  /** Class the row belongs to, for grouping in Kiểm tra. */
  className?: string;
}

/** One review point of one student. */
export interface StudentReview {
  /** At least one cell of the block holds a value. */
  rated: boolean;
  /** Areas rated as needing support (C / CHT / CCG / a mark). */
  need: string[];
  /** Areas left blank in a rated block. */
  blank: string[];
}

/** A cell of an input tab (1-based row and column). */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

/** Where one review point of a student was read from an official results tab. */
export interface OfficialOrigin {
  sheet: string;
  /** 1-based row of the student in that tab. */
  row: number;
  /** 1-based column of the name cell. */
  nameColumn: number;
  /** 1-based column of the first cell of each area: its first C when the area needs support. */
  areaColumns: Record<string, number>;
}

export interface Student {
  /** The roster tab of the row (a roster may span several "Danh sách…" tabs). */
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  studentId: string;
  name: string;
  className: string;
  classKey: string;
  grade?: number;
  /** yyyy-mm-dd, when readable. */
  birthDate?: string;
  female?: boolean;
  disability: boolean;
  supporters: readonly string[];
  reviews: Partial<Record<ReviewPointCode, StudentReview>>;
  /** An error on the row leaves it out of every count. */
  excluded: boolean;
  /** Review points whose ratings come from an official results tab, and where (PRODUCT 2.2). */
  official?: Partial<Record<ReviewPointCode, OfficialOrigin>>;
  /** Read from the official results, and the school's Danh sách (which exists) does not list the student. */
  notListed?: boolean;
  /**
   * Promoted from last year's Cuối năm with no class of this year known (its class is last year's,
   * "1A (2024-2025)"): a student of the khối's Sĩ số already, never added to it again.
   */
  promoted?: true;
  /** Hoàn cảnh (gia đình, bản thân) as the school wrote it; absent when blank. */
  hardship?: string;
  /** Sự rèn luyện (free text) as the school wrote it; absent when blank. */
  conduct?: string;
  /** Buổi nghỉ per review point (PRODUCT 2.3): có phép, không phép and the total. */
  absences?: Partial<Record<ReviewPointCode, Absences>>;
  /**
   * The Cả năm Buổi nghỉ was read from a column naming no review point ("Số buổi nghỉ"): the count so
   * far, the year's only once Cả năm is rated. Early warning holds it at the latest rated point (rules/risk.ts).
   */
  absencesSoFar?: true;
  /**
   * The Cuối kì II Buổi nghỉ is Học kỳ 2's alone: its tab has a Cả năm Buổi nghỉ column, so it is not read
   * as the year's (read/roster/absences.ts). The year is then HK1 + HK2 when Cả năm is left blank.
   */
  absencesHk2Alone?: true;
}

/** Sessions missed up to a review point; `total` is P + K when the school wrote only those. */
export interface Absences {
  excused?: number;
  unexcused?: number;
  total: number;
}

export interface ClassInfo {
  /** As the school wrote it. */
  name: string;
  key: string;
  grade?: number;
  homeroomTeacher: string;
  size?: number;
  row: number;
  /** 1-based column of the Sĩ số cell (or of the class name when there is no Sĩ số column). */
  sizeColumn: number;
}
