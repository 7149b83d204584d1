// Fuzzing the whole built bundle: random workbooks (random tabs, headers, aliases, merges, value
// types, formula-error strings, long texts, empty and huge tabs) run through "Tổng hợp" in the vm,
// with what must hold whatever the input (PRODUCT 2, 3.1, 4):
// - the run finishes (no alert, no exception);
// - every problem points at a cell or range, on a tab, with a message;
// - no row with an error is counted: it carries no flag, and the students flagged as needing support
//   at a review point are exactly TSHS cần hỗ trợ of that point;
// - the totals hold together (TC = Σ khối; area ≤ TSHS cần hỗ trợ ≤ THHS unless Kiểm tra reports a
//   class over its Sĩ số; rows read = counted + excluded);
// - every tab the school had is unchanged (values and merges), and the generated tabs hold no formula.
// Each workbook comes from a seed, so a failure is replayed with `npm run fuzz -- 1 <seed>`.

import ExcelJS from 'exceljs';
import { FakeWorkbook, runSummarize } from './bundle';

/** mulberry32: a repeatable pseudo-random generator. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof generator>;

const ROSTER_TABS = ['Danh sách', 'danh sach', 'DANH SÁCH', 'Danh sách khối 1', 'Danh sách 2A', 'Danh sach lop 3', 'Danh sách HS'];
const OTHER_TABS = ['Lớp', 'lop', 'Cấu hình', 'Kế hoạch', 'Tổng hợp', 'tổng hợp', 'Kiểm tra', 'Theo dõi', 'Lịch tháng',
  'Tổng hợp HKI - lưu', 'Sheet1', 'Trang tính1', '2a', '3b', 'Chỉ tiêu', 'Ghi chú'];
const FIELDS = ['STT', 'TT', '#', 'Mã HS', 'Mã định danh', 'Họ và tên', 'Họ tên', 'Tên học sinh', 'Họ đệm', 'Tên', 'Lớp', 'Tên lớp',
  'Ngày sinh', 'NS', 'Giới tính', 'Nữ', 'HSKT', 'Khuyết tật', 'Hoàn cảnh', 'GV hỗ trợ', 'GV nhận đỡ đầu', 'Ghi chú', 'Sở thích', ''];
const POINTS = ['Đầu năm', 'ĐN', 'GKI', 'Giữa HKI', 'Giữa học kì I (tháng 11/2025)', 'CKI', 'KẾT QUẢ CUỐI HKI', 'HKI', 'GKII',
  'Giữa kì II', 'CN', 'Cuối năm', 'Đánh giá Cuối năm học 2025-2026', 'Kết quả', 'Tháng 9', ''];
const AREAS = ['Toán', 'Tiếng Việt', 'TV', 'Toán học', 'Môn Toán', 'Tiếng Việt (Đọc - Viết)', 'Năng lực', 'NL', 'Phẩm chất', 'PC',
  'Ngoại ngữ', 'Tin học', 'Khoa học', 'LS&ĐL', 'TN&XH', 'Đạo đức', 'Âm nhạc', 'Thể dục', 'Văn', 'Điểm', ''];
const RATINGS = ['C', 'CHT', 'Chưa hoàn thành', 'T', 'H', 'HT', 'HTT', 'Đ', 'Đạt', 'CCG', 'Cần cố gắng', 'Tốt', 'x', 'X', '✓', '\uF0FC',
  'c', ' h ', '', '', '', '', 'H', 'C', 'Đ'];
const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', ' #N/A'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hùng', 'Lê Hưng', 'Phạm Hà', 'Phạm Hạ', 'Nguyễn Văn An'.normalize('NFD'),
  'Đỗ  Minh   Châu', '=IMPORTXML("http://x","//a")', '10%', '2024-01-31', 'Cộng: 6 em', 'Tổng', 'Người lập danh sách', 'Họ và tên', ''];
const CLASSES = ['1A', '1B', '2A', 'Lớp 2b', ' 3A ', '3/2', '4A', '5A', '5E', '10A4', '12 A1', '13A', 'abc', '', 'Lớp'];
const DATES = ['05/09/2018', '5-9-2018', '29/02/2020', '29/02/2019', '2018-09-05', '31/04/2018', '5/9/18', 'không rõ', 43348, 2018, ''];
const TICKS = ['x', 'có', 'không', 'Không phải HSKT', '✓', 'HSKT', 'khiếm thị', '', '', ''];
const TEACHERS = ['Cô Lan', 'Thầy Nam; Cô Hoa', '1. Nguyễn Thị Lan\n2. Lê Văn Nam', 'không', 'chưa có', '-', '', ''];

/** Any value a cell may hold, including what no rule expects. */
function anyValue(r: Random): unknown {
  switch (r.int(0, 11)) {
    case 0: return r.pick(ERRORS);
    case 1: return r.int(-5, 50);
    case 2: return r.next() * 1000;
    case 3: return r.chance(0.5);
    case 4: return new Date(Date.UTC(r.int(1990, 2030), r.int(0, 11), r.int(1, 28)));
    case 5: return null;
    case 6: return r.chance(0.05) ? 'Ghi chú dài '.repeat(r.int(100, 6000)) : 'chú thích';
    case 7: return r.pick(RATINGS);
    case 8: return r.pick(NAMES);
    case 9: return r.pick(CLASSES);
    case 10: return r.pick([...FIELDS, ...POINTS, ...AREAS]);
    default: return '';
  }
}

/** ExcelJS stores an error as { error }, which Sheets shows by its text. */
function cellValue(value: unknown): ExcelJS.CellValue {
  if (typeof value === 'string' && ERRORS.includes(value)) return { error: value.trim() } as ExcelJS.CellErrorValue;
  return value as ExcelJS.CellValue;
}

/** A tab shaped like a roster: title rows, a header in one of the two styles, students, merges, noise. */
function rosterRows(r: Random, huge: boolean): { rows: unknown[][]; merges: Array<[number, number, number, number]> } {
  const rows: unknown[][] = [];
  const merges: Array<[number, number, number, number]> = [];
  for (let i = r.int(0, 3); i > 0; i--) rows.push([r.pick(['TRƯỜNG TIỂU HỌC HÒA AN', 'DANH SÁCH HỌC SINH CẦN HỖ TRỢ', ''])]);
  const fields = r.chance(0.8) ? ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ'] : [];
  for (let i = r.int(0, 4); i > 0; i--) fields.splice(r.int(0, fields.length), 0, r.pick(FIELDS));
  const blocks = Array.from({ length: r.int(0, 4) }, () => ({
    point: r.pick(POINTS), areas: Array.from({ length: r.int(1, 5) }, () => r.pick(AREAS)),
  }));
  const twoRow = r.chance(0.5);
  const headerTop = rows.length;
  if (twoRow) {
    rows.push([...fields, ...blocks.flatMap((b) => b.areas.map((_, i) => (i === 0 ? b.point : '')))]);
    rows.push([...fields.map(() => ''), ...blocks.flatMap((b) => b.areas)]);
    let column = fields.length;
    for (const b of blocks) {
      if (b.areas.length > 1 && r.chance(0.8)) merges.push([headerTop, column, headerTop, column + b.areas.length - 1]);
      column += b.areas.length;
    }
    fields.forEach((_, c) => {
      if (r.chance(0.5)) merges.push([headerTop, c, headerTop + 1, c]);
    });
  } else {
    rows.push([...fields, ...blocks.flatMap((b) => b.areas.map((a) => r.pick([`${b.point} - ${a}`, `${a} (${b.point})`, `${a} ${b.point}`])))]);
  }
  const classColumn = fields.indexOf('Lớp');
  const teacherColumn = fields.indexOf('GV hỗ trợ');
  const students = huge ? r.int(1500, 3000) : r.int(0, 40);
  // How messy this roster is: most are clean enough for totals and flags, some are chaos.
  const noise = r.pick([0, 0, 0.01, 0.05, 0.3]);
  const quality = (area: string) => /năng lực|nl|phẩm chất|pc/i.test(area);
  const first = rows.length;
  for (let i = 0; i < students; i++) {
    const messy = () => r.chance(noise);
    const row: unknown[] = fields.map((f) => {
      if (/tên|Tên/.test(f)) return messy() ? r.pick(NAMES) : `${r.pick(NAMES.slice(0, 6))} ${i}`;
      if (f === 'Lớp' || f === 'Tên lớp') return messy() ? r.pick(CLASSES) : r.pick(CLASSES.slice(0, 9));
      if (f === 'Ngày sinh' || f === 'NS') return messy() ? r.pick(DATES) : `${r.int(1, 28)}/${r.int(1, 12)}/${r.int(2014, 2020)}`;
      if (f === 'HSKT' || f === 'Khuyết tật' || f === 'Nữ') return r.pick(TICKS);
      if (f.startsWith('GV')) return r.pick(TEACHERS);
      if (f === 'STT' || f === 'TT' || f === '#') return i + 1;
      return messy() ? anyValue(r) : '';
    });
    for (const b of blocks) {
      for (const area of b.areas) {
        row.push(messy() ? (r.chance(0.5) ? r.pick(RATINGS) : anyValue(r))
          : r.pick(quality(area) ? ['C', 'CCG', 'Đ', 'T', 'x', '', ''] : ['C', 'CHT', 'H', 'HT', 'T', 'x', '', '']));
      }
    }
    if (messy()) row[r.int(0, Math.max(row.length - 1, 0))] = anyValue(r);
    rows.push(row);
  }
  // A class or a GV hỗ trợ merged down over a block of students.
  for (const column of [classColumn, teacherColumn]) {
    if (column < 0 || students < 2 || !r.chance(0.4)) continue;
    const top = first + r.int(0, students - 2);
    merges.push([top, column, Math.min(top + r.int(1, 6), first + students - 1), column]);
  }
  if (r.chance(0.3)) rows.push([r.pick(['Cộng: 6 em', 'Người lập danh sách', 'Tổng', ''])]);
  return { rows, merges };
}

function classRows(r: Random): unknown[][] {
  const rows: unknown[][] = [r.pick([['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['Tên lớp', 'Khối lớp', 'Giáo viên chủ nhiệm', 'Sỹ số'], ['Lớp', 'Sĩ số']])];
  for (let i = r.int(0, 12); i > 0; i--) {
    rows.push([r.pick(CLASSES), r.pick([1, 2, 3, 4, 5, 'Khối 2', 'K3', 13, '', 'x']), r.pick(['Cô Mai', '']),
      r.pick([0, 1, 5, 30, 35, '35 HS', '', 'ba mươi', -2, 12.5])]);
  }
  return rows;
}

function configRows(r: Random): unknown[][] {
  const keys = ['Cơ quan chủ quản', 'Tên trường', 'Địa danh', 'Năm học', 'Người ký', 'Chức danh ký', 'Nơi nhận', 'Tháng GKI', 'Tháng CKI',
    'Tháng Cuối năm', 'Hạn báo cáo tháng (ngày)', 'Hạn báo cáo học kì I', 'Hạn báo cáo cuối năm', 'Lịch tháng gồm hè', 'Chỉ tiêu Toán', 'Khác'];
  const values = ['UBND xã Hòa An', '2025-2026', '2025 - 2027', 'năm nay', '11', 'tháng 1', '13', '25', '40', '30/12', '31/02', 'có', 'không',
    '99,7%', 'trên 99,7 %', '≥ 99.7', '100%', '120%', new Date(Date.UTC(2026, 0, 5)), 7, ''];
  return Array.from({ length: r.int(0, 12) }, () => [r.pick(keys), r.pick(values)]);
}

function planRows(r: Random): unknown[][] {
  const rows: unknown[][] = [['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện']];
  for (let i = r.int(0, 10); i > 0; i--) {
    rows.push([r.pick(['9/2025', '1+2/2026', 'Tháng 3', 11, '12 - 2', '13', 'mùa thu', '', new Date(Date.UTC(2025, 10, 1))]),
      r.pick(['Rà soát', '', '=SUM(1,2)']), r.pick(['Họp tổ', '']), r.pick(['GVCN', ''])]);
  }
  return rows;
}

function junkRows(r: Random): unknown[][] {
  return Array.from({ length: r.int(0, 15) }, () => Array.from({ length: r.int(0, 8) }, () => anyValue(r)));
}

export interface FuzzCase {
  seed: number;
  workbook: ExcelJS.Workbook;
  today: string;
}

/** The workbook of one seed: 0 to 6 tabs of any kind; one in a hundred has a roster of thousands of rows. */
export function fuzzWorkbook(seed: number): FuzzCase {
  const r = generator(seed);
  const workbook = new ExcelJS.Workbook();
  const taken = new Set<string>();
  const huge = r.chance(0.01);
  for (let t = r.int(0, 6); t > 0; t--) {
    const kind = r.pick(['roster', 'roster', 'roster', 'classes', 'config', 'plan', 'junk', 'empty'] as const);
    const name = kind === 'roster' ? r.pick(ROSTER_TABS)
      : kind === 'classes' ? r.pick(['Lớp', 'lop', 'LỚP']) : kind === 'config' ? 'Cấu hình' : kind === 'plan' ? 'Kế hoạch' : r.pick(OTHER_TABS);
    const key = name.normalize('NFC').toLowerCase();
    if (taken.has(key)) continue; // Sheets refuses two tabs with the same name in any case
    taken.add(key);
    const ws = workbook.addWorksheet(name);
    const { rows, merges } = kind === 'roster' ? rosterRows(r, huge)
      : { rows: kind === 'classes' ? classRows(r) : kind === 'config' ? configRows(r) : kind === 'plan' ? planRows(r) : kind === 'junk' ? junkRows(r) : [], merges: [] };
    rows.forEach((row, i) => row.forEach((value, c) => {
      if (value !== '' && value !== null && value !== undefined) ws.getCell(i + 1, c + 1).value = cellValue(value);
    }));
    const used: string[] = [];
    for (const [top, left, bottom, right] of merges) {
      const box = `${top},${left},${bottom},${right}`;
      const overlaps = used.some((u) => {
        const [t2, l2, b2, r2] = u.split(',').map(Number);
        return top <= b2 && bottom >= t2 && left <= r2 && right >= l2;
      });
      if (overlaps || (top === bottom && left === right)) continue;
      used.push(box);
      ws.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
    }
  }
  const today = r.chance(0.9)
    ? `${r.pick([2025, 2026])}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`
    : `${r.int(2020, 2030)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  return { seed, workbook, today };
}

type Snapshot = Map<string, { values: unknown[][]; merges: string[] }>;

function snapshotTabs(book: FakeWorkbook): Snapshot {
  const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet();
  const out: Snapshot = new Map();
  for (const sheet of ss.getSheets()) {
    const range = sheet.getDataRange();
    out.set(sheet.getName(), {
      values: JSON.parse(JSON.stringify(range.getValues())),
      merges: range.getMergedRanges().map((m) => m.getA1Notation()).sort(),
    });
  }
  return out;
}

const A1_OR_RANGE = /^[A-Z]+[1-9]\d*(:[A-Z]+[1-9]\d*)?$/;

/** Runs Tổng hợp on the workbook of `seed` and returns what went wrong (nothing, when all holds). */
export function fuzzOne(seed: number): string[] {
  const { workbook, today } = fuzzWorkbook(seed);
  const book = new FakeWorkbook(workbook);
  const before = snapshotTabs(book);
  const failures: string[] = [];
  const fail = (what: string) => failures.push(`seed ${seed}: ${what}`);
  let json;
  try {
    json = runSummarize(book, { today }).json;
  } catch (error) {
    fail(`the run failed: ${(error as Error).message.split('\n')[0]}`);
    return failures;
  }
  if (book.alerts.length > 0) fail(`an alert: ${book.alerts[0].message}`);

  // Every problem points at a cell or range of a tab, with a message.
  for (const p of json.problems) {
    if (!A1_OR_RANGE.test(p.cell)) fail(`problem ${p.code} on "${p.sheet}" has no cell ("${p.cell}")`);
    if (!p.sheet) fail(`problem ${p.code} names no tab`);
    if (p.message.length < 20) fail(`problem ${p.code} at ${p.cell} has no real message`);
  }

  // No row with an error is counted.
  const rosterTabs = new Set(json.sources.filter((s) => s.kind === 'roster').map((s) => s.sheet));
  const errorRows = new Set(json.problems.filter((p) => p.severity === 'error' && rosterTabs.has(p.sheet))
    .map((p) => `${p.sheet}|${/\d+/.exec(p.cell)?.[0]}`));
  for (const f of json.flags) {
    if (errorRows.has(`${f.sheet}|${f.row}`)) fail(`row ${f.row} of "${f.sheet}" has an error yet is flagged ${f.kinds.join('+')} at ${f.reviewPoint}`);
  }
  const official = json.sources.some((s) => s.kind === 'official');
  if (json.rows.read !== json.rows.counted + json.rows.excluded) fail(`rows read ${json.rows.read} ≠ counted ${json.rows.counted} + excluded ${json.rows.excluded}`);
  const overSize = json.problems.some((p) => p.code === 'CLASS_OVER_SIZE');
  for (const point of json.reviewPoints) {
    const t = json.totals[point];
    if (!t) {
      fail(`review point ${point} has no totals`);
      continue;
    }
    const sum = (f: (c: typeof t.total) => number) => t.byGrade.reduce((n, g) => n + f(g), 0);
    if (t.total.students !== sum((c) => c.students) || t.total.needSupport !== sum((c) => c.needSupport) || t.total.disability !== sum((c) => c.disability)) {
      fail(`${point}: TC is not the sum of the khối rows`);
    }
    for (const area of Object.keys(t.total.byArea)) {
      if (t.total.byArea[area] !== sum((c) => c.byArea[area] ?? 0)) fail(`${point}: TC ${area} is not the sum of the khối rows`);
    }
    for (const g of t.byGrade) {
      for (const [area, n] of Object.entries(g.byArea)) if (n > g.needSupport) fail(`${point} khối ${g.grade}: ${area} ${n} > TSHS cần hỗ trợ ${g.needSupport}`);
      if (g.needSupport > g.students && !overSize) fail(`${point} khối ${g.grade}: TSHS cần hỗ trợ ${g.needSupport} > THHS ${g.students}`);
      if (g.disability > g.needSupport) fail(`${point} khối ${g.grade}: HSKT ${g.disability} > TSHS cần hỗ trợ ${g.needSupport}`);
    }
    if (!official) {
      const needing = new Set(json.flags.filter((f) => f.reviewPoint === point && (f.kinds.includes('notImproved') || f.kinds.includes('new')))
        .map((f) => `${f.sheet}|${f.row}`));
      if (needing.size !== t.total.needSupport) fail(`${point}: ${needing.size} students flagged as needing support, TSHS cần hỗ trợ ${t.total.needSupport}`);
    }
  }

  // Every tab the school had is unchanged; the generated tabs hold no formula.
  const after = snapshotTabs(book);
  for (const [name, tab] of before) {
    const now = after.get(name);
    if (!now) fail(`the school's tab "${name}" is gone`);
    else if (JSON.stringify(now) !== JSON.stringify(tab)) fail(`the school's tab "${name}" was changed`);
  }
  const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet();
  for (const name of json.tabs.written) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) fail(`the generated tab "${name}" is missing`);
    else if (sheet.getDataRange().getFormulas().some((row) => row.some((f) => f !== ''))) fail(`the generated tab "${name}" holds a formula`);
  }
  return failures;
}

/** Runs `count` seeds from `first`; returns the failures (at most `keep`) and how long it took. */
export function fuzzMany(first: number, count: number, keep = 20): { failures: string[]; failed: number; ms: number } {
  const started = Date.now();
  const failures: string[] = [];
  let failed = 0;
  for (let seed = first; seed < first + count; seed++) {
    const found = fuzzOne(seed);
    if (found.length > 0) failed += 1;
    for (const f of found) if (failures.length < keep) failures.push(f);
  }
  return { failures, failed, ms: Date.now() - started };
}
