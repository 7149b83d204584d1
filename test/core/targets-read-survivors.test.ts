// What a target is about (read/targets.ts parseTargetSubject), as schools type it: separators glued
// to a khối or "toàn trường", a "%" with no space, a khối at either end of a list of areas.
import { parseTargetSubject } from '../../src/core/read/targets';

describe('target subjects: a khối or "toàn trường" taken out of the text leaves its neighbours apart', () => {
  it('"Chỉ tiêu khối 6-Toán" is Toán of khối 6 (the dash after the khối still separates "Chỉ tiêu")', () => {
    expect(parseTargetSubject('Chỉ tiêu khối 6-Toán')).toEqual({ areas: ['Toán'], grade: 6, general: false });
  });

  it('"Toán -toàn trường- Văn" is Toán and Ngữ văn of the whole school', () => {
    expect(parseTargetSubject('Toán -toàn trường- Văn')).toEqual({ areas: ['Toán', 'Ngữ văn'], grade: null, general: false });
  });
});

describe('target subjects: separators at either end of the areas', () => {
  it('a khối first, then a comma: "Khối 6, Toán và Ngữ văn"', () => {
    expect(parseTargetSubject('Khối 6, Toán và Ngữ văn')).toEqual({ areas: ['Toán', 'Ngữ văn'], grade: 6, general: false });
  });

  it('a khối last, after a comma: "Toán, Văn, khối 6"', () => {
    expect(parseTargetSubject('Toán, Văn, khối 6')).toEqual({ areas: ['Toán', 'Ngữ văn'], grade: 6, general: false });
  });
});

describe('target subjects: filler words', () => {
  it('"Tỉ lệ%HS hoàn thành Toán": a "%" glued to its words still leaves them words, and only Toán is named', () => {
    expect(parseTargetSubject('Tỉ lệ%HS hoàn thành Toán')).toEqual({ areas: ['Toán'], general: false });
  });
});

describe('target subjects: "môn" before an area', () => {
  it('"Môn Khoa học" names Khoa học', () => {
    expect(parseTargetSubject('Môn Khoa học')?.areas).toEqual(['Khoa học']);
  });

  it('"Trừ môn Toán" (all but Toán) is not read as a target of Toán', () => {
    // "môn" counts only as the first word; an unknown word before it leaves the text unread.
    expect(parseTargetSubject('Trừ môn Toán')).toBeUndefined();
  });
});

describe('a khối or "toàn trường" in the middle of a list of areas', () => {
  it('is taken out and the areas on both sides are still read', () => {
    expect(parseTargetSubject('Toán, toàn trường, Văn')).toEqual({ areas: ['Toán', 'Ngữ văn'], grade: null, general: false });
    expect(parseTargetSubject('Toán; khối 6; Văn')).toEqual({ areas: ['Toán', 'Ngữ văn'], grade: 6, general: false });
  });

  it('a list with an item naming nothing known is still not read', () => {
    expect(parseTargetSubject('Toán, toàn trường, Bơi lội')).toBeUndefined();
  });
});
