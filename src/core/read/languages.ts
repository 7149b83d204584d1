// Classes taught different languages (issue 17; review-7 F8, decided per class). A tab with a Tiếng
// Anh / Ngoại ngữ column reads a named language ("Tiếng Pháp") beside it as Ngoại ngữ 2 (vocab
// onlyLanguageAsForeign). Per class, the cells may say otherwise; a roster often marks only the
// needs (PRODUCT 2.1), so an empty cell is no evidence that a student does not learn a language:
// - a student rated in both: the class learns both, the named one stays Ngoại ngữ 2;
// - nobody rated in Tiếng Anh / Ngoại ngữ: the named language is the class's Ngoại ngữ (an English
//   class and a French-only class in one tab). Written "Miễn", the class says so; left empty, it
//   may learn both with English not entered yet or no need in it, so the guess is said (LANGUAGE_ASSUMED);
// - some rated in English, others in the named language only: a class split into language groups
//   when each of the others writes "Miễn" under Tiếng Anh (the named language is then their Ngoại
//   ngữ); else it stays Ngoại ngữ 2 and that is said, since a split class without "Miễn" looks alike.

import { isBlank } from '../cells';
import type { Problem } from '../model';
import { problemAt } from '../problem';
import { isExempt } from '../scales';
import { FOREIGN_LANGUAGE, isNamedLanguage, matchArea } from '../vocab';

type Row = readonly unknown[];

// "Miễn" under Tiếng Anh is how vnEdu writes a language the student does not take: not rated in it.
const filled = (v: unknown) => !isBlank(v) && v !== false && !isExempt(v);
const ratedIn = (row: Row, columns: Iterable<number>) => [...columns].some((c) => filled(row[c]));
const exemptIn = (row: Row, columns: readonly number[]) => columns.some((c) => isExempt(row[c]));

/** The columns of a named language, when the tab also has a Tiếng Anh / Ngoại ngữ column (else none: nothing to decide). */
export function namedBeside<T extends { column: number; area: string }>(columns: readonly T[], labelsOf: (c: T) => readonly string[]): Set<number> {
  if (!columns.some((c) => c.area === FOREIGN_LANGUAGE)) return new Set();
  return new Set(columns.filter((c) => isNamedLanguage(c.area, labelsOf(c))).map((c) => c.column));
}

/** What one class's rows say of its named language: its Ngoại ngữ (`only`), and whether that reading is a guess to say. */
export interface LanguageVerdict {
  only: boolean;
  /** 'assumed': taken as the Ngoại ngữ over an empty Tiếng Anh; 'second': kept as Ngoại ngữ 2 beside students rated in the named one only. */
  said?: 'assumed' | 'second';
}

/** The verdict for one class's rows, given its Tiếng Anh / Ngoại ngữ columns and its named-language columns (see the header). */
export function languageVerdict(rows: readonly Row[], foreign: readonly number[], named: ReadonlySet<number>): LanguageVerdict {
  const namedRows = rows.filter((row) => ratedIn(row, named));
  if (namedRows.length === 0 || namedRows.some((row) => ratedIn(row, foreign))) return { only: false };
  if (!rows.some((row) => ratedIn(row, foreign))) return rows.some((row) => exemptIn(row, foreign)) ? { only: true } : { only: true, said: 'assumed' };
  return namedRows.every((row) => exemptIn(row, foreign)) ? { only: true } : { only: false, said: 'second' };
}

/** A language column as the school finds it: the label naming the subject ("Tiếng Anh", not vnEdu's group over it), else its whole path. */
function columnName(labels: readonly string[]): string {
  return labels.find((l) => matchArea(l) !== undefined) ?? labels.join(' ');
}

/** The two columns a verdict's warning names: the first Tiếng Anh / Ngoại ngữ and the first named language, by their header labels. */
export interface LanguageColumns { foreign: { column: number; labels: readonly string[] }; named: { column: number; labels: readonly string[] } }

/** The warning of a verdict that is a guess, at the header cell (row 1-based) of the column it is about. */
export function languageSaid(sheet: string, row: number, className: string, said: 'assumed' | 'second', at: LanguageColumns): Problem {
  const [foreign, named] = [columnName(at.foreign.labels), columnName(at.named.labels)];
  if (said === 'assumed') {
    return problemAt(sheet, row, at.foreign.column + 1, 'warning', 'LANGUAGE_ASSUMED',
      `Lớp ${className} có kết quả ở cột "${named}" nhưng không em nào có gì ở cột "${foreign}", nên "${named}" được tính là Ngoại ngữ `
      + `của lớp. Nếu lớp không học thứ tiếng ở cột "${foreign}", ghi "Miễn" vào cột ấy cho các em của lớp (THCS, THPT), hoặc chép lớp `
      + `sang một trang Danh sách riêng không có cột ấy. Nếu lớp học cả hai thứ tiếng ("${named}" là Ngoại ngữ 2), ghi kết quả vào cột "${foreign}" cho các em.`, className);
  }
  return problemAt(sheet, row, at.named.column + 1, 'warning', 'LANGUAGE_ASSUMED',
    `Lớp ${className} có em có kết quả ở cột "${foreign}" nên "${named}" được tính là Ngoại ngữ 2 của lớp, dù có em chỉ có kết quả `
    + `"${named}". Nếu lớp chia nhóm ngoại ngữ và "${named}" là ngoại ngữ duy nhất của các em ấy, ghi "Miễn" vào cột "${foreign}" `
    + `cho các em ấy (THCS, THPT), hoặc chép nhóm ấy sang một trang Danh sách riêng không có cột "${foreign}"; nếu lớp học cả hai thứ tiếng, không cần sửa gì.`, className);
}

/** The columns with each named language as Ngoại ngữ, the others as given. */
export function asForeign<T extends { column: number; area: string }>(columns: readonly T[], named: ReadonlySet<number>): T[] {
  return columns.map((c) => (named.has(c.column) ? { ...c, area: FOREIGN_LANGUAGE } : c));
}

/**
 * A class tab's rating columns, given its student rows: a named language that is the class's only
 * one is its Ngoại ngữ. `said`: the warning's kind and columns when the reading is a guess.
 */
export function classLanguages<T extends { column: number; area: string; labels: readonly string[] }>(columns: readonly T[],
  rows: readonly Row[]): { columns: T[]; said?: { kind: 'assumed' | 'second'; at: LanguageColumns } } {
  const named = namedBeside(columns, (c) => c.labels);
  if (named.size === 0) return { columns: [...columns] };
  const foreign = columns.filter((c) => c.area === FOREIGN_LANGUAGE);
  const verdict = languageVerdict(rows, foreign.map((c) => c.column), named);
  const at = { foreign: foreign[0], named: columns.find((c) => named.has(c.column)) as T };
  return { columns: verdict.only ? asForeign(columns, named) : [...columns], ...(verdict.said ? { said: { kind: verdict.said, at } } : {}) };
}
