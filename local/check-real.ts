// npm run check:real — the official results reader on the real school files of
// ../shared/realdata (never copied into the project). Prints what it read per class tab and
// compares it with the facts counted by hand in that folder's README. When the folder (or
// LibreOffice, needed for the .xls) is absent it says so and exits 0: tests never depend on it.
import fs from 'fs';
import path from 'path';
import { readOfficialTab, type OfficialTab } from '../src/core/read/official';
import { findSoffice, InputError, loadInputs } from './inputs';
import { FakeWorkbook, runSummarize } from './run-workbook';

const FOLDER = process.env.HTHS_REALDATA || path.join(__dirname, '..', '..', 'shared', 'realdata');
const QUALITIES = new Set(['Năng lực', 'Phẩm chất']);

interface Counts {
  students: number;
  anySubject: number;
  math: number;
  vietnamese: number;
  abilities: number;
  qualities: number;
}

function counts(tab: OfficialTab): Counts {
  const n = (test: (need: string[]) => boolean) => tab.students.filter((s) => test(s.review.need)).length;
  return {
    students: tab.students.length,
    anySubject: n((need) => need.some((a) => !QUALITIES.has(a))),
    math: n((need) => need.includes('Toán')),
    vietnamese: n((need) => need.includes('Tiếng Việt')),
    abilities: n((need) => need.includes('Năng lực')),
    qualities: n((need) => need.includes('Phẩm chất')),
  };
}

/** "| 01 | 2a | 34 | 3 | 2 | 3 | 2 | 0 |" rows of the README's facts table, by "01/2a". */
function readmeFacts(): Map<string, Counts> {
  const facts = new Map<string, Counts>();
  const readme = path.join(FOLDER, 'README.md');
  if (!fs.existsSync(readme)) return facts;
  for (const line of fs.readFileSync(readme, 'utf8').split('\n')) {
    const m = /^\|\s*(\d\d)\s*\|\s*(\S+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*$/.exec(line);
    if (m) facts.set(`${m[1]}/${m[2]}`, { students: +m[3], anySubject: +m[4], math: +m[5], vietnamese: +m[6], abilities: +m[7], qualities: +m[8] });
  }
  return facts;
}

/** Secondary facts of the README (files 07–08): "| 07 | 10u | 10U | 23 | 8–30 | 0 | 0 | Tốt 11 / Khá 12 | Tốt 23 | 5 | 2 |". */
function secondaryFacts(): Map<string, string> {
  const facts = new Map<string, string>();
  const readme = path.join(FOLDER, 'README.md');
  if (!fs.existsSync(readme)) return facts;
  for (const line of fs.readFileSync(readme, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length === 13 && /^0[78]$/.test(cells[1])) {
      facts.set(`${cells[1]}/${cells[2]}`, [cells[4], cells[6], cells[7], cells[8], cells[9], cells[10], cells[11]].join(' | '));
    }
  }
  return facts;
}

/** A secondary tab in the README's terms: students, any < 5,0, any CĐ, KQHT, KQRL, nghỉ > 0, max Tổng; and what the add-in counts. */
function secondaryLine(tab: OfficialTab, values: unknown[][]): { facts: string; counted: string } {
  const rows = tab.students.map((s) => values[s.row - 1]);
  const columnOf = (area: string) => tab.columns.find((c) => c.area === area && c.kind === 'rating')?.column;
  const tally = (area: string) => {
    const c = columnOf(area);
    const by = new Map<string, number>();
    if (c !== undefined) for (const row of rows) by.set(String(row[c]), (by.get(String(row[c])) ?? 0) + 1);
    const order = ['Giỏi', 'Tốt', 'Khá', 'Trung bình', 'Đạt', 'Chưa đạt', 'Yếu', 'Kém'];
    const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
    return [...by].sort((x, y) => rank(x[0]) - rank(y[0])).map(([v, n]) => `${v} ${n}`).join(' / ');
  };
  const scored = tab.columns.filter((c) => c.kind === 'rating' && c.hint === 'score').map((c) => c.column);
  const comment = tab.columns.filter((c) => c.kind === 'rating' && c.hint === 'comment').map((c) => c.column);
  const below = rows.filter((row) => scored.some((c) => typeof row[c] === 'number' && (row[c] as number) < 5)).length;
  const notAchieved = rows.filter((row) => comment.some((c) => /^(cđ|chưa đạt)$/i.test(String(row[c]).trim()))).length;
  const absent = tab.students.filter((s) => (s.absences?.total ?? 0) > 0);
  const max = Math.max(0, ...tab.students.map((s) => s.absences?.total ?? 0));
  const facts = [tab.students.length, below, notAchieved, tally('Học tập'), tally('Rèn luyện'), absent.length, max].join(' | ');
  const need = tab.students.filter((s) => s.review.need.length > 0).length;
  const areas = new Map<string, number>();
  for (const s of tab.students) for (const a of s.review.need) areas.set(a, (areas.get(a) ?? 0) + 1);
  return { facts, counted: `${tab.level}: ${tab.students.length} học sinh, ${need} cần hỗ trợ (${[...areas].map(([a, n]) => `${a} ${n}`).join(', ') || 'không môn nào'})` };
}

const show = (c: Counts) =>
  `${c.students} học sinh; C môn học ${c.anySubject}, Toán ${c.math}, Tiếng Việt ${c.vietnamese}, năng lực ${c.abilities}, phẩm chất ${c.qualities}`;

async function main(): Promise<number> {
  if (!fs.existsSync(FOLDER)) {
    console.log(`Không có thư mục ${FOLDER}: không có tệp thật để kiểm tra (bỏ qua). / No ${FOLDER}: nothing to check, skipped.`);
    return 0;
  }
  const files = fs.readdirSync(FOLDER).filter((f) => /\.xlsx?$/i.test(f)).sort();
  if (files.some((f) => /\.xls$/i.test(f)) && !findSoffice()) {
    console.log('Chưa cài LibreOffice (lệnh soffice) nên không chuyển được tệp .xls để kiểm tra (bỏ qua). / LibreOffice (soffice) is not installed: the .xls files cannot be converted, skipped.');
    return 0;
  }
  const facts = readmeFacts();
  const secondary = secondaryFacts();
  let mismatches = 0;
  for (const file of files) {
    const prefix = file.slice(0, 2);
    console.log(`\n${file}`);
    let book: FakeWorkbook;
    try {
      book = new FakeWorkbook((await loadInputs([path.join(FOLDER, file)])).workbook);
    } catch (error) {
      console.log(`  không đọc được: ${error instanceof InputError ? error.vietnamese : (error as Error).message}`);
      mismatches += 1;
      continue;
    }
    const ss = book.globals.SpreadsheetApp.getActiveSpreadsheet();
    let schoolYear: number | undefined;
    for (const sheet of ss.getSheets()) {
      const tab = readOfficialTab({ name: sheet.getName(), values: sheet.getDataRange().getValues() }, 420);
      if (!tab) {
        console.log(`  ${sheet.getName()}: không phải bảng kết quả chính thức`);
        continue;
      }
      schoolYear ??= tab.schoolYear;
      if (tab.level === 'THCS' || tab.level === 'THPT') {
        const { facts: seen, counted } = secondaryLine(tab, sheet.getDataRange().getValues());
        const expected = secondary.get(`${prefix}/${tab.sheet}`);
        const ok = expected === seen;
        if (expected && !ok) mismatches += 1;
        console.log(`  ${tab.sheet}: ${tab.reviewPoint ?? '?'} ${tab.schoolYear ?? '?'}, lớp ${tab.className}: ${seen} — ${!expected ? '(README không có số để so)' : ok ? 'khớp README' : `KHÔNG khớp README: ${expected}`}`);
        console.log(`    ${counted}`);
        for (const p of tab.problems) console.log(`    ${p.severity} ${p.code} ${p.cell}: ${p.message}`);
        continue;
      }
      const got = counts(tab);
      const expected = facts.get(`${prefix}/${tab.sheet}`);
      const verdict = !expected ? '(README không có số để so)' : JSON.stringify(expected) === JSON.stringify(got) ? 'khớp README' : `KHÔNG khớp README: ${show(expected)}`;
      if (expected && verdict !== 'khớp README') mismatches += 1;
      console.log(`  ${tab.sheet}: ${tab.reviewPoint ?? '?'} ${tab.schoolYear ?? '?'}-${(tab.schoolYear ?? 0) + 1}, lớp ${tab.className}: ${show(got)} — ${verdict}`);
      for (const p of tab.problems) console.log(`    ${p.severity} ${p.code} ${p.cell}: ${p.message}`);
    }
    if (schoolYear !== undefined) {
      // The whole add-in on the file alone, on a day of that school year.
      const { json } = runSummarize(book, { today: `${schoolYear + 1}-01-20` });
      for (const point of json.reviewPoints) {
        const t = json.totals[point].total;
        console.log(`  Tổng hợp ${point}: ${t.needSupport}/${t.students} cần hỗ trợ (${Object.entries(t.byArea).map(([a, n]) => `${a} ${n}`).join(', ')}); ${json.problems.length} lỗi/cảnh báo.`);
      }
    }
  }
  console.log(mismatches === 0 ? '\nMọi trang có số trong README đều khớp. / Every tab the README counts matches.' : `\n${mismatches} trang không khớp README. / ${mismatches} tab(s) differ from the README.`);
  return mismatches === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error: Error) => {
  console.error(`Lỗi: ${error.message} / Error: ${error.stack}`);
  process.exit(1);
});
