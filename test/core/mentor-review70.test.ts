// Review 70: seed 004's two-mentor cell with the second marked "(hỗ trợ)" after "và" was one made-up mentor who took
// the second teacher's students; a "Hộ nghèo" column answered "Không phải" / "Không thuộc" read as a hardship (at risk).
import { readMentorName, splitSupporters } from '../../src/core/read/mentor-names';
import { writesNoHardship } from '../../src/core/read/nothing-written';
import { rosterRun } from '../helpers/danh-sach';

const school = rosterRun;

describe('"và" between two names, a note in brackets after either', () => {
  it.each([
    ['Nguyễn Thị Lan và Trần Văn Hùng (hỗ trợ)', ['Nguyễn Thị Lan', 'Trần Văn Hùng (hỗ trợ)']],
    ['Nguyễn Thị Lan (Toán) và Trần Văn Hùng', ['Nguyễn Thị Lan (Toán)', 'Trần Văn Hùng']],
    ['Lan (Toán và TV)', ['Lan (Toán và TV)']],
    ['Lan - Toán và Hùng', ['Lan - Toán và Hùng']],
  ])('%p is %p', (text, names) => expect(splitSupporters(text)).toEqual(names));

  it('the second teacher marked "(hỗ trợ)" is the support mentor, and keeps the students of their other spellings', () => {
    expect(readMentorName('Trần Văn Hùng (hỗ trợ)')).toEqual(expect.objectContaining({ name: 'Trần Văn Hùng', support: true }));
    const cells = ['Nguyễn Thị Lan và Trần Văn Hùng (hỗ trợ)', 'Trần Văn Hùng', 'Gv.Trần Văn Hùng.'];
    const { report } = school(['GV nhận đỡ đầu', 'GKI - Toán'], cells.map((c, i) => [`Lê Văn Số ${i + 1}`, '4A', c, 'C']));
    expect(report.mentors.map((m) => [m.name, m.students]).sort()).toEqual([['Nguyễn Thị Lan', 1], ['Trần Văn Hùng', 3]]);
  });
});

describe('a yes/no hardship column answered "no" in words', () => {
  it.each(['Không phải', 'Không thuộc', 'Ko phải', 'Không là', 'k phải', 'Không có'])('%p writes no hardship', (text) => expect(writesNoHardship(text)).toBe(true));

  it('"Hộ nghèo" answered "Không phải" and "Có": only "Có" is a hardship and a signal', () => {
    const { a, report } = school(['Hộ nghèo', 'GV hỗ trợ', 'GKI - Toán', 'GKI - Tiếng Việt'],
      [['Lê Văn An', '4A', 'Không phải', 'Nguyễn Thị Lan', 'C', 'C'], ['Lê Văn Bình', '4A', 'Có', 'Nguyễn Thị Lan', 'C', 'C']]);
    expect(a.students.map((s) => s.hardship)).toEqual([undefined, 'Có']);
    expect(report.flags.map((f) => [f.name, f.kinds])).toEqual([['Lê Văn An', ['new']], ['Lê Văn Bình', ['new', 'atRisk']]]);
  });
});
