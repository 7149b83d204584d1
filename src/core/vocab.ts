// The words a school writes: review points, areas, roster headers and rating values, with the
// aliases PRODUCT.md 2.1 requires. Every lookup goes through foldCompact(), so case, spacing,
// diacritics and NFC/NFD never matter.

import { memoize } from './collections';
import { fold, foldCompact } from './text';

export { readDisability } from './hskt';

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
  { name: 'Học tập', scale: 'quality', level: 'secondary', aliases: ['Học tập', 'Kết quả học tập', 'KQHT', 'KQ học tập', 'Học lực', 'Xếp loại học lực'] },
  { name: 'Rèn luyện', scale: 'quality', level: 'secondary', aliases: ['Rèn luyện', 'Kết quả rèn luyện', 'KQRL', 'KQ rèn luyện', 'Hạnh kiểm', 'Xếp loại hạnh kiểm'] },
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

export function areaOrder(name: string): number {
  const index = AREAS.findIndex((a) => a.name === name);
  return index < 0 ? AREAS.length : index;
}

export function areaInfo(name: string): AreaInfo | undefined {
  return AREAS.find((a) => a.name === name);
}

function aliasTable<T>(entries: Array<[string[], T]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [aliases, value] of entries) {
    for (const alias of aliases) table.set(foldCompact(alias), value);
  }
  return table;
}

const REVIEW_POINT_BY_ALIAS = aliasTable(REVIEW_POINTS.map((p) => [p.aliases, p.code] as [string[], ReviewPointCode]));
const AREA_BY_ALIAS = aliasTable(AREAS.map((a) => [a.aliases, a.name] as [string[], string]));

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

/** "TV" → 'Tiếng Việt'; undefined when the text names no area. */
export function matchArea(text: string): string | undefined {
  return AREA_BY_ALIAS.get(foldCompact(text));
}

/**
 * A one-row combined label: "GKI - Toán", "Toán (GHKI)", "Toán GKI", "Đầu năm TV".
 * Tries every split of the compact label into review point + area, in either order.
 */
export function matchCombinedLabel(text: string): { reviewPoint: ReviewPointCode; area: string } | undefined {
  const compact = foldCompact(text);
  for (let cut = 1; cut < compact.length; cut++) {
    const head = compact.slice(0, cut);
    const tail = compact.slice(cut);
    const pointFirst = REVIEW_POINT_BY_ALIAS.get(head);
    const areaLast = AREA_BY_ALIAS.get(tail);
    if (pointFirst && areaLast) return { reviewPoint: pointFirst, area: areaLast };
    const areaFirst = AREA_BY_ALIAS.get(head);
    const pointLast = REVIEW_POINT_BY_ALIAS.get(tail);
    if (areaFirst && pointLast) return { reviewPoint: pointLast, area: areaFirst };
  }
  return undefined;
}

/** What a header cell names: a review point, an area, both, or neither. */
export interface HeaderLabel {
  reviewPoint?: ReviewPointCode;
  area?: string;
  /**
   * False when the label names two review points or two areas ("Toán - Tiếng Việt"), or carries
   * words beyond the known ones and their usual decoration ("Biện pháp hỗ trợ Toán"): such a
   * label is not read as a review column, and a column of ratings under it is reported.
   */
  clear: boolean;
}

// Words that decorate a review-point or area label without changing what it names:
// "Giữa học kì I (tháng 11/2025)", "KẾT QUẢ CUỐI HKI", "Đánh giá Cuối năm học 2025-2026",
// "Toán học", "Tiếng Việt (Đọc - Viết)", "Năng lực đặc thù", "Mức đạt được".
const DECORATION = new Set([
  'mon', 'hoc', 'ket', 'qua', 'kq', 'danh', 'gia', 'dg', 'muc', 'do', 'dat', 'duoc', 'thang', 'nam', 'ngay', 'lan', 'dot',
  'cua', 'va', 'doc', 'viet', 'noi', 'nghe', 'chung', 'dac', 'thu', 'cot', 'can', 'ho', 'tro', 'hs', 'xep', 'loai',
  'ki', 'ky', 'giua', 'cuoi', 'dau', 'i', 'ii', 'theo', 'tt', 'cac', 'chu', 'yeu', 'hk', 'thong', 'tu', 'so',
]);

/** Only words that decorate a label ("Kết quả đánh giá", "Mức đạt được"), or numbers: it names nothing. */
export function isDecoration(text: string): boolean {
  return fold(text).split(/[^a-z0-9]+/).every((w) => w === '' || DECORATION.has(w) || /^\d+$/.test(w));
}

const MAX_WINDOW = 8;

interface WindowMatch { start: number; end: number; reviewPoint?: ReviewPointCode; area?: string }

/**
 * Reads a header cell, matching the known words inside it rather than the whole label: whole
 * words only ("CN" is never found inside a word, "HKI" never inside "HKII"), the longest
 * name first ("Giữa học kì I" is GKI, not the "Học kì I" inside it; "Khoa học tự nhiên" is not
 * "Khoa học").
 */
export const readHeaderLabel = memoize((text: string): HeaderLabel => {
  const compact = foldCompact(text);
  const point = REVIEW_POINT_BY_ALIAS.get(compact);
  const area = AREA_BY_ALIAS.get(compact);
  if (point || area) return { reviewPoint: point, area, clear: true };
  const combined = matchCombinedLabel(text);
  if (combined) return { ...combined, clear: true };

  const words = fold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  const found: WindowMatch[] = [];
  for (let start = 0; start < words.length; start++) {
    let key = '';
    for (let end = start + 1; end <= Math.min(words.length, start + MAX_WINDOW); end++) {
      key += words[end - 1];
      const p = REVIEW_POINT_BY_ALIAS.get(key);
      const a = AREA_BY_ALIAS.get(key);
      if (p) found.push({ start, end, reviewPoint: p });
      if (a) found.push({ start, end, area: a });
    }
  }
  // Longest first; a shorter name inside a longer one is part of it.
  found.sort((x, y) => (y.end - y.start) - (x.end - x.start) || x.start - y.start);
  const used = new Array<boolean>(words.length).fill(false);
  const points = new Set<ReviewPointCode>();
  const areas = new Set<string>();
  for (const m of found) {
    let free = true;
    for (let i = m.start; i < m.end; i++) if (used[i]) free = false;
    if (!free) continue;
    for (let i = m.start; i < m.end; i++) used[i] = true;
    if (m.reviewPoint) points.add(m.reviewPoint);
    if (m.area) areas.add(m.area);
  }
  if (points.size === 0 && areas.size === 0) return { clear: false };
  const leftover = words.some((w, i) => !used[i] && !DECORATION.has(w) && !/^\d+$/.test(w));
  return {
    reviewPoint: points.size === 1 ? [...points][0] : undefined,
    area: areas.size === 1 ? [...areas][0] : undefined,
    clear: points.size <= 1 && areas.size <= 1 && !leftover,
  };
}, 5000);

/** Roster columns other than the review blocks. */
export type RosterField =
  | 'stt' | 'studentId' | 'name' | 'familyName' | 'givenName' | 'className' | 'birthDate'
  | 'gender' | 'female' | 'disability' | 'hardship' | 'conduct' | 'supporter' | 'note';

const FIELD_ALIASES: Record<RosterField, string[]> = {
  stt: ['STT', 'TT', '#', 'Số TT', 'Số thứ tự'],
  studentId: ['Mã HS', 'Mã học sinh', 'Mã định danh', 'Mã số', 'Mã định danh Bộ GD&ĐT', 'Số định danh', 'Số định danh cá nhân', 'Mã số HS'],
  name: ['Họ và tên', 'Họ tên', 'Họ và tên học sinh', 'Tên học sinh', 'Họ tên học sinh', 'Họ và tên HS', 'Họ tên HS'],
  familyName: ['Họ đệm', 'Họ và tên đệm', 'Họ và đệm', 'Họ'],
  givenName: ['Tên'],
  className: ['Lớp', 'Tên lớp', 'Lớp học'],
  birthDate: ['Ngày sinh', 'NS', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Sinh ngày'],
  gender: ['Giới tính', 'GT', 'Nam/Nữ', 'Nam, nữ'],
  female: ['Nữ'],
  disability: ['HSKT', 'Khuyết tật', 'HSKT học hòa nhập', 'HS khuyết tật', 'Học sinh khuyết tật', 'KT'],
  hardship: ['Hoàn cảnh', 'Hoàn cảnh khó khăn', 'Hoàn cảnh gia đình', 'HCKK', 'Hoàn cảnh gia đình, bản thân'],
  // Seed 004's free text on how the student behaves and works; never "Rèn luyện", a rated area at secondary.
  conduct: ['Sự rèn luyện', 'Sự rèn luyện của bản thân', 'Quá trình rèn luyện', 'Sự rèn luyện của học sinh'],
  supporter: ['GV hỗ trợ', 'Giáo viên hỗ trợ', 'GV nhận đỡ đầu', 'GV phụ trách', 'Giáo viên nhận đỡ đầu', 'Giáo viên phụ trách', 'Người hỗ trợ', 'GV đỡ đầu'],
  note: ['Ghi chú', 'Ghi chú khác'],
};

const FIELD_BY_ALIAS = aliasTable(
  (Object.keys(FIELD_ALIASES) as RosterField[]).map((f) => [FIELD_ALIASES[f], f] as [string[], RosterField]),
);

/** Header text → roster field; a trailing "(dd/mm/yyyy)" style hint is ignored. */
export function matchField(text: string): RosterField | undefined {
  const key = foldCompact(text);
  // "#" folds to nothing, like "-" or "(…)": only the sign itself is the STT header.
  if (key === '') return text.trim() === '#' ? 'stt' : undefined;
  const exact = FIELD_BY_ALIAS.get(key);
  if (exact) return exact;
  const withoutHint = text.replace(/\([^)]*\)/g, '');
  return withoutHint !== text ? matchField(withoutHint) : undefined;
}

/** What a review cell says. */
export type Rating = 'need' | 'ok';

const NEED_SUBJECT = ['C', 'CHT', 'Chưa hoàn thành'];
const OK_SUBJECT = ['T', 'HTT', 'Hoàn thành tốt', 'H', 'HT', 'Hoàn thành'];
const NEED_QUALITY = ['C', 'CCG', 'Cần cố gắng'];
const OK_QUALITY = ['T', 'Tốt', 'Đ', 'D', 'Đạt'];
// U+F0FC is the Wingdings tick vnEdu exports write; it reaches the sheet as a private-use character.
const MARKS = ['x', '✓', '✔', 'v', '√', 'X', '\uF0FC'];
const MARK_KEYS = new Set(MARKS.map(foldCompact));

/** A mark (x, ✓ …): "needs support" on any scale, typical for Đầu năm. */
export function isMark(text: string): boolean {
  return MARK_KEYS.has(foldCompact(text));
}

const SUBJECT_VALUES = aliasTable<Rating>([[NEED_SUBJECT, 'need'], [OK_SUBJECT, 'ok'], [MARKS, 'need']]);
const QUALITY_VALUES = aliasTable<Rating>([[NEED_QUALITY, 'need'], [OK_QUALITY, 'ok'], [MARKS, 'need']]);

/** The words a teacher may type, for messages: "C, CHT, Chưa hoàn thành …". */
export function scaleDescription(scale: Scale): string {
  return scale === 'subject'
    ? 'T (Hoàn thành tốt), H (Hoàn thành), C (Chưa hoàn thành) hoặc dấu x'
    : 'T (Tốt), Đ (Đạt), C (Cần cố gắng) hoặc dấu x';
}

// A roster repeats the same few values thousands of times: read each raw text once per scale.
const RATINGS: Record<Scale, (text: string) => Rating | undefined> = {
  subject: memoize((text: string) => SUBJECT_VALUES.get(foldCompact(text)), 10000),
  quality: memoize((text: string) => QUALITY_VALUES.get(foldCompact(text)), 10000),
};

/** A typed rating on the area's scale; undefined when it is not one. */
export function matchRating(text: string, scale: Scale): Rating | undefined {
  return RATINGS[scale](text);
}

const NO_WORDS = new Set(['', 'khong', 'k', 'false', '0', 'no', '-']);

/** A "Nữ" tick cell: x / có / ✓ means yes; any other text but a no also does. */
export function isTicked(text: string): boolean {
  return !NO_WORDS.has(foldCompact(text));
}

/** Total rows under a table ("Tổng", "TC", "Cộng") are not students. */
export function isTotalLabel(text: string): boolean {
  return ['tong', 'tongcong', 'tc', 'cong', 'tongso'].includes(foldCompact(text));
}

const FORMULA_ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

/** How Sheets shows a failed formula in getValues: the error's own text. */
export function isFormulaError(text: string): boolean {
  // Called for every cell read: most cells fail on the first character, without allocating.
  const first = text.charCodeAt(0);
  if (first !== 35 && first !== 32 && first !== 160 && first !== 9) return false;
  return FORMULA_ERRORS.has(text.trim().toUpperCase());
}
