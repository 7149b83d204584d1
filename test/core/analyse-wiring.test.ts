// How analyse wires the readers to the rules: what each rule is handed about the roster (issue 17:
// mutants of analyse.ts that no rule test reaches).
import { classGrid, codes, run } from '../helpers/grid';

describe('analyse hands the rules the roster cells', () => {
  it('a mentor written short, who could be two teachers, is warned of at the GV hỗ trợ cell of the first row', () => {
    const roster = {
      name: 'Danh sách',
      values: [
        ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'Toán'],
        ['Nguyễn An', '1A', 'cô Lan', 'x'],
        ['Trần Bình', '1A', 'Nguyễn Thị Lan', 'x'],
        ['Lê Chi', '1A', 'Trần Thị Lan', 'x'],
      ],
    };
    const a = run([roster, classGrid([['1A', 1, 'Cô Hoa', 30]])], '2025-09-20');
    expect(codes(a).filter((c) => c.startsWith('MENTOR_SPELLINGS'))).toEqual(['MENTOR_SPELLINGS@C2']);
  });
});
