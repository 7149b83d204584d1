// vnEdu "Sổ điểm tổng kết" class tabs of a THCS or THPT, generated in the shape of the real THPT
// exports (../shared/realdata/README.md, files 07–08; never copies of them) and of the THCS layout
// DOMAIN.md 2 describes: two title rows (cơ quan / trường at A:G, the title and "Khối 10 - Lớp 10U -
// (Học kỳ 2)" from H), a two-row header ("(HS 1)" under a scored subject, "(N.xét)" under a comment
// one, P / K / Tổng under Buổi nghỉ), numbered data rows from row 8, then "Danh sách này có …",
// the signatures and a Thống kê block whose counts are numbers and text.

import type ExcelJS from 'exceljs';
import type { SheetGrid } from '../src/core/model';
import { a1 } from '../src/core/text';
import { addGridSheet } from './workbook-builder';

export interface SecondarySubject {
  /** As vnEdu heads it: "Toán", "Lí", "Ng.ngữ", "GDTC", "Nhạc" … */
  name: string;
  kind: 'score' | 'comment';
}

export interface SecondaryStudent {
  id: number;
  name: string;
  /** dd/mm/yyyy (text). */
  birth: string;
  /** Số định danh cá nhân (12-digit text), filled in some classes only. */
  personalId?: string;
  /** By subject name as headed; others get 8.0 (scored) or Đ (comment). Numbers or text ("6,5", "Miễn"). */
  marks?: Record<string, string | number | undefined>;
  /** KQHT (TT22) or Học lực (TT58); default Khá. */
  learning?: string;
  /** KQRL (TT22) or Hạnh kiểm (TT58); default Tốt. */
  conduct?: string;
  /** Buổi nghỉ P, K, Tổng ('' for a blank Tổng). Default 0, 0, 0. */
  absences?: [number | string, number | string, number | string];
}

export interface SecondaryTab {
  sheet: string;
  /** As the title writes it: "10U", "12C3", "6A". */
  className: string;
  grade: number;
  /** HK1 → Cuối kì I, HK2 → Cuối kì II, CN → Cả năm. */
  point: 'HK1' | 'HK2' | 'CN';
  /** First year of the school year. */
  year: number;
  regime: 'TT22' | 'TT58';
  subjects: SecondarySubject[];
  students: SecondaryStudent[];
  /** THCS exports write "(Học kỳ II)" in row 2 sometimes. */
  romanPoint?: boolean;
}

export interface SecondarySheet {
  grid: SheetGrid;
  merges: string[];
  /** 1-based row of each student, and the column of each header label (subjects, KQHT …). */
  rowOf: number[];
  columnOf: Record<string, number>;
}

const S = (name: string): SecondarySubject => ({ name, kind: 'score' });
const N = (name: string): SecondarySubject => ({ name, kind: 'comment' });

/** 07's 10u (TT22): no Nhạc. */
export const THPT_10U: SecondarySubject[] = [S('Toán'), S('Lí'), S('Hóa'), S('Tin'), S('Văn'), S('Sử'), S('Địa'), S('Tiếng Anh'), S('C.nghệ'),
  N('GDTC'), S('GDQP&AN'), S('Tiếng Pháp'), N('NDGDCĐP'), S('GDKT&PL'), N('HĐTN&HN')];
/** 07's 10d: Nhạc (N.xét) after GDTC, every later column one to the right. */
export const THPT_10D: SecondarySubject[] = [...THPT_10U.slice(0, 10), N('Nhạc'), ...THPT_10U.slice(10)];
/** 08 (TT58, khối 12). */
export const THPT_12_TT58: SecondarySubject[] = [S('Toán'), S('Lí'), S('Hóa'), S('Sinh'), S('Tin'), S('Văn'), S('Sử'), S('Địa'), S('Ng.ngữ'),
  S('GDCD'), S('C.nghệ'), N('TD'), S('GDQP')];
/** THCS (DOMAIN.md 2): 8 scored and 4 comment subjects. */
export const THCS_SUBJECTS: SecondarySubject[] = [S('Toán'), S('LS&ĐL'), S('KHTN'), S('Tin'), S('Văn'), S('Ng.ngữ'), S('GDCD'), S('C.nghệ'),
  N('GDTC'), N('Nghệ thuật'), N('NDGDCĐP'), N('HĐTN&HN')];

const POINT_WORDS = { HK1: ['HỌC KỲ 1', 'Học kỳ 1', 'Học kỳ I'], HK2: ['HỌC KỲ 2', 'Học kỳ 2', 'Học kỳ II'], CN: ['CẢ NĂM', 'Cả năm', 'Cả năm'] } as const;

/** One student's row: marks as given (8 or Đ when not), the results, Buổi nghỉ, TT58's extra columns. */
function studentRow(spec: SecondaryTab, s: SecondaryStudent, i: number, width: number): unknown[] {
  const tt58 = spec.regime === 'TT58';
  const first = 6; // F
  const row: unknown[] = Array.from({ length: width }, () => '');
  row[0] = i + 1;
  row[1] = s.id;
  row[2] = s.personalId ?? '';
  row[3] = s.name;
  row[4] = s.birth;
  spec.subjects.forEach((subject, j) => {
    row[first - 1 + j] = s.marks?.[subject.name] ?? (subject.kind === 'score' ? 8 : 'Đ');
  });
  let c = first - 1 + spec.subjects.length;
  if (tt58) row[c++] = '8.0'; // Điểm TK: text with a dot
  row[c++] = s.learning ?? (tt58 ? 'Khá' : 'Khá');
  row[c++] = s.conduct ?? 'Tốt';
  const [p, k, total] = s.absences ?? [0, 0, 0];
  row[c++] = p;
  row[c++] = k;
  row[c++] = total;
  if (tt58) {
    row[c++] = s.learning === 'Giỏi' ? 'Học sinh giỏi' : 'Học sinh tiên tiến';
    row[c++] = String(i + 1); // Xếp hạng: text
  }
  return row;
}

/** Footer: the count line, the signatures, and the Thống kê block (counts as numbers and text). */
function addFooter(values: unknown[][], merges: string[], spec: SecondaryTab, absenceAt: number, blank: () => unknown[]): void {
  const tt58 = spec.regime === 'TT58';
  const end = values.length;
  for (let i = 0; i < 16; i++) values.push(blank());
  const at = (r: number, c: number, v: unknown) => { values[end + r - 1][c - 1] = v; };
  at(1, 3, `Danh sách này có: ${spec.students.length} học sinh (trừ những học sinh đã chuyển trường, chuyển lớp, thôi học)`);
  merges.push(`${a1(end + 1, 3)}:${a1(end + 1, 9)}`);
  const stats = absenceAt - 2;
  at(3, stats, 'Thống kê');
  at(5, 3, 'Phan Thiết, ngày 12 tháng 06 năm 2024');
  at(5, 9, 'DUYỆT CỦA BAN GIÁM HIỆU');
  at(5, stats, 'Xếp loại');
  at(5, stats + 1, tt58 ? 'Học lực' : 'Kết quả học tập');
  at(5, stats + 3, tt58 ? 'Hạnh kiểm' : 'Kết quả rèn luyện');
  at(6, 3, 'Giáo viên Chủ nhiệm');
  at(6, 9, 'Hiệu trưởng');
  ['SL', '%', 'SL', '%'].forEach((l, i) => at(6, stats + 1 + i, l));
  const levels = tt58 ? ['Giỏi-Tốt:', 'Khá:', 'Trung bình:', 'Yếu:', 'Kém:'] : ['Tốt:', 'Khá:', 'Đạt:', 'Chưa Đạt:'];
  levels.forEach((l, i) => { at(7 + i, stats, l); at(7 + i, stats + 1, 0); at(7 + i, stats + 2, 0); });
  const total = 7 + levels.length;
  at(total, stats, 'Cộng');
  at(total, stats + 1, spec.students.length);
  at(total, stats + 3, String(spec.students.length));
  at(total, stats + 4, 1);
  at(total, 3, 'Nguyễn Thị Chủ Nhiệm');
  at(total, 9, 'Trần Văn Hiệu Trưởng');
  for (const r of [5, 6, total]) merges.push(`${a1(end + r, 3)}:${a1(end + r, 7)}`, `${a1(end + r, 9)}:${a1(end + r, 13)}`);
}

export function secondarySheet(spec: SecondaryTab): SecondarySheet {
  const [titleWord, subWord, romanWord] = POINT_WORDS[spec.point];
  const tt58 = spec.regime === 'TT58';
  const first = 6; // F
  const labels: Array<[string, string]> = spec.subjects.map((s) => [s.name, s.kind === 'score' ? '(HS 1)' : '(N.xét)']);
  const sub = `(${subWord})`;
  if (tt58) labels.push(['Điểm TK', sub], ['Học lực', sub], ['Hạnh kiểm', sub]);
  else labels.push(['Kết quả học tập', sub], ['Kết quả rèn luyện', sub]);
  const absenceAt = first + labels.length;
  labels.push(['Buổi nghỉ', 'P'], ['', 'K'], ['', 'Tổng']);
  if (tt58) labels.push(['Danh hiệu', sub], ['Xếp hạng', sub]);
  labels.push(['Ghi chú', sub]);
  const width = first - 1 + labels.length;
  const blank = () => Array.from({ length: width }, () => '' as unknown);
  const merges: string[] = [];
  const values: unknown[][] = [];

  const row1 = blank();
  row1[0] = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO THỬ NGHIỆM';
  row1[7] = `BẢNG TỔNG HỢP KẾT QUẢ GIÁO DỤC ${titleWord}, NĂM HỌC ${spec.year} - ${spec.year + 1}`;
  const row2 = blank();
  row2[0] = spec.grade >= 10 ? 'THPT THỬ NGHIỆM' : 'THCS THỬ NGHIỆM';
  row2[7] = `Khối ${spec.grade} - Lớp ${spec.className} - (${spec.romanPoint ? romanWord : subWord})`;
  values.push(row1, row2, blank(), blank(), blank());
  // TT58 sheets stop the title one column short of Ghi chú (README, file 08).
  const titleEnd = tt58 ? width - 1 : width;
  merges.push('A1:G1', `H1:${a1(1, titleEnd)}`, 'A2:G2', `H2:${a1(2, titleEnd)}`);

  const head = blank();
  const subHead = blank();
  ['STT', 'Mã học sinh', 'Số định danh cá nhân', 'Họ và tên', 'Ngày sinh'].forEach((l, i) => { head[i] = l; });
  labels.forEach(([top, below], i) => { head[first - 1 + i] = top; subHead[first - 1 + i] = below; });
  values.push(head, subHead);
  if (!tt58) for (const c of 'ABCDE') merges.push(`${c}6:${c}7`);
  merges.push(`${a1(6, absenceAt)}:${a1(6, absenceAt + 2)}`);

  const columnOf: Record<string, number> = {};
  labels.forEach(([top], i) => { if (top) columnOf[top] ??= first + i; });
  const rowOf: number[] = [];
  spec.students.forEach((s, i) => {
    values.push(studentRow(spec, s, i, width));
    rowOf.push(values.length);
  });
  addFooter(values, merges, spec, absenceAt, blank);
  return { grid: { name: spec.sheet, values }, merges, rowOf, columnOf };
}

/** Adds the tab to an exceljs workbook as vnEdu (re-saved by Excel) types it: values, merges. */
export function addSecondarySheet(workbook: ExcelJS.Workbook, spec: SecondaryTab): SecondarySheet {
  const sheet = secondarySheet(spec);
  addGridSheet(workbook, spec.sheet, sheet.grid.values, sheet.merges);
  return sheet;
}

/** Made-up Vietnamese names, distinct per index. */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Gia', 'Hoài', 'Khánh', 'Thu'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Khoa', 'Lan', 'Linh', 'Mai', 'Nam', 'Ngân', 'Phúc', 'Quân', 'Tâm', 'Thảo', 'Trang', 'Uyên', 'Vy'];

export function madeUpName(i: number): string {
  return `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(i / 7) % GIVEN.length]}`;
}

/** n students of a class with ids from `firstId`, born in `year`; `each(i)` adds their marks and results. */
export function secondaryClass(n: number, firstId: number, year: number, each: (i: number) => Partial<SecondaryStudent> = () => ({})): SecondaryStudent[] {
  return Array.from({ length: n }, (_, i) => ({
    id: firstId + i, name: madeUpName(firstId + i), birth: `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${year}`,
    ...each(i),
  }));
}
