// Classes taught different languages (issue 17; review-7 F8 decided per class). A tab with a Tiếng
// Anh / Ngoại ngữ column reads a named language ("Tiếng Pháp") beside it as Ngoại ngữ 2 (vocab
// onlyLanguageAsForeign); but in a class where no student is rated both in the named language and in
// a Tiếng Anh / Ngoại ngữ column, each student's one language is its Ngoại ngữ: an English class and
// a French-only class in one Danh sách, a class split into language groups, or a vnEdu class tab
// listing a Tiếng Anh column nobody is rated in ("Miễn" is not rated). A class where some student is
// rated in both keeps the named language as Ngoại ngữ 2; a class rated in neither is read as the tab says.

import { isBlank } from '../../cells';
import { isExempt } from '../../scales';
import { classKey } from '../classes';
import { FOREIGN_LANGUAGE, isNamedLanguage } from '../../vocab';
import { fieldText, type RowColumns } from './student';

// "Miễn" under Tiếng Anh is how vnEdu writes a language the student does not take: not rated in it.
const filled = (v: unknown) => !isBlank(v) && v !== false && !isExempt(v);

/** The columns of a named language, when the tab also has a Tiếng Anh / Ngoại ngữ column (else none: nothing to decide). */
function namedBeside<T extends { column: number; area: string }>(columns: readonly T[], labelsOf: (c: T) => readonly string[]): Set<number> {
  if (!columns.some((c) => c.area === FOREIGN_LANGUAGE)) return new Set();
  return new Set(columns.filter((c) => isNamedLanguage(c.area, labelsOf(c))).map((c) => c.column));
}

/**
 * These rows (one class) are rated in a named language and none of them in it and in a Tiếng Anh /
 * Ngoại ngữ column too: each student's one language is its Ngoại ngữ, whether the class learns one
 * language or is split into language groups (so one tab or one tab per group count alike).
 */
function namedOnly(rows: readonly (readonly unknown[])[], foreign: readonly number[], named: ReadonlySet<number>): boolean {
  const ratedIn = (row: readonly unknown[], columns: Iterable<number>) => [...columns].some((c) => filled(row[c]));
  return rows.some((row) => ratedIn(row, named)) && !rows.some((row) => ratedIn(row, named) && ratedIn(row, foreign));
}

/** The columns with each named language as Ngoại ngữ, the others as given. */
function asForeign<T extends { column: number; area: string }>(columns: readonly T[], named: ReadonlySet<number>): T[] {
  return columns.map((c) => (named.has(c.column) ? { ...c, area: FOREIGN_LANGUAGE } : c));
}

/** A class tab's rating columns, given its student rows: a named language the class alone is rated in is its Ngoại ngữ. */
export function classLanguages<T extends { column: number; area: string; labels: readonly string[] }>(columns: readonly T[], rows: readonly (readonly unknown[])[]): T[] {
  const named = namedBeside(columns, (c) => c.labels);
  const foreign = columns.filter((c) => c.area === FOREIGN_LANGUAGE).map((c) => c.column);
  return named.size > 0 && namedOnly(rows, foreign, named) ? asForeign(columns, named) : [...columns];
}

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
  const byClass = new Map<string, Array<readonly unknown[]>>();
  for (const r of studentRows()) {
    const key = classKey(fieldText(values[r], columns.fields, columns.ends, 'className'));
    if (!key) continue;
    const rows = byClass.get(key);
    if (rows) rows.push(values[r]);
    else byClass.set(key, [values[r]]);
  }
  const classes = new Set([...byClass].filter(([, rows]) => namedOnly(rows, foreign, named)).map(([key]) => key));
  return classes.size === 0 ? columns : { ...columns, languageOnly: { classes, reviewColumns: asForeign(columns.reviewColumns, named) } };
}
