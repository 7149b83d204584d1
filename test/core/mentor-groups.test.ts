// Đỡ đầu's groups (layout/mentors.ts mentorGroups): each student once, under its first mentor; at-risk
// students first within a group, then the roster's order; a second mentor's heading counts every
// student it mentors and names, on the screen, those listed under another mentor (three, then "và N em khác").
// Issue 17: no heading stands over nothing (a mentor who is nobody's first is named in the heading of
// the group listing its students), and mentors of one student each are one group.
// Built inside each test: Stryker credits a test only with the code it runs.
import fc from 'fast-check';
import { mentorGroups } from '../../src/core/layout/mentor-groups';
import { headingLines } from '../../src/core/layout/mentors';
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

describe('Đỡ đầu: no heading over nothing (issue 17)', () => {
  const sheet = (rows: Array<[string, string, string]>): SheetGrid => ({ name: 'Danh sách', values: [
    ['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'GKI - Toán'], ...rows.map(([name, className, mentors], i) => [i + 1, name, className, mentors, 'C'])] });
  const shape = (rows: Array<[string, string, string]>) => mentorGroups(run([CONFIG, sheet(rows)], '2025-11-20')).map((g) => [g.heading, g.students.map((s) => s.name)]);

  it('a mentor who is only ever second is named after the first in the heading of the group listing its student', () => {
    expect(shape([
      ['Lê Văn An', '4A', '1. Nguyễn Thị Lan; 2. Trần Văn Hùng (hỗ trợ)'],
      ['Phạm Thị Bình', '4A', 'Nguyễn Thị Lan'],
    ])).toEqual([['GV Nguyễn Thị Lan: 2 em; GV Trần Văn Hùng: 1 em', ['Lê Văn An', 'Phạm Thị Bình']]]);
  });

  it('named in the group listing most of its students, the first of equals; the others counted and named beside it', () => {
    const groups = mentorGroups(run([CONFIG, sheet([
      ['Lê Văn An', '4A', '1. Nguyễn Thị Lan; 2. Võ Thị Yên'],
      ['Phạm Thị Bình', '4A', 'Nguyễn Thị Lan'],
      ['Đỗ Văn Cường', '4B', '1. Trần Văn Hùng; 2. Võ Thị Yên'],
      ['Hà Văn Giang', '4B', '1. Trần Văn Hùng; 2. Võ Thị Yên'],
      ['Lý Thị Hoa', '4B', 'Trần Văn Hùng'],
    ])], '2025-11-20'));
    expect(groups.map((g) => [g.heading, g.students.map((s) => s.name)])).toEqual([
      ['GV Nguyễn Thị Lan: 2 em', ['Lê Văn An', 'Phạm Thị Bình']],
      ['GV Trần Văn Hùng: 3 em; GV Võ Thị Yên: 3 em (1 em ở nhóm GV khác)', ['Đỗ Văn Cường', 'Hà Văn Giang', 'Lý Thị Hoa']],
    ]);
    expect(groups[1].log).toBe('GV Võ Thị Yên: Ở nhóm GV khác: Lê Văn An (nhóm GV Nguyễn Thị Lan)');
    // Equal: one student under each first mentor; the first group in the table names Yên.
    expect(shape([
      ['Lê Văn An', '4A', '1. Nguyễn Thị Lan; 2. Võ Thị Yên'],
      ['Phạm Thị Bình', '4A', 'Nguyễn Thị Lan'],
      ['Đỗ Văn Cường', '4B', '1. Trần Văn Hùng; 2. Võ Thị Yên'],
      ['Lý Thị Hoa', '4B', 'Trần Văn Hùng'],
    ]).map((g) => g[0])).toEqual(['GV Nguyễn Thị Lan: 2 em; GV Võ Thị Yên: 2 em (1 em ở nhóm GV khác)', 'GV Trần Văn Hùng: 2 em']);
  });

  it('mentors of one student each are one group after the others; a single such group keeps its heading', () => {
    expect(shape([
      ['Lê Văn An', '4A', 'Nguyễn Thị Lan'],
      ['Phạm Thị Bình', '4A', 'Nguyễn Thị Lan'],
      ['Đỗ Văn Cường', '4B', '1. Trần Văn Hùng; 2. Võ Thị Yên'],
      ['Hà Văn Giang', '4B', '1. Đinh Văn Khải; 2. Nguyễn Thị Lan (hỗ trợ)'],
    ])).toEqual([
      ['GV Nguyễn Thị Lan: 3 em (1 em ở nhóm GV khác)', ['Lê Văn An', 'Phạm Thị Bình']],
      ['Các GV khác, mỗi GV nhận đỡ đầu một em (tên GV ở cột GV nhận đỡ đầu): 2 em, 3 GV', ['Đỗ Văn Cường', 'Hà Văn Giang']],
    ]);
    expect(shape([['Lê Văn An', '4A', 'Nguyễn Thị Lan'], ['Đỗ Văn Cường', '4B', 'Trần Văn Hùng']]).map((g) => g[0]))
      .toEqual(['Mỗi GV nhận đỡ đầu một em (tên GV ở cột GV nhận đỡ đầu): 2 em, 2 GV']);
    expect(shape([['Lê Văn An', '4A', 'Nguyễn Thị Lan'], ['Phạm Thị Bình', '4A', 'Nguyễn Thị Lan'], ['Đỗ Văn Cường', '4B', 'Trần Văn Hùng']]).map((g) => g[0]))
      .toEqual(['GV Nguyễn Thị Lan: 2 em', 'GV Trần Văn Hùng: 1 em']);
  });

  it('a heading too wide for the printed table goes on as many lines as it needs, split between mentors', () => {
    const short = 'GV Nguyễn Thị Lan: 2 em; GV Trần Văn Hùng: 1 em';
    expect(headingLines(short)).toEqual([short]);
    const five = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Võ Thị Yên', 'Đinh Văn Khải', 'Phan Thị Minh Nguyệt', 'Hoàng Văn Thụ', 'Lê Thị Hồng Gấm']
      .map((name) => `GV ${name}: 3 em (2 em ở nhóm GV khác)`);
    const lines = headingLines(five.join('; '));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('; ')).toBe(five.join('; '));
    expect(lines.every((line) => line.length < 120)).toBe(true);
  });

  it('property: every student listed once, every mentor named once with all its students counted, no group empty', () => {
    const NAMES = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Võ Thị Yên', 'Đinh Văn Khải', 'Phan Thị Minh'];
    const student = fc.record({
      mentors: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 }),
      support: fc.boolean(),
      risk: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(student, { minLength: 1, maxLength: 12 }), (list) => {
      const values = [['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt', 'GKI - Phẩm chất'],
        ...list.map((x, i) => [i + 1, `Học Sinh Số ${i + 1}`, '4A', x.risk ? 'Hộ nghèo' : '',
          x.mentors.map((name, k) => `${k + 1}. ${name}${x.support && k > 0 ? ' (hỗ trợ)' : ''}`).join('; '), 'C', x.risk ? 'C' : 'H', x.risk ? 'C' : 'Đ'])];
      const analysis = run([CONFIG, { name: 'Danh sách', values }], '2025-11-20');
      const groups = mentorGroups(analysis);
      const listed = groups.flatMap((g) => g.students);
      const expected = analysis.students.filter((s) => s.supporters.length > 0 || analysis.mentoring.byStudent.get(s)?.risk.atRisk);
      expect(new Set(listed).size).toBe(listed.length);
      expect([...listed].sort((a, b) => a.row - b.row)).toEqual(expected);
      expect(groups.every((g) => g.students.length > 0)).toBe(true);
      const mentors = groups.flatMap((g) => g.mentors);
      expect(new Set(mentors).size).toBe(mentors.length);
      expect([...mentors].sort((a, b) => a.name.localeCompare(b.name))).toEqual([...analysis.mentoring.mentors].sort((a, b) => a.name.localeCompare(b.name)));
      for (const g of groups) {
        for (const mentor of g.mentors) {
          const counted = new RegExp(`(^|; )GV ${mentor.name}: ${mentor.students.length} em( \\(\\d+ em ở nhóm GV khác\\))?(;|$)`).test(g.heading);
          // Or one student, in this group (the mentors of one student each).
          const alone = mentor.students.length === 1 && g.students.includes(mentor.students[0].student) && /^(Các GV khác, mỗi|Mỗi) GV/.test(g.heading);
          expect(counted || alone).toBe(true);
        }
      }
    }), { numRuns: 60 });
  });
});

describe('Đỡ đầu: the log beside a heading naming several mentors, and beside the one-each group (issue 17)', () => {
  it('each named mentor\'s line says whose it is; the one-each group counts its students\' entries and names who has none', () => {
    const roster: SheetGrid = { name: 'Danh sách', values: [
      ['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'GKI - Toán'],
      [1, 'Lê Văn An', '4A', '1. Nguyễn Thị Lan; 2. Trần Văn Hùng', 'C'],
      [2, 'Phạm Thị Bình', '4A', 'Nguyễn Thị Lan', 'C'],
      [3, 'Đỗ Văn Cường', '4B', 'Võ Thị Yên', 'C'],
      [4, 'Hà Văn Giang', '4B', 'Đinh Văn Khải', 'C'],
    ] };
    const log: SheetGrid = { name: 'Nhật ký', values: [
      ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'],
      ['05/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán'],
      ['06/11/2025', 'Đỗ Văn Cường', '4B', 'Võ Thị Yên', 'Kèm Toán'],
    ] };
    const groups = mentorGroups(run([CONFIG, roster, log], '2025-11-28'));
    expect(groups.map((g) => [g.heading, g.log])).toEqual([
      ['GV Nguyễn Thị Lan: 2 em; GV Trần Văn Hùng: 1 em', 'GV Nguyễn Thị Lan: Đã ghi nhật ký tháng 11/2025: 1 em; chưa ghi nhật ký tháng 11/2025: Phạm Thị Bình · GV Trần Văn Hùng: Đã ghi nhật ký tháng 11/2025: 1 em'],
      ['Các GV khác, mỗi GV nhận đỡ đầu một em (tên GV ở cột GV nhận đỡ đầu): 2 em, 2 GV', 'Đã ghi nhật ký tháng 11/2025: 1 em; chưa ghi nhật ký tháng 11/2025: Hà Văn Giang'],
    ]);
  });
});
