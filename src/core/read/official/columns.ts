// What each column of an official tab holds, from its path of header labels: a subject's rating
// (vnEdu's "Mức đạt được" under the subject, or a secondary subject over "(HS 1)" / "(N.xét)"),
// a năng lực or phẩm chất, a score, Buổi nghỉ, "Chưa lên lớp", or something known and not read.

import { cellText } from '../../cells';
import type { MergedRange } from '../../model';
import { fold } from '../../text';
import { matchArea, matchField, onlyLanguageAsForeign, type ReviewPointCode, type RosterField, type Scale } from '../../vocab';
import { pathTexts, readHeaderTree, type HeaderColumn } from '../header-tree';
import { classifySecondary, type AbsencePart } from '../official-secondary';
import type { OfficialColumn, OfficialColumnKind } from './types';

// Group labels of vnEdu's top header row, and the labels under a subject.
const SUBJECT_GROUP = /\bmon hoc\b|\bhoat dong giao duc\b/;
const ABILITIES = /\bnang luc\b/;
const QUALITIES = /\bpham chat\b/;
const NOT_PROMOTED = /\bchua len lop\b|\bo lai lop\b/;
const IGNORED_GROUP = /\bkqgd\b|\bket qua giao duc\b|\bdanh gia kqgd\b|\bkhen thuong\b|\bnhan xet\b/;
const RATING_LABEL = /^(muc dat duoc|muc dat|muc|danh gia|xep loai|muc danh gia|ket qua)$/;
const SCORE_LABEL = /^(diem( ktdk| kiem tra( dinh ki| dinh ky)?| kt| ktck| ktdk cuoi ki)?|ktdk)$/;

/**
 * "Tin học và Công nghệ (Công nghệ)" → Công nghệ; "Môn Toán" → Toán; undefined when unknown. The
 * brackets name the subject only when they name a part of the label before them: "Công nghệ (NN)"
 * is Công nghệ (Nông nghiệp), never Ngoại ngữ.
 */
export function matchSubject(label: string): string | undefined {
  const inner = /\(([^)]*)\)\s*$/.exec(label);
  if (inner) {
    const named = matchArea(inner[1]);
    const outer = withoutSubjectWord(label.slice(0, inner.index).replace(/\([^)]*\)/g, ''));
    const outerArea = matchArea(outer);
    if (named && (!outerArea || outerArea === named || fold(outer).includes(fold(inner[1])))) return named;
  }
  const whole = matchArea(label);
  if (whole) return whole;
  return matchArea(withoutSubjectWord(label.replace(/\([^)]*\)/g, '')));
}

/** "Môn Toán", "Môn: Toán", "1. Môn Toán", "- Môn Toán": the label without its numbering and the word "Môn". */
function withoutSubjectWord(label: string): string {
  return label.normalize('NFC').replace(/^[\s\d.)\-–•*]*môn(?![\p{L}\p{M}])[\s:.\-–]*/iu, '');
}

export interface Classified {
  kind: OfficialColumnKind;
  hint?: 'score' | 'comment';
  part?: AbsencePart;
  area?: string;
  scale: Scale;
  /** Subject label not in the vocabulary: counted under its own name, with a warning. */
  unknownSubject?: string;
  /** True when a vnEdu-style label (group, "Mức đạt được") placed the column. */
  marked: boolean;
  /** A column known to hold something else (KQGD, Khen thưởng, Nhận xét). */
  ignored?: boolean;
  /**
   * A known subject over a sub-header that names no score nor comment, or the score of another
   * review point than the tab's (`otherPoint`): not read, a problem at the sub-header.
   */
  unread?: { area: string; label: string; otherPoint?: ReviewPointCode; unclear?: 'term' | 'cn' };
}

/** A primary column by its labels: a subject, a năng lực or phẩm chất, a score, or other. */
function classifyPrimary(present: string[], folded: string[]): Classified {
  // vnEdu names each năng lực and phẩm chất under its group; a school's sheet has one "Năng lực" column.
  if (folded.some((l) => ABILITIES.test(l))) return { kind: 'rating', area: 'Năng lực', scale: 'quality', marked: present.length > 1 };
  if (folded.some((l) => QUALITIES.test(l))) return { kind: 'rating', area: 'Phẩm chất', scale: 'quality', marked: present.length > 1 };
  // Stryker disable next-line StringLiteral: the leaf is only tested against anchored labels, which match neither text
  const leaf = folded[folded.length - 1] ?? '';
  const grouped = folded.some((l) => SUBJECT_GROUP.test(l));
  if (SCORE_LABEL.test(leaf)) return { kind: 'score', scale: 'subject', marked: grouped };
  const rated = RATING_LABEL.test(leaf);
  const names = present.filter((_, i) => !SUBJECT_GROUP.test(folded[i]) && !RATING_LABEL.test(folded[i]));
  const subject = names[names.length - 1];
  if (!subject) return { kind: 'other', scale: 'subject', marked: grouped || rated };
  const area = matchSubject(subject);
  if (area) return { kind: 'rating', area, scale: 'subject', marked: grouped || rated };
  // An unknown label is a subject only inside the subject group or over "Mức đạt được".
  return grouped || rated
    ? { kind: 'rating', area: subject, scale: 'subject', unknownSubject: subject, marked: true }
    : { kind: 'other', scale: 'subject', marked: false };
}

export function classify(labels: string[], atSecondary = false, tabPoint?: ReviewPointCode): Classified {
  const secondary = classifySecondary(labels, matchSubject, atSecondary, tabPoint);
  if (secondary?.kind === 'unread') {
    return { kind: 'other', scale: 'subject', marked: true, ignored: true,
      // Stryker disable next-line StringLiteral: never used: every unread result carries an area and a label
      unread: { area: secondary.area ?? '', label: secondary.label ?? '', ...(secondary.otherPoint ? { otherPoint: secondary.otherPoint } : {}),
        ...(secondary.unclear ? { unclear: secondary.unclear } : {}) } };
  }
  if (secondary?.kind === 'rating') {
    return { kind: 'rating', area: secondary.area, scale: 'subject', hint: secondary.hint, marked: true,
      ...(secondary.unknownSubject ? { unknownSubject: secondary.unknownSubject } : {}) };
  }
  if (secondary?.kind === 'absence') return { kind: 'absence', part: secondary.part, scale: 'subject', marked: true };
  if (secondary?.kind === 'known') return { kind: 'other', scale: 'subject', marked: true, ignored: true };
  const present = labels.filter((l) => l !== '');
  const folded = present.map(fold);
  if (folded.some((l) => NOT_PROMOTED.test(l))) return { kind: 'notPromoted', scale: 'subject', marked: true };
  if (folded.some((l) => IGNORED_GROUP.test(l))) return { kind: 'other', scale: 'subject', marked: true, ignored: true };
  return classifyPrimary(present, folded);
}

export type PlacedColumn = Classified & { c: number; labels: string[] };

export interface PlacedColumns {
  /** Every column of the header tree with what its labels say. */
  classified: PlacedColumn[];
  /** The columns read (not 'other'). */
  columns: OfficialColumn[];
  /** Columns of roster fields (name, Mã HS, …): outside the tree. */
  fieldColumns: Set<number>;
  /**
   * Buổi nghỉ columns that repeat a part (the P | K | Tổng row deleted under a "Buổi nghỉ" merged over
   * three columns: each would read as the Tổng): none is read; the group's label cell (0-based) and text.
   */
  absenceUnclear?: { row: number; column: number; text: string };
}

/**
 * Absence columns naming the same part twice: which is P, K or Tổng is not guessed, so none is
 * read (they become 'other', ignored) and the first one's group label is returned.
 */
function withoutRepeatedParts(tree: HeaderColumn[], classified: PlacedColumn[]): { classified: PlacedColumn[]; unclear?: PlacedColumns['absenceUnclear'] } {
  const absent = classified.filter((x) => x.kind === 'absence');
  if (new Set(absent.map((x) => x.part)).size === absent.length) return { classified };
  const label = tree.find((t) => t.column === absent[0].c)?.path[0];
  return {
    classified: classified.map((x) => (x.kind === 'absence' ? { c: x.c, labels: x.labels, kind: 'other', scale: 'subject', marked: true, ignored: true } : x)),
    // Stryker disable next-line StringLiteral: never used: an absence column has labels, so its header path has a first label
    unclear: { row: label?.row ?? 0, column: label?.column ?? absent[0].c, text: label?.text ?? '' },
  };
}

/** Reads the header rows as a tree and says what each column holds. */
export function placeColumns(values: unknown[][], merges: readonly MergedRange[] | undefined, headerRow: number,
  fields: Partial<Record<RosterField, number>>, headerRows: number[], secondary = false, tabPoint?: ReviewPointCode): PlacedColumns {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const fieldColumns = new Set(Object.values(fields) as number[]);
  // Every name-like or id-like label (vnEdu's hidden second "Họ và tên" column) is a field, not a rating.
  for (let c = 0; c < width; c++) if (matchField(cellText(values[headerRow][c]))) fieldColumns.add(c);
  const tree = readHeaderTree(values, merges, headerRows, { width, stop: fieldColumns });
  const placed = onlyLanguageAsForeign(tree.map((column) => ({ c: column.column, labels: pathTexts(column), ...classify(pathTexts(column), secondary, tabPoint) })), (x) => x.labels);
  const { classified, unclear } = withoutRepeatedParts(tree, placed);
  const columns: OfficialColumn[] = classified
    .filter((x) => x.kind !== 'other')
    .map((x) => ({
      column: x.c, kind: x.kind, area: x.area ?? '', scale: x.scale, labels: x.labels,
      ...(x.hint ? { hint: x.hint } : {}), ...(x.part ? { part: x.part } : {}),
    }));
  return { classified, columns, fieldColumns, ...(unclear ? { absenceUnclear: unclear } : {}) };
}
