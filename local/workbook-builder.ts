// Builds .xlsx school workbooks the way a school keeps them (title rows, merged two-row headers
// or one-row combined labels), for the sample school and for tests.
import ExcelJS from 'exceljs';
import { REVIEW_POINTS, type ReviewPointCode } from '../src/core/vocab';

/** The review points' labels as the add-in prints them (Đầu năm, Giữa học kì I, …). */
export const POINT_LABELS = Object.fromEntries(REVIEW_POINTS.map((p) => [p.code, p.label])) as Record<ReviewPointCode, string>;
/** How teachers shorten a review point in one-row combined headers ("GKI - Toán"): the core's first all-capitals alias. */
const POINT_SHORT = Object.fromEntries(REVIEW_POINTS.map((p) => [p.code, p.aliases.find((a) => /^[A-ZĐ]+$/.test(a)) ?? p.short])) as Record<ReviewPointCode, string>;

/** A repeatable pseudo-random generator (mulberry32), so generated schools never change. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Minh', 'Đức', 'Quốc', 'Gia', 'Hoàng', 'Thanh', 'Anh'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Bảo', 'Khánh', 'Minh', 'Thanh', 'Mai'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Khang', 'Khôi', 'Long', 'Minh', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Trí', 'Tuấn', 'Vinh'];
const GIVEN_F = ['Anh', 'Châu', 'Diệp', 'Giang', 'Hà', 'Hân', 'Hương', 'Lan', 'Linh', 'Mai', 'My', 'Ngân', 'Nhi', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Trang', 'Uyên', 'Vy'];

export function randomPerson(random: () => number): { name: string; female: boolean } {
  const female = random() < 0.45;
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  const name = `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`;
  return { name, female };
}

type Cell = ExcelJS.CellValue;

export interface StudentSpec {
  name?: Cell;
  className?: Cell;
  birth?: Cell;
  female?: boolean;
  disability?: boolean;
  supporter?: Cell;
  /** Ratings by review point code, then by area header: { DN: { Toán: 'x' } }. */
  ratings?: Record<string, Record<string, unknown> | undefined>;
  /** Other cells by field header. */
  cells?: Record<string, unknown>;
}

export interface ClassSpec {
  name: string;
  grade?: number;
  teacher?: string;
  size?: number;
}

export interface SchoolSpec {
  rosterName?: string;
  /** Rows above the header (school name, title). */
  title?: string[];
  headerStyle: 'two-row' | 'one-row';
  /** Review blocks, in order: DN, GKI, … */
  points: string[];
  /** Header text of a review point in two-row headers; default the core's labels. */
  pointLabels?: Record<string, string>;
  /** Header of one column in one-row headers, from the point's short form and the area. */
  combinedLabel?: (pointShort: string, area: string) => string;
  /** Area columns of each block (header text as written). */
  areas: string[];
  /** Other columns; default STT, Họ và tên, Ngày sinh, Nữ, Lớp, HSKT, GV hỗ trợ. */
  fields?: string[];
  students: StudentSpec[];
  /** A blank row after every n students. */
  blankRowsEvery?: number;
  classes?: ClassSpec[];
  config?: Array<[string, Cell]>;
  plan?: Cell[][];
}

export interface SchoolLayout {
  /** The 1-based sheet row of student i. */
  rowOf: number[];
  columnOf: Record<string, number>;
  pointColumns: Record<string, Record<string, number>>;
  width: number;
}

/**
 * An exceljs workbook of a school, and where each student and column landed. With `into`, the
 * roster (and the tabs the spec names) are added to that workbook: a school with several roster tabs.
 */
export function buildSchoolWorkbook(spec: SchoolSpec, into?: ExcelJS.Workbook): { workbook: ExcelJS.Workbook; layout: SchoolLayout } {
  const wb = into ?? new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.rosterName || 'Danh sách');
  const fields = spec.fields || ['STT', 'Họ và tên', 'Ngày sinh', 'Nữ', 'Lớp', 'HSKT', 'GV hỗ trợ'];
  const title = spec.title || [];
  title.forEach((line, i) => {
    ws.getCell(i + 1, 1).value = line;
  });
  let row = title.length + 1;
  const columnOf: Record<string, number> = {};
  fields.forEach((f, i) => {
    columnOf[f] = i + 1;
  });
  const pointColumns: Record<string, Record<string, number>> = {};
  let col = fields.length + 1;
  for (const p of spec.points) {
    pointColumns[p] = {};
    for (const area of spec.areas) pointColumns[p][area] = col++;
  }
  const width = col - 1;
  const short = (p: string) => POINT_SHORT[p as ReviewPointCode] || p;
  if (spec.headerStyle === 'two-row') {
    fields.forEach((f, i) => {
      ws.getCell(row, i + 1).value = f;
      ws.mergeCells(row, i + 1, row + 1, i + 1);
    });
    for (const p of spec.points) {
      const cols = Object.values(pointColumns[p]);
      ws.getCell(row, cols[0]).value = (spec.pointLabels || (POINT_LABELS as Record<string, string>))[p];
      if (cols.length > 1) ws.mergeCells(row, cols[0], row, cols[cols.length - 1]);
      spec.areas.forEach((area) => {
        ws.getCell(row + 1, pointColumns[p][area]).value = area;
      });
    }
    row += 2;
  } else {
    fields.forEach((f, i) => {
      ws.getCell(row, i + 1).value = f;
    });
    for (const p of spec.points) {
      for (const area of spec.areas) {
        const label = spec.combinedLabel ? spec.combinedLabel(short(p), area) : `${short(p)} - ${area}`;
        ws.getCell(row, pointColumns[p][area]).value = label;
      }
    }
    row += 1;
  }
  const rowOf: number[] = [];
  spec.students.forEach((s, i) => {
    if (spec.blankRowsEvery && i > 0 && i % spec.blankRowsEvery === 0) row += 1;
    rowOf.push(row);
    const set = (field: string, value: Cell | undefined) => {
      if (columnOf[field] !== undefined && value !== undefined && value !== null && value !== '') ws.getCell(row, columnOf[field]).value = value;
    };
    set('STT', i + 1);
    set('Họ và tên', s.name);
    set('Lớp', s.className);
    set('Ngày sinh', s.birth);
    set('Nữ', s.female ? 'x' : '');
    set('HSKT', s.disability ? 'x' : '');
    set('GV hỗ trợ', s.supporter);
    for (const [field, value] of Object.entries(s.cells || {})) set(field, value as Cell);
    for (const [p, byArea] of Object.entries(s.ratings || {})) {
      for (const [area, value] of Object.entries(byArea || {})) {
        if (value !== undefined && value !== '' && pointColumns[p] && pointColumns[p][area]) ws.getCell(row, pointColumns[p][area]).value = value as Cell;
      }
    }
    row += 1;
  });
  ws.columns.forEach((c) => {
    c.width = 14;
  });
  if (spec.classes) {
    const cl = wb.addWorksheet('Lớp');
    cl.addRow(['Lớp', 'Khối', 'GVCN', 'Sĩ số']);
    for (const c of spec.classes) cl.addRow([c.name, c.grade === undefined ? null : c.grade, c.teacher || null, c.size === undefined ? null : c.size]);
  }
  if (spec.config) {
    const cf = wb.addWorksheet('Cấu hình');
    for (const [k, v] of spec.config) cf.addRow([k, v]);
  }
  if (spec.plan) {
    const pl = wb.addWorksheet('Kế hoạch');
    pl.addRow(['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện']);
    for (const line of spec.plan) pl.addRow(line);
  }
  return { workbook: wb, layout: { rowOf, columnOf, pointColumns, width } };
}

/** Adds a tab of plain values (blank strings left empty) and merged ranges, as an export re-saved by Excel types it. */
export function addGridSheet(workbook: ExcelJS.Workbook, name: string, values: readonly (readonly unknown[])[], merges: readonly string[] = []): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  values.forEach((row, r) => row.forEach((value, c) => {
    if (value !== '') ws.getCell(r + 1, c + 1).value = value as Cell;
  }));
  for (const range of merges) ws.mergeCells(range);
  return ws;
}
