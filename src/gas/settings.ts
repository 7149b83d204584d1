// The sidebar's settings form: reads the school's lines from Cấu hình and writes back only the
// cells the user changed (one call each, at most seven), or creates the tab when it is missing.

import { INPUT_TABS } from '../core/inputs';
import { parseConfig } from '../core/read/config';
import { normaliseSettings, planSettingsEdit, settingsError, settingsFromConfig, type SchoolSettings } from '../core/settings';
import { withDocumentLock } from './run';
import { readInputTab } from './read';
import { asTypedText } from './write';

export function readSettings(): SchoolSettings {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // readInputTab gives dates as wall-clock: offset 0.
  return settingsFromConfig(parseConfig(readInputTab(ss, INPUT_TABS.config)?.grid, 0).config);
}

/** Saves the form; throws a Vietnamese message when a value cannot be saved. */
export function saveSettings(input: Partial<Record<string, unknown>>): string {
  const settings = normaliseSettings(input);
  const error = settingsError(settings);
  if (error) throw new Error(error);
  return withDocumentLock('lưu lại', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const tab = readInputTab(ss, INPUT_TABS.config);
    const edit = planSettingsEdit(tab?.grid, settings);
    if (edit.create) {
      const sheet = ss.insertSheet(INPUT_TABS.config);
      const rows = [['Mục', 'Giá trị'], ...edit.appended].map(([k, v]) => [asTypedText(k), asTypedText(v)]);
      sheet.getRange(1, 1, rows.length, 2).setValues(rows);
      sheet.getRange('A1:B1').setFontWeight('bold');
      sheet.setColumnWidth(1, 220);
      sheet.setColumnWidth(2, 320);
      return 'Đã tạo trang "Cấu hình" với thông tin trường.';
    }
    const { sheet, grid } = tab as NonNullable<typeof tab>;
    for (const { row, value } of edit.updates) sheet.getRange(row, 2).setValue(asTypedText(value));
    if (edit.appended.length > 0) {
      const rows = edit.appended.map(([k, v]) => [asTypedText(k), asTypedText(v)]);
      sheet.getRange(grid.values.length + 1, 1, rows.length, 2).setValues(rows);
    }
    const changed = edit.updates.length + edit.appended.length;
    return changed === 0 ? 'Thông tin không đổi; trang "Cấu hình" giữ nguyên.' : `Đã lưu ${changed} mục vào trang "Cấu hình". Bấm Tổng hợp để in lại báo cáo.`;
  });
}
