// "Tạo bảng mẫu": creates each missing input tab; an existing tab is never touched.

import { fold } from '../core/text';
import { INPUT_TABS, inputKind } from '../core/inputs';
import { findLogHeader } from '../core/read/log';
import { LOG_TEMPLATE, templateLevel, templateTabs } from '../core/templates';
import { readInputTab } from './read';
import { asTypedText } from './write';

export function createMissingTemplates(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const names = ss.getSheets().map((s) => s.getName());
  const existing = new Set(names.map(fold));
  // A school that keeps a Danh sách (of any name: "Danh sách khối 1") gets no second, empty roster.
  const hasRoster = names.some((n) => inputKind(n) === 'roster');
  const created: string[] = [];
  // A primary or secondary roster, or one of each (TH&THCS), by the khối of the Lớp tab or Cấu hình "Cấp học" (one getValues each, when present).
  const level = templateLevel(readInputTab(ss, INPUT_TABS.classes)?.grid, readInputTab(ss, INPUT_TABS.config)?.grid);
  for (const tab of templateTabs(level)) {
    if (existing.has(fold(tab.name)) || (hasRoster && inputKind(tab.name) === 'roster')) continue;
    if (tab.name === LOG_TEMPLATE.name && hasLogTab(ss)) continue;
    const sheet = ss.insertSheet(tab.name);
    const width = Math.max(...tab.rows.map((r) => r.length));
    const maxColumns = sheet.getMaxColumns();
    if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
    const values = tab.rows.map((r) => [...r, ...new Array(width - r.length).fill('')].map(asTypedText));
    sheet.getRange(1, 1, values.length, width).setValues(values);
    if (tab.bold.length > 0) sheet.getRangeList(tab.bold).setFontWeight('bold').setHorizontalAlignment('center');
    for (const range of tab.merges) sheet.getRange(range).merge();
    for (const { range, values: allowed } of tab.dropdowns) {
      const rule = SpreadsheetApp.newDataValidation().requireValueInList(allowed, true).setAllowInvalid(true).build();
      sheet.getRange(range).setDataValidation(rule);
    }
    tab.columnWidths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    sheet.setFrozenRows(tab.frozenRows);
    created.push(tab.name);
  }
  return created;
}

/**
 * The log may live in a tab of any name (a Google Form's "Câu trả lời biểu mẫu 1"): it is not missing
 * when some tab's first ten rows hold a log header. One getValues of those rows per tab.
 */
function hasLogTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return ss.getSheets().some((sheet) => {
    const data = sheet.getDataRange();
    const rows = Math.min(10, data.getNumRows());
    return findLogHeader(sheet.getRange(1, 1, rows, data.getNumColumns()).getValues(), undefined, sheet.getName()) !== undefined;
  });
}
