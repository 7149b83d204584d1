// A note after a dash that starts as a role but goes on to name a teacher ("- hỗ trợ Trần Văn Hùng",
// "- hỗ trợ: thầy Hùng") was read as a note: the second teacher dropped without a word. It is now kept
// whole, so the cell is told; a role naming nobody stays a note. A side of "và" with an honorific is
// a person whatever subject the name spells ("thầy Hóa" is no Hóa học).
import { readMentorName, splitSupporters } from '../../src/core/read/mentor-names';
import { run } from '../helpers/grid';

describe('a role note that names someone', () => {
  it.each([
    ['Nguyễn Thị Lan - hỗ trợ Trần Văn Hùng'], ['Cô Lan - hỗ trợ: thầy Hùng'], ['Nguyễn Thị Lan - dạy kèm: Lê Văn Hùng'], ['Lan - GV Trần Văn Hùng'],
  ])('%p is kept whole, never "Lan" alone', (cell) => {
    expect(readMentorName(cell).name).toContain('Hùng');
    expect(readMentorName(cell).support).toBe(false);
  });

  it.each([
    ['Lan - phụ trách Đội', 'Lan'], ['Lan - Tổ Toán Tin', 'Lan'], ['Lan - Kèm Tiếng Việt', 'Lan'], ['Lan - hỗ trợ Toán', 'Lan'], ['Lan - Hiệu trưởng', 'Lan'],
    ['Nguyễn Thị Lan - Tổ 1', 'Nguyễn Thị Lan'],
  ])('%p names nobody: a note, the mentor is %p', (cell, name) => {
    expect(readMentorName(cell).name).toBe(name);
  });

  it('through a school: the kept cell is told at its cell', () => {
    const roster = { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['Lê Văn An', '4A', 'Nguyễn Thị Lan - hỗ trợ Trần Văn Hùng', 'C']] };
    const a = run([{ name: 'Cấu hình', values: [['Năm học', '2025-2026']] }, roster], '2025-11-20');
    expect(a.problems.filter((p) => p.code === 'MENTOR_SPELLINGS').map((p) => p.cell)).toEqual(['C2']);
  });
});

describe('"và" before an honorific', () => {
  it.each([['Cô Lan và thầy Hóa', ['Cô Lan', 'thầy Hóa']], ['Cô Lan và thầy Văn', ['Cô Lan', 'thầy Văn']], ['Cô Mai và cô Lý', ['Cô Mai', 'cô Lý']]])(
    '%p is two mentors', (cell, mentors) => {
      expect(splitSupporters(cell)).toEqual(mentors);
    });

  it.each([['Toán và TV'], ['Lan (Toán và TV)'], ['Lan - GV Toán và TV']])('%p stays one', (cell) => {
    expect(splitSupporters(cell)).toEqual([cell]);
  });
});
