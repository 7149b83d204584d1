// Classes taught different languages (issue 17; review-7 F8 decided per class). A tab with a Tiếng
// Anh / Ngoại ngữ column reads a named language ("Tiếng Pháp") beside it as Ngoại ngữ 2 (vocab
// onlyLanguageAsForeign); but in a class where no student is rated both in the named language and in
// a Tiếng Anh / Ngoại ngữ column, each student's one language is its Ngoại ngữ: an English class and
// a French-only class in one Danh sách, a class split into language groups, or a vnEdu class tab
// listing a Tiếng Anh column nobody is rated in ("Miễn" is not rated). A class where some student is
// rated in both keeps the named language as Ngoại ngữ 2; a class rated in neither is read as the tab says.
// A class read so while its Tiếng Anh / Ngoại ngữ cells are all empty (not "Miễn") may learn both
// languages with the first not entered yet: that guess is said at the column (LANGUAGE_ASSUMED).

import { isBlank } from '../cells';
import type { Problem } from '../model';
import { problemAt } from '../problem';
import { isExempt } from '../scales';
import { FOREIGN_LANGUAGE, isNamedLanguage, matchArea } from '../vocab';

// "Miễn" under Tiếng Anh is how vnEdu writes a language the student does not take: not rated in it.
const filled = (v: unknown) => !isBlank(v) && v !== false && !isExempt(v);

/** The columns of a named language, when the tab also has a Tiếng Anh / Ngoại ngữ column (else none: nothing to decide). */
export function namedBeside<T extends { column: number; area: string }>(columns: readonly T[], labelsOf: (c: T) => readonly string[]): Set<number> {
  if (!columns.some((c) => c.area === FOREIGN_LANGUAGE)) return new Set();
  return new Set(columns.filter((c) => isNamedLanguage(c.area, labelsOf(c))).map((c) => c.column));
}

/**
 * These rows (one class) are rated in a named language and none of them in it and in a Tiếng Anh /
 * Ngoại ngữ column too: each student's one language is its Ngoại ngữ, whether the class learns one
 * language or is split into language groups (so one tab or one tab per group count alike).
 */
export function namedOnly(rows: readonly (readonly unknown[])[], foreign: readonly number[], named: ReadonlySet<number>): boolean {
  const ratedIn = (row: readonly unknown[], columns: Iterable<number>) => [...columns].some((c) => filled(row[c]));
  return rows.some((row) => ratedIn(row, named)) && !rows.some((row) => ratedIn(row, named) && ratedIn(row, foreign));
}

/** No student of the class has anything in its Tiếng Anh / Ngoại ngữ columns, not even "Miễn". */
export function leftEmpty(rows: readonly (readonly unknown[])[], foreign: readonly number[]): boolean {
  return rows.every((row) => foreign.every((c) => isBlank(row[c]) || row[c] === false));
}

/** A language column as the school finds it: the label naming the subject ("Tiếng Anh", not vnEdu's group over it), else its whole path. */
function columnName(labels: readonly string[]): string {
  return labels.find((l) => matchArea(l) !== undefined) ?? labels.join(' ');
}

/** The warning at a class's Tiếng Anh / Ngoại ngữ header cell (1-based) when its named language was taken as its only one. */
export function languageAssumed(sheet: string, row: number, column: number, className: string, foreignLabels: readonly string[],
  namedLabels: readonly string[]): Problem {
  const [foreign, named] = [columnName(foreignLabels), columnName(namedLabels)];
  return problemAt(sheet, row, column, 'warning', 'LANGUAGE_ASSUMED',
    `Lớp ${className} có kết quả ở cột "${named}" nhưng cột "${foreign}" để trống ở mọi học sinh của lớp, nên cột "${named}" được tính là `
    + `Ngoại ngữ của lớp. Nếu lớp học cả hai thứ tiếng, hãy nhập kết quả cột "${foreign}" (khi đó cột "${named}" tính là Ngoại ngữ 2); `
    + `nếu lớp không học thứ tiếng ấy, ghi "Miễn" vào cột "${foreign}" cho học sinh của lớp.`, className);
}

/** The columns with each named language as Ngoại ngữ, the others as given. */
export function asForeign<T extends { column: number; area: string }>(columns: readonly T[], named: ReadonlySet<number>): T[] {
  return columns.map((c) => (named.has(c.column) ? { ...c, area: FOREIGN_LANGUAGE } : c));
}

/**
 * A class tab's rating columns, given its student rows: a named language the class alone is rated in
 * is its Ngoại ngữ. `assumed` holds the two columns when that was decided over an all-empty Tiếng Anh / Ngoại ngữ.
 */
export function classLanguages<T extends { column: number; area: string; labels: readonly string[] }>(columns: readonly T[],
  rows: readonly (readonly unknown[])[]): { columns: T[]; assumed?: { foreign: T; named: T } } {
  const named = namedBeside(columns, (c) => c.labels);
  const foreign = columns.filter((c) => c.area === FOREIGN_LANGUAGE);
  const at = foreign.map((c) => c.column);
  if (named.size === 0 || !namedOnly(rows, at, named)) return { columns: [...columns] };
  const assumed = leftEmpty(rows, at) ? { foreign: foreign[0], named: columns.find((c) => named.has(c.column)) as T } : undefined;
  return { columns: asForeign(columns, named), ...(assumed ? { assumed } : {}) };
}
