// The sidebar: headline numbers, buttons for each step, problems that select their cell, and the
// students to follow. Every text from the sheet goes in with textContent, never as HTML.

import type { SidebarState, Step } from '../core/api';
import type { SchoolSettings } from '../core/settings';
import type { FlagJson, ProblemJson, TargetJson } from '../core/report';
import { formatBasisPoints, formatTarget, gapSentence } from '../core/rules/target-text';
import { atRiskLine, flagWords, missingLogLine } from '../core/rules/mentor-text';
import { levelNeedText } from '../core/levels';
import { rangePdfUrl } from '../core/pdf';
import { partRange } from '../core/layout/tracking-parts';
import { call } from './server';

const LIST_LIMIT = 30;
// Targets sit above the buttons: a few lines, the rest are on the printed Tổng hợp.
const TARGET_LIMIT = 4;
// Each poll is a server call and a property read (quota: 50,000 reads a day for a consumer
// account), so poll gently and only while the sidebar is on screen.
const POLL_MS = 30000;

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setStatus(text: string, isError = false, target = 'status'): void {
  const status = $(target);
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function renderProblems(problems: ProblemJson[], total: number): void {
  const list = $('problems');
  list.replaceChildren();
  $('problemCount').textContent = total ? `(${total})` : '';
  if (total === 0) list.append(el('li', '', 'Không có gì cần sửa.'));
  for (const p of problems.slice(0, LIST_LIMIT)) {
    const item = el('li', `sev-${p.severity}`);
    if (p.cell) {
      const jump = el('button', 'cell', `${p.sheet}!${p.cell}`) as HTMLButtonElement;
      jump.title = 'Chọn ô này trong bảng tính';
      jump.addEventListener('click', () => {
        call('sidebarSelectCell', p.sheet, p.cell).catch((e: Error) => setStatus(e.message, true));
      });
      item.append(jump);
    }
    item.append(el('span', '', p.message));
    list.append(item);
  }
  if (total > problems.length) list.append(el('li', 'muted', `Và ${total - problems.length} mục khác: xem trang Kiểm tra.`));
}

/** The first flagged students, each at its level's newest point (the server sends no more), and how many there are. */
function renderFlags(here: FlagJson[], total: number, counted: (what: string) => string): void {
  const list = $('flags');
  list.replaceChildren();
  $('flagCount').textContent = counted(String(total));
  if (total === 0) list.append(el('li', '', 'Chưa có học sinh nào cần theo dõi.'));
  for (const f of here.slice(0, LIST_LIMIT)) {
    const item = el('li', '');
    const jump = el('button', 'cell', `${f.class}`) as HTMLButtonElement;
    jump.title = `Đến dòng ${f.row}`;
    jump.addEventListener('click', () => {
      call('sidebarSelectCell', f.sheet, `A${f.row}`).catch((e: Error) => setStatus(e.message, true));
    });
    item.append(jump, el('span', '', f.name), el('span', 'kinds', `${flagWords(f)} · ${f.areas.join(', ')}`));
    list.append(item);
  }
  if (total > Math.min(here.length, LIST_LIMIT)) list.append(el('li', 'muted', `Và ${total - Math.min(here.length, LIST_LIMIT)} em khác: xem trang Theo dõi.`));
}

/** Percent from the JSON (99.7) back to whole basis points for printing. */
const basisPoints = (percent: number) => Math.round(percent * 100);

/** What is below target at each level's newest review point (the server sends those only): whole school first, then each khối. */
function renderTargets(here: TargetJson[] | undefined, counted: (what: string) => string): void {
  const list = $('targets');
  list.replaceChildren();
  if (!here) {
    $('targetCount').textContent = '';
    list.append(el('li', 'muted', 'Chưa đặt chỉ tiêu. Ghi vào trang Cấu hình, ví dụ mục "Chỉ tiêu môn học" với giá trị "trên 99,7%".'));
    return;
  }
  const misses = here.filter((t) => t.verdict === 'notMet')
    .sort((x, y) => (x.grade === null ? 0 : x.grade) - (y.grade === null ? 0 : y.grade));
  $('targetCount').textContent = here.length > 0 ? counted(`${misses.length}/${here.length} chưa đạt`) : '';
  if (here.length === 0) list.append(el('li', 'muted', 'Chưa đối sánh được: chưa có kết quả đánh giá, hoặc xem mục Cần sửa.'));
  else if (misses.length === 0) list.append(el('li', '', `Đạt tất cả ${here.length} chỉ tiêu.`));
  for (const t of misses.slice(0, TARGET_LIMIT)) {
    const where = t.grade === null ? 'Toàn trường' : `Khối ${t.grade}`;
    const item = el('li', '');
    item.append(el('span', 'miss', `${where} · ${t.area}: ${formatBasisPoints(basisPoints(t.achieved))}`),
      el('span', 'muted', ` (chỉ tiêu ${formatTarget(basisPoints(t.target), t.above)})`),
      el('span', 'kinds', capitalise(gapSentence(t.area, t.grade, t.gapStudents)) + '.'));
    list.append(item);
  }
  if (misses.length > TARGET_LIMIT) list.append(el('li', 'muted', `Và ${misses.length - TARGET_LIMIT} mục khác: xem bảng Tổng hợp.`));
}

/** Mentors with missing monthly reports, and who is at risk of dropping out (PRODUCT 3.8, 3.9). */
function renderMentoring(report: SidebarState['report']): void {
  const lines = [atRiskLine(report.counts), missingLogLine(report)].filter((line) => line !== '');
  const box = $('mentoringBox');
  box.hidden = lines.length === 0;
  const list = $('mentoring');
  list.replaceChildren(...lines.map((line) => el('li', '', line)));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function renderPdfLink(url: string, id = 'pdf'): void {
  const link = $(id) as HTMLAnchorElement;
  link.hidden = url === '';
  if (url) link.href = url;
}

/** A link per class of Theo dõi: the class's page alone, for its homeroom teacher (the server sends one link and the ranges). */
function renderClassPdfs({ url, parts, more }: SidebarState['classPdfs']): void {
  const shown = url === '' ? [] : parts;
  $('classPdfs').hidden = shown.length === 0;
  $('classPdfLinks').replaceChildren(...shown.map(([label, first, last]) => {
    const a = el('a', '', label) as HTMLAnchorElement;
    a.href = rangePdfUrl(url, partRange(first, last));
    a.target = '_blank';
    a.rel = 'noopener';
    a.title = `Tải PDF trang Theo dõi của lớp ${label}`;
    return a;
  }), ...(shown.length > 0 && more > 0 ? [el('span', 'muted', `Và ${more} lớp khác: in từ trang Theo dõi (chọn các dòng của lớp, rồi Tệp → In → Ô đã chọn).`)] : []));
}

export function render({ report, pdfUrl, mentorsPdfUrl, classPdfs }: SidebarState): void {
  renderPdfLink(pdfUrl);
  renderPdfLink(mentorsPdfUrl, 'mentorsPdf');
  renderClassPdfs(classPdfs);
  const total = report.total;
  $('subtitle').textContent = `Năm học ${report.schoolYear} · ${report.pointText || 'chưa có kết quả đánh giá'}`;
  // "(Cuối năm: 5)"; levels at different points: the subtitle names each, the counts below name none.
  const several = new Set((report.levels ?? []).map((l) => l.point)).size > 1;
  const counted = (what: string) => (!report.pointText ? '' : several ? `(${what})` : `(${report.pointText}: ${what})`);
  $('need').textContent = total ? String(total.needSupport) : '0';
  $('needOf').textContent = total ? `trên ${total.students} học sinh` : '';
  // A school of several levels: each level's own numbers at its own newest point.
  const byLevel = $('needByLevel');
  byLevel.hidden = !report.levels;
  byLevel.replaceChildren(...(report.levels ?? []).map((l) =>
    el('li', '', levelNeedText(l))));
  $('errors').textContent = String(report.counts.errors);
  $('warnings').textContent = String(report.counts.warnings);
  $('noSupporter').textContent = String(report.counts.noSupporter);
  renderTargets(report.targets, counted);
  renderMentoring(report);
  renderProblems(report.firstProblems, report.counts.errors + report.counts.warnings);
  renderFlags(report.firstFlags, report.counts.flags, report.flagsText ? (what) => `(${report.flagsText}: ${what})` : counted);
}

const STEP_LABELS: Record<Step, string> = { all: 'Đang tổng hợp…', check: 'Đang kiểm tra danh sách…', timeline: 'Đang tạo lịch tháng…' };
let lastRun = '';

async function run(step: Step, buttons: HTMLButtonElement[]): Promise<void> {
  buttons.forEach((b) => (b.disabled = true));
  setStatus(STEP_LABELS[step]);
  try {
    const result = await call('sidebarRun', step);
    render(result);
    setStatus(result.message);
    lastRun = await call('sidebarLastRun');
  } catch (error) {
    setStatus((error as Error).message, true);
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

async function refresh(): Promise<void> {
  try {
    render(await call('sidebarAnalyse'));
  } catch (error) {
    setStatus((error as Error).message, true);
  }
}

/** Another user's (or the menu's) run updates an open sidebar. */
async function poll(): Promise<void> {
  if (document.visibilityState === 'hidden') return;
  try {
    const stamp = await call('sidebarLastRun');
    if (stamp !== lastRun) {
      lastRun = stamp;
      await refresh();
    }
  } catch {
    // a failed poll is retried on the next tick
  }
}

const SETTING_FIELDS: Array<keyof SchoolSettings> = ['agency', 'schoolName', 'place', 'schoolYear', 'signerName', 'signerTitle', 'recipients'];

function settingsForm(): HTMLFormElement {
  return $('settingsForm') as HTMLFormElement;
}

function fillSettings(settings: SchoolSettings): void {
  for (const field of SETTING_FIELDS) {
    (settingsForm().elements.namedItem(field) as HTMLInputElement | HTMLTextAreaElement).value = settings[field];
  }
}

async function saveSettings(event: Event): Promise<void> {
  event.preventDefault();
  const button = $('saveSettings') as HTMLButtonElement;
  const settings = {} as SchoolSettings;
  for (const field of SETTING_FIELDS) {
    settings[field] = (settingsForm().elements.namedItem(field) as HTMLInputElement | HTMLTextAreaElement).value;
  }
  button.disabled = true;
  setStatus('Đang lưu thông tin trường…', false, 'settingsStatus');
  try {
    setStatus((await call('sidebarSaveSettings', settings)).message, false, 'settingsStatus');
    fillSettings(await call('sidebarGetSettings'));
  } catch (error) {
    setStatus((error as Error).message, true, 'settingsStatus');
  } finally {
    button.disabled = false;
  }
}

function start(): void {
  settingsForm().addEventListener('submit', saveSettings);
  call('sidebarGetSettings').then(fillSettings).catch((e: Error) => setStatus(e.message, true));
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-step]'));
  for (const button of buttons) button.addEventListener('click', () => run(button.dataset.step as Step, buttons));
  call('sidebarLastRun').then((stamp) => (lastRun = stamp)).catch(() => undefined);
  refresh();
  setInterval(poll, POLL_MS);
}

start();
