// A TH&THCS school end to end through the built bundle (issue 18): the primary khối in one Danh
// sách tab ("Cuối HKI", "Cuối HKII" over the areas: Cuối HKII is Cuối năm at primary), the THCS
// khối in another ("HK1 - Toán", "HK2 - Toán": Học kỳ 2 is Cuối kì II at secondary). Each level
// has its own review points: no primary khối in the Cuối kì II totals, no "not rated" at a point
// a level does not have, and every problem at its cell.
import type ExcelJS from 'exceljs';
import { buildSchoolWorkbook, FakeWorkbook, roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { loadBundle } from '../../local/load-bundle';

const TODAY = '2026-06-10';
type Json = ReturnType<typeof runSummarize>['json'];
const PRIMARY = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
const THCS_AREAS = ['Toán', 'Ngữ văn', 'Học tập'];
const THCS_HEADER = ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', ...['HK1', 'HK2'].flatMap((p) => THCS_AREAS.map((a) => `${p} - ${a}`)), 'HK2 - Số buổi nghỉ'];

/** khối 6–7 rows: name, class, supporter, then HK1 Toán, Ngữ văn, Học tập, HK2 Toán, Ngữ văn, Học tập, HK2 buổi nghỉ (the year). */
const THCS_ROWS: unknown[][] = [
  ['Hoàng Thu Hà', '6A', 'Thầy Nam', '4,0', 6, 'Đạt', 6, '4,5', 'Đạt', 46], // CKI new Toán; CKII new Ngữ văn; 46 buổi: summer list
  ['Vũ Minh Khang', '6A', 'Thầy Nam', 7, 8, 'Khá', null, null, null, 45], // no need, not rated at HK2: nothing; 45 buổi is not over
  ['Bùi Ngọc Lan', '6A', 'Thầy Nam', '3,5', 6, 'Chưa đạt', null, null, null, null], // needs, then not rated at Cuối kì II
  ['Đặng Quốc Minh', '7A', 'Cô Hoa', 8, 7, 'Tốt', 'T', 7, 'Tốt', 2], // T in a THCS khối: an error at its cell
];

function school(extraConfig: [string, string][] = []) {
  const { workbook, layout } = buildSchoolWorkbook({
    rosterName: 'Danh sách TH',
    title: ['TRƯỜNG TH VÀ THCS THỬ NGHIỆM'],
    headerStyle: 'two-row', points: ['CKI', 'CKII'], areas: PRIMARY,
    pointLabels: { CKI: 'Cuối HKI', CKII: 'Cuối HKII' },
    fields: ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ'],
    students: [
      // Needs Toán at Cuối HKI, nothing written at Cuối HKII: not rated at Cuối năm (never "Cuối kì II").
      { name: 'Nguyễn Văn An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'T' } } },
      { name: 'Lê Thị Bình', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { 'Tiếng Việt': 'C', Toán: 'H' }, CKII: { 'Tiếng Việt': 'H', Toán: 'H' } } },
      { name: 'Trần Văn Cường', className: '2A', supporter: 'Cô Mai', ratings: { CKI: { Toán: 'H', 'Tiếng Việt': 'H' }, CKII: { Toán: 'C', 'Tiếng Việt': 'H' } } },
      { name: 'Phạm Văn Dũng', className: '2A', supporter: 'Cô Mai', ratings: { CKI: { 'Phẩm chất': 'C', Toán: 'H' }, CKII: { 'Phẩm chất': 'C', Toán: 'H' } } },
    ],
    classes: [
      { name: '1A', grade: 1, teacher: 'Cô Lan', size: 25 }, { name: '2A', grade: 2, teacher: 'Cô Mai', size: 27 },
      { name: '6A', grade: 6, teacher: 'Thầy Nam', size: 30 }, { name: '7A', grade: 7, teacher: 'Cô Hoa', size: 28 },
    ],
    config: [['Năm học', '2025-2026'], ...extraConfig],
  });
  const ws: ExcelJS.Worksheet = workbook.addWorksheet('Danh sách THCS');
  ws.addRow(THCS_HEADER);
  THCS_ROWS.forEach((r, i) => ws.addRow([i + 1, ...r]));
  return { workbook, layout };
}

const letter = (column: number) => String.fromCharCode(64 + column);
/** The THCS tab's cell of row i (0-based) under a header. */
const thcsCell = (header: string, i: number) => `${letter(THCS_HEADER.indexOf(header) + 1)}${i + 2}`;

describe('a TH&THCS school (two Danh sách tabs) through the built bundle', () => {
  let json: Json;
  let layout: ReturnType<typeof school>['layout'];
  let summary: string[];
  let tracking: string[];
  let timeline: string[];
  let toast: string;
  let context: ReturnType<typeof runSummarize>['context'];
  beforeAll(async () => {
    const built = school();
    layout = built.layout;
    const book = await roundTrip(built.workbook);
    ({ json, context } = runSummarize(book, { today: TODAY }));
    toast = book.toasts[book.toasts.length - 1].message;
    const tabs = snapshot(book, ['Tổng hợp', 'Theo dõi', 'Lịch tháng']);
    [summary, tracking, timeline] = [tabs['Tổng hợp'], tabs['Theo dõi'], tabs['Lịch tháng']].map((rows) => rows.map((r) => r.map((c) => c ?? '').join('|').replace(/\|+$/, '')));
  });

  it('each level with its own review points', () => {
    expect(json.reviewPoints).toEqual(['CKI', 'CKII', 'CN']);
    expect(json.levels.map((l) => [l.level, l.grades, l.reviewPoints])).toEqual([['TH', [1, 2], ['CKI', 'CN']], ['THCS', [6, 7], ['CKI', 'CKII']]]);
  });

  it('exact totals per khối and level: Cuối kì II counts the THCS khối only', () => {
    // A khối row lists its own level's areas only: "-" where the area is the other level's.
    const rows = (p: string) => json.totals[p].byGrade.map((g) => [g.grade, g.students, g.needSupport,
      ...['Toán', 'Tiếng Việt', 'Phẩm chất', 'Ngữ văn', 'Học tập'].map((a) => g.byArea[a] ?? '-')]);
    // khối, THHS, cần hỗ trợ, Toán, Tiếng Việt, Phẩm chất, Ngữ văn, Học tập
    expect(rows('CKI')).toEqual([[1, 25, 2, 1, 1, 0, '-', '-'], [2, 27, 1, 0, 0, 1, '-', '-'], [6, 30, 2, 2, '-', '-', 0, 1], [7, 28, 0, 0, '-', '-', 0, 0]]);
    expect(rows('CKII')).toEqual([[6, 30, 1, 0, '-', '-', 1, 0], [7, 28, 0, 0, '-', '-', 0, 0]]);
    // The THCS tab has no Cả năm column: khối 6-7 are no "0 need" rows at Cả năm.
    expect(rows('CN')).toEqual([[1, 25, 0, 0, 0, 0, '-', '-'], [2, 27, 2, 1, 0, 1, '-', '-']]);
    expect(json.totals.CKI.byGrade.map((g) => Object.keys(g.byArea).join(', '))).toEqual([
      'Toán, Tiếng Việt, Năng lực, Phẩm chất', 'Toán, Tiếng Việt, Năng lực, Phẩm chất',
      // Changed on purpose (review-7 F17): the THCS tab has no Ngoại ngữ / Rèn luyện column: left out (noColumn), not 0
      // (khối 7 has nobody rated at Cuối kì I: unchanged).
      'Toán, Ngữ văn, Học tập', 'Toán, Ngữ văn, Ngoại ngữ, Học tập, Rèn luyện']);
    expect(json.totals.CN.total).toMatchObject({ students: 52, needSupport: 2 });
    expect(json.totals.CKII.total).toMatchObject({ students: 58, needSupport: 1 });
    expect(json.totals.CKI.total).toMatchObject({ students: 110, needSupport: 5 });
    expect(json.rows).toMatchObject({ read: 8, counted: 7, excluded: 1 });
  });

  it('flags per level: not rated only at a point of the student\'s own level', () => {
    expect(json.flags.map((f) => `${f.reviewPoint} ${f.name} ${f.kinds.join('+')} ${f.areas.join(', ')}`).sort()).toEqual([
      'CKI Bùi Ngọc Lan new Toán, Học tập', 'CKI Hoàng Thu Hà new Toán', 'CKI Lê Thị Bình new Tiếng Việt',
      'CKI Nguyễn Văn An new Toán', 'CKI Phạm Văn Dũng new Phẩm chất',
      'CKII Bùi Ngọc Lan notRated Toán, Học tập', 'CKII Hoàng Thu Hà new Ngữ văn',
      'CN Lê Thị Bình improved ', 'CN Nguyễn Văn An notRated Toán', 'CN Phạm Văn Dũng notImproved Phẩm chất', 'CN Trần Văn Cường new Toán',
    ].sort());
  });

  it('problems at their cells: not rated where the level has the point, the T of a THCS khối', () => {
    const list = json.problems.filter((p) => p.code === 'NOT_RATED' || p.severity === 'error').map((p) => `${p.code} ${p.sheet}!${p.cell} ${p.message}`);
    expect(list).toEqual([
      `RATING_INVALID Danh sách THCS!${thcsCell('HK2 - Toán', 3)} Ô Toán (Cuối học kì II) của Đặng Quốc Minh: "T" là mức đánh giá của tiểu học (Thông tư 27), nhưng khối 7 thuộc cấp Trung học cơ sở, nên dòng này chưa được tính. Ghi điểm từ 0 đến 10, một chữ số thập phân (ví dụ 6,5; dưới 5 là cần hỗ trợ), "Miễn" hoặc dấu x; để trống nếu chưa đánh giá.`,
      `NOT_RATED Danh sách TH!${letter(layout.pointColumns.CKII.Toán)}${layout.rowOf[0]} Nguyễn Văn An (1A) cần hỗ trợ Toán ở mốc Cuối học kì I nhưng chưa được đánh giá Cuối năm. Nhập kết quả Cuối năm cho em.`,
      `NOT_RATED Danh sách THCS!${thcsCell('HK2 - Toán', 2)} Bùi Ngọc Lan (6A) cần hỗ trợ Toán, Học tập ở mốc Cuối học kì I nhưng chưa được đánh giá Cuối học kì II. Nhập kết quả Cuối học kì II cho em.`,
    ]);
  });

  it('Tổng hợp: the THCS table at Cuối kì II with its own THHS; no primary khối beside it', () => {
    expect(summary.filter((l) => /^\d\. (Tiểu|Trung)/.test(l))).toEqual([
      '1. Tiểu học (khối 1, 2): số học sinh cần hỗ trợ theo khối - Cuối năm',
      '2. Trung học cơ sở (khối 6, 7): số học sinh cần hỗ trợ theo khối - Cuối học kì II',
    ]);
    expect(summary.filter((l) => l.startsWith('TC|')).slice(0, 2).map((l) => l.split('|').slice(0, 3).join('|'))).toEqual(['TC|52|2', 'TC|58|1']);
    // The chart's block: a khối without the point is blank there, never 0 of a point it does not have.
    const block = summary.filter((l) => /\|Khối \d\|/.test(l)).map((l) => l.slice(l.indexOf('|Khối ') + 1));
    expect(block).toEqual(['Khối 1|2||0', 'Khối 2|1||2', 'Khối 6|2|1', 'Khối 7|0|0']);
  });

  it('Theo dõi: the summer list of the level with Cuối năm results; one line for the level without Cả năm, and its students absent more than 45 buổi', () => {
    expect(tracking.filter((l) => /^(DANH SÁCH|TRUNG HỌC|Trung học cơ sở:)/.test(l))).toEqual([
      'Trung học cơ sở: chưa có kết quả Cả năm, chưa lập được danh sách kiểm tra lại, rèn luyện trong hè.',
      'DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ (TIỂU HỌC): 2 học sinh',
      'TRUNG HỌC, CHƯA CÓ KẾT QUẢ CẢ NĂM: 1 học sinh nghỉ quá 45 buổi trong năm',
    ]);
    const from = tracking.indexOf('TRUNG HỌC, CHƯA CÓ KẾT QUẢ CẢ NĂM: 1 học sinh nghỉ quá 45 buổi trong năm');
    // 46 buổi (Hoàng Thu Hà) is listed; 45 (Vũ Minh Khang) is not.
    // Class by class (issue 21): the heading names the class, its GVCN and the tab; "Xem ô" the cell alone.
    expect(tracking.slice(from + 1, from + 5)).toEqual(['Lớp 6A (GVCN Thầy Nam) - nghỉ quá 45 buổi: 1 học sinh · Xem ô ở trang Danh sách THCS',
      'Họ và tên|Kiểm tra lại các môn|Rèn luyện trong hè|Số buổi nghỉ cả năm|Xem ô', 'Hoàng Thu Hà|||46|A2', '']);
  });

  it('the sidebar and the toast: each level at its own newest point, the THCS students to follow at Cuối kì II', () => {
    const side = context.sidebarAnalyse().report;
    expect(side.pointText).toBe('Tiểu học: Cuối năm; THCS: Cuối học kì II');
    expect(side.levels.map((l: { level: string; point: string; total: { students: number; needSupport: number } }) =>
      `${l.level} ${l.point} ${l.total.needSupport}/${l.total.students}`)).toEqual(['TH CN 2/52', 'THCS CKII 1/58']);
    expect(side.total).toMatchObject({ students: 110, needSupport: 3 });
    expect(side.firstFlags.map((f: { reviewPoint: string; class: string; name: string; kinds: string[] }) => `${f.reviewPoint} ${f.class} ${f.name} ${f.kinds.join('+')}`)).toEqual([
      'CN 1A Nguyễn Văn An notRated', 'CN 2A Trần Văn Cường new', 'CN 2A Phạm Văn Dũng notImproved',
      'CKII 6A Hoàng Thu Hà new', 'CKII 6A Bùi Ngọc Lan notRated',
    ]);
    expect(side.counts).toMatchObject({ flags: 5, noSupporter: 0, errors: 1 });
    expect(toast).toBe('Tiểu học (Cuối năm): 2/52 học sinh cần hỗ trợ; THCS (Cuối học kì II): 1/58 học sinh cần hỗ trợ. '
      + `1 lỗi, ${json.problems.length - 1} cảnh báo: xem trang Kiểm tra.`);
  });

  it('Lịch tháng: May counts the primary khối at Cuối năm and the THCS khối at Cuối kì II', () => {
    expect(json.timeline.filter((m) => m.status !== 'upcoming').slice(-1)).toEqual([expect.objectContaining({
      month: '2026-05', numbersAt: 'CN', levels: [{ level: 'TH', numbersAt: 'CN' }, { level: 'THCS', numbersAt: 'CKII' }],
      needSupport: 3, improved: 1, noSupporter: 0 })]);
    const may = timeline.find((l) => l.startsWith('Tháng 5/2026')) as string;
    expect(may.split('|').slice(6, 10)).toEqual(['Tiểu học: Cuối năm; THCS: Cuối học kì II', '3', '1', '0']);
  });

  it('Tổng hợp: progress per level at its own latest point, flags of its own students', () => {
    const at = (title: string) => {
      const i = summary.findIndex((l) => l.endsWith(title));
      return summary.slice(i + 2, i + 7).map((l) => l.split('|').filter(Boolean).join('|'));
    };
    expect(summary.filter((l) => /^\d+\. Tiến bộ/.test(l))).toEqual([
      '5. Tiến bộ tại mốc Cuối năm - Tiểu học', '6. Tiến bộ tại mốc Cuối học kì II - Trung học cơ sở']);
    expect(at('Tiến bộ tại mốc Cuối năm - Tiểu học')).toEqual(
      ['Đã tiến bộ|1', 'Chưa tiến bộ|1', 'Cần hỗ trợ mới|1', 'Chưa có GV hỗ trợ|0', 'Chưa được đánh giá|1']);
    expect(at('Tiến bộ tại mốc Cuối học kì II - Trung học cơ sở')).toEqual(
      ['Đã tiến bộ|0', 'Chưa tiến bộ|0', 'Cần hỗ trợ mới|1', 'Chưa có GV hỗ trợ|0', 'Chưa được đánh giá|1']);
  });
});

describe('a TH&THCS school with targets: each khối judged on its own level\'s areas at its own points', () => {
  let json: Json;
  let summary: string[];
  beforeAll(async () => {
    const book = await roundTrip(school([['Chỉ tiêu Toán', '99%'], ['Chỉ tiêu Tiếng Việt', '95%'], ['Chỉ tiêu năng lực', '100%'], ['Chỉ tiêu phẩm chất', '100%']]).workbook);
    json = runSummarize(book, { today: TODAY }).json;
    summary = snapshot(book, ['Tổng hợp'])['Tổng hợp'].map((r) => r.map((c) => c ?? '').join('|').replace(/\|+$/, ''));
  });

  it('primary-only areas only on primary khối, the whole school over those khối, each khối at its level\'s points', () => {
    const rows = (json.targets ?? []).map((t) => `${t.reviewPoint} ${t.area} ${t.grade ?? 'TT'} ${t.students} ${t.needSupport}`);
    expect(rows).toEqual([
      'CKI Toán 1 25 1', 'CKI Toán 2 27 0', 'CKI Toán 6 30 2', 'CKI Toán 7 28 0', 'CKI Toán TT 110 3',
      'CKI Tiếng Việt 1 25 1', 'CKI Tiếng Việt 2 27 0', 'CKI Tiếng Việt TT 52 1',
      'CKI Năng lực 1 25 0', 'CKI Năng lực 2 27 0', 'CKI Năng lực TT 52 0',
      'CKI Phẩm chất 1 25 0', 'CKI Phẩm chất 2 27 1', 'CKI Phẩm chất TT 52 1',
      'CKII Toán 6 30 0', 'CKII Toán 7 28 0', 'CKII Toán TT 58 0',
      'CN Toán 1 25 0', 'CN Toán 2 27 1', 'CN Toán TT 52 1',
      'CN Tiếng Việt 1 25 0', 'CN Tiếng Việt 2 27 0', 'CN Tiếng Việt TT 52 0',
      'CN Năng lực 1 25 0', 'CN Năng lực 2 27 0', 'CN Năng lực TT 52 0',
      'CN Phẩm chất 1 25 0', 'CN Phẩm chất 2 27 1', 'CN Phẩm chất TT 52 1',
    ]);
  });

  it('Tổng hợp: one targets section per level\'s latest point', () => {
    expect(summary.filter((l) => /^\d+\. Chỉ tiêu/.test(l))).toEqual(['3. Chỉ tiêu và kết quả - Cuối năm', '4. Chỉ tiêu và kết quả - Cuối học kì II']);
    const from = summary.findIndex((l) => l.startsWith('4. Chỉ tiêu'));
    const to = summary.findIndex((l, i) => i > from && /^\d+\. /.test(l));
    const cki = summary.slice(from, to).filter((l) => /^(Toán|Tiếng Việt|Năng lực|Phẩm chất)?\|?(\d|Toàn trường)\|/.test(l));
    expect(cki.map((l) => l.split('|').slice(0, 4).join('|'))).toEqual(['Toán|6|30|30', '|7|28|28', '|Toàn trường|58|58']);
    expect(summary.some((l) => l.startsWith('Toàn trường: chỉ tính khối 6, 7'))).toBe(true);
  });
});

describe('Tạo bảng mẫu at a TH&THCS school: one Danh sách per level, each with its own headers', () => {
  type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
  const withClasses = (extra?: string) => {
    const book = FakeWorkbook.empty();
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet() as Ss;
    ss.insertSheet('Lớp').getRange(1, 1, 5, 2).setValues([['Lớp', 'Khối'], ['1A', 1], ['2A', 2], ['6A', 6], ['7A', 7]]);
    if (extra) ss.insertSheet(extra).getRange('A1').setValue('STT');
    return { book, ss, context: loadBundle(book, { today: '2025-09-10' }) };
  };

  it('writes a primary and a secondary Danh sách, read back as one empty roster without a problem', () => {
    const { book, ss, context } = withClasses();
    context.menuCreateTemplate();
    expect(book.toasts.at(-1)!.message).toBe('Đã tạo trang: Danh sách tiểu học, Danh sách trung học, Cấu hình, Kế hoạch, Nhật ký.');
    const header = (name: string) => ss.getSheetByName(name)!.getRange(1, 1, 2, ss.getSheetByName(name)!.getLastColumn()).getValues();
    const [primaryTop, primaryAreas] = header('Danh sách tiểu học');
    const [secondaryTop, secondaryAreas] = header('Danh sách trung học');
    expect(primaryTop.filter(Boolean).slice(10)).toEqual(['Đầu năm', 'Giữa học kì I', 'Cuối học kì I', 'Giữa học kì II', 'Cuối năm']);
    expect(secondaryTop.filter(Boolean).slice(10)).toEqual(['Đầu năm', 'Giữa học kì I', 'Cuối học kì I', 'Giữa học kì II', 'Cuối học kì II', 'Cả năm']);
    expect([...new Set(primaryAreas.filter(Boolean))]).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']);
    expect([...new Set(secondaryAreas.filter(Boolean))]).toEqual(['Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện']);
    const report = JSON.parse(JSON.stringify(context.menuSummarize().report));
    expect(report.problems).toEqual([]);
    expect(report.reviewPoints).toEqual([]);
  });

  it('writes no second roster when the school keeps a Danh sách of another name', () => {
    const { book, context } = withClasses('Danh sách khối 1');
    context.menuCreateTemplate();
    expect(book.toasts.at(-1)!.message).toBe('Đã tạo trang: Cấu hình, Kế hoạch, Nhật ký.');
  });
});
