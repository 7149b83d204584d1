// The monthly log (Nhật ký, PRODUCT 3.8): recognised by its header, dates in every form, each row
// matched to exactly one student.
import fs from 'fs';
import path from 'path';
import { findLogHeader, LOG_FORM_STEPS, LOG_FORM_TITLES, readLogDate, readLogTab } from '../../src/core/read/log';
import { matchLog } from '../../src/core/rules/mentors';
import type { Student } from '../../src/core/model';
import { classKey } from '../../src/core/read/classes';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { wallClock } from '../helpers/grid';

const START = 2025; // school year 2025-2026

describe('log dates', () => {
  it.each<[unknown, { day?: string; month?: string }]>([
    [wallClock(2025, 11, 15), { day: '2025-11-15', month: '2025-11' }], // midnight 15/11
    [wallClock(2025, 11, 15, 14, 3, 27), { day: '2025-11-15', month: '2025-11' }], // a form timestamp, 14:03
    ['15/11/2025', { day: '2025-11-15', month: '2025-11' }],
    ['5/1/2026', { day: '2026-01-05', month: '2026-01' }],
    ['15/11/2025 14:03:27', { day: '2025-11-15', month: '2025-11' }],
    ['15/11/2025 9:03', { day: '2025-11-15', month: '2025-11' }],
    ['2025-11-15', { day: '2025-11-15', month: '2025-11' }],
    ['15/11', { day: '2025-11-15', month: '2025-11' }],
    ['15/2', { day: '2026-02-15', month: '2026-02' }],
    ['11/2025', { month: '2025-11' }],
    ['Tháng 11', { month: '2025-11' }],
    ['tháng 2/2026', { month: '2026-02' }],
    ['T3', { month: '2026-03' }],
    [11, { month: '2025-11' }],
    [2, { month: '2026-02' }],
    [45976, { day: '2025-11-15', month: '2025-11' }], // a date cell formatted as a number
    ['hôm qua', {}], ['31/02/2026', {}], ['13/2025', {}], [13, {}], ['', {}],
  ])('%p → %p', (raw, expected) => {
    expect(readLogDate(raw, START, WALL_CLOCK_OFFSET)).toEqual(expected);
  });
});

describe('recognising a log by its header', () => {
  it('a Google Form responses tab, whatever its name', () => {
    const values = [['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét']];
    expect(findLogHeader(values)).toEqual({ row: 0, columns: { stamp: 0, student: 1, className: 2, mentor: 3, content: 4, result: 5 } });
  });

  it('the form of the README: its question titles are the header, and the day the teacher gives wins over the timestamp', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    for (const title of LOG_FORM_TITLES) expect(readme).toContain(`"${title}"`);
    for (const step of LOG_FORM_STEPS) expect(step.length).toBeGreaterThan(20);
    const tab = readLogTab({ name: 'Câu trả lời biểu mẫu 1', values: [
      ['Dấu thời gian', ...LOG_FORM_TITLES],
      [wallClock(2025, 12, 1, 9), wallClock(2025, 11, 28), 'Lê Văn An', '10A1', '', 'cô Lan', 'Kèm Toán', 'Tiến bộ'],
      [wallClock(2025, 12, 1, 9), '', 'Lê Văn An', '10A1', '', 'cô Lan', 'Gọi điện', ''],
    ] }, START, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => [e.day, e.mentor, e.content, e.result])).toEqual([
      ['2025-11-28', 'cô Lan', 'Kèm Toán', 'Tiến bộ'], // sent on 1/12 about 28/11: November's
      ['2025-12-01', 'cô Lan', 'Gọi điện', ''], // no day given: the timestamp
    ]);
    expect(tab?.problems).toEqual([]);
  });

  it('a hand-made tab with a title above and Tháng instead of a day', () => {
    const values = [['NHẬT KÝ HỖ TRỢ'], [], ['Tháng', 'Họ và tên', 'Lớp', 'Mã HS', 'Giáo viên', 'Nội dung', 'Nhận xét']];
    expect(findLogHeader(values)?.row).toBe(2);
  });

  it.each([
    [['Họ và tên', 'Lớp', 'Ngày sinh', 'GV hỗ trợ']], // a roster
    [['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện']], // a plan: no student
    [['Ngày', 'Học sinh', 'Lớp']], // nothing done nor its result
  ])('not a log: %p', (header) => {
    expect(findLogHeader([header])).toBeUndefined();
  });

  it('keeps every row; an undated or unreadable date and a missing student are problems at their cells', () => {
    const tab = readLogTab({ name: 'Câu trả lời biểu mẫu 1', values: [
      ['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét'],
      ['15/11/2025 14:03:27', 'Lê Văn An', '10A1', 'cô Lan', 'Gặp riêng', 'Đi học đều'],
      ['', 'Lê Văn An', '10A1', 'cô Lan', 'Gọi điện gia đình', ''],
      ['', '', '', '', '', ''],
      ['hôm qua', '', '', 'cô Lan', 'Kèm Toán', ''],
    ] }, START, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => [e.row, e.month ?? null, e.student])).toEqual([[2, '2025-11', 'Lê Văn An'], [3, null, 'Lê Văn An'], [5, null, '']]);
    expect(tab?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_DATE_MISSING@A3', 'LOG_DATE_INVALID@A5', 'LOG_STUDENT_MISSING@B5']);
  });
});

function student(row: number, name: string, className: string, studentId = ''): Student {
  return { sheet: 'Danh sách', row, studentId, name, className, classKey: classKey(className), grade: 10,
    disability: false, supporters: ['cô Lan'], reviews: {}, excluded: false };
}

describe('matching a log row to one student', () => {
  const students = [
    student(2, 'Lê Văn An', '10A1', '0101'), student(3, 'Lê Văn An', '11A2'), student(4, 'Trần Thị Hùng', '10A1'),
    student(5, 'Trần Thị Hưng', '10A1'), student(6, 'Nguyễn Thị Thiên Hoà', '12A1'),
  ];
  const log = (rows: unknown[][]) => readLogTab({ name: 'Nhật ký', values: [['Ngày', 'Mã HS', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'], ...rows] }, START, WALL_CLOCK_OFFSET)!;

  it('by Mã HS, else by name and class; names compared as names, never folded', () => {
    const { matched, problems } = matchLog([log([
      // Mã HS wins (a lost leading zero is the same code); the name, when written, must be its student's (review-7 F4: log-id-name.test.ts)
      ['01/11/2025', '101', 'lê văn an', '', 'a'],
      ['01/11/2025', '', 'LÊ  VĂN AN', '11 A2', 'b'], // case, spacing, "11 A2" = 11A2
      ['01/11/2025', '', 'Trần Thị Hưng', '10A1', 'c'], // Hưng, not Hùng
      ['01/11/2025', '', 'Nguyễn Thị Thiên Hòa'.normalize('NFD'), '12A1', 'd'], // NFD, and Hòa = Hoà
    ])], students);
    expect(matched.map((m) => m.student?.row)).toEqual([2, 3, 5, 6]);
    expect(problems).toEqual([]);
  });

  it('a row matching no student, or two, is a problem at its cell and stays unmatched', () => {
    const { matched, problems } = matchLog([log([
      ['01/11/2025', '', 'Lê Văn An', '', 'a'], // two Lê Văn An, no class
      ['01/11/2025', '', 'Lê Văn An', '12A1', 'b'], // the name exists, not in this class
      ['01/11/2025', '', 'Trần Thị Hung', '10A1', 'c'], // no such name: Hung is neither Hùng nor Hưng
      ['01/11/2025', '999', 'Lê Văn An', '10A1', 'd'], // unknown Mã HS: never guessed from the name
    ])], students);
    expect(matched.map((m) => m.student?.row ?? null)).toEqual([null, null, null, null]);
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual([
      'LOG_STUDENT_AMBIGUOUS@D2', 'LOG_STUDENT_UNKNOWN@D3', 'LOG_STUDENT_UNKNOWN@C4', 'LOG_STUDENT_UNKNOWN@B5',
    ]);
    expect(problems[0].message).toContain('lớp 10A1');
    expect(problems[0].message).toContain('lớp 11A2');
    expect(problems[1].message).toContain('tên này có ở Lê Văn An, lớp 10A1');
  });

  it('two students of the same name in one class: the row names neither', () => {
    const twins = [student(2, 'Lê Văn An', '10A1'), student(3, 'Lê Văn An', '10A1')];
    const { matched, problems } = matchLog([log([['01/11/2025', '', 'Lê Văn An', '10A1', 'a']])], twins);
    expect(matched[0].student).toBeUndefined();
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_STUDENT_AMBIGUOUS@C2']);
  });
});
