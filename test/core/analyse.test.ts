// One Tổng hợp as data (analyse.ts): which tabs are read as what, and the report's columns.
import { classGrid, run } from '../helpers/grid';
import { ORDER_2025, vneduSheet, type VneduStudent, type VneduTab } from '../../local/vnedu-export';

const tab = (students: VneduStudent[], over: Partial<VneduTab> = {}) =>
  vneduSheet({ sheet: '2a', className: '2A', point: 'CKI', year: 2025, subjects: ORDER_2025, students, ...over }).grid;
const CONFIG = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

describe('the report columns (areas)', () => {
  it('subjects no Danh sách names, needed by a counted student, follow the known areas in alphabetical order', () => {
    // Two subjects the vocabulary does not know, under vnEdu's subject group, the later letter first.
    const subjects = [...ORDER_2025, { name: 'Xác suất' }, { name: 'Cờ vua' }];
    const a = run([CONFIG, tab([
      { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { 'Xác suất': 'C' } },
      { id: 9000000002, name: 'Lê Thị Bình', birth: '02/03/2018', ratings: { 'Cờ vua': 'C' } },
    ], { subjects })]);
    expect(a.areas.slice(-2)).toEqual(['Cờ vua', 'Xác suất']);
    expect(a.areas.slice(0, 4)).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']);
  });

  it('a subject needed only by a student left out of the counts (an error on the Danh sách row) is no column', () => {
    const roster = { name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
      [9000000001, 'Nguyễn Văn An', '2A', 'Cô Lan', 'K'], [9000000002, 'Lê Thị Bình', '2A', 'Cô Lan', 'C']] };
    const a = run([CONFIG, roster, tab([
      { id: 9000000001, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { 'Tiếng Anh': 'C' } },
      { id: 9000000002, name: 'Lê Thị Bình', birth: '02/03/2018', ratings: { Toán: 'C' } },
    ])]);
    expect(a.problems.filter((p) => p.severity === 'error').map((p) => `${p.code}@${p.cell}`)).toEqual(['RATING_INVALID@E2']);
    expect(a.students.find((s) => s.name === 'Nguyễn Văn An')).toMatchObject({ excluded: true, reviews: { CKI: { need: ['Ngoại ngữ'] } } }); // Tiếng Anh is counted as Ngoại ngữ
    expect(a.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất']);
  });
});

describe('tabs that are no input', () => {
  it('a tab of notes beside the Danh sách is not results and changes nothing', () => {
    const roster = { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['Nguyễn Văn An', '1A', 'Cô Lan', 'C']] };
    const notes = { name: 'Ghi chú', values: [['Họp tổ ngày 15/11'], ['Nhắc GVCN nộp danh sách']] };
    const alone = run([roster, classGrid([['1A', 1, 'Cô Lan', 30]])]);
    const withNotes = run([roster, notes, classGrid([['1A', 1, 'Cô Lan', 30]])]);
    expect(withNotes.official.tabs).toEqual([]);
    expect(withNotes.problems).toEqual(alone.problems);
    expect(withNotes.totals).toEqual(alone.totals);
  });
});
