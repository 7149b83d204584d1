// Issue: on a roster with Đầu năm, Giữa HKI and Cuối HKI blocks and a run date in late January,
// the JSON flags are exactly the set a careful person computes from PRODUCT 3.3.
import { buildSchoolWorkbook, roundTrip, runSummarize, snapshot } from '../helpers/bundle';

const AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
// Rows start at 5: two title rows, then the two-row header.
const students = [
  /* row 5 */ { name: 'Phạm Gia An', className: '1A', supporter: 'Cô Lan', ratings: { DN: { Toán: 'x', 'Tiếng Việt': 'x' }, GKI: { Toán: 'C', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'T' }, CKI: { Toán: 'H', 'Tiếng Việt': 'H', 'Năng lực': 'T', 'Phẩm chất': 'T' } } },
  /* row 6 */ { name: 'Lê Minh Bảo', className: '1A', supporter: 'Cô Lan', ratings: { DN: { 'Năng lực': 'x' }, CKI: { 'Năng lực': 'CCG', Toán: 'C' } } },
  /* row 7 */ { name: 'Vũ Thị Cúc', className: '1B', supporter: '', ratings: { GKI: { 'Phẩm chất': 'C', Toán: 'H' }, CKI: { 'Phẩm chất': 'C', Toán: 'H' } } },
  /* row 8 */ { name: 'Hồ Văn Dư', className: '2A', supporter: 'Thầy Tín', ratings: { DN: { Toán: '✓' }, GKI: { Toán: 'C' } } },
  /* row 9 */ { name: 'Mai Thu Em', className: '2A', supporter: 'Thầy Tín', ratings: { GKI: { Toán: 'T', 'Tiếng Việt': 'H' }, CKI: { Toán: 'H' } } },
  /* row 10 */ { name: 'Tạ Quang Phú', className: '2B', supporter: 'Thầy Tín', ratings: { DN: { 'Tiếng Việt': 'x' }, GKI: { 'Tiếng Việt': 'chưa hoàn thành' }, CKI: { 'Tiếng Việt': 'CHT', 'Phẩm chất': 'Cần cố gắng' } } },
  /* row 11 */ { name: 'Đinh Hà Giang', className: '', supporter: '', ratings: { DN: { Toán: 'x' }, GKI: { Toán: 'C' } } },
];

const careful = [
  // An: DN new (Toán, TV); GKI Toán still; CKI no need
  '5 DN new', '5 GKI notImproved', '5 CKI improved',
  // Bảo: not rated at GKI (past, needed NL at DN); CKI vs DN: NL still, Toán new
  '6 DN new', '6 GKI notRated', '6 CKI notImproved+new',
  // Cúc: no supporter; new at GKI; still at CKI
  '7 GKI noSupporter+new', '7 CKI noSupporter+notImproved',
  // Dư: DN new; GKI still; CKI blank though Toán was needed
  '8 DN new', '8 GKI notImproved', '8 CKI notRated',
  // Em: never needed support: no flag
  // Phú: TV all along, PC new at CKI; at CKI two early-warning signals (PRODUCT 3.9): Tiếng Việt
  // not improved over two review points (Học tập) and Phẩm chất C (Rèn luyện), so atRisk too
  '10 DN new', '10 GKI notImproved', '10 CKI notImproved+new+atRisk',
  // Giang: no class, an error row: not flagged
];

describe('flags through the bundle', () => {
  it('late January: exactly the careful set, no more, no less', async () => {
    const { workbook, layout } = buildSchoolWorkbook({
      title: ['TRƯỜNG TIỂU HỌC THỬ', 'DANH SÁCH'], headerStyle: 'two-row', points: ['DN', 'GKI', 'CKI'], areas: AREAS, students,
    });
    expect(layout.rowOf).toEqual([5, 6, 7, 8, 9, 10, 11]);
    const { json } = runSummarize(await roundTrip(workbook), { today: '2026-01-26' });
    const got = json.flags.map((f: { row: number; reviewPoint: string; kinds: string[] }) => `${f.row} ${f.reviewPoint} ${f.kinds.join('+')}`);
    expect(got.sort()).toEqual([...careful].sort());
    expect(json.problems.filter((p: { severity: string }) => p.severity === 'error').map((p: { code: string; cell: string }) => `${p.code}@${p.cell}`))
      .toEqual(['CLASS_MISSING@E11']);
    // Lịch tháng, for the monthly report: each past and current month carries the numbers as they
    // stood then (Đầu năm for September and October); January, with no review of its own, now shows
    // Cuối học kì I's instead of nothing. Needs: DN An, Bảo, Dư, Phú; GKI An, Cúc, Dư, Phú; CKI Bảo, Cúc, Phú.
    expect(json.timeline.map((m) => `${m.month} ${m.numbersAt ?? '-'} ${m.needSupport ?? '-'} ${m.status}`)).toEqual([
      '2025-09 DN 4 past', '2025-10 DN 4 past', '2025-11 GKI 4 past', '2025-12 CKI 3 past', '2026-01 CKI 3 current',
      '2026-02 - - upcoming', '2026-03 - - upcoming', '2026-04 - - upcoming', '2026-05 - - upcoming',
    ]);
  });
});

describe('Theo dõi through the bundle: an older review point is a count table (issue 20)', () => {
  it('Cuối học kì I lists each student; Giữa học kì I and Đầu năm count them by class, with a Cộng row equal to the counts line', async () => {
    const { workbook } = buildSchoolWorkbook({
      title: ['TRƯỜNG TIỂU HỌC THỬ', 'DANH SÁCH'], headerStyle: 'two-row', points: ['DN', 'GKI', 'CKI'], areas: AREAS, students,
    });
    const book = await roundTrip(workbook);
    runSummarize(book, { today: '2026-01-26' });
    const rows = snapshot(book, ['Theo dõi'])['Theo dõi'].map((r) => r.map((c) => c ?? '').join('|').replace(/\|+$/, ''));
    const after = (heading: string, n: number) => rows.slice(rows.indexOf(heading) + 1, rows.indexOf(heading) + 1 + n);
    const header = 'Lớp|Chưa tiến bộ|Cần hỗ trợ mới|Đã tiến bộ|Chưa có GV hỗ trợ|Chưa được đánh giá';
    const note = 'Ở mốc này chỉ ghi số học sinh từng lớp; tên từng em ở mốc mới nhất phía trên. Kết quả từng em ở mốc này: xem trang Danh sách (hoặc trang kết quả của lớp).';
    // GKI (the careful set above): An, Dư, Phú still need support; Cúc new without a GV hỗ trợ; Bảo not rated.
    expect(after('GIỮA HỌC KÌ I: 4 học sinh cần hỗ trợ', 8)).toEqual([
      'Chưa tiến bộ: 3 · Cần hỗ trợ mới: 1 · Đã tiến bộ: 0 · Chưa có GV hỗ trợ: 1 · Chưa được đánh giá: 1',
      note, header, '1A|1|0|0|0|1', '1B|0|1|0|1|0', '2A|1|0|0|0|0', '2B|1|0|0|0|0', 'Cộng|3|1|0|1|1',
    ]);
    // DN: An, Bảo (1A), Dư (2A), Phú (2B) new.
    expect(after('ĐẦU NĂM: 4 học sinh cần hỗ trợ', 7)).toEqual([
      'Chưa tiến bộ: 0 · Cần hỗ trợ mới: 4 · Đã tiến bộ: 0 · Chưa có GV hỗ trợ: 0 · Chưa được đánh giá: 0',
      note, header, '1A|0|2|0|0|0', '2A|0|1|0|0|0', '2B|0|1|0|0|0', 'Cộng|0|4|0|0|0',
    ]);
    // The counts are numbers in the sheet, and each flagged student has one row: at the newest point only.
    const tab = snapshot(book, ['Theo dõi'])['Theo dõi'];
    expect(tab.find((r) => r[0] === 'Cộng')?.slice(1, 6)).toEqual([3, 1, 0, 1, 1]);
    for (const name of ['Phạm Gia An', 'Lê Minh Bảo', 'Vũ Thị Cúc', 'Hồ Văn Dư', 'Tạ Quang Phú']) expect(tab.filter((r) => r[0] === name)).toHaveLength(1);
  });
});
