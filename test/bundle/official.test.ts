// PRODUCT 2.2 through the built bundle: vnEdu class tabs (generated in the real export's shape)
// imported into the school's Sheet beside Danh sách, or alone; one Tổng hợp, exact numbers.
import ExcelJS from 'exceljs';
import { buildSchoolWorkbook, FakeWorkbook, runSummarize, snapshot } from '../helpers/bundle';
import { addVneduSheet, CLASS_2A, CLASS_2B, CLASS_3A, ORDER_2024, ORDER_2025, type VneduStudent, type VneduTab } from '../../local/vnedu-export';

const AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
const TODAY = '2026-01-20';

// Last year's Cuối năm of the class that is 2A now: this year's Đầu năm.
const LAST_YEAR_1A: VneduStudent[] = [
  { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } },
  { id: 9000000002, name: 'Lê Thị Bình', birth: '02/03/2018', female: true, ratings: { 'Tiếng Việt': 'C' } },
  { id: 9000000020, name: 'Lê Văn Xa', birth: '03/04/2018', ratings: { 'Tiếng Việt': 'C' } },
];

const tab = (sheet: string, className: string, students: VneduStudent[], over: Partial<VneduTab> = {}): VneduTab =>
  ({ sheet, className, students, point: 'CKI', year: 2025, subjects: ORDER_2025, ...over });

/** The school's Sheet after importing three class tabs (and a few mistakes) beside its own tabs. */
function school(withRoster: boolean) {
  const { workbook, layout } = buildSchoolWorkbook({
    title: ['TRƯỜNG TIỂU HỌC THỬ NGHIỆM', 'DANH SÁCH HỌC SINH CẦN HỖ TRỢ'],
    headerStyle: 'two-row', points: ['CKI'], areas: AREAS,
    fields: ['STT', 'Mã HS', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ'],
    students: [
      { name: 'Nguyễn Văn An', className: '2A', birth: '05/01/2018', supporter: 'Cô Lan', cells: { 'Mã HS': '9000000001' }, ratings: { CKI: { Toán: 'C' } } },
      { name: 'Lê Thị Bình', className: '2A', birth: '02/03/2018', disability: true, supporter: 'Cô Hoa', ratings: { CKI: { 'Tiếng Việt': 'C', 'Năng lực': 'C' } } },
      { name: 'Phạm Thu Hà', className: '2B', birth: '01/02/2018', supporter: 'Thầy Nam', cells: { 'Mã HS': '9000000007' }, ratings: { CKI: { Toán: 'H', 'Tiếng Việt': 'C' } } },
      { name: 'Đỗ Văn Khang', className: '2B', birth: '09/09/2018', supporter: 'Thầy Nam', ratings: { CKI: { Toán: 'C' } } },
    ],
    classes: [{ name: '2A', grade: 2, teacher: 'Cô Lan', size: 6 }, { name: '2B', grade: 2, teacher: 'Thầy Nam', size: 3 }, { name: '3A', grade: 3, size: 4 }],
    config: [['Tên trường', 'Trường Tiểu học Thử nghiệm'], ['Năm học', '2025-2026']],
  });
  if (!withRoster) workbook.removeWorksheet(workbook.getWorksheet('Danh sách')!.id);
  const sheets = {
    '2a': addVneduSheet(workbook, tab('2a', '2A', CLASS_2A)),
    '2b': addVneduSheet(workbook, tab('2b', '2B', CLASS_2B)),
    '3a': addVneduSheet(workbook, tab('3a', '3A', CLASS_3A, { subjects: ORDER_2024 })),
    '1a': addVneduSheet(workbook, tab('1a', '1A', LAST_YEAR_1A, { point: 'CN', year: 2024 })),
    '3a (2)': addVneduSheet(workbook, tab('3a (2)', '3A', CLASS_3A, { subjects: ORDER_2024 })),
    '4a': addVneduSheet(workbook, tab('4a', '4A', CLASS_3A, { year: 2023 })),
  };
  workbook.addWorksheet('Ghi chép').addRow(['Họp tổ ngày 5/1: nhắc GVCN nhập điểm']);
  return { workbook, layout, sheets };
}

async function reloaded(workbook: ExcelJS.Workbook) {
  const buffer = await workbook.xlsx.writeBuffer();
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(buffer as ArrayBuffer);
  return new FakeWorkbook(copy);
}

type Json = ReturnType<typeof runSummarize>['json'];

describe('vnEdu tabs beside Danh sách, through the built bundle', () => {
  let json: Json;
  let book: FakeWorkbook;
  let reads: number | undefined;
  const { workbook, layout, sheets } = school(true);
  beforeAll(async () => {
    book = await reloaded(workbook);
    json = runSummarize(book, { today: TODAY }).json;
    reads = book.log.counts.get('Sheet.getSheetValues');
  });

  it('totals: THHS from the class tabs, every C per area, the official rating winning', () => {
    expect(json.reviewPoints).toEqual(['DN', 'CKI']);
    expect(json.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Công nghệ', 'Âm nhạc']);
    const zero = { Toán: 0, 'Tiếng Việt': 0, 'Năng lực': 0, 'Phẩm chất': 0, 'Công nghệ': 0, 'Âm nhạc': 0 };
    expect(json.totals.CKI.byGrade).toEqual([
      { grade: 2, students: 8, studentsSource: 'official', needSupport: 6, disability: 1, byArea: { ...zero, Toán: 3, 'Tiếng Việt': 2, 'Năng lực': 1, 'Phẩm chất': 1, 'Âm nhạc': 1 } },
      { grade: 3, students: 4, studentsSource: 'official', needSupport: 2, disability: 0, byArea: { ...zero, Toán: 1, 'Phẩm chất': 1, 'Công nghệ': 1 } },
    ]);
    expect(json.totals.CKI.total).toEqual({ students: 12, needSupport: 8, disability: 1, byArea: { ...zero, Toán: 4, 'Tiếng Việt': 2, 'Năng lực': 1, 'Phẩm chất': 2, 'Công nghệ': 1, 'Âm nhạc': 1 } });
    // Last year's Cuối năm of 1A is this year's Đầu năm of 2A (joined by Mã HS).
    // Khối 3 has no Đầu năm result: not a "0 need" khối, not in TC (review-7 F15).
    expect(json.totals.DN).toMatchObject({ total: { students: 8, needSupport: 2, byArea: { ...zero, Toán: 1, 'Tiếng Việt': 1 } }, unratedGrades: [3] });
  });

  it('flags: notListed for students the results say need support who are missing from Danh sách', () => {
    const flags = json.flags.map((f) => `${f.reviewPoint} ${f.sheet}!${f.row} ${f.name} ${f.kinds.join('+')}`);
    const row = (i: number) => layout.rowOf[i];
    expect(flags.sort()).toEqual([
      `CKI 2a!13 Mai Hồng Nhi noSupporter+new+notListed`,
      `CKI 2a!14 Trần Minh Châu noSupporter+new+notListed`,
      `CKI 3a!10 Hồ Văn Lâm noSupporter+new+notListed`,
      `CKI 3a!12 Vũ Quốc Bảo noSupporter+new+notListed`,
      `CKI Danh sách!${row(0)} Nguyễn Văn An notImproved`,
      `CKI Danh sách!${row(1)} Lê Thị Bình notImproved+new`,
      `CKI Danh sách!${row(2)} Phạm Thu Hà new`,
      `CKI Danh sách!${row(3)} Đỗ Văn Khang new`,
      `DN Danh sách!${row(0)} Nguyễn Văn An new`,
      `DN Danh sách!${row(1)} Lê Thị Bình new`,
    ].sort());
  });

  it('problems at their cells: a disagreeing rating, a student missing either way, Sĩ số, a wrong year, a class twice', () => {
    const found = json.problems.map((p) => `${p.severity} ${p.code} ${p.sheet}!${p.cell}`);
    const toan = layout.pointColumns.CKI['Toán'];
    const nameColumn = layout.columnOf['Họ và tên'];
    const cell = (column: number, row: number) => `${String.fromCharCode(64 + column)}${row}`;
    expect(found.sort()).toEqual([
      'error OFFICIAL_DUPLICATE 3a (2)!A5',
      'error OFFICIAL_WRONG_YEAR 4a!A4',
      'warning OFFICIAL_BASELINE_LEFT 1a!A5',
      `warning OFFICIAL_NOT_FOUND Danh sách!${cell(nameColumn, layout.rowOf[3])}`,
      `warning OFFICIAL_RATING_DIFFERS Danh sách!${cell(toan, layout.rowOf[2])}`,
      'warning OFFICIAL_SIZE_DIFFERS Lớp!D2',
    ].sort());
    expect(json.problems.find((p) => p.code === 'OFFICIAL_SIZE_DIFFERS')?.message).toMatch(/sĩ số 6.*có 5 học sinh/);
  });

  it('JSON sources: every input tab read, the roster and each official tab with how it was used', () => {
    expect(json.sources).toEqual([
      { sheet: 'Danh sách', kind: 'roster' },
      { sheet: '2a', kind: 'official', class: '2A', level: 'TH', reviewPoint: 'CKI', schoolYear: '2025-2026', students: 5, counted: true, usedAs: 'CKI' },
      { sheet: '2b', kind: 'official', class: '2B', level: 'TH', reviewPoint: 'CKI', schoolYear: '2025-2026', students: 3, counted: true, usedAs: 'CKI' },
      { sheet: '3a', kind: 'official', class: '3A', level: 'TH', reviewPoint: 'CKI', schoolYear: '2025-2026', students: 4, counted: true, usedAs: 'CKI' },
      { sheet: '1a', kind: 'official', class: '1A', level: 'TH', reviewPoint: 'CN', schoolYear: '2024-2025', students: 3, counted: true, usedAs: 'DN' },
      { sheet: '3a (2)', kind: 'official', class: '3A', level: 'TH', reviewPoint: 'CKI', schoolYear: '2025-2026', students: 4, counted: false },
      { sheet: '4a', kind: 'official', class: '4A', level: 'TH', reviewPoint: 'CKI', schoolYear: '2023-2024', students: 4, counted: false },
    ]);
  });

  it('Theo dõi links to the C cell of the class tab; Tổng hợp names the tabs its numbers come from', () => {
    const tabs = snapshot(book, ['Theo dõi', 'Tổng hợp', 'Kiểm tra']);
    expect(tabs['Kiểm tra'].flat()).toContain('Trang kết quả các lớp đã đọc: Cuối học kì I: 2a, 2b, 3a; Cuối năm học trước (làm mốc Đầu năm): 1a. Không tính: 3a (2), 4a (xem lỗi bên dưới).');
    const tracking = tabs['Theo dõi'].map((r) => r.map(String));
    // Class by class (issue 21): the heading names the tab, "Xem ô" the cell alone.
    const nhi = tracking.findIndex((r) => r.includes('Mai Hồng Nhi'));
    expect(tracking[nhi][4]).toBe(`AF${sheets['2a'].rowOf[3]}`);
    expect(tracking.slice(0, nhi).reverse().find((r) => r[0].startsWith('Lớp '))?.[0]).toMatch(/^Lớp 2A .*· Xem ô ở trang 2a$/);
    const an = tracking.find((r) => r.includes('Nguyễn Văn An') && r.includes('Chưa tiến bộ'));
    expect(an?.[4]).toBe(`I${sheets['2a'].rowOf[0]}`);
    // The links are rich-text links to that tab's gid and cell; Kiểm tra's too.
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet();
    const links = (name: string) => ss.getSheetByName(name)!.getDataRange().getRichTextValues().flat()
      .filter((v) => v !== null && v.getLinkUrl() !== null).map((v) => [v!.getText(), v!.getLinkUrl()]);
    const gid = (name: string) => ss.getSheetByName(name)!.getSheetId();
    // A student to list in Danh sách and give a GV hỗ trợ: the state links to the C cell the need was read from (issue 20).
    // The row's link is "Đến ô" in its own column, not the long state: LibreOffice prints a link cell on one line (issue 21).
    expect(links('Theo dõi')).toContainEqual(['Đến ô', `#gid=${gid('2a')}&range=AF${sheets['2a'].rowOf[3]}`]);
    expect(links('Kiểm tra')).toContainEqual(['A4', `#gid=${gid('4a')}&range=A4`]);
    // Every "Đến ô" jumps to its own row's cell, the one its "Xem ô" names (one builder makes every
    // link: none may keep the link of the one before, review-4 F5); tabs named in the class heading.
    const rich = ss.getSheetByName('Theo dõi')!.getDataRange().getRichTextValues();
    const fixes = rich.map((row, r) => ({ row: tracking[r], link: row[5]?.getLinkUrl() ?? null })).filter((x) => x.link !== null);
    expect(fixes.length).toBeGreaterThan(2);
    for (const { row, link } of fixes) {
      const see = row[4].startsWith('Dòng ') ? `A${row[4].slice(5)}` : row[4].split('!').pop();
      expect(link).toMatch(new RegExp(`^#gid=\\d+&range=${see}$`));
    }
    expect(new Set(fixes.map((x) => x.link)).size).toBe(fixes.length);
    const text = tabs['Tổng hợp'].flat().map(String);
    expect(text).toContain('Nguồn: kết quả vnEdu Cuối học kì I, 2 lớp khối 2 (2a, 2b), 1 lớp khối 3 (3a); trang Danh sách.');
    expect(text).toContain('Nguồn: kết quả vnEdu Cuối năm 2024-2025 (năm học trước), 1 lớp khối 1 (1a); GV hỗ trợ, HSKT từ trang Danh sách.'
      + ' Khối 3 chưa có học sinh nào được đánh giá ở mốc Đầu năm, nên chưa có trong bảng và trong dòng TC; khi giáo viên nhập kết quả mốc này, bấm Tổng hợp lại.');
    expect(text).toContain('Chưa có trong Danh sách');
  });

  it('reads each tab with one getValues, the unrelated tab included, and says nothing about it', () => {
    expect(reads).toBe(3 + 6 + 1); // Danh sách, Lớp, Cấu hình; six class tabs; Ghi chép
    expect(json.problems.some((p) => p.sheet === 'Ghi chép')).toBe(false);
  });
});

describe('vnEdu tabs alone, through the built bundle', () => {
  let json: Json;
  let book: FakeWorkbook;
  beforeAll(async () => {
    book = await reloaded(school(false).workbook);
    json = runSummarize(book, { today: TODAY }).json;
  });

  it('every generated tab, the same totals from the class tabs, no notListed and no "Danh sách missing"', () => {
    const names = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s) => s.getName());
    expect(names).toEqual(expect.arrayContaining(['Kiểm tra', 'Tổng hợp', 'Theo dõi', 'Lịch tháng']));
    expect(json.totals.CKI.total).toMatchObject({ students: 12, needSupport: 7, byArea: { Toán: 3, 'Tiếng Việt': 2, 'Năng lực': 1, 'Phẩm chất': 2 } });
    expect(json.flags.some((f) => f.kinds.includes('notListed'))).toBe(false);
    expect(json.problems.map((p) => p.code)).not.toContain('ROSTER_MISSING');
    expect(json.sources.map((s) => s.kind)).not.toContain('roster');
    // Without Danh sách nobody is there to match, so Lê Văn Xa (1A last year) is not in this year's 2A/2B tabs: not counted.
    expect(json.totals.DN.total.needSupport).toBe(2);
  });
});

describe('spreadsheet calls with class tabs (PRODUCT 5)', () => {
  /** Four class tabs of `size` students, every fifth needing support in Toán. */
  async function run(size: number) {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Cấu hình').addRows([['Mục', 'Giá trị'], ['Năm học', '2025-2026']]);
    ['2a', '2b', '3a', '3b'].forEach((sheet, k) => addVneduSheet(workbook, tab(sheet, sheet.toUpperCase(),
      Array.from({ length: size }, (_, i): VneduStudent => ({ id: 9100000000 + k * 1000 + i, name: `Học Sinh ${k}-${i}`, birth: '01/02/2017', ratings: { Toán: i % 5 === 0 ? 'C' : 'H' } })),
      { subjects: k < 2 ? ORDER_2025 : ORDER_2024 })));
    const book = await reloaded(workbook);
    const { json } = runSummarize(book, { today: TODAY });
    // Rich-text builders run in the script, one per link written (one per flagged student): they are
    // no round trip to the document, so they are left out; every call into the document is compared.
    const calls = [...book.log.counts].filter(([k]) => !k.startsWith('RichTextValueBuilder.') && k !== 'SpreadsheetApp.newRichTextValue');
    return { json, counts: Object.fromEntries(calls.map(([k, n]) => [k.replace(/^Sheet\.(insertRowsAfter|deleteRows)$/, 'Sheet.fitRows'), n])) };
  }

  it('do not grow with the students of each class: one getValues per tab', async () => {
    const small = await run(10);
    const large = await run(45);
    expect(small.json.totals.CKI.total).toMatchObject({ students: 40, needSupport: 8 });
    expect(large.json.totals.CKI.total).toMatchObject({ students: 180, needSupport: 36 });
    expect(large.counts['Sheet.getSheetValues']).toBe(5);
    expect(large.counts).toEqual(small.counts);
  });
});
