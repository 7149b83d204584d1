// Small rules the numbers rest on, one table each: class names and khối, the Lớp tab, Vietnamese
// ordering, the flags of PRODUCT 3.3, and the text helpers every matcher uses.

import { classKey, gradeFromClassName, parseClassList } from '../../src/core/read/classes';
import { compareKeys, compareNatural, nameKey, naturalKey, vietnameseKey } from '../../src/core/collate';
import { countKinds, studentFlags } from '../../src/core/rules/flags';
import type { Student, StudentReview } from '../../src/core/model';
import { a1, columnLetters, fold, foldCompact, formatPercent, pad2, tidy } from '../../src/core/text';
import { areaOrder, AREAS, isFormulaError, isTicked, isTotalLabel, matchCombinedLabel, matchField } from '../../src/core/vocab';
import { codes, run } from '../helpers/grid';

describe('class names and khối', () => {
  it.each([
    ['1A', '1A'], ['1a', '1A'], ['Lớp 1A', '1A'], ['lop1a', '1A'], ['LỚP  2 b', '2B'], [' 1 a ', '1A'], ['12 A1', '12A1'], ['1/2', '1/2'],
    ['Lớp học 3', 'HOC3'], ['Đặc biệt', 'DACBIET'], ['Tổ lớp 1A', 'TOLOP1A'],
  ])('classKey(%p) → %s', (name, key) => expect(classKey(name)).toBe(key));

  it.each([
    ['1A', 1], ['Lớp 3B', 3], ['12 A1', 12], ['10A4', 10], ['1/2', 1], ['9', 9], ['0A', undefined], ['13A', undefined], ['123', undefined],
    ['A1', undefined], ['', undefined], ['Lớp', undefined],
  ])('gradeFromClassName(%p) → %p', (name, grade) => expect(gradeFromClassName(name)).toBe(grade));

  it.each([
    [1, 1], [12, 12], ['3', 3], ['Khối 3', 3], ['khoi 4', 4], ['K5', 5], ['k 5', 5], ['  2 ', 2], ['12', 12], ['Khối 12', 12],
    [0, undefined], [13, undefined], [2.5, undefined], ['0', undefined], ['13', undefined], ['Khối ba', undefined], ['3A', undefined], ['Khối 3 A', undefined], ['Tổ 3', undefined],
  ])('Khối %p in the Lớp tab → %p', (value, grade) => {
    const list = parseClassList({ name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['Lớp X1', value, 'Cô Mai', 30]] });
    expect(list.byKey.get('X1')?.grade).toBe(grade);
    expect(list.problems.map((p) => `${p.code}@${p.cell}:${p.severity}`)).toEqual(grade === undefined ? ['CLASS_LIST_GRADE_INVALID@B2:error'] : []);
  });

  it('the Lớp tab: header aliases, Sĩ số forms, duplicates, blank rows, a khối from the class name', () => {
    const list = parseClassList({ name: 'lop', values: [
      ['DANH SÁCH LỚP'],
      ['Tên lớp', 'Khối lớp', 'Giáo viên chủ nhiệm', 'Sỹ số'],
      ['1A', '', ' Cô   Mai ', '35 HS'],
      ['', 2, 'x', 1],
      ['lớp 1a', 1, 'Cô Hoa', 30],
      ['2B', 2, '', 'ba mươi'],
      ['3C', 'Khối ba', 'Thầy Nam', ''],
    ] });
    expect(list.present).toBe(true);
    expect(list.sheet).toBe('lop');
    expect([...list.byKey.values()]).toEqual([
      { name: '1A', key: '1A', grade: 1, homeroomTeacher: 'Cô Mai', size: 35, row: 3, sizeColumn: 4 },
      { name: '2B', key: '2B', grade: 2, homeroomTeacher: '', size: undefined, row: 6, sizeColumn: 4 },
      { name: '3C', key: '3C', grade: 3, homeroomTeacher: 'Thầy Nam', size: undefined, row: 7, sizeColumn: 4 },
    ]);
    expect(list.problems.map((p) => [p.cell, p.row, p.column, p.severity, p.code, p.message])).toEqual([
      ['A5', 5, 1, 'warning', 'CLASS_LIST_DUPLICATE', 'Lớp lớp 1a đã có ở dòng 3. Xóa một trong hai dòng để mỗi lớp chỉ ghi một lần.'],
      ['D6', 6, 4, 'warning', 'CLASS_LIST_SIZE_INVALID', 'Sĩ số "ba mươi" của lớp 2B không phải số học sinh. Ghi một số nguyên, ví dụ 35.'],
      ['B7', 7, 2, 'error', 'CLASS_LIST_GRADE_INVALID', 'Khối "Khối ba" của lớp 3C không đọc được. Ghi một số từ 1 đến 12, ví dụ 3.'],
    ]);
  });

  it('a class whose khối cannot be known is an error at its row, never a Sĩ số left out of THHS unseen', () => {
    const withoutColumn = run([
      { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['An', '1A', 'Cô Mai', 'C']] },
      { name: 'Lớp', values: [['Lớp', 'Sĩ số'], ['1A', 30], ['Lớp ghép', 12], ['Hòa nhập', '']] },
    ]);
    expect(withoutColumn.totals.GKI?.byGrade.map((g) => [g.grade, g.students])).toEqual([[1, 30]]);
    expect(withoutColumn.totals.GKI?.total.students).toBe(30);
    expect(withoutColumn.problems.map((p) => [p.cell, p.severity, p.code, p.message])).toEqual([
      ['A3', 'error', 'CLASS_LIST_GRADE_MISSING', 'Không rõ lớp Lớp ghép thuộc khối nào (tên lớp không có số khối, trang không có cột Khối), nên lớp này và sĩ số 12 chưa được tính vào khối nào. Thêm cột "Khối" và ghi khối của lớp, ví dụ 3.'],
      ['A4', 'error', 'CLASS_LIST_GRADE_MISSING', 'Không rõ lớp Hòa nhập thuộc khối nào (tên lớp không có số khối, trang không có cột Khối), nên lớp này chưa được tính vào khối nào. Thêm cột "Khối" và ghi khối của lớp, ví dụ 3.'],
    ]);
    const blankCell = parseClassList({ name: 'Lớp', values: [['Lớp', 'Khối', 'Sĩ số'], ['Lớp ghép', '', 12], ['Lớp ghép 2', 2, 9]] });
    expect(blankCell.problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      ['B2', 'CLASS_LIST_GRADE_MISSING', 'Không rõ lớp Lớp ghép thuộc khối nào (tên lớp không có số khối, ô Khối để trống), nên lớp này và sĩ số 12 chưa được tính vào khối nào. Ghi khối của lớp, ví dụ 3.'],
    ]);
  });

  it('a Lớp tab without a Lớp column, or no tab at all, is no list and no problem', () => {
    expect(parseClassList({ name: 'Lớp', values: [['Khối', 'Sĩ số'], [1, 30]] })).toEqual({ sheet: 'Lớp', present: false, byKey: new Map(), problems: [] });
    expect(parseClassList(undefined)).toEqual({ sheet: 'Lớp', present: false, byKey: new Map(), problems: [] });
    const onlyNames = parseClassList({ name: 'Lớp', values: [['Lớp'], ['4A']] });
    expect([...onlyNames.byKey.values()]).toEqual([{ name: '4A', key: '4A', grade: 4, homeroomTeacher: '', size: undefined, row: 2, sizeColumn: 1 }]);
  });
});

describe('Vietnamese ordering', () => {
  const sortBy = (names: string[], key: (s: string) => string) => [...names].sort((x, y) => compareKeys(key(x), key(y)));
  it('letters in the Vietnamese alphabet, tones only when the letters are equal', () => {
    expect(sortBy(['Đức', 'Dũng', 'Ân', 'Ăn', 'An', 'Ơn', 'Ôn', 'On', 'Ưu', 'Uy', 'Bình', 'Zô', 'Y'], vietnameseKey))
      .toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dũng', 'Đức', 'On', 'Ôn', 'Ơn', 'Uy', 'Ưu', 'Y', 'Zô']);
    // ngang, huyền, hỏi, ngã, sắc, nặng — also when the tone is written before the shape mark (ặ, ậ in NFD)
    expect(sortBy(['Mạ', 'Má', 'Mã', 'Mả', 'Mà', 'Ma'], vietnameseKey)).toEqual(['Ma', 'Mà', 'Mả', 'Mã', 'Má', 'Mạ']);
    expect(sortBy(['Đặng', 'Đằng', 'Đẵng', 'Đăng'], vietnameseKey)).toEqual(['Đăng', 'Đằng', 'Đẵng', 'Đặng']);
    expect(sortBy(['Ận', 'Ần', 'Ấn', 'Ân'], vietnameseKey)).toEqual(['Ân', 'Ần', 'Ấn', 'Ận']);
    expect(vietnameseKey('Mạ'.normalize('NFD'))).toBe(vietnameseKey('Mạ'));
  });
  it('a shorter word first; a space sorts before any letter; digits and signs before letters, in their own order', () => {
    expect(sortBy(['Ba A', 'Ba', 'Bà'], vietnameseKey)).toEqual(['Ba', 'Bà', 'Ba A']); // letters first: "ba" before "ba a"
    expect(sortBy(['Ana', 'An B'], vietnameseKey)).toEqual(['An B', 'Ana']);
    expect(sortBy(['Lớp 2', 'Lớp 1', 'Lớp A', 'Lớp -'], vietnameseKey)).toEqual(['Lớp -', 'Lớp 1', 'Lớp 2', 'Lớp A']);
    expect(sortBy(['A\u4e00', 'A9', 'AZ'], vietnameseKey)).toEqual(['A9', 'A\u4e00', 'AZ']);
  });
  it('names by given name first, then family and middle names, however spaced', () => {
    expect(sortBy(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê An', 'Đỗ Minh Ánh'], nameKey)).toEqual(['Lê An', 'Trần Thị An', 'Đỗ Minh Ánh', 'Nguyễn Văn Bình']);
    expect(nameKey('  Nguyễn   Văn An ')).toBe(nameKey('Nguyễn Văn An'));
    expect(nameKey('An')).toBe(nameKey('An '));
  });
  it.each([
    ['2A', '2B', -1], ['2B', '2A', 1], ['2A', '10A', -1], ['10A', '9A', 1], ['AB10', 'AB9', 1], ['A', 'B', -1], ['B', 'A', 1],
    ['1', '1A', -1], ['1A', '1', 1], ['', '', 0], ['', 'A', -1], ['A', '1', 1], ['1', 'A', -1], ['2A', '2A', 0], ['02', '2', 0],
  ])('compareNatural(%p, %p) has the sign of %i', (a, b, sign) => expect(Math.sign(compareNatural(a, b))).toBe(sign));
  it('naturalKey orders digit runs as numbers; compareKeys is a plain three-way compare', () => {
    expect(sortBy(['10A', '2B', '2A', '1C'], naturalKey)).toEqual(['1C', '2A', '2B', '10A']);
    expect(naturalKey('A7')).toBe('A000000007');
    expect([compareKeys('a', 'b'), compareKeys('b', 'a'), compareKeys('a', 'a')]).toEqual([-1, 1, 0]);
  });
});

describe('flags (PRODUCT 3.3), one student at a time', () => {
  const rated = (need: string[], blank: string[] = []): StudentReview => ({ rated: true, need, blank });
  const student = (reviews: Student['reviews'], supporters: string[] = ['Cô Lan'], excluded = false) =>
    ({ reviews, supporters, excluded } as unknown as Student);
  const flagsOf = (s: Student, past: string[] = []) =>
    studentFlags(s, new Set(past) as Set<'GKI'>).map((f) => `${f.reviewPoint}:${f.kinds.join('+')}:${f.areas.join(',')}:${f.previous ?? '-'}`);

  it.each([
    ['first need: new', { GKI: rated(['Toán']) }, [], ['GKI:new:Toán:-']],
    ['no need, no flag', { GKI: rated([]) }, [], []],
    ['still needs: not improved', { DN: rated(['Toán']), GKI: rated(['Toán']) }, [], ['DN:new:Toán:-', 'GKI:notImproved:Toán:DN']],
    ['a need in another area: new', { DN: rated(['Toán']), GKI: rated(['Toán', 'Tiếng Việt']) }, [], ['DN:new:Toán:-', 'GKI:notImproved+new:Toán,Tiếng Việt:DN']],
    ['no need any more: improved', { DN: rated(['Toán']), GKI: rated([]) }, [], ['DN:new:Toán:-', 'GKI:improved::DN']],
    ['no need before, none now: nothing', { DN: rated([]), GKI: rated([]) }, [], []],
    ['compared with the last RATED point', { DN: rated(['Toán']), GKI: { rated: false, need: [], blank: [] }, CKI: rated([]) }, [], ['DN:new:Toán:-', 'CKI:improved::DN']],
    ['a past point not rated after a need: not rated', { DN: rated(['Toán']) }, ['GKI'], ['DN:new:Toán:-', 'GKI:notRated:Toán:DN']],
    ['a past point not rated without a need before: nothing', { DN: rated([]) }, ['GKI'], []],
    ['a point to come not rated: nothing', { DN: rated(['Toán']) }, [], ['DN:new:Toán:-']],
  ] as Array<[string, Student['reviews'], string[], string[]]>)('%s', (_name, reviews, past, expected) => {
    expect(flagsOf(student(reviews), past)).toEqual(expected);
  });

  it('no supporter: flagged at every point with a need; an excluded row: no flag at all', () => {
    expect(flagsOf(student({ DN: rated(['NL']), GKI: rated([]) }, []))).toEqual(['DN:noSupporter+new:NL:-', 'GKI:improved::DN']);
    expect(flagsOf(student({ DN: rated(['NL']), GKI: rated(['NL']) }, [], true))).toEqual([]);
  });

  it('countKinds counts each kind once per flag', () => {
    const flags = studentFlags(student({ DN: rated(['Toán']), GKI: rated(['Toán', 'TV']), CKI: rated([]) }, []), new Set());
    expect(countKinds(flags)).toEqual({ ...countKinds([]), noSupporter: 2, notImproved: 1, new: 2, improved: 1 });
  });
});

describe('text helpers', () => {
  it.each([
    ['Đầu Năm', 'dau nam'], ['  ĐẦU   NĂM  ', 'dau nam'], ['Đầu năm'.normalize('NFD'), 'dau nam'], ['a\u00a0\tb', 'a b'],
    ['Giữa học kì I (tháng 11/2025)', 'giua hoc ki i (thang 11/2025)'], ['', ''],
  ])('fold(%p) → %p', (text, folded) => expect(fold(text)).toBe(folded));
  it.each([['GKI - Toán', 'gkitoan'], ['LS&ĐL', 'lsdl'], ['Toán (GHKI)', 'toanghki'], ['a_b.c,d:e;f/g\\h|i+j[k]{l}\'m"n*o#p–q—r', 'abcdefghijklmnopqr'], ['#', '']])(
    'foldCompact(%p) → %p', (text, compact) => expect(foldCompact(text)).toBe(compact));
  it.each([['An', 'An'], ['', ''], ['  Nguyễn   Văn\tAn ', 'Nguyễn Văn An'], ['A\u00a0B', 'A B'], ['A\nB', 'A B'], [' A', 'A'], ['A ', 'A'],
    ['Nguyễn'.normalize('NFD'), 'Nguyễn']])('tidy(%p) → %p', (text, tidied) => expect(tidy(text)).toBe(tidied));
  it.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [53, 'BA'], [702, 'ZZ'], [703, 'AAA']])('column %i is %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(a1(7, n)).toBe(`${letters}7`);
  });
  it.each([[0, '00'], [9, '09'], [10, '10'], [31, '31']])('pad2(%i) → %s', (n, text) => expect(pad2(n)).toBe(text));
  it.each([[1, 0, ''], [0, 0, ''], [1, -5, ''], [0, 7, '0,00%'], [7, 7, '100,00%'], [1, 3, '33,33%'], [1, 200000, '0,00%'], [1, 20000, '0,01%']])(
    'formatPercent(%i, %i) → %p', (part, whole, text) => expect(formatPercent(part, whole)).toBe(text));
  it('a long text folds like a short one (the cache is only for short texts)', () => {
    const long = 'Giữa Học Kì I của năm học 2025 - 2026';
    expect(fold(long)).toBe('giua hoc ki i cua nam hoc 2025 - 2026');
    expect(fold(long.normalize('NFD'))).toBe(fold(long));
    expect(fold('ĐẦU NĂM HỌC 2025')).toBe('dau nam hoc 2025'); // exactly 16 characters
  });
});

describe('vocabulary helpers', () => {
  it.each([
    ['x', true], ['có', true], ['1', true], ['Khiếm thính', true], ['KT', true], ['ok', true],
    ['', false], ['không', false], ['K', false], ['-', false], ['0', false], ['false', false], ['no', false], ['  ', false],
  ])('isTicked(%p) → %p', (text, ticked) => expect(isTicked(text)).toBe(ticked));
  it.each([['Tổng', true], ['TỔNG CỘNG', true], ['TC', true], ['Cộng', true], ['Tổng số', true], [' tổng  số: ', true], ['', false], ['Tổng kết', false], ['Nguyễn Văn Công', false]])(
    'isTotalLabel(%p) → %p', (text, total) => expect(isTotalLabel(text)).toBe(total));
  it.each([
    ['#N/A', true], [' #REF! ', true], ['\t#VALUE!', true], ['\u00a0#DIV/0!', true], ['#name?', true], ['#N/A ghi chú', false], ['N/A', false],
    ['#', false], ['', false], ['C', false], [' C', false],
  ])('isFormulaError(%p) → %p', (text, error) => expect(isFormulaError(text)).toBe(error));
  it('areaOrder: the report order, unknown areas last', () => {
    expect(AREAS.map((a) => areaOrder(a.name))).toEqual(AREAS.map((_, i) => i));
    expect(areaOrder('Thiên văn')).toBe(AREAS.length);
  });
  it.each([
    ['GKI - Toán', { reviewPoint: 'GKI', area: 'Toán' }], ['Toán (GHKI)', { reviewPoint: 'GKI', area: 'Toán' }], ['Toán GKI', { reviewPoint: 'GKI', area: 'Toán' }],
    ['Đầu năm TV', { reviewPoint: 'DN', area: 'Tiếng Việt' }], ['CN-PC', { reviewPoint: 'CN', area: 'Phẩm chất' }], ['GKI', undefined], ['Toán', undefined],
    ['GKIToánX', undefined], ['', undefined], ['T', undefined],
  ])('matchCombinedLabel(%p)', (text, match) => expect(matchCombinedLabel(text)).toEqual(match));
  it.each([
    ['Ngày sinh (dd/mm/yyyy)', 'birthDate'], ['Ngày sinh (ngày/tháng/năm)  ', 'birthDate'], ['Họ và tên (ghi đủ)', 'name'], ['(ghi chú)', 'note'], ['(dd/mm/yyyy)', undefined],
    ['Ngày sinh (dd/mm/yyyy) x', undefined], ['Toán (GKI)', undefined], ['#', 'stt'], ['', undefined], ['  ', undefined], ['-', undefined],
  ])('matchField(%p) → %p', (text, field) => expect(matchField(text)).toBe(field));
});

describe('a past review point left unrated after a need', () => {
  it('is warned at a column of a needed area at that point, else at the point\'s first column', () => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - TV', 'CKI - Khoa học', 'CKI - TV'],
      ['An', '4A', 'Cô Lan', 'C', 'C', '', ''], ['Bình', '4A', 'Cô Lan', 'C', 'H', '', '']] }], '2026-01-20');
    expect(a.problems.map((p) => [p.cell, p.severity, p.code, p.message])).toEqual([
      ['G2', 'warning', 'NOT_RATED', 'An (4A) cần hỗ trợ Toán, Tiếng Việt ở mốc Giữa học kì I nhưng chưa được đánh giá Cuối học kì I. Nhập kết quả Cuối học kì I cho em.'],
      ['F3', 'warning', 'NOT_RATED', 'Bình (4A) cần hỗ trợ Toán ở mốc Giữa học kì I nhưng chưa được đánh giá Cuối học kì I. Nhập kết quả Cuối học kì I cho em.'],
    ]);
  });
});

describe('a student with an error is left out of every count, and says so', () => {
  it('the same child twice, namesakes, a class over its Sĩ số and one missing from Lớp: each at its cell, word for word', () => {
    const a = run([{ name: 'Danh sách', values: [['Mã HS', 'Họ và tên', 'Lớp', 'Ngày sinh', 'GV hỗ trợ', 'GKI - Toán'],
      ['HS1', 'Trần An', '1A', '05/01/2018', 'Cô Lan', 'C'], ['HS1', 'Trần An', '1A', '05/01/2018', 'Cô Lan', 'C'],
      ['', 'Lê Bình', '1A', '02/03/2018', 'Cô Lan', 'C'], ['', 'Lê Bình', '1A', '02/03/2018', 'Cô Lan', 'C'],
      ['', 'Mai Chi', '1A', '02/03/2018', 'Cô Lan', 'C'], ['', 'Mai Chi', '1A', '09/09/2018', 'Cô Lan', 'C'],
      ['', 'Đỗ Dũng', '1A', '', 'Cô Lan', 'C'], ['', 'Đỗ Dũng', '1A', '', 'Cô Lan', 'C'],
      ['', 'Vũ Em', '2B', '', 'Cô Lan', 'C'],
    ] }, { name: 'Lớp', values: [['Lớp', 'Sĩ số'], ['1A', 5]] }]);
    // The second Trần An is one error only: a repeated Mã HS is not also a repeated name.
    expect(a.problems.map((p) => [p.sheet, p.cell, p.severity, p.code, p.message])).toEqual([
      ['Danh sách', 'A3', 'error', 'STUDENT_ID_DUPLICATE', 'Mã HS HS1 trùng với dòng 2 (Trần An). Kiểm tra lại mã; nếu là cùng một em thì xóa dòng thừa.'],
      ['Danh sách', 'B5', 'error', 'STUDENT_DUPLICATE', 'Học sinh Lê Bình (1A, sinh 02/03/2018) đã có ở dòng 4. Xóa dòng thừa hoặc gộp thông tin vào một dòng.'],
      ['Lớp', 'B2', 'error', 'CLASS_OVER_SIZE', 'Lớp 1A có 8 dòng trong danh sách nhưng sĩ số chỉ 5. Kiểm tra sĩ số hoặc các dòng thừa của lớp này.'],
      ['Danh sách', 'D7', 'warning', 'SAME_NAME_OTHER_BIRTH', 'Lớp 1A có hai học sinh tên Mai Chi (dòng 6 sinh 02/03/2018, dòng này sinh 09/09/2018). Nếu là một em, sửa ngày sinh và xóa dòng thừa.'],
      ['Danh sách', 'D9', 'warning', 'SAME_NAME_NO_BIRTH', 'Lớp 1A có hai dòng tên Đỗ Dũng (dòng 8 và dòng này) mà thiếu ngày sinh để phân biệt, nên được tính là hai em. Ghi ngày sinh nếu là hai em; nếu là một em, gộp kết quả của hai dòng vào một dòng rồi xóa dòng kia.'],
      ['Danh sách', 'C10', 'warning', 'CLASS_NOT_LISTED', 'Lớp 2B chưa có trong trang "Lớp" (1 học sinh). Thêm lớp này vào trang "Lớp" với khối, GVCN và sĩ số.'],
    ]);
  });
  it('rows without a name, or without a class, are each their own error, never also duplicates of each other', () => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
      ['', '1A', 'Cô Lan', 'C'], ['', '1A', 'Cô Lan', 'C'], ['An', '', 'Cô Lan', 'C'], ['An', '', 'Cô Lan', 'C'], ['Bình', '1A', 'Cô Lan', 'C']] }]);
    expect(codes(a)).toEqual(['NAME_MISSING@A2', 'NAME_MISSING@A3', 'CLASS_MISSING@B4', 'CLASS_MISSING@B5']);
  });
  it('two errors on one row: both reported, the row counted once as excluded', () => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán', 'GKI - TV'], ['An', '1A', 'Cô Lan', 'Z', '#N/A'], ['Bình', '1A', 'Cô Lan', 'C', 'H']] }]);
    expect(codes(a)).toEqual(['RATING_INVALID@D2', 'FORMULA_ERROR@E2']);
    expect(a.roster.students.map((s) => s.excluded)).toEqual([true, false]);
    expect(a.totals.GKI?.total).toMatchObject({ students: 1, needSupport: 1, byArea: { Toán: 1, 'Tiếng Việt': 0 } });
    expect(a.flags.map((f) => f.student.name)).toEqual(['Bình']);
  });
});
