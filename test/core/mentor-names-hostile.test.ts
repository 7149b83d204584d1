// A tester's hostile GV hỗ trợ cells: each was a silent wrong mentor count. Names are never folded:
// "Hoa" is no Hóa (học), "Toàn" no Toán, "Khôi" no khối, "Phú" no "(phụ)".
import { readMentorName, splitSupporters } from '../../src/core/read/mentor-names';
import { matchAreaStrictly } from '../../src/core/vocab';

describe('a subject only as written, with its diacritics', () => {
  it.each([['Toán', 'Toán'], ['Hóa', 'Hóa học'], ['Hoá', 'Hóa học'], ['HÓA', 'Hóa học'], ['Văn', 'Ngữ văn'], ['TV', 'Tiếng Việt'], ['tiếng  việt', 'Tiếng Việt'],
    ['Tiếng Việt'.normalize('NFD'), 'Tiếng Việt'], ['T.Toán', 'Toán']])('%p is %p', (text, area) => expect(matchAreaStrictly(text)).toBe(area));

  it.each(['Toàn', 'Hoa', 'Toan', 'Tiếng Viết', 'Vân'])('%p is no subject', (text) => expect(matchAreaStrictly(text)).toBeUndefined());
});

describe('a name after a dash that folds to a subject or a role is a name', () => {
  it.each([
    ['Đức - Hoa', 'Đức - Hóa'], ['Đức - Hoa', 'Đức - Hoá'], ['Phạm Văn Đức - Toàn', 'Phạm Văn Đức - Toán'], ['Đức - Tô Hoài', 'Đức - Tổ 2'],
    ['Lan - Khôi', 'Lan - khối 3'], ['Lan - Khôi', 'Lan - to 1'],
  ])('%p is one name as written (a warning in rules/mentors.ts); %p a name and its note', (name, noted) => {
    expect(readMentorName(name).name).toBe(name);
    expect(readMentorName(noted).name).toBe(noted.split(' - ')[0]);
  });

  it('"Đức - Phú" is no support mark; "(phụ)" is', () => {
    expect(readMentorName('Đức - Phú')).toMatchObject({ name: 'Đức - Phú', support: false });
    expect(readMentorName('Lan (Phú)').support).toBe(false);
    expect(readMentorName('Lan (phụ)').support).toBe(true);
  });
});

describe('"và", "&" between two names that fold to subjects', () => {
  it.each([
    ['Lan và Hoa', ['Lan', 'Hoa']], ['Đức và cô Hoa', ['Đức', 'cô Hoa']], ['Lan và Toàn', ['Lan', 'Toàn']], ['Lan & Hoa', ['Lan', 'Hoa']],
  ])('%p is %p; "Toán và Hóa" stays one text', (cell, names) => {
    expect(splitSupporters(cell)).toEqual(names);
    expect(splitSupporters('Toán và Hóa')).toEqual(['Toán và Hóa']);
  });
});

describe('a separator inside brackets is the note\'s', () => {
  it.each([
    ['Nguyễn Thị Lan (Toán, TV)', ['Nguyễn Thị Lan (Toán, TV)']], ['Nguyễn Thị Lan (lớp 4/1)', ['Nguyễn Thị Lan (lớp 4/1)']],
    ['Cô Lan (4/1), thầy Hùng (4/2)', ['Cô Lan (4/1)', 'thầy Hùng (4/2)']], ['1) Lan (Toán; TV) 2) Hùng', ['Lan (Toán; TV)', 'Hùng']],
    ['Lan (Toán,\nTV)', ['Lan (Toán, TV)']], ['Lan (Toán + TV) + Hùng', ['Lan (Toán + TV)', 'Hùng']],
  ])('%p is %p', (cell, names) => expect(splitSupporters(cell)).toEqual(names));

  it('a bracket never closed keeps nothing whole: "Lan (Toán, Hùng" is cut as written', () => {
    expect(splitSupporters('Lan (Toán, Hùng')).toEqual(['Lan (Toán', 'Hùng']);
    expect(splitSupporters('Lan (Toán, TV)')).toEqual(['Lan (Toán, TV)']);
  });
});

describe('a full stop before an honorific starts a second mentor', () => {
  it.each([
    ['Cô Lan. Thầy Hùng', ['Cô Lan', 'Thầy Hùng']], ['cô lan.thầy giáo Hùng', ['cô lan', 'thầy giáo Hùng']], ['CÔ LAN. THẦY HÙNG', ['CÔ LAN', 'THẦY HÙNG']],
    ['Lan. Cô giáo Mai', ['Lan', 'Cô giáo Mai']], ['Cô Lan. Thầy Hùng'.normalize('NFD'), ['Cô Lan', 'Thầy Hùng']],
  ])('%p is %p; "1. Cô Lan", "Cô Lan. Cồ Văn Hải" are not cut there', (cell, names) => {
    expect(splitSupporters(cell)).toEqual(names);
    expect(splitSupporters('1. Cô Lan 2. Thầy Hùng')).toEqual(['Cô Lan', 'Thầy Hùng']);
    expect(splitSupporters('Cô Lan. Cồ Văn Hải')).toEqual(['Cô Lan. Cồ Văn Hải']);
  });
});

describe('an em dash, and a hyphen joining two names', () => {
  it.each([
    ['Nguyễn Thị Lan — Toán', 'Nguyễn Thị Lan'], ['Nguyễn Thị Lan — hỗ trợ', 'Nguyễn Thị Lan'], ['Nguyễn Thị Lan-Toán', 'Nguyễn Thị Lan'],
    ['Trần Văn Nam-GVCN', 'Trần Văn Nam'],
  ])('%p reads as %p; "Y-Ngông Niê Kdăm" and "Nguyễn Thị Thu-Hà" are names with a hyphen', (written, name) => {
    expect(readMentorName(written).name).toBe(name);
    expect(readMentorName('Y-Ngông Niê Kdăm - Toán').name).toBe('Y-Ngông Niê Kdăm');
    expect(readMentorName('Nguyễn Thị Thu-Hà').name).toBe('Nguyễn Thị Thu-Hà');
  });

  it('"— Lan" as a bullet before a name', () => expect(splitSupporters('— Nguyễn Thị Lan\n— Trần Văn Hùng')).toEqual(['Nguyễn Thị Lan', 'Trần Văn Hùng']));
});

describe('a role, a class or a phone number after a dash is a note', () => {
  it.each(['Hiệu trưởng', 'Phó hiệu trưởng', 'PHT', 'chủ nhiệm', 'CN', 'phụ trách Đội', 'Nhân viên', 'Kèm Toán', 'hỗ trợ Toán', '4A', '0912345678'])(
    '"Thầy Nam - %s" is Nam, not the support mentor ("- hỗ trợ" alone is)', (note) => {
      expect(readMentorName(`Thầy Nam - ${note}`)).toMatchObject({ name: 'Nam', support: false });
      expect(readMentorName('Thầy Nam - hỗ trợ')).toMatchObject({ name: 'Nam', support: true });
    });
});
