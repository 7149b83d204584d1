// Review 7's silent wrong numbers in the secondary vnEdu reader: a class tab whose STT is not a plain
// number (F2c), a subject over a sub-header other than "(HS 1)"/"(N.xét)" (F2), an absence group
// headed "Vắng"/"Nghỉ" (F25) and a Buổi nghỉ group without its P | K | Tổng row (F21). Each shape of
// the family is read exactly, or named at its cell; no row, score or absence is dropped unseen.

import fc from 'fast-check';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { readOfficialTab, type OfficialTab } from '../../src/core/read/official';
import { classify } from '../../src/core/read/official/columns';
import { absenceColumnOf } from '../../src/core/read/roster/absences';
import { parseA1Range } from '../../src/core/text';
import { THCS_SUBJECTS, THPT_10U, secondaryClass, secondarySheet, type SecondaryStudent, type SecondaryTab } from '../../local/vnedu-export-secondary';
import { run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';

const spec = (n: number, point: SecondaryTab['point'], each: (i: number) => Partial<SecondaryStudent> = () => ({})): SecondaryTab => ({
  sheet: '10u', className: '10U', grade: 10, point, year: 2025, regime: 'TT22', subjects: THPT_10U, students: secondaryClass(n, 9900000001, 2009, each),
});

/** Reads the tab as the shell gives it (values and merges), after `edit` changed its values and merges. */
function read(s: SecondaryTab, edit: (values: unknown[][], merges: string[]) => void = () => undefined): { tab: OfficialTab; values: unknown[][] } {
  const made = secondarySheet(s);
  const values = made.grid.values.map((r) => [...r]);
  const merges = [...made.merges];
  edit(values, merges);
  const tab = readOfficialTab({ name: s.sheet, values, merges: merges.map((m) => parseA1Range(m) as MergedRange) }, WALL_CLOCK_OFFSET);
  if (!tab) throw new Error('not read as an official tab');
  return { tab, values };
}

const codes = (tab: OfficialTab) => tab.problems.map((p) => `${p.code}@${p.cell}`);

describe('F2c: STT written "1)", "1.", "01" or left blank', () => {
  it.each([
    ['1)', (i: number) => `${i})`], ['1.', (i: number) => `${i}.`], ['01', (i: number) => `0${i}`], ['1 )', (i: number) => `${i} )`], [' 1 ', (i: number) => ` ${i} `],
  ])('STT %p: every student is read, from row 8, a need in the first rows included', (_, stt) => {
    const { tab } = read(spec(4, 'HK2', (i) => (i === 0 ? { marks: { Toán: 4.2 } } : {})), (values) => {
      for (let i = 0; i < 4; i++) values[7 + i][0] = stt(i + 1);
    });
    expect(tab.students.map((s) => s.row)).toEqual([8, 9, 10, 11]);
    expect(tab.students[0].review.need).toEqual(['Toán']);
    expect(tab.problems).toEqual([]);
  });

  it('a blank STT on every row: each row is named at its STT cell, none is taken into the header', () => {
    const { tab } = read(spec(4, 'HK2'), (values) => { for (let i = 0; i < 4; i++) values[7 + i][0] = ''; });
    expect(tab.dataStart).toBe(7);
    expect(tab.students).toEqual([]);
    expect(codes(tab)).toEqual(['OFFICIAL_ROW_UNREAD@A8', 'OFFICIAL_ROW_UNREAD@A9', 'OFFICIAL_ROW_UNREAD@A10', 'OFFICIAL_ROW_UNREAD@A11']);
  });

  it('property: whatever each row\'s STT, every student row is read or named at its row, never swallowed', () => {
    const sttOf = fc.constantFrom<(i: number) => unknown>((i) => i, (i) => `${i}`, (i) => `${i})`, (i) => `${i}.`, (i) => `0${i}`, () => '', () => 'x');
    fc.assert(fc.property(fc.array(sttOf, { minLength: 1, maxLength: 8 }), (stts) => {
      const { tab } = read(spec(stts.length, 'HK1'), (values) => stts.forEach((stt, i) => { values[7 + i][0] = stt(i + 1); }));
      const seen = new Set([...tab.students.map((s) => s.row), ...tab.problems.filter((p) => p.code === 'OFFICIAL_ROW_UNREAD').map((p) => Number(p.cell.slice(1)))]);
      expect([...seen].sort((a, b) => a - b)).toEqual(stts.map((_, i) => 8 + i));
      expect(tab.dataStart).toBe(7);
    }), { numRuns: propertyRuns(60) });
  });
});

describe('F2: a subject over a sub-header other than "(HS 1)" / "(N.xét)"', () => {
  const withSub = (label: string) => read(spec(3, 'HK2', (i) => (i === 1 ? { marks: { Toán: 4.6 } } : i === 2 ? { marks: { Văn: '3,9' } } : {})), (values) => {
    values[6][5] = label; // Toán
    values[6][9] = label; // Văn
  }).tab;

  // Round 12, on purpose: "Cả năm" under a subject of a Học kỳ 2 tab is the year's score, not the
  // tab's, and was read as it (review 18); it is said below, with the other points.
  it.each(['(HS 1)', '(HS 2)', '', '(ĐTB)', 'ĐTB', 'TBm', 'TBmhk', '(Học kỳ 2)', 'HK2', 'Điểm', 'Điểm TB môn', 'ĐTB HK2', 'Trung bình môn'])(
    'sub-header %p: the scores are read (Toán 4,6 and Văn 3,9 are needs)', (label) => {
      const tab = withSub(label);
      expect(tab.students.map((s) => s.review.need)).toEqual([[], ['Toán'], ['Ngữ văn']]);
      expect(tab.problems).toEqual([]);
    });

  it.each(['Cả năm', 'HK1', 'ĐTB HK1', '(Học kỳ 1)'])('sub-header %p, another review point than the tab\'s: not counted, and said at the sub-header cell', (label) => {
    const tab = withSub(label);
    expect(tab.students.map((s) => s.review.need)).toEqual([[], [], []]);
    // Said once for the tab, at the first such column, naming both.
    expect(tab.problems.map((p) => [p.code, p.cell, p.severity])).toEqual([['OFFICIAL_COLUMN_UNKNOWN', 'F7', 'warning']]);
    expect(tab.problems[0].message).toMatch(/^Trang "10u" là kết quả Cuối học kì II; 2 cột ghi kết quả của mốc khác .*: Toán, Ngữ văn\)/);
  });

  it.each(['Lần 1', 'Ghi chú', '(GV nhập)', 'Kiểm tra'])('sub-header %p: not counted, and said at the sub-header cell', (label) => {
    const tab = withSub(label);
    expect(tab.students.map((s) => s.review.need)).toEqual([[], [], []]);
    const told = tab.problems.map((p) => [p.code, p.cell, p.severity]);
    expect(told).toEqual([['OFFICIAL_COLUMN_UNKNOWN', 'F7', 'warning'], ['OFFICIAL_COLUMN_UNKNOWN', 'J7', 'warning']]);
    expect(tab.problems[0].message).toBe(`Trang "10u": cột Toán có tiêu đề con "${label}", không rõ là điểm hay nhận xét, nên điểm của cột này chưa được tính. Ghi "(HS 1)" nếu là cột điểm trung bình môn, hoặc "(N.xét)" nếu là cột nhận xét (Đạt/Chưa đạt), vào ô này.`);
  });

  it('a comment subject over "(Học kỳ 2)" is read on its comment scale', () => {
    const tab = read(spec(2, 'HK2', (i) => (i === 1 ? { marks: { GDTC: 'CĐ' } } : {})), (values) => { values[6][14] = '(Học kỳ 2)'; }).tab;
    expect(tab.students.map((s) => s.review.need)).toEqual([[], ['Giáo dục thể chất']]);
    expect(tab.problems).toEqual([]);
  });

  it('scores under a header naming no subject are said at the header, never dropped unseen', () => {
    const tab = read(spec(2, 'HK2'), (values) => { values[5][5] = 'Cột 1'; values[6][5] = ''; }).tab;
    expect(codes(tab)).toEqual(['OFFICIAL_COLUMN_UNKNOWN@F7']);
    expect(tab.problems[0].message).toContain('cột này có số (ví dụ "8" ở dòng 8)');
  });

  it('at primary the score under a subject stays Điểm KTĐK, never a rating', () => {
    expect(classify(['Toán', 'Điểm KTĐK'])).toEqual({ kind: 'score', scale: 'subject', marked: false });
    expect(classify(['Toán', 'Điểm'], false).kind).toBe('score');
    expect(classify(['Toán', 'Điểm'], true)).toEqual({ kind: 'rating', area: 'Toán', scale: 'subject', marked: true });
  });
});

describe('F25: the absence group headed "Vắng", "Số buổi vắng", "Nghỉ"', () => {
  it.each(['Buổi nghỉ', 'Số buổi nghỉ', 'Số ngày nghỉ', 'Nghỉ học', 'Số buổi nghỉ học', 'Số buổi vắng', 'Buổi vắng', 'Vắng', 'Nghỉ', 'Số ngày vắng'])(
    'group %p over P | K | Tổng: read', (label) => {
      const { tab } = read(spec(2, 'HK1', (i) => (i === 0 ? { absences: [20, 6, 26] } : {})), (values) => {
        const c = values[5].indexOf('Buổi nghỉ');
        values[5][c] = label;
      });
      expect(tab.students[0].absences).toEqual({ excused: 20, unexcused: 6, total: 26 });
      expect(tab.problems).toEqual([]);
    });

  it('a group the reader does not know over P | K | Tổng is said at each column, not dropped', () => {
    const { tab } = read(spec(2, 'HK1', (i) => (i === 0 ? { absences: [20, 6, 26] } : {})), (values) => {
      values[5][values[5].indexOf('Buổi nghỉ')] = 'Chuyên cần';
    });
    expect(tab.students[0].absences).toBeUndefined();
    expect(codes(tab)).toEqual(['OFFICIAL_COLUMN_UNKNOWN@W7', 'OFFICIAL_COLUMN_UNKNOWN@X7', 'OFFICIAL_COLUMN_UNKNOWN@Y7']);
  });

  it('the roster reads the same words (one vocabulary); "nghị" is not "nghỉ"', () => {
    const at = (...texts: string[]) => absenceColumnOf(0, texts.map((text, row) => ({ text, row, column: 0 })));
    expect(at('Vắng HK1')).toEqual({ column: 0, reviewPoint: 'CKI', part: 'total' });
    expect(at('HK1 - Số buổi vắng')).toEqual({ column: 0, reviewPoint: 'CKI', part: 'total' });
    expect(at('Học kỳ 2', 'Nghỉ', 'P')).toEqual({ column: 0, reviewPoint: 'CKII', part: 'excused' });
    expect(at('Đề nghị HK1')).toBeUndefined();
  });

  it('a Danh sách column "Vắng HK1" is the buổi nghỉ of Cuối học kì I', () => {
    const a = run([{ name: 'Danh sách', values: [
      ['STT', 'Họ và tên', 'Lớp', 'Toán HK1', 'Vắng HK1'], [1, 'Nguyễn Văn An', '8A', '6,5', 7], [2, 'Trần Thị Bình', '8A', '4,5', 0],
    ] }]);
    expect(a.students.map((s) => s.absences)).toEqual([{ CKI: { total: 7 } }, { CKI: { total: 0 } }]);
    expect(a.problems.filter((p) => p.cell === 'E1')).toEqual([]);
  });
});

describe('F21: Buổi nghỉ merged over three columns without its P | K | Tổng row', () => {
  /** The THCS layout with row 7 deleted: the merges below it move up one row. */
  const withoutSubHeader = (values: unknown[][], merges: string[]) => {
    values.splice(6, 1);
    for (let i = merges.length - 1; i >= 0; i--) {
      if (/^[A-E]6:[A-E]7$/.test(merges[i])) merges.splice(i, 1);
      else merges[i] = merges[i].replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => c + (Number(r) > 7 ? Number(r) - 1 : r));
    }
  };
  it.each<[string, [number | string, number | string, number | string]]>([['P 18, K 6, Tổng blank', [18, 6, '']], ['P 6, K 18, Tổng blank', [6, 18, '']], ['P 18, K 6, Tổng 24', [18, 6, 24]]])(
    '%s: no part is guessed, the group header says so', (_, absences) => {
      const s: SecondaryTab = { ...spec(3, 'HK1', (i) => (i === 1 ? { absences } : {})), sheet: '6a', className: '6A', grade: 6, subjects: THCS_SUBJECTS };
      const { tab, values } = read(s, withoutSubHeader);
      expect(tab.students).toHaveLength(3);
      expect(tab.students.map((x) => x.absences)).toEqual([undefined, undefined, undefined]);
      const col = values[5].indexOf('Buổi nghỉ');
      expect(codes(tab)).toEqual([`ABSENCE_LABEL_UNCLEAR@${String.fromCharCode(65 + col)}6`]);
      expect(tab.problems[0].message).toContain('không có dòng P | K | Tổng bên dưới');
    });
});
