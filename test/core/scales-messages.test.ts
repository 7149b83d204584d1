// What a teacher is told a secondary cell may hold (PRODUCT 2.3, DOMAIN: TT22 and TT58), and why a
// value is refused when the khối's level is not known.
import { ratingReason, scaleDescription } from '../../src/core/scales';

describe('secondary scales in words', () => {
  it('Học tập lists the TT22 words and the TT58 ones; Rèn luyện its own TT58 words', () => {
    expect(scaleDescription('learning')).toBe('Tốt (T), Khá (K), Đạt (Đ), Chưa đạt (CĐ) (hoặc theo Thông tư 58: Giỏi (G), Khá, Trung bình (TB), Yếu (Y), Kém) hoặc dấu x');
    expect(scaleDescription('conduct')).toBe('Tốt (T), Khá (K), Đạt (Đ), Chưa đạt (CĐ) (hoặc theo Thông tư 58: Tốt, Khá, Trung bình (TB), Yếu (Y)) hoặc dấu x');
  });

  it('a primary rating in a secondary column of a khối of unknown level names the level "trung học"', () => {
    expect(ratingReason('H', 'score', undefined)).toBe('"H" là mức đánh giá của tiểu học (Thông tư 27), nhưng khối này thuộc cấp trung học');
    expect(ratingReason('H', 'score', 'THCS', 7)).toBe('"H" là mức đánh giá của tiểu học (Thông tư 27), nhưng khối 7 thuộc cấp Trung học cơ sở');
  });
});
