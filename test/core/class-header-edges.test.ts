// The Lớp tab's header reader asked directly (class-header.ts): which label is which column, which
// wording is a Sĩ số and which is named at its cell, and how a label is quoted back.

import { readClassHeader, sizeQualifier } from '../../src/core/read/class-header';

const header = (labels: unknown[]) => readClassHeader('Lớp', [labels, ['3A', 3, 'Cô Mai', 40]]);
const placed = (labels: unknown[]) => header(labels)?.problems.map((p) => `${p.code}@${p.cell}`);

describe('readClassHeader: the columns it reads', () => {
  it('reads each field at its column and nothing else: no Sĩ số column is no size field at all', () => {
    expect(header(['Lớp', 'Khối'])).toStrictEqual({ row: 0, columns: { name: 0, grade: 1 }, problems: [] });
    expect(header(['Lớp', 'Khối', 'GVCN', 'Sĩ số'])).toStrictEqual(
      { row: 0, columns: { name: 0, grade: 1, homeroomTeacher: 2, size: 3 }, problems: [] });
  });

  it('punctuation around a label is no part of it: "(Khối)", "GVCN:", "Sĩ số." are read', () => {
    expect(header(['Lớp', '(Khối)', 'GVCN:', 'Sĩ số.'])?.columns).toStrictEqual({ name: 0, grade: 1, homeroomTeacher: 2, size: 3 });
    expect(placed(['Lớp', '(Khối)', 'GVCN:', 'Sĩ số.'])).toEqual([]);
  });

  it('blank header cells between the columns are no problem', () => {
    expect(header(['Lớp', '', null, '  ', 'Sĩ số'])).toStrictEqual({ row: 0, columns: { name: 0, size: 4 }, problems: [] });
  });

  it('a second column of a field already placed is not read: the first one is', () => {
    expect(header(['Lớp', 'GVCN', 'Họ tên GVCN'])).toStrictEqual({ row: 0, columns: { name: 0, homeroomTeacher: 1 }, problems: [] });
    expect(header(['Lớp', 'Khối', 'Khối lớp'])?.columns).toStrictEqual({ name: 0, grade: 1 });
  });
});

describe('readClassHeader: the GVCN family', () => {
  it.each(['GVCN', 'Họ tên GVCN', 'Họ và tên GVCN', 'GV chủ nhiệm', 'Giáo viên chủ nhiệm', 'Họ và tên giáo viên CN'])(
    '"%s" is the GVCN column', (label) => {
      expect(header(['Lớp', label])?.columns).toStrictEqual({ name: 0, homeroomTeacher: 1 });
    });

  it.each(['SĐT GVCN', 'GVCN (SĐT)', 'Email GVCN', 'GVCN cũ'])(
    '"%s" names something about the GVCN, not the GVCN: it is named at its header cell, not read as the teacher', (label) => {
      const h = header(['Lớp', 'Khối', label]);
      expect(h?.columns).toStrictEqual({ name: 0, grade: 1 });
      expect(h?.problems.map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual(['warning CLASS_LIST_COLUMN_UNPLACED@C1']);
    });
});

describe('readClassHeader: a label is quoted back as written, without the spaces around it', () => {
  it('an unplaced column', () => {
    expect(header(['Lớp', '  Số em  '])?.problems.map((p) => p.message)).toEqual([
      'Cột B "Số em" của trang Lớp không được đọc: trang Lớp chỉ đọc các cột Lớp, Khối, GVCN, Sĩ số. Nếu cột này là sĩ số của lớp, đổi tiêu đề thành "Sĩ số"; nếu không cần, có thể để nguyên.',
    ]);
  });

  it('two Sĩ số columns', () => {
    expect(header(['Lớp', ' Sĩ số đầu năm ', ' Sĩ số '])?.problems.map((p) => p.message)).toEqual([
      'Trang Lớp có 2 cột sĩ số (B "Sĩ số đầu năm", C "Sĩ số"). THHS được tính theo cột C "Sĩ số", không theo cột B. Nếu cần sĩ số ở cột B, đổi tiêu đề cột đó thành "Sĩ số" và đổi tiêu đề cột C, ví dụ thành "Ghi chú sĩ số".',
    ]);
  });
});

describe('sizeQualifier: who is counted may follow the Sĩ số words, or the class', () => {
  it.each([
    ['Sĩ số lớp (HS)', ''], ['Sĩ số của lớp HS', ''], ['Sĩ số lớp học sinh', ''], ['Sĩ số HS lớp', ''],
    ['Số hiện có', 'hien co'], ['Số hiện tại', 'hien tai'], ['Sĩ số (HS) hiện tại', 'hien tai'],
  ])('"%s" is a Sĩ số, qualified by "%s"', (label, qualifier) => {
    expect(sizeQualifier(label)).toBe(qualifier);
  });

  it.each(['Số', 'Số lớp', 'Số của lớp', 'Số HS nữ', 'Sĩ số đầu năm HS', 'Sĩ số ngày 5/9 HS', 'Sĩ số ngày 5 học sinh', 'Sĩ số HSKII', 'Sĩ số học sinhki 1'])(
    '"%s" is not read as a Sĩ số (who after when, or words run together, are not guessed)', (label) => {
      expect(sizeQualifier(label)).toBeUndefined();
    });

  it('such a label is named at its header cell, and the size is not read from it', () => {
    const h = header(['Lớp', 'Khối', 'Sĩ số ngày 5/9 HS']);
    expect(h?.columns).toStrictEqual({ name: 0, grade: 1 });
    expect(placed(['Lớp', 'Khối', 'Sĩ số ngày 5/9 HS'])).toEqual(['CLASS_LIST_COLUMN_UNPLACED@C1']);
  });
});
