// A combined subject in the one-row header form (issue 17): "KHTN (Lí) HK1", "HK1 - KHTN (Hóa)" named
// two areas in one label, so the column was not read and its message asked for "Toán, Tiếng Việt,
// Năng lực, Phẩm chất" in a THCS tab. Each part is now read as the subject it names, exactly as under
// KHTN merged over Lí | Hóa | Sinh (roster-combined-subject); a label naming several subjects is
// still not read, and its message gives examples of the tab's own level.
import fc from 'fast-check';
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';
import { propertyRuns } from '../helpers/property-runs';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'Cô Hoa', 40], ['4A', 4, 'Cô Lan', 30]] };
const tab = (labels: string[], marks: Array<string | number>, cls = '8A', toan: string | number = '6'): SheetGrid => ({
  name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Toán HK1', ...labels], [1, 'Nguyễn Văn An', cls, 'Cô Lan', toan, ...marks]],
});
const header = (a: ReturnType<typeof run>) => a.problems.filter((p) => p.code === 'HEADER_DUPLICATE' || p.code === 'COLUMN_UNPLACED');

describe('a combined subject\'s parts in one header row', () => {
  const KHTN = ['Vật lí', 'Hóa học', 'Sinh học'];
  it.each<[string[], Array<string | number>, string[], string[]]>([
    [['KHTN (Lí) HK1', 'KHTN (Hóa) HK1', 'KHTN (Sinh) HK1'], ['6', '7', '3'], KHTN, ['Sinh học']],
    [['HK1 - KHTN (Vật lí)', 'HK1 - KHTN (Hóa học)', 'HK1 - KHTN (Sinh học)'], [4.5, 7, 8], KHTN, ['Vật lí']],
    [['HK1 - KHTN - Lí', 'HK1 - KHTN - Hóa', 'HK1 - KHTN - Sinh'], ['3', '3', '7'], KHTN, ['Vật lí', 'Hóa học']],
    [['Khoa học tự nhiên (Sinh học) - Học kỳ 1'], ['4,5'], ['Sinh học'], ['Sinh học']],
    [['HK1 - Vật lí (KHTN)'], ['4'], ['Vật lí'], ['Vật lí']],
    [['Nghệ thuật (Âm nhạc) HK1', 'Nghệ thuật (Mĩ thuật) HK1'], ['Đ', 'CĐ'], ['Âm nhạc', 'Mĩ thuật'], ['Mĩ thuật']],
    [['HK1 - LS&ĐL (Lịch sử)', 'HK1 - LS&ĐL (Địa lí)'], ['3,5', '4'], ['Lịch sử', 'Địa lí'], ['Lịch sử', 'Địa lí']],
  ])('%j %j at 8A: read as %j, needs %j', (labels, marks, areas, need) => {
    const a = run([tab(labels, marks), CLASSES]);
    expect(a.roster.tabs[0].layout?.reviewColumns.map((c) => `${c.reviewPoint}:${c.area}`)).toEqual(['Toán', ...areas].map((x) => `CKI:${x}`));
    expect(a.students[0].reviews.CKI?.need).toEqual(need);
    expect(header(a)).toEqual([]);
  });

  it('Tin học và Công nghệ (Công nghệ) at 4A: each part is its subject, read on T/H/C', () => {
    const a = run([tab(['HKI - Tin học và Công nghệ (Tin học)', 'HKI - Tin học và Công nghệ (Công nghệ)'], ['H', 'C'], '4A', 'H'), CLASSES]);
    expect(a.students[0].reviews.CKI?.need).toEqual(['Công nghệ']);
    expect(header(a)).toEqual([]);
  });
});

describe('a one-row label naming several subjects is not read, and says so with examples of the tab\'s level', () => {
  it('"KHTN (Lí, Hóa) HK1" at 8A: unplaced at its cell, secondary examples, no primary ones', () => {
    const a = run([tab(['KHTN (Lí, Hóa) HK1'], ['3']), CLASSES]);
    expect(a.students[0].reviews.CKI?.need).toEqual([]);
    expect(header(a).map((p) => `${p.severity}@${p.cell}`)).toEqual(['error@F1']);
    const { message } = header(a)[0];
    expect(message).toContain('"KHTN (Lí, Hóa) HK1"');
    expect(message).toContain('ghi nhiều môn');
    expect(message).toContain('"HK1 - KHTN (Lí)"');
    expect(message).not.toMatch(/Tiếng Việt|Năng lực|Phẩm chất/);
    expect(message).toBe(message.normalize('NFC'));
  });

  it('"Học kỳ 1" merged over "KHTN (Lí, Hóa)" at 8A: the same message at the lower cell', () => {
    const grid: SheetGrid = { name: 'Danh sách', values: [['STT', 'Họ và tên', 'Lớp', 'Học kỳ 1', ''], ['', '', '', 'Toán', 'KHTN (Lí, Hóa)'], [1, 'Nguyễn Văn An', '8A', '6', '3']],
      merges: [{ row: 1, column: 4, numRows: 1, numColumns: 2 }] };
    const a = run([grid, CLASSES]);
    expect(header(a).map((p) => `${p.cell}: ${p.message}`)).toEqual(['E2: Cột E "KHTN (Lí, Hóa)" thuộc mốc Cuối học kì I nhưng ghi nhiều môn trong một tiêu đề, '
      + 'nên chưa được tính. Mỗi cột ghi một môn, ví dụ "HK1 - KHTN (Lí)", "HK1 - KHTN (Hóa)".']);
  });

  it.each(['Tiếng Pháp (NN1) HK1', 'Ngoại ngữ 1 (Tiếng Pháp) HK1', 'HK1 - Tiếng Anh (NN2)'])('%j at 8A: a language and a rank, not guessed, and told how to write a language', (label) => {
    const a = run([tab([label], ['4']), CLASSES]);
    expect(a.students[0].reviews.CKI?.need).toEqual([]);
    expect(header(a).map((p) => `${p.severity}@${p.cell}: ${p.message}`)).toEqual([`error@F1: Cột F "${label}" thuộc mốc Cuối học kì I nhưng ghi hai tên ngoại ngữ `
      + 'trong một tiêu đề, nên chưa được tính. Ghi "Ngoại ngữ" (hoặc tên thứ tiếng, ví dụ "Tiếng Pháp") cho ngoại ngữ thứ nhất của lớp, "Ngoại ngữ 2" cho ngoại ngữ thứ hai, ví dụ "HK1 - Ngoại ngữ".']);
  });

  it('a review point with no subject at 8A: the subjects to write are secondary ones', () => {
    const a = run([tab(['Cuối HKI'], ['3']), CLASSES]);
    const [message] = header(a).map((p) => p.message);
    expect(message).toContain('thiếu tên môn');
    expect(message).toContain('Ngữ văn');
    expect(message).not.toMatch(/Tiếng Việt|Năng lực|Phẩm chất/);
  });
});

describe('property: one-row KHTN parts give exactly the subjects below 5, in any label form', () => {
  const forms = [(s: string) => `KHTN (${s}) HK1`, (s: string) => `HK1 - KHTN (${s})`, (s: string) => `Học kỳ 1 - Khoa học tự nhiên - ${s}`];
  it('holds for any three marks', () => {
    const mark = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
    fc.assert(fc.property(fc.constantFrom(...forms), mark, mark, mark, (form, li, hoa, sinh) => {
      const a = run([tab(['Lí', 'Hóa', 'Sinh'].map(form), [li, hoa, sinh]), CLASSES]);
      const expected = [['Vật lí', li], ['Hóa học', hoa], ['Sinh học', sinh]].filter(([, m]) => (m as number) < 5).map(([s]) => s);
      expect(a.students[0].reviews.CKI?.need).toEqual(expected);
      expect(header(a)).toEqual([]);
    }), { numRuns: propertyRuns(40) });
  });
});
