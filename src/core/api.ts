// The functions the sidebar calls through google.script.run, typed once for both sides.
// src/main.ts checks its implementations against this; src/ui/server.ts calls through it.

import type { SidebarReport } from './sidebar';
import type { ClassPdfs } from './pdf';
import type { SchoolSettings } from './settings';

export type Step = 'all' | 'check' | 'timeline';

/** What the sidebar shows: the numbers (never the whole report: PRODUCT 5), and the PDF link once a Tổng hợp tab exists. */
export interface SidebarState {
  report: SidebarReport;
  /** '' until the add-in has written its Tổng hợp tab. */
  pdfUrl: string;
  /** The mentors' annex of Đỡ đầu (its printed columns only), '' until the add-in has written that tab. */
  mentorsPdfUrl: string;
  /** Theo dõi's classes at their level's newest review point, each a PDF of its own page; none until the tab is written. */
  classPdfs: ClassPdfs;
}

export interface ServerApi {
  /** The numbers, without writing anything. */
  sidebarAnalyse(): SidebarState;
  /** Runs a step as the menu does. */
  sidebarRun(step: Step): SidebarState & { message: string };
  /** Milliseconds of the last finished run, '' when none: an open sidebar polls it to refresh. */
  sidebarLastRun(): string;
  /** Selects a cell a problem points to. */
  sidebarSelectCell(sheet: string, cell: string): boolean;
  /** The school's lines of the report, from Cấu hình. */
  sidebarGetSettings(): SchoolSettings;
  /** Writes the changed lines to Cấu hình; the message says what was saved. */
  sidebarSaveSettings(settings: SchoolSettings): { message: string };
}
