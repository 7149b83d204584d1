// Roster columns other than the review blocks (PRODUCT 2.1), with the header aliases a school writes.

import { foldCompact, foldWords } from '../text';
import { aliasTable } from './alias-table';

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

// The free-text fields schools head in many ways ("Giáo viên đỡ đầu", "Hoàn cảnh gia đình và bản thân", "Ý thức
// rèn luyện"), read by their whole words when no alias matches: a label with any other word ("SĐT GV đỡ đầu", "Nội
// dung đỡ đầu", "GV phụ trách bộ môn", "Diện chính sách") is another column. Folded words.
const SUPPORTER_WORDS = new RegExp('^(ho (va )?ten )?(gv|giao vien|thay co|thay giao|co giao|nguoi)( duoc)?( (phan cong|nhan))?'
  + '( (do dau|ho tro|phu trach|kem cap|phu dao))+( (hs|hoc sinh|em))?$');
const HARDSHIP_WORDS = /^(hoan canh|ho ngheo|ho can ngheo)( (gia dinh|gd|ban than|hs|hoc sinh|em|dac biet|kho khan|va|cua))*$/;
// "Rèn luyện" alone, "Kết quả rèn luyện" or "HK1 - Rèn luyện" is the rated area at secondary: only the
// student's own conduct as a story ("Sự", "Ý thức", "Quá trình" …, "… của bản thân") is this field.
const CONDUCT_WORDS = /^(su |y thuc |qua trinh )ren luyen( (cua )?(ban than|hoc sinh|hs|em))?$|^ren luyen (cua )?(ban than|hoc sinh|hs|em)$/;

/** A free-text field named in words no alias lists; the roster header takes it only where no column has the field by alias. */
export function matchFieldByWords(text: string): RosterField | undefined {
  const words = foldWords(text.replace(/\([^)]*\)/g, ' '));
  if (SUPPORTER_WORDS.test(words)) return 'supporter';
  if (HARDSHIP_WORDS.test(words)) return 'hardship';
  if (CONDUCT_WORDS.test(words)) return 'conduct';
  return undefined;
}

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
