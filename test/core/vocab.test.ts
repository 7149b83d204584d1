import { fold, foldCompact, columnLetters, a1 } from '../../src/core/text';
import { isDecoration, matchArea, matchCombinedLabel, matchField, matchRating, matchReviewPoint, readDisability, readHeaderLabel, REVIEW_POINTS, AREAS } from '../../src/core/vocab';
import { classKey, gradeFromClassName } from '../../src/core/read/classes';
import { foldCompact as fc } from '../../src/core/text';

describe('folding', () => {
  it('folds NFC and NFD alike and maps đ to d', () => {
    const nfc = 'Đầu năm Tiếng Việt'.normalize('NFC');
    const nfd = 'Đầu năm Tiếng Việt'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(fold(nfc)).toBe('dau nam tieng viet');
    expect(fold(nfd)).toBe('dau nam tieng viet');
    expect(foldCompact('  LS & ĐL ')).toBe('lsdl');
  });
  it('writes A1 references', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
    expect(a1(7, 4)).toBe('D7');
  });
});

describe('review point aliases (PRODUCT 2.1)', () => {
  const table: Array<[string, string]> = [
    ['Đầu năm', 'DN'], ['ĐN', 'DN'], ['đầu năm học', 'DN'],
    ['GKI', 'GKI'], ['GHKI', 'GKI'], ['Giữa HKI', 'GKI'], ['Giữa kì I', 'GKI'], ['Giữa học kỳ I', 'GKI'], ['GK1', 'GKI'],
    ['CKI', 'CKI'], ['CHKI', 'CKI'], ['Cuối HKI', 'CKI'], ['Cuối kì I', 'CKI'], ['Cuối học kỳ I', 'CKI'], ['CK1', 'CKI'], ['HKI', 'CKI'],
    ['GKII', 'GKII'], ['GHKII', 'GKII'], ['Giữa HKII', 'GKII'], ['Giữa kì II', 'GKII'], ['Giữa học kỳ II', 'GKII'], ['GK2', 'GKII'],
    ['CN', 'CN'], ['Cuối năm', 'CN'], ['Cuối năm học', 'CN'], ['Cả năm', 'CN'],
    // Cuối kì II is its own point at secondary; the readers make it Cuối năm at primary (levels.ts).
    ['CKII', 'CKII'], ['Cuối HKII', 'CKII'], ['Học kỳ 2', 'CKII'], ['HK2', 'CKII'], ['HKII', 'CKII'], ['Học kỳ II', 'CKII'],
  ];
  it.each(table)('%s → %s', (text, code) => {
    expect(matchReviewPoint(text)).toBe(code);
    expect(matchReviewPoint(text.toUpperCase().normalize('NFD'))).toBe(code);
  });
  it('no alias names two review points', () => {
    const seen = new Map<string, string>();
    for (const p of REVIEW_POINTS) {
      for (const alias of p.aliases) {
        const key = fc(alias);
        expect([undefined, p.code]).toContain(seen.get(key));
        seen.set(key, p.code);
      }
    }
  });
  it('no area alias is also a review point alias', () => {
    for (const area of AREAS) for (const alias of area.aliases) expect(matchReviewPoint(alias)).toBeUndefined();
  });
});

describe('areas and combined labels', () => {
  it.each([['TV', 'Tiếng Việt'], ['NL', 'Năng lực'], ['pc', 'Phẩm chất'], ['Môn Toán', 'Toán'], ['LS&ĐL', 'Lịch sử và Địa lí'],
    ['Tin học và Công nghệ', 'Tin học và Công nghệ'], ['TNXH', 'Tự nhiên và Xã hội'], ['Khoa học', 'Khoa học']])('%s → %s', (text, area) => {
    expect(matchArea(text)).toBe(area);
  });
  it.each([
    ['GKI - Toán', 'GKI', 'Toán'], ['Toán (GHKI)', 'GKI', 'Toán'], ['Toán GKI', 'GKI', 'Toán'], ['CHKI-TV', 'CKI', 'Tiếng Việt'],
    ['Đầu năm NL', 'DN', 'Năng lực'], ['Phẩm chất (Cuối năm)', 'CN', 'Phẩm chất'], ['GHKII: Khoa học', 'GKII', 'Khoa học'],
  ])('%s', (text, point, area) => {
    expect(matchCombinedLabel(text)).toEqual({ reviewPoint: point, area });
  });
  it('a plain field is not a combined label', () => {
    expect(matchCombinedLabel('Họ và tên')).toBeUndefined();
    expect(matchCombinedLabel('Toán')).toBeUndefined();
  });
});

describe('roster fields', () => {
  it.each([['TT', 'stt'], ['#', 'stt'], ['Mã định danh', 'studentId'], ['Họ tên', 'name'], ['Tên học sinh', 'name'], ['Họ đệm', 'familyName'],
    ['Tên', 'givenName'], ['NS', 'birthDate'], ['Ngày sinh (dd/mm/yyyy)', 'birthDate'], ['Nữ', 'female'], ['HSKT học hòa nhập', 'disability'],
    ['Hoàn cảnh gia đình', 'hardship'], ['GV nhận đỡ đầu', 'supporter'], ['Ghi chú', 'note'], ['LỚP', 'className']])('%s → %s', (text, field) => {
    expect(matchField(text)).toBe(field);
  });
  it.each(['(Ký, ghi rõ họ tên)', '-', '()', ''])('%s is no field (only "#" itself is STT)', (text) => {
    expect(matchField(text)).toBeUndefined();
  });
});

describe('rating values', () => {
  it('reads the subject scale', () => {
    for (const v of ['C', 'cht', 'Chưa hoàn thành', ' chưa  hoàn thành ']) expect(matchRating(v, 'subject')).toBe('need');
    for (const v of ['T', 'HTT', 'Hoàn thành tốt', 'H', 'ht', 'Hoàn thành']) expect(matchRating(v, 'subject')).toBe('ok');
    expect(matchRating('Đ', 'subject')).toBeUndefined();
    expect(matchRating('CCG', 'subject')).toBeUndefined();
  });
  it('reads the quality scale, where H is not a value', () => {
    for (const v of ['C', 'CCG', 'cần cố gắng']) expect(matchRating(v, 'quality')).toBe('need');
    for (const v of ['T', 'Tốt', 'Đ', 'd', 'Đạt']) expect(matchRating(v, 'quality')).toBe('ok');
    expect(matchRating('H', 'quality')).toBeUndefined();
    expect(matchRating('HT', 'quality')).toBeUndefined();
  });
  it('reads marks on any scale', () => {
    for (const v of ['x', 'X', '✓', '✔', 'v', '\uF0FC']) {
      expect(matchRating(v, 'subject')).toBe('need');
      expect(matchRating(v, 'quality')).toBe('need');
    }
    expect(matchRating('7', 'subject')).toBeUndefined();
  });
  it('reads a phone keyboard\'s ticks as marks, with or without the emoji variation selector', () => {
    for (const v of ['✔️', '✅', '☑️', '☑', '✓\uFE0F']) {
      expect(matchRating(v, 'subject')).toBe('need');
      expect(matchRating(v, 'quality')).toBe('need');
    }
    expect(matchRating('C\uFE0F', 'subject')).toBe('need');
  });
});

describe('classes', () => {
  it('one key however a class is written', () => {
    expect(new Set(['1a', 'Lớp 1A', ' 1A ', '1 A', 'lop 1a'.normalize('NFD')].map(classKey))).toEqual(new Set(['1A']));
  });
  it.each([['1A', 1], ['1/2', 1], ['Lớp 3B', 3], ['12 A1', 12], ['10A4', 10], ['A1', undefined], ['13A', undefined], ['0A', undefined]])(
    'khối of %s is %s', (name, grade) => {
      expect(gradeFromClassName(name as string)).toBe(grade);
    });
});

describe('header labels: the known words inside the label, never inside a word', () => {
  // [label, review point, area, read as a clear label]
  const table: Array<[string, string | undefined, string | undefined, boolean]> = [
    ['Giữa học kì I (tháng 11/2025)', 'GKI', undefined, true],
    ['KẾT QUẢ CUỐI HKI', 'CKI', undefined, true],
    ['Kết quả HKII', 'CKII', undefined, true],
    ['Đánh giá Cuối năm học 2025-2026', 'CN', undefined, true],
    ['Cuối năm', 'CN', undefined, true],
    ['Giữa HK II', 'GKII', undefined, true],
    ['Học kì I', 'CKI', undefined, true],
    ['Toán học', undefined, 'Toán', true],
    ['Tiếng Việt (Đọc - Viết)', undefined, 'Tiếng Việt', true],
    ['Môn Toán', undefined, 'Toán', true],
    ['Năng lực chung', undefined, 'Năng lực', true],
    ['Năng lực đặc thù', undefined, 'Năng lực', true],
    ['Khoa học tự nhiên', undefined, 'Khoa học tự nhiên', true],
    ['Giữa học kì I - Toán học', 'GKI', 'Toán', true],
    ['Toán (Cuối HKI)', 'CKI', 'Toán', true],
    // the longer name wins wherever the shorter one inside it starts
    ['Kết quả Khoa học tự nhiên giữa kì I', 'GKI', 'Khoa học tự nhiên', true], ['Kết quả học kì I môn Khoa học', 'CKI', 'Khoa học', true],
    // false matches that must not happen
    ['Tên công nhân', undefined, undefined, false],
    ['CNTT', undefined, undefined, false],
    ['Toán - Tiếng Việt', undefined, undefined, false],
    ['Giữa HKI / Cuối HKI', undefined, undefined, false],
    ['Biện pháp hỗ trợ môn Toán', undefined, 'Toán', false],
    ['Đợt 1', undefined, undefined, false],
  ];
  it.each(table)('%s', (text, point, area, clear) => {
    const label = readHeaderLabel(text);
    expect(label.reviewPoint).toBe(point);
    expect(label.area).toBe(area);
    expect(label.clear).toBe(clear);
    expect(readHeaderLabel(text.toUpperCase().normalize('NFD'))).toEqual(label);
  });
  it('every alias of PRODUCT 2.1 still reads on its own', () => {
    for (const p of REVIEW_POINTS) for (const alias of p.aliases) expect(readHeaderLabel(alias)).toEqual({ reviewPoint: p.code, area: undefined, clear: true });
    for (const a of AREAS) for (const alias of a.aliases) expect(readHeaderLabel(alias)).toEqual({ reviewPoint: undefined, area: a.name, clear: true });
  });
});

describe('HSKT cells', () => {
  it.each([
    ...['x', 'X', '✓', 'có', 'Có', 1, true, 'HSKT', 'khuyết tật trí tuệ', 'Khiếm thính', 'tự kỷ', 'Khuyết tật vận động'].map((v) => [v, true] as const),
    ...['', 'không', 'Không có', 'không khuyết tật', 'Không phải HSKT', 'KHÔNG', 0, false, '-', null, undefined].map((v) => [v, false] as const),
    ...['đang theo dõi', '?', 'chưa rõ'].map((v) => [v, undefined] as const),
  ])('%s → %s', (value, expected) => {
    expect(readDisability(value)).toBe(expected);
  });
});

describe('a header label is split between its words only, and a word of two never names an area (review-7 F22-F24)', () => {
  it.each([
    ['Vắng HK1'], ['Văng HK2'], ['Vàng HKI'], // "vang" + "hk1" is not "van" + "ghk1"
    ['Năm sinh'], ['Sinh năm'], ['Ngày sinh'], ['Nơi sinh'], ['Học sinh'], ['Số học sinh'], ['Năm sinh HK1'],
    ['Thông tin'], ['Lý do'], ['Lí do HK1'], ['Lý do nghỉ học'],
  ])('"%s" names no area, and is not clear', (label) => {
    const read = readHeaderLabel(label);
    expect([read.area, read.clear]).toEqual([undefined, false]);
  });

  it.each([
    ['Văn HK1', 'CKI', 'Ngữ văn'], ['Sinh HK2', 'CKII', 'Sinh học'], ['Sinh học HK1', 'CKI', 'Sinh học'], ['Lý HK1', 'CKI', 'Vật lí'],
    ['Tin GK1', 'GKI', 'Tin học'], ['Toán (GHKI)', 'GKI', 'Toán'], ['Đầu năm TV', 'DN', 'Tiếng Việt'], ['GKI - Văn', 'GKI', 'Ngữ văn'],
  ])('"%s" is still %s %s', (label, point, area) => {
    expect(readHeaderLabel(label)).toEqual({ reviewPoint: point, area, clear: true });
  });

  it('a combined label is cut between words: "GKI-Toán" and "Toán GKI" read, "ToánGKI" written as one word does not', () => {
    expect([matchCombinedLabel('GKI-Toán'), matchCombinedLabel('Toán GKI'), matchCombinedLabel('ToánGKI'), matchCombinedLabel('Vắng HK1')])
      .toEqual([{ reviewPoint: 'GKI', area: 'Toán' }, { reviewPoint: 'GKI', area: 'Toán' }, undefined, undefined]);
  });
});

describe('a label that only decorates (isDecoration)', () => {
  it.each([
    ['Kết quả đánh giá', true], ['Mức đạt được', true], ['KẾT QUẢ - ĐÁNH GIÁ (2025)', true], ['', true], ['12', true],
    ['Toán', false], ['Kết quả Toán', false], ['Ghi chú', false], ['Lần 1', true], ['2025a', false], ['k12', false],
  ] as const)('"%s" → %s', (label, decoration) => {
    expect(isDecoration(label)).toBe(decoration);
  });
});
