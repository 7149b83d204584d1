// SHEETS-FIDELITY 13 "Unicode in the runtime": the project's own composition table agrees with the
// real normalize() (node has full ICU), so folding and NFC never depend on the runtime having it.
import fc from 'fast-check';
import { compose, decompose, stripMarks } from '../../src/core/unicode';
import { fold, tidy } from '../../src/core/text';

const LATIN = Array.from({ length: 0x250 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i))
  .concat(Array.from({ length: 0x100 }, (_, i) => String.fromCharCode(0x1e00 + i)));

describe('the composition table', () => {
  it('decomposes and composes every precomposed Latin letter exactly as NFD and NFC do', () => {
    let known = 0;
    for (const ch of LATIN) {
      const nfd = ch.normalize('NFD');
      if (nfd === ch || !/^[A-Za-z][\u0300-\u036f]+$/.test(nfd)) continue;
      known += 1;
      expect([ch, decompose(ch)]).toEqual([ch, nfd]);
      expect([ch, compose(nfd)]).toEqual([ch, ch]);
      expect([ch, stripMarks(ch)]).toEqual([ch, nfd[0]]);
    }
    expect(known).toBeGreaterThan(400); // every Vietnamese letter among them
  });

  const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
  const word = fc.array(fc.constantFrom(...VIETNAMESE, ...VIETNAMESE.toUpperCase(), ' ', 'x'), { maxLength: 12 }).map((cs) => cs.join(''));

  it('Vietnamese text in NFD or NFC composes to the real NFC, and folds alike', () => {
    fc.assert(fc.property(word, (text) => {
      expect(compose(text.normalize('NFD'))).toBe(text.normalize('NFC'));
      expect(compose(text)).toBe(text.normalize('NFC'));
      expect(compose(text.normalize('NFC').normalize('NFD').replace(/\u0323\u0302/g, '\u0302\u0323'))).toBe(text.normalize('NFC')); // marks out of order
      expect(fold(text.normalize('NFD'))).toBe(fold(text));
      expect(tidy(text.normalize('NFD'))).toBe(tidy(text.normalize('NFC')));
    }));
  });

  it.each([
    ['c\u0301\u0327', 'ḉ'], ['o\u0304\u0328', 'ǭ'], ['o\u0301\u031b', 'ớ'], ['o\u0323\u031b', 'ợ'], ['u\u0309\u031b', 'ử'], ['a\u0323\u0302', 'ậ'],
  ])('marks typed out of canonical order (%j) compose as NFC does: %s', (typed, nfc) => {
    expect(nfc).toBe(typed.normalize('NFC'));
    expect(compose(typed)).toBe(nfc);
  });

  it('fold and tidy never call String.prototype.normalize', () => {
    const real = String.prototype.normalize;
    String.prototype.normalize = () => {
      throw new Error('normalize called');
    };
    try {
      expect(fold('Tie\u0302\u0301ng Vie\u0323\u0302t (Đọc)')).toBe('tieng viet (doc)');
      expect(tidy('Nguye\u0302\u0303n  Thi\u0323 Hoa')).toBe('Nguyễn Thị Hoa');
    } finally {
      String.prototype.normalize = real;
    }
  });
});
