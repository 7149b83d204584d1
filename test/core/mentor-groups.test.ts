// Đỡ đầu's groups (layout/mentors.ts mentorGroups): each student once, under its first mentor; at-risk
// students first within a group, then the roster's order; a second mentor's heading counts every
// student it mentors and names, on the screen, those listed under another mentor (three, then "và N em khác").
// Built inside each test: Stryker credits a test only with the code it runs.
import { mentorGroups } from '../../src/core/layout/mentors';
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';

const BOTH = '1. Nguyễn Thị Lan; 2. Trần Văn Hùng (hỗ trợ)';
const CONFIG: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const roster = (): SheetGrid => ({ name: 'Danh sách', values: [
  ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Phẩm chất'],
  [1, 'Lê Văn An', '4A', '', BOTH, 'C', 'H', 'Đ'],
  [2, 'Phạm Thị Bình', '4A', '', 'Nguyễn Thị Lan', 'C', 'H', 'Đ'],
  [3, 'Ngô Thị Em', '4A', 'Hộ nghèo', 'Nguyễn Thị Lan', 'C', 'C', 'C'], // at risk: Hoàn cảnh, Học tập, Rèn luyện
  [4, 'Đỗ Văn Cường', '4B', '', 'Trần Văn Hùng', 'C', 'H', 'Đ'],
  [5, 'Hà Văn Giang', '4B', '', BOTH, 'C', 'H', 'Đ'],
  [6, 'Lý Thị Hoa', '4B', '', BOTH, 'C', 'H', 'Đ'],
  [7, 'Mai Văn Khoa', '4C', '', BOTH, 'C', 'H', 'Đ'],
] });

describe('Đỡ đầu: one group per mentor', () => {
  it('each student once under its first mentor, at risk first, a second mentor naming three listed elsewhere and counting the rest', () => {
    const groups = mentorGroups(run([CONFIG, roster()], '2025-11-20'));
    expect(groups.map((g) => [g.heading, g.students.map((s) => s.name)])).toEqual([
      ['GV Nguyễn Thị Lan: 6 em', ['Ngô Thị Em', 'Lê Văn An', 'Phạm Thị Bình', 'Hà Văn Giang', 'Lý Thị Hoa', 'Mai Văn Khoa']],
      ['GV Trần Văn Hùng: 5 em (4 em ở nhóm GV khác)', ['Đỗ Văn Cường']],
    ]);
    expect(groups[0].log).toBe('');
    expect(groups[1].log).toBe('Ở nhóm GV khác: Lê Văn An (nhóm GV Nguyễn Thị Lan), Hà Văn Giang (nhóm GV Nguyễn Thị Lan), Lý Thị Hoa (nhóm GV Nguyễn Thị Lan) và 1 em khác');
  });

  it('three listed elsewhere are all named, with no "khác"; an at-risk student without a mentor leads', () => {
    const values = roster().values.slice(0, 7).concat([[8, 'Trần Thị Lụa', '4C', 'Mồ côi', '', 'C', 'C', 'C']]);
    const groups = mentorGroups(run([CONFIG, { name: 'Danh sách', values }], '2025-11-20'));
    expect(groups.map((g) => g.heading)).toEqual(['Học sinh có nguy cơ bỏ học chưa có GV đỡ đầu: 1 em', 'GV Nguyễn Thị Lan: 5 em', 'GV Trần Văn Hùng: 4 em (3 em ở nhóm GV khác)']);
    expect(groups[0].students.map((s) => s.name)).toEqual(['Trần Thị Lụa']);
    expect(groups[2].log).toBe('Ở nhóm GV khác: Lê Văn An (nhóm GV Nguyễn Thị Lan), Hà Văn Giang (nhóm GV Nguyễn Thị Lan), Lý Thị Hoa (nhóm GV Nguyễn Thị Lan)');
  });

  it('a student whose first mentor comes later in the list is still listed under that first mentor', () => {
    const values = roster().values.concat([[8, 'Phan Văn Long', '4C', '', '1. Trần Văn Hùng; 2. Nguyễn Thị Lan (hỗ trợ)', 'C', 'H', 'Đ']]);
    const groups = mentorGroups(run([CONFIG, { name: 'Danh sách', values }], '2025-11-20'));
    expect(groups.map((g) => [g.heading, g.students.map((s) => s.name)])).toEqual([
      ['GV Nguyễn Thị Lan: 7 em (1 em ở nhóm GV khác)', ['Ngô Thị Em', 'Lê Văn An', 'Phạm Thị Bình', 'Hà Văn Giang', 'Lý Thị Hoa', 'Mai Văn Khoa']],
      ['GV Trần Văn Hùng: 6 em (4 em ở nhóm GV khác)', ['Đỗ Văn Cường', 'Phan Văn Long']],
    ]);
    expect(groups[0].log).toBe('Ở nhóm GV khác: Phan Văn Long (nhóm GV Trần Văn Hùng)');
  });
});
