// A Buổi nghỉ column naming no review point ("Số buổi nghỉ") mid-year (review-7 F1). It was read as
// Cả năm, and early warning took Cả năm as the latest point with data, where nobody is rated: the
// rating signals (Học tập, Rèn luyện) vanished and 25 buổi in HK1 was held against the year's 40,
// without a word. Now the signals are taken at the latest RATED point, the count is the count so far
// held against that point's threshold (the year's only once Cả năm is rated), and the header cell says so.
import fc from 'fast-check';
import { buildReport } from '../../src/core/report';
import { parseRoster } from '../../src/core/read/roster';
import { defaultConfig } from '../../src/core/read/config';
import { absenceThreshold, riskSignals } from '../../src/core/rules/risk';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { SheetGrid } from '../../src/core/model';
import type { ReviewPointCode } from '../../src/core/vocab';
import { run } from '../helpers/grid';
import { student } from '../helpers/student';
import { adoptOfficial } from '../../src/core/join/adopt';
import { propertyRuns } from '../helpers/property-runs';

const CLASSES: SheetGrid = { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['8A', 8, 'Cô Hoa', 40], ['3A', 3, 'Cô Mai', 30]] };
const HEAD = ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'GV hỗ trợ', 'Hoàn cảnh'];

/** The reviewer's roster (THCS 8A, rated at HK1), with the given Buổi nghỉ header (none: no column). */
function thcs(absenceLabel: string | undefined, points = ['HK1']): SheetGrid {
  const extra = absenceLabel ? [absenceLabel] : [];
  const ratings = points.flatMap((p) => [`Toán ${p}`, `Văn ${p}`, `KQHT ${p}`, `KQRL ${p}`]);
  const marks = (toan: string, van: string, kqht: string, kqrl: string) => points.flatMap(() => [toan, van, kqht, kqrl]);
  return { name: 'Danh sách', values: [
    [...HEAD, ...extra, ...ratings],
    [1, 'Nguyễn Văn An', '01/02/2012', '8A', 'Cô Lan', '', ...(absenceLabel ? [3] : []), ...marks('3,5', '4,0', 'Chưa đạt', 'Chưa đạt')],
    [2, 'Trần Thị Bình', '03/04/2012', '8A', 'Cô Lan', 'Hộ nghèo', ...(absenceLabel ? [25] : []), ...marks('4,5', '6', 'Đạt', 'Tốt')],
  ] };
}

function flagsOf(sheets: SheetGrid[], today: string): string[] {
  const report = buildReport(run(sheets, today));
  return report.flags.map((f) => `${f.name} ${f.reviewPoint}:${f.kinds.join(',')}${f.reasons ? `[${f.reasons.join(',')}]` : ''}`);
}

const soFarSaid = (sheets: SheetGrid[], today: string) => run(sheets, today).problems.filter((p) => p.code === 'ABSENCE_SO_FAR');

describe('a Buổi nghỉ column naming no point, mid-year (THCS, rated at Cuối học kì I)', () => {
  it.each([
    ['no Buổi nghỉ column', undefined],
    ['"Số buổi nghỉ" (no point)', 'Số buổi nghỉ'],
    ['"Tổng số buổi nghỉ" (no point)', 'Tổng số buổi nghỉ'],
    ['"HK1 - Số buổi nghỉ" (named)', 'HK1 - Số buổi nghỉ'],
  ])('%s: An keeps atRisk[Rèn luyện, Học tập]; Bình\'s 25 buổi is held against a học kì\'s 20', (_, label) => {
    const flags = flagsOf([thcs(label), CLASSES], '2026-01-20');
    expect(flags).toContain('Nguyễn Văn An CKI:new,atRisk[Rèn luyện,Học tập]');
    expect(flags).toContain(label ? 'Trần Thị Bình CKI:new,atRisk[Chuyên cần,Hoàn cảnh]' : 'Trần Thị Bình CKI:new');
  });

  it('the header cell of the count so far says how it is read, naming the tab\'s latest rated point and the header to write', () => {
    const said = soFarSaid([thcs('Số buổi nghỉ'), CLASSES], '2026-01-20');
    expect(said.map((p) => `${p.severity} ${p.sheet}!${p.cell}`)).toEqual(['warning Danh sách!G1']);
    expect(said[0].message).toContain('số buổi nghỉ từ đầu năm đến nay');
    expect(said[0].message).toContain('(ở trang này: Cuối học kì I)');
    expect(said[0].message).toContain('"HK1 - Số buổi nghỉ"');
    expect(said[0].message).toBe(said[0].message.normalize('NFC'));
    expect(soFarSaid([thcs('HK1 - Số buổi nghỉ'), CLASSES], '2026-01-20')).toEqual([]);
  });

  it('once Cả năm is rated, the count is the year\'s: held against 40, and nothing is said', () => {
    const sheets = [thcs('Số buổi nghỉ', ['HK1', 'CN']), CLASSES];
    const flags = flagsOf(sheets, '2026-06-10');
    expect(flags).toContain('Nguyễn Văn An CN:notImproved,atRisk[Rèn luyện,Học tập]');
    expect(flags.filter((f) => f.startsWith('Trần Thị Bình'))).toEqual(['Trần Thị Bình CKI:new', 'Trần Thị Bình CN:notImproved']); // 25 < 40: one signal
    expect(soFarSaid(sheets, '2026-06-10')).toEqual([]);
  });

  it('a column naming the rated point wins over the count so far at that point', () => {
    const sheet = thcs('Số buổi nghỉ');
    sheet.values[0].splice(7, 0, 'HK1 - Số buổi nghỉ');
    sheet.values[1].splice(7, 0, 0);
    sheet.values[2].splice(7, 0, 2); // Bình: 2 in HK1, 25 written so far: HK1's 2 is read at Cuối học kì I
    expect(flagsOf([sheet, CLASSES], '2026-01-20')).toContain('Trần Thị Bình CKI:new');
  });
});

describe('the family: primary, and a student rated nowhere', () => {
  it('primary 3A rated at Giữa học kì I: 12 buổi so far reach half a học kì (10)', () => {
    const sheet: SheetGrid = { name: 'Danh sách', values: [
      ['STT', 'Họ và tên', 'Lớp', 'Hoàn cảnh', 'Số buổi nghỉ', 'GKI - Toán', 'GKI - Tiếng Việt'],
      [1, 'Lê Thị Cúc', '3A', 'Mồ côi mẹ', 12, 'C', 'H'],
    ] };
    expect(flagsOf([sheet, CLASSES], '2025-11-20')).toContain('Lê Thị Cúc GKI:noSupporter,new,atRisk[Chuyên cần,Hoàn cảnh]');
    expect(soFarSaid([sheet, CLASSES], '2025-11-20').map((p) => p.cell)).toEqual(['E1']);
  });

  it('a student rated nowhere: the count so far is held at the point the run date is in, not the year', () => {
    const sheet = thcs('Số buổi nghỉ');
    sheet.values[2] = [2, 'Trần Thị Bình', '03/04/2012', '8A', 'Cô Lan', 'Hộ nghèo', 25, '', '', '', ''];
    expect(flagsOf([sheet, CLASSES], '2026-01-20').filter((f) => f.startsWith('Trần Thị Bình'))).toEqual(['Trần Thị Bình CKI:atRisk[Chuyên cần,Hoàn cảnh]']);
  });
});

describe('a rating never disappears behind an absence count of a later point', () => {
  it('rated at Cuối học kì I, "Cả năm - Số buổi nghỉ" written: Rèn luyện and Học tập stay, the year\'s count against the year', () => {
    const flags = flagsOf([thcs('Cả năm - Số buổi nghỉ'), CLASSES], '2026-01-20');
    expect(flags).toContain('Nguyễn Văn An CKI:new,atRisk[Rèn luyện,Học tập]');
    expect(flags).toContain('Trần Thị Bình CKI:new'); // 25 of the year < 40
  });
});

// Property: adding a Buổi nghỉ column that names no point changes no signal but Chuyên cần, nor the
// point; Chuyên cần is then exactly the count against the threshold of the latest rated point
// (the point of the run date when none), or more than 45 buổi.
const POINTS: Array<[string, ReviewPointCode]> = [['GKI', 'GKI'], ['HK1', 'CKI'], ['GKII', 'GKII'], ['HK2', 'CKII'], ['CN', 'CN']];
const options = { classList: { classes: [], byKey: new Map() }, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET } as never;
const RISK = defaultConfig().risk;

describe('property: a count so far adds Chuyên cần at most, held against the latest rated point', () => {
  it('holds for any rated points, ratings, Hoàn cảnh and count', () => {
    const rated = fc.subarray(POINTS);
    const mark = fc.constantFrom('3,5', '7', '');
    const result = fc.constantFrom('Chưa đạt', 'Đạt', '');
    fc.assert(fc.property(rated, fc.array(fc.tuple(mark, mark, result, result), { minLength: 5, maxLength: 5 }), fc.boolean(),
      fc.integer({ min: 0, max: 60 }), fc.constantFrom<ReviewPointCode>('GKI', 'CKI', 'GKII'), (points, marks, poor, count, current) => {
        const head = ['Họ và tên', 'Lớp', 'Hoàn cảnh', ...points.flatMap(([p]) => [`Toán ${p}`, `Văn ${p}`, `KQHT ${p}`, `KQRL ${p}`])];
        const row = ['Nguyễn Văn An', '8A', poor ? 'Hộ nghèo' : '', ...points.flatMap((_, i) => marks[i])];
        const read = (extra: boolean) => parseRoster([{ name: 'Danh sách',
          values: [[...head, ...(extra ? ['Số buổi nghỉ'] : [])], [...row, ...(extra ? [count] : [])]] } as never], options).students[0];
        const without = riskSignals(read(false), RISK, current);
        const withCount = riskSignals(read(true), RISK, current);
        const rest = (reasons: string[]) => reasons.filter((r) => r !== 'Chuyên cần');
        expect(rest(withCount.reasons)).toEqual(rest(without.reasons));
        expect(without.reasons).not.toContain('Chuyên cần');
        const at = without.point ?? current;
        expect(withCount.point ?? current).toBe(at);
        expect(withCount.reasons.includes('Chuyên cần')).toBe(count >= absenceThreshold(RISK, at) || count > RISK.yearAbsences);
      }), { numRuns: propertyRuns(200) });
  });
});

describe('an official tab\'s Cả năm count names its point', () => {
  it('joined to a Danh sách row read so far, the official Cả năm count stands as the year\'s', () => {
    const listed = student({ absences: { CN: { total: 25 } }, absencesSoFar: true, reviews: { CKI: { rated: true, need: [], blank: [] } } });
    const joined = adoptOfficial(listed, student({ absences: { CN: { total: 30 } } }), {} as never, []);
    expect([joined.absences, joined.absencesSoFar]).toEqual([{ CN: { total: 30 } }, undefined]);
    expect(adoptOfficial(listed, student({ absences: { CKI: { total: 3 } } }), {} as never, []).absencesSoFar).toBe(true);
  });
});
