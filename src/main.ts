// The one public entry. Each function Apps Script calls (menu items, triggers, the sidebar) is
// assigned to `global`; gas-webpack-plugin turns each assignment into a top-level function.

import type { ServerApi, SidebarState, Step } from './core/api';
import { sidebarReport } from './core/sidebar';
import type { SchoolSettings } from './core/settings';
import { lastRunStamp, reportOnly, runStep, withDocumentLock, type RunResult } from './gas/run';
import { printLinks } from './gas/print-links';
import { readSettings, saveSettings } from './gas/settings';
import { createMissingTemplates } from './gas/template';
import { addMenu, alert, headline, HELP_TEXT, showSidebar, toast } from './gas/ui';

declare const global: Record<string, unknown>;

/**
 * A simple trigger of the bound script: it runs in AuthMode.LIMITED (NONE for an add-on not yet
 * authorized), so it builds the menu and touches nothing else (SHEETS-FIDELITY 13).
 */
function onOpen(): void {
  addMenu();
}

/** Runs a step for a menu click: a toast on success, a plain message on failure. */
function runFromMenu(step: Step): RunResult | undefined {
  try {
    const result = runStep(step);
    toast(headline(result));
    return result;
  } catch (error) {
    alert(`Chưa chạy được: ${(error as Error).message}`);
    return undefined;
  }
}

/** Menu "Tổng hợp": every step. Returns the result so the local runner can write its JSON. */
function menuSummarize(): RunResult | undefined {
  return runFromMenu('all');
}

function menuCheck(): RunResult | undefined {
  return runFromMenu('check');
}

function menuTimeline(): RunResult | undefined {
  return runFromMenu('timeline');
}

function menuOpenSidebar(): void {
  showSidebar();
}

/** Tạo bảng mẫu writes too: under the document lock, flushed before the lock is released. */
function menuCreateTemplate(): void {
  try {
    const created = withDocumentLock('bấm lại', () => createMissingTemplates(SpreadsheetApp.getActiveSpreadsheet()));
    toast(created.length > 0 ? `Đã tạo trang: ${created.join(', ')}.` : 'Các trang mẫu đều đã có; không trang nào bị thay đổi.');
  } catch (error) {
    alert(`Chưa tạo được bảng mẫu: ${(error as Error).message}`);
  }
}

function menuHelp(): void {
  alert(HELP_TEXT);
}

/** Sidebar: the numbers without writing anything. */
function sidebarAnalyse(): SidebarState {
  return { report: sidebarReport(reportOnly()), ...printLinks(SpreadsheetApp.getActiveSpreadsheet()) };
}

/** Sidebar: run a step, as the menu does. */
function sidebarRun(step: Step): SidebarState & { message: string } {
  const result = runStep(step);
  return { report: sidebarReport(result.report), message: headline(result), ...printLinks(SpreadsheetApp.getActiveSpreadsheet()) };
}

/** Sidebar: when the last run finished, so an open sidebar can refresh itself. */
function sidebarLastRun(): string {
  return lastRunStamp();
}

/** Sidebar: select the cell (or the range, "A1:F9") a problem points to. */
function sidebarSelectCell(sheetName: string, cell: string): boolean {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet || !/^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/.test(cell)) return false;
  sheet.getRange(cell).activate();
  return true;
}

/** Sidebar: the school's lines of the report, for the settings form. */
function sidebarGetSettings(): SchoolSettings {
  return readSettings();
}

/** Sidebar: save the settings form to Cấu hình (only the changed cells). */
function sidebarSaveSettings(settings: SchoolSettings): { message: string } {
  return { message: saveSettings(settings) };
}

global.onOpen = onOpen;
global.menuSummarize = menuSummarize;
global.menuCheck = menuCheck;
global.menuTimeline = menuTimeline;
global.menuOpenSidebar = menuOpenSidebar;
global.menuCreateTemplate = menuCreateTemplate;
global.menuHelp = menuHelp;
global.sidebarAnalyse = sidebarAnalyse;
global.sidebarRun = sidebarRun;
global.sidebarLastRun = sidebarLastRun;
global.sidebarSelectCell = sidebarSelectCell;
global.sidebarGetSettings = sidebarGetSettings;
global.sidebarSaveSettings = sidebarSaveSettings;

// The compiler checks the sidebar's view of the server against the real functions.
export const SERVER_API: ServerApi = {
  sidebarAnalyse, sidebarRun, sidebarLastRun, sidebarSelectCell, sidebarGetSettings, sidebarSaveSettings,
};
