// The parts of an area (parts.ts), asked directly: the roster reader reaches them only through
// labels it places first another way, so a wrong list or a wrong word split went unnoticed (issue 17).
import { hasParts, matchPart, partInside, partNames, partOfOneArea } from '../../src/core/parts';

describe('the parts of an area', () => {
  it('names exactly its own parts, in order, for the messages', () => {
    expect(partNames('Tiếng Việt')).toEqual(['Đọc', 'Viết', 'Nói và nghe']);
    expect(partNames('Phẩm chất')).toEqual(['Yêu nước', 'Nhân ái', 'Chăm chỉ', 'Trung thực', 'Trách nhiệm']);
    expect(partNames('Toán')).toEqual([]);
  });

  it('knows which areas are rated in parts', () => {
    expect(['Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Toán', 'Ngữ văn'].map(hasParts)).toEqual([true, true, true, false, false]);
  });

  it('finds the one part inside a longer label, as whole words, and none when the label names two', () => {
    expect(partInside('GKI - TV (Đọc)', 'Tiếng Việt')).toBe('Đọc');
    expect(partInside('Cuối năm: Nói - nghe', 'Tiếng Việt')).toBe('Nói và nghe');
    expect(partInside('Tiếng Việt (Đọc - Viết)', 'Tiếng Việt')).toBeUndefined();
    expect(partInside('Tiếng Việt', 'Tiếng Việt')).toBeUndefined(); // "Việt" is not Viết
    expect(partInside('Đọc', 'Toán')).toBeUndefined();
    expect(partInside('Cuối năm: Đọc và hiểu', 'Tiếng Việt')).toBe('Đọc'); // "và" alone is no Nói và nghe
  });

  it('matches a part written whole, and a label that is a part of only one area', () => {
    expect(matchPart('tự chủ, TỰ HỌC', 'Năng lực')).toBe('Tự chủ và tự học');
    expect(matchPart('Đọc', 'Năng lực')).toBeUndefined();
    expect(partOfOneArea('Giao tiếp và hợp tác')).toEqual({ area: 'Năng lực', part: 'Giao tiếp và hợp tác' });
    expect(partOfOneArea('Toán')).toBeUndefined();
  });
});
