// "Phạm Văn Đức - Vũ Thị Hoa" in a GV hỗ trợ cell, with no other cell naming either teacher: the
// text after the dash is no note the reader knows (a subject, a role, "hỗ trợ"), so it is read as
// one mentor of that whole name, as beside "Phạm Văn Đức" (F19). It used to be read so without a
// word: two teachers counted as one, and neither told their report is due. It is now said at its
// cell, with how to write two mentors or a note.
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';

function school(cells: string[]) {
  const roster = { name: 'Danh sách', values: [
    ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
    ...cells.map((c, i) => [`Lê Văn Số ${String.fromCharCode(65 + i)}`, '4A', c, 'C']),
  ] };
  const a = run([{ name: 'Cấu hình', values: [['Năm học', '2025-2026']] }, roster], '2025-11-20');
  return { said: a.problems.filter((p) => p.code === 'MENTOR_SPELLINGS').map((p) => [p.cell, p.severity, p.message]),
    mentors: buildReport(a).mentors.map((m) => [m.name, m.students]) };
}

describe('a dash between two names, alone in the school', () => {
  it('one mentor of the whole name, with a warning at its first cell naming both ways to write it', () => {
    const { said, mentors } = school(['Phạm Văn Đức - Vũ Thị Hoa', 'Phạm Văn Đức - Vũ Thị Hoa']);
    expect(mentors).toEqual([['Phạm Văn Đức - Vũ Thị Hoa', 2]]);
    expect(said).toEqual([['C2', 'warning', 'GV "Phạm Văn Đức - Vũ Thị Hoa" được tính là một GV (2 em). Nếu là cùng một người, ghi phần sau dấu gạch trong ngoặc: '
      + '"Phạm Văn Đức (Vũ Thị Hoa)"; nếu là hai GV, ghi cách nhau bằng dấu chấm phẩy: "Phạm Văn Đức; Vũ Thị Hoa".']]);
  });

  it('written as the warning says, nothing is said: two mentors, or one with a note', () => {
    expect(school(['Phạm Văn Đức; Vũ Thị Hoa'])).toEqual({ said: [], mentors: [['Phạm Văn Đức', 1], ['Vũ Thị Hoa', 1]] });
    expect(school(['Phạm Văn Đức (Vũ Thị Hoa)'])).toEqual({ said: [], mentors: [['Phạm Văn Đức', 1]] });
  });

  it('a known note after the dash (a subject, a role, "hỗ trợ") is no warning', () => {
    expect(school(['Phạm Văn Đức - Toán', 'Vũ Thị Hoa - GVCN', 'Lê Thị Mai - hỗ trợ']).said).toEqual([]);
  });

  it('an en dash and a colon are dashes too', () => {
    expect(school(['Phạm Văn Đức – Vũ Thị Hoa', 'Trần Văn Nam : Lê Thị Lan']).said.map(([cell]) => cell)).toEqual(['C2', 'C3']);
  });
});
