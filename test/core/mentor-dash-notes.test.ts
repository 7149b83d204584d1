// "Nguyễn Thị Lan - Toán" beside "Nguyễn Thị Lan" (review-7 F19): a dash note naming a subject or
// a role is a note, as "(Toán)" is; any other text after a dash beside the same name is a mentor of
// its own with a warning at its cell, never a silent second mentor. Names are never folded.
import fc from 'fast-check';
import { readMentorName } from '../../src/core/read/mentor-names';
import { buildReport } from '../../src/core/report';
import { propertyRuns } from '../helpers/property-runs';
import { run } from '../helpers/grid';

function school(cells: string[]) {
  const roster = { name: 'Danh sách', values: [
    ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
    ...cells.map((c, i) => [`Lê Văn Số ${String.fromCharCode(65 + i)}`, '4A', c, 'C']),
  ] };
  const a = run([{ name: 'Cấu hình', values: [['Năm học', '2025-2026']] }, roster], '2025-11-20');
  return { a, mentors: buildReport(a).mentors.map((m) => [m.name, m.students]) };
}

describe('a note after a dash in a GV hỗ trợ cell (F19)', () => {
  it.each([
    ['Nguyễn Thị Lan - Toán', 'Nguyễn Thị Lan'], ['Nguyễn Thị Lan - Tiếng Việt', 'Nguyễn Thị Lan'], ['Nguyễn Thị Lan – Văn', 'Nguyễn Thị Lan'],
    ['Nguyễn Thị Lan - TPT', 'Nguyễn Thị Lan'], ['Nguyễn Thị Lan - GVCN', 'Nguyễn Thị Lan'], ['Nguyễn Thị Lan - môn Toán', 'Nguyễn Thị Lan'],
    ['Nguyễn Thị Lan - Tổ 1', 'Nguyễn Thị Lan'], ['Nguyễn Thị Lan - Tin học', 'Nguyễn Thị Lan'], ['Nguyễn Thị Lan - hỗ trợ', 'Nguyễn Thị Lan'],
    ['Nguyễn Thị Lan - Lê Văn Hùng', 'Nguyễn Thị Lan - Lê Văn Hùng'],
  ])('%p reads as %p', (written, name) => expect(readMentorName(written).name).toBe(name));

  it('"Nguyễn Thị Lan", "… - Toán", "… (Toán)": one mentor of three students, no warning', () => {
    const { a, mentors } = school(['Nguyễn Thị Lan', 'Nguyễn Thị Lan - Toán', 'Nguyễn Thị Lan (Toán)']);
    expect(mentors).toEqual([['Nguyễn Thị Lan', 3]]);
    expect(a.problems.filter((p) => p.code === 'MENTOR_SPELLINGS')).toEqual([]);
  });

  it('"Nguyễn Thị Lan - Lê Văn Hùng" beside "Nguyễn Thị Lan": a mentor of its own, with a warning at its cell saying how to write it', () => {
    const { a, mentors } = school(['Nguyễn Thị Lan', 'Nguyễn Thị Lan - Lê Văn Hùng']);
    expect(mentors).toEqual([['Nguyễn Thị Lan', 1], ['Nguyễn Thị Lan - Lê Văn Hùng', 1]]);
    expect(a.problems.filter((p) => p.code === 'MENTOR_SPELLINGS').map((p) => [p.cell, p.severity, p.message])).toEqual([['C3', 'warning',
      'GV "Nguyễn Thị Lan - Lê Văn Hùng" được tính là một GV riêng (1 em), khác GV "Nguyễn Thị Lan". Nếu là cùng một người, ghi phần sau dấu gạch trong ngoặc: "Nguyễn Thị Lan (Lê Văn Hùng)"; nếu là hai GV, ghi cách nhau bằng dấu chấm phẩy: "Nguyễn Thị Lan; Lê Văn Hùng".']]);
  });

  it('Hùng and Hưng stay two mentors: a dash after one is never joined to the other', () => {
    const { a, mentors } = school(['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng - Toán', 'Nguyễn Văn Hưng - Phạm Thị Mai']);
    expect(mentors).toEqual([['Nguyễn Văn Hùng', 1], ['Nguyễn Văn Hưng', 1], ['Nguyễn Văn Hưng - Phạm Thị Mai', 1]]);
    expect(a.problems.filter((p) => p.code === 'MENTOR_SPELLINGS').map((p) => p.cell)).toEqual(['C4']);
  });

  it('property: a subject or role after a dash never makes a second mentor', () => {
    fc.assert(fc.property(fc.constantFrom('Toán', 'Tiếng Việt', 'Ngữ văn', 'Văn', 'Tiếng Anh', 'Khoa học', 'TPT', 'GVCN', 'Tổ 2', 'môn Tin học', 'hỗ trợ'),
      fc.constantFrom(' - ', ' – ', ' : ', '  -  '), fc.constantFrom('Nguyễn Thị Lan', 'Trần Văn Hưng', 'Đặng Phan Công'), (note, dash, name) => {
        expect(readMentorName(`${name}${dash}${note}`).name).toBe(name);
      }), { numRuns: propertyRuns(200) });
  });
});

// The name before the dash written shorter or longer than the other cells' ("Lan - …" beside "Nguyễn
// Thị Lan"): the same warning. No core test met that branch (mutation testing: NoCoverage).
describe('a dash after a short or a full form of another cell\'s name', () => {
  it.each<[string[], string, string]>([
    [['Nguyễn Thị Lan', 'Lan - Lê Văn Hùng'], 'Lan - Lê Văn Hùng', 'Nguyễn Thị Lan'],
    [['Lan', 'Nguyễn Thị Lan - Lê Văn Hùng'], 'Nguyễn Thị Lan - Lê Văn Hùng', 'Lan'],
  ])('%j: "%s" is said to differ from "%s"', (cells, dashed, other) => {
    const { a } = school(cells);
    const said = a.problems.filter((p) => p.code === 'MENTOR_SPELLINGS');
    expect(said.map((p) => p.cell)).toEqual(['C3']);
    expect(said[0].message.startsWith(`GV "${dashed}" được tính là một GV riêng (1 em), khác GV "${other}".`)).toBe(true);
  });

  it('Hùng - … beside Hưng: no short form of another name, so Hưng is never named (the dash alone is said: mentor-dash-alone.test.ts)', () => {
    const { a } = school(['Nguyễn Văn Hưng', 'Hùng - Lê Thị Mai']);
    const said = a.problems.filter((p) => p.code === 'MENTOR_SPELLINGS').map((p) => p.message);
    expect(said).toHaveLength(1);
    expect(said[0].startsWith('GV "Hùng - Lê Thị Mai" được tính là một GV (1 em).')).toBe(true);
    expect(said[0]).not.toContain('Hưng');
  });
});
