// Secondary target wordings (PRODUCT 3.7, issue 18): a level besides the share, "Học tập từ Đạt trở
// lên 98%", "Toán trên trung bình 95%" and their family, read when the level means "not needing
// support" and judged at secondary; a level the add-in cannot count (Khá, Tốt, a higher score) or
// one of another scale is an error at the cell it is written in, and is never judged.
import { parseTargetSubject, parseTargetValue } from '../../src/core/read/targets';
import { parseTargets } from '../../src/core/read/targets-table';
import { summaryRows } from '../../src/core/layout';
import { classGrid, rosterGrid, run } from '../helpers/grid';

const tab = (rows: unknown[][]) => ({ name: 'Chỉ tiêu', values: [['Nội dung', 'Khối', 'Chỉ tiêu'], ...rows] });
const config = (rows: unknown[][]) => ({ name: 'Cấu hình', values: rows });
const read = (t: ReturnType<typeof parseTargets>) => t.targets.map((x) => [x.area, x.grade, x.basisPoints, x.above, x.level ?? '', `${x.sheet}!${x.cell}`]);
const errors = (t: ReturnType<typeof parseTargets>) => t.problems.map((p) => `${p.code} ${p.sheet}!${p.cell}`);

describe('a level written with the area or with the share', () => {
  it.each<[string, string[], string]>([
    ['Học tập từ Đạt trở lên', ['Học tập'], 'từ Đạt trở lên'],
    ['Chỉ tiêu Học tập từ Đạt trở lên', ['Học tập'], 'từ Đạt trở lên'],
    ['Rèn luyện đạt trung bình trở lên', ['Rèn luyện'], 'từ Trung bình trở lên'],
    ['Học lực từ Trung bình trở lên', ['Học tập'], 'từ Trung bình trở lên'],
    ['Toán trên trung bình', ['Toán'], 'từ Trung bình trở lên'],
    ['TOÁN TRÊN TB', ['Toán'], 'từ Trung bình trở lên'],
    ['Ngữ văn (trên TB)', ['Ngữ văn'], 'từ Trung bình trở lên'],
    ['Toán từ 5 trở lên', ['Toán'], 'từ 5,0 điểm trở lên'],
    ['Toán từ 5,0 điểm trở lên', ['Toán'], 'từ 5,0 điểm trở lên'],
    ['Học tập từ Khá trở lên', ['Học tập'], ''], // read, then refused in parseTargets
  ])('%j → %j with "%s"', (text, areas, label) => {
    const subject = parseTargetSubject(text);
    expect(subject?.areas).toEqual(areas);
    expect(subject?.level).toBeDefined();
    if (label) expect(subject?.level?.label).toBe(label);
  });

  it.each<[unknown, number, boolean, string]>([
    ['trên trung bình 95%', 9500, false, 'từ Trung bình trở lên'], // "trên" a level is not a strict share
    ['từ Đạt trở lên 98%', 9800, false, 'từ Đạt trở lên'],
    ['đạt TB trở lên: 90%', 9000, false, 'từ Trung bình trở lên'],
    ['trên TB trên 90%', 9000, true, 'từ Trung bình trở lên'], // the second "trên" is the share's
    ['từ 5 điểm trở lên 80%', 8000, false, 'từ 5,0 điểm trở lên'],
  ])('value %j → %i, above %s, level "%s"', (value, basisPoints, above, label) => {
    const parsed = parseTargetValue(value);
    expect(parsed).toMatchObject({ basisPoints, above, level: { label } });
  });

  it('a bare number in a value is the share, never a score level', () => {
    expect(parseTargetValue('từ 95% trở lên')).toEqual({ basisPoints: 9500, above: false });
    expect(parseTargetValue('từ 9 trở lên')).toEqual({ basisPoints: 900, above: false });
    expect(parseTargetSubject('Chỉ tiêu Toán khối 6')?.level).toBeUndefined();
  });
});

describe('reading secondary targets from the Chỉ tiêu tab and Cấu hình', () => {
  it('reads the levels that mean "not needing support", refuses the others at their cells', () => {
    const parsed = parseTargets(config([['Chỉ tiêu Học tập', 'từ Đạt trở lên 98%'], ['Chỉ tiêu Rèn luyện từ Khá trở lên', '90%']]), tab([
      ['Toán', '', 'trên trung bình 95%'],
      ['Ngữ văn trên TB', '6', '90%'],
      ['Rèn luyện đạt trung bình trở lên', 'Toàn trường', '99%'],
      ['Học tập từ Khá trở lên', '', '60%'],
      ['Toán từ 6,5 điểm trở lên', '7', '50%'],
      ['Năng lực trên trung bình', '', '90%'],
      ['Tiếng Anh từ Đạt trở lên', '8', 'trên TB 90%'],
      ['GDTC', '', 'từ Đạt trở lên 99%'],
    ]));
    expect(read(parsed)).toEqual([
      ['Học tập', null, 9800, false, 'từ Đạt trở lên', 'Cấu hình!B1'],
      ['Toán', null, 9500, false, 'từ Trung bình trở lên', 'Chỉ tiêu!C2'],
      ['Ngữ văn', 6, 9000, false, 'từ Trung bình trở lên', 'Chỉ tiêu!C3'],
      ['Rèn luyện', null, 9900, false, 'từ Trung bình trở lên', 'Chỉ tiêu!C4'],
      ['Giáo dục thể chất', null, 9900, false, 'từ Đạt trở lên', 'Chỉ tiêu!C9'],
    ]);
    // Each refusal at the cell the level is written in: the key, the Nội dung, or the value.
    expect(errors(parsed)).toEqual(['TARGET_INVALID Cấu hình!A2', 'TARGET_INVALID Chỉ tiêu!A5', 'TARGET_INVALID Chỉ tiêu!A6',
      'TARGET_INVALID Chỉ tiêu!A7', 'TARGET_INVALID Chỉ tiêu!C8']);
    const messages = parsed.problems.map((p) => p.message);
    expect(messages[0]).toContain('Chỉ tiêu Rèn luyện mức Khá trở lên chưa tính được');
    expect(messages[0]).toContain('"Rèn luyện từ Đạt trở lên 98%"');
    expect(messages[2]).toContain('từ 6,5 điểm trở lên chưa tính được');
    expect(messages[3]).toContain('không thuộc thang đánh giá của Năng lực');
    expect(messages[4]).toContain('hai mức khác nhau');
    for (const m of messages) expect(m).toBe(m.normalize('NFC'));
  });

  it('a score level follows Cấu hình "Điểm cần hỗ trợ dưới"', () => {
    const rows = tab([['Toán trên trung bình', '', '95%'], ['Ngữ văn từ 6,5 điểm trở lên', '', '90%']]);
    expect(errors(parseTargets(undefined, rows))).toEqual(['TARGET_INVALID Chỉ tiêu!A3']);
    const at65 = parseTargets(undefined, rows, 6.5);
    expect(errors(at65)).toEqual(['TARGET_INVALID Chỉ tiêu!A2']);
    expect(at65.problems[0].message).toContain('không khớp ngưỡng cần hỗ trợ của trường (dưới 6,5');
    expect(read(at65)).toEqual([['Ngữ văn', null, 9000, false, 'từ 6,5 điểm trở lên', 'Chỉ tiêu!C3']]);
  });
});

describe('judged at a THCS, printed with the level', () => {
  // Khối 6 (THHS 20) at Cả năm: An and Bình Học tập Chưa đạt, Chi Toán 4,0, Dũng nothing.
  // Học tập ≥ 98%: 18/20 = 90,00%; 98% of 20 is 19,6 → 20 without need: 2 more. Toán ≥ 95%: 19/20 = 95,00%: Đạt.
  const school = () => run([
    rosterGrid([
      { name: 'Nguyễn Văn An', className: '6A', ratings: { CN: { Toán: '5,5', 'Học tập': 'Chưa đạt' } } },
      { name: 'Lê Thị Bình', className: '6A', ratings: { CN: { Toán: 6, 'Học tập': 'Kém' } } },
      { name: 'Trần Minh Chi', className: '6A', ratings: { CN: { Toán: '4,0', 'Học tập': 'Đạt' } } },
      { name: 'Phạm Văn Dũng', className: '6A', ratings: { CN: { Toán: 8, 'Học tập': 'Tốt' } } },
    ], { points: ['CN'], areas: ['Toán', 'Học tập'], style: 'one-row', combined: (_p, a) => `Cả năm - ${a}` }),
    classGrid([['6A', 6, 'Cô Lan', 20]]),
    tab([['Học tập từ Đạt trở lên', '', '98%'], ['Toán', '6', 'trên trung bình 95%']]),
  ], '2026-06-10');

  it('the share not needing support, the gap and the verdict', () => {
    const a = school();
    expect(a.problems.filter((p) => p.code.startsWith('TARGET'))).toEqual([]);
    expect(a.targetResults.map((r) => [r.reviewPoint, r.grade, r.area, r.target.level, r.students, r.needSupport, r.achieved, r.verdict, r.gapStudents]))
      .toEqual([
        ['CN', 6, 'Toán', 'từ Trung bình trở lên', 20, 1, 9500, 'met', 0],
        ['CN', 6, 'Học tập', 'từ Đạt trở lên', 20, 2, 9000, 'notMet', 2],
        ['CN', null, 'Học tập', 'từ Đạt trở lên', 20, 2, 9000, 'notMet', 2],
      ]);
  });

  it('the Tổng hợp table names each area with its level', () => {
    const rows = summaryRows(school()).rows.map((r) => r.map((c) => (c && typeof c === 'object' ? c.text : c ?? '')));
    const labels = rows.map((r) => String(r[0]));
    expect(labels).toContain('Toán từ Trung bình trở lên');
    expect(labels).toContain('Học tập từ Đạt trở lên');
  });
});

describe('a level written with the share', () => {
  it('that does not fit the area is an error at the share\'s cell, not at the area\'s', () => {
    const parsed = parseTargets(undefined, tab([['Năng lực', '', 'trên trung bình 90%'], ['Toán', '', 'trên trung bình 95%']]));
    expect(errors(parsed)).toEqual(['TARGET_INVALID Chỉ tiêu!C2']);
    expect(parsed.problems[0].message).toContain('không thuộc thang đánh giá của Năng lực');
    expect(read(parsed)).toEqual([['Toán', null, 9500, false, 'từ Trung bình trở lên', 'Chỉ tiêu!C3']]);
  });

  it('the same level written with the area and with the share is read once, no error', () => {
    const parsed = parseTargets(undefined, tab([['Học tập từ Đạt trở lên', '6', 'từ Đạt trở lên 98%']]));
    expect(errors(parsed)).toEqual([]);
    expect(read(parsed)).toEqual([['Học tập', 6, 9800, false, 'từ Đạt trở lên', 'Chỉ tiêu!C2']]);
  });
});
