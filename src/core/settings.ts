// The sidebar's "Thông tin trường" form: the school's lines of the printed report, read from and
// written to the Cấu hình tab. Only the cells whose value the user changed are written; every
// other cell of Cấu hình (dates, months, the user's own notes) is left exactly as it was.

import { cellText } from './cells';
import { CONFIG_KEYS, configKey, parseSchoolYear, schoolField, SCHOOL_FIELDS, splitLines, type Config, type SchoolField } from './read/config';
import type { SheetGrid } from './model';
import { tidy } from './text';

/** One text per field; the title and the recipients hold one entry per line. */
export type SchoolSettings = Record<SchoolField, string>;

const MULTILINE = new Set<SchoolField>(['signerTitle', 'recipients']);

export function settingsFromConfig(config: Config): SchoolSettings {
  return {
    agency: config.agency,
    schoolName: config.schoolName,
    place: config.place,
    schoolYear: config.schoolYear ?? '',
    signerName: config.signerName,
    signerTitle: config.signerTitle.join('\n'),
    recipients: config.recipients.join('\n'),
  };
}

/** The settings as they will be written: tidy single lines, one entry per line where allowed. */
export function normaliseSettings(input: Partial<Record<string, unknown>>): SchoolSettings {
  const out = {} as SchoolSettings;
  for (const field of SCHOOL_FIELDS) {
    const text = typeof input[field] === 'string' ? (input[field] as string) : '';
    out[field] = MULTILINE.has(field) ? splitLines(text).join('\n') : tidy(text);
  }
  return out;
}

/** A Vietnamese message when a value cannot be saved; undefined when all is well. */
export function settingsError(settings: SchoolSettings): string | undefined {
  if (settings.schoolYear && !parseSchoolYear(settings.schoolYear)) {
    return `Năm học "${settings.schoolYear}" chưa đúng. Ghi hai năm liền nhau, ví dụ 2025-2026.`;
  }
  return undefined;
}

export interface SettingsEdit {
  /** The tab does not exist yet: create it with a header and these rows. */
  create: boolean;
  /** Existing rows (1-based) whose value cell (column B) changes. */
  updates: Array<{ row: number; value: string }>;
  /** New key / value rows to add below the last row. */
  appended: Array<[string, string]>;
}

/** What to write so that Cấu hình says `settings`, touching nothing else. */
export function planSettingsEdit(sheet: SheetGrid | undefined, settings: SchoolSettings): SettingsEdit {
  const edit: SettingsEdit = { create: !sheet, updates: [], appended: [] };
  const rowOf = new Map<SchoolField, number>();
  sheet?.values.forEach((row, r) => {
    const field = schoolField(configKey(row[0]));
    if (field && !rowOf.has(field)) rowOf.set(field, r);
  });
  for (const field of SCHOOL_FIELDS) {
    const value = settings[field];
    const r = rowOf.get(field);
    if (r === undefined) {
      if (value !== '') edit.appended.push([CONFIG_KEYS[field], value]);
      continue;
    }
    const current = sheet?.values[r][1];
    const currentText = MULTILINE.has(field) ? splitLines(cellText(current)).join('\n')
      : field === 'schoolYear' ? parseSchoolYear(cellText(current)) ?? tidy(cellText(current)) : tidy(cellText(current));
    if (currentText !== value) edit.updates.push({ row: r + 1, value });
  }
  return edit;
}
