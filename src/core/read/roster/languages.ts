// A Danh sách of classes taught different languages (issue 17; review-7 F8 decided per class): an
// English class beside a class taught only French. The tab has a Tiếng Anh column, so its Tiếng Pháp
// column is Ngoại ngữ 2 (vocab onlyLanguageAsForeign); but for a class whose students are rated in the
// named language and in no Tiếng Anh / Ngoại ngữ column, that language is its Ngoại ngữ. A class rated
// in both keeps the second as Ngoại ngữ 2; a class rated in neither is read as the tab says.

import { isBlank } from '../../cells';
import { classKey } from '../classes';
import { FOREIGN_LANGUAGE, isNamedLanguage } from '../../vocab';
import { fieldText, type RowColumns } from './student';

const filled = (v: unknown) => !isBlank(v) && v !== false;

/** The classes (keys) with a student rated in a named language and none rated in another foreign-language column. */
function namedOnlyClasses(values: readonly unknown[][], rows: readonly number[], columns: RowColumns, named: ReadonlySet<number>): Set<string> {
  const foreign = columns.reviewColumns.filter((rc) => rc.area === FOREIGN_LANGUAGE).map((rc) => rc.column);
  const inNamed = new Set<string>();
  const inForeign = new Set<string>();
  for (const r of rows) {
    const key = classKey(fieldText(values[r], columns.fields, columns.ends, 'className'));
    if (!key) continue;
    if (foreign.some((c) => filled(values[r][c]))) inForeign.add(key);
    if ([...named].some((c) => filled(values[r][c]))) inNamed.add(key);
  }
  return new Set([...inNamed].filter((key) => !inForeign.has(key)));
}

/**
 * The row columns with, when some class's only language is a named one, that class and its columns (the
 * named language as Ngoại ngữ). `studentRows` is asked only when the tab has a named language beside a
 * Tiếng Anh / Ngoại ngữ column; `labelsOf` gives a column's header labels ("NN2" stays Ngoại ngữ 2).
 */
export function withLanguageOnly(columns: RowColumns, values: readonly unknown[][], studentRows: () => number[],
  labelsOf: (column: number) => readonly string[]): RowColumns {
  const named = new Set(columns.reviewColumns.filter((rc) => isNamedLanguage(rc.area, labelsOf(rc.column))).map((rc) => rc.column));
  if (named.size === 0 || !columns.reviewColumns.some((rc) => rc.area === FOREIGN_LANGUAGE)) return columns;
  const classes = namedOnlyClasses(values, studentRows(), columns, named);
  if (classes.size === 0) return columns;
  const reviewColumns = columns.reviewColumns.map((rc) => (named.has(rc.column) ? { ...rc, area: FOREIGN_LANGUAGE } : rc));
  return { ...columns, languageOnly: { classes, reviewColumns } };
}
