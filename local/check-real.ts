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
