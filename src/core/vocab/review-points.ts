// Review points (PRODUCT 2.1, 2.3): their codes in order, labels, default months and the aliases
// a school writes, read as a whole label or found inside a longer title.

import { fold, foldCompact } from '../text';
import { aliasTable } from './alias-table';

export type ReviewPointCode = 'DN' | 'GKI' | 'CKI' | 'GKII' | 'CKII' | 'CN';

export interface ReviewPointInfo {
  code: ReviewPointCode;
  label: string;
  short: string;
  /** Default calendar month of the review (9 = September); configurable in Cấu hình. */
  defaultMonth: number;
  aliases: string[];
}

export const REVIEW_POINTS: readonly ReviewPointInfo[] = [
  {
    code: 'DN', label: 'Đầu năm', short: 'ĐN', defaultMonth: 9,
    aliases: ['Đầu năm', 'ĐN', 'Đầu năm học', 'Đầu kì', 'Đầu kỳ'],
  },
  {
    code: 'GKI', label: 'Giữa học kì I', short: 'GHKI', defaultMonth: 11,
    aliases: ['GKI', 'GHKI', 'Giữa HKI', 'Giữa kì I', 'Giữa kỳ I', 'Giữa học kì I', 'Giữa học kỳ I',
      'GK1', 'GHK1', 'Giữa HK1', 'Giữa kì 1', 'Giữa kỳ 1', 'Giữa học kì 1', 'Giữa học kỳ 1', 'GK I', 'GHK I'],
  },
  {
    code: 'CKI', label: 'Cuối học kì I', short: 'CHKI', defaultMonth: 12,
    aliases: ['CKI', 'CHKI', 'Cuối HKI', 'Cuối kì I', 'Cuối kỳ I', 'Cuối học kì I', 'Cuối học kỳ I',
      'CK1', 'CHK1', 'Cuối HK1', 'Cuối kì 1', 'Cuối kỳ 1', 'Cuối học kì 1', 'Cuối học kỳ 1', 'HKI', 'HK1',
      'Học kì I', 'Học kỳ I', 'Học kì 1', 'Học kỳ 1', 'CK I', 'CHK I'],
  },
  {
    code: 'GKII', label: 'Giữa học kì II', short: 'GHKII', defaultMonth: 3,
    aliases: ['GKII', 'GHKII', 'Giữa HKII', 'Giữa kì II', 'Giữa kỳ II', 'Giữa học kì II', 'Giữa học kỳ II',
      'GK2', 'GHK2', 'Giữa HK2', 'Giữa kì 2', 'Giữa kỳ 2', 'Giữa học kì 2', 'Giữa học kỳ 2', 'GK II', 'GHK II'],
  },
  {
    // Cuối kì II exists only at secondary (TT22 rates semester II on its own); at primary a label
    // naming it is Cuối năm (levels.ts pointAtLevel).
    code: 'CKII', label: 'Cuối học kì II', short: 'CHKII', defaultMonth: 5,
    aliases: ['CKII', 'CHKII', 'Cuối HKII', 'Cuối kì II', 'Cuối kỳ II', 'Cuối học kì II', 'Cuối học kỳ II', 'CK2', 'CHK2',
      'Cuối HK2', 'Cuối kì 2', 'Cuối kỳ 2', 'Cuối học kì 2', 'Cuối học kỳ 2', 'HKII', 'HK2', 'CK II', 'CHK II', 'HK II',
      'Học kì II', 'Học kỳ II', 'Học kì 2', 'Học kỳ 2'],
  },
  {
    code: 'CN', label: 'Cuối năm', short: 'CN', defaultMonth: 5,
    aliases: ['CN', 'Cuối năm', 'Cuối năm học', 'Cả năm', 'Cả năm học'],
  },
];

export const REVIEW_POINT_CODES: readonly ReviewPointCode[] = REVIEW_POINTS.map((p) => p.code);

export function reviewPointInfo(code: ReviewPointCode): ReviewPointInfo {
  return REVIEW_POINTS.find((p) => p.code === code) as ReviewPointInfo;
}

export const REVIEW_POINT_BY_ALIAS = aliasTable(REVIEW_POINTS.map((p) => [p.aliases, p.code] as [string[], ReviewPointCode]));

/** "Giữa HKI" → 'GKI'; undefined when the text names no review point. */
export function matchReviewPoint(text: string): ReviewPointCode | undefined {
  return REVIEW_POINT_BY_ALIAS.get(foldCompact(text));
}

// Review-point names inside a longer text ("BẢNG TỔNG HỢP … CUỐI HỌC KÌ I", "Đánh giá Cuối năm
// học 2025-2026"): only aliases of two words or more, matched as whole words, longest first, so
// "Cuối học kì I" is not found inside "Cuối học kì II" and "Học kì I" not inside "Giữa học kì I".
const REVIEW_POINT_PHRASES: Array<{ pattern: RegExp; code: ReviewPointCode }> = REVIEW_POINTS
  .flatMap((p) => p.aliases.map((alias) => ({ words: fold(alias), code: p.code })))
  .filter((a) => a.words.includes(' '))
  .sort((a, b) => b.words.length - a.words.length)
  .map((a) => ({ pattern: new RegExp(`(^|[^a-z0-9])${a.words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')}(?![a-z0-9])`), code: a.code }));

/** The review point a title names somewhere inside it; undefined when none. */
export function findReviewPointIn(text: string): ReviewPointCode | undefined {
  const folded = fold(text);
  return REVIEW_POINT_PHRASES.find((p) => p.pattern.test(folded))?.code;
}
