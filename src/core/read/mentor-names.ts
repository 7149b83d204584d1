// Mentor names as schools write them in the GV hỗ trợ / GV nhận đỡ đầu cell: "1. Ngô Văn A; 2. Lê
// Thị B (hỗ trợ)", "Ngô Văn A, Lê Thị B", "1. Ngô Văn A 2. Lê Thị B", one per line, "cô Lan". The
// roster keeps each name as written; who is who (one person written two ways) is rules/mentors.ts.

import { memoize } from '../collections';
import { fold, nameIdentity, tidy } from '../text';
import { compose } from '../unicode';
import { isMark, matchAreaStrictly } from '../vocab';
import { writesNoMentor } from './nothing-written';

/**
 * "1. Nguyễn Văn A\n2. Lê Thị B (hỗ trợ)" → two names as written (the "(hỗ trợ)" kept); a blank
 * cell or "không" → none. Separators (SEPARATOR): new lines, ";", ",", "/", "+", a number "2." or
 * "2)" starting the next name on the same line, a full stop before "cô", "thầy"; never inside brackets.
 * The same few teachers are written on many rows: each distinct text is split once (read-only arrays).
 */
export const splitSupporters = memoize((text: string): readonly string[] => Object.freeze(splitUncached(text)), 10000);

function splitUncached(text: string): string[] {
  // "N/A", "K/O" is no mentor as a whole: split at its "/", it would be two teachers "N" and "A".
  if (writesNoMentor(text)) return [];
  // NFC as SEPARATOR's honorifics are written: a "thầy" pasted decomposed is the same word.
  const marked = compose(text)
    .replace(/(^|[\s;,.])([đĐdD])\s*\/\s*([cC])(?=\s)/g, '$1$2c') // "đ/c" (đồng chí) is a title, not two names
    .replace(/(^|\s)(\d+)\s*\/(?=\s*\p{L})/gu, '$1$2.'); // "1/ Hồ Văn Sơn 2/ Lê Thị Mai": numbers, not separators
  return cutOutsideBrackets(marked)
    .flatMap(splitAtAnd)
    .map((part) => tidy(part.replace(/^\s*(\d+\s*[.)]|[-–—•+])\s*/, '')))
    .filter((part) => !writesNoMentor(part));
}

// Between two mentors: a new line, ";", ",", "/", "+", a number "2." / "2)" starting the next name, or a full
// stop after a word and before an honorific ("Cô Lan. Thầy Hùng"; never "1. Cô Lan", "C. Lan"); brackets are
// matched to keep a note whole.
const SEPARATOR = /[()]|[\n;,/+]+|\s+(?=\d+\s*[.)]\s*\p{L})|(?<=\p{L}{2})\.\s*(?=(?:cô|thầy)(?:\s+giáo)?\s)/giu;

/**
 * `text` cut at each separator outside brackets: "Nguyễn Thị Lan (Toán, TV)", "Cô Lan (4/1)" are one
 * mentor and a note. A bracket never closed keeps no note whole: the text is cut at every separator.
 */
function cutOutsideBrackets(text: string): string[] {
  const cuts: Array<{ from: number; to: number; inside: boolean }> = [];
  let depth = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    // ")" also ends a number "2)": never below zero.
    if (m[0] === '(' || m[0] === ')') depth = Math.max(0, depth + (m[0] === '(' ? 1 : -1));
    else cuts.push({ from: m.index as number, to: (m.index as number) + m[0].length, inside: depth > 0 });
  }
  const parts: string[] = [];
  let start = 0;
  for (const cut of cuts.filter((c) => depth > 0 || !c.inside)) {
    parts.push(text.slice(start, cut.from));
    start = cut.to;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * "Nguyễn Thị Lan và Trần Văn Hùng (hỗ trợ)", "Cô Mai & thầy Sơn": two names joined. Only between names: never inside
 * brackets ("Lan (Toán và TV)"), never after a note ("Lan - GV Toán và TV"), never when a side is a subject ("Toán và TV").
 */
function splitAtAnd(part: string): string[] {
  const sides: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of part.matchAll(/[()]|\s+(?:và|&)\s+|\s*&\s*/gu)) {
    if (m[0] === '(' || m[0] === ')') depth += m[0] === '(' ? 1 : -1;
    else if (depth === 0) {
      sides.push(part.slice(start, m.index));
      start = (m.index as number) + m[0].length;
    }
  }
  sides.push(part.slice(start));
  const isName = (side: string) => {
    const bare = side.replace(/\([^)]*\)/gu, ' ').trim();
    const rest = bare.replace(HONORIFIC_WORD, '');
    // "thầy Hóa", "cô Văn": the honorific says a person is named, whatever subject the name spells.
    return /^\p{Lu}/u.test(rest) && !SPACED_DASH.test(rest) && (rest !== bare || matchAreaStrictly(rest) === undefined);
  };
  return sides.length > 1 && sides.every(isName) ? sides.map((side) => side.trim()) : [part];
}

// Words before a name that say how the school addresses the teacher, not who it is. Matched on the
// lower-cased NFC text WITH diacritics, never folded: "Cồ", "Cổ", "Thây" are surnames, not "cô", "thầy".
// "C. Lan", "T.Hùng": cô, thầy abbreviated, before a word of a name; never before another initial ("C.T.Hương" is a name).
const HONORIFIC = /^(?:(cô giáo|thầy giáo|giáo viên|gv|cô|thầy|đ\/c|đc|đồng chí)[.:]?(?:\s+|$)|(cô|thầy|gv|c|t)[.:]\s*(?=\p{L}\p{Ll}))/u;
// The same at the start of a name as written, any case ("Cô Mai", "thầy Sơn").
const HONORIFIC_WORD = /^(cô giáo|thầy giáo|giáo viên|cô|thầy|gv)\s+/iu;
// A second mentor's mark: "(hỗ trợ)", "(HT)", "(phụ)", "(hỗ trợ thêm)". Folded, except "phụ": "Phú", "Phù" are names.
const SUPPORT_MARK = /^(ho tro|ho tro them|ht|gv ho tro|phoi hop)$/;
const isSupportMark = (note: string) => SUPPORT_MARK.test(fold(note)) || tidy(note).toLowerCase() === 'phụ';
// A note after a dash saying where the teacher works, their role or class, or how to reach them, not a second name:
// "- Tổ 1", "- Hiệu trưởng", "- PHT", "- phụ trách Đội", "- Kèm Toán", "- hỗ trợ Toán" ("- hỗ trợ" alone is SUPPORT_MARK),
// "- lớp 4A", "- 4A", "- 0912345678" (a digit first: a class or a phone number). Matched on the lower-cased NFC text
// WITH diacritics: folded, "Tô Hoài" would read as "tổ", "Khôi" as "khối". Without diacritics only where no name is
// possible ("giao vien", "to 1").
const ROLE_WORDS = ['tổ', 'khối', 'lớp', 'môn', 'gv', 'gvcn', 'gvbm', 'tpt', 'tổng phụ trách', 'bí thư', 'giáo viên', 'hiệu trưởng', 'hiệu phó',
  'phó hiệu trưởng', 'pht', 'chủ nhiệm', 'cn', 'phụ trách', 'nhân viên', 'nv', 'kèm', 'dạy', 'hỗ trợ', 'phụ đạo', 'giao vien', 'tong phu trach'];
const ROLE_NOTE = new RegExp(`^(\\d|(${ROLE_WORDS.join('|')})(?![\\p{L}\\p{N}])|(to|khoi|lop)\\s*\\d)`, 'u');
/** A note after a dash the reader knows: a role (ROLE_NOTE) naming no one, or a subject as written ("Toán", not "Toàn"). */
const isKnownNote = (note: string) => (ROLE_NOTE.test(tidy(note).toLowerCase()) && !namesSomeone(note)) || matchAreaStrictly(note) !== undefined;

/**
 * A role note that goes on to name a person: "hỗ trợ Trần Văn Hùng", "hỗ trợ: thầy Hùng", "GV Lê Văn
 * Hùng" (an honorific, or two capitalised words in a row after the role's first word that are no
 * subjects: "phụ trách Đội", "Tổ Toán Tin", "Kèm Tiếng Việt" name none). Read as a note, the
 * second teacher would be dropped without a word; kept whole, the cell is told (rules/mentors.ts).
 */
function namesSomeone(note: string): boolean {
  const words = tidy(note.replace(/[:,.;]/g, ' ')).split(' ').slice(1);
  if (words.some((w) => /^(cô|thầy)$/u.test(w.toLowerCase()))) return true;
  let run: string[] = [];
  for (const word of [...words, '']) {
    if (/^\p{Lu}/u.test(word)) run.push(word);
    else {
      if (run.length >= 2 && !allSubjects(run)) return true;
      run = [];
    }
  }
  return false;
}

/** Words that are one or more subjects in a row as written ("Tiếng Việt", "Toán Tin"). */
function allSubjects(words: readonly string[]): boolean {
  if (words.length === 0) return true;
  for (let n = words.length; n >= 1; n--) if (matchAreaStrictly(words.slice(0, n).join(' ')) !== undefined && allSubjects(words.slice(n))) return true;
  return false;
}

// A mark (vocab isMark: "x", "✓"), "yes", number or role alone where a name belongs ("Có", "Đã có", "12345", "GVBM"):
// someone is assigned (the student is supported), but not who. No teacher is read from it (an empty
// key), or one GV "x" would mentor every such student across classes; Đỡ đầu lists them as names
// not read.
const NO_NAME = /^(có|co|rồi|roi|đã có|da co|đã phân công|da phan cong|\d+|gv|gvbm|giáo viên|cn|gv cn)$/u;
// The class's homeroom teacher, by role: "GVCN", "Cô GVCN", "GV chủ nhiệm", "Cô chủ nhiệm", "Gv.CN",
// "GVCN lớp 3A", "gv chu nhiem". No name either, but the Lớp tab's GVCN column says who it is in each
// class (rules/mentors.ts mentorNamesOf). "CN" or "GV CN" alone stays a name not read: in a THCS or
// THPT it is as often the Công nghệ teacher.
const HOMEROOM = /^(gvcn|gv\.\s?cn|(gv|giáo viên) chủ nhiệm|(gv|giao vien) chu nhiem|chủ nhiệm)( (lớp|lop))?$/u;
const HOMEROOM_TITLE = /^(cô giáo|thầy giáo|cô|thầy|đ\/c|đc|đồng chí)\s+/u;
const HOMEROOM_CLASS = /\s+((lớp|lop)\s*)?\d+[\p{L}\d/.-]*$/u;

export interface MentorName {
  /** The name as written, without its role mark: "cô Lan", "Ngô Cự Quý". */
  written: string;
  /** Without honorific or any note in brackets: "Lan", "Ngô Cự Quý". */
  name: string;
  /** nameIdentity of `name`: names are never folded, only case, spacing and oa/oe/uy tone place; '' when it names nobody (NO_NAME, HOMEROOM). */
  key: string;
  /** Marked as the second mentor: "(hỗ trợ)". */
  support: boolean;
  /** Names the class's homeroom teacher by role only ("GVCN"): `key` is ''. */
  homeroom: boolean;
}

// A "(hỗ trợ)" stands as this sign until the note after a dash is read: in a part after a dash that is not
// understood it is that part's mark, not the whole name's.
const SUPPORT_SIGN = '\u0001';
const unsigned = (text: string) => text.replace(/\u0001/g, ' ');
const SPACED_DASH = /\s+[-–—:]\s+/u;
// A hyphen with no space joining a word of two letters or more, after another word, to what follows:
// "Phạm Văn Đức-Vũ Thị Hoa", "Nguyễn Thị Lan-Toán"; never the prefix of a given name ("Y-Ngông Niê Kdăm").
const JOINING_HYPHEN = /(?<=\S\s+\p{L}{2,})[-–—](?=\S)/u;

/** The first dash in a mentor's text ("-", "–", "—" or ":" between spaces, else JOINING_HYPHEN): the text on each side. */
export function dashIn(text: string): { before: string; after: string; spaced: boolean } | undefined {
  const dash = SPACED_DASH.exec(text) ?? JOINING_HYPHEN.exec(text);
  return dash ? { before: text.slice(0, dash.index), after: text.slice(dash.index + dash[0].length), spaced: dash[0].length > 1 } : undefined;
}

/**
 * The written mentor without its notes, and whether one marks the second mentor. A note after a dash:
 * "- hỗ trợ" marks the second mentor; "- Tổ 1", "- GVCN", "- môn Toán", "- Toán", "- TPT" say where the
 * teacher works or what they teach. Any other text after it is kept ("Đức (chính) - Hoa (hỗ trợ)" is one
 * name as written, rules/mentors.ts says so at its cell), marked only by a sign before its dash.
 */
function dropNotes(written: string): { shown: string; support: boolean } {
  const signed = written.replace(/\(([^)]*)\)/g, (_, note: string) => (isSupportMark(note) ? ` ${SUPPORT_SIGN} ` : ' '));
  const dash = dashIn(signed);
  const before = dash ? dash.before : signed;
  const note = unsigned(dash ? dash.after : '');
  if (dash && (isSupportMark(note) || isKnownNote(note))) {
    return { shown: tidy(unsigned(before)), support: signed.includes(SUPPORT_SIGN) || isSupportMark(note) };
  }
  return { shown: tidy(unsigned(signed)), support: before.includes(SUPPORT_SIGN) };
}

/** One written mentor ("Ngô Cự Quý (hỗ trợ)", "cô Lan") read into its name and role. */
export const readMentorName = memoize((written: string): MentorName => {
  const { shown, support } = dropNotes(written);
  // `shown` is NFC (tidy); lower case keeps every diacritic and every length. A final full stop is no part of a name.
  const honorific = HONORIFIC.exec(shown.toLowerCase());
  const rest = honorific ? shown.slice(honorific[0].length).trim() : '';
  const name = (rest === '' ? shown : rest).replace(/[.!]+$/u, '');
  const role = shown.toLowerCase().replace(/[.:!]+$/u, '');
  const homeroom = HOMEROOM.test(role.replace(HOMEROOM_TITLE, '').replace(HOMEROOM_CLASS, ''));
  return { written: shown, name, key: homeroom || isMark(role) || NO_NAME.test(role) ? '' : nameIdentity(name), support, homeroom };
}, 5000);
