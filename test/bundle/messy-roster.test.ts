// Issue: a 400-row roster in the shape real schools keep it, with a known set of injected
// mistakes, gives exactly the expected totals and lists every injected mistake at its cell, and
// nothing else as an error.
import { buildSchoolWorkbook, roundTrip, runSummarize } from '../helpers/bundle';
import { seededRandom } from '../../local/workbook-builder';

const AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
const AREA_HEADERS = ['Toán', 'TV', 'NL', 'PC'];
const QUALITY = new Set(['Năng lực', 'Phẩm chất']);
const FIELDS = ['TT', 'Mã học sinh', 'Họ đệm', 'Tên', 'NS', 'Nữ', 'Lớp', 'HSKT học hòa nhập', 'GV nhận đỡ đầu', 'Ghi chú'];
const POINTS = ['DN', 'GKI', 'CKI'];
const FIRST_REVIEW_COLUMN = FIELDS.length + 1; // K
const letter = (n: number) => String.fromCharCode(64 + n);
const columnOf = (point: string, area: string) => letter(FIRST_REVIEW_COLUMN + POINTS.indexOf(point) * 4 + AREAS.indexOf(area));

const NEED = { subject: ['c', 'CHT', 'Chưa hoàn thành', 'chưa  hoàn thành'], quality: ['C', 'cần cố gắng', 'CCG', 'Cần Cố Gắng'] };
const OK = { subject: ['H', 'ht', 'Hoàn thành', 'T', 'HTT', 'hoàn thành tốt'], quality: ['Đ', 'đạt', 'T', 'Tốt', 'D'] };

function buildMessyRoster() {
  const random = seededRandom(400);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const students: Array<Record<string, unknown>> = [];
  const truth: Array<{ grade: number; need: Record<string, string[]>; injected?: boolean }> = [];
  for (let i = 0; i < 400; i++) {
    const grade = 1 + (i % 5);
    const classLetter = 'ABCD'[Math.floor(i / 5) % 4];
    const className = [`${grade}${classLetter}`, `${grade}${classLetter.toLowerCase()}`, `Lớp ${grade}${classLetter}`, ` ${grade}${classLetter} `][i % 4];
    const dn = AREAS.filter(() => random() < 0.4);
    if (dn.length === 0) dn.push(pick(AREAS));
    const need: Record<string, string[]> = { DN: dn, GKI: AREAS.filter((a) => (dn.includes(a) ? random() < 0.7 : random() < 0.05)) };
    need.CKI = AREAS.filter((a) => (need.GKI.includes(a) ? random() < 0.6 : random() < 0.03));
    const ratings: Record<string, Record<string, unknown>> = {
      DN: Object.fromEntries(dn.map((a) => [a, pick(['x', 'X', '✓', 'v'])])),
    };
    for (const p of ['GKI', 'CKI']) {
      ratings[p] = Object.fromEntries(AREAS.map((a) => {
        const scale = QUALITY.has(a) ? 'quality' : 'subject';
        return [a, pick(need[p].includes(a) ? NEED[scale] : OK[scale])];
      }));
    }
    const family = `${pick(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng'])} ${pick(['Văn', 'Thị', 'Minh', 'Ngọc'])}`;
    const given = `${pick(['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Khánh', 'Linh', 'Yến'])} ${i}`;
    const nfd = i % 3 === 0;
    students.push({
      className,
      ratings,
      cells: {
        TT: i + 1,
        'Mã học sinh': `HS${String(i).padStart(4, '0')}`,
        'Họ đệm': nfd ? family.normalize('NFD') : family,
        Tên: given,
        NS: i % 2 ? new Date(Date.UTC(2019 - grade, i % 12, 1 + (i % 27))) : `${1 + (i % 27)}/${1 + (i % 12)}/${2019 - grade}`,
        Nữ: i % 2 ? 'x' : '',
        'HSKT học hòa nhập': i % 41 === 0 ? '✓' : '',
        'GV nhận đỡ đầu': `1. Cô ${pick(['Lan', 'Mai', 'Hương'])}${i % 7 === 0 ? '\n2. Thầy Nam (hỗ trợ)' : ''}`,
      },
    });
    truth.push({ grade, need });
  }

  // Injected mistakes: [student index, expected code, column letter, mutation]
  const injected: Array<[number, string, string, () => void]> = [];
  const inject = (i: number, code: string, column: string, mutate: (s: Record<string, unknown>) => void) =>
    injected.push([i, code, column, () => mutate(students[i])]);
  const cells = (s: Record<string, unknown>) => s.cells as Record<string, unknown>;
  const rating = (s: Record<string, unknown>, p: string) => (s.ratings as Record<string, Record<string, unknown>>)[p];
  for (const i of [12, 77, 150, 233, 391]) inject(i, 'NAME_MISSING', 'D', (s) => { cells(s)['Họ đệm'] = ''; cells(s).Tên = ''; });
  for (const i of [5, 98, 260, 333]) inject(i, 'CLASS_MISSING', 'G', (s) => { s.className = ''; });
  inject(20, 'RATING_INVALID', columnOf('GKI', 'Toán'), (s) => { rating(s, 'GKI').Toán = '7'; });
  inject(45, 'RATING_INVALID', columnOf('GKI', 'Phẩm chất'), (s) => { rating(s, 'GKI')['Phẩm chất'] = 'H'; });
  inject(110, 'RATING_INVALID', columnOf('CKI', 'Toán'), (s) => { rating(s, 'CKI').Toán = 'Đ'; });
  inject(199, 'RATING_INVALID', columnOf('CKI', 'Năng lực'), (s) => { rating(s, 'CKI')['Năng lực'] = 'HTT'; });
  inject(288, 'RATING_INVALID', columnOf('DN', 'Tiếng Việt'), (s) => { rating(s, 'DN')['Tiếng Việt'] = 'K'; });
  inject(350, 'RATING_INVALID', columnOf('GKI', 'Tiếng Việt'), (s) => { rating(s, 'GKI')['Tiếng Việt'] = 9; });
  inject(140, 'FORMULA_ERROR', columnOf('GKI', 'Năng lực'), (s) => { rating(s, 'GKI')['Năng lực'] = { error: '#N/A' }; });
  inject(305, 'FORMULA_ERROR', columnOf('CKI', 'Phẩm chất'), (s) => { rating(s, 'CKI')['Phẩm chất'] = { error: '#REF!' }; });
  for (const [i, , , mutate] of injected) {
    mutate();
    truth[i].injected = true;
  }

  const classes = [];
  for (let g = 1; g <= 5; g++) for (const l of 'ABCD') classes.push({ name: `${g}${l}`, grade: g, teacher: `GV ${g}${l}`, size: 35 });
  const { workbook, layout } = buildSchoolWorkbook({
    title: ['TRƯỜNG TIỂU HỌC SÔNG XANH', 'DANH SÁCH HỌC SINH CẦN HỖ TRỢ (bản làm việc của tổ)'],
    headerStyle: 'two-row', fields: FIELDS, points: POINTS, areas: AREA_HEADERS,
    pointLabels: { DN: 'ĐN', GKI: 'GHKI', CKI: 'Cuối HKI' },
    students: students.map((s) => ({ ...s, ratings: renameAreas(s.ratings as Record<string, Record<string, unknown>>) })),
    blankRowsEvery: 37, classes,
  });
  return { workbook, rowOf: layout.rowOf as number[], injected, truth };
}

function renameAreas(ratings: Record<string, Record<string, unknown>>) {
  return Object.fromEntries(Object.entries(ratings).map(([p, byArea]) =>
    [p, Object.fromEntries(Object.entries(byArea).map(([a, v]) => [AREA_HEADERS[AREAS.indexOf(a)], v]))]));
}

describe('a messy 400-row roster', () => {
  let result: { json: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  let fixture: ReturnType<typeof buildMessyRoster>;

  beforeAll(async () => {
    fixture = buildMessyRoster();
    result = runSummarize(await roundTrip(fixture.workbook), { today: '2025-12-20' });
  });

  it('lists every injected mistake at its cell, and nothing else as an error', () => {
    const errors = result.json.problems.filter((p: { severity: string }) => p.severity === 'error')
      .map((p: { code: string; cell: string }) => `${p.code}@${p.cell}`).sort();
    const expected = fixture.injected.map(([i, code, column]) => `${code}@${column}${fixture.rowOf[i]}`).sort();
    expect(expected).toHaveLength(17);
    expect(errors).toEqual(expected);
  });

  it('gives exactly the expected totals per review point and khối', () => {
    expect(result.json.rows).toEqual({ read: 400, counted: 383, excluded: 17, skipped: 10 }); // a blank row every 37 students
    for (const point of POINTS) {
      const byGrade = result.json.totals[point].byGrade;
      for (let grade = 1; grade <= 5; grade++) {
        const counted = fixture.truth.filter((t) => !t.injected && t.grade === grade);
        const row = byGrade.find((g: { grade: number }) => g.grade === grade);
        expect(row.students).toBe(140); // Sĩ số of four classes
        expect(row.needSupport).toBe(counted.filter((t) => t.need[point].length > 0).length);
        for (const area of AREAS) expect(row.byArea[area]).toBe(counted.filter((t) => t.need[point].includes(area)).length);
      }
    }
  });

  it('reads split names, NFD text and supporters as the school wrote them', () => {
    const flag = result.json.flags.find((f: { row: number }) => f.row === fixture.rowOf[3]);
    expect(flag.name).toBe(flag.name.normalize('NFC'));
    expect(flag.name).toMatch(/ 3$/);
    // the roster says " 4A " (with spaces); the class is shown as the Lớp tab writes it
    expect(flag.class).toBe('4A');
  });
});
