// Buổi nghỉ in the Danh sách (PRODUCT 2.3): per review point as P / K / Tổng under a merged block or
// one-row "HK1 - Số buổi nghỉ"; an unqualified "Số buổi nghỉ" is the whole year (CN). A blank Tổng
// is P + K; a value that is not a whole number ≥ 0 is a problem at its cell; the column is read,
// never dropped, so Chuyên cần (3.9) and the summer list's "hơn 45 buổi nghỉ" fire from a roster.
import { parseRoster } from '../../src/core/read/roster';
import { buildReport } from '../../src/core/report';
import { summerList } from '../../src/core/rules/summer';
import { run } from '../helpers/grid';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const options = { classList: { classes: [], byKey: new Map() }, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET } as never;
const parse = (values: unknown[][], merges?: never) => parseRoster([{ name: 'Danh sách', values, ...(merges ? { merges } : {}) } as never], options);

describe('roster absences', () => {
  it('reads an unqualified "Số buổi nghỉ" as the whole year, and flags Chuyên cần + Hoàn cảnh at a THCS', () => {
    const roster = { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'Hoàn cảnh', 'Cả năm - Toán', 'Số buổi nghỉ'],
      ['Lê Văn Bình', '6A', 'Mồ côi cha', 7, 50],
      ['Trần Thị Cúc', '6A', '', 8, 3],
    ] };
    const config = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
    const report = buildReport(run([config, roster], '2026-05-30'));
    const flag = report.flags.find((f) => f.name === 'Lê Văn Bình' && f.kinds.includes('atRisk'));
    expect(flag?.reasons).toEqual(expect.arrayContaining(['Chuyên cần', 'Hoàn cảnh']));
    expect(report.flags.find((f) => f.name === 'Trần Thị Cúc' && f.kinds.includes('atRisk'))).toBeUndefined();
    const read = parse(roster.values);
    expect(read.students[0].absences).toEqual({ CN: { total: 50 } });
    expect(read.problems.filter((p) => p.cell.startsWith('E'))).toEqual([]);
    const summer = summerList(read.students.map((s) => ({ ...s, grade: 6 })));
    expect(summer.map((e) => [e.student.name, e.absences])).toEqual([['Lê Văn Bình', 50]]);
  });

  it('reads P / K with a blank Tổng under a merged Học kỳ 1 block as P + K', () => {
    const read = parse([
      ['Họ và tên', 'Lớp', 'Học kỳ 1', '', '', ''],
      ['', '', 'Toán', 'Buổi nghỉ', '', ''],
      ['', '', '', 'P', 'K', 'Tổng'],
      ['Lê Văn Bình', '6A', 7, 4, 3, ''],
    ], [{ row: 1, column: 3, numRows: 1, numColumns: 4 }, { row: 2, column: 4, numRows: 1, numColumns: 3 },
      { row: 1, column: 1, numRows: 3, numColumns: 1 }, { row: 1, column: 2, numRows: 3, numColumns: 1 },
      { row: 2, column: 3, numRows: 2, numColumns: 1 }] as never);
    expect(read.students[0].absences).toEqual({ CKI: { excused: 4, unexcused: 3, total: 7 } });
  });

  it('reads one-row per-point columns ("HK1 - Số buổi nghỉ", "Buổi nghỉ HK1 (P)")', () => {
    const read = parse([
      ['Họ và tên', 'Lớp', 'HK1 - Toán', 'HK1 - Số buổi nghỉ', 'Buổi nghỉ HK2 (P)', 'Buổi nghỉ HK2 (K)'],
      ['Lê Văn Bình', '6A', 7, 12, 2, 1],
    ]);
    expect(read.students[0].absences).toEqual({ CKI: { total: 12 }, CKII: { excused: 2, unexcused: 1, total: 3 } });
    expect(read.problems.map((p) => p.code)).not.toContain('COLUMN_UNPLACED');
  });

  it('a value that is not a whole number ≥ 0 is a problem at its cell', () => {
    const read = parse([
      ['Họ và tên', 'Lớp', 'Số buổi nghỉ'],
      ['Lê Văn Bình', '6A', 'nhiều'],
      ['Trần Thị Cúc', '6A', -2],
      ['Ngô Văn Dũng', '6A', 2.5],
    ]);
    const bad = read.problems.filter((p) => p.code === 'ABSENCE_INVALID');
    expect(bad.map((p) => p.cell)).toEqual(['C2', 'C3', 'C4']);
    expect(bad[0].message).toContain('nhiều');
    expect(bad[0].message).toBe(bad[0].message.normalize('NFC'));
    expect(read.students.every((s) => s.absences === undefined)).toBe(true);
  });

  it('a repeated absence column of one point and part is a problem at its header cell, and only the first counts', () => {
    const read = parse([
      ['Họ và tên', 'Lớp', 'Số buổi nghỉ', 'Cả năm - Toán', 'Số buổi nghỉ', 'HK1 - Số buổi nghỉ', 'Buổi nghỉ HK1', 'Buổi nghỉ HK1 (P)'],
      ['Lê Văn Bình', '6A', 50, 7, 3, 12, 20, 4],
    ]);
    expect(read.students[0].absences).toEqual({ CN: { total: 50 }, CKI: { excused: 4, total: 12 } });
    const repeated = read.problems.filter((p) => p.code === 'HEADER_DUPLICATE');
    expect(repeated.map((p) => `${p.severity} ${p.cell}`)).toEqual(['warning E1', 'warning G1']);
    expect(repeated[0].message).toBe('Cột Buổi nghỉ (Tổng) của mốc Cả năm lặp lại (đã có ở cột C). Chỉ cột đầu được tính; xóa cột này, hoặc ghi mốc đánh giá vào tiêu đề nếu đây là số buổi nghỉ của mốc khác (ví dụ "HK1 - Số buổi nghỉ").');
    expect(repeated[1].message).toContain('Cột Buổi nghỉ (Tổng) của mốc Cuối học kì I lặp lại (đã có ở cột F)');
    expect(read.problems.map((p) => p.code)).not.toContain('COLUMN_UNPLACED');
  });

  it('a bad cell is a problem at that cell; the point keeps its other parts', () => {
    const header = [['Họ và tên', 'Lớp', 'HK1 - Buổi nghỉ (P)', 'HK1 - Buổi nghỉ (K)', 'HK1 - Buổi nghỉ (Tổng)', 'HK2 - Số buổi nghỉ']];
    const read = parse([...header,
      ['Lê Văn Bình', '6A', 'x', 2, 5, 1], // P bad: Tổng stands
      ['Trần Thị Cúc', '6A', 3, 2, 'năm', 0], // Tổng bad: P + K
      ['Ngô Văn Dũng', '6A', 'x', 2, '', 4], // P bad and no Tổng: Học kỳ 1 unknown, Học kỳ 2 stands
    ]);
    expect(read.students.map((s) => s.absences)).toEqual([
      { CKI: { unexcused: 2, total: 5 }, CKII: { total: 1 } },
      { CKI: { excused: 3, unexcused: 2, total: 5 }, CKII: { total: 0 } },
      { CKII: { total: 4 } },
    ]);
    const bad = read.problems.filter((p) => p.code === 'ABSENCE_INVALID');
    expect(bad.map((p) => `${p.severity} ${p.cell} ${p.message}`)).toEqual([
      'warning C2 Ô Buổi nghỉ của Lê Văn Bình (Cuối học kì I) ghi "x", không phải một số buổi, nên ô này chưa được tính (số buổi nghỉ Cuối học kì I tính là 5, từ các ô còn lại). Ghi số buổi nghỉ (ví dụ 3), hoặc 0.',
      'warning E3 Ô Buổi nghỉ của Trần Thị Cúc (Cuối học kì I) ghi "năm", không phải một số buổi, nên ô này chưa được tính (số buổi nghỉ Cuối học kì I tính là 5, từ các ô còn lại). Ghi số buổi nghỉ (ví dụ 3), hoặc 0.',
      'warning C4 Ô Buổi nghỉ của Ngô Văn Dũng (Cuối học kì I) ghi "x", không phải một số buổi, nên số buổi nghỉ Cuối học kì I chưa được tính. Ghi số buổi nghỉ (ví dụ 3), hoặc 0.',
    ]);
  });
});
