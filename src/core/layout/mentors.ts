// "Đỡ đầu" (PRODUCT 3.8): first the assignment annex in the form of seed 004 (the NĐ 30 header, the
// title, "(Kèm theo kế hoạch số … ngày …)", the six-column table, "NGƯỜI LẬP DANH SÁCH"), printable
// like Tổng hợp; then, per mentor, the students with their latest needs, flags and early-warning
// signals, the last log date and this month's entries. At-risk students without a mentor come first.

import type { Analysis } from '../analyse';
import { formatYmd } from '../cells';
import { schoolYearLabel } from '../calendar';
import type { StudentMentoring } from '../mentoring';
import type { LogEntry } from '../read/log';
import { readMentorName } from '../read/mentor-names';
import { FLAG_LABELS, type Flag } from '../rules/flags';
import type { Student, StudentReview } from '../model';
import { columnLetters, pad2 } from '../text';
import { REVIEW_POINT_CODES, reviewPointInfo } from '../vocab';
import { latestRatedPoint } from '../rated';
import { Builder, type LayoutCell, type TabLayout } from './builder';
import { documentHead } from './summary-frame';
import { paginate } from './pages';

const WIDTH = 6;
export const ANNEX_COLUMNS = ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'Sự rèn luyện của bản thân', 'GV nhận đỡ đầu'];
/**
 * The follow part (per mentor) begins in column B, under the annex's Họ và tên, and ends in column F,
 * as wide as the annex above it: each student's name, class and latest needs, then, when the school
 * keeps a Nhật ký, the state and warnings in one column and this month's log in F; without a log the
 * state (E) and the early-warning signals (F) apart, so the table still spans the printable width
 * and no column is empty (an empty one would be a cell sent to Google for every student, issue 20).
 * Not numbered (the heading counts them); column A stays empty there and is not written. Five cells
 * a student.
 */
const FOLLOW_FROM = 2;
const FOLLOW_COLUMNS = ['Họ và tên', 'Lớp', 'Cần hỗ trợ (mốc gần nhất)'];

/** The tab is written when a student has a mentor or the school keeps a log (PRODUCT 3 step 6). */
export function mentorsTabWanted(analysis: Analysis): boolean {
  return analysis.mentoring.mentors.length > 0 || analysis.mentoring.logTabs.length > 0;
}

/** "1. Ngô Văn Quang; 2. Hoàng Thị Yên (hỗ trợ)": the mentors as the annex writes them. */
export function mentorCell(student: Student): string {
  return student.supporters.map((written, i) => {
    const m = readMentorName(written);
    return `${i + 1}. ${m.written}${m.support ? ' (hỗ trợ)' : ''}`;
  }).join('; ');
}

/** "11/2025" */
function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

function dateText(when: string | undefined): string {
  if (!when) return '';
  return when.length === 7 ? `tháng ${monthLabel(when)}` : formatYmd(when);
}

/** "(Kèm theo Kế hoạch số 52/KH-THPT ngày 16/11/2025)"; dots where Cấu hình says nothing. */
function attachedLine(analysis: Analysis): string {
  const { planNumber, planDate } = analysis.config;
  return `(Kèm theo Kế hoạch số ${planNumber || '……'} ngày ${planDate ? formatYmd(planDate) : '……'})`;
}

/** Annex rows: at-risk students without a mentor first, then every student with a mentor in roster order. */
function annexStudents(analysis: Analysis): Student[] {
  const counted = analysis.students.filter((s) => !s.excluded);
  const unassigned = counted.filter((s) => s.supporters.length === 0 && analysis.mentoring.byStudent.get(s)?.risk.atRisk);
  return [...unassigned, ...counted.filter((s) => s.supporters.length > 0)];
}

/** Writes the annex; returns the row of its signature, below its table. */
function annex(b: Builder, analysis: Analysis): number {
  const year = schoolYearLabel(analysis.schoolYearStart);
  const title = b.add();
  b.span(title, 1, WIDTH, `DANH SÁCH PHÂN CÔNG GIÁO VIÊN NHẬN ĐỠ ĐẦU HỌC SINH NĂM HỌC ${year}`, 'center', 'title', 'wrap');
  const attached = b.add();
  b.span(attached, 1, WIDTH, attachedLine(analysis), 'center', 'italic');
  b.add();
  const header = b.add([...ANNEX_COLUMNS]);
  annexStudents(analysis).forEach((s, i) => {
    b.add([i + 1, s.name, s.className, s.hardship ?? '', s.conduct ?? '', s.supporters.length > 0 ? mentorCell(s) : 'Chưa phân công (nguy cơ bỏ học)']);
  });
  const last = b.rows.length;
  if (last > header) {
    b.style('wrap', `A${header + 1}:F${last}`);
    b.style('middle', `A${header + 1}:F${last}`);
    b.style('center', `A${header + 1}:A${last}`);
    b.style('center', `C${header + 1}:C${last}`);
  }
  b.table(header, last);
  b.add();
  const sign = b.add();
  b.span(sign, 4, WIDTH, 'NGƯỜI LẬP DANH SÁCH', 'center', 'bold');
  for (let i = 0; i < 3; i++) b.add();
  const name = b.add();
  b.span(name, 4, WIDTH, analysis.config.listMaker, 'center', 'bold');
  b.keep(sign, name);
  return sign;
}

/** "GKI: Toán, Tiếng Việt", or "Chưa đánh giá". */
function latestNeeds(s: Student): string {
  const last = latestRatedPoint(s);
  if (!last) return 'Chưa đánh giá';
  const need = (s.reviews[last] as StudentReview).need;
  return `${reviewPointInfo(last).short}: ${need.length > 0 ? need.join(', ') : 'không cần hỗ trợ'}`;
}

/** The student's flags at its latest flagged point, in words. */
function stateText(flag: Flag | undefined): string {
  return (flag?.kinds ?? []).filter((k) => k !== 'atRisk').map((k) => FLAG_LABELS[k]).join('; ');
}

/** The early-warning signals named: "NGUY CƠ BỎ HỌC: …" with two or more, "Dấu hiệu: …" with one. */
function riskText(sm: StudentMentoring): string {
  const signals = sm.risk.reasons;
  if (sm.risk.atRisk) return `NGUY CƠ BỎ HỌC: ${signals.join(', ')}`;
  return signals.length > 0 ? `Dấu hiệu: ${signals.join(', ')}` : '';
}

/** State and warnings in one cell (beside the log): an at-risk student's signals first, one signal last. */
function warningText(flag: Flag | undefined, sm: StudentMentoring): string {
  const risk = riskText(sm);
  const parts = [stateText(flag)].filter(Boolean);
  if (risk) parts[sm.risk.atRisk ? 'unshift' : 'push'](risk);
  return parts.join('; ');
}

function entryText(e: LogEntry): string {
  const when = e.day ? formatYmd(e.day).slice(0, 5) : 'Trong tháng';
  return `${when}: ${e.content || '(không ghi nội dung)'}${e.result ? ` → ${e.result}` : ''}${e.mentor ? ` (${e.mentor})` : ''}`;
}

/** This month's entries shown in a cell; the rest are counted, so a long log never makes a row a page tall. */
const ENTRIES_SHOWN = 3;

function logText(sm: StudentMentoring): string {
  const last = sm.log.last ? `Lần cuối: ${dateText(sm.log.last)}` : 'Chưa có lần nào';
  // The newest first.
  const month = [...sm.log.thisMonth].sort((x, y) => (y.day ?? '').localeCompare(x.day ?? '') || y.row - x.row);
  const more = month.length - ENTRIES_SHOWN;
  return [last, ...month.slice(0, ENTRIES_SHOWN).map(entryText), ...(more > 0 ? [`… và ${more} lần khác trong tháng`] : [])].join('\n');
}

function followRow(analysis: Analysis, s: Student, latestFlag: Map<Student, Flag>): LayoutCell[] {
  const sm = analysis.mentoring.byStudent.get(s) as StudentMentoring;
  const flag = latestFlag.get(s);
  const cells: LayoutCell[] = [null, s.name, s.className, latestNeeds(s)];
  return analysis.mentoring.logTabs.length > 0 ? [...cells, warningText(flag, sm), logText(sm)] : [...cells, stateText(flag), riskText(sm)];
}

function followColumns(analysis: Analysis): string[] {
  return [...FOLLOW_COLUMNS, ...(analysis.mentoring.logTabs.length > 0 ? ['Tình trạng, cảnh báo', 'Nhật ký'] : ['Tình trạng', 'Cảnh báo'])];
}

/** The follow table, columns B to F. */
function followTable(b: Builder, analysis: Analysis, students: Student[], latestFlag: Map<Student, Flag>): void {
  const columns = followColumns(analysis);
  const lastColumn = FOLLOW_FROM + columns.length - 1;
  const first = columnLetters(FOLLOW_FROM);
  const header = b.add([null, ...columns]);
  // At-risk first, then as the roster lists them.
  const risky = (s: Student) => (analysis.mentoring.byStudent.get(s)?.risk.atRisk ? 0 : 1);
  const ordered = students.map((s, i) => ({ s, i })).sort((x, y) => risky(x.s) - risky(y.s) || x.i - y.i).map((x) => x.s);
  ordered.forEach((s) => b.add(followRow(analysis, s, latestFlag)));
  const last = b.rows.length;
  if (last > header) {
    b.style('wrap', `${first}${header + 1}:${columnLetters(lastColumn)}${last}`);
    b.style('middle', `${first}${header + 1}:${columnLetters(lastColumn)}${last}`);
    b.style('center', `C${header + 1}:C${last}`);
  }
  b.table(header, last, lastColumn, 1, FOLLOW_FROM);
}

/**
 * A section's heading, in its first cell and running over the empty cells to its right: never
 * merged, so the calls that write the tab stay the same however many mentors there are (PRODUCT 5).
 * Its fill covers exactly the columns of the table under it.
 */
function heading(b: Builder, row: number, text: string): void {
  b.span(row, FOLLOW_FROM, FOLLOW_FROM, text, 'bold');
  b.style('sectionFill', b.rowRange(row, FOLLOW_FROM, WIDTH));
  b.heading(row);
}

function follow(b: Builder, analysis: Analysis): void {
  const m = analysis.mentoring;
  const month = monthLabel(m.month);
  const latestFlag = new Map<Student, Flag>();
  for (const f of analysis.flags) {
    const had = latestFlag.get(f.student);
    if (!had || REVIEW_POINT_CODES.indexOf(f.reviewPoint) >= REVIEW_POINT_CODES.indexOf(had.reviewPoint)) latestFlag.set(f.student, f);
  }
  let r = b.add();
  b.span(r, FOLLOW_FROM, WIDTH, `THEO DÕI ĐỠ ĐẦU THÁNG ${month}`, 'title');
  b.heading(r);
  r = b.add();
  const hasLog = m.logTabs.length > 0;
  const logged = m.matched.filter((x) => x.student && x.entry.month === m.month).length;
  const unmatched = m.matched.filter((x) => !x.student).length;
  b.span(r, FOLLOW_FROM, WIDTH, hasLog
    ? `Nhật ký từ trang ${m.logTabs.map((t) => t.sheet).join(', ')}: ${m.matched.length} dòng, ${logged} dòng của tháng ${month}${unmatched > 0 ? `, ${unmatched} dòng chưa gắn được với học sinh (xem trang Kiểm tra)` : ''}. Hạn ghi nhật ký: ngày ${pad2(m.deadlineDay)} hằng tháng${m.pastDeadline ? ' (đã qua hạn tháng này)' : ''}.`
    : 'Chưa có trang Nhật ký. Tạo một Google Biểu mẫu gắn với bảng tính này (xem Hướng dẫn) để GV ghi việc hỗ trợ hằng tháng; tiện ích tự nhận ra trang câu trả lời.', 'italic', 'wrap');

  const unassigned = analysis.students.filter((s) => !s.excluded && s.supporters.length === 0 && m.byStudent.get(s)?.risk.atRisk);
  if (unassigned.length > 0) {
    b.add();
    r = b.add();
    heading(b, r, `Học sinh có nguy cơ bỏ học chưa có GV đỡ đầu: ${unassigned.length} em`);
    followTable(b, analysis, unassigned, latestFlag);
  }
  for (const mentor of m.mentors) {
    b.add();
    r = b.add();
    const missing = mentor.missing.length > 0 ? `; chưa ghi nhật ký tháng ${month}: ${mentor.missing.map((s) => s.name).join(', ')}` : '';
    const spellings = mentor.spellings.length > 1 ? ` (ghi là: ${mentor.spellings.join(', ')})` : '';
    heading(b, r, `GV ${mentor.name}${spellings}: ${mentor.students.length} em${hasLog ? `, đã ghi nhật ký tháng ${month}: ${mentor.loggedThisMonth.length} em${missing}` : ''}`);
    followTable(b, analysis, mentor.students.map((x) => x.student), latestFlag);
  }
}

/**
 * Students with a mentor up to which Đỡ đầu's plan fills each page with a spacer row and sets every
 * row's height, so the sheet itself prints it (seed 004's campaign lists a few, a school where each
 * teacher mentors one student a few dozen). Heights cost a call per run of equal heights, spacers
 * one a page: a longer list (a district where every student has a GV hỗ trợ) is planned as Theo dõi
 * is, by page breaks alone (headings kept with their rows, a long table's header repeated), which
 * the saved .xlsx prints; the calls stay bounded (PRODUCT 5) and Sheets fits wrapped rows itself.
 */
export const PAGED_STUDENTS = 60;

/** Đỡ đầu as written: on its pages (a long table's header repeated, headings with their rows), rows tall enough for their text. */
export function mentorsLayout(analysis: Analysis): TabLayout {
  const rows = mentorsRows(analysis);
  const mentored = analysis.students.filter((s) => !s.excluded && s.supporters.length > 0).length;
  return paginate(rows, { spacers: mentored <= PAGED_STUDENTS });
}

/** The tab's rows before the page plan. */
export function mentorsRows(analysis: Analysis): TabLayout {
  const b = new Builder(WIDTH, true);
  documentHead(b, analysis, false);
  b.add();
  const signature = annex(b, analysis);
  b.add();
  b.add();
  const followStart = b.rows.length + 1;
  follow(b, analysis);
  // The A4 landscape width (layout/measure.ts), so the page prints at full size.
  // Sự rèn luyện and GV nhận đỡ đầu (the state and the warnings or the log below) alike: one setColumnWidths call for both.
  const layout = b.build('mentors', [40, 165, 60, 245, 212, 212], 0, true);
  // The annex's signature and the follow tables hold other columns than the annex's table (whose
  // Hoàn cảnh cells are often empty): each written apart.
  layout.parts = [signature, followStart];
  return layout;
}
