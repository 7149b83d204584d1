// The values of Cấu hình rows (read/config/values), pinned where the mutation run found decisions no test noticed.
import { parseDocumentNumber, parseLevels, parseMonth } from '../../src/core/read/config/values';

describe('parseMonth', () => {
  it('reads 1 to 12 and refuses month 0', () => {
    expect(parseMonth('1')).toBe(1);
    expect(parseMonth('Tháng 12')).toBe(12);
    expect(parseMonth(0)).toBeUndefined();
    expect(parseMonth('Tháng 0')).toBeUndefined();
  });
});

describe('parseDocumentNumber', () => {
  it('reads "Số" glued to the number, or to its colon, as the number', () => {
    expect(parseDocumentNumber('Số15/BC-THHB')).toBe('15/BC-THHB');
    expect(parseDocumentNumber('Số:15/BC-THHB')).toBe('15/BC-THHB');
  });

  it('reads a blank number written as dots, with a space before the slash', () => {
    expect(parseDocumentNumber('Số: ..... /BC-THHB')).toBe('/BC-THHB');
  });

  it('reads a ký hiệu of one word, or of three joined by hyphens', () => {
    expect(parseDocumentNumber('15/TB')).toBe('15/TB');
    expect(parseDocumentNumber('15/BC-PGD-THHB')).toBe('15/BC-PGD-THHB');
  });

  it('never shortens what it cannot read: a number with a letter, a year before the ký hiệu, words after it', () => {
    // Read as "15/BC-THHB", "2025/BC-THHB" or "15/BC-THHB", the report would carry another document's number.
    expect(parseDocumentNumber('15a/BC-THHB')).toBeUndefined();
    expect(parseDocumentNumber('15/2025/BC-THHB')).toBeUndefined();
    expect(parseDocumentNumber('15/BC-THHB ngày 20/10/2025')).toBeUndefined();
  });
});

describe('parseLevels', () => {
  it('reads the levels written in full, or after "Cấp"', () => {
    expect(parseLevels('Trung học cơ sở')).toEqual(['THCS']);
    expect(parseLevels('Cấp THCS')).toEqual(['THCS']);
  });

  it('is not put off by punctuation around the levels', () => {
    expect(parseLevels('THCS.')).toEqual(['THCS']);
    expect(parseLevels('(TH, THCS)')).toEqual(['TH', 'THCS']);
  });

  it('reads nothing when a word is not a level, so that a misspelt level is not dropped silently', () => {
    expect(parseLevels('THCS, TPHT')).toEqual([]);
  });
});
