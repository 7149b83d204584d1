import { compareNatural, nameKey, vietnameseKey } from '../../src/core/collate';

const sortBy = (key: (s: string) => string, list: string[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

describe('Vietnamese order', () => {
  it('orders letters as the Vietnamese alphabet does: a ă â b c d đ e ê …', () => {
    expect(sortBy(vietnameseKey, ['Đức', 'Dũng', 'Ân', 'Ăn', 'An', 'Ê', 'E', 'Ơn', 'Ôn', 'On', 'Ưng', 'Ung'])).toEqual(
      ['An', 'Ăn', 'Ân', 'Dũng', 'Đức', 'E', 'Ê', 'On', 'Ôn', 'Ơn', 'Ung', 'Ưng']);
  });
  it('compares tones only between equal letters: ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sortBy(vietnameseKey, ['Bạ', 'Bá', 'Bã', 'Bả', 'Bà', 'Ba', 'Bac'])).toEqual(['Ba', 'Bà', 'Bả', 'Bã', 'Bá', 'Bạ', 'Bac']);
  });
  it('reads NFD like NFC', () => {
    expect(vietnameseKey('Nguyễn Thị Ánh'.normalize('NFD'))).toBe(vietnameseKey('Nguyễn Thị Ánh'));
  });
  it('sorts names by given name, then family and middle names', () => {
    expect(sortBy(nameKey, ['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn An', 'Đỗ Minh Ánh'])).toEqual(
      ['Lê Văn An', 'Trần Thị An', 'Đỗ Minh Ánh', 'Nguyễn Văn Bình']);
  });
  it('with the same given name, by family and middle names word by word: a shorter one first', () => {
    expect(sortBy(nameKey, ['Lê Anh Bình', 'Lê Văn An', 'Lê An Bình', 'Lê Bình', 'Lê Thị An', 'Lê An Hải Bình'])).toEqual(
      ['Lê Thị An', 'Lê Văn An', 'Lê Bình', 'Lê An Bình', 'Lê An Hải Bình', 'Lê Anh Bình']);
  });
  it('orders classes naturally', () => {
    expect(['10A', '2B', '2A', '1C'].sort(compareNatural)).toEqual(['1C', '2A', '2B', '10A']);
    expect(['2A', '', '1C', '2A1', '2'].sort(compareNatural)).toEqual(['', '1C', '2', '2A', '2A1']);
    expect(['2AC', '2AB', '2A'].sort(compareNatural)).toEqual(['2A', '2AB', '2AC']);
  });
});

describe('a given name before a longer one', () => {
  it('"An" sorts before "Anh" whatever the family names (the key keeps a separator after the given name)', () => {
    const names = ['Lê Anh', 'Nguyễn Văn An'];
    expect([...names].sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : 1))).toEqual(['Nguyễn Văn An', 'Lê Anh']);
  });
});
