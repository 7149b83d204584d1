import fc from 'fast-check';
import { parseTargetSubject, parseTargetValue } from '../../src/core/read/targets';
import { parseTargets } from '../../src/core/read/targets-table';
import { judge } from '../../src/core/rules/targets';
import { formatBasisPoints, formatGapPoints, gapSentence } from '../../src/core/rules/target-text';
import { buildReport } from '../../src/core/report';
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { HAND_CLASSES, HAND_COUNTED, HAND_TARGETS } from '../helpers/hand-counted';
import { ORDER_2025, vneduSheet, type VneduStudent } from '../../local/vnedu-export';

const config = (rows: unknown[][]) => ({ name: 'Cấu hình', values: rows });

describe('target values, as schools write them', () => {
  it.each<[unknown, number, boolean]>([
    ['99,7%', 9970, false],
    ['trên 99,7 %', 9970, true],
    ['≥ 99.7', 9970, false],
    ['>99,7%', 9970, true],
    ['> 99,7%', 9970, true],
    ['100%', 10000, false],
    ['Đạt 100%', 10000, false],
    ['đạt trên 99,5%', 9950, true],
    ['TRÊN 99,70%', 9970, true],
    ['tre\u0302n 99,7%', 9970, true], // NFD, as pasted from Word
    ['từ 95% trở lên', 9500, false],
    ['ít nhất 98 %', 9800, false],
    ['>= 97,25%', 9725, false],
    ['99,7', 9970, false],
    ['1', 10000, false], // a bare 1 is a whole, like a cell formatted as a percentage
    ['1%', 100, false],
    ['0,997', 9970, false], // a bare fraction reads like a cell formatted as a percentage
    [0.997, 9970, false], // "99,7%" in a percentage-formatted cell: getValues gives 0.997
    [1, 10000, false],
    [99.7, 9970, false],
    [95, 9500, false],
    ['Chỉ tiêu:đạt trên 99%', 9900, true], // a sign needs no space after it
  ])('%j → %i basis points, above: %s', (value, basisPoints, above) => {
    expect(parseTargetValue(value)).toEqual({ basisPoints, above });
  });

  it.each<[unknown, string]>([
    ['cao', 'không đọc được'],
    ['khoảng 99%', 'không đọc được'],
    ['dưới 5%', 'không đọc được'],
    ['-5%', 'không đọc được'],
    ['tudat 99%', 'không đọc được'], // a word that only begins like "từ" is not "từ"
    ['Trênđạt 99%', 'không đọc được'],
    ['99,7% - 100%', 'không đọc được'],
    ['101%', 'không quá 100%'],
    [150, 'không quá 100%'],
    ['0%', 'lớn hơn 0%'],
    ['trên 100%', 'không thể đạt'],
    ['99,755%', 'quá hai chữ số thập phân'],
    [0.99755, 'quá hai chữ số thập phân'],
  ])('%j is refused: %s', (value, why) => {
    const parsed = parseTargetValue(value);
    expect(parsed).toHaveProperty('error');
    expect((parsed as { error: string }).error).toContain(why);
    expect((parsed as { error: string }).error).toMatch(/99,7%|99,75%|100%/); // says how to write it
  });
});

describe('what a target is about', () => {
  const all = ['Môn học', 'Năng lực', 'Phẩm chất'];
  it.each<[string, string[] | undefined, number | null | undefined]>([
    ['Chỉ tiêu Toán', ['Toán'], undefined],
    ['chi tieu toan khoi 2', ['Toán'], 2],
    ['Chỉ tiêu Tiếng Việt (khối 1)', ['Tiếng Việt'], 1],
    ['Chỉ tiêu môn học, HĐGD', ['Môn học'], undefined],
    ['Các môn học và hoạt động giáo dục', ['Môn học'], undefined],
    ['Chỉ tiêu năng lực, phẩm chất', ['Năng lực', 'Phẩm chất'], undefined],
    ['Chỉ tiêu', all, undefined],
    ['Chỉ tiêu chung', all, undefined],
    ['Chỉ tiêu Lịch sử và Địa lí', ['Lịch sử và Địa lí'], undefined],
    ['Chỉ tiêu Toán và Tiếng Việt', ['Toán', 'Tiếng Việt'], undefined],
    ['Chỉ tiêu Toán,Tiếng Việt', ['Toán', 'Tiếng Việt'], undefined], ['Toán;TV+Khoa học', ['Toán', 'Tiếng Việt', 'Khoa học'], undefined],
    ['Chỉ tiêu hoàn thành môn Khoa học', ['Khoa học'], undefined],
    ['Chỉ tiêu NL toàn trường', ['Năng lực'], null],
    ['Tỉ lệ HS đạt về phẩm chất K5', ['Phẩm chất'], 5],
    ['Chỉ tiêu Toán khối 12', ['Toán'], 12],
    ['Khối 2 Toán', ['Toán'], 2],
    ['Chỉ tiêu Toán(khối 2)', ['Toán'], 2],
    ['Chỉ tiêu Toán - Tiếng Việt', ['Toán', 'Tiếng Việt'], undefined],
    ['Chỉ tiêu Tiếng Việt và Toán', ['Toán', 'Tiếng Việt'], undefined],
    ['Chỉ tiêu Toán, bơi lội', undefined, undefined],
    ['Chỉ tiêu bơi lội', undefined, undefined],
    ['Chỉ tiêu Toán khối 13', undefined, undefined],
  ])('%s', (text, areas, grade) => {
    const subject = parseTargetSubject(text);
    if (areas === undefined) {
      expect(subject).toBeUndefined();
    } else {
      expect(subject?.areas).toEqual(areas);
      expect(subject?.grade).toBe(grade);
    }
  });
});

describe('reading targets from Cấu hình and the Chỉ tiêu tab', () => {
  it('reads Cấu hình rows, lets a named area beat the general line, and reports bad ones at their cells', () => {
    const { targets, problems } = parseTargets(config([
      ['Tên trường', 'Trường Tiểu học Thử'],
      ['Ghi chú về chỉ tiêu', 'xem trang Chỉ tiêu'],
      ['Chỉ tiêu', 'trên 99,7%'],
      ['Chỉ tiêu năng lực, phẩm chất', 'Đạt 100%'],
      ['Chỉ tiêu Toán khối 2', 0.97],
      ['Chỉ tiêu Toán khối 2', '98%'],
      ['Chỉ tiêu Tiếng Việt', 'cao'],
      ['Chỉ tiêu bơi lội', '90%'],
      ['Chỉ tiêu Khoa học', ''],
    ]), undefined);
    expect(targets.map((t) => `${t.area}|${t.grade}|${t.basisPoints}|${t.above}|${t.cell}`)).toEqual([
      'Môn học|null|9970|true|B3', 'Năng lực|null|10000|false|B4', 'Phẩm chất|null|10000|false|B4', 'Toán|2|9700|false|B5',
    ]);
    expect(problems.map((p) => `${p.severity}:${p.code}@${p.cell}`)).toEqual([
      'warning:TARGET_DUPLICATE@B6', 'error:TARGET_INVALID@B7', 'error:TARGET_UNKNOWN@A8',
    ]);
    expect(problems[0]).toMatchObject({ row: 6, column: 2, message: 'Chỉ tiêu Toán khối 2 đã ghi ở Cấu hình!B5; ô này không được dùng. Xóa một trong hai.' });
    expect(targets[3]).toMatchObject({ sheet: 'Cấu hình', row: 5, column: 2 });
    expect(problems[2].message).toBe('Không rõ chỉ tiêu "Chỉ tiêu bơi lội" nói về mặt nào. Ghi "Chỉ tiêu" và tên môn (Toán, Tiếng Việt, …), "môn học", "năng lực" hoặc "phẩm chất", có thể thêm khối, ví dụ "Chỉ tiêu Toán khối 2".');
  });

  it.each<[unknown, Array<number | null> | 'error']>([
    ['Toàn trường', [null]], ['cả trường', [null]], ['TT', [null]], ['toàn trường 2', 'error'], ['khối toàn trường', 'error'],
    ['1-3', [1, 2, 3]], ['Khối 1 - 3', [1, 2, 3]], ['Khối1–3', [1, 2, 3]], ['2 đến 3', [2, 3]], ['x1-3', 'error'], ['1-3x', 'error'], ['3-1', 'error'], ['0-2', 'error'],
    [2, [2]], [2.5, 'error'], [13, 'error'], ['2', [2]], ['Khối 2', [2]], ['K2', [2]], ['2,3', [2, 3]], ['2;3', [2, 3]], ['2+3', [2, 3]], ['khối 2, khối 3', [2, 3]],
    ['2 và 3', [2, 3]], ['2, 3, 13', 'error'], ['2 3', 'error'], ['hai', 'error'],
  ])('a Khối cell %j in the Chỉ tiêu tab is khối %j', (cell, grades) => {
    const { targets, problems } = parseTargets(undefined, { name: 'Chỉ tiêu', values: [['Nội dung', 'Khối', 'Chỉ tiêu'], ['Toán', cell, '98%']] });
    if (grades === 'error') {
      expect([targets, problems.map((p) => `${p.code}@${p.cell}`)]).toEqual([[], ['TARGET_UNKNOWN@B2']]);
    } else {
      expect([targets.map((t) => t.grade), problems]).toEqual([grades, []]);
    }
  });

  it('reads the Chỉ tiêu tab: Nội dung, Khối (blank = toàn trường, lists and ranges), Chỉ tiêu', () => {
    const tab = { name: 'Chỉ tiêu', values: [
      ['CHỈ TIÊU NĂM HỌC 2025-2026', '', ''],
      ['Nội dung', 'Khối', 'Chỉ tiêu'],
      ['Môn học', '', '≥ 99,5%'],
      ['Toán', '1, 2', '98%'],
      ['Tiếng Việt', '3-5', 'trên 97%'],
      ['Năng lực', 'Toàn trường', '100%'],
      ['Phẩm chất', 'khối mười', '100%'],
      ['Bơi', '', '90%'],
      ['Toán', 3, '101%'],
      ['', '', ''],
      ['Toán', 'Khối 4 - 5', '96%'],
      ['Phẩm chất', '1 đến 2', '99%'],
      ['Năng lực', '10-12', '99%'],
      ['Toán', '3-1', '99%'],
      ['Toán', 4, '95%'],
      ['Toán', '2-2', '95%'],
      ['Tiếng Việt', 'khối 1 và 2', '95%'],
      ['Tiếng Việt', '1, 13', '95%'],
      ['Môn học', 'TT', '99%'],
      ['Toán', '', ''],
      ['', '', '99%'],
    ] };
    const { targets, problems } = parseTargets(undefined, tab);
    expect(targets.map((t) => `${t.area}|${t.grade}|${t.basisPoints}|${t.above}`)).toEqual([
      'Môn học|null|9950|false', 'Toán|1|9800|false', 'Toán|2|9800|false',
      'Tiếng Việt|3|9700|true', 'Tiếng Việt|4|9700|true', 'Tiếng Việt|5|9700|true', 'Năng lực|null|10000|false',
      'Toán|4|9600|false', 'Toán|5|9600|false', 'Phẩm chất|1|9900|false', 'Phẩm chất|2|9900|false',
      'Năng lực|10|9900|false', 'Năng lực|11|9900|false', 'Năng lực|12|9900|false', 'Tiếng Việt|1|9500|false', 'Tiếng Việt|2|9500|false',
    ]);
    expect(problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`)).toEqual([
      'TARGET_UNKNOWN@Chỉ tiêu!B7', 'TARGET_UNKNOWN@Chỉ tiêu!A8', 'TARGET_INVALID@Chỉ tiêu!C9', 'TARGET_UNKNOWN@Chỉ tiêu!B14',
      'TARGET_DUPLICATE@Chỉ tiêu!C15', 'TARGET_DUPLICATE@Chỉ tiêu!C16', 'TARGET_UNKNOWN@Chỉ tiêu!B18', 'TARGET_DUPLICATE@Chỉ tiêu!C19', 'TARGET_UNKNOWN@Chỉ tiêu!A21',
    ]);
    expect(problems[0].message).toBe('Khối "khối mười" không đọc được. Ghi số khối (2), nhiều khối (1, 2 hoặc 1-3), hoặc để trống cho toàn trường.');
    expect(problems[1].message).toBe('Không rõ chỉ tiêu "Bơi" nói về mặt nào. Ghi tên môn (Toán, Tiếng Việt, …), "Môn học", "Năng lực" hoặc "Phẩm chất".');
    expect(problems[8].message).toBe('Không rõ chỉ tiêu "" nói về mặt nào. Ghi tên môn (Toán, Tiếng Việt, …), "Môn học", "Năng lực" hoặc "Phẩm chất".');
  });

  it.each<[string, unknown[][], string[], string[]]>([
    ['a named group before the general line: each keeps its own, no warning',
      [['Chỉ tiêu năng lực', '100%'], ['Chỉ tiêu', '99%']],
      ['Năng lực|null|10000|B1', 'Môn học|null|9900|B2', 'Phẩm chất|null|9900|B2'], []],
    ['the general line twice: the second is a warning for each group',
      [['Chỉ tiêu', '99%'], ['Chỉ tiêu chung', '98%']],
      ['Môn học|null|9900|B1', 'Năng lực|null|9900|B1', 'Phẩm chất|null|9900|B1'],
      ['Môn học', 'Năng lực', 'Phẩm chất'].map((g) => `Chỉ tiêu ${g} toàn trường đã ghi ở Cấu hình!B1; ô này không được dùng. Xóa một trong hai.`)],
    ['the general line, a named group, the general line again: only the groups still general are warned',
      [['Chỉ tiêu', '99%'], ['Chỉ tiêu năng lực', '100%'], ['Chỉ tiêu chung', '98%']],
      ['Môn học|null|9900|B1', 'Năng lực|null|10000|B2', 'Phẩm chất|null|9900|B1'],
      ['Môn học', 'Phẩm chất'].map((g) => `Chỉ tiêu ${g} toàn trường đã ghi ở Cấu hình!B1; ô này không được dùng. Xóa một trong hai.`)],
    ['one area for the whole school twice',
      [['Chỉ tiêu Toán', '99%'], ['Chỉ tiêu Toán toàn trường', '98%']],
      ['Toán|null|9900|B1'], ['Chỉ tiêu Toán toàn trường đã ghi ở Cấu hình!B1; ô này không được dùng. Xóa một trong hai.']],
  ])('%s', (_label, rows, expected, warnings) => {
    const { targets, problems } = parseTargets(config(rows), undefined);
    expect(targets.map((t) => `${t.area}|${t.grade}|${t.basisPoints}|${t.cell}`)).toEqual(expected);
    expect(problems.map((p) => `${p.severity}:${p.code} ${p.message}`)).toEqual(warnings.map((m) => `warning:TARGET_DUPLICATE ${m}`));
  });

  it('a Chỉ tiêu tab without its header is one error at A1', () => {
    const { problems } = parseTargets(undefined, { name: 'Chỉ tiêu', values: [['Toán', '99%']] });
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['TARGET_HEADER_NOT_FOUND@A1']);
    expect(problems[0].message).toBe('Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang "Chỉ tiêu". Cần các cột "Nội dung", "Khối" (để trống là toàn trường) và "Chỉ tiêu".');
  });
});

describe('judging one target, in whole numbers', () => {
  it.each<[string, number, number, number, boolean, number, string, number]>([
    // label, THHS, needing, target bp, above, achieved bp, verdict, gapStudents
    ['99,96% against 100% is a miss', 2500, 1, 10000, false, 9996, 'notMet', 1],
    ['99,995% prints 99,99%, not 100%', 20000, 1, 10000, false, 9999, 'notMet', 1],
    ['exactly at an at-least target', 1000, 3, 9970, false, 9970, 'met', 0],
    ['exactly at a "trên" target misses', 1000, 3, 9970, true, 9970, 'notMet', 1],
    ['above a "trên" target', 1000, 2, 9970, true, 9980, 'exceeded', 0],
    ['all fine against 100%', 83, 0, 10000, false, 10000, 'met', 0],
    // float traps: 0.999 × 1000 = 999.0000000000001 and 0.07 × 100 = 7.000000000000001
    ['99,9% of 1000 with 2 needing', 1000, 2, 9990, false, 9980, 'notMet', 1],
    ['7% of 100 with 94 needing', 100, 94, 700, false, 600, 'notMet', 1],
    ['57,7% of 1000 with 424 needing', 1000, 424, 5770, false, 5760, 'notMet', 1],
    ['more needing than THHS', 10, 12, 9000, false, 0, 'notMet', 9],
  ])('%s', (_label, students, needing, basisPoints, above, achieved, verdict, gapStudents) => {
    expect(judge(students, needing, { basisPoints, above })).toEqual({ achieved, verdict, gapStudents });
  });

  it('gapStudents is the fewest students that meet the target: one fewer does not', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 10000 }), fc.boolean(),
      (students, rawNeed, basisPoints, rawAbove) => {
        const needing = rawNeed % (students + 1);
        const above = rawAbove && basisPoints < 10000;
        const target = { basisPoints, above };
        const { gapStudents, verdict, achieved } = judge(students, needing, target);
        const metWith = (n: number) => judge(students, n, target).verdict !== 'notMet';
        expect(gapStudents === 0).toBe(verdict !== 'notMet');
        expect(metWith(needing - gapStudents)).toBe(true);
        if (gapStudents > 0) expect(metWith(needing - gapStudents + 1)).toBe(false);
        // Rounded down, a share below its target never prints at or above it.
        if (verdict === 'notMet' && !above) expect(achieved).toBeLessThan(basisPoints);
        expect(achieved * students).toBeLessThanOrEqual((students - needing) * 10000);
      }));
  });

  it('prints shares rounded down with a comma, and signed gaps', () => {
    expect(formatBasisPoints(9996)).toBe('99,96%');
    expect(formatBasisPoints(10000)).toBe('100,00%');
    expect(formatBasisPoints(9970, true)).toBe('99,7%');
    expect(formatBasisPoints(10000, true)).toBe('100%');
    expect(formatGapPoints(-4)).toBe('-0,04');
    expect(formatGapPoints(-150)).toBe('-1,50');
    expect(formatGapPoints(30)).toBe('+0,30');
    expect(formatGapPoints(0)).toBe('0,00');
    expect(gapSentence('Toán', 2, 3)).toBe('cần thêm 3 học sinh hoàn thành Toán ở khối 2');
    expect(gapSentence('Năng lực', null, 1)).toBe('cần thêm 1 học sinh đạt yêu cầu về năng lực ở toàn trường');
  });
});

describe('per khối and whole school, on a roster counted by hand', () => {
  // Run in each test, not at collection: Stryker's per-test coverage does not see code run outside a test.
  const analysis = () => run([rosterGrid(HAND_COUNTED, { points: ['CKI'] }), classGrid(HAND_CLASSES), config(HAND_TARGETS)], '2026-01-10');
  const row = (area: string, grade: number | null) => buildReport(analysis()).targets?.find((t) => t.area === area && t.grade === grade);

  it('has no problems and one row per target, khối and whole school', () => {
    const a = analysis();
    const json = buildReport(a);
    expect(a.problems).toEqual([]);
    expect(json.targets?.map((t) => `${t.area}|${t.grade ?? 'TT'}`)).toEqual([
      'Môn học|1', 'Môn học|2', 'Môn học|TT', 'Toán|1', 'Toán|2', 'Toán|TT',
      'Năng lực|1', 'Năng lực|2', 'Năng lực|TT', 'Phẩm chất|1', 'Phẩm chất|2', 'Phẩm chất|TT',
    ]);
  });

  it.each<[string, number | null, number, number, number, number, string, number]>([
    // area, khối, target %, THHS, needing, achieved %, verdict, gapStudents
    ['Toán', 1, 99, 40, 1, 97.5, 'notMet', 1], //        39/40; 99% of 40 = 39,6 → 40
    ['Toán', 2, 97, 70, 3, 95.71, 'notMet', 1], //       khối 2's own target: 67/70; 97% of 70 = 67,9 → 68
    ['Toán', null, 99, 110, 4, 96.36, 'notMet', 3], //   106/110 (not the 96,60% an average of 97,50 and 95,71 gives); 108,9 → 109
    ['Môn học', 1, 95, 40, 2, 95, 'notMet', 1], //       exactly 95,00% is not "trên 95%"
    ['Môn học', 2, 95, 70, 3, 95.71, 'exceeded', 0], //  Dũng, Em, Giang
    ['Môn học', null, 95, 110, 5, 95.45, 'exceeded', 0],
    ['Năng lực', 2, 100, 70, 1, 98.57, 'notMet', 1],
    ['Năng lực', null, 100, 110, 2, 98.18, 'notMet', 2],
    ['Phẩm chất', 2, 100, 70, 0, 100, 'met', 0],
    ['Phẩm chất', null, 100, 110, 1, 99.09, 'notMet', 1],
  ])('%s khối %s', (area, grade, target, students, needSupport, achieved, verdict, gapStudents) => {
    expect(row(area, grade)).toMatchObject({ reviewPoint: 'CKI', target, students, needSupport, achieved, verdict, gapStudents });
  });

  it('gives the gap in percentage points from the printed share', () => {
    expect(row('Toán', null)?.gap).toBeCloseTo(-2.64, 10);
    expect(row('Môn học', 1)).toMatchObject({ gap: 0, above: true });
  });

  it('a target for an area the roster has no column for, or for a khối with no students, is a warning at its cell', () => {
    const b = run([rosterGrid(HAND_COUNTED, { points: ['CKI'] }), classGrid(HAND_CLASSES),
      config([['Chỉ tiêu Khoa học', '99%'], ['Chỉ tiêu Toán khối 4', '99%']])], '2026-01-10');
    expect(b.problems.map((p) => `${p.severity}:${p.code}@${p.cell}`)).toEqual(['warning:TARGET_AREA_MISSING@B1', 'warning:TARGET_GRADE_MISSING@B2']);
    expect(buildReport(b).targets).toEqual([]);
  });

  it('no target, no targets in the JSON', () => {
    const b = run([rosterGrid(HAND_COUNTED, { points: ['CKI'] }), classGrid(HAND_CLASSES)], '2026-01-10');
    expect(buildReport(b)).not.toHaveProperty('targets');
  });
});

describe('targets on the official vnEdu results alone (no Danh sách)', () => {
  // Khối 2, Cuối học kì I: 2A has 5 students, 2B 3 (THHS 8, from the class tabs).
  // Needs: An Toán; Bình Tiếng Việt and a năng lực; Nhi a phẩm chất; Châu Âm nhạc; Hà Toán and Tiếng Việt.
  const tab = (sheet: string, className: string, students: VneduStudent[]) =>
    vneduSheet({ sheet, className, point: 'CKI', year: 2025, subjects: ORDER_2025, students }).grid;
  const analysis = () => run([
    tab('2a', '2A', [
      { id: 1, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } },
      { id: 2, name: 'Lê Thị Bình', birth: '02/03/2018', ratings: { 'Tiếng Việt': 'C', 'Tính toán': 'C' } },
      { id: 3, name: 'Mai Hồng Nhi', birth: '08/12/2018', ratings: { 'Trung thực': 'C' } },
      { id: 4, name: 'Trần Minh Châu', birth: '11/11/2018', ratings: { 'Âm nhạc': 'C' } },
      { id: 5, name: 'Đỗ Thị Mai', birth: '04/05/2018' },
    ]),
    tab('2b', '2B', [
      { id: 6, name: 'Phạm Thu Hà', birth: '01/02/2018', ratings: { Toán: 'C', 'Tiếng Việt': 'C' } },
      { id: 7, name: 'Phạm Thu Hạ', birth: '01/02/2018' },
      { id: 8, name: 'Vũ Quốc Bảo', birth: '06/07/2018' },
    ]),
    config([['Chỉ tiêu môn học', 'trên 70%'], ['Chỉ tiêu Toán', '80%'], ['Chỉ tiêu phẩm chất', '100%']]),
  ], '2026-01-10');

  it('judges from the per-student needs and THHS of the class tabs, whatever the source', () => {
    const rows = buildReport(analysis()).targets?.map((t) => `${t.area} ${t.grade ?? 'TT'} ${t.students}-${t.needSupport} ${t.achieved} ${t.verdict} ${t.gapStudents}`);
    expect(rows).toEqual([
      'Môn học 2 8-4 50 notMet 2', //   An, Bình, Châu (Âm nhạc is a subject), Hà; "trên 70%" of 8 needs 6 without need
      'Môn học TT 8-4 50 notMet 2',
      'Toán 2 8-2 75 notMet 1', //      80% of 8 = 6,4 → 7
      'Toán TT 8-2 75 notMet 1',
      'Phẩm chất 2 8-1 87.5 notMet 1',
      'Phẩm chất TT 8-1 87.5 notMet 1',
    ]);
  });
});
