// The notes under Tổng hợp's tables (src/core/layout/summary-notes.ts), asked directly with small
// hand-made totals and tab lists: lists of classes and khối read with their commas, the "stays back"
// words whenever a primary export is among the tabs, and the point named at the tabs' own level.
import type { Analysis } from '../../src/core/analyse';
import type { OfficialTabUse } from '../../src/core/join/types';
import { sourceLine, thhsNote, trendUnratedNote, unratedNote } from '../../src/core/layout/summary-notes';
import type { GradeCounts, PointTotals } from '../../src/core/rules/totals';

const grade = (g: number, extra: Partial<GradeCounts> = {}): GradeCounts =>
  ({ grade: g, students: 30, needSupport: 2, byArea: {}, disability: 0, studentsSource: 'classList', ...extra });
const totals = (byGrade: GradeCounts[], unrated?: number[]): PointTotals =>
  ({ byGrade, total: { students: 30, needSupport: 2, byArea: {}, disability: 0 }, ...(unrated ? { unrated } : {}) });

/** A tab of last year's or this year's official results, as the join lists it. */
const use = (sheet: string, g: number, level: 'TH' | 'THCS', tabUse: 'current' | 'baseline', point: 'DN' | 'CN'): OfficialTabUse =>
  ({ tab: { sheet, style: 'vnEdu', level }, use: tabUse, point, grade: g } as unknown as OfficialTabUse);

/** Only what sourceLine reads: the official tabs, the roster's tabs and points, the school year. */
const analysis = (tabs: OfficialTabUse[], promotedWithoutLists: boolean): Analysis => ({
  schoolYearStart: 2025,
  official: { tabs, promotedWithoutLists },
  roster: { tabs: [{ sheet: 'Danh sách', layout: {} }], blocks: [] },
} as unknown as Analysis);

describe('thhsNote: the classes counted by their rows are listed with commas', () => {
  it('names two classes without a Sĩ số as "3A, 3B"', () => {
    expect(thhsNote(totals([grade(3, { rowClasses: ['3A', '3B'] })])))
      .toBe('THHS: tổng sĩ số các lớp theo trang Lớp, riêng lớp 3A, 3B (chưa có sĩ số) theo số dòng học sinh trong Danh sách.');
  });
});

describe('the notes on khối not yet rated list them with commas', () => {
  it('under a grade table', () => {
    expect(unratedNote(totals([grade(5)], [3, 4]), 'Giữa học kì I'))
      .toContain(' Khối 3, 4 chưa có học sinh nào được đánh giá ở mốc Giữa học kì I,');
  });

  it('under the trend', () => {
    expect(trendUnratedNote(totals([grade(5)], [3, 4]), 'Đầu năm'))
      .toBe(' Dòng Đầu năm chưa tính khối 3, 4: chưa có học sinh nào của khối được đánh giá ở mốc này.');
  });
});

describe('sourceLine', () => {
  it('says pupils staying back keep their khối when a primary export is among last year\'s tabs, even beside a THCS one', () => {
    // Promoted without this year's lists: 5a (primary, Chưa lên lớp marked) and 6a (THCS) of last year.
    const a = analysis([use('5a', 5, 'TH', 'baseline', 'DN'), use('6a', 6, 'THCS', 'baseline', 'DN')], true);
    expect(sourceLine(a, 'DN')).toContain('nên học sinh được tính lên một khối, em chưa lên lớp ở lại khối cũ)');
  });

  it('names last year\'s secondary results "Cả năm", as TT22 does', () => {
    const a = analysis([use('7a', 7, 'THCS', 'baseline', 'DN')], false);
    expect(sourceLine(a, 'DN')).toBe('Nguồn: kết quả vnEdu Cả năm 2024-2025 (năm học trước), 1 lớp khối 7 (7a); GV hỗ trợ, HSKT từ trang Danh sách.');
  });

  it('names this year\'s secondary year-end results "Cả năm"', () => {
    const a = analysis([use('6a', 6, 'THCS', 'current', 'CN'), use('6b', 6, 'THCS', 'current', 'CN')], false);
    expect(sourceLine(a, 'CN')).toBe('Nguồn: kết quả vnEdu Cả năm, 2 lớp khối 6 (6a, 6b); GV hỗ trợ, HSKT từ trang Danh sách.');
  });
});
