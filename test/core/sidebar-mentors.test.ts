// What the sidebar says about mentors and the early warning (PRODUCT 3.8, 3.9, 5): late mentors
// only once the monthly deadline has passed; at-risk students without a mentor counted once each,
// over every review point, with one definition (atRisk and no mentor written).
import { buildReport } from '../../src/core/report';
import { sidebarReport } from '../../src/core/sidebar';
import { run } from '../helpers/grid';

const CONFIG = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const ROSTER = { name: 'Danh sách', values: [
  ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Phẩm chất', 'CKI - Toán', 'CKI - Tiếng Việt', 'CKI - Phẩm chất'],
  [1, 'Lê Văn An', '4A', 'Mẹ ốm lâu ngày', 'cô Lan', 'C', 'C', 'Đ', 'C', 'C', 'Đ'], // at risk at CKI, mentored
  [2, 'Phạm Thị Bình', '4A', 'Mồ côi cha', '', 'C', 'C', 'Đ', '', '', ''], // at risk at GKI (not rated at CKI), no mentor
  [3, 'Đỗ Văn Cường', '4B', 'Nhà xa trường', '', 'H', 'C', 'C', 'H', 'C', 'C'], // at risk at CKI, no mentor
  [4, 'Vũ Thị Dung', '4B', '', 'cô Lan', 'C', 'H', 'Đ', 'C', 'H', 'Đ'], // one subject: under support, not at risk
] };
const LOG = { name: 'Nhật ký', values: [
  ['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'],
  ['03/11/2025', 'Lê Văn An', '4A', 'cô Lan', 'Kèm Toán'],
] };

describe('sidebar: late mentors', () => {
  it('before the deadline nobody is late; the mentors JSON still says who has no entry', () => {
    const report = buildReport(run([CONFIG, ROSTER, LOG], '2025-11-10'));
    expect(report.log?.pastDeadline).toBe(false);
    expect(report.mentors.map((m) => [m.name, m.missing])).toEqual([['cô Lan', ['Vũ Thị Dung']]]);
    expect(sidebarReport(report).lateMentors).toEqual([]);
  });

  it('after the deadline the mentor is late with how many students', () => {
    const report = buildReport(run([CONFIG, ROSTER, LOG], '2025-11-26'));
    expect(report.log?.pastDeadline).toBe(true);
    expect(sidebarReport(report).lateMentors).toEqual([{ name: 'cô Lan', missing: 1 }]);
  });
});

describe('sidebar: at risk and without a mentor', () => {
  it('counts every at-risk student once, at whichever point, and those with no mentor written', () => {
    const report = buildReport(run([CONFIG, ROSTER, LOG], '2025-12-28'));
    const risky = report.flags.filter((f) => f.kinds.includes('atRisk')).map((f) => `${f.name} ${f.reviewPoint}`);
    expect(risky.sort()).toEqual(['Lê Văn An CKI', 'Phạm Thị Bình GKI', 'Đỗ Văn Cường CKI'].sort());
    expect(sidebarReport(report).counts).toMatchObject({ atRisk: 3, atRiskWithoutMentor: 2 });
  });
});
