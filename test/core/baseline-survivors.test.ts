// Last year's Cuối năm joined as this year's Đầu năm (join/baseline.ts), through joinBaselines with
// hand-made tabs and lists: a second row of a joined child said once, a khối 5 result counted in
// khối 6 without the primary-only areas, a child whose khối is unknown, and when Kiểm tra says
// this year's class lists were not available.

import type { Student } from '../../src/core/model';
import { joinBaselines, type BaselineContext } from '../../src/core/join/baseline';
import { RosterIndex } from '../../src/core/join/roster-index';
import type { OfficialTabUse } from '../../src/core/join/types';
import type { OfficialStudent, OfficialTab } from '../../src/core/read/official';
import { NO_SKIPS } from '../../src/core/read/roster/types';
import { student } from '../helpers/student';

const rated = (need: string[] = [], blank: string[] = []) => ({ rated: true, need, blank });

function row(over: Partial<OfficialStudent>): OfficialStudent {
  return { row: 8, studentId: '', name: 'Lê Văn An', notPromoted: false, review: rated(), areaColumns: {}, excluded: false, ...over };
}

/** Last year's Cuối năm tab of one class of khối `grade`. */
function baseline(grade: number, students: OfficialStudent[]): OfficialTabUse {
  const tab: OfficialTab = {
    sheet: `${grade}a`, style: 'vnEdu', reviewPoint: 'CN', schoolYear: 2024, className: `${grade}A`, level: grade <= 5 ? 'TH' : 'THCS',
    classKey: `${grade}a`, titleCells: { className: [3, 2] }, headerRows: [5], dataStart: 7, nameColumn: 3, columns: [], areas: [],
    students, problems: [],
  };
  return { tab, use: 'baseline', point: 'DN', grade };
}

function context(list: Student[], over: Partial<BaselineContext> = {}): BaselineContext {
  return {
    schoolYear: 2025, roster: { tabs: [], students: list, blocks: [], areas: [], problems: [], skipped: NO_SKIPS() },
    rosterPresent: true, index: new RosterIndex(list), currentGrades: new Set(), topGrade: 5, problems: [], ...over,
  };
}

// This year's Danh sách row of a child.
const listed = (over: Partial<Student>) => student({ studentId: '9100000001', name: 'Lê Văn An', ...over });

describe('a second row of last year\'s results for a child already joined', () => {
  it('is said once as a duplicate; the child\'s other khối is said for the first row only', () => {
    const list = [listed({ className: '3A', classKey: '3a', grade: 3 })];
    const ctx = context(list);
    // Khối 1 last year, so khối 2 expected: the child is listed in khối 3.
    const use = baseline(1, [row({ row: 8, studentId: '9100000001', review: rated(['Toán']) }), row({ row: 9, studentId: '9100000001' })]);
    const { students } = joinBaselines(list, [use], ctx);
    // No Danh sách layout here, so the other khối is said at the first results row.
    expect(ctx.problems.map((p) => [p.code, p.row])).toEqual([['OFFICIAL_DUPLICATE', 9], ['OFFICIAL_GRADE_DIFFERS', 8]]);
    // The first row's ratings count.
    expect(students[0].reviews.DN).toEqual(rated(['Toán']));
  });
});

describe('a khối 5 result counted at Đầu năm of khối 6', () => {
  it('keeps only the areas THCS has, needs and blanks alike, and names the primary needs left out', () => {
    const list = [listed({ className: '6A', classKey: '6a', grade: 6 })];
    const ctx = context(list, { topGrade: 9 });
    const written = row({ studentId: '9100000001', review: rated(['Toán', 'Tiếng Việt', 'Năng lực'], ['Khoa học', 'Ngoại ngữ']) });
    const { students } = joinBaselines(list, [baseline(5, [written])], ctx);
    expect(students[0].reviews.DN).toEqual(rated(['Toán'], ['Ngoại ngữ']));
    expect(ctx.problems.map((p) => p.code)).toEqual(['OFFICIAL_BASELINE_OTHER_LEVEL']);
    expect(ctx.problems[0].message).toContain('1 em cần hỗ trợ năm trước');
    expect(ctx.problems[0].message).toContain(': Lê Văn An (Tiếng Việt, Năng lực).');
  });
});

describe('a child whose khối this year is not known', () => {
  it('joins by Mã HS without being said to be in another khối', () => {
    const list = [listed({ className: 'Lớp chọn', classKey: 'lop chon', grade: undefined })];
    const ctx = context(list);
    const { students } = joinBaselines(list, [baseline(1, [row({ studentId: '9100000001', review: rated(['Toán']) })])], ctx);
    expect(students[0].reviews.DN).toEqual(rated(['Toán']));
    expect(ctx.problems).toEqual([]);
  });
});

describe('"this year\'s class lists not available"', () => {
  const gradeOne = () => baseline(1, [row({ studentId: '9100000001' }), row({ row: 9, studentId: '9100000002', name: 'Trần Thị Bình' })]);

  it('no Danh sách and no class tab of this year: the pupils are promoted, and that is said', () => {
    const ctx = context([], { rosterPresent: false });
    const result = joinBaselines([], [gradeOne()], ctx);
    expect(result.students.map((s) => [s.name, s.grade, s.promoted])).toEqual([['Lê Văn An', 2, true], ['Trần Thị Bình', 2, true]]);
    expect(result.withoutLists).toBe(true);
    expect(ctx.problems.map((p) => p.code)).toEqual(['OFFICIAL_BASELINE_PROMOTED']);
  });

  it('no Danh sách but this year\'s class tabs of another khối: lists exist, nothing said', () => {
    const ctx = context([], { rosterPresent: false, currentGrades: new Set([3]) });
    const result = joinBaselines([], [gradeOne()], ctx);
    expect(result.students.map((s) => s.grade)).toEqual([2, 2]);
    expect(result.withoutLists).toBe(false);
    expect(ctx.problems).toEqual([]);
  });

  it('beside a Danh sách: pupils missing from it are promoted, but lists exist', () => {
    const ctx = context([], { rosterPresent: true });
    const result = joinBaselines([], [gradeOne()], ctx);
    expect(result.students.map((s) => [s.grade, s.notListed])).toEqual([[2, true], [2, true]]);
    expect(result.withoutLists).toBe(false);
    expect(ctx.problems).toEqual([]);
  });

  it('no list at all, but every pupil finished the school\'s last khối: nobody promoted, nothing to say', () => {
    const ctx = context([], { rosterPresent: false, topGrade: 5 });
    const result = joinBaselines([], [baseline(5, [row({ studentId: '9100000001' })])], ctx);
    expect(result.students).toEqual([]);
    expect(result.withoutLists).toBe(false);
    expect(ctx.problems.map((p) => p.code)).toEqual(['OFFICIAL_BASELINE_LEFT']);
  });
});
