// A Danh sách's classes taught different languages: the per-class decision of ../languages.ts, made
// for each class of the tab, and its LANGUAGE_ASSUMED warnings.

import type { Problem } from '../../model';
import { FOREIGN_LANGUAGE } from '../../vocab';
import { classKey } from '../classes';
import { asForeign, languageAssumed, leftEmpty, namedBeside, namedOnly } from '../languages';
import { fieldText, type RowColumns } from './student';

/**
 * A Danh sách's row columns with, when some class's only language is a named one, those classes and
 * their columns. `studentRows` is asked only when the tab has a named language beside a Tiếng Anh /
 * Ngoại ngữ column; `labelsOf` gives a column's header labels ("NN2" stays Ngoại ngữ 2).
 */
export function withLanguageOnly(columns: RowColumns, values: readonly unknown[][], studentRows: () => number[],
  labelsOf: (column: number) => readonly string[]): RowColumns {
  const named = namedBeside(columns.reviewColumns, (rc) => labelsOf(rc.column));
  if (named.size === 0) return columns;
  const foreign = columns.reviewColumns.filter((rc) => rc.area === FOREIGN_LANGUAGE).map((rc) => rc.column);
  const byClass = new Map<string, { name: string; rows: Array<readonly unknown[]> }>();
  for (const r of studentRows()) {
    const name = fieldText(values[r], columns.fields, columns.ends, 'className');
    const key = classKey(name);
    if (!key) continue;
    const seen = byClass.get(key);
    if (seen) seen.rows.push(values[r]);
    else byClass.set(key, { name, rows: [values[r]] });
  }
  const only = [...byClass].filter(([, c]) => namedOnly(c.rows, foreign, named));
  if (only.length === 0) return columns;
  const assumed = only.filter(([, c]) => leftEmpty(c.rows, foreign)).map(([, c]) => c.name);
  return { ...columns, languageOnly: { classes: new Set(only.map(([key]) => key)), reviewColumns: asForeign(columns.reviewColumns, named), assumed } };
}

/** LANGUAGE_ASSUMED for each class of a Danh sách whose named language was taken as its only one over an all-empty Tiếng Anh / Ngoại ngữ. */
export function rosterLanguagesAssumed(sheet: string, headerRow: number, columns: RowColumns, labelsOf: (column: number) => readonly string[]): Problem[] {
  const only = columns.languageOnly;
  const foreign = columns.reviewColumns.find((rc) => rc.area === FOREIGN_LANGUAGE);
  const named = columns.reviewColumns.find((rc) => only?.reviewColumns.some((c) => c.column === rc.column && c.area !== rc.area));
  if (!only || !foreign || !named) return [];
  return only.assumed.map((className) => languageAssumed(sheet, headerRow, foreign.column + 1, className, labelsOf(foreign.column), labelsOf(named.column)));
}
