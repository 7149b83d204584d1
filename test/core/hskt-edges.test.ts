// hskt.ts edges: an HSKT cell is a disability only when all its words (beyond those around a kind)
// are kinds of disability, read from the first letter; a kind at the end of other words is not enough.

import { readHskt } from '../../src/core/hskt';

describe('an HSKT cell whose kind of disability comes after words that are no kind', () => {
  it.each(['Bố mẹ khuyết tật', 'Mẹ khiếm thị', 'Anh trai tự kỷ', 'Gia đình có người khuyết tật'])(
    '"%s" (someone else\'s disability) is not the student\'s: unclear, said at the cell', (text) => {
      expect(readHskt(text)).toBe('unclear');
    });

  it.each(['Khuyết tật trí tuệ', 'KT vận động, ngôn ngữ', 'Học sinh khuyết tật nhẹ', 'Tự kỷ - tăng động'])(
    '"%s" is kinds of disability only: yes', (text) => {
      expect(readHskt(text)).toBe('yes');
    });
});
