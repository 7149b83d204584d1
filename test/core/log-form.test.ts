// PRODUCT 3.8: the responses tab of a Google Form linked to the Sheet works as it is. Teachers add
// a hint to a question title ("Lớp (ví dụ 4A)", "Mã HS (nếu có)"): the hint is no part of the
// field's name. A question renamed beyond recognition ("Họ tên học sinh được hỗ trợ") left every
// answer of the tab unread without a word: the tab is now named in Kiểm tra, at A1, with the
// question titles to use. Another form of the school (a survey) is left alone.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { SheetGrid } from '../../src/core/model';
import { readLogTab, unreadLogTab } from '../../src/core/read/log';
import { run } from '../helpers/grid';

const TITLES = '"Ngày hỗ trợ", "Học sinh", "Lớp", "Mã HS", "GV", "Nội dung hỗ trợ", "Kết quả / Nhận xét"';
const form = (header: unknown[], ...rows: unknown[][]): SheetGrid => ({ name: 'Câu trả lời biểu mẫu 1', values: [header, ...rows] });

describe('a Google Form responses tab', () => {
  it('reads question titles with a hint in brackets as their fields', () => {
    const tab = readLogTab(form(
      ['Dấu thời gian', 'Ngày hỗ trợ (dd/mm/yyyy)', 'Học sinh (họ và tên đủ dấu)', 'Lớp (ví dụ 4A)', 'Mã HS (nếu có)', 'GV', 'Nội dung hỗ trợ (ghi cụ thể)', 'Kết quả / Nhận xét'],
      ['20/11/2025 14:03:27', '15/11/2025', 'Lê Văn An', '4A', '9000000001', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ'],
    ), 2025, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => [e.row, e.day, e.student, e.className, e.studentId, e.mentor, e.content, e.result])).toEqual([
      [2, '2025-11-15', 'Lê Văn An', '4A', '9000000001', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ']]);
    expect(tab?.problems).toEqual([]);
  });

  it.each<[string, unknown[], string]>([
    ['the student question renamed', ['Dấu thời gian', 'Người được hỗ trợ', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét'], '"Học sinh"'],
    ['the student question renamed, only Nhận xét beside it', ['Dấu thời gian', 'Người được hỗ trợ', 'Lớp', 'GV', 'Nhận xét'], '"Học sinh"'],
    ['the help question renamed', ['Dấu thời gian', 'Học sinh', 'Lớp', 'Em đã được hỗ trợ gì?'], '"Nội dung hỗ trợ"'],
    ['both renamed, two fields left', ['Dấu thời gian', 'Người cần hỗ trợ', 'Lớp', 'GV', 'Hỗ trợ gì?'], '"Học sinh" và "Nội dung hỗ trợ"'],
  ])('%s: not a log, named at A1 in Kiểm tra with the titles to use', (_, header, missing) => {
    const a = run([form(header, ['20/11/2025 14:03:27', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ'])], '2025-11-28');
    const told = a.problems.filter((p) => p.code === 'LOG_FORM_UNREAD');
    expect(told.map((p) => `${p.severity} ${p.sheet}!${p.cell} ${p.message}`)).toEqual([
      `warning Câu trả lời biểu mẫu 1!A1 Trang "Câu trả lời biểu mẫu 1" là câu trả lời của Google Biểu mẫu nhưng chưa đọc được thành nhật ký: không có cột ${missing}. `
      + `Sửa tiêu đề cột (hoặc tên câu hỏi trong biểu mẫu) cho đúng: ${TITLES}. Nếu trang này không phải nhật ký, có thể bỏ qua cảnh báo này.`]);
  });

  it.each<[string, SheetGrid]>([
    ['a survey naming one log field (Lớp)', form(['Dấu thời gian', 'Họ tên phụ huynh', 'Lớp', 'Ý kiến'], ['20/11/2025 14:03:27', 'Lê Văn Bình', '4A', 'Đồng ý'])],
    ['a tab whose A1 is no timestamp', form(['STT', 'Họ tên học sinh được hỗ trợ', 'Lớp', 'GV', 'Nội dung hỗ trợ'], [1, 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'])],
    ['a form read as a log', form(['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'], ['20/11/2025 14:03:27', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'])],
    ['an empty tab', { name: 'Trang tính 2', values: [] }],
  ])('%s: nothing said', (_, sheet) => {
    expect(unreadLogTab(sheet)).toBeUndefined();
  });
});

describe('a question title whose bracket names another field (review-6)', () => {
  it('"Họ và tên (giáo viên)" is the teacher\'s column: the Học sinh column still names the student', () => {
    const tab = readLogTab(form(
      ['Dấu thời gian', 'Họ và tên (giáo viên)', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'],
      ['20/11/2025 14:03:27', 'Nguyễn Thị Lan', 'Lê Văn An', '4A', 'Kèm Toán'],
    ), 2025, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => [e.student, e.className, e.mentor, e.content])).toEqual([['Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']]);
    expect(tab?.problems).toEqual([]);
  });
});

describe('a bare name label whose bracket says the teacher writes it', () => {
  it.each([
    ['Họ và tên (GV ghi)', 'mentor'], ['Họ tên (giáo viên ghi rõ họ tên)', 'mentor'], ['Họ và tên (người ghi)', 'mentor'], ['HỌ VÀ TÊN (gv ghi)', 'mentor'],
    ['Học sinh (GV ghi)', 'repeat'], ['Họ và tên', 'repeat'], ['Họ và tên (ghi đủ dấu)', 'repeat'],
    // Issue 17: the teacher's word with a name in brackets or around it.
    ['Giáo viên (Họ và tên)', 'mentor'], ['GV (họ tên)', 'mentor'], ['Họ và tên giáo viên', 'mentor'], ['Họ tên GVCN', 'mentor'],
    ['Người đỡ đầu (Họ và tên)', 'mentor'], ['Tên giáo viên', 'mentor'], ['Họ và tên học sinh', 'repeat'], ['Tên HS', 'repeat'],
  ])('"%s" beside Học sinh: %s', (label, expected) => {
    const tab = readLogTab({ name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', label, 'Nội dung hỗ trợ'], ['15/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán']] }, 2025, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => [e.student, e.mentor])).toEqual([['Lê Văn An', expected === 'mentor' ? 'Nguyễn Thị Lan' : '']]);
    expect(tab?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(expected === 'mentor' ? [] : ['HEADER_DUPLICATE@D1']);
  });

  it('a group "Giáo viên" merged over the teacher\'s name and phone: the name is the teacher\'s (issue 17)', () => {
    const tab = readLogTab({ name: 'Nhật ký', values: [
      ['Ngày', 'Học sinh', '', 'Giáo viên', '', 'Nội dung hỗ trợ'],
      ['', 'Họ và tên', 'Lớp', 'Họ và tên', 'Lớp', ''],
      ['15/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', '4B', 'Kèm Toán'],
    ], merges: [{ row: 1, column: 2, numRows: 1, numColumns: 2 }, { row: 1, column: 4, numRows: 1, numColumns: 2 }] }, 2025, WALL_CLOCK_OFFSET);
    expect(tab?.entries.map((e) => [e.row, e.student, e.className, e.mentor])).toEqual([[3, 'Lê Văn An', '4A', 'Nguyễn Thị Lan']]);
    // The teacher's Lớp is a second Lớp column, said at its header cell as before.
    expect(tab?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['HEADER_DUPLICATE@E2']);
  });

  it('through analyse: a Form with "Giáo viên (Họ và tên)" before Học sinh credits the student, no entry is unknown (issue 17)', () => {
    const roster = { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C']] };
    const log = form(['Dấu thời gian', 'Giáo viên (Họ và tên)', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'], ['20/11/2025 14:03:27', 'Nguyễn Thị Lan', 'Lê Văn An', '4A', 'Kèm Toán']);
    const a = run([roster, log], '2025-11-28');
    expect(a.problems.map((p) => p.code)).not.toContain('LOG_STUDENT_UNKNOWN');
    expect(a.problems.map((p) => p.code)).not.toContain('HEADER_DUPLICATE');
    expect(a.mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)])).toEqual([['Nguyễn Thị Lan', ['Lê Văn An']]]);
  });

  it('through analyse: a Form with "Họ và tên (GV ghi)" credits the student, no entry is unknown', () => {
    const roster = { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C']] };
    const log = form(['Dấu thời gian', 'Họ và tên (GV ghi)', 'Học sinh', 'Lớp', 'Nội dung hỗ trợ'], ['20/11/2025 14:03:27', 'Nguyễn Thị Lan', 'Lê Văn An', '4A', 'Kèm Toán']);
    const a = run([roster, log], '2025-11-28');
    expect(a.problems.map((p) => p.code)).not.toContain('LOG_STUDENT_UNKNOWN');
    expect(a.mentoring.mentors.map((m) => [m.name, m.loggedThisMonth.map((s) => s.name)])).toEqual([['Nguyễn Thị Lan', ['Lê Văn An']]]);
  });
});

describe('a tab named Nhật ký that is not read as one (review-6)', () => {
  it('a renamed student column: named at A1, every entry said to be unread', () => {
    const nhatKy: SheetGrid = { name: 'Nhật ký', values: [['Ngày', 'Người được hỗ trợ', 'Lớp', 'Nội dung hỗ trợ'], ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán']] };
    expect(readLogTab(nhatKy, 2025, WALL_CLOCK_OFFSET)).toBeUndefined();
    const problem = unreadLogTab(nhatKy);
    expect([problem?.cell, problem?.severity, problem?.code]).toEqual(['A1', 'warning', 'LOG_FORM_UNREAD']);
    expect(problem?.message).toBe(`Trang "Nhật ký" chưa đọc được thành nhật ký: không có cột "Học sinh", nên các dòng trong trang chưa được tính. Sửa tiêu đề cột cho đúng: ${TITLES}.`);
  });

  it('a name column read as the teacher\'s, and no student column: the message names it and says what to write', () => {
    const nhatKy: SheetGrid = { name: 'Nhật ký', values: [['Ngày', 'Họ và tên (GVCN ghi)', 'Lớp', 'Nội dung hỗ trợ', 'GV'], ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán', 'Cô Lan']] };
    expect(readLogTab(nhatKy, 2025, WALL_CLOCK_OFFSET)).toBeUndefined();
    expect(unreadLogTab(nhatKy)?.message).toBe('Trang "Nhật ký" chưa đọc được thành nhật ký: không có cột "Học sinh" (cột "Họ và tên (GVCN ghi)" được hiểu là tên giáo viên; '
      + `nếu cột này ghi tên học sinh, đổi tiêu đề thành "Họ và tên học sinh"), nên các dòng trong trang chưa được tính. Sửa tiêu đề cột cho đúng: ${TITLES}.`);
  });

  it('an empty Nhật ký, and the template\'s header alone, are no problem', () => {
    expect(unreadLogTab({ name: 'Nhật ký', values: [] })).toBeUndefined();
    expect(unreadLogTab({ name: 'Nhật ký', values: [['', ''], ['', '']] })).toBeUndefined();
    expect(unreadLogTab({ name: 'Nhật ký tháng 11', values: [['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét']] })).toBeUndefined();
  });

  it('through analyse: the tab is in Kiểm tra', () => {
    const roster = { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'Toán'], ['Lê Văn An', '4A', 'x']] };
    const nhatKy: SheetGrid = { name: 'Nhật ký', values: [['Ngày', 'Người được giúp', 'Lớp', 'Việc đã làm'], ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán']] };
    const a = run([roster, nhatKy], '2025-11-20');
    expect(a.problems.filter((p) => p.code === 'LOG_FORM_UNREAD').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Nhật ký!A1']);
  });
});
