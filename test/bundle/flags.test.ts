// Issue: on a roster with Đầu năm, Giữa HKI and Cuối HKI blocks and a run date in late January,
// the JSON flags are exactly the set a careful person computes from PRODUCT 3.3.
import { buildSchoolWorkbook, roundTrip, runSummarize } from '../helpers/bundle';

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
