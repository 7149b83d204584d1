// Secondary official tabs (PRODUCT 2.3): vnEdu "Sổ điểm tổng kết" of a THPT (TT22 and TT58) and a
// THCS, generated in the real exports' shape, read, joined and totalled per class.

import type { SheetGrid } from '../../src/core/model';
import { readOfficialTab } from '../../src/core/read/official';
import { classifySecondary, readAbsences } from '../../src/core/read/official-secondary';
import { run } from '../helpers/grid';
import { shape10d, shape10u, shape12c3 } from '../helpers/real-shapes';
import { THCS_SUBJECTS, secondaryClass, secondarySheet, type SecondaryTab } from '../../local/vnedu-export-secondary';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const grid = (spec: SecondaryTab): SheetGrid => secondarySheet(spec).grid;

/** Per class, as the final report states them for the real files: students, needing support, per area. */
function perClass(sheets: SheetGrid[], today = '2024-06-15') {
  const a = run(sheets, today);
  const byClass = new Map<string, { students: number; need: number; areas: Record<string, number> }>();
  for (const use of a.official.tabs) {
    if (use.use !== 'current') continue;
    const entry = { students: use.tab.students.length, need: 0, areas: {} as Record<string, number> };
    for (const s of use.tab.students) {
      if (s.review.need.length > 0) entry.need += 1;
      for (const area of s.review.need) entry.areas[area] = (entry.areas[area] ?? 0) + 1;
    }
    byClass.set(use.tab.className, entry);
  }
  return { a, byClass };
}

describe('THPT exports in the shape of the real files 07 (TT22) and 08 (TT58)', () => {
  const sheets = [grid(shape10u()), grid(shape10d()), grid(shape12c3('12t')), grid(shape12c3('12i')), grid(shape12c3('12l'))];
  const { a, byClass } = perClass(sheets);

  it('recognises each tab by content, at Cuối học kì II of 2023-2024, as THPT', () => {
    expect(a.official.tabs.map((u) => [u.tab.sheet, u.tab.className, u.tab.reviewPoint, u.tab.schoolYear, u.tab.level, u.use])).toEqual([
      ['10u', '10U', 'CKII', 2023, 'THPT', 'current'], ['10d', '10D', 'CKII', 2023, 'THPT', 'current'],
      ['12t', '12C3', 'CKII', 2023, 'THPT', 'current'], ['12i', '12C3', 'CKII', 2023, 'THPT', 'duplicate'], ['12l', '12C3', 'CKII', 2023, 'THPT', 'duplicate'],
    ]);
  });

  it('exact per-class counts: students, needing support, per area', () => {
    expect(Object.fromEntries(byClass)).toEqual({
      '10U': { students: 23, need: 0, areas: {} },
      '10D': { students: 23, need: 1, areas: { Toán: 1, 'Vật lí': 1 } },
      '12C3': { students: 35, need: 0, areas: {} },
    });
  });

  it('totals per khối: the three copies of 12C3 count once, and are errors', () => {
    expect(a.reviewPoints).toEqual(['CKII']);
    const t = a.totals.CKII;
    expect(t?.byGrade.map((g) => [g.grade, g.students, g.needSupport, g.studentsSource])).toEqual([[10, 46, 1, 'official'], [12, 35, 0, 'official']]);
    expect(t?.total.byArea).toMatchObject({ Toán: 1, 'Ngữ văn': 0, 'Ngoại ngữ': 0, 'Học tập': 0, 'Rèn luyện': 0, 'Vật lí': 1 });
    expect(a.problems.filter((p) => p.code === 'OFFICIAL_DUPLICATE').map((p) => p.sheet)).toEqual(['12i', '12l']);
    expect(a.levels).toEqual([{ level: 'THPT', grades: [10, 12], areas: ['Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện', 'Vật lí'], reviewPoints: ['CKII'] }]);
  });

  it('reads "Miễn" as neither a need nor a problem, and scores stored as 8.8000000000000007', () => {
    expect(a.problems.filter((p) => p.severity === 'error' && p.code !== 'OFFICIAL_DUPLICATE')).toEqual([]);
  });

  it('reads Buổi nghỉ P / K / Tổng per student at the tab\'s review point', () => {
    const t12 = readOfficialTab(grid(shape12c3('12t')), WALL_CLOCK_OFFSET);
    const absent = t12?.students.filter((s) => (s.absences?.total ?? 0) > 0) ?? [];
    expect(absent).toHaveLength(20);
    expect(Math.max(...absent.map((s) => s.absences?.total ?? 0))).toBe(16);
    expect(t12?.students[33].absences).toEqual({ excused: 15, unexcused: 1, total: 16 });
    const t10d = readOfficialTab(grid(shape10d()), WALL_CLOCK_OFFSET);
    expect(t10d?.students.filter((s) => (s.absences?.total ?? 0) > 0)).toHaveLength(13);
    const student = a.students.find((s) => s.className === '12C3' && s.row === 41);
    expect(student?.absences).toEqual({ CKII: { excused: 15, unexcused: 1, total: 16 } });
  });

  it('the footer, signatures and Thống kê block are never students', () => {
    const t = readOfficialTab(grid(shape10u()), WALL_CLOCK_OFFSET);
    expect(t?.students.map((s) => s.row)).toEqual(Array.from({ length: 23 }, (_, i) => 8 + i));
    expect(t?.problems).toEqual([]);
  });
});

describe('a THCS export (DOMAIN.md 2)', () => {
  const spec: SecondaryTab = {
    sheet: '6a', className: '6A', grade: 6, point: 'HK2', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS, romanPoint: true,
    students: secondaryClass(6, 9300000001, 2014, (i) => [
      { marks: { Toán: '4,5', 'Ng.ngữ': 3.2 }, learning: 'Chưa đạt' },
      { marks: { GDTC: 'CĐ' }, conduct: 'Chưa đạt' },
      { marks: { Văn: '6,5' }, absences: [3, 2, ''] as [number, number, string] },
      { marks: { 'Nghệ thuật': 'Miễn' } },
      {},
      { marks: { KHTN: 4.9 } },
    ][i]),
  };

  it('scores below 5,0 ("4,5" text or a number), CĐ and Chưa đạt are needs per area; a blank Tổng is P + K', () => {
    const t = readOfficialTab(grid(spec), WALL_CLOCK_OFFSET);
    expect(t?.reviewPoint).toBe('CKII');
    expect(t?.level).toBe('THCS');
    expect(t?.students.map((s) => s.review.need)).toEqual([
      ['Toán', 'Ngoại ngữ', 'Học tập'], ['Rèn luyện', 'Giáo dục thể chất'], [], [], [], ['Khoa học tự nhiên'],
    ]);
    expect(t?.students[2].absences).toEqual({ excused: 3, unexcused: 2, total: 5 });
    expect(t?.problems).toEqual([]);
  });

  it('Cấu hình "Điểm cần hỗ trợ dưới" moves the threshold', () => {
    const t = readOfficialTab(grid(spec), WALL_CLOCK_OFFSET, { scoreThreshold: 6.5 });
    expect(t?.students[2].review.need).toEqual([]);
    expect(t?.students[4].review.need).toEqual([]); // every score 8,0
    const lower = readOfficialTab(grid(spec), WALL_CLOCK_OFFSET, { scoreThreshold: 4 });
    expect(lower?.students.map((s) => s.review.need)[0]).toEqual(['Ngoại ngữ', 'Học tập']);
  });

  it.each<[string, unknown, string]>([
    ['a score of 11', 11, 'điểm 11 nằm ngoài thang 0–10'],
    ['"6..5"', '6..5', '"6..5" không phải một điểm số'],
    ['"Khá" in a scored column', 'Khá', '"Khá" không phải một điểm số'],
    ['CĐ in Toán', 'CĐ', '"CĐ" không phải một điểm số'],
    ['T in a THCS khối', 'T', '"T" là mức đánh giá của tiểu học (Thông tư 27), nhưng khối 6 thuộc cấp Trung học cơ sở'],
    ['C in a THCS khối', 'C', '"C" là mức đánh giá của tiểu học (Thông tư 27), nhưng khối 6 thuộc cấp Trung học cơ sở'],
  ])('%s is an error at its cell, and the row is not counted', (_label, value, reason) => {
    const sheet = secondarySheet({ ...spec, students: spec.students.map((s, i) => (i === 4 ? { ...s, marks: { Toán: value as number } } : s)) });
    const t = readOfficialTab(sheet.grid, WALL_CLOCK_OFFSET);
    const cell = `F${sheet.rowOf[4]}`;
    expect(t?.problems.map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual([`error RATING_INVALID@${cell}`]);
    expect(t?.problems[0].message).toBe(`Ô Toán, Cuối học kì II của ${spec.students[4].name}: ${reason}, nên chưa được tính. Ghi điểm từ 0 đến 10, một chữ số thập phân (ví dụ 6,5; dưới 5 là cần hỗ trợ), "Miễn" hoặc dấu x.`);
    expect(t?.students[4].excluded).toBe(true);
  });

  it('a formula error is told to fix the formula or type a value of its own scale, never T/H/C (review-2 F7)', () => {
    const sheet = secondarySheet({ ...spec, students: spec.students.map((s, i) => (i === 4 ? { ...s, marks: { Toán: '#N/A', GDTC: '#REF!' } } : s)) });
    const t = readOfficialTab(sheet.grid, WALL_CLOCK_OFFSET);
    expect(t?.problems.map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual([`error FORMULA_ERROR@F${sheet.rowOf[4]}`, `error FORMULA_ERROR@N${sheet.rowOf[4]}`]);
    expect(t?.problems.map((p) => p.message)).toEqual([
      `Ô Toán, Cuối học kì II của ${spec.students[4].name} ghi "#N/A" (lỗi công thức), nên chưa được tính. Sửa công thức, hoặc gõ thẳng vào ô điểm từ 0 đến 10, một chữ số thập phân (ví dụ 6,5; dưới 5 là cần hỗ trợ), "Miễn" hoặc dấu x.`,
      `Ô Giáo dục thể chất, Cuối học kì II của ${spec.students[4].name} ghi "#REF!" (lỗi công thức), nên chưa được tính. Sửa công thức, hoặc gõ thẳng vào ô Đ (Đạt), CĐ (Chưa đạt), "Miễn" hoặc dấu x.`,
    ]);
  });

  it('a row without a name: its cells are named by area and point alone, and the row is reported', () => {
    const sheet = secondarySheet({ ...spec, students: spec.students.map((s, i) => (i === 4 ? { ...s, name: '', marks: { Toán: '#N/A', GDTC: 'Khá' } } : s)) });
    const t = readOfficialTab(sheet.grid, WALL_CLOCK_OFFSET);
    expect(t?.problems.map((p) => p.code)).toEqual(['NAME_MISSING', 'FORMULA_ERROR', 'RATING_INVALID']);
    expect(t?.problems[1].message.startsWith('Ô Toán, Cuối học kì II ghi "#N/A" (lỗi công thức)')).toBe(true);
    expect(t?.problems[2].message.startsWith('Ô Giáo dục thể chất, Cuối học kì II: ')).toBe(true);
  });

  it('TT58 words stand where TT22 ones may (KQHT "Giỏi"); Hạnh kiểm "Kém" and H in GDTC are errors', () => {
    const sheet = secondarySheet({ ...spec, students: spec.students.map((s, i) => (i === 4 ? { ...s, learning: 'Giỏi', conduct: 'Kém', marks: { GDTC: 'H' } } : s)) });
    const t = readOfficialTab(sheet.grid, WALL_CLOCK_OFFSET);
    // N is GDTC, S is Kết quả rèn luyện (R, Kết quả học tập "Giỏi", is read).
    expect(t?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual([`RATING_INVALID@N${sheet.rowOf[4]}`, `RATING_INVALID@S${sheet.rowOf[4]}`]);
    expect(t?.problems.map((p) => p.message.slice(p.message.indexOf(': ') + 2))).toEqual([
      '"H" là mức đánh giá của tiểu học (Thông tư 27), nhưng khối 6 thuộc cấp Trung học cơ sở, nên chưa được tính. Ghi Đ (Đạt), CĐ (Chưa đạt), "Miễn" hoặc dấu x.',
      '"Kém" không phải một mức của cột này, nên chưa được tính. Ghi Tốt (T), Khá (K), Đạt (Đ), Chưa đạt (CĐ) (hoặc theo Thông tư 58: Tốt, Khá, Trung bình (TB), Yếu (Y)) hoặc dấu x.',
    ]);
  });

  it('the same tab at primary (khối 2): "Học kỳ 2" is Cuối năm', () => {
    const t = readOfficialTab(grid({ ...spec, className: '2A', grade: 2, students: [] }), WALL_CLOCK_OFFSET);
    expect(t?.reviewPoint).toBe('CN');
  });
});

describe('classifySecondary: a subject over "(HS 1)" or "(N.xét)"', () => {
  const subject = (label: string) => (label === 'Toán' ? 'Toán' : undefined);
  it.each<[string[], unknown]>([
    [['Toán', '(HS 1)'], { kind: 'rating', area: 'Toán', hint: 'score' }],
    [['Tiếng Khmer', '(HS 1)'], { kind: 'rating', area: 'Tiếng Khmer', hint: 'score', unknownSubject: 'Tiếng Khmer' }],
    [['Môn học', 'Múa dân tộc', '(N.xét)'], { kind: 'rating', area: 'Múa dân tộc', hint: 'comment', unknownSubject: 'Múa dân tộc' }],
    [['', '(HS 1)'], undefined],
    [['Tiếng Khmer', ''], undefined],
  ])('%p → %p', (labels, expected) => expect(classifySecondary(labels, subject)).toEqual(expected));

  it.each<[string[], unknown]>([
    [['Học kỳ', 'Toán'], { kind: 'unread', area: 'Toán', label: 'Học kỳ', unclear: 'term' }],
    [['Học kỳ', 'Ghi chú'], undefined],
    [['Học kỳ'], undefined],
  ])('at a secondary tab of a known point, "Học kỳ" with no number over %p → %p (only a subject makes it a column)', (labels, expected) =>
    expect(classifySecondary(labels, subject, true, 'CKI')).toEqual(expected));
});

describe('readAbsences: a bad cell never turns into a partial sum', () => {
  const cols = [{ column: 0, part: 'excused' as const }, { column: 1, part: 'unexcused' as const }, { column: 2, part: 'total' as const }];
  it.each<[unknown[], unknown]>([
    [[3, 2, ''], { absences: { excused: 3, unexcused: 2, total: 5 }, bad: [] }],
    [['x', 2, ''], { bad: [0] }],
    [['x', 2, 6], { absences: { unexcused: 2, total: 6 }, bad: [0] }],
    [[3, 2, 'năm'], { absences: { excused: 3, unexcused: 2, total: 5 }, bad: [2] }],
    [[3, '', ''], { absences: { excused: 3, total: 3 }, bad: [] }],
    [['', '', ''], { bad: [] }],
  ])('%p → %p', (row, expected) => expect(readAbsences(row, cols)).toEqual(expected));
});
