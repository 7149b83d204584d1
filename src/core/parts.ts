// The parts of an area a school may rate one by one (Thông tư 27/2020): Tiếng Việt as Đọc, Viết,
// Nói và nghe; Năng lực as its three general and seven specific competences; Phẩm chất as its five
// qualities. A part rolls up into its area: a need in any part is one need in the area.

import { fold, foldCompact } from './text';
import { labelWords } from './vocab';
import { REVIEW_POINT_BY_ALIAS, type ReviewPointCode } from './vocab/review-points';

interface PartInfo {
  area: string;
  name: string;
  aliases: string[];
}

const PARTS: readonly PartInfo[] = [
  { area: 'Tiếng Việt', name: 'Đọc', aliases: ['Đọc', 'Đọc hiểu', 'Đọc thành tiếng'] },
  { area: 'Tiếng Việt', name: 'Viết', aliases: ['Viết', 'Chính tả', 'Tập làm văn'] },
  { area: 'Tiếng Việt', name: 'Nói và nghe', aliases: ['Nói và nghe', 'Nói - nghe', 'Nghe nói', 'Nghe - nói'] },
  { area: 'Năng lực', name: 'Tự chủ và tự học', aliases: ['Tự chủ và tự học', 'Tự chủ, tự học', 'Tự chủ - tự học', 'Tự chủ', 'TC-TH', 'TCTH'] },
  { area: 'Năng lực', name: 'Giao tiếp và hợp tác', aliases: ['Giao tiếp và hợp tác', 'Giao tiếp, hợp tác', 'Giao tiếp - hợp tác', 'Giao tiếp', 'GT-HT', 'GTHT'] },
  {
    area: 'Năng lực', name: 'Giải quyết vấn đề và sáng tạo',
    aliases: ['Giải quyết vấn đề và sáng tạo', 'Giải quyết vấn đề', 'GQVĐ và sáng tạo', 'GQVĐ và ST', 'GQVĐ&ST', 'GQVĐ-ST', 'GQVĐ', 'GQVĐST'],
  },
  { area: 'Năng lực', name: 'Ngôn ngữ', aliases: ['Ngôn ngữ'] },
  { area: 'Năng lực', name: 'Tính toán', aliases: ['Tính toán'] },
  { area: 'Năng lực', name: 'Khoa học', aliases: ['Khoa học'] },
  { area: 'Năng lực', name: 'Công nghệ', aliases: ['Công nghệ'] },
  { area: 'Năng lực', name: 'Tin học', aliases: ['Tin học'] },
  { area: 'Năng lực', name: 'Thẩm mĩ', aliases: ['Thẩm mĩ', 'Thẩm mỹ'] },
  { area: 'Năng lực', name: 'Thể chất', aliases: ['Thể chất'] },
  { area: 'Phẩm chất', name: 'Yêu nước', aliases: ['Yêu nước'] },
  { area: 'Phẩm chất', name: 'Nhân ái', aliases: ['Nhân ái'] },
  { area: 'Phẩm chất', name: 'Chăm chỉ', aliases: ['Chăm chỉ'] },
  { area: 'Phẩm chất', name: 'Trung thực', aliases: ['Trung thực'] },
  { area: 'Phẩm chất', name: 'Trách nhiệm', aliases: ['Trách nhiệm'] },
];

const words = (text: string) => fold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0);

const BY_ALIAS = new Map<string, PartInfo>();
const WORDS = PARTS.flatMap((p) => p.aliases.map((alias) => ({ part: p, words: words(alias) })));
for (const p of PARTS) for (const alias of p.aliases) BY_ALIAS.set(p.area + '|' + foldCompact(alias), p);

/** The names of an area's parts, for messages ("Đọc, Viết, Nói và nghe"). */
export function partNames(area: string): string[] {
  return PARTS.filter((p) => p.area === area).map((p) => p.name);
}

/** True when the area can be rated in parts. */
export function hasParts(area: string): boolean {
  return PARTS.some((p) => p.area === area);
}

/** The label names exactly this part of the area ("Tự chủ, tự học" under Năng lực). */
export function matchPart(text: string, area: string): string | undefined {
  return BY_ALIAS.get(area + '|' + foldCompact(text))?.name;
}

/**
 * The one part of the area named inside a longer label ("GKI - TV (Đọc)" → Đọc), as whole words;
 * undefined when it names none or several ("Tiếng Việt (Đọc - Viết)" is the whole area).
 */
export function partInside(text: string, area: string): string | undefined {
  // The area's own name is no part of it: the "Việt" of "Tiếng Việt" is not Viết.
  const have = ` ${words(text).join(' ')} `.split(` ${words(area).join(' ')} `).join(' ').split(' ').filter((w) => w !== '');
  const found = new Set<string>();
  for (const { part, words: seq } of WORDS) {
    if (part.area !== area) continue;
    for (let i = 0; i + seq.length <= have.length; i++) {
      if (seq.every((w, k) => have[i + k] === w)) {
        found.add(part.name);
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A label that is a part of exactly one area ("Giao tiếp và hợp tác" → Năng lực), else undefined. */
export function partOfOneArea(text: string): { area: string; part: string } | undefined {
  const key = foldCompact(text);
  const found = PARTS.filter((p) => p.aliases.some((alias) => foldCompact(alias) === key));
  return found.length === 1 ? { area: found[0].area, part: found[0].name } : undefined;
}

/**
 * A one-row label naming a review point and a part of one area, the area unwritten: "GKI - Chăm chỉ",
 * "Tự chủ và tự học (CKI)". Tried on every split between words, point first or last, as for "GKI - Toán".
 */
export function pointAndPart(text: string): { reviewPoint: ReviewPointCode; area: string; part: string } | undefined {
  const all = labelWords(text);
  for (let cut = 1; cut < all.length; cut++) {
    const head = all.slice(0, cut).join('');
    const tail = all.slice(cut).join('');
    const point = REVIEW_POINT_BY_ALIAS.get(head) ?? REVIEW_POINT_BY_ALIAS.get(tail);
    const part = partOfOneArea(REVIEW_POINT_BY_ALIAS.has(head) ? tail : head);
    if (point && part) return { reviewPoint: point, ...part };
  }
  return undefined;
}
