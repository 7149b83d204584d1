// A Buổi nghỉ header is read only when every word of it is placed (review-6): the absence words, a
// part (P, K, Tổng, có phép, không có phép, or both: the Tổng), and one review point or none (Cả
// năm). Words that place nothing ("từ đầu năm đến nay", "tháng 10", "sau GKI", two points, two
// parts) make the column unread, with a warning at its header cell: a count is never held against
// the wrong review point or part without a word.
import fc from 'fast-check';
import { parseRoster } from '../../src/core/read/roster';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { propertyRuns } from '../helpers/property-runs';

const options = { classList: { classes: [], byKey: new Map() }, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET } as never;
const parse = (labels: string[], counts: number[]) =>
  parseRoster([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', ...labels], ['Lê Văn Bình', '6A', ...counts]] } as never], options);
const unclear = (read: ReturnType<typeof parse>) => read.problems.filter((p) => p.code === 'ABSENCE_LABEL_UNCLEAR').map((p) => `${p.cell} ${p.severity}`);

describe('the parts a Buổi nghỉ header names', () => {
  it.each<[string, string, 'excused' | 'unexcused' | 'total']>([
    ['Tổng số buổi nghỉ (có phép và không phép)', 'both parts named: the Tổng', 'total'],
    ['Số buổi nghỉ (cả có phép và không phép)', 'both parts named: the Tổng', 'total'],
    ['Số buổi nghỉ CP+KP', 'both parts abbreviated: the Tổng', 'total'],
    ['Số buổi nghỉ có phép/không phép', 'both parts: the Tổng', 'total'],
    ['Số buổi nghỉ không có phép', 'not excused, whatever "có phép" inside it', 'unexcused'],
    ['Số buổi nghỉ không xin phép', 'not excused', 'unexcused'],
    ['Số buổi nghỉ có phép', 'excused', 'excused'],
  ])('"%s": %s', (label, _why, part) => {
    const read = parse([label], [7]);
    const expected = part === 'total' ? { total: 7 } : part === 'excused' ? { excused: 7, total: 7 } : { unexcused: 7, total: 7 };
    expect(read.students[0].absences).toEqual({ CN: expected });
    expect(unclear(read)).toEqual([]);
  });

  it('a có phép column beside a Tổng naming both parts: each read, the Tổng kept (7, not 4)', () => {
    const read = parse(['Số buổi nghỉ (có phép)', 'Tổng số buổi nghỉ (có phép và không phép)'], [4, 7]);
    expect(read.students[0].absences).toEqual({ CN: { excused: 4, total: 7 } });
    // Neither names a point, and the tab rates nobody: the count so far, said once (review-7 F1).
    expect(read.problems.filter((p) => p.cell.startsWith('D') || p.cell.startsWith('C')).map((p) => `${p.code}@${p.cell}`)).toEqual(['ABSENCE_SO_FAR@C1']);
  });
});

describe('a Buổi nghỉ header with words that place nothing is not read, and said so at its cell', () => {
  it.each([
    'Số buổi nghỉ (từ đầu năm đến nay)', 'Số buổi nghỉ từ đầu năm đến nay', 'Số buổi nghỉ tháng 10', 'Số buổi nghỉ (tháng 1)',
    'Số buổi nghỉ (đợt 1)', 'Số buổi nghỉ (lũy kế từ đầu năm)', 'Số buổi nghỉ sau GKI', 'Số buổi nghỉ (từ GHKI)', 'Số buổi nghỉ (HKI) (HKII)',
    'Số buổi nghỉ (HK1, HK2)', 'Số buổi nghỉ (P) (K)', 'Số buổi nghỉ (cập nhật 15/11)',
  ])('"%s"', (label) => {
    const read = parse([label], [30]);
    expect(read.students[0].absences).toBeUndefined();
    expect(unclear(read)).toEqual(['C1 warning']);
    expect(read.problems.find((p) => p.code === 'ABSENCE_LABEL_UNCLEAR')?.message).toContain(`"${label}"`);
    expect(read.problems.filter((p) => p.code === 'COLUMN_UNPLACED')).toEqual([]);
  });

  it('the labels that name one point, with or without a school year, still read', () => {
    expect(parse(['HKI/2025-2026 - Số buổi nghỉ'], [5]).students[0].absences).toEqual({ CKI: { total: 5 } });
    expect(parse(['Số buổi nghỉ (GKI)'], [5]).students[0].absences).toEqual({ GKI: { total: 5 } });
    expect(parse(['Số buổi nghỉ cả năm'], [5]).students[0].absences).toEqual({ CN: { total: 5 } });
    expect(parse(['Số buổi nghỉ'], [5]).students[0].absences).toEqual({ CN: { total: 5 } });
  });

  it('property: the absence words with any word the vocabulary does not place are never read silently', () => {
    const words = fc.constantFrom('tháng 9', 'tuần 5', 'đợt 2', 'lũy kế', 'đến nay', 'từ đầu năm', 'ghi chú', 'tạm tính', 'sau GKI', 'trước GKII', 'HK1 và HK2');
    const point = fc.constantFrom('', 'GKI ', 'HK1 ', 'Cả năm ');
    const brackets = fc.boolean();
    fc.assert(fc.property(words, point, brackets, (w, p, b) => {
      const label = `${p}Số buổi nghỉ ${b ? `(${w})` : w}`;
      const read = parse([label], [12]);
      expect(read.students[0].absences).toBeUndefined();
      expect(unclear(read)).toEqual(['C1 warning']);
    }), { numRuns: propertyRuns(200) });
  });
});
