// Issue 19 through the built bundle: a school of 300 students, 40 with a mentor, a Google Form
// log of 120 rows (dates as timestamps, as text and as a month; rows for no student, for a name two
// classes share, for the wrong class), run on the 26th and on the 24th of November.
import { FakeWorkbook, roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { MENTORS, mentorSchool, toWorkbook, type PlannedStudent } from '../helpers/mentor-school';
import { scaleSchool, SCALE_TODAY } from '../../local/scale-school';

const school = mentorSchool();
const LOG_SHEET = 'Câu trả lời biểu mẫu 1';
const mentored = school.students.filter((s) => s.mentors.length > 0);
const inNovember = new Set(school.logFate.filter((f) => f.student && f.month === '2025-11').map((f) => f.student));

/** "cô Lan" → "Nguyễn Thị Lan": the one teacher each short form can be. */
const fullName = (written: string) => {
  const name = written.replace(/ \(hỗ trợ\)$/, '').replace(/^(cô|thầy) /, '');
  return MENTORS.find((m) => m === name || m.endsWith(' ' + name)) as string;
};

/** The mentors JSON a careful person writes from the plan: order of first appearance in the roster. */
function expectedMentors(): Array<{ name: string; students: number; loggedThisMonth: number; missing: string[]; spellings?: string[] }> {
  const byName = new Map<string, { all: PlannedStudent[]; owed: PlannedStudent[]; spellings: Set<string> }>();
  for (const s of mentored) {
    s.mentors.forEach((written) => {
      const name = fullName(written);
      const m = byName.get(name) ?? (byName.set(name, { all: [], owed: [], spellings: new Set() }).get(name) as { all: PlannedStudent[]; owed: PlannedStudent[]; spellings: Set<string> });
      m.all.push(s);
      m.spellings.add(written.replace(/ \(hỗ trợ\)$/, ''));
      if (!written.endsWith('(hỗ trợ)')) m.owed.push(s);
    });
  }
  return [...byName].map(([name, m]) => ({
    name, students: m.all.length, loggedThisMonth: m.all.filter((s) => inNovember.has(s.row)).length,
    missing: m.owed.filter((s) => !inNovember.has(s.row)).map((s) => s.name),
    ...(m.spellings.size > 1 ? { spellings: [...m.spellings] } : {}),
  }));
}

async function runOn(today: string) {
  const book = await roundTrip(toWorkbook(school.sheets));
  const { json } = runSummarize(book, { today });
  return { book, json };
}

describe('mentors and the monthly log through the bundle', () => {
  it('the plan is what the issue asks for', () => {
    expect(school.students.length).toBe(300);
    expect(mentored.length).toBe(40);
    expect(school.logFate.length).toBe(120);
    expect(inNovember.size).toBe(30);
  });

  it('on the 26th: exactly the 10 mentored students without a November entry are noLog; mentors as planned', async () => {
    const { json } = await runOn('2025-11-26');
    const noLog = json.flags.filter((f: { kinds: string[] }) => f.kinds.includes('noLog'));
    expect(noLog.map((f: { row: number; reviewPoint: string; kinds: string[] }) => `${f.row} ${f.reviewPoint} ${f.kinds.join('+')}`).sort())
      .toEqual(mentored.filter((s) => !inNovember.has(s.row)).map((s) => `${s.row} GKI new+noLog`).sort());
    expect(json.mentors).toEqual(expectedMentors());
    expect(json.mentors.reduce((n: number, m: { missing: string[] }) => n + m.missing.length, 0)).toBe(10);
    expect(json.log).toEqual({ sheets: [LOG_SHEET], entries: 120, matched: school.logFate.filter((f) => f.student).length, month: '2025-11', deadlineDay: 25, pastDeadline: true });
  });

  it('every log row that matches no student, or two, is a problem at its cell; none is dropped', async () => {
    const { json } = await runOn('2025-11-26');
    const logProblems = json.problems.filter((p: { sheet: string }) => p.sheet === LOG_SHEET).map((p: { cell: string; code: string }) => `${p.code}@${p.cell}`);
    const planned = school.logFate.filter((f) => f.problem).map((f) => `${f.problem?.code}@${f.problem?.cell}`);
    expect(planned.length).toBeGreaterThanOrEqual(15);
    expect(logProblems.sort()).toEqual(planned.sort());
    expect(json.log?.entries).toBe(120);
  });

  it('the Đỡ đầu tab: one table, each of the 40 students once under its first mentor, the follow-up beside it, the annex alone printed (issue 20, on purpose: roster order, then a follow table per mentor)', async () => {
    const { book, json } = await runOn('2025-11-26');
    expect(json.tabs.written).toContain('Đỡ đầu');
    const tab = snapshot(book, ['Đỡ đầu'])['Đỡ đầu'];
    const header = tab.findIndex((r) => r[5] === 'GV nhận đỡ đầu');
    expect(tab[header].slice(6)).toEqual(['Cần hỗ trợ, tình trạng (mốc gần nhất)', 'Nhật ký tháng 11/2025']);
    const signer = tab.findIndex((r) => r[3] === 'NGƯỜI LẬP DANH SÁCH');
    // A table longer than a page goes on with its header repeated (the page plan).
    const body = tab.slice(header + 1, signer).filter((r) => typeof r[0] === 'number');
    expect(body.map((r) => r[0])).toEqual(mentored.map((_, i) => i + 1));
    const annex = (r: unknown[]) => r.slice(1, 6).join('|');
    expect(body.map(annex).sort()).toEqual(mentored.map((s) => [s.name, s.className, s.hardship, s.conduct, s.mentors.map((m, k) => `${k + 1}. ${m}`).join('; ')].join('|')).sort());
    expect(tab.slice(header + 1, signer).filter((r) => r[5] === 'GV nhận đỡ đầu').length).toBeGreaterThan(0);
    // Each under the heading of its first mentor.
    let group = '';
    for (const r of tab.slice(header + 1, signer)) {
      if (typeof r[0] === 'string' && r[0].startsWith('GV ')) group = r[0];
      if (typeof r[0] !== 'number') continue;
      const planned = mentored.find((s) => s.name === r[1] && s.className === r[2]) as PlannedStudent;
      expect(group.startsWith(`GV ${fullName(planned.mentors[0])}`)).toBe(true);
      // Beside it: the needs and state, and the log's last date.
      expect(r[6]).toMatch(/^GHKI: Toán/);
      expect(r[7]).toMatch(/^(Lần cuối: |Chưa có lần nào)/);
    }
    // Per mentor: the heading counts as the JSON does; beside it, who is missing this month.
    const lan = tab.find((r) => String(r[0]).startsWith('GV Nguyễn Thị Lan')) as unknown[];
    const planLan = expectedMentors().find((m) => m.name === 'Nguyễn Thị Lan') as ReturnType<typeof expectedMentors>[number];
    expect(planLan.spellings).toEqual(['cô Lan', 'Nguyễn Thị Lan']);
    expect(lan[0]).toMatch(new RegExp(`^GV Nguyễn Thị Lan \\(ghi là: cô Lan, Nguyễn Thị Lan\\): ${planLan.students} em( \\(\\d+ em ở nhóm GV khác\\))?$`));
    expect(lan[6]).toMatch(new RegExp(`^Đã ghi nhật ký tháng 11/2025: ${planLan.loggedThisMonth} em`));
    const tin = tab.find((r) => String(r[0]).startsWith('GV Đỗ Văn Tín')) as unknown[];
    const tinMissing = expectedMentors().find((m) => m.name === 'Đỗ Văn Tín')?.missing as string[];
    expect(tin[6]).toContain(`chưa ghi nhật ký tháng 11/2025: ${tinMissing.join(', ')}`);
    expect(tab.filter((r) => /^GV .*: \d+ em/.test(String(r[0])))).toHaveLength(expectedMentors().length);
    // Nothing below the signature: no follow tables.
    expect(tab.slice(signer + 5).every((r) => r.every((v) => v === ''))).toBe(true);
    // The annex alone prints: its print area, A to F.
    const sheet = book.sheets.find((x) => x.ws.name === 'Đỡ đầu')!;
    const area = /^A1:F(\d+)$/.exec(String(sheet.metadata.find((m) => m.key === 'hoTroHocSinh.printArea')?.value)) as RegExpExecArray;
    // To the last row, the list maker's name (empty here, so the snapshot ends before it).
    expect(Number(area[1])).toBe(signer + 5);
  });

  it('Lịch tháng: of the 40 students under support, 30 have a November entry', async () => {
    const { json } = await runOn('2025-11-26');
    const byMonth = Object.fromEntries(json.timeline.map((m: { month: string; logged?: unknown }) => [m.month, m.logged]));
    const october = new Set(school.logFate.filter((f) => f.student && f.month === '2025-10').map((f) => f.student));
    expect(byMonth['2025-11']).toEqual({ students: 30, supported: 40 });
    expect(byMonth['2025-10']).toEqual({ students: october.size, supported: 40 });
    expect(byMonth['2025-09']).toEqual({ students: 0, supported: 40 });
    expect(byMonth['2025-12']).toBeNull();
  });

  it('on the 24th: no noLog, and the mentors still say who has no entry yet', async () => {
    const { json } = await runOn('2025-11-24');
    expect(json.flags.filter((f: { kinds: string[] }) => f.kinds.includes('noLog'))).toEqual([]);
    expect(json.mentors).toEqual(expectedMentors());
    expect(json.log?.pastDeadline).toBe(false);
  });

  it('in the summer (26 June) no report is owed: no noLog, no mentor missing a report', async () => {
    const { json } = await runOn('2026-06-26');
    expect(json.flags.filter((f: { kinds: string[] }) => f.kinds.includes('noLog'))).toEqual([]);
    expect(json.mentors.map((m: { missing: string[] }) => m.missing.length)).toEqual(expectedMentors().map(() => 0));
  });

  it('spreadsheet calls do not grow with log rows: the log is read once', async () => {
    // Ten times the log: the same rows again for the months before November (this month's cells unchanged).
    const earlier = (copy: number) => (row: unknown[]) => [typeof row[0] === 'string' && row[0].includes('/11/2025') ? row[0].replace('/11/2025', `/${String(9 + (copy % 2)).padStart(2, '0')}/2025`)
      : row[0] === '11/2025' ? `${9 + (copy % 2)}/2025` : row[0] instanceof Date && row[0].getUTCMonth() === 10 ? new Date(Date.UTC(2025, 8 + (copy % 2), 3)) : row[0], ...row.slice(1)];
    const calls = async (copies: number) => {
      const sheets = school.sheets.map((s) => (s.name === LOG_SHEET
        ? { ...s, values: [s.values[0], ...s.values.slice(1), ...Array.from({ length: copies - 1 }, (_, k) => s.values.slice(1).map(earlier(k))).flat()] } : s));
      const book = new FakeWorkbook(toWorkbook(sheets));
      const { json } = runSummarize(book, { today: '2025-11-26' });
      return { calls: json.stats.spreadsheetCalls, entries: json.log?.entries, reads: book.log.spreadsheetCounts().get('Sheet.getSheetValues') };
    };
    const one = await calls(1);
    const ten = await calls(10);
    expect([one.entries, ten.entries]).toEqual([120, 1200]);
    expect(ten.calls).toBe(one.calls);
    expect(ten.reads).toBe(one.reads);
  });
});

describe('Đỡ đầu too long for spacer rows, in the saved .xlsx', () => {
  it('each row is as tall as its wrapped text (local/print-setup.ts), as Sheets grows it on screen', () => {
    // 1,800 students with a GV hỗ trợ: planned by page breaks alone; five at risk without one (2,000, on
    // purpose: at 100 no row wraps since the follow-up is beside the annex, issue 20).
    const book = new FakeWorkbook(scaleSchool(2000));
    runSummarize(book, { today: SCALE_TODAY });
    const ws = book.sheets.find((s) => s.ws.name === 'Đỡ đầu')!.ws;
    const heights = new Map<string, number>();
    ws.eachRow((row) => {
      if (row.getCell(6).value === '1. Cô Hạnh') heights.set('one line', Math.min(row.height, heights.get('one line') ?? row.height));
      // "Chưa phân công (nguy cơ bỏ học)" in two lines in column F (212 px).
      if (row.getCell(6).value === 'Chưa phân công (nguy cơ bỏ học)') heights.set('two lines', row.height);
    });
    expect(heights.get('one line')).toBeGreaterThan(0);
    expect(heights.get('two lines')).toBeGreaterThan(heights.get('one line') as number);
  });
});
