// "Đỡ đầu" (PRODUCT 3.8): one table, a group per mentor. Its columns A-F are the assignment annex in
// the form of seed 004 (the NĐ 30 header, the title, "(Kèm theo kế hoạch số … ngày …)", TT | Họ và tên
// | Lớp | Hoàn cảnh gia đình, bản thân | Sự rèn luyện của bản thân | GV nhận đỡ đầu, "NGƯỜI LẬP DANH
// SÁCH"), printed like Tổng hợp and alone (the print area); to their right, on the same rows, what the
// mentor follows this month (mentors-follow.ts), for the screen. Each student is listed once, under its
// first mentor: the annex and the follow tables listed every student twice (issue 20: 88,000 cells at
// 20,000 rows). At-risk students without a mentor come first; each group's heading counts its students
// (the groups: mentor-groups.ts).

import type { Analysis } from '../analyse';
import { formatYm, formatYmd } from '../cells';
import { schoolYearLabel } from '../calendar';
import { homerooms as homeroomsOf, type Homerooms } from '../read/classes';
import { mentorNamesOf } from '../rules/homeroom-mentors';
import type { Student } from '../model';
import { columnLetters, pad2 } from '../text';
import { Builder, type TabLayout } from './builder';
import { followCells, followColumns, latestFlags } from './mentors-follow';
import { HEADING_SEPARATOR, mentorGroups } from './mentor-groups';
import { baseFont } from './measure-layout';
import { textWidthPx } from './measure';
import { documentHead } from './summary-frame';
import { paginate, type Section } from './pages';

/** Students a group's heading keeps with it on its page. */
const HEADING_KEEPS = 3;

/** The annex's columns, the ones printed, in pixels (a heading's line fits in their sum). */
const ANNEX_WIDTHS = [40, 165, 60, 245, 212, 212];
const ANNEX_WIDTH = ANNEX_WIDTHS.length;
export const ANNEX_COLUMNS = ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'Sự rèn luyện của bản thân', 'GV nhận đỡ đầu'];

/** The tab is written when a student has a mentor or the school keeps a log (PRODUCT 3 step 6). */
export function mentorsTabWanted(analysis: Analysis): boolean {
  return analysis.mentoring.mentors.length > 0 || analysis.mentoring.logTabs.length > 0;
}

/** "1. Ngô Văn Quang; 2. Hoàng Thị Yên (hỗ trợ)": the mentors as the annex writes them ("GVCN" by the Lớp tab's name). */
export function mentorCell(student: Student, homerooms: Homerooms): string {
  return mentorNamesOf(student, homerooms).map((m, i) => {
    return `${i + 1}. ${m.written}${m.support ? ' (hỗ trợ)' : ''}`;
  }).join('; ');
}

/** "(Kèm theo Kế hoạch số 52/KH-THPT ngày 16/11/2025)"; dots where Cấu hình says nothing. */
function attachedLine(analysis: Analysis): string {
  const { planNumber, planDate } = analysis.config;
  return `(Kèm theo Kế hoạch số ${planNumber || '……'} ngày ${planDate ? formatYmd(planDate) : '……'})`;
}

/**
 * Above the follow-up columns, beside the annex's title: the log's lines (or how to start a log),
 * the line saying these columns are not printed, and their header group.
 */
function followHead(b: Builder, analysis: Analysis, title: number): void {
  const m = analysis.mentoring;
  const month = formatYm(m.month);
  const from = ANNEX_WIDTH + 1;
  const logged = m.matched.filter((x) => x.student && x.entry.month === m.month).length;
  const unmatched = m.matched.filter((x) => !x.student).length;
  b.span(title, from, from, m.logTabs.length > 0
    ? `Nhật ký từ trang ${m.logTabs.map((t) => t.sheet).join(', ')}: ${m.matched.length} dòng, ${logged} dòng của tháng ${month}${unmatched > 0 ? `, ${unmatched} dòng chưa gắn được với học sinh (xem trang Kiểm tra)` : ''}. Hạn ghi nhật ký: ngày ${pad2(m.deadlineDay)} hằng tháng${m.pastDeadline ? ' (đã qua hạn tháng này)' : ''}.`
    : 'Chưa có trang Nhật ký. Tạo một Google Biểu mẫu gắn với bảng tính này (xem Hướng dẫn) để GV ghi việc hỗ trợ hằng tháng; tiện ích tự nhận ra trang câu trả lời.', 'italic');
  b.span(title + 1, from, from, `Các cột từ ${columnLetters(from)} trở đi chỉ để theo dõi trên màn hình, không in: để in phụ lục, bấm "Tải PDF danh sách GV nhận đỡ đầu" ở bảng điều khiển (Hỗ trợ học sinh → Mở bảng điều khiển), hoặc chọn các cột A đến ${columnLetters(ANNEX_WIDTH)} rồi In → Ô đã chọn.`, 'italic');
  const group = title + 2;
  b.span(group, from, b.width, `THEO DÕI ĐỠ ĐẦU THÁNG ${month}`, 'bold', 'center', 'headerFill', 'border');
}

/**
 * A heading's lines: the mentors it names, as many on a line as fit the printed width (a student
 * with five GV hỗ trợ makes a heading too long for one: its right end would be cut off the page).
 */
export function headingLines(heading: string): string[] {
  const room = ANNEX_WIDTHS.reduce((x, y) => x + y, 0) - 8;
  const font = { ...baseFont({ printable: true }), bold: true };
  const lines: string[] = [];
  for (const part of heading.split(HEADING_SEPARATOR)) {
    const joined = lines.length > 0 ? `${lines[lines.length - 1]}${HEADING_SEPARATOR}${part}` : '';
    if (joined && textWidthPx(joined, font) <= room) lines[lines.length - 1] = joined;
    else lines.push(part);
  }
  return lines;
}

/**
 * A group's heading rows, bold and filled across the table; this month's log beside the first, on the
 * screen. Never merged, so the calls stay the same however many mentors there are (PRODUCT 5): a
 * heading runs over the empty cells to its right.
 */
function headingRows(b: Builder, heading: string, log: string): void {
  headingLines(heading).forEach((line, i) => {
    const row = b.add([line, null, null, null, null, null, ...(log && i === 0 ? [log] : [])]);
    b.style('bold', b.rowRange(row));
    b.style('sectionFill', b.rowRange(row));
    // Printed and screen parts apart: the line between them (F|G) stays, the printed table's right edge.
    b.style('openRow', b.rowRange(row, 1, ANNEX_WIDTH));
    b.style('openRow', b.rowRange(row, ANNEX_WIDTH + 1));
  });
}

/** The table: its header row, then each group's heading and students. Returns its last row. */
function groupedTable(b: Builder, analysis: Analysis): number {
  const header = b.add([...ANNEX_COLUMNS, ...followColumns(analysis)]);
  const latest = latestFlags(analysis);
  const last = columnLetters(b.width);
  let tt = 0;
  const groups = mentorGroups(analysis);
  const homerooms = homeroomsOf(analysis.classList);
  for (const [i, group] of groups.entries()) {
    const top = b.rows.length + 1;
    headingRows(b, group.heading, group.log);
    const heading = b.rows.length;
    group.students.forEach((s) => b.add([++tt, s.name, s.className, s.hardship ?? '', s.conduct ?? '',
      s.supporters.length > 0 ? mentorCell(s, homerooms) : 'Chưa phân công (nguy cơ bỏ học)', ...followCells(analysis, s, latest)]));
    const [first, end] = [heading + 1, b.rows.length];
    // A group on one page when it fits on one, its heading never ending a page (Builder.heading would
    // run on into the next group's heading, the groups being one table). The last group keeps its
    // heading with its first students only: its last two rows go with the signature (annex), and a
    // keep over the whole group would join that one, so that a long last group could leave the
    // signature alone on a page.
    b.keep(top, i < groups.length - 1 ? end : Math.min(end, heading + HEADING_KEEPS));
    if (end < first) continue;
    // Only the printed cells wrap: the screen's columns (the needs, the log) are one line running on
    // to the right, so that no printed row is taller than its own cells need.
    b.style('wrap', `B${first}:${columnLetters(ANNEX_WIDTH)}${end}`);
    b.style('middle', `A${first}:${last}${end}`);
    b.style('center', `A${first}:A${end}`);
    b.style('center', `C${first}:C${end}`);
    // The screen's columns in 11 pt, the needs mostly within their width.
    b.style('small', `${columnLetters(ANNEX_WIDTH + 1)}${first}:${last}${end}`);
  }
  b.table(header, b.rows.length);
  return b.rows.length;
}

/** The annex's title, the table and the signature; returns the row of the signature. */
function annex(b: Builder, analysis: Analysis): number {
  const year = schoolYearLabel(analysis.schoolYearStart);
  const title = b.add();
  b.span(title, 1, ANNEX_WIDTH, `DANH SÁCH PHÂN CÔNG GIÁO VIÊN NHẬN ĐỠ ĐẦU HỌC SINH NĂM HỌC ${year}`, 'center', 'title', 'wrap');
  const attached = b.add();
  b.span(attached, 1, ANNEX_WIDTH, attachedLine(analysis), 'center', 'italic');
  b.add();
  followHead(b, analysis, title);
  const header = b.rows.length + 1;
  const last = groupedTable(b, analysis);
  // The document's head and the title go with the table's header and first rows: the table joins
  // them (pages.ts) and so starts at the top of the first page, where nothing moves: a table taller
  // than the rest of the first page starts there, its header repeated on the next, rather than move
  // whole and leave a page of headings alone (a table kept from the title only did so when it fitted
  // on a page but not under the head).
  b.keep(1, Math.min(last, header + 2));
  b.add();
  const sign = b.add();
  b.span(sign, 4, ANNEX_WIDTH, 'NGƯỜI LẬP DANH SÁCH', 'center', 'bold');
  for (let i = 0; i < 3; i++) b.add();
  const name = b.add();
  b.span(name, 4, ANNEX_WIDTH, analysis.config.listMaker, 'center', 'bold');
  // The signature goes with the table's last two rows (a page with only a signature is not signed):
  // the table's section runs on to it, so those rows move with it and the header comes with them.
  (b.sections.find((x) => x.header?.first === header) as Section).last = name;
  b.keep(Math.max(header + 1, last - 1), name);
  b.keep(sign, name);
  return sign;
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
  const follow = followColumns(analysis);
  const b = new Builder(ANNEX_WIDTH + follow.length, true);
  documentHead(b, analysis, false, ANNEX_WIDTH);
  b.add();
  const signature = annex(b, analysis);
  // The annex: the A4 landscape width (layout/measure.ts), so the page prints at full size; Sự rèn
  // luyện and GV nhận đỡ đầu alike (one setColumnWidths call for both). Then the needs and state, wide
  // enough for their one line mostly, and the log.
  const layout = b.build('mentors', [...ANNEX_WIDTHS, 720, ...follow.slice(1).map(() => 420)], 0, true);
  // Only the annex prints (the PDF, the .xlsx): the page plan fits its columns to the page width.
  layout.printArea = `A1:${columnLetters(ANNEX_WIDTH)}${layout.rows.length}`;
  // The signature holds other columns than the table above it: written apart.
  layout.parts = [signature];
  return layout;
}
