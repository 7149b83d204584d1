// The sidebar's payload field by field, from the core (PRODUCT 3.6, 5): the bundle and browser tests
// check it too, but only a core test can catch a change in src/core/sidebar.ts under mutation.
import { buildReport } from '../../src/core/report';
import { SIDEBAR_LIST_LIMIT, sidebarReport } from '../../src/core/sidebar';
import { run } from '../helpers/grid';

const CONFIG = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const HEADER = ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh', 'GV nhận đỡ đầu', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Phẩm chất', 'CKI - Toán', 'CKI - Tiếng Việt', 'CKI - Phẩm chất'];
const ROWS = [
  [1, 'Lê Văn An', '4A', 'Mẹ ốm lâu ngày', 'cô Lan', 'cô Lan', 'C', 'C', 'Đ', 'C', 'C', 'Đ'], // at risk, mentored
  [2, 'Phạm Thị Bình', '4A', '', '', '', 'C', 'H', 'Đ', 'T', 'H', 'Đ'], // improved: not listed
  [3, 'Đỗ Văn Cường', '4B', 'Nhà xa trường', '', '', 'H', 'C', 'C', 'H', 'C', 'C'], // at risk, no mentor, no GV hỗ trợ
  [4, 'Vũ Thị Dung', '4B', '', 'cô Lan', 'cô Lan', 'C', 'H', 'Đ', 'C', 'H', 'Đ'], // not improved
  [5, 'Trần Văn Em', '4B', '', '', '', 'H', 'H', 'Đ', 'Q', 'H', 'Đ'], // Q: no rating, an error; the row is left out
];
const LOG = { name: 'Nhật ký', values: [['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['03/12/2025', 'Lê Văn An', '4A', 'cô Lan', 'Kèm Toán']] };

const school = (rows: unknown[][], today = '2025-12-27') => buildReport(run([CONFIG, { name: 'Danh sách', values: [HEADER, ...rows] }, LOG], today));
const flagLine = (f: { reviewPoint: string; row: number; name: string; kinds: string[] }) => `${f.reviewPoint} ${f.row} ${f.name} ${f.kinds.join('+')}`;

describe('the sidebar report, field by field', () => {
  it('at Cuối học kì I after the December deadline: headline, counts, lists, mentors, log', () => {
    const report = school(ROWS);
    const side = sidebarReport(report);
    expect([side.schoolYear, side.reviewPoints, side.latest, side.pointText]).toEqual(['2025-2026', ['GKI', 'CKI'], 'CKI', 'Cuối học kì I']);
    expect(side.total).toEqual(report.totals.CKI?.total);
    expect(side.total).toMatchObject({ students: 4, needSupport: 3 });
    expect(side.levels).toBeUndefined();
    expect(side.flagsText).toBeUndefined();
    // Bình improved (not listed); Em's row has an error (not counted); Cường has no GV hỗ trợ.
    expect(side.counts).toEqual({ errors: 1, warnings: report.problems.length - 1, flags: 3, noSupporter: 1, atRisk: 2, atRiskWithoutMentor: 1 });
    expect(side.firstProblems).toEqual(report.problems);
    expect(side.firstFlags.map(flagLine)).toEqual(['CKI 4 Đỗ Văn Cường noSupporter+notImproved+atRisk', 'CKI 2 Lê Văn An notImproved+atRisk', 'CKI 5 Vũ Thị Dung notImproved+noLog']);
    expect(side.firstFlags.every((f) => !('grade' in f))).toBe(true);
    expect(side.lateMentors).toEqual([{ name: 'cô Lan', missing: 1 }]);
    expect(side.log).toEqual({ sheets: ['Nhật ký'], entries: 1, matched: 1, month: '2025-12', deadlineDay: 25, pastDeadline: true });
    expect(side.targets).toBeUndefined();
  });

  it('before the deadline nobody is late; before any rating there is no latest point and no total', () => {
    expect(sidebarReport(school(ROWS, '2025-12-20')).lateMentors).toEqual([]);
    const empty = sidebarReport(school([[1, 'Lê Văn An', '4A', '', '', '', '', '', '', '', '', '']]));
    expect([empty.latest, empty.pointText, empty.total, empty.counts.flags]).toEqual([null, '', null, 0]);
  });

  it(`lists at most ${SIDEBAR_LIST_LIMIT} problems and flags, and counts them all`, () => {
    const many = Array.from({ length: SIDEBAR_LIST_LIMIT + 5 }, (_, i) => [i + 1, `Học sinh ${String.fromCharCode(65 + (i % 26))}${i}`, '4A', '', '', '', 'C', 'H', 'Đ', 'Q', 'C', 'Đ']);
    const wide = [...many, ...many.map((r, i) => [100 + i, `Em ${i}`, '4B', '', '', '', 'H', 'H', 'Đ', 'C', 'H', 'Đ'])];
    const report = school(wide);
    const side = sidebarReport(report);
    expect(report.problems.length).toBeGreaterThan(SIDEBAR_LIST_LIMIT);
    expect(side.firstProblems).toEqual(report.problems.slice(0, SIDEBAR_LIST_LIMIT));
    expect(side.counts.errors).toBe(SIDEBAR_LIST_LIMIT + 5);
    expect(side.counts.flags).toBe(SIDEBAR_LIST_LIMIT + 5);
    expect(side.firstFlags).toHaveLength(SIDEBAR_LIST_LIMIT);
  });

  it('names only the mentors late with an entry: one whose students all have this month\'s entry is not late', () => {
    const rows = [
      [1, 'Lê Văn An', '4A', '', 'thầy Nam', 'thầy Nam', 'C', 'C', 'Đ', 'C', 'C', 'Đ'],
      [4, 'Vũ Thị Dung', '4B', '', 'cô Lan', 'cô Lan', 'C', 'H', 'Đ', 'C', 'H', 'Đ'],
    ];
    const log = { name: 'Nhật ký', values: [LOG.values[0], ['03/12/2025', 'Lê Văn An', '4A', 'thầy Nam', 'Kèm Toán']] };
    const report = buildReport(run([CONFIG, { name: 'Danh sách', values: [HEADER, ...rows] }, log], '2025-12-27'));
    expect(report.mentors.map((m) => [m.name, m.missing.length])).toEqual([['thầy Nam', 0], ['cô Lan', 1]]);
    expect(sidebarReport(report).lateMentors).toEqual([{ name: 'cô Lan', missing: 1 }]);
  });
});
