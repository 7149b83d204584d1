// The JSON of PRODUCT 6 for the hand-worked school of test/helpers/pinned-school.ts: every field,
// by hand. (The printed tabs of the same school are pinned in summary/tracking.pinned.test.ts.)

import { buildReport, type RunReport } from '../../src/core/report';
import { rosterGrid, run } from '../helpers/grid';
import { CLASSES, CONFIG, STUDENTS } from '../helpers/pinned-school';

const areas = (toan: number, tv: number, nl: number, pc: number) => ({ Toán: toan, 'Tiếng Việt': tv, 'Năng lực': nl, 'Phẩm chất': pc });

describe('the JSON, field by field', () => {
  // Built in each test, not once for the describe: Stryker's per-test coverage sees only what a test runs.
  let report: RunReport;
  beforeEach(() => { report = buildReport(run([rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, CONFIG], '2026-01-20')); });

  it('year, day, review points, areas, rows, sources', () => {
    expect(report.schoolYear).toBe('2025-2026');
    expect(report.today).toBe('2026-01-20');
    expect(report.reviewPoints).toEqual(['DN', 'GKI', 'CKI']);
    expect(report.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']);
    expect(report.rows).toEqual({ read: 7, counted: 7, excluded: 0, skipped: 0 });
    expect(report.sources).toEqual([{ sheet: 'Danh sách', kind: 'roster' }]);
    expect(report.targets).toBeUndefined();
  });

  it('totals per review point and khối, with where THHS comes from', () => {
    const g1 = { grade: 1, students: 22, studentsSource: 'classList' };
    const g2 = { grade: 2, students: 3, studentsSource: 'roster' };
    expect(report.totals).toEqual({
      DN: {
        byGrade: [{ ...g1, needSupport: 2, byArea: areas(1, 1, 1, 0), disability: 1 }, { ...g2, needSupport: 1, byArea: areas(1, 0, 0, 0), disability: 0 }],
        total: { students: 25, needSupport: 3, byArea: areas(2, 1, 1, 0), disability: 1 },
      },
      GKI: {
        byGrade: [{ ...g1, needSupport: 4, byArea: areas(2, 3, 1, 1), disability: 1 }, { ...g2, needSupport: 1, byArea: areas(1, 0, 0, 0), disability: 1 }],
        total: { students: 25, needSupport: 5, byArea: areas(3, 3, 1, 1), disability: 2 },
      },
      CKI: {
        byGrade: [{ ...g1, needSupport: 2, byArea: areas(1, 1, 1, 0), disability: 1 }, { ...g2, needSupport: 3, byArea: areas(3, 1, 0, 1), disability: 1 }],
        total: { students: 25, needSupport: 5, byArea: areas(4, 2, 1, 1), disability: 2 },
      },
    });
  });

  it('flags: point, tab, row, name, class, khối, kinds in PRODUCT order, areas', () => {
    // The khối (1A, 1B: 1; 2A: 2) tells the flag's level and so its newest review point (issue 18).
    const f = (reviewPoint: string, row: number, name: string, cls: string, kinds: string[], flagAreas: string[]) =>
      ({ reviewPoint, sheet: 'Danh sách', row, name, class: cls, grade: Number(cls.charAt(0)), kinds, areas: flagAreas });
    expect(report.flags).toEqual([
      f('DN', 3, 'Trần Văn An', '1A', ['new'], ['Toán', 'Tiếng Việt']),
      f('GKI', 3, 'Trần Văn An', '1A', ['notImproved'], ['Toán']),
      f('CKI', 3, 'Trần Văn An', '1A', ['notImproved', 'new'], ['Toán', 'Năng lực']),
      f('DN', 4, 'Lê Thị Bình', '1A', ['noSupporter', 'new'], ['Năng lực']),
      f('GKI', 4, 'Lê Thị Bình', '1A', ['noSupporter', 'new'], ['Tiếng Việt']),
      f('CKI', 4, 'Lê Thị Bình', '1A', ['improved'], []),
      f('GKI', 5, 'Phạm Minh Chi', '1B', ['new'], ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']),
      f('CKI', 5, 'Phạm Minh Chi', '1B', ['notImproved'], ['Tiếng Việt']),
      f('GKI', 6, 'Võ Thu Hà', '1B', ['new'], ['Tiếng Việt']),
      f('CKI', 6, 'Võ Thu Hà', '1B', ['notRated'], ['Tiếng Việt']),
      f('DN', 7, 'Đỗ Văn Dũng', '2A', ['new'], ['Toán']),
      f('GKI', 7, 'Đỗ Văn Dũng', '2A', ['improved'], []),
      f('CKI', 7, 'Đỗ Văn Dũng', '2A', ['new'], ['Toán', 'Phẩm chất']),
      f('GKI', 8, 'Ngô Thị Em', '2A', ['noSupporter', 'new'], ['Toán']),
      f('CKI', 8, 'Ngô Thị Em', '2A', ['noSupporter', 'notImproved', 'new'], ['Toán', 'Tiếng Việt']),
      f('CKI', 9, 'Bùi Văn Giang', '2A', ['new'], ['Toán']),
    ]);
  });

  it('problems: tab, cell, severity, code, message', () => {
    expect(report.problems.map((p) => [p.sheet, p.cell, p.severity, p.code])).toEqual([
      ['Danh sách', 'P6', 'warning', 'NOT_RATED'], ['Danh sách', 'F8', 'warning', 'SUPPORTER_MISSING'],
      ['Lớp', 'D4', 'warning', 'CLASS_LIST_SIZE_MISSING'], // 2A's Sĩ số is blank (review-7 F6)
    ]);
  });

  it('timeline: month, review point, where the numbers come from, the numbers, the status', () => {
    const m = (month: string, reviewPoint: string | null, numbersAt: string | null, needSupport: number | null, improved: number | null,
      noSupporter: number | null, status: string) => ({ month, reviewPoint, numbersAt, needSupport, improved, noSupporter, targets: null, status });
    expect(report.timeline).toEqual([
      m('2025-09', null, 'DN', 3, 0, 1, 'past'),
      m('2025-10', null, 'DN', 3, 0, 1, 'past'),
      m('2025-11', 'GKI', 'GKI', 5, 1, 2, 'past'),
      m('2025-12', 'CKI', 'CKI', 5, 1, 1, 'past'),
      m('2026-01', null, 'CKI', 5, 1, 1, 'current'),
      m('2026-02', null, null, null, null, null, 'upcoming'),
      m('2026-03', 'GKII', null, null, null, null, 'upcoming'),
      m('2026-04', null, null, null, null, null, 'upcoming'),
      m('2026-05', 'CN', null, null, null, null, 'upcoming'),
    ]);
  });

  it('an excluded row: read, not counted; the JSON survives a round trip through JSON text', () => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GKI - Toán'], ['An', '1A', 'Z'], ['Bình', '1A', 'C'], ['', '', '']] }], '2025-11-20');
    const r = buildReport(a);
    expect(r.rows).toEqual({ read: 2, counted: 1, excluded: 1, skipped: 0 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.today).toBe('2025-11-20');
  });
});

describe('the JSON, edge cases', () => {
  it('a single-digit day and month are written with two digits; a roster tab whose header was not found is no source', () => {
    const report = buildReport(run([
      { name: 'Danh sách khối 1', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['An', '1A', 'Cô Lan', 'C']] },
      { name: 'Danh sách khối 2', values: [['ghi chú của cô Lan'], ['chưa nhập']] },
    ], '2025-11-05'));
    expect(report.today).toBe('2025-11-05');
    expect(report.sources).toEqual([{ sheet: 'Danh sách khối 1', kind: 'roster' }]);
  });
});
