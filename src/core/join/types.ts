// What the join of official results with the Danh sách gives: how each tab is used, the students
// counted, and the number of students of each class.

import type { ClassList } from '../read/classes';
import type { Problem, Student } from '../model';
import type { OfficialTab } from '../read/official';
import type { ReviewPointCode } from '../vocab';

/** How a tab is used: this year's results, last year's Cuối năm as Đầu năm, or not counted. */
export type OfficialUse = 'current' | 'baseline' | 'wrongYear' | 'duplicate' | 'incomplete';

export interface OfficialTabUse {
  tab: OfficialTab;
  use: OfficialUse;
  /** The review point its ratings count for (DN for last year's Cuối năm). */
  point?: ReviewPointCode;
  grade?: number;
}

export interface ClassCount {
  name: string;
  grade?: number;
  /** Distinct students in the class's tabs of this year. */
  count: number;
  sheets: string[];
}

export interface OfficialJoin {
  /** Danh sách students (with official ratings where joined), then official students not in it. */
  students: Student[];
  problems: Problem[];
  tabs: OfficialTabUse[];
  /** Classes with a tab of this year, by class key: distinct students over all review points. */
  classCounts: Map<string, ClassCount>;
  /**
   * THHS at one review point: a class with a tab at that point counts that tab's students (a child
   * who came in February is not a student at Cuối học kì I); the others count as in classCounts.
   */
  classCountsAt(point: ReviewPointCode): Map<string, ClassCount>;
  /** Review points with a counted tab (DN when a baseline is used). */
  points: ReviewPointCode[];
  /** Last year's students were promoted one khối at Đầu năm because no list of this year exists. */
  promotedWithoutLists: boolean;
}

export interface JoinOptions {
  /** First calendar year of this school year. */
  schoolYear: number;
  classList: ClassList;
  /** The school keeps a Danh sách: official students missing from it are flagged `notListed`. */
  rosterPresent: boolean;
}

