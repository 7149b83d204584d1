// layout/mentors.ts on hand-made inputs: a long heading is split to fit the printed columns, the
// log sits beside a heading's first line only, and the tab gives one width per column.
import type { Analysis } from '../../src/core/analyse';
import { textWidthPx } from '../../src/core/layout/measure';
import { headingLines, mentorsRows } from '../../src/core/layout/mentors';
import type { Student } from '../../src/core/model';

/** One counted student mentored by `names` (the first its GV nhận đỡ đầu, the others "(hỗ trợ)"); a Nhật ký tab when `log`. */
function analysisOf(names: string[], log: boolean): Analysis {
  const s = { name: 'Lê Văn An', className: '10A1', classKey: '10a1', excluded: false, reviews: {}, hardship: 'Hộ nghèo', conduct: 'Ngoan',
    supporters: names.map((n, i) => `${i + 1}. ${n}${i > 0 ? ' (hỗ trợ)' : ''}`) } as unknown as Student;
  const mentors = names.map((name, i) => ({ name, spellings: [name], students: [{ student: s, support: i > 0 }], loggedThisMonth: [], missing: [] }));
  const byStudent = new Map([[s, { student: s, mentors: names.map((name, i) => ({ name, support: i > 0 })), risk: { atRisk: false, reasons: [] },
    log: { entries: [], thisMonth: [] } }]]);
  return {
    config: { agency: 'Sở GD&ĐT Đắk Nông', schoolName: 'Trường THPT Thử Nghiệm', place: 'Đắk Song', planNumber: '', listMaker: 'Phan Văn Lập' },
    today: { year: 2025, month: 11, day: 26 }, schoolYearStart: 2025, classList: { byKey: new Map(), present: false },
    students: [s], flags: [],
    mentoring: { logTabs: log ? [{ sheet: 'Nhật ký' }] : [], matched: [], month: '2025-11', deadlineDay: 5, pastDeadline: false, mentors, byStudent },
  } as unknown as Analysis;
}

const EIGHT = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Võ Thị Yên', 'Đinh Văn Khải', 'Phan Thị Minh Nguyệt', 'Hoàng Văn Thụ', 'Lê Thị Hồng Gấm', 'Bùi Quang Vinh'];

describe('headingLines', () => {
  it('splits a heading between mentors when its bold line would be wider than the printed columns', () => {
    const heading = 'GV Nguyễn Thị Lan: 10 em; GV Phan Thị Minh Nguyệt: 1 em; GV Hoàng Văn Thụ: 1 em; GV Lê Thị Hồng Gấm: 1 em';
    // The annex's six columns are 934 px wide; the heading is bold, 13 pt serif, as printed.
    const printed = 40 + 165 + 60 + 245 + 212 + 212;
    expect(textWidthPx(heading, { pt: 13, serif: true, bold: true })).toBeGreaterThan(printed);
    // Not bold it would fit: the measure must be the bold one.
    expect(textWidthPx(heading, { pt: 13, serif: true })).toBeLessThan(printed - 8);
    expect(headingLines(heading)).toEqual([
      'GV Nguyễn Thị Lan: 10 em; GV Phan Thị Minh Nguyệt: 1 em; GV Hoàng Văn Thụ: 1 em',
      'GV Lê Thị Hồng Gấm: 1 em',
    ]);
  });

  it('keeps a short heading on one line', () => {
    expect(headingLines('GV Nguyễn Thị Lan: 2 em; GV Trần Văn Hùng: 1 em')).toEqual(['GV Nguyễn Thị Lan: 2 em; GV Trần Văn Hùng: 1 em']);
  });
});

describe('mentorsRows', () => {
  it('writes the group\'s log beside the first line of a heading of two lines only', () => {
    const rows = mentorsRows(analysisOf(EIGHT, true)).rows;
    const headings = rows.filter((r) => /^GV .*: \d+ em/.test(String(r[0])));
    expect(headings).toHaveLength(2);
    expect(String(headings[0][6])).toMatch(/^GV Nguyễn Thị Lan: Đã ghi nhật ký tháng 11\/2025: 0 em/);
    expect(headings[1].slice(6).filter((c) => c !== null && c !== '')).toEqual([]);
  });

  it.each([true, false])('gives one column width per column (a Nhật ký tab: %s)', (log) => {
    const layout = mentorsRows(analysisOf(['Nguyễn Thị Lan'], log));
    expect(layout.width).toBe(log ? 8 : 7);
    expect(layout.columnWidths).toHaveLength(layout.width);
  });
});
