// A tester's hostile GV hỗ trợ cells through a whole school: who is counted, who is the support
// mentor, and what is said at the cell (mentor-names-hostile.test.ts reads the cells alone).
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';

function school(cells: string[]) {
  const roster = { name: 'Danh sách', values: [
    ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
    ...cells.map((c, i) => [`Lê Văn Số ${String.fromCharCode(65 + i)}`, '4A', c, 'C']),
  ] };
  const a = run([{ name: 'Cấu hình', values: [['Năm học', '2025-2026']] }, roster], '2025-11-20');
  return { said: a.problems.filter((p) => p.code === 'MENTOR_SPELLINGS').map((p) => [p.cell, p.message]),
    mentors: buildReport(a).mentors.map((m) => [m.name, m.students]),
    support: [...a.mentoring.byStudent.values()].map((s) => s.mentors.filter((m) => m.support).map((m) => m.name)) };
}

describe('"Đức (chính) - Hoa (hỗ trợ)": the support mark after a dash not understood', () => {
  it('is one mentor "Đức - Hoa" as written, not the support mentor, with the dash warning at its cell', () => {
    const { said, mentors, support } = school(['Đức (chính) - Hoa (hỗ trợ)']);
    expect(mentors).toEqual([['Đức - Hoa', 1]]);
    expect(support).toEqual([[]]);
    expect(said.map(([cell]) => cell)).toEqual(['C2']);
    // A mark before the dash, or after a known note, still marks the mentor.
    expect(school(['Đức (hỗ trợ) - Hoa', 'Phạm Văn Đức - Toán (hỗ trợ)']).support).toEqual([['Đức - Hoa'], ['Phạm Văn Đức']]);
  });
});

it('"Nguyễn Thị Lan (Toán, TV)" and "Cô Lan (4/1), thầy Hùng (4/2)" beside "Nguyễn Thị Lan": two mentors, no made-up "TV)"', () => {
  expect(school(['Nguyễn Thị Lan (Toán, TV)', 'Nguyễn Thị Lan (lớp 4/1)', 'Cô Lan (4/1), thầy Hùng (4/2)', 'Nguyễn Thị Lan']).mentors)
    .toEqual([['Nguyễn Thị Lan', 4], ['thầy Hùng', 1]]);
});

it('"Cô Lan. Thầy Hùng" beside "Lan": Lan of two students and Hùng of one', () => {
  expect(school(['Cô Lan. Thầy Hùng', 'Lan']).mentors).toEqual([['Cô Lan', 2], ['Thầy Hùng', 1]]);
});

it('"Lan - Trần Thị Lan" alone: the dash is said, never taken for another mentor named before it', () => {
  const { said, mentors } = school(['Lan - Trần Thị Lan']);
  expect(mentors).toEqual([['Lan - Trần Thị Lan', 1]]);
  expect(said).toEqual([['C2', 'GV "Lan - Trần Thị Lan" được tính là một GV (1 em). Nếu là cùng một người, ghi phần sau dấu gạch trong ngoặc: '
    + '"Lan (Trần Thị Lan)"; nếu là hai GV, ghi cách nhau bằng dấu chấm phẩy: "Lan; Trần Thị Lan".']]);
});

describe('an em dash, and a hyphen with no space between two names of two words or more', () => {
  it('is said as a spaced dash is', () => {
    const { said, mentors } = school(['Phạm Văn Đức — Vũ Thị Hoa', 'Phạm Văn Đức-Vũ Thị Hoa', 'Lê Thị Mai — Toán']);
    expect(mentors).toEqual([['Phạm Văn Đức — Vũ Thị Hoa', 1], ['Phạm Văn Đức-Vũ Thị Hoa', 1], ['Lê Thị Mai', 1]]);
    expect(said).toEqual([
      ['C2', 'GV "Phạm Văn Đức — Vũ Thị Hoa" được tính là một GV (1 em). Nếu là cùng một người, ghi phần sau dấu gạch trong ngoặc: '
        + '"Phạm Văn Đức (Vũ Thị Hoa)"; nếu là hai GV, ghi cách nhau bằng dấu chấm phẩy: "Phạm Văn Đức; Vũ Thị Hoa".'],
      ['C3', 'GV "Phạm Văn Đức-Vũ Thị Hoa" được tính là một GV (1 em). Nếu là cùng một người, ghi phần sau dấu gạch trong ngoặc: '
        + '"Phạm Văn Đức (Vũ Thị Hoa)"; nếu là hai GV, ghi cách nhau bằng dấu chấm phẩy: "Phạm Văn Đức; Vũ Thị Hoa".'],
    ]);
  });

  it('a hyphen inside a given name is no dash: "Y-Ngông Niê Kdăm", "Nguyễn Thị Thu-Hà" (but "Trần Văn Nam-Lê Thị Hà" is said)', () => {
    expect(school(['Y-Ngông Niê Kdăm', 'Nguyễn Thị Thu-Hà', 'Trần Văn Nam-Lê Thị Hà']).said.map(([cell]) => cell)).toEqual(['C4']);
  });
});

it('a role, a class or a phone number after a dash: one mentor of all the cells, nothing said', () => {
  const notes = ['Hiệu trưởng', 'Phó hiệu trưởng', 'PHT', 'chủ nhiệm', 'CN', 'phụ trách Đội', 'Nhân viên', 'Kèm Toán', 'hỗ trợ Toán', '4A', 'lớp 4A', '0912345678'];
  expect(school(notes.map((note) => `Trần Văn Nam - ${note}`))).toMatchObject({ said: [], mentors: [['Trần Văn Nam', 12]] });
});
