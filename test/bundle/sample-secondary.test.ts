// The THCS&THPT sample (`npm run local -- --sample thcs`) through the built bundle. Every number is
// counted here again from the sample's spec with this file's own reading of the cells (a score
// below 5,0, CĐ / Chưa đạt, Học tập or Rèn luyện Chưa đạt, TT58 Yếu / Kém), never copied from the
// output: totals per khối and level at each review point, the summer list, the planted mistakes.
import { roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { SAMPLE_AREA_KIND, sampleSecondarySchool, sampleSecondarySpec, type SampleValue } from '../../local/sample-secondary';
import { columnLetters } from '../../src/core/text';

const spec = sampleSecondarySpec();
const POINTS = ['CKI', 'CKII', 'CN'] as const;
/** The add-in's names for the headers the sample writes (roster and vnEdu). */
const AREA_NAME: Record<string, string> = {
  Toán: 'Toán', 'Ngữ văn': 'Ngữ văn', Văn: 'Ngữ văn', 'Tiếng Anh': 'Ngoại ngữ', 'Ng.ngữ': 'Ngoại ngữ', KHTN: 'Khoa học tự nhiên',
  'Vật lí': 'Vật lí', GDTC: 'Giáo dục thể chất', 'Học tập': 'Học tập', 'Rèn luyện': 'Rèn luyện',
};
const AREAS = ['Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện', 'Giáo dục thể chất', 'Khoa học tự nhiên', 'Vật lí'];

function needs(kind: 'score' | 'comment' | 'result', value: SampleValue | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (kind === 'score') return Number(String(value).replace(',', '.')) < 5;
  return ['CĐ', 'Chưa đạt', 'Yếu', 'Kém'].includes(String(value));
}

interface Counted { grade: number; className: string; name: string; disability: boolean; need: Partial<Record<string, string[]>>; absences?: number }

/** The students the add-in should count, with their needs per review point, read from the spec. */
function countedStudents(): Counted[] {
  const planted = new Set(spec.mistakes.filter((m) => m.code === 'RATING_INVALID').map((m) => `${m.tab}|${m.student}`));
  const list: Counted[] = [];
  for (const r of spec.rosters) {
    r.spec.students.forEach((s, i) => {
      if (planted.has(`${r.spec.rosterName}|${i}`)) return;
      const need = Object.fromEntries(POINTS.map((p) => [p, Object.entries(s.ratings[p])
        .filter(([area, v]) => needs(SAMPLE_AREA_KIND[area], v)).map(([area]) => AREA_NAME[area])]));
      list.push({ grade: parseInt(s.className, 10), className: s.className, name: String(s.name), disability: !!s.disability, need,
        absences: Number(s.cells['Số buổi nghỉ']) });
    });
  }
  const tab = spec.vnedu;
  for (const s of tab.students) {
    const subjects = Object.entries(s.marks ?? {}).filter(([subject, v]) => needs(tab.subjects.find((x) => x.name === subject)!.kind, v));
    const cn = subjects.map(([subject]) => {
      if (!AREA_NAME[subject]) throw new Error(`no area name for ${subject}`);
      return AREA_NAME[subject];
    });
    if (s.learning === 'Chưa đạt') cn.push('Học tập');
    if (s.conduct === 'Chưa đạt') cn.push('Rèn luyện');
    const [p, k, total] = s.absences ?? [0, 0, 0];
    list.push({ grade: tab.grade, className: tab.className, name: s.name, disability: false, need: { CN: cn },
      absences: total === '' ? Number(p) + Number(k) : Number(total) });
  }
  return list;
}

const counted = countedStudents();
const listed = new Map(spec.classes.map((c) => [c.name, c]));

/** THHS per khối: the Lớp tab's sĩ số, plus the roster rows of a class the Lớp tab does not list. */
function studentsOf(grade: number): number {
  const sizes = spec.classes.filter((c) => c.grade === grade).reduce((sum, c) => sum + (c.size as number), 0);
  return sizes + counted.filter((s) => s.grade === grade && !listed.has(s.className)).length;
}

function expectedRows(point: (typeof POINTS)[number]) {
  const grades = [...new Set(spec.classes.map((c) => c.grade as number))];
  return grades.map((grade) => {
    const here = counted.filter((s) => s.grade === grade && (s.need[point]?.length ?? 0) > 0);
    return [grade, studentsOf(grade), here.length, here.filter((s) => s.disability).length,
      ...AREAS.map((a) => here.filter((s) => s.need[point]!.includes(a)).length)];
  });
}

type Json = ReturnType<typeof runSummarize>['json'];
let json: Json;
let layouts: ReturnType<typeof sampleSecondarySchool>['layouts'];
let theoDoi: string[];
/** Every text cell of every tab after the run, as "tab!row: text". */
let texts: string[];

beforeAll(async () => {
  const sample = sampleSecondarySchool();
  layouts = sample.layouts;
  const book = await roundTrip(sample.workbook);
  json = runSummarize(book, { today: sample.today }).json;
  const tabs = snapshot(book);
  theoDoi = tabs['Theo dõi'].map((r) => r.map((c) => c ?? '').join('|'));
  texts = Object.entries(tabs).flatMap(([tab, rows]) => rows.flatMap((r, i) => r.filter((c) => typeof c === 'string').map((c) => `${tab}!${i + 1}: ${c}`)));
});

describe('the THCS&THPT sample school through the built bundle', () => {
  it('is a school of several hundred students, two levels, three roster header styles and a vnEdu tab', () => {
    expect(spec.rosters.map((r) => r.style)).toEqual(['merged', 'subject-point', 'point-subject']);
    expect(json.levels.map((l) => [l.level, l.grades])).toEqual([['THCS', [6, 7, 8, 9]], ['THPT', [10, 11, 12]]]);
    expect(json.reviewPoints).toEqual(['CKI', 'CKII', 'CN']);
    const rosterRows = spec.rosters.reduce((n, r) => n + r.spec.students.length, 0);
    const excluded = spec.mistakes.filter((m) => m.code === 'RATING_INVALID').length;
    expect(json.rows).toMatchObject({ read: rosterRows + spec.vnedu.students.length, excluded, counted: rosterRows + spec.vnedu.students.length - excluded });
    expect(json.totals.CN.total.students).toBeGreaterThan(400);
    expect(json.sources.filter((s) => s.kind === 'official').map((s) => [s.sheet, s.level, s.reviewPoint, s.counted])).toEqual([['9b', 'THCS', 'CN', true]]);
  });

  it.each(POINTS)('exact totals per khối at %s, and the whole school\'s', (point) => {
    const rows = json.totals[point].byGrade.map((g) => [g.grade, g.students, g.needSupport, g.disability, ...AREAS.map((a) => g.byArea[a] ?? 0)]);
    const expected = expectedRows(point);
    expect(rows).toEqual(expected);
    const tc = expected.reduce((t, r) => t.map((v, i) => v + r[i]), expected[0].map(() => 0));
    expect(json.totals[point].total).toMatchObject({ students: tc[1], needSupport: tc[2], disability: tc[3] });
    // Every area the sample writes is needed by someone at Cuối học kì I: the counts are not vacuous.
    if (point === 'CKI') for (const a of AREAS) expect(expected.some((r) => r[4 + AREAS.indexOf(a)] > 0)).toBe(true);
  });

  it('names the year\'s review point Cả năm everywhere, never Cuối năm: no primary khối (TT22)', () => {
    expect(texts.filter((t) => t.includes('Cuối năm'))).toEqual([]);
    expect(json.problems.filter((p) => p.message.includes('Cuối năm'))).toEqual([]);
    // Where the point is named: Theo dõi's section, Kiểm tra's messages and the official tab read, Tổng hợp's sources.
    expect(theoDoi.map((l) => l.replace(/\|+$/, '')).filter((l) => /^CẢ NĂM: \d+ học sinh cần hỗ trợ$/.test(l))).toEqual([`CẢ NĂM: ${json.totals.CN.total.needSupport} học sinh cần hỗ trợ`]);
    expect(texts.filter((t) => t.startsWith('Kiểm tra!') && t.includes('Trang kết quả các lớp đã đọc'))).toEqual(['Kiểm tra!3: Trang kết quả các lớp đã đọc: Cả năm: 9b.']);
    expect(json.problems.filter((p) => p.message.includes('(Cả năm)')).map((p) => p.code).sort()).toEqual(
      ['RATING_INVALID', 'SUPPORTER_MISSING', 'SUPPORTER_MISSING', 'SUPPORTER_MISSING', 'SUPPORTER_MISSING', 'SUPPORTER_MISSING']);
    expect(texts.filter((t) => t.includes('Nguồn: kết quả vnEdu Cả năm, 1 lớp khối 9 (9b)'))).toHaveLength(2);
  });

  it('the summer list at Cả năm: kiểm tra lại with the subjects, rèn luyện trong hè, more than 45 buổi nghỉ', () => {
    const wanted = counted.flatMap((s) => {
      const cn = s.need.CN ?? [];
      const retake = cn.includes('Học tập') ? cn.filter((a) => a !== 'Học tập' && a !== 'Rèn luyện').sort().join(', ') : '';
      const conduct = cn.includes('Rèn luyện') ? 'x' : '';
      const absent = s.absences !== undefined && s.absences > 45 ? String(s.absences) : '';
      return cn.includes('Học tập') || conduct || absent ? [`${s.className}|${s.name}|${retake}|${conduct}|${absent}`] : [];
    });
    const start = theoDoi.findIndex((l) => l.startsWith(`TRUNG HỌC, SAU CẢ NĂM: ${wanted.length} học sinh kiểm tra lại`));
    expect(start).toBeGreaterThan(0);
    // Class by class (issue 21): a heading names the class, a header row, its students; an empty row ends the list.
    const end = theoDoi.findIndex((l, i) => i > start && /^\|*$/.test(l));
    const printed: string[] = [];
    let className = '';
    for (const line of theoDoi.slice(start + 1, end)) {
      const heading = /^Lớp (\S+) .* - sau Cả năm: \d+ học sinh/.exec(line);
      if (heading) className = heading[1];
      else if (line.startsWith('Họ và tên|')) expect(line).toMatch(/^Họ và tên\|Kiểm tra lại các môn\|Rèn luyện trong hè\|Số buổi nghỉ cả năm\|Xem ô\|?$/);
      else {
        const [name, retake, conduct, absent] = line.split('|');
        printed.push(`${className}|${name}|${retake.split(', ').filter(Boolean).sort().join(', ')}|${conduct}|${absent}`);
      }
    }
    expect(printed.sort()).toEqual(wanted.sort());
    expect(wanted.some((l) => l.startsWith('9B|'))).toBe(true); // the vnEdu class is on it
    expect(wanted.some((l) => l.startsWith('12'))).toBe(true); // TT58 words (Yếu, Kém) count too
  });

  it('the targets at Cả năm, per khối and whole school, against the share recounted here', () => {
    const rows = expectedRows('CN');
    const share = (students: number, need: number) => Math.floor(((students - need) * 10000) / students);
    const wanted = (area: string, basisPoints: number) => [...rows.map((r) => [r[0], r[1], r[4 + AREAS.indexOf(area)]]),
      [null, rows.reduce((n, r) => n + r[1], 0), rows.reduce((n, r) => n + r[4 + AREAS.indexOf(area)], 0)]]
      .map(([grade, students, need]) => [area, grade, share(students as number, need as number),
        (students as number - (need as number)) * 10000 >= basisPoints * (students as number) ? 'met' : 'notMet']);
    const judged = (json.targets ?? []).filter((t) => t.reviewPoint === 'CN')
      .map((t) => [t.area, t.grade, Math.round(t.achieved * 100), t.verdict === 'exceeded' ? 'met' : t.verdict]);
    expect(judged).toEqual([...wanted('Toán', 9500), ...wanted('Học tập', 9800), ...wanted('Rèn luyện', 9900)]);
    expect(judged.some((t) => t[3] === 'notMet')).toBe(true);
  });

  it('every planted mistake is a problem at its cell, and the only errors', () => {
    const at = (m: (typeof spec.mistakes)[number]) => {
      const layout = layouts[m.tab];
      const column = m.field ? layout.columnOf[m.field] : layout.pointColumns[m.point!][m.area!];
      return `${m.code} ${m.tab}!${columnLetters(column)}${layout.rowOf[m.student]}`;
    };
    const found = json.problems.map((p) => `${p.code} ${p.sheet}!${p.cell}`);
    for (const m of spec.mistakes) expect(found).toContain(at(m));
    const errors = json.problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.sheet}!${p.cell}`);
    // And the one target the add-in cannot count ("từ Khá trở lên"), at its Nội dung cell.
    const khá = spec.targets.findIndex((r) => r[0].includes('Khá'));
    expect(errors.sort()).toEqual([...spec.mistakes.filter((m) => m.code === 'RATING_INVALID').map(at), `TARGET_INVALID Chỉ tiêu!A${khá + 1}`].sort());
    expect(spec.mistakes.map((m) => m.code).sort()).toEqual(['CLASS_NOT_LISTED', 'RATING_INVALID', 'RATING_INVALID', 'RATING_INVALID', 'RATING_INVALID', 'RATING_INVALID']);
  });
});
