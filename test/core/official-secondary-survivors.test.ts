// Secondary official columns (read/official-secondary.ts) by their labels, and the Tổng buổi nghỉ
// message: punctuation inside score words, a "Học kì" with a stray space, subjects named with their point.
import { absenceTotalMessage, classifySecondary } from '../../src/core/read/official-secondary';
import { matchSubject } from '../../src/core/read/official/columns';

describe('classifySecondary: result areas', () => {
  it('"Kết quả rèn luyện" is a rating of Rèn luyện', () => {
    expect(classifySecondary(['Kết quả rèn luyện'], matchSubject)).toEqual({ kind: 'rating', area: 'Rèn luyện' });
  });
});

describe('classifySecondary: score words written with punctuation under a subject', () => {
  it.each(['Điểm TB-môn', 'ĐTB (môn)', 'Điểm (TB)'])('"Toán" over "%s" in a Học kỳ I tab is the Toán score', (label) => {
    expect(classifySecondary(['Toán', label], matchSubject, true, 'CKI')).toEqual({ kind: 'rating', area: 'Toán' });
  });
});

describe('classifySecondary: "Học kì" with no number', () => {
  it('"(Học kì )", a space before the bracket, still names no term: not read as Kỳ I', () => {
    expect(classifySecondary(['Toán', '(Học kì )'], matchSubject, true, 'CKI'))
      .toEqual({ kind: 'unread', area: 'Toán', label: '(Học kì )', unclear: 'term' });
  });
});

describe('classifySecondary: a subject and its point in one label', () => {
  it('"Ngoại ngữ 1 (Cả năm)" in a Cả năm tab is Ngoại ngữ: a number before "Cả năm" is the subject\'s', () => {
    expect(classifySecondary(['Ngoại ngữ 1 (Cả năm)'], matchSubject, true, 'CN')).toEqual({ kind: 'rating', area: 'Ngoại ngữ' });
  });

  it('"Tiếng Anh hệ 10 năm" is the ten-year programme\'s name, not that subject at Cả năm', () => {
    // A school whose subjects include "Tiếng Anh hệ 10": the "năm" after the number is the programme's.
    const subject = (label: string) => (label === 'Tiếng Anh hệ 10' ? 'Ngoại ngữ' : undefined);
    expect(classifySecondary(['Tiếng Anh hệ 10 năm'], subject, true, 'CN')).toBeUndefined();
  });

  it('"Công nghệ (công nghiệp) CN": the column is said as Công nghệ\'s, never dropped', () => {
    // Whether CN there is Cả năm is for the school to say; the column must not vanish.
    expect(classifySecondary(['Công nghệ (công nghiệp) CN'], matchSubject, true, 'CN')?.area).toBe('Công nghệ');
  });

  it.each<[string[], unknown]>([
    [['Toán HK1', 'ĐTB'], { kind: 'rating', area: 'Toán' }],
    [['Toán HK1', 'ĐTB HK1'], { kind: 'rating', area: 'Toán' }],
    [['Toán HK1', 'ĐTB HK2'], { kind: 'unread', area: 'Toán', label: 'ĐTB HK2' }],
    [['Toán HK1', 'Nhận xét'], { kind: 'unread', area: 'Toán', label: 'Nhận xét' }],
  ])('in a Học kỳ I tab, %j → %j (a score under it is read unless it names another point)', (labels, expected) => {
    expect(classifySecondary(labels, matchSubject, true, 'CKI')).toEqual(expected);
  });
});

describe('absenceTotalMessage: only the parts written are named', () => {
  it('only có phép written, no name, no label', () => {
    expect(absenceTotalMessage({ column: 4, written: 2, excused: 5 }, '')).toBe('Ô Tổng buổi nghỉ ghi 2, không khớp với có phép 5. '
      + 'Tổng hợp tính 5 buổi (số lớn hơn, để không bỏ sót em nghỉ nhiều). Sửa ô có phép, không phép hoặc Tổng cho khớp (Tổng = có phép + không phép).');
  });

  it('only không phép written, with a name and a label', () => {
    const message = absenceTotalMessage({ column: 4, written: 1, unexcused: 3 }, 'Lê Văn Bình', 'HK1');
    expect(message.startsWith('Ô Tổng buổi nghỉ của Lê Văn Bình (HK1) ghi 1, không khớp với không phép 3. Tổng hợp tính 3 buổi')).toBe(true);
  });

  it('both written: their sum is shown', () => {
    const message = absenceTotalMessage({ column: 4, written: 9, excused: 2, unexcused: 3 }, 'An');
    expect(message.startsWith('Ô Tổng buổi nghỉ của An ghi 9, không khớp với có phép 2 + không phép 3 = 5. Tổng hợp tính 9 buổi')).toBe(true);
  });
});
