// A target's level, judged per area and the school's threshold (PRODUCT 3.7, issue 18), and a
// target value's share, to the letter: the messages a school reads at its Chỉ tiêu cell, and what
// a value holds (a level only when one was written and the share was read). Mutation survivors of
// read/target-levels.ts and read/targets.ts (issue 17).
import { levelProblem, takeLevel } from '../../src/core/read/target-levels';
import { parseTargetValue } from '../../src/core/read/targets';

const level = (text: string) => takeLevel(text, true).level as NonNullable<ReturnType<typeof takeLevel>['level']>;

describe('a level the school writes that means "not needing support"', () => {
  it.each<[string, string, number]>([
    ['tu dat tro len', 'Toán', 6.5], // Đạt is no score: the threshold does not touch it
    ['tu hoan thanh tro len', 'Toán', 5], // a primary subject's Hoàn thành
    ['tu dat tro len', 'Năng lực', 5],
    ['tu dat tro len', 'Phẩm chất', 6.5],
    ['tu 6,5 diem tro len', 'Toán', 6.5],
  ])('%s for %s (threshold %d) is judged', (text, area, threshold) => {
    expect(levelProblem(level(text), area, threshold)).toBeUndefined();
  });
});

describe('a level that cannot be judged says why and how to write it', () => {
  it('a score below the school\'s threshold: both numbers with a comma, and the level to write instead', () => {
    expect(levelProblem(level('tu 5,5 diem tro len'), 'Toán', 6.5)).toBe(
      'Chỉ tiêu Toán từ 5,5 điểm không khớp ngưỡng cần hỗ trợ của trường (dưới 6,5, Cấu hình "Điểm cần hỗ trợ dưới"). '
      + 'Ghi "Toán từ 6,5 điểm trở lên", hoặc sửa ngưỡng trong Cấu hình.');
  });

  it('a higher level, where the threshold is not 5: the level to write is the threshold as a score', () => {
    expect(levelProblem(level('tu kha tro len'), 'Ngữ văn', 6.5)).toBe('Chỉ tiêu Ngữ văn mức Khá trở lên chưa tính được: Danh sách chỉ ghi học sinh '
      + 'cần hỗ trợ, không ghi mức của mọi học sinh. Bảng tính chỉ đối sánh tỉ lệ học sinh không cần hỗ trợ (từ 6,5 điểm trở lên); '
      + 'ghi ví dụ "Ngữ văn từ 6,5 điểm trở lên 98%", hoặc xóa chỉ tiêu này.');
  });

  it('Trung bình for a quality (Năng lực, Phẩm chất) belongs to no scale of it: the quality\'s own "Đạt" is shown', () => {
    expect(levelProblem(level('tren trung binh'), 'Phẩm chất', 5)).toBe('Chỉ tiêu Phẩm chất "từ Trung bình trở lên" không thuộc thang đánh giá của '
      + 'Phẩm chất. Bảng tính chỉ đối sánh tỉ lệ học sinh không cần hỗ trợ: ghi ví dụ "Phẩm chất Đạt 98%".');
    expect(levelProblem(level('tu 5 diem tro len'), 'Năng lực', 5)).toBe('Chỉ tiêu Năng lực "từ 5,0 điểm trở lên" không thuộc thang đánh giá của '
      + 'Năng lực. Bảng tính chỉ đối sánh tỉ lệ học sinh không cần hỗ trợ: ghi ví dụ "Năng lực Đạt 98%".');
  });
});

describe('a score level in a value cell', () => {
  it('"từ 6 điểm" is a level even where a bare number is the share', () => {
    expect(takeLevel('toan tu 6 diem 95%', false)).toEqual({ rest: 'toan 95%', level: { kind: 'score', score: 6, label: 'từ 6,0 điểm trở lên', word: '6' } });
  });
});

describe('a target value holds a level only when one was written and the share was read', () => {
  it('a share alone has no level at all', () => {
    expect(parseTargetValue('95%')).toStrictEqual({ basisPoints: 9500, above: false });
    expect(parseTargetValue(0.95)).toStrictEqual({ basisPoints: 9500, above: false });
  });

  it('a level with a share out of range is only the error', () => {
    expect(parseTargetValue('từ Đạt trở lên 150%')).toStrictEqual({ error: 'Chỉ tiêu "từ Đạt trở lên 150%" phải là tỉ lệ lớn hơn 0% và không quá 100%. '
      + 'Ghi tỉ lệ học sinh không cần hỗ trợ, ví dụ 99,7% (ít nhất 99,7%), trên 99,7% (cao hơn 99,7%) hoặc 100%.' });
  });

  it('a word before the share is taken off even when words follow the share: "đạt 95% trở lên", "trên 90% trở lên"', () => {
    expect(parseTargetValue('đạt 95% trở lên')).toStrictEqual({ basisPoints: 9500, above: false });
    expect(parseTargetValue('trên 90% trở lên')).toStrictEqual({ basisPoints: 9000, above: true });
  });
});

describe('which levels belong to which scale (fits)', () => {
  it.each<[string, string]>([
    ['tu dat tro len', 'Học tập'], ['tren trung binh', 'Rèn luyện'], // a year's result: Đạt or Trung bình
    ['tu hoan thanh tro len', 'Ngữ văn'], ['tu dat tro len', 'Ngữ văn'], // a subject: any level that means "not needing support"
  ])('%s for %s is judged', (text, area) => {
    expect(levelProblem(level(text), area, 5)).toBeUndefined();
  });

  it('Hoàn thành belongs to no quality and to no year\'s result: each says what to write', () => {
    expect(levelProblem(level('tu hoan thanh tro len'), 'Năng lực', 5)).toBe('Chỉ tiêu Năng lực "từ Hoàn thành trở lên" không thuộc thang đánh giá của '
      + 'Năng lực. Bảng tính chỉ đối sánh tỉ lệ học sinh không cần hỗ trợ: ghi ví dụ "Năng lực Đạt 98%".');
    expect(levelProblem(level('tu hoan thanh tro len'), 'Học tập', 5)).toBe('Chỉ tiêu Học tập "từ Hoàn thành trở lên" không thuộc thang đánh giá của '
      + 'Học tập. Bảng tính chỉ đối sánh tỉ lệ học sinh không cần hỗ trợ: ghi ví dụ "Học tập từ Đạt trở lên 98%".');
  });
});
