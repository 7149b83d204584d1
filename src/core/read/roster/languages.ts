// A Danh sách's classes taught different languages: the per-class verdict of ../languages.ts, made
// for each class of the tab, and its LANGUAGE_ASSUMED warnings.

import type { Problem } from '../../model';
import { groupBy } from '../../collections';
import { FOREIGN_LANGUAGE } from '../../vocab';
import { classKey } from '../classes';
import { asForeign, languageSaid, languageVerdict, namedBeside } from '../languages';
import { fieldText, type RowColumns } from './student';

/**
 * A Danh sách's row columns with, when some class's only language is a named one, those classes and
 * their columns, and the classes whose reading is a guess. `studentRows` is asked only when the tab
 * has a named language beside a Tiếng Anh / Ngoại ngữ column; `labelsOf` gives a column's header
 * labels ("NN2" stays Ngoại ngữ 2).
 */
export function withLanguageOnly(columns: RowColumns, values: readonly unknown[][], studentRows: () => number[],
  labelsOf: (column: number) => readonly string[]): RowColumns {
  const named = namedBeside(columns.reviewColumns, (rc) => labelsOf(rc.column));
  if (named.size === 0) return columns;
  const foreign = columns.reviewColumns.filter((rc) => rc.area === FOREIGN_LANGUAGE).map((rc) => rc.column);
  const rows = studentRows().map((r) => ({ row: values[r], name: fieldText(values[r], columns.fields, columns.ends, 'className') }));
  const byClass = groupBy(rows.filter((r) => classKey(r.name)), (r) => classKey(r.name));
  const verdicts = [...byClass].map(([key, c]) => ({ key, name: c[0].name, ...languageVerdict(c.map((r) => r.row), foreign, named) }));
  const said = verdicts.flatMap((v) => (v.said ? [{ className: v.name, kind: v.said }] : []));
  const only = new Set(verdicts.filter((v) => v.only).map((v) => v.key));
  if (only.size === 0 && said.length === 0) return columns;
  return { ...columns, languageOnly: { classes: only, reviewColumns: asForeign(columns.reviewColumns, named), said } };
}

/** LANGUAGE_ASSUMED for each class of a Danh sách whose language reading is a guess. */
export function rosterLanguagesSaid(sheet: string, headerRow: number, columns: RowColumns, labelsOf: (column: number) => readonly string[]): Problem[] {
  const only = columns.languageOnly;
  const foreign = columns.reviewColumns.find((rc) => rc.area === FOREIGN_LANGUAGE);
  const named = columns.reviewColumns.find((rc) => only?.reviewColumns.some((c) => c.column === rc.column && c.area !== rc.area));
  if (!only || !foreign || !named) return [];
  const at = { foreign: { column: foreign.column, labels: labelsOf(foreign.column) }, named: { column: named.column, labels: labelsOf(named.column) } };
  return only.said.map(({ className, kind }) => languageSaid(sheet, headerRow, className, kind, at));
}
