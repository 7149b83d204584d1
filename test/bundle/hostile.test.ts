// What a tired teacher and a hostile school do to the official results tabs and their join with
// Danh sách, through the built bundle: each case must give the right number, or say at its cell
// why a number is missing; never a wrong number without a word (PRODUCT 2, 2.2, 3.1).
import ExcelJS from 'exceljs';
import { buildSchoolWorkbook, roundTrip, runSummarize } from '../helpers/bundle';
import { workbookOf } from '../helpers/roster-shape';
import { addVneduSheet, ORDER_2025, vneduSheet, type VneduStudent, type VneduTab } from '../../local/vnedu-export';

const TODAY = '2026-01-20';
const AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];

type RosterRow = { name: string; className: string; birth?: string; supporter?: string; cells?: Record<string, string>; ratings?: Record<string, Record<string, string>> };

function school(roster: RosterRow[] | undefined, areas = AREAS) {
  const { workbook } = buildSchoolWorkbook({
    title: ['TRƯỜNG TIỂU HỌC THỬ NGHIỆM'], headerStyle: 'two-row', points: ['GKI', 'CKI'], areas,
    fields: ['STT', 'Mã HS', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ'],
    students: (roster ?? []).map((s) => ({ supporter: 'Cô Lan', ...s })),
    config: [['Năm học', '2025-2026']],
  });
  if (!roster) workbook.removeWorksheet(workbook.getWorksheet('Danh sách')!.id);
  return workbook;
}

const tab = (sheet: string, className: string, students: VneduStudent[], over: Partial<VneduTab> = {}): VneduTab =>
  ({ sheet, className, students, point: 'CKI', year: 2025, subjects: ORDER_2025, ...over });

/** A vnEdu tab edited by hand before the run (rows and columns 0-based, as getValues gives them). */
function addEdited(workbook: ExcelJS.Workbook, spec: VneduTab, edit: (values: unknown[][]) => unknown[][]) {
  const values = edit(vneduSheet(spec).grid.values.map((r) => [...r]));
  const ws = workbook.addWorksheet(spec.sheet);
  values.forEach((row, r) => row.forEach((v, c) => {
    if (v !== '' && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
  }));
}

async function run(workbook: ExcelJS.Workbook) {
  const { json } = runSummarize(await roundTrip(workbook), { today: TODAY });
  return json;
}

const FIRST_ROW = 9; // 0-based row of vnEdu's first student

interface Case {
  name: string;
  build: () => ExcelJS.Workbook;
  /** Per review point: THHS, students needing support, Toán. */
  totals: Record<string, [number, number, number]>;
  /** Problem codes that must be there, and ones that must not. */
  problems?: string[];
  absent?: string[];
  /** No problem message may say this. */
  forbid?: RegExp;
  /** Flags as "point name kinds". */
  flags?: string[];
}

const CASES: Case[] = [
  {
    name: 'Mã HS 0112345678 as text in Danh sách, 112345678 as a number in vnEdu: one child, not two',
    build: () => {
      const wb = school([{ name: 'Nguyễn Văn An', className: '2A', birth: '05/01/2018', cells: { 'Mã HS': '0112345678' }, ratings: { CKI: { Toán: 'C' } } }]);
      // The class tab spells the name another way: only the code can join them.
      addVneduSheet(wb, tab('2a', '2A', [{ id: 112345678, name: 'Nguyễn Văn Ân', birth: '05/01/2018', ratings: { Toán: 'C' } }]));
      return wb;
    },
    totals: { CKI: [1, 1, 1] },
    problems: ['OFFICIAL_NAME_DIFFERS'],
    absent: ['OFFICIAL_NOT_FOUND'],
  },
  {
    name: 'Mã HS with its leading zero at Giữa kì, without it at Cuối kì: the same child, notImproved',
    build: () => {
      const wb = school(undefined);
      addVneduSheet(wb, tab('2a gk1', '2A', [{ id: '0112345678', name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }], { point: 'GKI' }));
      addVneduSheet(wb, tab('2a', '2A', [{ id: 112345678, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }]));
      return wb;
    },
    totals: { GKI: [1, 1, 1], CKI: [1, 1, 1] },
    absent: ['NOT_RATED'],
    flags: ['CKI Nguyễn Văn An noSupporter+notImproved'],
  },
  {
    name: 'a student row whose STT was deleted, not rated yet: reported, not dropped from THHS unseen',
    build: () => {
      const wb = school(undefined);
      const students: VneduStudent[] = [1, 2, 3].map((i) => ({ id: 9000000000 + i, name: `Học Sinh ${i}`, birth: '05/01/2018' }));
      addEdited(wb, tab('2a', '2A', students), (v) => {
        v[FIRST_ROW + 1][0] = '';
        for (let c = 6; c < v[0].length; c++) v[FIRST_ROW + 1][c] = '';
        return v;
      });
      return wb;
    },
    totals: { CKI: [2, 0, 0] },
    problems: ['OFFICIAL_ROW_UNREAD@A11'],
  },
  {
    name: 'Mã HS filled at Giữa kì, left blank at Cuối kì: one child (name, class, birth date agree), notImproved',
    build: () => {
      const wb = school(undefined);
      const students: VneduStudent[] = [{ id: 9000000001, name: 'Lê Thị Bình', birth: '02/03/2018', ratings: { Toán: 'C' } }, { id: 9000000002, name: 'Trần Minh', birth: '11/11/2018' }];
      addVneduSheet(wb, tab('2a gk1', '2A', students, { point: 'GKI' }));
      addEdited(wb, tab('2a', '2A', students), (v) => {
        v[FIRST_ROW][1] = '';
        return v;
      });
      return wb;
    },
    totals: { GKI: [2, 1, 1], CKI: [2, 1, 1] },
    absent: ['NOT_RATED', 'OFFICIAL_SIZE_DIFFERS'],
    flags: ['CKI Lê Thị Bình noSupporter+notImproved'],
  },
  {
    name: 'a school-typed results tab copied as "2a (2)" (no Lớp in its title): a duplicate of 2A, not another class',
    build: () => {
      const wb = school(undefined);
      const rows = [['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I'], ['Năm học 2025-2026'], ['STT', 'Họ và tên', 'Ngày sinh', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'],
        [1, 'Nguyễn Văn An', '05/01/2018', 'C', 'H', 'Đ', 'Đ'], [2, 'Lê Thị Bình', '02/03/2018', 'H', 'H', 'Đ', 'Đ']];
      for (const name of ['2a', '2a (2)']) wb.addWorksheet(name).addRows(rows);
      return wb;
    },
    totals: { CKI: [2, 1, 1] },
    problems: ['OFFICIAL_DUPLICATE'],
  },
  {
    name: 'the header repeated mid-table (a pasted page break) is not a student row',
    build: () => {
      const wb = school(undefined);
      const students: VneduStudent[] = [1, 2, 3].map((i) => ({ id: 9000000000 + i, name: `Học Sinh ${i}`, birth: '05/01/2018', ratings: { Toán: i === 3 ? 'C' : 'H' } }));
      addEdited(wb, tab('2a', '2A', students), (v) => [...v.slice(0, FIRST_ROW + 1), ...v.slice(5, FIRST_ROW), ...v.slice(FIRST_ROW + 1)]);
      return wb;
    },
    totals: { CKI: [3, 1, 1] },
    absent: ['OFFICIAL_ROW_UNREAD'],
  },
  {
    name: 'a class tab with a Lớp column a teacher inserted: its ratings are reported as not counted, not dropped unseen',
    build: () => {
      const wb = school(undefined);
      const students: VneduStudent[] = [1, 2].map((i) => ({ id: 9000000000 + i, name: `Học Sinh ${i}`, birth: '05/01/2018', ratings: { Toán: 'C' } }));
      addVneduSheet(wb, tab('2b', '2B', [{ id: 9000000009, name: 'Học Sinh 9', birth: '05/01/2018' }]));
      addEdited(wb, tab('2a', '2A', students), (v) => v.map((r, i) => [...r.slice(0, 3), i === 5 ? 'Lớp' : i >= FIRST_ROW && i < FIRST_ROW + 2 ? '2A' : '', ...r.slice(3)]));
      return wb;
    },
    totals: { CKI: [1, 0, 0] },
    problems: ['OFFICIAL_CLASS_COLUMN@D6'],
  },
  {
    name: 'a need in Danh sách for an area the class tab does not rate: said at its cell, not lost unseen',
    build: () => {
      const wb = school([{ name: 'Nguyễn Văn An', className: '2A', birth: '05/01/2018', cells: { 'Mã HS': '9000000001' }, ratings: { CKI: { Toán: 'C', 'Khoa học': 'C' } } }],
        ['Toán', 'Tiếng Việt', 'Khoa học']);
      addVneduSheet(wb, tab('2a', '2A', [{ id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }]));
      return wb;
    },
    totals: { CKI: [1, 1, 1] },
    problems: ['OFFICIAL_RATING_DIFFERS'],
  },
  {
    name: 'a results sheet the school typed with names only, beside a Danh sách with birth dates: joined by name and class, not every child twice',
    build: () => {
      const wb = school([
        { name: 'Nguyễn Văn An', className: '2A', birth: '05/01/2018', ratings: { CKI: { Toán: 'C' } } },
        { name: 'Lê Thị Bình', className: '2A', birth: '02/03/2018', ratings: { CKI: { 'Tiếng Việt': 'C' } } },
      ]);
      wb.addWorksheet('2a').addRows([['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I - LỚP 2A'], ['Năm học 2025-2026'], ['STT', 'Họ và tên', 'Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'],
        [1, 'Nguyễn Văn An', 'C', 'H', 'Đ', 'Đ'], [2, 'Lê Thị Bình', 'H', 'C', 'Đ', 'Đ'], [3, 'Trần Minh Chi', 'H', 'H', 'Đ', 'Đ']]);
      return wb;
    },
    totals: { CKI: [3, 2, 1] },
    absent: ['OFFICIAL_NOT_FOUND'],
    flags: ['CKI Nguyễn Văn An new', 'CKI Lê Thị Bình new'],
  },
  {
    name: 'a C typed in the Điểm KTĐK column instead of Mức đạt được: an error at that cell, not a blank Toán',
    build: () => {
      const wb = school(undefined);
      const students: VneduStudent[] = [1, 2].map((i) => ({ id: 9000000000 + i, name: `Học Sinh ${i}`, birth: '05/01/2018' }));
      addEdited(wb, tab('2a', '2A', students), (v) => {
        v[FIRST_ROW][8] = ''; // Toán, Mức đạt được (column I)
        v[FIRST_ROW][9] = 'C'; // Toán, Điểm KTĐK (column J)
        return v;
      });
      return wb;
    },
    totals: { CKI: [2, 0, 0] },
    problems: ['RATING_INVALID@J10'],
  },
  ...['-', '0', 'chưa có'].map((placeholder): Case => ({
    name: `Mã HS "${placeholder}" for children without a code: not one code shared by all of them`,
    build: () => {
      const wb = school(undefined);
      addVneduSheet(wb, tab('2a', '2A', [
        { id: placeholder, name: 'Học Sinh 1', birth: '05/01/2018', ratings: { Toán: 'C' } },
        { id: placeholder, name: 'Học Sinh 2', birth: '06/01/2018', ratings: { Toán: 'C' } },
        { id: 9000000003, name: 'Học Sinh 3', birth: '07/01/2018' },
      ]));
      return wb;
    },
    totals: { CKI: [3, 2, 2] },
    absent: ['STUDENT_ID_DUPLICATE'],
  })),
  {
    name: 'one code typed for two differently named children: an error that does not tell the school to delete a child',
    build: () => {
      const wb = school(undefined);
      addVneduSheet(wb, tab('2a', '2A', [
        { id: 9000000001, name: 'Học Sinh 1', birth: '05/01/2018', ratings: { Toán: 'C' } },
        { id: 9000000001, name: 'Học Sinh 2', birth: '06/01/2018' },
      ]));
      return wb;
    },
    totals: { CKI: [1, 1, 1] },
    problems: ['STUDENT_ID_DUPLICATE@B11'],
    forbid: /xóa dòng/,
  },
];

describe('hostile inputs: the right number, or a problem at the cell', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const json = await run(c.build());
    const got: Record<string, [number, number, number]> = {};
    for (const point of Object.keys(c.totals)) {
      const total = json.totals[point]?.total;
      got[point] = total ? [total.students, total.needSupport, total.byArea['Toán']] : [NaN, NaN, NaN];
    }
    expect(got).toEqual(c.totals);
    const codes = json.problems.map((p) => p.code);
    const at = json.problems.map((p) => `${p.code}@${p.cell}`);
    for (const code of c.problems ?? []) expect(code.includes('@') ? at : codes).toContain(code);
    for (const code of c.absent ?? []) expect(codes).not.toContain(code);
    if (c.forbid) expect(json.problems.map((p) => p.message).filter((m) => c.forbid!.test(m))).toEqual([]);
    if (c.flags) expect(json.flags.map((f) => `${f.reviewPoint} ${f.name} ${f.kinds.join('+')}`)).toEqual(expect.arrayContaining(c.flags));
  });
});

describe('hostile Danh sách: what a tired teacher pastes', () => {
  const CONFIG = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
  const HEADER = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Năng lực', 'GKI - Phẩm chất'];
  const rosterRun = (values: unknown[][]) => run(workbookOf([{ name: 'Danh sách', values }, CONFIG]));

  it.each([
    ['its areas in another order', ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Tiếng Việt', 'GKI - Toán', 'GKI - Phẩm chất', 'GKI - Năng lực'], 'E5'],
    ['another review point', ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'CKI - Toán', 'CKI - Tiếng Việt', 'CKI - Năng lực', 'CKI - Phẩm chất'], 'E5'],
    ['its fields in another order', ['STT', 'Lớp', 'Họ và tên', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Năng lực', 'GKI - Phẩm chất'], 'B5'],
  ])('a class pasted below with its own header naming %s: its rows are reported, never read by the first header', async (_name, second, cell) => {
    const json = await rosterRun([
      ['DANH SÁCH HỌC SINH CẦN HỖ TRỢ'], ['Lớp 2A'], HEADER, [1, 'Nguyễn Văn An', '2A', 'Cô Lan', 'C', '', '', ''],
      second, [1, 'Lê Thị Bình', '2B', 'Cô Hoa', 'C', '', '', ''], [2, 'Trần Minh Chi', '2B', 'Cô Hoa', 'C', '', '', ''],
    ]);
    expect(json.totals.GKI.total).toMatchObject({ students: 1, needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 0 } });
    expect(json.problems.map((p) => `${p.severity} ${p.code}@${p.cell}`)).toContain(`error HEADER_REPEATED_DIFFERS@${cell}`);
    expect(json.problems.find((p) => p.code === 'HEADER_REPEATED_DIFFERS')?.message).toMatch(/2 dòng/);
  });

  it('the same header repeated (a page break, or the next class in the same columns) is skipped as before', async () => {
    const json = await rosterRun([HEADER, [1, 'Nguyễn Văn An', '2A', 'Cô Lan', 'C', '', '', ''], HEADER, [1, 'Lê Thị Bình', '2B', 'Cô Hoa', '', 'C', '', '']]);
    expect(json.totals.GKI.total).toMatchObject({ students: 2, needSupport: 2, byArea: { Toán: 1, 'Tiếng Việt': 1 } });
    expect(json.problems).toEqual([]);
  });

  it.each(['-', '0', 'chưa có'])('Mã HS "%s" for children without a code is no code, not a duplicate', async (placeholder) => {
    const json = await rosterRun([['STT', 'Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
      [1, placeholder, 'Nguyễn Văn An', '2A', 'Cô Lan', 'C'], [2, placeholder, 'Lê Thị Bình', '2A', 'Cô Lan', 'C'], [3, placeholder, 'Trần Minh Chi', '2A', 'Cô Lan', 'C']]);
    expect(json.totals.GKI.total).toMatchObject({ students: 3, needSupport: 3 });
    expect(json.problems.map((p) => p.code)).not.toContain('STUDENT_ID_DUPLICATE');
  });
});
