// Which tabs are the mentors' log (PRODUCT 3.8): a tab of another name that names a day, a student
// and what happened is also a list of violations, awards, retests or talks with parents. Read as the
// log, its rows counted as the students' monthly reports and hid Chưa ghi nhật ký without a word.
// Outside a tab named "Nhật ký…" and a Form's answers, the header, a title above it or the tab's name
// must say the help given; a header like a log's that does not is told at A1, never read.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { findLogHeader, readLogTab, unreadLogTab } from '../../src/core/read/log';
import { run } from '../helpers/grid';

const CONFIG = { name: 'Cấu hình', values: [['Năm học', '2025-2026']] };
const ROSTER = { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['Lê Văn An', '4A', 'Nguyễn Thị Lan', 'C']] };
const ENTRY = ['12/11/2025', 'Lê Văn An', '4A', 'Đánh nhau', ''];
// The school keeps a log (no entry yet this month), so reports are due.
const LOG = { name: 'Nhật ký', values: [['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ']] };

describe('a list that is not the log', () => {
  it.each([
    ['Vi phạm', ['Ngày', 'Họ và tên', 'Lớp', 'Nội dung', 'Ghi chú']],
    ['Khen thưởng', ['Ngày', 'Họ và tên', 'Lớp', 'Nội dung', 'Hình thức']],
    ['Kiểm tra lại', ['Ngày', 'Họ và tên', 'Lớp', 'Môn', 'Kết quả']],
    ['Trao đổi PHHS', ['Ngày', 'Họ tên HS', 'Lớp', 'Nội dung', 'Người ghi']],
  ])('"%s" counts as no report: the student still owes one, and A1 says the tab was not read', (name, header) => {
    const a = run([CONFIG, ROSTER, LOG, { name, values: [header, ENTRY] }], '2025-11-28');
    expect(findLogHeader([header, ENTRY], undefined, name)).toBeUndefined();
    expect(a.mentoring.matched).toEqual([]);
    expect([...a.mentoring.byStudent.values()].map((s) => [s.student.name, s.noLog])).toEqual([['Lê Văn An', true]]);
    expect(a.problems.filter((p) => p.sheet === name).map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_FORM_UNREAD@A1']);
  });

  it('the same header is the log where the header, a title above it or the tab\'s name says the help', () => {
    const read = (name: string, values: unknown[][]) => readLogTab({ name, values }, 2025, WALL_CLOCK_OFFSET)?.entries.map((e) => e.student);
    expect(read('Trang tính1', [['Ngày', 'Họ và tên', 'Lớp', 'Nội dung hỗ trợ'], ENTRY])).toEqual(['Lê Văn An']);
    expect(read('Trang tính1', [['SỔ THEO DÕI ĐỠ ĐẦU'], ['Ngày', 'Họ và tên', 'Lớp', 'Nội dung'], ENTRY])).toEqual(['Lê Văn An']);
    expect(read('Sổ đỡ đầu', [['Ngày', 'Họ và tên', 'Lớp', 'Nội dung'], ENTRY])).toEqual(['Lê Văn An']);
    expect(read('Trang tính1', [['Ngày', 'Họ và tên', 'Lớp', 'Nhận xét', 'GV đỡ đầu'], ENTRY])).toEqual(['Lê Văn An']);
    expect(read('Nhật ký', [['Ngày', 'Họ và tên', 'Lớp', 'Nội dung'], ENTRY])).toEqual(['Lê Văn An']);
    expect(read('Phụ đạo HS yếu', [['Ngày', 'Họ và tên', 'Lớp', 'Nội dung', 'Kết quả'], ENTRY])).toEqual(['Lê Văn An']);
    expect(read('Kèm HS yếu', [['Ngày', 'Họ và tên', 'Lớp', 'Nội dung', 'Kết quả'], ENTRY])).toEqual(['Lê Văn An']);
    expect(read('Trang tính1', [['SỔ BỒI DƯỠNG HỌC SINH'], ['Ngày', 'Họ và tên', 'Lớp', 'Nội dung'], ENTRY])).toEqual(['Lê Văn An']);
    expect(read('Vi phạm', [['Ngày', 'Họ và tên', 'Lớp', 'Nội dung'], ENTRY])).toBeUndefined();
    expect(unreadLogTab({ name: 'Vi phạm', values: [['Ngày', 'Họ và tên', 'Lớp', 'Nội dung'], ENTRY] })?.message).toBe('Trang "Vi phạm" có dòng tiêu đề '
      + 'giống nhật ký đỡ đầu nhưng chưa được đọc thành nhật ký: tên trang không bắt đầu bằng "Nhật ký" và tiêu đề không nói đây là việc hỗ trợ học sinh, '
      + 'nên các dòng trong trang chưa được tính. Nếu đây là nhật ký đỡ đầu, đổi tên trang thành "Nhật ký" hoặc đổi tiêu đề "Nội dung" thành "Nội dung hỗ trợ". '
      + 'Nếu không phải (sổ vi phạm, khen thưởng, trao đổi với phụ huynh…), có thể bỏ qua cảnh báo này.');
  });
});
