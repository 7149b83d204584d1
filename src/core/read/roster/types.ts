// The roster's shapes: where a tab's header put each field and review column, and what was read.

import type { ClassList } from '../classes';
import type { Problem, Student } from '../../model';
import type { ReviewPointCode, RosterField } from '../../vocab';

export interface ReviewColumn {
  /** 0-based column. */
  column: number;
  reviewPoint: ReviewPointCode;
  area: string;
  /** A part of the area rated on its own column ("Đọc" of Tiếng Việt): it rolls up into the area. */
  part?: string;
  /**
   * Its labels name Cả năm (Cuối năm) and Học kì II ("Cả năm" over Toán over "HK2"): one point at primary, read as
   * Cuối năm; two at secondary, so a secondary row is not read by it (year-pair.ts says so at its header).
   */
  yearAndSemesterII?: true;
}

export type FieldColumns = Partial<Record<RosterField, number>>;

export interface RosterLayout {
  /** 0-based rows of the header (one to three). */
  headerRows: number[];
  /** 0-based first data row. */
  dataStart: number;
  fields: FieldColumns;
  /** Fields whose header is merged across several columns: the last 0-based column of the span. */
  fieldEnds: FieldColumns;
  reviewColumns: ReviewColumn[];
  style: 'one-row' | 'two-row';
}

/** Why a row below the header was not read as a student. */
export type SkipReason = 'blank' | 'header' | 'total' | 'footer' | 'numbered' | 'note';

export const NO_SKIPS = (): Record<SkipReason, number> => ({ blank: 0, header: 0, total: 0, footer: 0, numbered: 0, note: 0 });

export interface RosterTab {
  sheet: string;
  layout?: RosterLayout;
}

export interface Roster {
  /** The tabs read, in workbook order. */
  tabs: RosterTab[];
  students: Student[];
  /** Review points with a block of columns, in order. */
  blocks: ReviewPointCode[];
  /** Canonical areas with a column, in report order. */
  areas: string[];
  problems: Problem[];
  /** Rows below a header that are not students, by reason (counted in Kiểm tra, not errors). */
  skipped: Record<SkipReason, number>;
}

export interface ParseOptions {
  classList: ClassList;
  timeZoneOffsetMinutes: number;
  /** Cấu hình "Điểm cần hỗ trợ dưới" for secondary khối (default 5,0). */
  scoreThreshold?: number;
  /** The file's locale writes month/day (en_US): a Lớp typed "7/10" became 10 July. */
  monthFirst?: boolean;
}

/** Every column a field covers (a name merged over Họ đệm + Tên covers both). */
/** The name columns: under them a header row holds only field labels, a student row a name. */
export function nameColumns(fields: FieldColumns, ends: FieldColumns): Set<number> {
  const named: FieldColumns = { name: fields.name, familyName: fields.familyName, givenName: fields.givenName };
  return fieldColumnSet(Object.fromEntries(Object.entries(named).filter(([, c]) => c !== undefined)), ends);
}

export function fieldColumnSet(fields: FieldColumns, ends: FieldColumns): Set<number> {
  const set = new Set<number>();
  for (const [field, column] of Object.entries(fields) as Array<[RosterField, number]>) {
    for (let c = column; c <= (ends[field] ?? column); c++) set.add(c);
  }
  return set;
}
