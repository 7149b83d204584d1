// vnEdu "Sổ điểm tổng kết" class tabs, generated in the exact shape of the real exports (see
// ../shared/realdata/README.md; never copies of them): five title rows, a four-row merged header
// with a hidden empty "Họ và tên" column, "Mức đạt được" / "Điểm KTĐK" per subject, năng lực and
// phẩm chất, U+F0FC ticks, Mã học sinh as a number, birth dates as text, a signature block below.

import type ExcelJS from 'exceljs';
import type { SheetGrid } from '../src/core/model';
import { a1 } from '../src/core/text';
import { addGridSheet } from './workbook-builder';

export const TICK = '\uF0FC';

/** A subject as vnEdu heads it: a name, with a periodic-test score column or not, or two arts under one head. */
interface SubjectSpec {
  name: string;
  score?: boolean;
  parts?: string[];
}

/** 2025-2026 exports (khối 2 of the real files): Tiếng Việt first. */
export const ORDER_2025: SubjectSpec[] = [
  { name: 'Tiếng Việt', score: true }, { name: 'Toán', score: true }, { name: 'Tiếng Anh', score: true }, { name: 'Tin học', score: true },
  { name: 'Đạo đức' }, { name: 'TN-XH' }, { name: 'Nghệ thuật', parts: ['Âm nhạc', 'Mĩ thuật'] }, { name: 'Giáo dục thể chất' },
  { name: 'Hoạt động trải nghiệm' },
];

/** 2024-2025 exports (khối 3 of the real files): Toán first, a "Tin học và Công nghệ (Công nghệ)" column. */
export const ORDER_2024: SubjectSpec[] = [
  { name: 'Toán', score: true }, { name: 'Tiếng Việt', score: true }, { name: 'Đạo đức' }, { name: 'TN-XH' },
  { name: 'Tiếng Anh', score: true }, { name: 'Tin học', score: true }, { name: 'Tin học và Công nghệ (Công nghệ)', score: true },
  { name: 'Nghệ thuật', parts: ['Âm nhạc', 'Mĩ thuật'] }, { name: 'Hoạt động trải nghiệm' }, { name: 'Giáo dục thể chất' },
];

const COMMON_ABILITIES = ['Tự chủ và tự học', 'Giao tiếp và hợp tác', 'GQVĐ và sáng tạo'];
const SPECIFIC_ABILITIES = ['Ngôn ngữ', 'Tính toán', 'Khoa học', 'Công nghệ', 'Tin học', 'Thẩm mĩ', 'Thể chất'];
export const QUALITIES = ['Yêu nước', 'Nhân ái', 'Chăm chỉ', 'Trung thực', 'Trách nhiệm'];

const POINT_TITLES = { GKI: 'GIỮA HỌC KÌ I', CKI: 'CUỐI HỌC KÌ I', GKII: 'GIỮA HỌC KÌ II', CN: 'CUỐI NĂM HỌC' } as const;

export interface VneduStudent {
  id?: number | string;
  name: string;
  /** dd/mm/yyyy, as vnEdu writes it (text). */
  birth: string;
  female?: boolean;
  /**
   * Ratings by the label over the column: a subject ("Toán", "Âm nhạc", "Tin học và Công nghệ
   * (Công nghệ)"), a năng lực ("Tính toán"; "NL Tin học" when a subject has the same name) or a
   * phẩm chất ("Trung thực"). Others are T.
   */
  ratings?: Record<string, string | number>;
  /** Year-end exports: ticked in "Chưa lên lớp". */
  notPromoted?: boolean;
}

export interface VneduTab {
  sheet: string;
  className: string;
  point: keyof typeof POINT_TITLES;
  /** First year of the school year: 2025 for 2025 - 2026. */
  year: number;
  subjects: SubjectSpec[];
  /** Khối 1–2 rate five năng lực đặc thù; from khối 3 on, seven. */
  specificAbilities?: string[];
  students: VneduStudent[];
}

export interface VneduSheet {
  grid: SheetGrid;
  merges: string[];
  /** 1-based row of each student, and the column of each rated label. */
  rowOf: number[];
  columnOf: Record<string, number>;
}

/** The first rated column: after STT, Mã học sinh, the two name columns, the birth date and Nữ. */
const FIRST_SUBJECT = 7;

interface Column {
  labels: [string, string, string, string];
  kind: 'rating' | 'score' | 'ability' | 'quality' | 'tick' | 'text';
  key: string;
}

/** The columns after the six fields, with their four header labels, and the header's merges. */
function vneduColumns(spec: VneduTab): { columns: Column[]; merges: string[]; qualityStart: number } {
  const specific = spec.specificAbilities ?? (Number(spec.className[0]) <= 2 ? ['Ngôn ngữ', 'Tính toán', 'Khoa học', 'Thẩm mĩ', 'Thể chất'] : SPECIFIC_ABILITIES);
  const merges: string[] = [];
  const columns: Column[] = [];
  for (const subject of spec.subjects) {
    const start = FIRST_SUBJECT + columns.length;
    if (subject.parts) {
      for (const part of subject.parts) columns.push({ labels: ['', subject.name, part, 'Mức đạt được'], kind: 'rating', key: part });
      merges.push(`${a1(7, start)}:${a1(7, start + subject.parts.length - 1)}`);
    } else if (subject.score) {
      columns.push({ labels: ['', subject.name, '', 'Mức đạt được'], kind: 'rating', key: subject.name });
      columns.push({ labels: ['', '', '', 'Điểm KTĐK'], kind: 'score', key: subject.name });
      merges.push(`${a1(7, start)}:${a1(8, start + 1)}`);
    } else {
      columns.push({ labels: ['', subject.name, '', 'Mức đạt được'], kind: 'rating', key: subject.name });
      merges.push(`${a1(7, start)}:${a1(8, start)}`);
    }
  }
  const subjectEnd = FIRST_SUBJECT + columns.length - 1;
  columns[0].labels[0] = 'Môn học và hoạt động giáo dục';
  merges.push(`${a1(6, FIRST_SUBJECT)}:${a1(6, subjectEnd)}`);
  const abilityStart = subjectEnd + 1;
  // A năng lực named like a subject (Tin học, Công nghệ, Khoa học) is rated as "NL Tin học".
  const subjectKeys = new Set(columns.map((c) => c.key));
  const abilityKey = (name: string) => (subjectKeys.has(name) ? `NL ${name}` : name);
  COMMON_ABILITIES.forEach((name, i) => columns.push({ labels: [i === 0 ? 'Năng lực cốt lõi' : '', i === 0 ? 'Năng lực chung' : '', '', name], kind: 'ability', key: name }));
  specific.forEach((name, i) => columns.push({ labels: ['', i === 0 ? 'Năng lực đặc thù' : '', '', name], kind: 'ability', key: abilityKey(name) }));
  merges.push(`${a1(6, abilityStart)}:${a1(6, abilityStart + 2 + specific.length)}`);
  merges.push(`${a1(7, abilityStart)}:${a1(8, abilityStart + 2)}`, `${a1(7, abilityStart + 3)}:${a1(8, abilityStart + 2 + specific.length)}`);
  const qualityStart = abilityStart + 3 + specific.length;
  QUALITIES.forEach((name, i) => columns.push({ labels: [i === 0 ? 'Phẩm chất chủ yếu' : '', '', '', name], kind: 'quality', key: name }));
  merges.push(`${a1(6, qualityStart)}:${a1(8, qualityStart + 4)}`);
  if (spec.point === 'CN') {
    const kqgd = FIRST_SUBJECT + columns.length;
    ['HTXS', 'HTT', 'HT', 'CHT'].forEach((name, i) => columns.push({ labels: [i === 0 ? 'Đánh giá KQGD' : '', '', '', name], kind: 'tick', key: name }));
    merges.push(`${a1(6, kqgd)}:${a1(8, kqgd + 3)}`);
    const award = FIRST_SUBJECT + columns.length;
    columns.push({ labels: ['Khen thưởng', '', '', ''], kind: 'text', key: 'Khen thưởng' });
    columns.push({ labels: ['Chưa lên lớp', '', '', ''], kind: 'tick', key: 'Chưa lên lớp' });
    merges.push(`${a1(6, award)}:${a1(9, award)}`, `${a1(6, award + 1)}:${a1(9, award + 1)}`);
  }
  return { columns, merges, qualityStart };
}

/** One student's row: ratings as given (T when not), a score for each scored subject, the ticks. */
function studentRow(s: VneduStudent, i: number, columns: readonly Column[], width: number): unknown[] {
  const row: unknown[] = Array.from({ length: width }, () => '');
  row[0] = i + 1;
  row[1] = s.id ?? '';
  row[2] = s.name;
  row[4] = s.birth;
  row[5] = s.female ? TICK : '';
  columns.forEach((c, j) => {
    const given = s.ratings?.[c.key];
    const column = FIRST_SUBJECT - 1 + j;
    if (c.kind === 'score') {
      const rating = s.ratings?.[c.key] ?? 'T';
      row[column] = rating === 'C' ? 4 : rating === 'H' ? 7 : 9;
    } else if (c.kind === 'tick') {
      row[column] = c.key === 'Chưa lên lớp' ? (s.notPromoted ? TICK : '') : c.key === 'HT' ? TICK : '';
    } else if (c.kind !== 'text') {
      row[column] = given ?? 'T';
    }
  });
  return row;
}

/** The grid (as getValues gives it: '' in every cell of a merge but its top-left) and its merges. */
export function vneduSheet(spec: VneduTab): VneduSheet {
  const { columns, merges, qualityStart } = vneduColumns(spec);
  const noteColumn = FIRST_SUBJECT + columns.length;
  const width = noteColumn;
  const blankRow = () => Array.from({ length: width }, () => '' as unknown);

  const values: unknown[][] = [];
  const title = (text: string) => {
    const row = blankRow();
    row[0] = text;
    values.push(row);
  };
  title(spec.year >= 2025 ? 'ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM' : 'PHÒNG GD&ĐT HUYỆN THỬ NGHIỆM');
  title('TRƯỜNG TIỂU HỌC THỬ NGHIỆM');
  title(`BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC ${POINT_TITLES[spec.point]}`);
  title(`Năm học: ${spec.year} - ${spec.year + 1}`);
  title(`Lớp: ${spec.className}`);
  merges.push('A1:F1', 'A2:F2', `A3:${a1(3, width)}`, `A4:${a1(4, width)}`, `A5:${a1(5, width)}`);
  for (let level = 0; level < 4; level++) {
    const row = blankRow();
    if (level === 0) {
      row.splice(0, 6, 'STT', 'Mã học sinh', 'HỌ VÀ TÊN HỌC SINH', 'Họ và tên', 'Ngày,\ntháng,\nnăm sinh', 'Nữ');
      row[noteColumn - 1] = 'Ghi chú';
    }
    columns.forEach((c, i) => { row[FIRST_SUBJECT - 1 + i] = c.labels[level]; });
    values.push(row);
  }
  merges.push('A6:A9', 'C6:C9', 'E6:E9', 'F6:F9', `${a1(6, noteColumn)}:${a1(9, noteColumn)}`);

  const columnOf: Record<string, number> = {};
  columns.forEach((c, i) => { if (c.kind !== 'score') columnOf[c.key] ??= FIRST_SUBJECT + i; });
  const rowOf: number[] = [];
  spec.students.forEach((s, i) => {
    values.push(studentRow(s, i, columns, width));
    rowOf.push(values.length);
  });
  // The signature block, as vnEdu lays it out below the data.
  const end = values.length;
  for (let i = 0; i < 9; i++) values.push(blankRow());
  values[end + 2][7] = 'Giáo viên chủ nhiệm';
  values[end + 2][qualityStart - 1] = 'Hiệu trưởng';
  values[end + 3][7] = '(ký , ghi rõ họ tên)';
  values[end + 3][qualityStart - 1] = '(ký , ghi rõ họ tên, đóng dấu)';
  values[end + 8][7] = 'Nguyễn Thị Chủ Nhiệm';
  values[end + 8][qualityStart - 1] = 'Trần Văn Hiệu Trưởng';
  for (const r of [end + 3, end + 4, end + 9]) merges.push(`${a1(r, 8)}:${a1(r, 12)}`, `${a1(r, qualityStart)}:${a1(r, width)}`);
  return { grid: { name: spec.sheet, values }, merges, rowOf, columnOf };
}

/** Adds the tab to an exceljs workbook: values as vnEdu types them, merges, the hidden column D. */
export function addVneduSheet(workbook: ExcelJS.Workbook, spec: VneduTab): VneduSheet {
  const sheet = vneduSheet(spec);
  addGridSheet(workbook, spec.sheet, sheet.grid.values, sheet.merges).getColumn(4).hidden = true;
  return sheet;
}

/** Ten-digit Mã học sinh, distinct per (class, index). */
export function studentId(classIndex: number, index: number): number {
  return 9000000000 + classIndex * 10000 + index;
}

/** Two khối-2 classes used by the core and bundle tests: twins across classes, namesakes in a class, names one tone mark apart. */
export const CLASS_2A: VneduStudent[] = [
  { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } },
  { id: 9000000002, name: 'Lê Thị Bình', birth: '02/03/2018', female: true, ratings: { 'Tiếng Việt': 'C', 'Tính toán': 'C' } },
  { id: 9000000003, name: 'Mai Hồng Nhi', birth: '08/12/2018', female: true },
  { id: 9000000004, name: 'Mai Hồng Nhi', birth: '23/09/2018', female: true, ratings: { 'Trung thực': 'C' } },
  { id: 9000000005, name: 'Trần Minh Châu', birth: '11/11/2018', ratings: { 'Âm nhạc': 'C' } },
];
export const CLASS_2B: VneduStudent[] = [
  { id: 9000000006, name: 'Nguyễn Văn An', birth: '17/06/2018' },
  { id: 9000000007, name: 'Phạm Thu Hà', birth: '01/02/2018', female: true, ratings: { Toán: 'C', 'Tiếng Việt': 'C' } },
  { id: 9000000008, name: 'Phạm Thu Hạ', birth: '01/02/2018', female: true },
];
/** Khối 3 in the 2024-2025 subject order: a C in Công nghệ, one in Toán and Yêu nước, two with none. */
export const CLASS_3A: VneduStudent[] = [
  { id: 9000000009, name: 'Hồ Văn Lâm', birth: '03/04/2017', ratings: { 'Tin học và Công nghệ (Công nghệ)': 'C' } },
  { id: 9000000010, name: 'Đỗ Thị Mai', birth: '04/05/2017', female: true },
  { id: 9000000011, name: 'Vũ Quốc Bảo', birth: '06/07/2017', ratings: { Toán: 'C', 'Yêu nước': 'C' } },
  { id: 9000000012, name: 'Lý Gia Huy', birth: '08/09/2017' },
];

/** A class sheet a school typed itself (not vnEdu): 4A, Cuối học kì I; An needs Toán, Bình TV and NL. */
export const TYPED_4A: SheetGrid = { name: 'Kết quả 4A', values: [
  ['TRƯỜNG TIỂU HỌC THỬ NGHIỆM', '', '', '', '', ''],
  ['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I - LỚP 4A', '', '', '', '', ''],
  ['Năm học 2025-2026', '', '', '', '', ''],
  ['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'],
  [1, 'Nguyễn Văn An', '01/02/2016', 'C', 'H', 'Đ', 'T'],
  [2, 'Lê Thị Bình', '03/04/2016', 'HT', 'CHT', 'CCG', 'Đạt'],
] };

/** A Danh sách row beside the class tabs: Mã HS, name, birth date, class, HSKT, GV hỗ trợ, ratings by area. */
export type RosterRow = [string, string, string, string, string, string, Record<string, string>];

/**
 * A Danh sách with Mã HS and one Cuối học kì I block (two header rows), data from row 3:
 * A STT, B Mã HS, C Họ và tên, D Ngày sinh, E Lớp, F HSKT, G GV hỗ trợ, then one column per area from H.
 */
export function rosterWithIds(rows: RosterRow[], areas = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']): SheetGrid {
  return { name: 'Danh sách', values: [
    ['STT', 'Mã HS', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ', 'Cuối học kì I', ...areas.slice(1).map(() => '')],
    ['', '', '', '', '', '', '', ...areas],
    ...rows.map(([id, name, birth, cls, hskt, gv, ratings], i) => [i + 1, id, name, birth, cls, hskt, gv, ...areas.map((a) => ratings[a] ?? '')]),
  ] };
}
