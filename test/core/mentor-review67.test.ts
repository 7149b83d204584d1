// Review 67, on review 66's reading of mentor and Hoàn cảnh cells by their words: a column named by words took the place of
// the real GV hỗ trợ column ("Nội dung đỡ đầu" before "GV nhận đỡ đầu" gave the support text as the teacher), "Na" (a given
// name) read as "N/A", "và" inside a note split one teacher into made-up ones, "C.T.Hương" lost its first initial and
// became "T.T.Hương"'s namesake, and a tick in Hoàn cảnh stopped counting.
import { readMentorName, splitSupporters } from '../../src/core/read/mentor-names';
import { rosterRun } from '../helpers/danh-sach';

const school = rosterRun;

describe('a column named by its words never takes the place of one named by its alias', () => {
  it.each([['Nội dung đỡ đầu'], ['Ngày nhận đỡ đầu'], ['SĐT GV đỡ đầu'], ['Giáo viên đỡ đầu']])('%p before "GV nhận đỡ đầu": the teacher is read from the alias column', (first) => {
    const { a } = school([first, 'GV nhận đỡ đầu', 'GKI - Toán'], [['Lê Văn An', '4A', 'Kèm Toán buổi chiều', 'Nguyễn Thị Lan', 'C']]);
    expect(a.students.map((s) => s.supporters)).toEqual([['Nguyễn Thị Lan']]);
  });

  it.each(['Nội dung GV hỗ trợ', 'Có hỗ trợ', 'GV phụ trách bộ môn'])('%p alone is no GV hỗ trợ column: the student has no supporter, and it is said', (label) => {
    const { a, report } = school([label, 'GKI - Toán'], [['Lê Văn An', '4A', 'x', 'C']]);
    expect(a.students.map((s) => s.supporters)).toEqual([[]]);
    expect(report.flags.map((f) => f.kinds)).toEqual([['noSupporter', 'new']]);
    expect(a.problems.filter((p) => p.code === 'SUPPORTER_MISSING').map((p) => p.row)).toEqual([2]);
  });

  it('"Diện chính sách" is no Hoàn cảnh: nothing is inferred from it', () => {
    const { a, report } = school(['Diện chính sách', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt'], [['Lê Văn An', '4A', 'DTTS', 'Nguyễn Thị Lan', 'C', 'C']]);
    expect(a.students.map((s) => s.hardship)).toEqual([undefined]);
    expect(report.flags.map((f) => f.kinds)).toEqual([['new']]);
  });
});

describe('names stay names', () => {
  it.each([
    ['Na', ['Na']], ['Lan, Na', ['Lan', 'Na']], ['Lan (Toán và TV)', ['Lan (Toán và TV)']], ['Lan - GV Toán và TV', ['Lan - GV Toán và TV']],
    ['Cô Lan (dạy Toán & TV)', ['Cô Lan (dạy Toán & TV)']], ['Toán và TV', ['Toán và TV']], ['Nguyễn Thị Lan & Trần Văn Hùng', ['Nguyễn Thị Lan', 'Trần Văn Hùng']],
  ])('%p is %p', (text, names) => expect(splitSupporters(text)).toEqual(names));

  it.each([['C.T.Hương', 'C.T.Hương'], ['T.T.Hương', 'T.T.Hương'], ['C. T. Hương', 'C. T. Hương'], ['T.Hùng', 'Hùng']])('%p is the teacher %p', (written, name) =>
    expect(readMentorName(written).name).toBe(name));

  it('"C.T.Hương" and "T.T.Hương" are two mentors; "Lan (Toán và TV)" is one', () => {
    const cells = ['C.T.Hương', 'T.T.Hương', 'Lan (Toán và TV)', 'Lan', 'Na'];
    const { report } = school(['GV hỗ trợ', 'GKI - Toán'], cells.map((c, i) => [`Lê Văn Số ${i + 1}`, '4A', c, 'C']));
    expect(report.mentors.map((m) => [m.name, m.students]).sort()).toEqual([['C.T.Hương', 1], ['Lan', 2], ['Na', 1], ['T.T.Hương', 1]]);
  });
});

describe('the Năm học warning is at the row the year was read from', () => {
  it('a blank Năm học row above the written one: the warning is at the written one', () => {
    const config = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', ''], ['Tên trường', 'Trường Thử'], ['Năm học:', '2024-2025']] };
    const { a } = school(['GKI - Toán'], [['Lê Văn An', '4A', 'C']], config);
    expect(a.problems.filter((p) => p.sheet === 'Cấu hình').map((p) => [p.cell, p.message.slice(0, 34)])).toEqual([['B4', 'Năm học ghi ở đây là 2024-2025, nh']]);
  });
});
