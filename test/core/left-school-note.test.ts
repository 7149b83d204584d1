// A Ghi chú saying the student left the school (review 18: such rows stayed in THHS and the needs
// without a word): the row still counts, nothing inferred, and the school is told at the note.
import type { SheetGrid } from '../../src/core/model';
import { saysLeftSchool } from '../../src/core/read/left-school';
import { run } from '../helpers/grid';
import { secondarySheet, THCS_SUBJECTS } from '../../local/vnedu-export-secondary';

const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

describe('saysLeftSchool', () => {
  it.each(['Chuyển trường', 'Đã chuyển trường ngày 12/11', 'Chuyển trường An Giang', 'Xin chuyển trường', 'Thôi học', 'Xin thôi học', 'Đã bỏ học',
    'bỏ học từ tháng 10', 'Bỏ học ở nhà phụ giúp gia đình', 'Nghỉ học hẳn', 'Nghỉ hẳn', 'Đã nghỉ luôn', 'Chuyển sang trường khác',
    'Đã chuyển sang trường THCS Lê Lợi', 'Theo bố mẹ chuyển đi Bình Dương', 'Cả gia đình chuyển đi', 'Không đi học nữa', 'Không còn đi học',
    'Đã rút học bạ', 'Đã chuyển đi', 'Chuyển đi tỉnh khác', 'CHUYỂN TRƯỜNG', 'Chuyen truong', '\u200bChuyển\u200b trường',
    // One clause of several is enough.
    'Học yếu, đã chuyển trường', 'Hoàn cảnh khó khăn; thôi học từ tháng 12'])(
    '%p: left', (note) => expect(saysLeftSchool(note)).toBe(true));
  it.each(['', 'Nguy cơ bỏ học', 'Có nguy cơ bỏ học cao', 'Không bỏ học', 'Hay nghỉ học', 'Chưa bỏ học', 'Dễ bỏ học', 'Chuyển đến từ trường khác',
    'Chuyển lớp', 'Nghỉ học 3 buổi', 'Học chậm', 'Gia đình chuyển đi làm ăn xa', 'Bố mẹ chuyển đi nơi khác, em ở với bà', 'Bỏ học đi chơi',
    'Đã nghỉ học 2 buổi không phép', 'Thường bỏ học', 'Nghỉ học nhiều', 'Nghỉ học 3 ngày', 'Chuyển trường đến', 'Chuyển trường từ Đồng Nai về',
    'HS mới chuyển trường về', 'Thường xuyên nghỉ học', 'Thường xuyên bỏ học', 'Thỉnh thoảng nghỉ học', 'Nghỉ học không lý do', 'Nghỉ học do ốm',
    'Có biểu hiện bỏ học', 'Có dấu hiệu bỏ học', 'Đòi bỏ học', 'Bỏ học 2 tuần, đã vận động đi học lại', 'Anh trai đã bỏ học',
    'Bố mẹ đã chuyển đi nơi khác, em ở với ông bà', 'Tạm nghỉ học để chữa bệnh', 'Nghỉ học: 3 buổi', 'Không đi học mẫu giáo', 'Không đi học đều', 'Không đến lớp đúng giờ',
    'Không đến trường được vì ốm', 'HS khuyết tật, không đi học được', 'Thôi học bán trú', 'Bỏ học buổi chiều', '  Anh   trai  đã bỏ học',
    // Pasted with invisible characters: the relative is still found before the phrase.
    '\u200b\u200bAnh trai đã bỏ học', 'Bố\u200b mẹ đã chuyển đi nơi khác, em ở với ông bà',
    // Back at school: the whole note is no leaving.
    'Đã bỏ học, nay đã đi học lại', 'Thôi học tháng 10, đã trở lại lớp'])(
    '%p: not left', (note) => expect(saysLeftSchool(note)).toBe(false));
});

describe('a Danh sách row noted as gone', () => {
  it('still counts, and is said at its Ghi chú cell', () => {
    const roster: SheetGrid = { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'Ghi chú'],
      ['Lê Văn An', '2A', 'Cô Lan', 'C', 'Chuyển trường 15/11'], ['Vũ Thị Bình', '2A', 'Cô Lan', 'C', 'Nguy cơ bỏ học']] };
    const a = run([CONFIG, roster], '2025-11-25');
    expect(a.totals.GKI?.total.needSupport).toBe(2);
    const said = a.problems.filter((p) => p.code === 'STUDENT_LEFT_NOTED');
    expect(said.map((p) => `${p.severity} ${p.sheet}!${p.cell}`)).toEqual(['warning Danh sách!E2']);
    expect(said[0].message).toBe('Ghi chú của Lê Văn An ghi "Chuyển trường 15/11", nhưng em vẫn được tính (trong sĩ số và số học sinh cần hỗ trợ). Nếu em đã rời trường, xoá dòng của em khỏi trang "Danh sách"; nếu em vẫn học ở trường, sửa ghi chú.');
  });
});

describe('a results tab\'s row noted as gone', () => {
  it('still counts in THHS, and is said at its Ghi chú cell', () => {
    const made = secondarySheet({ sheet: '6a', className: '6A', grade: 6, point: 'HK1', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS,
      students: [{ id: 9000001, name: 'Nguyễn Văn An', birth: '01/02/2014' }, { id: 9000002, name: 'Trần Văn Bình', birth: '03/04/2014' }] });
    const values = made.grid.values.map((r) => [...r]);
    const note = made.columnOf['Ghi chú'];
    values[made.rowOf[1] - 1][note - 1] = 'Thôi học';
    const a = run([CONFIG, { ...made.grid, values }], '2026-01-10');
    expect(a.totals.CKI?.byGrade.map((g) => [g.grade, g.students])).toEqual([[6, 2]]);
    const said = a.problems.filter((p) => p.code === 'STUDENT_LEFT_NOTED');
    expect(said.map((p) => [p.sheet, p.row, p.column])).toEqual([['6a', made.rowOf[1], note]]);
    expect(said[0].message).toContain('Ghi chú của Trần Văn Bình ghi "Thôi học"');
  });
});
