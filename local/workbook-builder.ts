// Builds .xlsx school workbooks the way a school keeps them (title rows, merged two-row headers
// or one-row combined labels), for the sample school and for tests.
'use strict';

const ExcelJS = require('exceljs');

const POINT_LABELS = { DN: 'Đầu năm', GKI: 'Giữa học kì I', CKI: 'Cuối học kì I', GKII: 'Giữa học kì II', CN: 'Cuối năm' };
const POINT_SHORT = { DN: 'ĐN', GKI: 'GKI', CKI: 'CKI', GKII: 'GKII', CN: 'CN' };

/** A repeatable pseudo-random generator (mulberry32), so generated schools never change. */
function seededRandom(seed) {
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

function randomPerson(random) {
  const female = random() < 0.45;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const name = `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`;
  return { name, female };
}

/**
 * spec: {
 *   title?: string[]            rows above the header (school name, title)
 *   headerStyle: 'two-row' | 'one-row'
 *   points: ['DN', 'GKI', …]    review blocks, in order
 *   areas: ['Toán', …]          area columns of each block (header text as written)
 *   fields?: string[]           other columns, default STT, Họ và tên, Ngày sinh, Nữ, Lớp, HSKT, GV hỗ trợ
 *   students: [{ name, className, birth?: 'dd/mm/yyyy' | Date, female?, disability?, supporter?, ratings: { DN: { Toán: 'x' } }, cells?: {header: value} }]
 *   blankRowsEvery?: number     a blank row after every n students
 *   classes?: [{ name, grade?, teacher?, size? }]
 *   config?: [[key, value]]
 *   plan?: [[month, content, measures, people]]
 * }
 * Returns an exceljs Workbook; `layout.rowOf[i]` gives the 1-based sheet row of student i.
 */
function buildSchoolWorkbook(spec) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.rosterName || 'Danh sách');
  const fields = spec.fields || ['STT', 'Họ và tên', 'Ngày sinh', 'Nữ', 'Lớp', 'HSKT', 'GV hỗ trợ'];
  const title = spec.title || [];
  title.forEach((line, i) => {
    ws.getCell(i + 1, 1).value = line;
  });
  let row = title.length + 1;
  const columnOf = {};
  fields.forEach((f, i) => {
    columnOf[f] = i + 1;
  });
  const pointColumns = {};
  let col = fields.length + 1;
  for (const p of spec.points) {
    pointColumns[p] = {};
    for (const area of spec.areas) pointColumns[p][area] = col++;
  }
  const width = col - 1;
  if (spec.headerStyle === 'two-row') {
    fields.forEach((f, i) => {
      ws.getCell(row, i + 1).value = f;
      ws.mergeCells(row, i + 1, row + 1, i + 1);
    });
    for (const p of spec.points) {
      const cols = Object.values(pointColumns[p]);
      ws.getCell(row, cols[0]).value = (spec.pointLabels || POINT_LABELS)[p];
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
        const label = spec.combinedLabel ? spec.combinedLabel(POINT_SHORT[p], area) : `${POINT_SHORT[p]} - ${area}`;
        ws.getCell(row, pointColumns[p][area]).value = label;
      }
    }
    row += 1;
  }
  const rowOf = [];
  spec.students.forEach((s, i) => {
    if (spec.blankRowsEvery && i > 0 && i % spec.blankRowsEvery === 0) row += 1;
    rowOf.push(row);
    const set = (field, value) => {
      if (columnOf[field] !== undefined && value !== undefined && value !== null && value !== '') ws.getCell(row, columnOf[field]).value = value;
    };
    set('STT', i + 1);
    set('Họ và tên', s.name);
    set('Lớp', s.className);
    set('Ngày sinh', s.birth);
    set('Nữ', s.female ? 'x' : '');
    set('HSKT', s.disability ? 'x' : '');
    set('GV hỗ trợ', s.supporter);
    for (const [field, value] of Object.entries(s.cells || {})) set(field, value);
    for (const [p, byArea] of Object.entries(s.ratings || {})) {
      for (const [area, value] of Object.entries(byArea)) {
        if (value !== undefined && value !== '' && pointColumns[p] && pointColumns[p][area]) ws.getCell(row, pointColumns[p][area]).value = value;
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

module.exports = { buildSchoolWorkbook, seededRandom, randomPerson, POINT_LABELS };
