// Areas (PRODUCT 2.1, 2.3): subjects, năng lực, phẩm chất and the secondary result areas, in
// report order, with their primary scale, their level and the aliases a school writes.

import { foldCompact, nameIdentity } from '../text';
import { aliasTable } from './alias-table';

/** Rating scale of an area: subjects (T/H/C) or năng lực / phẩm chất (T/Đ/C). */
export type Scale = 'subject' | 'quality';

export interface AreaInfo {
  name: string;
  /** The primary scale (TT27); secondary scales come from scales.ts. */
  scale: Scale;
  /** An area of one level only: primary (Tiếng Việt, Năng lực …) or secondary (Ngữ văn, Học tập …). */
  level?: 'primary' | 'secondary';
  aliases: string[];
}

// Order here is the order of the report columns: the four areas of the seed table first, then
// the three core subjects and two result areas of a secondary table (PRODUCT 2.3). `level` marks an
// area that exists at one level only (a mixed school's table of the other level never shows it).
export const AREAS: readonly AreaInfo[] = [
  { name: 'Toán', scale: 'subject', aliases: ['Toán', 'Môn Toán', 'T.Toán'] },
  { name: 'Tiếng Việt', scale: 'subject', level: 'primary', aliases: ['Tiếng Việt', 'TV', 'Môn TV', 'Môn Tiếng Việt', 'T.Việt'] },
  { name: 'Năng lực', scale: 'quality', level: 'primary', aliases: ['Năng lực', 'NL', 'Các năng lực', 'Năng lực chung'] },
  { name: 'Phẩm chất', scale: 'quality', level: 'primary', aliases: ['Phẩm chất', 'PC', 'Các phẩm chất', 'Phẩm chất chủ yếu'] },
  { name: 'Ngữ văn', scale: 'subject', level: 'secondary', aliases: ['Ngữ văn', 'Văn', 'Môn Ngữ văn'] },
  { name: 'Ngoại ngữ', scale: 'subject', aliases: ['Ngoại ngữ', 'Ngoại ngữ 1', 'NN', 'NN1', 'Tiếng Anh', 'Anh văn', 'Ng.ngữ', 'Ng.ngữ 1'] },
  { name: 'Học tập', scale: 'quality', level: 'secondary', aliases: ['Học tập', 'Kết quả học tập', 'KQHT', 'KQ học tập', 'Học lực', 'HL', 'Xếp loại học lực', 'XLHL'] },
  { name: 'Rèn luyện', scale: 'quality', level: 'secondary', aliases: ['Rèn luyện', 'Kết quả rèn luyện', 'KQRL', 'KQ rèn luyện', 'Hạnh kiểm', 'Xếp loại hạnh kiểm', 'XLHK'] },
  { name: 'Tin học và Công nghệ', scale: 'subject', level: 'primary', aliases: ['Tin học và Công nghệ', 'Tin học - Công nghệ', 'TH&CN', 'THCN', 'Tin học & Công nghệ'] },
  { name: 'Tin học', scale: 'subject', aliases: ['Tin học', 'Tin'] },
  { name: 'Công nghệ', scale: 'subject', aliases: ['Công nghệ', 'C.nghệ'] },
  { name: 'Khoa học', scale: 'subject', level: 'primary', aliases: ['Khoa học', 'KH'] },
  { name: 'Lịch sử và Địa lí', scale: 'subject', aliases: ['Lịch sử và Địa lí', 'Lịch sử và Địa lý', 'Lịch sử - Địa lí', 'Lịch sử Địa lí', 'LS&ĐL', 'LSĐL', 'LS-ĐL', 'Sử - Địa'] },
  { name: 'Tự nhiên và Xã hội', scale: 'subject', level: 'primary', aliases: ['Tự nhiên và Xã hội', 'TN&XH', 'TNXH', 'Tự nhiên - Xã hội'] },
  { name: 'Đạo đức', scale: 'subject', level: 'primary', aliases: ['Đạo đức', 'ĐĐ'] },
  { name: 'Giáo dục thể chất', scale: 'subject', aliases: ['Giáo dục thể chất', 'GDTC', 'Thể dục', 'TD'] },
  { name: 'Nghệ thuật', scale: 'subject', aliases: ['Nghệ thuật'] },
  { name: 'Âm nhạc', scale: 'subject', aliases: ['Âm nhạc', 'Nhạc'] },
  { name: 'Mĩ thuật', scale: 'subject', aliases: ['Mĩ thuật', 'Mỹ thuật'] },
  { name: 'Hoạt động trải nghiệm', scale: 'subject', aliases: ['Hoạt động trải nghiệm', 'HĐTN', 'HĐTN, HN', 'Hoạt động trải nghiệm, hướng nghiệp', 'HĐTN&HN', 'HĐTNHN'] },
  { name: 'Tiếng dân tộc', scale: 'subject', aliases: ['Tiếng dân tộc', 'Tiếng dân tộc thiểu số'] },
  { name: 'Khoa học tự nhiên', scale: 'subject', level: 'secondary', aliases: ['Khoa học tự nhiên', 'KHTN'] },
  { name: 'Giáo dục công dân', scale: 'subject', level: 'secondary', aliases: ['Giáo dục công dân', 'GDCD'] },
  { name: 'Nội dung giáo dục địa phương', scale: 'subject', aliases: ['Nội dung giáo dục địa phương', 'GDĐP', 'Giáo dục địa phương', 'NDGDĐP', 'NDGDCĐP', 'Nội dung giáo dục của địa phương'] },
  { name: 'Vật lí', scale: 'subject', level: 'secondary', aliases: ['Vật lí', 'Vật lý', 'Lí', 'Lý'] },
  { name: 'Hóa học', scale: 'subject', level: 'secondary', aliases: ['Hóa học', 'Hóa'] },
  { name: 'Sinh học', scale: 'subject', level: 'secondary', aliases: ['Sinh học', 'Sinh'] },
  { name: 'Lịch sử', scale: 'subject', level: 'secondary', aliases: ['Lịch sử', 'Sử'] },
  { name: 'Địa lí', scale: 'subject', level: 'secondary', aliases: ['Địa lí', 'Địa lý', 'Địa'] },
  { name: 'Giáo dục kinh tế và pháp luật', scale: 'subject', level: 'secondary', aliases: ['Giáo dục kinh tế và pháp luật', 'GDKT&PL', 'GDKTPL', 'Kinh tế và pháp luật'] },
  { name: 'Giáo dục quốc phòng và an ninh', scale: 'subject', level: 'secondary', aliases: ['Giáo dục quốc phòng và an ninh', 'GDQP&AN', 'GDQPAN', 'GDQP', 'Quốc phòng'] },
  { name: 'Ngoại ngữ 2', scale: 'subject', level: 'secondary', aliases: ['Ngoại ngữ 2', 'NN2', 'Tiếng Pháp', 'Tiếng Nhật', 'Tiếng Trung', 'Tiếng Hàn', 'Tiếng Đức', 'Tiếng Nga'] },
];

/** Subjects a combined subject's header may split into ("KHTN" merged over Lí | Hóa | Sinh; TT22 Nghệ thuật over Âm nhạc | Mĩ thuật). */
const COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  'Khoa học tự nhiên': ['Vật lí', 'Hóa học', 'Sinh học'],
  'Nghệ thuật': ['Âm nhạc', 'Mĩ thuật'],
  'Lịch sử và Địa lí': ['Lịch sử', 'Địa lí'],
  'Tin học và Công nghệ': ['Tin học', 'Công nghệ'],
};

/** True when `area` is one of the subjects the combined subject `group` splits into. */
export function isComponentOf(area: string, group: string): boolean {
  return COMPONENTS[group]?.includes(area) ?? false;
}

/**
 * The combined subject of primary school a secondary-only subject is part of: "Lịch sử" and "Địa lí"
 * are rated at primary as Lịch sử và Địa lí (TT27, khối 4–5). Undefined for any other area.
 */
export function primaryGroupOf(area: string): string | undefined {
  if (areaInfo(area)?.level !== 'secondary') return undefined;
  return Object.keys(COMPONENTS).find((group) => areaInfo(group)?.level !== 'secondary' && isComponentOf(area, group));
}

export const FOREIGN_LANGUAGE = 'Ngoại ngữ';
export const SECOND_FOREIGN = 'Ngoại ngữ 2';
/** "Ngoại ngữ 2", "NN2" written as such: the second language whatever else the tab has. */
const SAID_SECOND = /ngoaingu2|nn2/;

/** A foreign-language area, the first or the second: a language label under either is that column's (languages.ts). */
export const isLanguageArea = (area: string | undefined) => area === FOREIGN_LANGUAGE || area === SECOND_FOREIGN;

/** A language named ("Tiếng Pháp", "Tiếng Nhật" …, Ngoại ngữ 2 in the vocabulary), not written "Ngoại ngữ 2" / "NN2". */
export function isNamedLanguage(area: string | undefined, labels: readonly string[]): boolean {
  return area === SECOND_FOREIGN && !labels.some((l) => SAID_SECOND.test(foldCompact(l)));
}

/**
 * A named language is the tab's Ngoại ngữ when the tab has no other foreign-language column (PRODUCT 2.3's compulsory
 * Ngoại ngữ; review-7 F8); beside Tiếng Anh / Ngoại ngữ it stays Ngoại ngữ 2 (a Danh sách decides again per class:
 * read/languages.ts). New columns where the area changes, the others as given.
 */
export function onlyLanguageAsForeign<T extends { area?: string }>(columns: readonly T[], labelsOf: (c: T) => readonly string[]): T[] {
  if (columns.some((c) => c.area === FOREIGN_LANGUAGE)) return [...columns];
  return columns.map((c) => (isNamedLanguage(c.area, labelsOf(c)) ? { ...c, area: FOREIGN_LANGUAGE } : c));
}

export function areaOrder(name: string): number {
  const index = AREAS.findIndex((a) => a.name === name);
  return index < 0 ? AREAS.length : index;
}

export function areaInfo(name: string): AreaInfo | undefined {
  return AREAS.find((a) => a.name === name);
}

export const AREA_BY_ALIAS = aliasTable(AREAS.map((a) => [a.aliases, a.name] as [string[], string]));

/** "TV" → 'Tiếng Việt'; undefined when the text names no area. */
export function matchArea(text: string): string | undefined {
  return AREA_BY_ALIAS.get(foldCompact(text));
}

// Lower-cased NFC keeping every diacritic (the oa/oe/uy tone place made one: "Hóa", "Hoá"), without spaces or
// punctuation: where a text may be a person's name, "Hoa" and "Toàn" must not read as Hóa and Toán.
const strictKey = (text: string) => nameIdentity(text).replace(/[\s\-–—_.,:;/\\|&+()[\]{}'"*#]+/g, '');
const AREA_BY_STRICT_ALIAS = new Map(AREAS.flatMap((a) => a.aliases.map((alias) => [strictKey(alias), a.name] as [string, string])));

/** matchArea with the diacritics as written: "Toán", "Hoá", "TV" → their area; "Toàn", "Hoa", "Toan" → undefined. */
export function matchAreaStrictly(text: string): string | undefined {
  return AREA_BY_STRICT_ALIAS.get(strictKey(text));
}
