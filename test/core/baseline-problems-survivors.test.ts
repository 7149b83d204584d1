// What Kiểm tra says of last year's Cuối năm counted as Đầu năm (join/baseline-problems.ts), called
// directly: the reason given for a child found in another khối, whether a second row of last year's
// results is the same child, and the one warning for a tab with many children in another khối.

import type { Student } from '../../src/core/model';
import {
  baselineTabProblems, otherGradeProblem, OTHER_GRADE_EACH, secondRowProblem, type OtherGrade,
} from '../../src/core/join/baseline-problems';
import type { OfficialStudent, OfficialTab } from '../../src/core/read/official';
import { NO_SKIPS, type Roster } from '../../src/core/read/roster/types';
import { student } from '../helpers/student';

const emptyRoster = (): Roster => ({ tabs: [], students: [], blocks: [], areas: [], problems: [], skipped: NO_SKIPS() });

function lastYearTab(over: Partial<OfficialTab> = {}): OfficialTab {
  return {
    sheet: '1a', style: 'vnEdu', reviewPoint: 'CN', schoolYear: 2024, className: '1A', level: 'TH', classKey: '1a',
    titleCells: { className: [3, 2] }, headerRows: [5], dataStart: 7, nameColumn: 3, columns: [], areas: [], students: [], problems: [],
    ...over,
  };
}

function lastYearRow(over: Partial<OfficialStudent> = {}): OfficialStudent {
  return {
    row: 8, studentId: '9100000001', name: 'Lê Văn An', notPromoted: false, review: { rated: true, need: [], blank: [] },
    areaColumns: {}, excluded: false, ...over,
  };
}

// A child of this year not in the Danh sách (read from a class tab of this year).
const thisYear = (over: Partial<Student>): Student => student({ sheet: '3b', row: 9, name: 'Lê Văn An', ...over });

describe('a child of last year found in another khối: the reason offered', () => {
  it('primary, in a lower khối than the next: kept back with "Chưa lên lớp" not ticked last year', () => {
    const found = thisYear({ className: '1B', classKey: '1b', grade: 1 });
    const p = otherGradeProblem(emptyRoster(), lastYearTab(), lastYearRow(), found, 2, '2024-2025');
    expect(p.message).toContain('(em ở lại lớp mà ô "Chưa lên lớp" năm trước chưa đánh dấu)');
    expect(p.message).toContain('không phải khối 2');
  });

  it('secondary, in a higher khối than the next: promoted', () => {
    const found = thisYear({ className: '8A', classKey: '8a', grade: 8 });
    const tab = lastYearTab({ sheet: '6a', className: '6A', classKey: '6a', level: 'THCS' });
    const p = otherGradeProblem(emptyRoster(), tab, lastYearRow(), found, 7, '2024-2025');
    expect(p.message).toContain('(em được lên lớp)');
    expect(p.message).toContain('không phải khối 7');
  });
});

describe('a second row of last year\'s results for a child already joined', () => {
  const kind = (studentBirth: string | undefined, rowBirth: string | undefined, rowName = 'Lê Văn An') => {
    const joined = thisYear({ birthDate: studentBirth, className: '2A', classKey: '2a', grade: 2 });
    const p = secondRowProblem(lastYearTab(), lastYearRow({ row: 12, name: rowName, birthDate: rowBirth }), joined, { sheet: '1a', row: 8 });
    return p.severity;
  };

  it('same name and birth date: the same child written twice, a warning', () => {
    expect(kind('2017-01-05', '2017-01-05')).toBe('warning');
  });

  it('same name, a birth date on one side only: nothing disagrees, the same child', () => {
    expect(kind('2017-01-05', undefined)).toBe('warning');
    expect(kind(undefined, '2017-01-05')).toBe('warning');
    expect(kind(undefined, undefined)).toBe('warning');
  });

  it('same name but two different birth dates: two children sharing a code, an error', () => {
    expect(kind('2017-01-05', '2017-03-09')).toBe('error');
  });

  it('another name under the code: an error naming both children', () => {
    const joined = thisYear({ birthDate: '2017-01-05', className: '2A', classKey: '2a', grade: 2 });
    const p = secondRowProblem(lastYearTab(), lastYearRow({ row: 12, name: 'Trần Thị Bình' }), joined, { sheet: '1a', row: 8 });
    expect(p.severity).toBe('error');
    expect(p.message).toContain('Mã HS 9100000001 ở dòng này (Trần Thị Bình) cũng là mã của Lê Văn An');
  });
});

describe('more than a few children of one tab in another khối', () => {
  it('one warning for the tab naming each class they are listed in once, not one a row', () => {
    const tab = lastYearTab();
    const otherGrade: OtherGrade[] = Array.from({ length: OTHER_GRADE_EACH + 1 }, (_, i) => {
      const found = thisYear({ row: 10 + i, name: `Học Sinh ${i + 1}`, className: i < 3 ? '1A' : '1B', classKey: i < 3 ? '1a' : '1b', grade: 1 });
      return { problem: otherGradeProblem(emptyRoster(), tab, lastYearRow({ row: 8 + i, name: found.name }), found, 2, '2024-2025'), listedIn: found.className };
    });
    const problems = baselineTabProblems(tab, '2024-2025', '2025-2026', { gone: [], promoted: 0, otherLevel: [], otherGrade, withoutLists: false });
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['OFFICIAL_GRADE_DIFFERS', 'B3']]);
    expect(problems[0].message).toContain(`${OTHER_GRADE_EACH + 1} học sinh của trang "1a"`);
    expect(problems[0].message).toContain('(lớp 1A, 1B)');
  });
});
