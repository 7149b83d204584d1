// "Cấu hình" (PRODUCT 2, 3.5): every key a school may write, every value form, every bound, and
// the warning at the value cell when a value cannot be read. One table per rule.

import { configKey, defaultConfig, parseConfig, schoolField, splitLines, type Config } from '../../src/core/read/config';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { wallClock } from '../helpers/grid';

const read = (rows: unknown[][]) => parseConfig({ name: 'Cấu hình', values: rows }, WALL_CLOCK_OFFSET);
const one = (key: unknown, value: unknown) => read([[key, value]]);
/** 05/01/2026 as a date cell, as the shell hands it to the core. */
const jan5 = wallClock(2026, 1, 5);

describe('Cấu hình keys', () => {
  it.each([
    ['Tên trường', 'ten truong'], ['Tên trường:', 'ten truong'], ['TÊN TRƯỜNG.', 'ten truong'], ['  Tên   trường :. ', 'ten truong'],
    ['Tên trường'.normalize('NFD'), 'ten truong'], ['Năm học::', 'nam hoc'], [null, ''], [5, '5'],
  ])('configKey(%p) → %p', (cell, key) => expect(configKey(cell)).toBe(key));

  it.each([
    ['Cơ quan chủ quản', 'agency'], ['Tên trường', 'schoolName'], ['Trường', 'schoolName'], ['Địa danh', 'place'], ['Năm học', 'schoolYear'],
    ['Người ký', 'signerName'], ['Họ tên người ký', 'signerName'], ['Chức danh ký', 'signerTitle'], ['Chức danh', 'signerTitle'],
    ['Chức vụ người ký', 'signerTitle'], ['Nơi nhận', 'recipients'], ['Người ký tên', undefined], ['Trường học', undefined],
    ['Ký chức danh', undefined], ['Ghi chú', undefined],
  ])('"%s" is the school field %p', (key, field) => {
    expect(schoolField(configKey(key))).toBe(field);
  });

  it.each([
    ['Cơ quan chủ quản', 'agency'], ['Tên trường', 'schoolName'], ['Trường', 'schoolName'], ['Địa danh', 'place'],
    ['Người ký', 'signerName'], ['Họ tên người ký', 'signerName'],
  ] as Array<[string, keyof Config]>)('"%s" sets %s, tidied', (key, field) => {
    const { config, problems } = one(key, '  Trường   Tiểu học  Hòa An ');
    expect(config[field]).toBe('Trường Tiểu học Hòa An');
    expect(problems).toEqual([]);
  });

  it('a key without a value, or a value without a key, changes nothing', () => {
    expect(read([['Tên trường', ''], ['Năm học', '   '], ['', '2025-2026'], [null, 'x']])).toEqual({ config: defaultConfig(), problems: [] });
  });

  it('the first row of a key is not special: a later row of the same key wins', () => {
    expect(read([['Tên trường', 'A'], ['Tên trường', 'B']]).config.schoolName).toBe('B');
  });
});

describe('Cấu hình values', () => {
  it.each([
    ['2025-2026', '2025-2026'], ['2025 - 2026', '2025-2026'], ['2025–2026', '2025-2026'], ['2025—2026', '2025-2026'], ['2025/2026', '2025-2026'],
    ['Năm học 2025-2026', '2025-2026'],
  ])('Năm học %p → %s', (value, year) => {
    expect(one('Năm học', value)).toEqual({ config: { ...defaultConfig(), schoolYear: year }, problems: [] });
  });

  it.each([['2025-2027'], ['2025-2025'], ['25-26'], ['năm nay'], [2025]])('Năm học %p is a warning at B1; the year comes from the run date', (value) => {
    const { config, problems } = one('Năm học', value);
    expect(config.schoolYear).toBeUndefined();
    expect(problems).toEqual([{
      sheet: 'Cấu hình', cell: 'B1', row: 1, column: 2, severity: 'warning', code: 'CONFIG_VALUE_INVALID',
      message: `Giá trị "${value}" của mục "Năm học" không đọc được; đang dùng mặc định. Ghi năm học dạng 2025-2026.`,
    }]);
  });

  it.each([
    ['KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG', ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG']],
    ['KT. HIỆU TRƯỞNG\r\nPHÓ HIỆU TRƯỞNG', ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG']],
    ['- Như trên; - Lưu: VT.', ['Như trên;', 'Lưu: VT.']],
    ['Phòng GDĐT (b/c);  Lưu VT', ['Phòng GDĐT (b/c);', 'Lưu VT']],
    ['– Phòng GDĐT;\n• Lưu: VT, CM.\n\n', ['Phòng GDĐT;', 'Lưu: VT, CM.']],
    ['  -Hiệu   trưởng  ', ['Hiệu trưởng']],
    ['Hiệu trưởng, Phó hiệu trưởng', ['Hiệu trưởng, Phó hiệu trưởng']],
    ['A-B', ['A-B']],
  ])('splitLines(%p)', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
    expect(one('Nơi nhận', text).config.recipients).toEqual(lines);
    expect(one('Chức danh ký', text).config.signerTitle).toEqual(lines);
  });

  it.each([[1, 1], ['1', 1], [28, 28], [' 20 ', 20], ['25', 25]])('Hạn báo cáo tháng %p → day %i', (value, day) => {
    expect(one('Hạn báo cáo tháng (ngày)', value)).toEqual({ config: { ...defaultConfig(), monthlyDeadlineDay: day }, problems: [] });
  });

  it.each([[0], [29], [31], ['2.5'], [-1], ['ngày 25'], ['x']])('Hạn báo cáo tháng %p is a warning; 25 stays', (value) => {
    const { config, problems } = one('Hạn báo cáo tháng', value);
    expect(config.monthlyDeadlineDay).toBe(25);
    expect(problems.map((p) => [p.cell, p.message])).toEqual([
      ['B1', `Giá trị "${value}" của mục "Hạn báo cáo tháng" không đọc được; đang dùng mặc định. Ghi một ngày từ 1 đến 28, ví dụ 25.`]]);
  });

  it.each([
    // key, value, which deadline it sets
    ['Hạn báo cáo học kì I', '05/01', 'semester', { day: 5, month: 1 }],
    ['Hạn báo cáo HKI', '5-1', 'semester', { day: 5, month: 1 }],
    ['Hạn báo cáo CKI', '5.1.2026', 'semester', { day: 5, month: 1 }],
    ['Hạn báo cáo giữa HKI', '30/11', 'semester', { day: 30, month: 11 }],
    ['Hạn báo cáo GKI', '30/11', 'semester', { day: 30, month: 11 }],
    ['Hạn báo cáo học kì I', jan5, 'semester', { day: 5, month: 1 }],
    ['Hạn báo cáo học kì I', '31/12', 'semester', { day: 31, month: 12 }],
    ['Hạn báo cáo học kì I', '1/1/26', 'semester', { day: 1, month: 1 }],
    ['Hạn báo cáo cuối năm', '20/5', 'year', { day: 20, month: 5 }],
    ['Hạn báo cáo cả năm', ' 20 / 5 / 2026 ', 'year', { day: 20, month: 5 }],
    ['Hạn báo cáo CN', '31/5', 'year', { day: 31, month: 5 }],
    ['Hạn báo cáo cuối năm học', '25/05', 'year', { day: 25, month: 5 }],
  ])('%s = %p sets the %s deadline', (key, value, which, dayMonth) => {
    const { config, problems } = one(key, value);
    expect(problems).toEqual([]);
    expect(config.semesterDeadline).toEqual(which === 'semester' ? dayMonth : { day: 30, month: 12 });
    expect(config.yearDeadline).toEqual(which === 'year' ? dayMonth : { day: 25, month: 5 });
  });

  it.each([['32/1'], ['0/1'], ['1/0'], ['1/13'], ['30.12.2025.1'], ['ba mươi'], ['30'], [30], [true]])('Hạn báo cáo học kì I = %p is a warning; 30/12 stays', (value) => {
    const { config, problems } = one('Hạn báo cáo học kì I', value);
    expect(config.semesterDeadline).toEqual({ day: 30, month: 12 });
    expect(problems.map((p) => p.message)).toEqual([
      `Giá trị "${value}" của mục "Hạn báo cáo học kì I" không đọc được; đang dùng mặc định. Ghi ngày/tháng, ví dụ 30/12.`]);
  });

  it.each([
    ['Tháng GKI', 10, 'GKI', 10], ['Tháng giữa HKI', '10', 'GKI', 10], ['Tháng đánh giá CKI', 'tháng 1', 'CKI', 1],
    ['Tháng Cuối năm', '5/2026', 'CN', 5], ['Mốc GKII', ' 4 ', 'GKII', 4], ['Mốc đánh giá Cuối HKI', 'Tháng 12', 'CKI', 12],
    ['Tháng ĐN', 9, 'DN', 9], ['Tháng GKI', 12, 'GKI', 12], ['Tháng GKI', 1, 'GKI', 1],
    ['Tháng GKI', 'Tháng9', 'GKI', 9], ['Tháng GKI', '9 /2025', 'GKI', 9], ['Tháng GKI', '9/ 2025', 'GKI', 9], ['Tháng GKI', ' tháng  9 / 2025 ', 'GKI', 9],
  ])('%s = %p moves %s to month %i', (key, value, point, month) => {
    const { config, problems } = one(key, value);
    expect(problems).toEqual([]);
    expect(config.reviewMonths).toEqual({ ...defaultConfig().reviewMonths, [point]: month });
  });

  it.each([[13], [0], ['x'], ['tháng mười'], ['11/25'], [-3]])('Tháng GKI = %p is a warning at its cell; 11 stays', (value) => {
    const { config, problems } = read([['Tên trường', 'Hòa An'], ['Tháng GKI', value]]);
    expect(config.reviewMonths.GKI).toBe(11);
    expect(problems.map((p) => [p.cell, p.row, p.message])).toEqual([
      ['B2', 2, `Giá trị "${value}" của mục "Tháng GKI" không đọc được; đang dùng mặc định. Ghi số tháng từ 1 đến 12, ví dụ 11.`]]);
  });

  it.each([
    ['Lịch tháng gồm hè', 'có', true], ['Lịch tháng gồm hè', 'x', true], ['Lịch tháng gồm hè', 'TRUE', true], ['Lịch tháng gồm hè', 1, true],
    ['Lịch tháng gồm hè', 'yes', true], ['Lịch tháng gồm hè', 'có gồm hè', true], ['Lịch tháng gồm hè', 'Có', true],
    ['Lịch tháng gồm hè', 'không', false], ['Lịch tháng gồm hè', 'k', false], ['Lịch tháng gồm hè', 0, false], ['Lịch tháng gồm hè', 'có thể', false],
    ['Tháng hè', 'có', true], ['Hè', 'x', true], ['Hỗ trợ hè', 'có', true], ['Gồm hè', 'có', true],
  ])('%s = %p: summer %p', (key, value, summer) => {
    const { config, problems } = one(key, value);
    expect(config.includeSummer).toBe(summer);
    expect(problems).toEqual([]);
  });

  it.each([['Ghi chú', 'có'], ['Tháng nghỉ', 'có'], ['Mốc phụ', 'có'], ['Hạn báo cáo khác', '10/10'], ['Hạn báo cáo giữa kì II', '15/3'], ['Tên trươngg', 'Hòa An']])(
    'a row under a key no setting has (%s) changes nothing and is a warning at its key', (key, value) => {
      const { config, problems } = one(key, value);
      expect(config).toEqual(defaultConfig());
      expect(problems).toEqual([{ sheet: 'Cấu hình', cell: 'A1', row: 1, column: 1, severity: 'warning', code: 'CONFIG_KEY_UNKNOWN',
        message: `Mục "${key}" không phải cài đặt nào tiện ích biết, nên giá trị "${value}" không được dùng. Nếu đây là một cài đặt, sửa tên mục cho giống trang Cấu hình của bảng mẫu; nếu chỉ là ghi chú, bỏ qua cảnh báo này.` }]);
    });

  it('the header row (Mục | Giá trị) and the targets rows are no unknown settings', () => {
    expect(read([['Mục', 'Giá trị'], ['Chỉ tiêu Toán', '99%'], ['Cam kết năng lực', '100%']]).problems).toEqual([]);
  });

  it('a later "không" turns the summer off again', () => {
    expect(read([['Lịch tháng gồm hè', 'có'], ['Lịch tháng gồm hè', 'không']]).config.includeSummer).toBe(false);
  });

  it('defaults', () => {
    expect(defaultConfig()).toEqual({
      agency: '', schoolName: '', place: '', schoolYear: undefined, signerName: '',
      signerTitle: ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG'],
      recipients: ['Hiệu trưởng (để báo cáo);', 'Các tổ chuyên môn (để thực hiện);', 'Lưu: VT, CM.'],
      reviewMonths: { DN: 9, GKI: 11, CKI: 12, GKII: 3, CKII: 5, CN: 5 },
      monthlyDeadlineDay: 25, semesterDeadline: { day: 30, month: 12 }, yearDeadline: { day: 25, month: 5 }, includeSummer: false,
      ...pick(defaultConfig()),
    });
  });
});

/** Fields other issues add to Config (targets …) are compared as they are. */
function pick(config: Config): Partial<Config> {
  const known = new Set(['agency', 'schoolName', 'place', 'schoolYear', 'signerName', 'signerTitle', 'recipients', 'reviewMonths',
    'monthlyDeadlineDay', 'semesterDeadline', 'yearDeadline', 'includeSummer']);
  return Object.fromEntries(Object.entries(config).filter(([k]) => !known.has(k)));
}
