// The words of a one-row Buổi nghỉ header (read/roster/absences.ts), each pinned by the rule it
// keeps (issue 17, mutation survivors). A part written as a bare letter beside the absence words
// ("HK1 - Số buổi nghỉ P") was read as the Tổng: P's count stood for the semester's total and K's
// column was a repeated Tổng, not read (a student's 4 + 3 came out 4).
import { parseRoster } from '../../src/core/read/roster';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const options = { classList: { classes: [], byKey: new Map() }, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET } as never;
const parse = (labels: string[], counts: number[]) =>
  parseRoster([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'HK1 - Toán', ...labels], ['Lê Văn Bình', '6A', 7, ...counts]] } as never], options);
const said = (read: ReturnType<typeof parse>) => read.problems.map((p) => `${p.code}@${p.cell}`);

describe('a part written as a letter beside the absence words', () => {
  it.each<[string[], unknown]>([
    [['HK1 - Số buổi nghỉ P', 'HK1 - Số buổi nghỉ K', 'HK1 - Số buổi nghỉ Tổng'], { CKI: { excused: 4, unexcused: 3, total: 7 } }],
    [['Số buổi nghỉ HK1-P', 'Số buổi nghỉ HK1-K'], { CKI: { excused: 4, unexcused: 3, total: 7 } }],
    [['Buổi nghỉ P', 'Buổi nghỉ K'], { CN: { excused: 4, unexcused: 3, total: 7 } }],
  ])('%j: P and K, adding up, none a repeated Tổng', (labels, absences) => {
    const read = parse(labels, [4, 3, 7].slice(0, labels.length));
    expect(read.students[0].absences).toEqual(absences);
    // No point named, rated at Cuối học kì I: the count so far (review-7 F1).
    expect(said(read)).toEqual('CN' in (absences as object) ? ['ABSENCE_SO_FAR@D1'] : []);
  });

  it('both letters in one label ("Số buổi nghỉ P K") name no one part: not counted, said at its cell', () => {
    const read = parse(['Số buổi nghỉ P K'], [5]);
    expect(read.students[0].absences).toBeUndefined();
    expect(said(read)).toEqual(['ABSENCE_LABEL_UNCLEAR@D1']);
  });

  it('a letter in a word is no part: "Số buổi nghỉ HKI" is Cuối học kì I\'s Tổng', () => {
    expect(parse(['Số buổi nghỉ HKI'], [5]).students[0].absences).toEqual({ CKI: { total: 5 } });
  });
});

describe('the words beside the absence words', () => {
  it('nothing beside them: the year\'s Tổng', () => {
    const read = parse(['Số buổi nghỉ'], [5]);
    expect([read.students[0].absences, said(read)]).toEqual([{ CN: { total: 5 } }, ['ABSENCE_SO_FAR@D1']]);
  });

  it.each(['Số buổi nghỉ 2025x2026', 'Số buổi nghỉ 2025-2026x'])('a school year run into other letters (%p) places nothing: not counted, said', (label) => {
    const read = parse([label], [5]);
    expect([read.students[0].absences, said(read)]).toEqual([undefined, ['ABSENCE_LABEL_UNCLEAR@D1']]);
  });

  it.each<[string, string]>([['Số buổi nghỉ năm học 2025 - 2026', 'CN'], ['HK2 - Số buổi nghỉ (2025/2026)', 'CKII'], ['Số buổi nghỉ HKI 2025-2026', 'CKI']])(
    'a school year however written places nothing (%p is %s)', (label, point) => {
      const read = parse([label], [5]);
      expect([read.students[0].absences, said(read).filter((p) => p.startsWith('ABSENCE_LABEL'))]).toEqual([{ [point]: { total: 5 } }, []]);
    });

  it('a point group only the label reader understands ("Kết quả Học kỳ I năm học 2025-2026") over Buổi nghỉ', () => {
    const read = parseRoster([{ name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'HK1 - Toán', 'Kết quả Học kỳ I năm học 2025-2026'],
      ['', '', '', 'Số buổi nghỉ'],
      ['Lê Văn Bình', '6A', 7, 5],
    ] } as never], options);
    expect(read.students.map((s) => s.absences)).toEqual([{ CKI: { total: 5 } }]);
  });
});
