// Early warning (PRODUCT 3.9): four signals at the latest review point with data; two make atRisk.
import fc from 'fast-check';
import { defaultConfig, parseConfig } from '../../src/core/read/config';
import { absenceThreshold, riskSignals, type RiskReason } from '../../src/core/rules/risk';
import type { Absences, Student, StudentReview } from '../../src/core/model';
import type { ReviewPointCode } from '../../src/core/vocab';
import { propertyRuns } from '../helpers/property-runs';
import { student } from '../helpers/student';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

const RISK = defaultConfig().risk;
const review = (...need: string[]): StudentReview => ({ rated: true, need, blank: [] });


type Signal = 'absence' | 'conduct' | 'learning' | 'hardship';
const REASON: Record<Signal, RiskReason> = { absence: 'Chuyên cần', conduct: 'Rèn luyện', learning: 'Học tập', hardship: 'Hoàn cảnh' };

/** A student planted with exactly the given signals, at primary (khối 4) or secondary (khối 10), at CKI. */
function planted(signals: Signal[], level: 'primary' | 'secondary'): Student {
  const need: string[] = [];
  if (signals.includes('conduct')) need.push(level === 'primary' ? 'Phẩm chất' : 'Rèn luyện');
  if (signals.includes('learning')) need.push(...(level === 'primary' ? ['Toán', 'Tiếng Việt'] : ['Học tập']));
  if (!signals.includes('learning')) need.push(level === 'primary' ? 'Toán' : 'Ngữ văn'); // one subject alone is no signal
  const absences: Partial<Record<ReviewPointCode, Absences>> = { CKI: { excused: 4, unexcused: 3, total: signals.includes('absence') ? 20 : 19 } };
  return student({
    grade: level === 'primary' ? 4 : 10, className: level === 'primary' ? '4A' : '10A1',
    reviews: { GKI: review('Toán'), CKI: review(...need) }, absences,
    ...(signals.includes('hardship') ? { hardship: 'Bố mẹ làm ăn xa, ở với ông bà' } : {}),
  });
}

const SIGNALS: Signal[] = ['absence', 'conduct', 'learning', 'hardship'];
const subsets = (items: Signal[]): Signal[][] => items.reduce<Signal[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);

describe('the four signals, alone, in pairs and all together', () => {
  for (const level of ['primary', 'secondary'] as const) {
    it.each(subsets(SIGNALS).map((s) => [s.join('+') || 'none', s] as [string, Signal[]]))(`${level}: %s`, (_label, signals) => {
      const result = riskSignals(planted(signals, level), RISK);
      expect(result.reasons).toEqual(SIGNALS.filter((s) => signals.includes(s)).map((s) => REASON[s]));
      expect(result.atRisk).toBe(signals.length >= 2);
      expect(result.point).toBe('CKI');
    });
  }
});

describe('each signal as PRODUCT 3.9 words it', () => {
  it('Học tập: a need in the same area at three rated points running (not improved twice), not at two', () => {
    const twice = student({ reviews: { DN: review('Toán'), GKI: review('Toán'), CKI: review('Toán') }, hardship: 'x' });
    const once = student({ reviews: { DN: review('Tiếng Việt'), GKI: review('Toán'), CKI: review('Toán') }, hardship: 'x' });
    expect(riskSignals(twice, RISK).reasons).toEqual(['Học tập', 'Hoàn cảnh']);
    expect(riskSignals(once, RISK).reasons).toEqual(['Hoàn cảnh']);
  });

  it('Học tập: two subjects, but Năng lực and Phẩm chất are no subjects', () => {
    expect(riskSignals(student({ reviews: { CKI: review('Toán', 'Năng lực') } }), RISK).reasons).toEqual([]);
    expect(riskSignals(student({ reviews: { CKI: review('Toán', 'Khoa học') } }), RISK).reasons).toEqual(['Học tập']);
  });

  it('only the latest review point with data counts: an old need that was met is no signal', () => {
    const s = student({ reviews: { GKI: review('Phẩm chất', 'Toán', 'Tiếng Việt'), CKI: review() } });
    expect(riskSignals(s, RISK)).toEqual({ point: 'CKI', reasons: [], atRisk: false });
  });

  it('Chuyên cần: 20 buổi in a học kì by default, half at a giữa kì, twice at Cuối kì II and Cả năm, or more than 45 in the year', () => {
    const at = (point: ReviewPointCode, total: number) => riskSignals(student({ absences: { [point]: { total } } }), RISK).reasons;
    // Half a học kì has passed at Giữa kì I and II (was 20: changed on purpose).
    expect([at('GKI', 9), at('GKI', 10), at('GKII', 9), at('GKII', 10)]).toEqual([[], ['Chuyên cần'], [], ['Chuyên cần']]);
    expect([at('CKI', 19), at('CKI', 20), at('CN', 39), at('CN', 40)]).toEqual([[], ['Chuyên cần'], [], ['Chuyên cần']]);
    // vnEdu's Học kỳ 2 Buổi nghỉ count the whole year (DOMAIN.md 2): the year threshold.
    expect([at('CKII', 39), at('CKII', 40)]).toEqual([[], ['Chuyên cần']]);
    const year = { ...RISK, semesterAbsences: 30 };
    expect(riskSignals(student({ absences: { CN: { total: 45 } } }), year).reasons).toEqual([]);
    expect(riskSignals(student({ absences: { CN: { total: 46 } } }), year).reasons).toEqual(['Chuyên cần']);
    // More than 45 in the year holds at Cuối kì II too (the summer list reads it so).
    expect(riskSignals(student({ absences: { CKII: { total: 45 } } }), year).reasons).toEqual([]);
    expect(riskSignals(student({ absences: { CKII: { total: 46 } } }), year).reasons).toEqual(['Chuyên cần']);
  });

  it('Chuyên cần: with the sessions of a học kì given, 10% of them (rounded up), or the rate Cấu hình sets', () => {
    expect(absenceThreshold({ ...RISK, sessionsPerSemester: 90 }, 'CKI')).toBe(9);
    expect(absenceThreshold({ ...RISK, sessionsPerSemester: 85 }, 'CKI')).toBe(9);
    expect(absenceThreshold({ ...RISK, sessionsPerSemester: 90, absenceRate: 15 }, 'CN')).toBe(28);
    expect(absenceThreshold(RISK, 'GKII')).toBe(10);
    expect(absenceThreshold({ ...RISK, sessionsPerSemester: 90 }, 'GKI')).toBe(5);
    expect(absenceThreshold({ ...RISK, sessionsPerSemester: 90 }, 'CKII')).toBe(18);
  });

  it('no data at all: only Hoàn cảnh can be on, never the flag', () => {
    expect(riskSignals(student({ hardship: 'Mồ côi cha' }), RISK)).toEqual({ point: undefined, reasons: ['Hoàn cảnh'], atRisk: false });
  });
});

describe('property: one signal alone never makes the flag', () => {
  const areaArb = fc.constantFrom('Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Ngữ văn', 'Học tập', 'Rèn luyện', 'Khoa học');
  const pointArb = fc.constantFrom<ReviewPointCode>('DN', 'GKI', 'CKI', 'GKII', 'CN');
  const studentArb = fc.record({
    reviews: fc.dictionary(pointArb, fc.record({ rated: fc.boolean(), need: fc.uniqueArray(areaArb, { maxLength: 4 }), blank: fc.constant([]) })),
    absences: fc.dictionary(pointArb, fc.record({ total: fc.integer({ min: 0, max: 80 }) })),
    hardship: fc.option(fc.constant('Khó khăn'), { nil: undefined }),
  });
  it('atRisk ⇔ at least two reasons; with exactly one reason, never', () => {
    fc.assert(fc.property(studentArb, (over) => {
      const s = student({ ...over, reviews: over.reviews as Student['reviews'], absences: over.absences as Student['absences'] });
      const result = riskSignals(s, RISK);
      expect(result.atRisk).toBe(result.reasons.length >= 2);
      if (result.reasons.length === 1) expect(result.atRisk).toBe(false);
    }), { numRuns: propertyRuns(500) });
  });
});

describe('the thresholds in Cấu hình', () => {
  const read = (rows: unknown[][]) => parseConfig({ name: 'Cấu hình', values: [['Mục', 'Giá trị'], ...rows] }, WALL_CLOCK_OFFSET);
  it('are read as schools write them', () => {
    const { config, problems } = read([
      ['Số buổi học một học kì', 90], ['Tỉ lệ buổi nghỉ báo động (%)', '15%'], ['Số buổi nghỉ báo động một học kì', '25 buổi'],
      ['Số buổi nghỉ tối đa cả năm', 40], ['Hạn báo cáo tháng (ngày)', 20],
    ]);
    expect(problems).toEqual([]);
    expect(config.risk).toEqual({ sessionsPerSemester: 90, absenceRate: 15, semesterAbsences: 25, yearAbsences: 40 });
    expect(config.monthlyDeadlineDay).toBe(20);
    expect(read([['Tỉ lệ nghỉ', 0.12]]).config.risk.absenceRate).toBe(12); // a cell formatted as percent
  });

  it('a bad value is a warning at its cell and the default stays', () => {
    const { config, problems } = read([
      ['Số buổi học một học kì', 'chín mươi'], ['Tỉ lệ buổi nghỉ báo động (%)', '150%'], ['Số buổi nghỉ báo động một học kì', 0],
      ['Số buổi nghỉ tối đa cả năm', '4,5'], ['Hạn báo cáo tháng (ngày)', 31],
    ]);
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['B2', 'B3', 'B4', 'B5', 'B6'].map((c) => `CONFIG_VALUE_INVALID@${c}`));
    expect(config.risk).toEqual(defaultConfig().risk);
    expect(config.monthlyDeadlineDay).toBe(25);
  });
});
