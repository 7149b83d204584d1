// A TH&THCS school after the year (issue 18): the primary khối end at Cuối năm, the THCS khối at
// Cuối kì II (their Danh sách has no Cả năm column). Everything that shows "the newest point" shows
// each level at its own: the sidebar, Lịch tháng, the toast; the JSON's khối rows list their own
// level's areas; a THCS student absent more than 45 buổi stays on the summer list without Cả năm.
import { levelNeedText, newestFollowPoints, newestPointAt, newestPoints, newestPointsText, pointLabel } from '../../src/core/levels';
import { trackingLayout } from '../../src/core/layout/tracking';
import { timelineLayout } from '../../src/core/layout/timeline';
import { buildReport, type RunReport } from '../../src/core/report';
import type { Analysis } from '../../src/core/analyse';
import { sidebarReport, type SidebarReport } from '../../src/core/sidebar';
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';

const TODAY = '2026-06-10';
const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 25], ['6A', 6, 'Thầy Nam', 30]] };
const PRIMARY: SheetGrid = { name: 'Danh sách TH', values: [
  ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Cuối HKI - Toán', 'Cuối HKI - Tiếng Việt', 'Cuối HKII - Toán', 'Cuối HKII - Tiếng Việt'],
  [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C', 'H', 'C', 'H'], // Cuối năm: Toán not improved
  [2, 'Lê Thị Bình', '1A', '', 'T', 'T', 'H', 'C'], // Cuối năm: Tiếng Việt new, no GV hỗ trợ
] };
const SECONDARY: SheetGrid = { name: 'Danh sách THCS', values: [
  ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'HK1 - Toán', 'HK1 - Học tập', 'HK2 - Toán', 'HK2 - Học tập', 'HK2 - Số buổi nghỉ'],
  [1, 'Hoàng Thu Hà', '6A', '', '4,0', 'Đạt', '4,5', 'Đạt', 10], // Cuối kì II: Toán not improved, no GV hỗ trợ
  [2, 'Vũ Minh Khang', '6A', 'Thầy Nam', 7, 'Khá', 6, 'Đạt', 46], // more than 45 buổi nghỉ: on the summer list
  [3, 'Đặng Quốc Minh', '6A', 'Thầy Nam', 7, 'Khá', 7, 'Khá', 45], // exactly 45: not listed
] };

// Built in beforeEach, not at load: Stryker credits a test only with the code run while it runs.
let analysis: Analysis;
let report: RunReport;
beforeEach(() => {
  analysis = run([CONFIG, CLASSES, PRIMARY, SECONDARY], TODAY);
  report = buildReport(analysis);
});

describe('each level at its own newest review point', () => {
  it('the levels and their points, chosen in one place', () => {
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.levels.map((l) => [l.level, l.grades, l.reviewPoints])).toEqual([['TH', [1], ['CKI', 'CN']], ['THCS', [6], ['CKI', 'CKII']]]);
    const newest = newestPoints(analysis.levels, analysis.reviewPoints);
    expect(newest.map((n) => [n.level, n.point])).toEqual([['TH', 'CN'], ['THCS', 'CKII']]);
    expect(newestPointAt(newest, 'THCS')).toBe('CKII');
    expect(newestPointAt(newest, 'THPT')).toBeUndefined();
    expect(newestPointsText(newest)).toBe('Tiểu học: Cuối năm; THCS: Cuối học kì II');
    // By March both levels are at Cuối học kì I; a school of one level: its newest point, every khối.
    expect(newestPoints(analysis.levels, analysis.reviewPoints, (p) => p === 'CKI').map((n) => [n.level, n.point])).toEqual([['TH', 'CKI'], ['THCS', 'CKI']]);
    expect(newestPoints(analysis.levels.slice(1), ['CKI', 'CKII', 'CN'])).toEqual([{ point: 'CN', grades: [6] }]);
    expect(newestPoints([], [])).toEqual([]);
  });

  it('the sidebar: each level\'s numbers at its own point, the whole school their sum, the THCS flags at Cuối kì II', () => {
    const side = sidebarReport(report);
    expect(side.pointText).toBe('Tiểu học: Cuối năm; THCS: Cuối học kì II');
    // Changed on purpose (review-7 F17's sidebar leftover): khối 6 has no Ngữ văn, Ngoại ngữ or Rèn luyện column,
    // so the sidebar names them in noColumn, as the JSON does, instead of counting 0 in each.
    expect(side.levels?.map((l) => [l.level, l.point, l.label, l.total.students, l.total.needSupport, l.total.byArea, l.total.noColumn])).toEqual([
      ['TH', 'CN', 'Cuối năm', 25, 2, { Toán: 1, 'Tiếng Việt': 1 }, undefined],
      ['THCS', 'CKII', 'Cuối học kì II', 30, 1, { Toán: 1, 'Học tập': 0 }, ['Ngữ văn', 'Ngoại ngữ', 'Rèn luyện']],
    ]);
    expect(side.total).toMatchObject({ students: 55, needSupport: 3 });
    // The whole school's sum: Tiểu học's areas are known, THCS's missing ones are named (no row knows them).
    expect(side.total?.byArea).toEqual({ Toán: 2, 'Tiếng Việt': 1, 'Học tập': 0 });
    expect(side.total?.noColumn).toEqual(['Ngữ văn', 'Ngoại ngữ', 'Rèn luyện']);
    expect(side.firstFlags.map((f) => `${f.reviewPoint} ${f.class} ${f.name} ${f.kinds.join('+')}`)).toEqual([
      'CN 1A Nguyễn Văn An notImproved', 'CN 1A Lê Thị Bình noSupporter+new', 'CKII 6A Hoàng Thu Hà noSupporter+notImproved',
    ]);
    expect(side.counts).toMatchObject({ flags: 3, noSupporter: 2 });
  });

  it('the JSON: a khối row lists only its own level\'s areas', () => {
    expect(Object.keys(report.totals.CKI?.byGrade[0].byArea ?? {})).toEqual(['Toán', 'Tiếng Việt']);
    // Changed on purpose (review-7 F17): khối 6 has no Ngữ văn, Ngoại ngữ or Rèn luyện column, so they are named in noColumn, not 0.
    expect(Object.keys(report.totals.CKI?.byGrade[1].byArea ?? {})).toEqual(['Toán', 'Học tập']);
    expect(report.totals.CKI?.byGrade[1].noColumn).toEqual(['Ngữ văn', 'Ngoại ngữ', 'Rèn luyện']);
    expect(report.totals.CKI?.byGrade.map((g) => [g.grade, g.needSupport, g.byArea.Toán])).toEqual([[1, 1, 1], [6, 1, 1]]);
    // The whole school's row keeps every area.
    expect(Object.keys(report.totals.CKI?.total.byArea ?? {})).toEqual(['Toán', 'Tiếng Việt', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện']);
  });

  it('Lịch tháng: May counts each level at its own point; the JSON names both', () => {
    const may = report.timeline.find((m) => m.month === '2026-05');
    expect(may).toMatchObject({ numbersAt: 'CN', needSupport: 3, improved: 0, noSupporter: 2,
      levels: [{ level: 'TH', numbersAt: 'CN' }, { level: 'THCS', numbersAt: 'CKII' }] });
    const december = report.timeline.find((m) => m.month === '2025-12');
    expect(december).toMatchObject({ numbersAt: 'CKI', needSupport: 2, levels: [{ level: 'TH', numbersAt: 'CKI' }, { level: 'THCS', numbersAt: 'CKI' }] });
    const rows = timelineLayout(analysis).rows.map((r) => r.map((c) => (c && typeof c === 'object' ? '' : c ?? '')));
    const mayRow = rows.find((r) => r[0] === 'Tháng 5/2026') as unknown[];
    expect(mayRow.slice(6, 10)).toEqual(['Tiểu học: Cuối năm; THCS: Cuối học kì II', 3, 0, 2]);
  });

  it('Theo dõi: a THCS student absent 46 buổi stays on the summer list without Cả năm results; 45 does not', () => {
    const lines = trackingLayout(analysis).rows.map((r) => r.map((c) => (c && typeof c === 'object' ? (c as { text: string }).text : c ?? '')).join('|').replace(/\|+$/, ''));
    const from = lines.findIndex((l) => l.startsWith('TRUNG HỌC'));
    expect(lines[from]).toBe('TRUNG HỌC, CHƯA CÓ KẾT QUẢ CẢ NĂM: 1 học sinh nghỉ quá 45 buổi trong năm');
    // Class by class (issue 21): the class heading names the tab, "Xem ô" the cell alone.
    expect(lines.slice(from + 1, from + 4)).toEqual(['Lớp 6A (GVCN Thầy Nam) - nghỉ quá 45 buổi: 1 học sinh · Xem ô ở trang Danh sách THCS',
      'Họ và tên|Kiểm tra lại các môn|Rèn luyện trong hè|Số buổi nghỉ cả năm|Xem ô', 'Vũ Minh Khang|||46|A3']);
    expect(lines.filter((l) => l.includes('Đặng Quốc Minh'))).toEqual([]);
    expect(lines.filter((l) => /^(Trung học cơ sở:|DANH SÁCH)/.test(l))).toEqual([
      'Trung học cơ sở: chưa có kết quả Cả năm, chưa lập được danh sách kiểm tra lại, rèn luyện trong hè.',
      'DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ (TIỂU HỌC): 2 học sinh',
    ]);
  });

  it('names Cả năm for secondary khối only', () => {
    expect([pointLabel('CN', [6, 7]), pointLabel('CN', [1, 6]), pointLabel('CN'), pointLabel('CKII', [6]), pointLabel('CN', [10])])
      .toEqual(['Cả năm', 'Cuối năm', 'Cuối năm', 'Cuối học kì II', 'Cả năm']);
  });
});

// A THCS school after the year: every text naming its year's review point says Cả năm (TT22), never Cuối năm.
describe('a THCS school names its year\'s point Cả năm', () => {
  const thcs: SheetGrid = { name: 'Danh sách', values: [
    ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'HK1 - Toán', 'HK1 - Học tập', 'Cả năm - Toán', 'Cả năm - Học tập', 'Cả năm - Số buổi nghỉ'],
    [1, 'Hoàng Thu Hà', '6A', '', '4,0', 'Đạt', '4,5', 'Chưa đạt', 'nhiều'], // needs at Cả năm, no GV hỗ trợ; no number of buổi
    [2, 'Vũ Minh Khang', '6A', 'Thầy Nam', '3,5', 'Đạt', null, null, null], // needed at HK1, not rated at Cả năm
    [3, 'Đặng Quốc Minh', '6A', 'Thầy Nam', 7, 'Khá', 'Khá', 'Khá', 2], // "Khá" in Toán: an error at its cell
  ] };
  const classes: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['6A', 6, 'Thầy Nam', 30]] };
  // Built before each test, not once for the describe: Stryker's per-test coverage sees only what a test runs.
  let a: Analysis;
  let messages: string[];
  beforeEach(() => {
    a = run([CONFIG, classes, thcs], TODAY);
    messages = a.problems.map((p) => `${p.code} ${p.cell} ${p.message}`);
  });

  it('Kiểm tra: the messages of a THCS khối', () => {
    expect(messages.filter((m) => /^(NOT_RATED|SUPPORTER_MISSING|RATING_INVALID|ABSENCE_INVALID)/.test(m)).map((m) => m.slice(0, 150))).toEqual([
      'RATING_INVALID G4 Ô Toán (Cả năm) của Đặng Quốc Minh: "Khá" không phải một điểm số, nên dòng này chưa được tính. Ghi điểm từ 0 đến 10, một chữ số thập',
      'SUPPORTER_MISSING D2 Hoàng Thu Hà (6A) cần hỗ trợ Toán, Học tập (Cả năm) nhưng chưa có GV hỗ trợ. Ghi tên giáo viên vào cột GV hỗ trợ.',
      'ABSENCE_INVALID I2 Ô Buổi nghỉ của Hoàng Thu Hà (Cả năm) ghi "nhiều", không phải một số buổi, nên số buổi nghỉ Cả năm chưa được tính. Ghi số buổi nghỉ',
      'NOT_RATED G3 Vũ Minh Khang (6A) cần hỗ trợ Toán ở mốc Cuối học kì I nhưng chưa được đánh giá Cả năm. Nhập kết quả Cả năm cho em.',
    ]);
  });

  it('Theo dõi, Lịch tháng and the sidebar; no message names Cuối năm', () => {
    const tracking = trackingLayout(a).rows.map((r) => String(r[0] ?? ''));
    expect(tracking.filter((l) => /^(CẢ NĂM|CUỐI)/.test(l))).toEqual(['CẢ NĂM: 1 học sinh cần hỗ trợ', 'CUỐI HỌC KÌ I: 2 học sinh cần hỗ trợ']);
    const may = timelineLayout(a).rows.find((r) => r[0] === 'Tháng 5/2026') as unknown[];
    expect([may[1], may[6], may[7]]).toEqual(['Cả năm', 'Cả năm', 1]);
    const side = sidebarReport(buildReport(a));
    expect([side.pointText, side.levels, side.total?.needSupport, side.total?.students]).toEqual(['Cả năm', undefined, 1, 30]);
    expect(a.problems.filter((p) => /Cuối năm/.test(p.message))).toEqual([]);
  });
});

describe('a level behind with its ratings: its students followed where Theo dõi follows them', () => {
  // January: Cuối học kì I is past. Khối 1 is rated at it; khối 6 only at Giữa học kì I, its HK1
  // columns still blank: its students' Cuối kì I "not rated" flags are what to act on.
  const BEHIND: SheetGrid = { name: 'Danh sách THCS', values: [
    ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GK1 - Toán', 'GK1 - Học tập', 'HK1 - Toán', 'HK1 - Học tập'],
    [1, 'Hoàng Thu Hà', '6A', 'Thầy Nam', '4,0', 'Đạt', '', ''],
    [2, 'Vũ Minh Khang', '6A', '', '3,5', 'Đạt', '', ''],
  ] };
  const PRIMARY_CKI: SheetGrid = { ...PRIMARY, values: PRIMARY.values.map((r) => r.slice(0, 6)) };
  let behind: Analysis;
  let side: SidebarReport;
  let listed: string[];
  beforeEach(() => {
    behind = run([CONFIG, CLASSES, PRIMARY_CKI, BEHIND], '2026-01-15');
    side = sidebarReport(buildReport(behind));
    listed = side.firstFlags.map((f) => `${f.reviewPoint} ${f.name} ${f.kinds.join('+')}`);
  });

  it('the sidebar lists the THCS students\' missing Cuối kì I ratings first, then each level\'s newest rated flags', () => {
    // One entry a student: Hà's and Khang's reminders stand for their Giữa kì I flags.
    expect(listed).toEqual(['CKI Hoàng Thu Hà notRated', 'CKI Vũ Minh Khang notRated', 'CKI Nguyễn Văn An new']);
    // Khang has no GV hỗ trợ at Giữa kì I, the THCS level's newest rated point: the card counts him.
    expect(side.counts).toMatchObject({ flags: 3, noSupporter: 1 });
    expect(side.flagsText).toBe('Cuối học kì I');
  });

  it('Cuối học kì I totals count khối 1 only: khối 6\'s blank HK1 columns are no "0 need" row', () => {
    const cki = behind.totals.CKI;
    expect(cki?.byGrade.map((g) => [g.grade, g.students, g.needSupport])).toEqual([[1, 25, 1]]);
    expect([cki?.total.students, cki?.total.needSupport]).toEqual([25, 1]);
    expect(behind.totals.GKI?.byGrade.map((g) => g.grade)).toEqual([6]);
  });

  it('Theo dõi links the same students at the same point', () => {
    const rows = trackingLayout(behind).rows.map((r) => r.map((c) => (c && typeof c === 'object' ? (c as { text: string }).text : c ?? '')).join('|'));
    expect(rows.filter((r) => r.includes('Hoàng Thu Hà')).length).toBeGreaterThan(0);
    expect(newestFollowPoints(behind.levels, behind.reviewPoints, behind.flags.map((f) => ({ reviewPoint: f.reviewPoint, grade: f.student.grade })))
      .map((n) => `${n.level} ${n.point}`)).toEqual(['TH CKI', 'THCS CKI']);
    expect(newestPoints(behind.levels, behind.reviewPoints).map((n) => `${n.level} ${n.point}`)).toEqual(['TH CKI', 'THCS GKI']);
  });
});

describe('a one-level school between a review month and its results (review-3 F10)', () => {
  // January: Giữa học kì I rated, the Cuối HKI block blank though past. Two students need Toán at
  // Giữa kì I without a GV hỗ trợ; An, who needed it, is not yet rated at Cuối kì I.
  const TAB: SheetGrid = { name: 'Danh sách', values: [
    ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Giữa HKI - Toán', 'Cuối HKI - Toán'],
    [1, 'Nguyễn Văn An', '1A', 'Cô Lan', 'C', ''],
    [2, 'Lê Thị Bình', '1A', '', 'C', ''],
    [3, 'Trần Văn Cường', '1A', '', 'C', ''],
  ] };
  let side: SidebarReport;
  beforeEach(() => { side = sidebarReport(buildReport(run([CONFIG, CLASSES, TAB], '2026-01-15'))); });

  it('keeps counting the students without a GV hỗ trợ at Giữa kì I, and lists the reminders first', () => {
    expect(side.pointText).toBe('Giữa học kì I');
    // Three students, once each (review-3 F12), under the point the list follows.
    expect(side.counts).toMatchObject({ noSupporter: 2, flags: 3 });
    expect(side.flagsText).toBe('Cuối học kì I');
    expect(side.firstFlags.map((f) => `${f.reviewPoint} ${f.name} ${f.kinds.join('+')}`)).toEqual([
      'CKI Nguyễn Văn An notRated', 'CKI Lê Thị Bình notRated', 'CKI Trần Văn Cường notRated',
    ]);
  });
});

describe('Theo dõi of a TH&THCS school whose levels are at different points (review-4 F6)', () => {
  it('a section holds a level\'s older classes as counts (issue 20) below the other level\'s newest ones', () => {
    const a = run([
      { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 1, 'Cô Lan', 25], ['6A', 6, 'Thầy Nam', 30]] },
      { name: 'Danh sách TH', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'CKI - Toán'], ['An', '1A', 'Cô Hoa', 'C', 'C'], ['Bình', '1A', '', 'C', 'H']] },
      { name: 'Danh sách THCS', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'HK1 - Toán'], ['Chi', '6A', '', '3', ''], ['Dũng', '6A', 'Thầy Bảo', '4', '']] },
    ], '2025-12-20');
    const layout = trackingLayout(a);
    const row = (n: number) => layout.rows[n - 1];
    // TH is at Cuối học kì I: nothing to fix in 1A, so no "Sửa".
    expect(row(7)).toEqual(['Họ và tên', 'Cần hỗ trợ', 'Tình trạng', 'GV hỗ trợ', 'Xem ô']);
    expect(row(8)).toEqual(['An', 'Toán', 'Chưa tiến bộ', 'Cô Hoa', 'A2']);
    // At Giữa học kì I, 6A is THCS's newest (its Cuối kì I not rated yet), with a fix to link...
    expect(row(12)).toEqual(['Chưa tiến bộ: 0 · Cần hỗ trợ mới: 4 · Đã tiến bộ: 0 · Chưa có GV hỗ trợ: 2 · Chưa được đánh giá: 0']);
    expect(row(13)).toEqual(['Lớp 6A (GVCN Thầy Nam) - Giữa học kì I: 2 học sinh · Xem ô ở trang Danh sách THCS']);
    expect(row(14)).toEqual(['Họ và tên', 'Cần hỗ trợ', 'Tình trạng', 'GV hỗ trợ', 'Xem ô', 'Sửa']);
    expect(row(15)).toEqual(['Chi', 'Toán', 'Chưa có GV hỗ trợ; Cần hỗ trợ mới', '(chưa có)', 'A2', { text: 'Đến ô', sheet: 'Danh sách THCS', cell: 'A2' }]);
    // ...and 1A, older, is counted below it (An, Bình new in Toán; Bình without a GV hỗ trợ): its Cộng
    // is 1A's alone, the counts line the whole point's.
    expect(layout.rows.slice(16, 21)).toEqual([
      [],
      ['Các lớp dưới đây chỉ ghi số học sinh từng lớp; tên từng em ở mốc mới nhất phía trên. Kết quả từng em ở mốc này: xem trang Danh sách (hoặc trang kết quả của lớp).'],
      ['Lớp', 'Chưa tiến bộ', 'Cần hỗ trợ mới', 'Đã tiến bộ', 'Chưa có GV hỗ trợ', 'Chưa được đánh giá'],
      ['1A (GVCN Cô Lan)', 0, 2, 0, 1, 0],
      ['Cộng', 0, 2, 0, 1, 0],
    ]);
    expect(layout.styles.border).toEqual(['A7:E9', 'A14:F16', 'A19:F21']);
    // Each level's newest classes print one to a page.
    expect(layout.classBlocks).toEqual([{ first: 6, last: 9 }, { first: 13, last: 16 }]);
  });
});

describe('the newest points and a level\'s headline in words', () => {
  it('levels at different points are named one by one, a point without a level by its name only', () => {
    expect(newestPointsText([{ level: 'TH', grades: [1, 5], point: 'CN' }, { level: 'THCS', grades: [6], point: 'CKII' }]))
      .toBe('Tiểu học: Cuối năm; THCS: Cuối học kì II');
    expect(newestPointsText([{ point: 'GKII' }, { level: 'THPT', grades: [10], point: 'CKII' }])).toBe('Giữa học kì II; THPT: Cuối học kì II');
  });

  it('a level\'s headline: its short name, the point, needing support out of its students', () => {
    expect(levelNeedText({ level: 'THCS', label: 'Cuối học kì II', total: { needSupport: 1, students: 30 } }))
      .toBe('THCS (Cuối học kì II): 1/30 học sinh cần hỗ trợ');
    expect(levelNeedText({ level: 'TH', label: 'Cuối năm', total: { needSupport: 0, students: 12 } })).toBe('Tiểu học (Cuối năm): 0/12 học sinh cần hỗ trợ');
  });
});
