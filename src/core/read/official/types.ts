// What an official results tab reads into: its columns, its students and the tab itself.

import type { Absences, Problem, StudentReview } from '../../model';
import type { Level } from '../../levels';
import type { ReviewPointCode, Scale } from '../../vocab';
import type { AbsencePart } from '../official-secondary';

/** What a column of an official tab holds. */
export type OfficialColumnKind = 'rating' | 'score' | 'notPromoted' | 'absence' | 'other';

export interface OfficialColumn {
  /** 0-based column. */
  column: number;
  kind: OfficialColumnKind;
  /** Canonical area of a rating column (a subject, Năng lực or Phẩm chất). */
  area: string;
  scale: Scale;
  /** The header labels over the column, top to bottom, as written. */
  labels: string[];
  /** A secondary subject's sub-header: "(HS 1)" scored, "(N.xét)" rated by comment. */
  hint?: 'score' | 'comment';
  /** Which Buổi nghỉ cell an absence column holds. */
  part?: AbsencePart;
}

export interface OfficialStudent {
  /** 1-based sheet row. */
  row: number;
  studentId: string;
  name: string;
  birthDate?: string;
  female?: boolean;
  /** "Chưa lên lớp" ticked (year-end exports): stays in the same khối next year. */
  notPromoted: boolean;
  review: StudentReview;
  /** 1-based column of each area's first cell, or of its first C when the area needs support. */
  areaColumns: Record<string, number>;
  /** An error on the row (an unreadable rating) leaves it out of every count. */
  excluded: boolean;
  /** Buổi nghỉ up to the tab's review point, when the tab has the columns. */
  absences?: Absences;
}

/** What the title rows say: review point, school year and class, with the cell of each (1-based). */
export interface Title {
  reviewPoint?: ReviewPointCode;
  schoolYear?: number;
  className?: string;
  cells: { reviewPoint?: [number, number]; schoolYear?: [number, number]; className?: [number, number] };
  /** A later title cell naming another review point ("HỌC KỲ 1" over "(Học kỳ 2)"): the first other one, and where. */
  otherPoint?: { reviewPoint: ReviewPointCode; cell: [number, number] };
}

export interface OfficialTab {
  sheet: string;
  /** vnEdu's own labels (groups, "Mức đạt được") placed the columns; else a sheet a school typed alike. */
  style: 'vnEdu' | 'school';
  reviewPoint?: ReviewPointCode;
  /** First calendar year of the school year ("2025 - 2026" → 2025). */
  schoolYear?: number;
  /** As the title writes it ("2A"), else the tab's name. */
  className: string;
  /** The khối's level (PRODUCT 2.3): its cells were read on that level's scales. */
  level?: Level;
  classKey: string;
  /** 1-based [row, column] of the title cells that said so. */
  titleCells: Title['cells'];
  /** 0-based rows of the header and first data row. */
  headerRows: number[];
  dataStart: number;
  /** 1-based columns of the name and Mã HS cells. */
  nameColumn: number;
  studentIdColumn?: number;
  columns: OfficialColumn[];
  /** Areas with at least one rating column, in report order. */
  areas: string[];
  students: OfficialStudent[];
  problems: Problem[];
}

export interface OfficialReadOptions {
  /** Cấu hình "Điểm cần hỗ trợ dưới" (default 5,0). */
  scoreThreshold?: number;
  /** The khối of a class as the Lớp tab says, else undefined (then the class name's number). */
  gradeOf?: (className: string) => number | undefined;
}
