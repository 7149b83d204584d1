// Issue 17: the shapes that gave a wrong number without a word, as a table in the style of
// roster-variants.ts, each with its exact totals, HSKT, names and problems. The same table runs
// through the core (test/core/header-families.test.ts) and the built bundle on an .xlsx round trip
// (test/bundle/header-families.test.ts).
//
// | #  | input shape                                                              | expected reading                                              |
// |----|--------------------------------------------------------------------------|---------------------------------------------------------------|
// | 31 | GKI over Toán, Tiếng Việt (Đọc, Viết), Năng lực chung / đặc thù (parts), | a C in any part is one need in its area, once per student     |
// |    | Phẩm chất chủ yếu (five qualities): three header rows, merged            |                                                               |
// | 32 | Tiếng Việt in two columns: "GKI - TV (Đọc)", "GKI - TV (Viết)"           | one Tiếng Việt need per student, no duplicate-column warning  |
// | 33 | a part under Năng lực chung that names no known part ("Hợp tác nhóm")   | COLUMN_UNPLACED at that header cell; the rest still counted   |
// | 34 | a rating merged across the areas of one point and down over students     | counted in each area for each student it covers, no warning   |
// | 35 | HSKT as "KT nhẹ", "Khuyết tật vận động (nhẹ)" / "nghi tự kỷ", "đang chờ  | short forms counted; a suspicion or pending status a warning  |
// |    | xác nhận", "chưa có giấy"                                                | at its cell (DISABILITY_PENDING), not counted                 |
// | 36 | a Sheets copy "Bản sao của Danh sách khối 1" beside "Danh sách khối 1"   | the copy not read: TAB_COPY_UNREAD at its A1                  |
// | 37 | a class block's "Tổng cộng" / "Cộng" row with a class and numbers        | skipped as total rows, no errors                              |
// | 38 | only last year's Cuối năm vnEdu exports (CN layout, Chưa lên lớp ticks), | every student one khối up at Đầu năm, ticked ones stay,       |
// |    | run in October                                                           | khối 5 gone; OFFICIAL_BASELINE_PROMOTED on each tab           |
// | 39 | KHTN and Ngữ văn columns beside Toán, TV, rated for a 1A and a 6A class   | not read for 1A: no need there, AREA_OTHER_LEVEL once at each |
// |    |                                                                          | header; 6A's KHTN still a need                                |
// | 40 | KHTN written per part in one label: "HK1 - KHTN (Lí)" / "KHTN (Lí)" under | each part read as its subject (Vật lí, Hóa học, Sinh học), as |
// |    | a merged "HK1"                                                           | under KHTN merged over Lí | Hóa | Sinh; nothing unplaced      |
// | 41 | one Danh sách: 6A rated in Tiếng Anh, 6B in Tiếng Pháp only, 7A in both   | each class's only language is its Ngoại ngữ; 7A's Tiếng Pháp  |
// |    |                                                                          | stays Ngoại ngữ 2; 6B's empty Tiếng Anh says so               |
// | 42 | a khối 3 vnEdu export with a "Khoa học tự nhiên" column                   | not read: AREA_OTHER_LEVEL once at its header; the rest read  |
// | 43 | a khối 3 vnEdu export listing Tiếng Anh and Tiếng Pháp, the class rated    | Tiếng Pháp is the class's Ngoại ngữ, read on T/H/C; the empty |
// |    | in Tiếng Pháp only                                                       | Tiếng Anh says so (LANGUAGE_ASSUMED)                          |

import type { MergedRange, SheetGrid } from '../../src/core/model';
import { parseA1Range } from '../../src/core/text';
import { renderRoster, type HeaderStyle, type Rendered, type RosterShape } from './roster-shape';
import type { Case } from './roster-variants';
import { ORDER_2025, vneduSheet, type VneduStudent, type VneduTab } from '../../local/vnedu-export';

const BOTH: HeaderStyle[] = ['one-row', 'two-row'];
const FIELDS = ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ']; // A–F, blocks from G
const p = (r: SheetGrid, code: string, cell: string) => `${code}@${r.name}!${cell}`;

const PARTS: Array<[string, string[]]> = [
  ['Toán', []], ['Tiếng Việt', ['Đọc', 'Viết']], ['Năng lực chung', ['Tự chủ và tự học', 'Giao tiếp và hợp tác', 'GQVĐ và sáng tạo']],
  ['Năng lực đặc thù', ['Ngôn ngữ', 'Tính toán']], ['Phẩm chất chủ yếu', ['Yêu nước', 'Nhân ái', 'Chăm chỉ', 'Trung thực', 'Trách nhiệm']],
];

/**
 * Three merged header rows: A–E fields (merged down), then "Giữa học kì I" over the areas, each
 * area merged across its parts (or down, without parts). 1-based sheet rows: header 1–3, data from 4.
 */
function threeRows(areas: Array<[string, string[]]>, rows: unknown[][], name = 'Danh sách'): Rendered {
  const fields = ['STT', 'Họ và tên', 'Lớp', 'HSKT', 'GV hỗ trợ'];
  const top: unknown[] = [...fields];
  const mid: unknown[] = fields.map(() => '');
  const low: unknown[] = fields.map(() => '');
  const merges: MergedRange[] = fields.map((_, i) => ({ row: 1, column: i + 1, numRows: 3, numColumns: 1 }));
  for (const [area, parts] of areas) {
    const column = mid.length + 1;
    const span = Math.max(1, parts.length);
    mid.push(area, ...new Array(span - 1).fill(''));
    low.push(...(parts.length ? parts : ['']));
    merges.push(parts.length ? { row: 2, column, numRows: 1, numColumns: span } : { row: 2, column, numRows: 2, numColumns: 1 });
  }
  top.push('Giữa học kì I', ...new Array(mid.length - fields.length - 1).fill(''));
  merges.push({ row: 1, column: fields.length + 1, numRows: 1, numColumns: mid.length - fields.length });
  const width = mid.length;
  const values = [top, mid, low, ...rows].map((r) => [...r, ...new Array(Math.max(0, width - r.length)).fill('')]);
  return {
    name, values, merges, row: (i) => 4 + i, at: (c, i) => `${c}${4 + i}`, header: (c) => `${c}3`, group: (c) => `${c}1`,
  };
}

/** A vnEdu class tab as a grid with its merged blocks (vneduSheet gives them as A1 ranges). */
function vnedu(sheet: string, className: string, students: VneduStudent[], tab: Partial<VneduTab> = {}): SheetGrid {
  const made = vneduSheet({ sheet, className, students, point: 'CN', year: 2024, subjects: ORDER_2025, ...tab });
  return { ...made.grid, merges: made.merges.map((m) => parseA1Range(m) as MergedRange) };
}

const lastYearClass = (prefix: number, n: number): VneduStudent[] => Array.from({ length: n }, (_, i) => ({
  id: 9200000000 + prefix * 1000 + i, name: `Học Sinh ${prefix}-${i + 1}`, birth: '05/01/2017',
  ratings: i % 4 === 0 ? { 'Tiếng Việt': 'C' } : undefined, notPromoted: i === n - 1,
}));

const T = (n: number) => new Array(n).fill('T');

/** One GKI block over `areas`; students An, Bình, Cường of 1A (Cô Lan) with their ratings. */
const gki = (areas: string[], ratings: unknown[][], merges?: RosterShape['merges']) => (style: HeaderStyle) => [renderRoster({
  fields: FIELDS, blocks: [{ point: 'GKI', areas }], merges,
  rows: ratings.map((r, i) => [i + 1, ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'][i], '', '1A', '', 'Cô Lan', ...r]),
}, style)];

/** One `point` block over `areas`; students An, Bình, Cường, … each given as [class, …ratings] (a khối 1 class: Cô Lan, else Cô Mai). */
const block = (point: string, areas: string[], rows: unknown[][]) => (style: HeaderStyle) => [renderRoster({
  fields: FIELDS, blocks: [{ point, areas }],
  rows: rows.map(([cls, ...r], i) => [i + 1, NAMES[i], '', cls, '', cls === '1A' ? 'Cô Lan' : 'Cô Mai', ...r]),
}, style)];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];

export const HEADER_FAMILIES: Case[] = [
  {
    shape: '31 areas split into parts on a third header row',
    styles: ['two-row'],
    tabs: () => [threeRows(PARTS, [
      //  A  B                C     D   E         F    G    H    I    J    K    L    M    N    O    P    Q    R
      [1, 'Nguyễn Văn An', '1A', '', 'Cô Lan', 'C', 'C', 'C', 'C', 'C', 'Đ', 'Đ', 'Đ', ...T(5)],
      [2, 'Trần Thị Bình', '1A', '', 'Cô Lan', 'H', 'H', 'C', 'Đ', 'Đ', 'Đ', 'Đ', 'C', 'T', 'T', 'T', 'C', 'C'],
      [3, 'Lê Văn Cường', '1A', '', 'Cô Lan', 'T', 'H', 'H', ...T(10)],
      [4, 'Phạm Thị Dung', '2A', '', 'Cô Mai', 'H', 'H', '', 'Đ', 'Đ', 'Đ', 'C', 'Đ', ...T(5)],
    ])],
    expect: () => ({
      totals: { GKI: { needSupport: 3, byArea: { Toán: 1, 'Tiếng Việt': 2, 'Năng lực': 3, 'Phẩm chất': 1 }, byGrade: [[1, 3, 2], [2, 1, 1]] } },
      names: ['Nguyễn Văn An', 'Phạm Thị Dung', 'Trần Thị Bình'],
      problems: [],
    }),
  },
  {
    shape: '32 Tiếng Việt as Đọc and Viết columns',
    styles: BOTH,
    tabs: gki(['Toán', 'TV (Đọc)', 'TV (Viết)'], [['C', 'C', 'C'], ['H', 'H', 'C'], ['H', 'H', 'H']]),
    expect: () => ({
      totals: { GKI: { needSupport: 2, byArea: { Toán: 1, 'Tiếng Việt': 2 } } },
      names: ['Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [],
    }),
  },
  {
    shape: '33 a part that names nothing known',
    styles: ['two-row'],
    tabs: () => [threeRows([['Toán', []], ['Năng lực chung', ['Tự chủ và tự học', 'Hợp tác nhóm']]], [
      [1, 'Nguyễn Văn An', '1A', '', 'Cô Lan', 'H', 'Đ', 'C'],
      [2, 'Trần Thị Bình', '1A', '', 'Cô Lan', 'C', 'C', 'Đ'],
    ])],
    expect: ([r]) => ({
      totals: { GKI: { needSupport: 1, byArea: { Toán: 1, 'Năng lực': 1 } } },
      names: ['Trần Thị Bình'],
      problems: [p(r, 'COLUMN_UNPLACED', 'H3')],
    }),
  },
  {
    shape: '34 a rating merged across the areas of one point and down over students',
    styles: BOTH,
    tabs: gki(['Toán', 'TV', 'Năng lực'], [['C', '', 'Đ'], ['', '', 'Đ'], ['H', 'H', 'C']], [{ row: 0, column: 6, numRows: 2, numColumns: 2 }]),
    expect: () => ({
      totals: { GKI: { needSupport: 3, byArea: { Toán: 2, 'Tiếng Việt': 2, 'Năng lực': 1 } } },
      names: ['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [],
    }),
  },
  {
    shape: '35 HSKT as short forms, suspicions and pending statuses',
    styles: BOTH,
    tabs: (style) => [renderRoster({
      fields: FIELDS, blocks: [{ point: 'GKI', areas: ['Toán', 'TV'] }],
      rows: ['KT nhẹ', 'Khuyết tật vận động (nhẹ)', 'HSKT học hòa nhập', 'nghi tự kỷ', 'đang chờ xác nhận', 'chưa có giấy', 'không']
        .map((hskt, i) => [i + 1, `Học sinh ${String.fromCharCode(65 + i)}`, '', '1A', hskt, 'Cô Lan', 'C', '']),
    }, style)],
    expect: ([r]) => ({
      totals: { GKI: { needSupport: 7, disability: 3 } },
      problems: [3, 4, 5].map((i) => p(r, 'DISABILITY_PENDING', r.at('E', i))),
    }),
  },
  {
    shape: '36 a Sheets copy of a Danh sách tab',
    styles: BOTH,
    tabs: (style) => {
      const shape = { tab: 'Danh sách khối 1', fields: FIELDS, blocks: [{ point: 'GKI', areas: ['Toán', 'TV'] }],
        rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H'], [2, 'Trần Thị Bình', '', '1A', '', 'Cô Lan', 'H', 'H']] };
      return [renderRoster(shape, style), renderRoster({ ...shape, tab: 'Bản sao của Danh sách khối 1' }, style)];
    },
    expect: ([, copy]) => ({
      totals: { GKI: { needSupport: 1, byGrade: [[1, 2, 1]] } },
      names: ['Nguyễn Văn An'],
      problems: [p(copy, 'TAB_COPY_UNREAD', 'A1')],
    }),
  },
  {
    shape: '37 a class block\'s total rows with a class and numbers',
    styles: BOTH,
    tabs: (style) => [renderRoster({
      fields: FIELDS, blocks: [{ point: 'GKI', areas: ['Toán', 'TV'] }],
      rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H'], [2, 'Trần Thị Bình', '', '1A', '', 'Cô Lan', 'C', 'C'],
        ['', 'Tổng cộng lớp 1A', '', '1A', '', '', 2, 1], [3, 'Lê Văn Cường', '', '1B', '', 'Cô Mai', 'H', 'C'], ['Cộng', '', '', '1B', '', '', '0', '1']],
    }, style)],
    expect: () => ({
      totals: { GKI: { needSupport: 3, byArea: { Toán: 2, 'Tiếng Việt': 2 } } },
      names: ['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [],
      skipped: 2,
    }),
  },
  {
    shape: '38 only last year\'s Cuối năm exports, in October',
    styles: ['two-row'],
    today: '2025-10-15',
    tabs: () => [
      { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] },
      vnedu('1a', '1A', lastYearClass(1, 30)), vnedu('2a', '2A', lastYearClass(2, 28)), vnedu('5a', '5A', lastYearClass(5, 25)),
    ],
    expect: () => ({
      // 1A: 29 up to khối 2 (needs at i = 0, 4 … 28: 8), i = 29 ticked stays; 2A: 27 up to khối 3 (7 needs), i = 27 ticked stays
      // in khối 2; 5A: 24 have left, i = 24 ticked stays in khối 5 (and needs Tiếng Việt).
      totals: { DN: { needSupport: 16, byArea: { Toán: 0, 'Tiếng Việt': 16, 'Năng lực': 0, 'Phẩm chất': 0 }, byGrade: [[1, 1, 0], [2, 30, 8], [3, 27, 7], [5, 1, 1]] } },
      problems: ['1a', '2a', '5a'].map((s) => `OFFICIAL_BASELINE_PROMOTED@${s}!A5`).concat('OFFICIAL_BASELINE_LEFT@5a!A5'),
    }),
  },
  {
    shape: '39 secondary-only areas rated in a primary class',
    styles: BOTH,
    tabs: block('GKI', ['Toán', 'TV', 'KHTN', 'Ngữ văn'], [['1A', 'C', 'H', 'C', 'C'], ['1A', 'H', 'H', 'C', ''], ['6A', '7', '', '3', '6']]),
    expect: ([r]) => ({
      totals: { GKI: {
        needSupport: 2, byGrade: [[1, 2, 1], [6, 1, 1]],
        byArea: { Toán: 1, 'Tiếng Việt': 0, 'Ngữ văn': 0, 'Ngoại ngữ': 0, 'Học tập': 0, 'Rèn luyện': 0, 'Khoa học tự nhiên': 1 },
      } },
      names: ['Lê Văn Cường', 'Nguyễn Văn An'],
      problems: [p(r, 'AREA_OTHER_LEVEL', r.header('I')), p(r, 'AREA_OTHER_LEVEL', r.header('J'))],
    }),
  },
  {
    shape: '40 KHTN parts in one header label',
    styles: BOTH,
    tabs: block('HK1', ['Toán', 'KHTN (Lí)', 'KHTN (Hóa)', 'KHTN (Sinh)'], [['6A', '6', '7', '8', '3'], ['6A', '4', '7', '4,5', '6'], ['6A', '8', '6', '7', '9']]),
    expect: () => ({
      totals: { CKI: {
        needSupport: 2,
        // The THCS core areas with no column here are said as such (noColumn), not counted 0.
        byArea: { Toán: 1, 'Vật lí': 0, 'Hóa học': 1, 'Sinh học': 1 },
      } },
      names: ['Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [],
    }),
  },
  {
    shape: '41 an English class and a French-only class in one Danh sách',
    styles: BOTH,
    tabs: block('HK1', ['Toán', 'Tiếng Anh', 'Tiếng Pháp'], [['6A', '6', '4', ''], ['6B', '6', '', '3'], ['6B', '7', '', '8'], ['7A', '7', '6', '2']]),
    expect: ([r]) => ({
      totals: { CKI: { needSupport: 3, byArea: { Toán: 0, 'Ngoại ngữ': 2, 'Ngoại ngữ 2': 1 }, byGrade: [[6, 3, 2], [7, 1, 1]] } },
      names: ['Nguyễn Văn An', 'Phạm Thị Dung', 'Trần Thị Bình'],
      // 6B's Tiếng Anh is empty, not "Miễn": taking French as its Ngoại ngữ is a guess, said at Tiếng Anh's header.
      problems: [p(r, 'LANGUAGE_ASSUMED', r.header('H'))],
    }),
  },
  {
    shape: '42 a secondary-only subject in a primary vnEdu export',
    styles: ['two-row'],
    tabs: () => [vnedu('3a', '3A', ['C', 'H', ''].map((khtn, i): VneduStudent => ({
      name: NAMES[i], birth: '05/01/2017', ratings: { 'Khoa học tự nhiên': khtn, ...(i === 1 ? { 'Tiếng Anh': 'C' } : {}) },
    })), { point: 'CKI', year: 2025, subjects: [...ORDER_2025, { name: 'Khoa học tự nhiên', score: true }] })],
    expect: () => ({
      totals: { CKI: { needSupport: 1, byArea: { Toán: 0, 'Tiếng Việt': 0, 'Năng lực': 0, 'Phẩm chất': 0, 'Ngoại ngữ': 1 } } },
      names: ['Trần Thị Bình'],
      problems: ['AREA_OTHER_LEVEL@3a!U9'], // U: KHTN's Mức đạt được, after the nine subjects of ORDER_2025 (G–T); header rows end at 9
    }),
  },
  {
    shape: '43 a French-only class in a primary vnEdu export listing Tiếng Anh',
    styles: ['two-row'],
    tabs: () => [vnedu('3b', '3B', ['C', 'H', 'T'].map((french, i): VneduStudent => ({
      name: NAMES[i], birth: '05/01/2017', ratings: { 'Tiếng Anh': '', 'Tiếng Pháp': french },
    })), { point: 'CKI', year: 2025, subjects: [...ORDER_2025, { name: 'Tiếng Pháp', score: true }] })],
    expect: () => ({
      totals: { CKI: { needSupport: 1, byArea: { Toán: 0, 'Tiếng Việt': 0, 'Năng lực': 0, 'Phẩm chất': 0, 'Ngoại ngữ': 1 } } },
      names: ['Nguyễn Văn An'],
      problems: ['LANGUAGE_ASSUMED@3b!K9'], // K: Tiếng Anh's Mức đạt được; its cells are empty, not "Miễn"
    }),
  },
];

export const FAMILY_RUNS = HEADER_FAMILIES.flatMap((c) => c.styles.map((style) => [c.shape, style, c] as const));
