// Issue 8: rosters in the shapes Vietnamese schools really keep, in both header styles where it
// applies: one header row of combined labels ("GKI - Toán"), or a merged review-point row over the
// area names. Each case gives the exact totals, names and problems expected. The same table runs
// on plain grids through the core (test/core/roster-variants.test.ts, what Stryker runs) and
// through the built bundle on an .xlsx round trip (test/bundle/real-rosters.test.ts).
//
// THE CASES: input shape → expected reading
//
// | #  | input shape                                                         | expected reading                                                   |
// |----|---------------------------------------------------------------------|--------------------------------------------------------------------|
// | 1  | Lớp merged down over each class's block of students                 | every row of the block is in that class; khối totals whole         |
// | 2  | GV hỗ trợ merged down over a group of students                      | each has that teacher: no SUPPORTER_MISSING, no noSupporter flag   |
// | 3  | Lớp merged over a block with a blank spacer row inside              | spacer skipped and counted, not a student without a name           |
// | 4  | "Họ và tên" merged across Họ đệm + Tên                              | the whole name                                                     |
// | 5  | review points decorated, areas in long forms                        | every block and area read, totals exact                            |
// | 6  | "Kết quả HKI" and "Kết quả HKII" side by side                       | HKI is Cuối học kì I, HKII is Cuối năm (never confused)            |
// | 7  | a review block named "Đợt 1" holding ratings                        | COLUMN_UNPLACED at its header (one per block), the rest still read |
// | 8  | an area column "Môn chính" under a known review point               | COLUMN_UNPLACED at its header, the rest still read                 |
// | 9  | a column with ratings and no header, after the last block           | COLUMN_UNPLACED at its empty header cell                           |
// | 10 | a notes column and a note row in the margin                         | nothing reported, the note row skipped and counted                 |
// | 11 | HSKT in words: x, ✓, có, 1, HSKT, a disability type / không, …      | yes and no read; "đang theo dõi" a warning, not counted as HSKT    |
// | 12 | one birth date as a Date, dd/mm/yyyy, d-m-yyyy, ISO, serial number  | the same date (4 duplicates); 29/02/2016 read, 29/02/2019 refused  |
// | 13 | names differing by one tone mark (Hùng/Hưng, Hà/Hạ), same birth     | different children, both counted; case/spacing/NFD still the same  |
// | 14 | the roster split over "Danh sách khối 1" and "Danh sách 2A"          | one roster; problems and flags carry their own tab and row         |
// | 15 | tabs "Danh sách" and "Danh sach"                                    | TAB_NAME_CONFLICT on both, no totals printed                       |
// | 16 | tabs "Lớp" and "Lop"                                                | TAB_NAME_CONFLICT on both, no totals printed                       |
// | 17 | footer, total lines, repeated header, numbered row, spacer rows    | skipped and counted in one line of Kiểm tra, no problem            |
// | 18 | a row with a name and no class below the list                      | read as a student: CLASS_MISSING at its cell                       |
// | 19 | a rating merged across two review columns of one review point      | counted in each area it covers, no warning (issue 17)              |
// | 20 | a mark merged down over three students (Đầu năm)                     | a mark for each of the three                                       |
// | 21 | Khối merged down over its classes in the Lớp tab                     | every class of the block in that khối                              |
// | 22 | classes pasted one under another, each with title and merged header | one roster; title, header rows and spacer skipped and counted      |
// | 23 | "Lớp" merged over sub-headers Khối | Lớp                             | the class is the "Lớp" sub-column (not "1 1A")                     |
// | 24 | a name over two columns, the second with no header, not merged       | warning at the empty header: merge "Họ và tên" or name the columns |

import type { SheetGrid } from '../../src/core/model';
import type { RunReport } from '../../src/core/report';
import { renderRoster, type HeaderStyle, type Rendered, type RosterShape } from './roster-shape';

const BOTH: HeaderStyle[] = ['one-row', 'two-row'];
const FIELDS = ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ']; // A–F, blocks from G
const GKI2 = [{ point: 'GKI', areas: ['Toán', 'TV'] }];

export interface Expected {
  reviewPoints?: string[];
  /** Per review point: needSupport and byArea of the whole school, and per khối [grade, students, needSupport]. */
  totals?: Record<string, { needSupport: number; byArea?: Record<string, number>; disability?: number; byGrade?: Array<[number, number, number]> }>;
  /** Names of the students flagged, sorted. */
  names?: string[];
  /** Every problem, `code@sheet!cell`, in any order. */
  problems: string[];
  /** Rows under a header that are not students. */
  skipped?: number;
  /** Every flag kind seen. */
  kinds?: string[];
  /** Every flag as `sheet!row`. */
  flagRows?: string[];
}

export interface Case {
  shape: string;
  styles: HeaderStyle[];
  tabs: (style: HeaderStyle) => SheetGrid[];
  expect: (tabs: Rendered[]) => Expected;
  today?: string;
}

const roster = (shape: Partial<RosterShape> & Pick<RosterShape, 'rows'>) => (style: HeaderStyle) =>
  [renderRoster({ fields: FIELDS, blocks: GKI2, ...shape }, style)];
const p = (r: Rendered, code: string, cell: string) => `${code}@${r.name}!${cell}`;

export const ROSTER_VARIANTS: Case[] = [
  {
    shape: '1 Lớp merged down over each class',
    styles: BOTH,
    tabs: roster({
      rows: [
        [1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H'],
        [2, 'Trần Thị Bình', '', '', '', 'Cô Lan', 'H', 'C'],
        [3, 'Lê Văn Cường', '', '', '', 'Cô Lan', 'C', 'C'],
        [4, 'Phạm Thị Dung', '', '2A', '', 'Cô Mai', 'H', 'H'],
        [5, 'Hoàng Văn Em', '', '', '', 'Cô Mai', 'C', 'H'],
      ],
      merges: [{ row: 0, column: 3, numRows: 3 }, { row: 3, column: 3, numRows: 2 }],
    }),
    expect: () => ({
      totals: { GKI: { needSupport: 4, byArea: { Toán: 3, 'Tiếng Việt': 2 }, byGrade: [[1, 3, 3], [2, 2, 1]] } },
      names: ['Hoàng Văn Em', 'Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [],
    }),
  },
  {
    shape: '2 GV hỗ trợ merged down over a group',
    styles: BOTH,
    tabs: roster({
      rows: [
        [1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H'],
        [2, 'Trần Thị Bình', '', '1A', '', '', 'C', 'C'],
        [3, 'Lê Văn Cường', '', '1A', '', '', 'C', ''],
        [4, 'Phạm Thị Dung', '', '1A', '', '', 'H', 'C'],
      ],
      merges: [{ row: 0, column: 5, numRows: 3 }],
    }),
    expect: ([r]) => ({
      totals: { GKI: { needSupport: 4, byArea: { Toán: 3, 'Tiếng Việt': 2 } } },
      names: ['Lê Văn Cường', 'Nguyễn Văn An', 'Phạm Thị Dung', 'Trần Thị Bình'],
      problems: [p(r, 'SUPPORTER_MISSING', r.at('F', 3))], // Dung is below the merged block
      kinds: ['new', 'noSupporter'],
    }),
  },
  {
    shape: '3 Lớp merged over a block with a spacer row',
    styles: BOTH,
    tabs: roster({
      rows: [
        [1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H'],
        ['', '', '', '', '', '', '', ''],
        [2, 'Trần Thị Bình', '', '', '', 'Cô Lan', 'H', 'C'],
      ],
      merges: [{ row: 0, column: 3, numRows: 3 }],
    }),
    expect: () => ({ totals: { GKI: { needSupport: 2, byGrade: [[1, 2, 2]] } }, names: ['Nguyễn Văn An', 'Trần Thị Bình'], problems: [], skipped: 1 }),
  },
  {
    shape: '4 Họ và tên merged across Họ đệm + Tên',
    styles: BOTH,
    tabs: (style) => [renderRoster({
      fields: ['STT', { label: 'Họ và tên', span: 2, sub: ['Họ đệm', 'Tên'] }, 'Lớp', 'GV hỗ trợ'],
      blocks: GKI2,
      rows: [[1, 'Nguyễn Văn', 'Hùng', '1A', 'Cô Lan', 'C', 'H'], [2, 'Trần Thị Ngọc', 'Ánh', '1A', 'Cô Lan', 'H', 'C']],
    }, style)],
    expect: () => ({ totals: { GKI: { needSupport: 2 } }, names: ['Nguyễn Văn Hùng', 'Trần Thị Ngọc Ánh'], problems: [] }),
  },
  {
    shape: '5 decorated review points, long area names',
    styles: BOTH,
    today: '2026-06-01',
    tabs: roster({
      blocks: [
        { point: 'Giữa học kì I (tháng 11/2025)', areas: ['Toán học', 'Tiếng Việt (Đọc - Viết)', 'Năng lực chung', 'Phẩm chất chủ yếu'] },
        { point: 'KẾT QUẢ CUỐI HKI', areas: ['Môn Toán', 'Môn Tiếng Việt', 'Năng lực đặc thù', 'Phẩm chất'] },
        { point: 'Đánh giá Cuối năm học 2025-2026', areas: ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'] },
      ],
      rows: [
        [1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'C', 'Đ', 'Đ', 'C', 'H', 'Đ', 'Đ', 'H', 'H', 'Đ', 'Đ'],
        [2, 'Trần Thị Bình', '', '2A', '', 'Cô Mai', 'H', 'H', 'C', 'C', 'H', 'H', 'C', 'Đ', 'H', 'H', 'Đ', 'C'],
        [3, 'Lê Văn Cường', '', '2A', '', 'Cô Mai', 'H', 'H', 'Đ', 'Đ', 'H', 'H', 'Đ', 'Đ', 'H', 'H', 'Đ', 'Đ'],
      ],
    }),
    expect: () => ({
      reviewPoints: ['GKI', 'CKI', 'CN'],
      totals: {
        GKI: { needSupport: 2, byArea: { Toán: 1, 'Tiếng Việt': 1, 'Năng lực': 1, 'Phẩm chất': 1 } },
        CKI: { needSupport: 2, byArea: { Toán: 1, 'Tiếng Việt': 0, 'Năng lực': 1, 'Phẩm chất': 0 } },
        CN: { needSupport: 1, byArea: { Toán: 0, 'Tiếng Việt': 0, 'Năng lực': 0, 'Phẩm chất': 1 } },
      },
      names: ['Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [],
    }),
  },
  {
    shape: '6 HKI beside HKII',
    styles: BOTH,
    today: '2026-06-01',
    tabs: roster({
      blocks: [{ point: 'Kết quả HKI', areas: ['Toán', 'TV'] }, { point: 'Kết quả HKII', areas: ['Toán', 'TV'] }],
      rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H', 'H', 'C']],
    }),
    expect: () => ({
      reviewPoints: ['CKI', 'CN'],
      totals: { CKI: { needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 0 } }, CN: { needSupport: 1, byArea: { Toán: 0, 'Tiếng Việt': 1 } } },
      names: ['Nguyễn Văn An'],
      problems: [],
    }),
  },
  {
    shape: '7 a review block nobody can name',
    styles: BOTH,
    tabs: roster({
      blocks: [{ point: 'GKI', areas: ['Toán', 'TV'] }, { point: 'Đợt 1', areas: ['Toán', 'TV'] }],
      rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H', 'C', 'C'], [2, 'Trần Thị Bình', '', '1A', '', 'Cô Lan', 'H', 'H', 'H', 'C']],
    }),
    expect: ([r]) => ({
      totals: { GKI: { needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 0 } } },
      names: ['Nguyễn Văn An'],
      // two-row: one problem at the merged "Đợt 1" cell; one-row: one at each "Đợt 1 - …" label
      problems: r.header('I') === r.group('I') ? [p(r, 'COLUMN_UNPLACED', 'I1'), p(r, 'COLUMN_UNPLACED', 'J1')] : [p(r, 'COLUMN_UNPLACED', r.group('I'))],
    }),
  },
  {
    shape: '8 an area nobody can place',
    styles: BOTH,
    tabs: roster({
      blocks: [{ point: 'GKI', areas: ['Toán', 'Môn chính'] }],
      rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'C'], [2, 'Trần Thị Bình', '', '1A', '', 'Cô Lan', 'H', 'H']],
    }),
    expect: ([r]) => ({
      totals: { GKI: { needSupport: 1, byArea: { Toán: 1 } } },
      names: ['Nguyễn Văn An'],
      problems: [p(r, 'COLUMN_UNPLACED', r.header('H'))],
    }),
  },
  {
    shape: '9 ratings under no header',
    styles: BOTH,
    tabs: roster({
      rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H', 'C'], [2, 'Trần Thị Bình', '', '1A', '', 'Cô Lan', 'H', 'H', 'HT']],
    }),
    expect: ([r]) => ({
      totals: { GKI: { needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 0 } } },
      names: ['Nguyễn Văn An'],
      problems: [p(r, 'COLUMN_UNPLACED', r.header('I'))],
    }),
  },
  {
    shape: '10 notes in the margin',
    styles: BOTH,
    tabs: roster({
      rows: [
        [1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H', '', 'Em tiến bộ chậm'],
        ['', '', '', '', '', '', '', '', '', 'Lớp 1A: họp phụ huynh ngày 15/11'],
        [2, 'Trần Thị Bình', '', '1A', '', 'Cô Lan', 'H', 'C', '', 'Cần kèm thêm'],
      ],
    }),
    expect: () => ({ totals: { GKI: { needSupport: 2 } }, names: ['Nguyễn Văn An', 'Trần Thị Bình'], problems: [], skipped: 1 }),
  },
  {
    shape: '11 HSKT in words',
    styles: BOTH,
    tabs: roster({
      rows: [
        ['x', '✓', 'có', 1, 'HSKT', 'khuyết tật trí tuệ', 'Khiếm thính', 'tự kỷ', '', 'không', 'Không có', 'không khuyết tật', 'Không phải HSKT', 'đang theo dõi']
          .map((hskt, i) => [i + 1, `Học sinh ${String.fromCharCode(65 + i)}`, '', '1A', hskt, 'Cô Lan', 'C', '']),
      ].flat(),
    }),
    expect: ([r]) => ({
      totals: { GKI: { needSupport: 14, disability: 8 } },
      problems: [p(r, 'DISABILITY_UNCLEAR', r.at('E', 13))],
    }),
  },
  {
    shape: '12 one birth date written five ways',
    styles: BOTH,
    tabs: roster({
      rows: [
        [1, 'Nguyễn Văn An', new Date(Date.UTC(2018, 8, 5)), '1A', '', 'Cô Lan', 'C', ''],
        [2, 'Nguyễn Văn An', '05/09/2018', '1A', '', 'Cô Lan', 'C', ''],
        [3, 'Nguyễn Văn An', '5-9-2018', '1A', '', 'Cô Lan', 'C', ''],
        [4, 'Nguyễn Văn An', '2018-09-05', '1A', '', 'Cô Lan', 'C', ''],
        [5, 'Nguyễn Văn An', 43348, '1A', '', 'Cô Lan', 'C', ''],
        [6, 'Trần Thị Bình', '29/02/2016', '1A', '', 'Cô Lan', 'C', ''],
        [7, 'Lê Văn Cường', '29/02/2019', '1A', '', 'Cô Lan', 'C', ''],
      ],
    }),
    expect: ([r]) => ({
      totals: { GKI: { needSupport: 3 } },
      names: ['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [1, 2, 3, 4].map((i) => p(r, 'STUDENT_DUPLICATE', r.at('B', i))).concat(p(r, 'BIRTH_DATE_INVALID', r.at('C', 6))),
    }),
  },
  {
    shape: '13 names one tone mark apart',
    styles: BOTH,
    tabs: roster({
      rows: [
        [1, 'Nguyễn Văn Hùng', '01/02/2018', '1A', '', 'Cô Lan', 'C', ''],
        [2, 'Nguyễn Văn Hưng', '01/02/2018', '1A', '', 'Cô Lan', 'C', ''],
        [3, 'Lê Thị Hà', '03/04/2018', '1A', '', 'Cô Lan', '', 'C'],
        [4, 'Lê Thị Hạ', '03/04/2018', '1A', '', 'Cô Lan', '', 'C'],
        [5, 'Trần An', '05/06/2018', '1A', '', 'Cô Lan', 'C', ''],
        [6, '  TRẦN   an '.normalize('NFD'), '05/06/2018', '1A', '', 'Cô Lan', 'C', ''],
      ],
    }),
    expect: ([r]) => ({
      totals: { GKI: { needSupport: 5, byArea: { Toán: 3, 'Tiếng Việt': 2 } } },
      names: ['Lê Thị Hà', 'Lê Thị Hạ', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hưng', 'Trần An'],
      problems: [p(r, 'STUDENT_DUPLICATE', r.at('B', 5))],
    }),
  },
  {
    shape: '14 the roster over two Danh sách tabs',
    styles: BOTH,
    tabs: (style) => [
      renderRoster({ tab: 'Danh sách khối 1', title: ['DANH SÁCH KHỐI 1'], fields: FIELDS, blocks: GKI2,
        rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H'], [2, 'Trần Thị Bình', '', '1B', '', '', 'H', 'C']] }, style),
      renderRoster({ tab: 'Danh sách 2A', fields: FIELDS, blocks: GKI2,
        rows: [[1, 'Lê Văn Cường', '', '2A', '', 'Cô Mai', 'C', 'C'], [2, 'Phạm Thị Dung', '', '', '', 'Cô Mai', 'C', 'H']] }, style),
    ],
    expect: ([k1, a2]) => ({
      totals: { GKI: { needSupport: 3, byArea: { Toán: 2, 'Tiếng Việt': 2 }, byGrade: [[1, 2, 2], [2, 1, 1]] } },
      names: ['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [p(k1, 'SUPPORTER_MISSING', k1.at('F', 1)), p(a2, 'CLASS_MISSING', a2.at('D', 1))],
      flagRows: [`${k1.name}!${k1.row(0)}`, `${k1.name}!${k1.row(1)}`, `${a2.name}!${a2.row(0)}`],
    }),
  },
  {
    shape: '15 Danh sách and Danh sach',
    styles: BOTH,
    tabs: (style) => [
      renderRoster({ fields: FIELDS, blocks: GKI2, rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H']] }, style),
      renderRoster({ tab: 'Danh sach', fields: FIELDS, blocks: GKI2, rows: [[1, 'Trần Thị Bình', '', '1A', '', 'Cô Lan', 'C', 'H']] }, style),
    ],
    expect: () => ({
      reviewPoints: [], totals: {}, names: [],
      problems: ['TAB_NAME_CONFLICT@Danh sách!A1', 'TAB_NAME_CONFLICT@Danh sach!A1'],
    }),
  },
  {
    shape: '16 Lớp and Lop',
    styles: BOTH,
    tabs: (style) => [
      renderRoster({ fields: FIELDS, blocks: GKI2, rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H']] }, style),
      { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 30]] },
      { name: 'Lop', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 35]] },
    ],
    expect: () => ({ reviewPoints: [], totals: {}, names: [], problems: ['TAB_NAME_CONFLICT@Lớp!A1', 'TAB_NAME_CONFLICT@Lop!A1'] }),
  },
  {
    shape: '17 rows that are not students',
    styles: BOTH,
    tabs: (style) => {
      const [first] = roster({ rows: [] })(style);
      const header = first.values.slice(-(style === 'two-row' ? 2 : 1));
      return roster({
        rows: [
          [1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H'],
          [2, '', '', '', '', '', '', ''],
          ['', '', '', '', '', '', '', ''],
          ['Cộng: 1 em', '', '', '', '', '', 1, 0],
          ...header,
          [1, 'Trần Thị Bình', '', '1B', '', 'Cô Mai', 'H', 'C'],
          ['Tổng cộng', '', '', '', '', '', 0, 1],
        ],
        after: [
          ['', '', '', '', 'Sông Xanh, ngày 20 tháng 12 năm 2025'],
          ['', 'Người lập danh sách', '', '', 'Hiệu trưởng'],
          ['', '(Ký, ghi rõ họ tên)', '', '', ''],
          ['', 'Nguyễn Thị Lan', '', '', 'Trần Văn Nam'],
        ],
      })(style);
    },
    expect: () => ({ totals: { GKI: { needSupport: 2 } }, names: ['Nguyễn Văn An', 'Trần Thị Bình'], problems: [] }),
  },
  {
    shape: '18 a row that might be a student',
    styles: BOTH,
    tabs: roster({ rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H'], ['', 'Trần Thị Bình', '', '', '', '', '', '']] }),
    expect: ([r]) => ({ totals: { GKI: { needSupport: 1 } }, names: ['Nguyễn Văn An'], problems: [p(r, 'CLASS_MISSING', r.at('D', 1))], skipped: 0 }),
  },
  {
    shape: '19 a rating merged across two review columns',
    styles: BOTH,
    tabs: roster({
      rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', ''], [2, 'Trần Thị Bình', '', '1A', '', 'Cô Lan', 'H', 'H']],
      merges: [{ row: 0, column: 6, numRows: 1, numColumns: 2 }],
    }),
    // Issue 17: merged across the areas of one review point, the rating counts in each area it covers.
    expect: () => ({
      totals: { GKI: { needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 1 } } },
      names: ['Nguyễn Văn An'],
      problems: [],
    }),
  },
  {
    shape: '20 a mark merged down over three students',
    styles: BOTH,
    tabs: roster({
      blocks: [{ point: 'Đầu năm', areas: ['Toán', 'TV'] }],
      rows: [
        [1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'x', ''],
        [2, 'Trần Thị Bình', '', '1A', '', 'Cô Lan', '', 'x'],
        [3, 'Lê Văn Cường', '', '1A', '', 'Cô Lan', '', ''],
        [4, 'Phạm Thị Dung', '', '1A', '', 'Cô Lan', '', ''],
      ],
      merges: [{ row: 0, column: 6, numRows: 3 }],
    }),
    expect: () => ({
      totals: { DN: { needSupport: 3, byArea: { Toán: 3, 'Tiếng Việt': 1 } } },
      names: ['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [],
    }),
  },
  {
    shape: '21 Khối merged down in the Lớp tab',
    styles: ['two-row'],
    tabs: (style) => [
      renderRoster({ fields: FIELDS, blocks: GKI2, rows: [[1, 'Nguyễn Văn An', '', 'Hoa Mai', '', 'Cô Lan', 'C', 'H'], [2, 'Trần Thị Bình', '', 'Hoa Hồng', '', 'Cô Lan', 'C', 'H']] }, style),
      { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['Hoa Mai', 3, 'Cô Lan', 30], ['Hoa Hồng', '', 'Cô Lan', 31]], merges: [{ row: 2, column: 2, numRows: 2, numColumns: 1 }] },
    ],
    expect: () => ({ totals: { GKI: { needSupport: 2, byGrade: [[3, 61, 2]] } }, names: ['Nguyễn Văn An', 'Trần Thị Bình'], problems: [] }),
  },
  {
    shape: '22 classes pasted one under another, each with its title and merged header',
    styles: ['two-row'],
    tabs: (style) => {
      const first = renderRoster({ title: ['DANH SÁCH LỚP 1A'], fields: FIELDS, blocks: GKI2, rows: [[1, 'Nguyễn Văn An', '', '1A', '', 'Cô Lan', 'C', 'H']] }, style);
      const second = renderRoster({ title: ['DANH SÁCH LỚP 1B'], fields: FIELDS, blocks: GKI2,
        rows: [[1, 'Trần Thị Bình', '', '1B', '', 'Cô Mai', 'H', 'C'], [2, 'Lê Văn Cường', '', '', '', 'Cô Mai', 'C', 'C']],
        merges: [{ row: 0, column: 3, numRows: 2 }] }, style);
      const offset = first.values.length + 1; // a blank row between the two classes
      return [{
        ...first,
        values: [...first.values, new Array(first.values[0].length).fill(''), ...second.values],
        merges: [...first.merges, ...second.merges.map((m) => ({ ...m, row: m.row + offset }))],
      }];
    },
    expect: () => ({
      totals: { GKI: { needSupport: 3, byArea: { Toán: 2, 'Tiếng Việt': 2 }, byGrade: [[1, 3, 3]] } },
      names: ['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình'],
      problems: [],
      skipped: 4, // the blank row, the title and the two header rows of 1B
    }),
  },
  {
    shape: '23 Lớp merged over the sub-headers Khối | Lớp',
    styles: ['two-row'],
    tabs: (style) => [renderRoster({
      fields: ['STT', 'Họ và tên', { label: 'Lớp', span: 2, sub: ['Khối', 'Lớp'] }, 'GV hỗ trợ'],
      blocks: GKI2,
      rows: [[1, 'Nguyễn Văn An', 1, '1A', 'Cô Lan', 'C', 'H'], [2, 'Trần Thị Bình', 2, '2B', 'Cô Mai', 'H', 'C']],
    }, style)],
    expect: () => ({ totals: { GKI: { needSupport: 2, byGrade: [[1, 1, 1], [2, 1, 1]] } }, names: ['Nguyễn Văn An', 'Trần Thị Bình'], problems: [] }),
  },
  {
    shape: '24 a name over two columns, the second without header and not merged',
    styles: BOTH,
    tabs: (style) => [renderRoster({
      fields: ['STT', 'Họ và tên', '', 'Lớp', 'GV hỗ trợ'],
      blocks: GKI2,
      rows: [[1, 'Nguyễn Văn', 'An', '1A', 'Cô Lan', 'C', 'H'], [2, 'Trần Thị', 'Bình', '1A', 'Cô Lan', 'H', 'C']],
    }, style)],
    expect: ([r]) => ({ totals: { GKI: { needSupport: 2 } }, names: ['Nguyễn Văn', 'Trần Thị'], problems: [p(r, 'COLUMN_UNPLACED', r.header('C'))] }),
  },
];

/** Each variant in each of its header styles, for it.each: [shape, style, case]. */
export const VARIANT_RUNS = ROSTER_VARIANTS.flatMap((c) => c.styles.map((style) => [c.shape, style, c] as const));

/** What a run reported, in the shape of `want` and only for what `want` states, to compare with it whole. */
export function observed(json: RunReport, want: Expected): Expected {
  const got: Expected = { problems: json.problems.map((x) => `${x.code}@${x.sheet}!${x.cell}`).sort() };
  if (want.reviewPoints) got.reviewPoints = json.reviewPoints;
  if (want.totals) {
    got.totals = {};
    if (Object.keys(want.totals).length === 0 && Object.keys(json.totals).length > 0) got.totals = json.totals as Expected['totals'];
    for (const [point, t] of Object.entries(want.totals)) {
      const at = json.totals[point as keyof RunReport['totals']];
      if (!at) continue;
      got.totals![point] = {
        needSupport: at.total.needSupport,
        ...(t.byArea ? { byArea: at.total.byArea } : {}),
        ...(t.disability !== undefined ? { disability: at.total.disability } : {}),
        ...(t.byGrade ? { byGrade: at.byGrade.map((g) => [g.grade, g.students, g.needSupport] as [number, number, number]) } : {}),
      };
    }
  }
  if (want.names) got.names = [...new Set(json.flags.map((f) => f.name))].sort();
  if (want.kinds) got.kinds = [...new Set(json.flags.flatMap((f) => f.kinds))].sort();
  if (want.flagRows) got.flagRows = json.flags.map((f) => `${f.sheet}!${f.row}`).sort();
  if (want.skipped !== undefined) got.skipped = json.rows.skipped;
  return got;
}

/** `want` with its lists in the order `observed` gives them. */
export function expected(want: Expected): Expected {
  return {
    ...want,
    problems: [...want.problems].sort(),
    ...(want.names ? { names: [...want.names].sort() } : {}),
    ...(want.kinds ? { kinds: [...want.kinds].sort() } : {}),
    ...(want.flagRows ? { flagRows: [...want.flagRows].sort() } : {}),
  };
}
