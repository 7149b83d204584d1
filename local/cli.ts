#!/usr/bin/env node
// The local runner:  npm run local -- IN.xlsx [MORE.xlsx|.xls …] [--out OUT.xlsx] [--json OUT.json] [--today YYYY-MM-DD]
//                    npm start   (the bundled sample school, into out/)
//                    npm run local -- --sample thcs   (the bundled THCS&THPT sample school, into out/)
// Several input files are merged as Google Sheets' import does (local/inputs.ts): the first is the
// school's Sheet, the tabs of the others (vnEdu exports, .xls converted by LibreOffice) are added.
import fs from 'fs';
import path from 'path';
import { InputError, loadInputs } from './inputs';
import { FakeWorkbook, runSummarize, type RunJson, type RunResult } from './run-workbook';
import { sampleSchool } from './sample-school';
import { sampleSecondarySchool } from './sample-secondary';
import { gradesAt, newestPoints, newestPointsText, pointLabel, pointLabelAt } from '../src/core/levels';
import { targetsAtNewest } from '../src/core/rules/targets';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { build, isStale } = require('../scripts/build') as { build(): Promise<void>; isStale(): boolean };

const USAGE = 'Cách dùng / usage: npm run local -- IN.xlsx [vnedu-khoi2.xls …] [--out OUT.xlsx] [--json OUT.json] [--today YYYY-MM-DD]'
  + ' | npm run local -- --sample [thcs]';

/** The bundled samples: `--sample` is the primary school, `--sample thcs` the THCS&THPT one. */
const SAMPLES = {
  th: { base: 'truong-mau', make: sampleSchool },
  thcs: { base: 'truong-mau-thcs', make: sampleSecondarySchool },
} as const;
type SampleName = keyof typeof SAMPLES;

function fail(vietnamese: string, english: string, code = 1): never {
  console.error(`Lỗi: ${vietnamese} / Error: ${english}`);
  process.exit(code);
}

interface Args {
  input?: string;
  /** Files whose tabs are added to the input's, as Tệp → Nhập → Chèn trang tính mới does. */
  more: string[];
  out?: string;
  json?: string;
  today?: string;
  sample?: SampleName;
}

/** The word after --sample: a sample's name, nothing (a file or an option follows), or a usage error. */
function sampleName(next: string | undefined): SampleName | undefined {
  if (!next || next.startsWith('--') || /[./\\]/.test(next)) return undefined;
  if (Object.prototype.hasOwnProperty.call(SAMPLES, next)) return next as SampleName;
  return fail(`không có trường mẫu "${next}" (có: ${Object.keys(SAMPLES).join(', ')}). ${USAGE}`, `no sample named "${next}"`, 2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { more: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sample') {
      const named = sampleName(argv[i + 1]);
      if (named) i++;
      args.sample = named ?? 'th';
    } else if (a === '--out' || a === '--json' || a === '--today') {
      if (!argv[i + 1]) fail(`thiếu giá trị sau ${a}. ${USAGE}`, `missing value after ${a}`, 2);
      args[a.slice(2) as 'out' | 'json' | 'today'] = argv[++i];
    } else if (a.startsWith('--')) fail(`không hiểu tùy chọn ${a}. ${USAGE}`, `unknown option ${a}`, 2);
    else if (!args.input) args.input = a;
    else args.more.push(a);
  }
  if (args.today && !isRealIsoDate(args.today)) fail('ngày --today phải là một ngày có thật, dạng YYYY-MM-DD', '--today must be a real date, YYYY-MM-DD', 2);
  return args;
}

function isRealIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function printSummary(json: RunJson, outcome: RunResult['outcome'], files: string[]): void {
  const latest = json.reviewPoints[json.reviewPoints.length - 1];
  const errors = json.problems.filter((p) => p.severity === 'error').length;
  console.log(`Năm học ${json.schoolYear}, ngày chạy ${json.today}.`);
  console.log(`Đã đọc ${json.rows.read} dòng học sinh: ${json.rows.counted} được tính, ${json.rows.excluded} bị loại vì có lỗi.`);
  for (const point of json.reviewPoints) {
    const t = json.totals[point]!.total;
    const areas = Object.entries(t.byArea).map(([a, n]) => `${a} ${n}`).join(', ');
    console.log(`  ${pointLabel(point, gradesAt(json.levels, point))}: ${t.needSupport}/${t.students} học sinh cần hỗ trợ (${areas}).`);
  }
  if (!latest) console.log('  Chưa có mốc đánh giá nào có kết quả.');
  for (const s of json.sources.filter((x) => x.kind === 'official')) {
    const what = [s.reviewPoint ? pointLabelAt(s.reviewPoint, s.level) : 'không rõ mốc', s.schoolYear ?? 'không rõ năm học'].join(' ');
    const use = !s.counted ? 'không được tính (xem Kiểm tra)' : s.usedAs !== s.reviewPoint ? `dùng làm mốc ${pointLabelAt(s.usedAs!, s.level)}` : 'được tính';
    console.log(`  Trang "${s.sheet}": kết quả ${what}, lớp ${s.class}, ${s.students} học sinh, ${use}.`);
  }
  // Each level at its own newest point, as the sidebar and Tổng hợp judge them.
  const newest = newestPoints(json.levels, json.reviewPoints);
  const judged = targetsAtNewest(json.targets ?? [], newest);
  if (judged.length > 0) {
    const missed = judged.filter((t) => t.verdict === 'notMet');
    console.log(`  Chỉ tiêu (${newestPointsText(newest)}): ${missed.length}/${judged.length} chưa đạt` +
      (missed.length ? ': ' + missed.map((t) => `${t.area} ${t.grade === null ? 'toàn trường' : `khối ${t.grade}`} (cần thêm ${t.gapStudents})`).join('; ') : '') + '.');
  }
  console.log(`${errors} lỗi, ${json.problems.length - errors} cảnh báo; ${json.flags.length} dòng theo dõi.`);
  if (outcome.conflicts.length) console.log(`Không ghi trang ${outcome.conflicts.join(', ')}: trường đã có trang cùng tên.`);
  console.log(`Lệnh gọi bảng tính: ${json.stats.spreadsheetCalls}, ${json.stats.roundTrips} lượt khứ hồi; trên Google ước khoảng ${json.stats.estimatedSeconds} giây; ${json.stats.ms} ms ở máy này.`);
  console.log(`Đã ghi: ${files.join(', ')}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.input && !args.sample) fail(`chưa chỉ tệp đầu vào. ${USAGE}`, 'no input file given', 2);
  if (isStale()) await build();

  let book: FakeWorkbook;
  let base: string | undefined;
  if (args.sample) {
    const { base: name, make } = SAMPLES[args.sample];
    const sample = make();
    args.today = args.today || sample.today;
    args.out = args.out || path.join('out', `${name}.xlsx`);
    args.json = args.json || path.join('out', `${name}.json`);
    // The untouched sample goes beside the result, so both can be opened side by side.
    args.input = path.join(path.dirname(args.out), `${name}-dau-vao.xlsx`);
    fs.mkdirSync(path.dirname(args.input), { recursive: true });
    await sample.workbook.xlsx.writeFile(args.input);
    base = name;
  }
  if (!args.input) return fail(`chưa chỉ tệp đầu vào. ${USAGE}`, 'no input file given', 2);
  let notes: string[] = [];
  try {
    const inputs = await loadInputs([args.input, ...args.more]);
    notes = inputs.notes;
    book = new FakeWorkbook(inputs.workbook);
  } catch (error) {
    if (error instanceof InputError) return fail(error.vietnamese, error.english);
    throw error;
  }
  base = base || path.basename(args.input).replace(/\.[^.]+$/i, '');
  const out = args.out || path.join('out', `${base}.xlsx`);
  const jsonPath = args.json || path.join('out', `${base}.json`);
  let run: RunResult;
  try {
    run = runSummarize(book, { today: args.today || todayIso() });
  } catch (error) {
    return fail(`chưa chạy được Tổng hợp: ${oneLine((error as Error).message)}`, `the run failed: ${oneLine((error as Error).message)}`);
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.mkdirSync(path.dirname(path.resolve(jsonPath)), { recursive: true });
  await book.save(out);
  fs.writeFileSync(jsonPath, JSON.stringify(run.json, null, 2) + '\n');
  for (const note of notes) console.log(note);
  printSummary(run.json, run.outcome, [out, jsonPath]);
}

// One line, never a stack trace: the message says what happened.
main().catch((error: Error) => fail(`lỗi không mong đợi: ${oneLine(error.message)}`, `unexpected error: ${oneLine(error.message)}`));

function oneLine(text: string): string {
  return String(text).replace(/\s+/g, ' ').trim();
}
