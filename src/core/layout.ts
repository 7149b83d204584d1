// The generated tabs as plain data: cell values plus the few style lists the shell applies with
// one batched call each. Nothing here knows about Apps Script.

import type { Analysis } from './analyse';
import { schoolYearLabel } from './calendar';
import { classKey } from './classes';
import { compareKeys, compareNatural, nameKey, naturalKey } from './collate';
import { groupBy, memoize } from './collections';
import { countKinds, FLAG_LABELS, type Flag, type FlagKind } from './flags';
import type { Problem, Student } from './model';
import type { SkipReason } from './roster';
import type { Counts, PointTotals } from './totals';
import { a1, columnLetters, formatPercent, pad2 } from './text';
import { REVIEW_POINT_CODES, reviewPointInfo, type ReviewPointCode } from './vocab';

/** A link that jumps to a cell of an input tab. */
export interface CellLink {
  text: string;
  sheet: string;
  cell: string;
}

export type LayoutCell = string | number | CellLink | null;

export type StyleName =
  | 'bold' | 'italic' | 'boldItalic' | 'center' | 'middle' | 'wrap' | 'headerFill' | 'sectionFill' | 'border'
  | 'title' | 'small' | 'errorText' | 'warningText';

export type GeneratedTabKey = 'check' | 'summary' | 'tracking' | 'timeline';

export const GENERATED_TABS: Record<GeneratedTabKey, string> = {
  check: 'Kiểm tra',
  summary: 'Tổng hợp',
  tracking: 'Theo dõi',
  timeline: 'Lịch tháng',
};

export interface TabLayout {
  key: GeneratedTabKey;
  name: string;
  /** Rows of cells; the writer pads them to `width`. */
  rows: LayoutCell[][];
  width: number;
  /** Pixels per column. */
  columnWidths: number[];
  frozenRows: number;
  merges: string[];
  styles: Partial<Record<StyleName, string[]>>;
  /** Print look: Times New Roman, no gridlines. */
  printable: boolean;
  /** The part of the tab the principal prints (the PDF link exports only this). */
  printArea?: string;
  /** A column chart over a data block of this tab, placed beside the printed area. */
  chart?: { range: string; row: number; column: number; title: string };
}

/** "D5" or "A5:F9" → column letters and rows. */
function splitRange(range: string): { from: string; top: number; to: string; bottom: number } | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!m) return undefined;
  return { from: m[1], top: Number(m[2]), to: m[3] ?? m[1], bottom: Number(m[4] ?? m[2]) };
}

class Builder {
  readonly rows: LayoutCell[][] = [];
  readonly merges: string[] = [];
  readonly styles: Partial<Record<StyleName, string[]>> = {};
  /** Merged spans are for the printed report; data tabs let text overflow instead. */
  constructor(readonly width: number, private readonly mergeSpans = false) {}

  /** Appends a row and returns its 1-based number. */
  add(cells: LayoutCell[] = []): number {
    this.rows.push(cells);
    return this.rows.length;
  }
  /** Adds a range to a style; a range right below the previous one of the same columns extends it. */
  style(name: StyleName, range: string): void {
    const list = this.styles[name] ?? (this.styles[name] = []);
    const last = list.length > 0 ? splitRange(list[list.length - 1]) : undefined;
    const next = splitRange(range);
    if (last && next && last.from === next.from && last.to === next.to && last.bottom + 1 === next.top) {
      list[list.length - 1] = `${last.from}${last.top}:${last.to}${next.bottom}`;
    } else {
      list.push(range);
    }
  }
  rowRange(row: number, from = 1, to = this.width): string {
    return `${a1(row, from)}:${a1(row, to)}`;
  }
  /** One text across columns from..to of a row. */
  span(row: number, from: number, to: number, text: string, ...styles: StyleName[]): void {
    const cells = this.rows[row - 1];
    while (cells.length < from) cells.push(null);
    cells[from - 1] = text;
    if (to > from) this.merge(this.rowRange(row, from, to));
    for (const s of styles) this.style(s, this.rowRange(row, from, to));
  }
  table(headerRow: number, lastRow: number, columns = this.width, headerRows = 1): void {
    const header = `A${headerRow}:${columnLetters(columns)}${headerRow + headerRows - 1}`;
    for (const style of ['headerFill', 'bold', 'center', 'middle', 'wrap'] as StyleName[]) this.style(style, header);
    this.style('border', `A${headerRow}:${columnLetters(columns)}${lastRow}`);
  }
  merge(range: string): void {
    if (this.mergeSpans) this.merges.push(range);
  }
  build(key: GeneratedTabKey, columnWidths: number[], frozenRows: number, printable: boolean): TabLayout {
    return { key, name: GENERATED_TABS[key], rows: this.rows, width: this.width, columnWidths, frozenRows, merges: this.merges, styles: this.styles, printable };
  }
}

function dateLine(analysis: Analysis): string {
  const { today, config } = analysis;
  const place = config.place || '...........';
  return `${place}, ngày ${pad2(today.day)} tháng ${pad2(today.month)} năm ${today.year}`;
}

function latestPoint(analysis: Analysis): ReviewPointCode | undefined {
  return analysis.reviewPoints[analysis.reviewPoints.length - 1];
}


/** "Chưa có GV hỗ trợ; Cần hỗ trợ mới": the few combinations are built once. */
const kindsLabel = memoize((kinds: string) => kinds.split(',').map((k) => FLAG_LABELS[k as FlagKind]).join('; '));

function kindsText(kinds: FlagKind[]): string {
  return kindsLabel(kinds.join());
}

// ---------------------------------------------------------------- Tổng hợp (printable report)

function countsRow(label: string | number, counts: Counts, areas: string[]): LayoutCell[] {
  return [
    String(label), counts.students, counts.needSupport, ...areas.map((a) => counts.byArea[a]), counts.disability,
    formatPercent(counts.needSupport, counts.students),
  ];
}

/**
 * The two header rows of the seed's table: "Số học sinh cần được hỗ trợ" over the area columns,
 * the other headers spanning both rows. Returns the first header row.
 */
function countsHeader(b: Builder, firstLabel: string, areas: string[]): number {
  const top = b.add([firstLabel, 'THHS', 'TSHS cần hỗ trợ', 'Số học sinh cần được hỗ trợ', ...areas.slice(1).map(() => null), 'Trong đó HSKT', 'Tỉ lệ']);
  b.add([null, null, null, ...areas, null, null]);
  const last = areas.length + 5;
  for (const column of [1, 2, 3, last - 1, last]) b.merge(`${a1(top, column)}:${a1(top + 1, column)}`);
  if (areas.length > 1) b.merge(`${a1(top, 4)}:${a1(top, areas.length + 3)}`);
  return top;
}

function gradeTable(b: Builder, totals: PointTotals, areas: string[]): void {
  const header = countsHeader(b, 'Khối', areas);
  for (const g of totals.byGrade) b.add(countsRow(g.grade, g, areas));
  const tc = b.add(countsRow('TC', totals.total, areas));
  b.style('bold', b.rowRange(tc, 1, areas.length + 5));
  b.style('center', `A${header + 2}:${columnLetters(areas.length + 5)}${tc}`);
  b.table(header, tc, areas.length + 5, 2);
}

export function summaryLayout(analysis: Analysis): TabLayout {
  const { config, roster, totals } = analysis;
  const areas = roster.areas;
  const width = Math.max(areas.length + 5, 8);
  const b = new Builder(width, true);
  const split = 3;
  const year = schoolYearLabel(analysis.schoolYearStart);

  b.add();
  b.span(1, 1, split, (config.agency || 'CƠ QUAN CHỦ QUẢN').toUpperCase(), 'center');
  b.span(1, split + 1, width, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'center', 'bold');
  b.add();
  b.span(2, 1, split, (config.schoolName || 'TÊN TRƯỜNG').toUpperCase(), 'center', 'bold');
  b.span(2, split + 1, width, 'Độc lập - Tự do - Hạnh phúc', 'center', 'bold');
  b.add();
  b.span(3, split + 1, width, dateLine(analysis), 'center', 'italic');
  b.add();
  const title = b.add();
  b.span(title, 1, width, 'BÁO CÁO', 'center', 'title');
  const subject = b.add();
  b.span(subject, 1, width, `Tổng hợp học sinh cần hỗ trợ về môn học, năng lực, phẩm chất - năm học ${year}`, 'center', 'bold');
  b.add();

  const latest = latestPoint(analysis);
  if (!latest) {
    const r = b.add();
    b.span(r, 1, width, 'Chưa có kết quả đánh giá nào trong trang Danh sách. Nhập các mức đánh giá (hoặc dấu x ở mốc Đầu năm) rồi chạy lại Tổng hợp.', 'wrap');
  } else {
    const latestTotals = totals[latest] as PointTotals;
    let r = b.add();
    b.span(r, 1, width, `1. Số học sinh cần hỗ trợ theo khối - ${reviewPointInfo(latest).label}`, 'bold');
    gradeTable(b, latestTotals, areas);
    r = b.add();
    const source = latestTotals.byGrade.every((g) => g.studentsSource === 'classList')
      ? 'THHS: tổng sĩ số các lớp theo trang Lớp.'
      : latestTotals.byGrade.every((g) => g.studentsSource === 'roster')
        ? 'THHS: số dòng học sinh trong trang Danh sách (trang Lớp chưa có sĩ số).'
        : 'THHS: theo sĩ số trang Lớp; khối ' + latestTotals.byGrade.filter((g) => g.studentsSource === 'roster').map((g) => g.grade).join(', ') + ' tính theo số dòng trong Danh sách vì thiếu sĩ số.';
    b.span(r, 1, width, source + ' Dòng TC là tổng các dòng trên. Một học sinh có thể cần hỗ trợ nhiều mặt.', 'italic', 'small');
    b.add();

    r = b.add();
    b.span(r, 1, width, '2. Diễn biến qua các mốc đánh giá', 'bold');
    const header = countsHeader(b, 'Mốc đánh giá', areas);
    for (const point of analysis.reviewPoints) {
      b.add(countsRow(reviewPointInfo(point).label, (totals[point] as PointTotals).total, areas));
    }
    b.style('center', `B${header + 2}:${columnLetters(areas.length + 5)}${b.rows.length}`);
    b.table(header, b.rows.length, areas.length + 5, 2);
    b.add();

    r = b.add();
    b.span(r, 1, width, `3. Tiến bộ tại mốc ${reviewPointInfo(latest).label}`, 'bold');
    const kindCounts = countKinds(analysis.flags.filter((f) => f.reviewPoint === latest));
    const progressHeader = b.add(['Tình trạng', 'Số học sinh']);
    for (const kind of ['improved', 'notImproved', 'new', 'noSupporter', 'notRated'] as FlagKind[]) {
      b.add([FLAG_LABELS[kind], kindCounts[kind]]);
    }
    b.style('center', `B${progressHeader + 1}:B${b.rows.length}`);
    b.table(progressHeader, b.rows.length, 2);
    b.add();

    const earlier = [...analysis.reviewPoints].reverse().slice(1);
    if (earlier.length > 0) {
      r = b.add();
      b.span(r, 1, width, '4. Số liệu theo khối ở các mốc trước', 'bold');
    }
    for (const point of earlier) {
      r = b.add();
      b.span(r, 1, width, reviewPointInfo(point).label, 'italic');
      gradeTable(b, totals[point] as PointTotals, areas);
      b.add();
    }
  }

  b.add();
  const signStart = b.add();
  b.span(signStart, 1, split, 'Nơi nhận:', 'boldItalic');
  const titleLines = config.signerTitle.length > 0 ? config.signerTitle : ['HIỆU TRƯỞNG'];
  const recipients = config.recipients.map((line) => (line.startsWith('-') ? line : '- ' + line));
  const lines = Math.max(recipients.length + 1, titleLines.length + 4);
  for (let i = 1; i < lines; i++) b.add();
  titleLines.forEach((line, i) => b.span(signStart + i, split + 1, width, line.toUpperCase(), 'center', 'bold'));
  recipients.forEach((line, i) => b.span(signStart + 1 + i, 1, split, line, 'small'));
  const nameRow = b.add();
  b.span(nameRow, split + 1, width, config.signerName, 'center', 'bold');

  const widths = [140, 70, 90, ...areas.map(() => 80), 90, 90];
  while (widths.length < width) widths.push(80);
  const layout = b.build('summary', widths, 0, true);
  layout.printArea = `A1:${a1(layout.rows.length, width)}`;
  return analysis.reviewPoints.length > 0 ? withNeedsChart(layout, analysis) : layout;
}

/**
 * Beside the printed area (one empty column between): students needing support per khối (rows)
 * and review point (columns), and a column chart of that block below it.
 */
function withNeedsChart(layout: TabLayout, analysis: Analysis): TabLayout {
  const points = analysis.reviewPoints;
  const grades = (analysis.totals[points[0]] as PointTotals).byGrade.map((g) => g.grade);
  const first = layout.width + 2;
  const block: LayoutCell[][] = [
    ['Khối', ...points.map((p) => reviewPointInfo(p).label)],
    ...grades.map((grade) => [`Khối ${grade}`, ...points.map((p) =>
      (analysis.totals[p] as PointTotals).byGrade.find((g) => g.grade === grade)?.needSupport ?? 0)]),
  ];
  const rows = layout.rows.map((row) => [...row]);
  block.forEach((cells, i) => {
    while (rows.length <= i) rows.push([]);
    const row = rows[i];
    while (row.length < first - 1) row.push(null);
    row.push(...cells);
  });
  const last = first + points.length;
  const range = `${a1(1, first)}:${a1(block.length, last)}`;
  return {
    ...layout,
    rows,
    width: last,
    columnWidths: [...layout.columnWidths, 30, 90, ...points.map(() => 110)],
    styles: { ...layout.styles, bold: [...(layout.styles.bold ?? []), `${a1(1, first)}:${a1(1, last)}`] },
    chart: { range, row: block.length + 2, column: first, title: 'Số học sinh cần hỗ trợ theo khối và mốc đánh giá' },
  };
}

// ---------------------------------------------------------------- Kiểm tra

const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo' };

const SKIP_LABELS: Record<SkipReason, string> = {
  blank: 'dòng trống', header: 'dòng tiêu đề lặp lại', total: 'dòng tổng cộng', footer: 'dòng chữ ký cuối danh sách',
  numbered: 'dòng chỉ có số thứ tự', note: 'dòng ghi chú ngoài danh sách',
};

/** One line: the rows under the header that are not students, so none is skipped unseen. */
function skippedRowsLine(skipped: Record<SkipReason, number>): string {
  const parts = (Object.keys(SKIP_LABELS) as SkipReason[]).filter((k) => skipped[k] > 0).map((k) => `${skipped[k]} ${SKIP_LABELS[k]}`);
  const total = (Object.values(skipped) as number[]).reduce((x, y) => x + y, 0);
  return total === 0 ? '' : `Bỏ qua ${total} dòng không phải học sinh (không tính, không phải lỗi): ${parts.join(', ')}.`;
}

export function checkLayout(analysis: Analysis): TabLayout {
  const b = new Builder(6);
  const students = analysis.roster.students;
  const excluded = students.filter((s) => s.excluded).length;
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  const warnings = analysis.problems.length - errors;
  const t = b.add();
  b.span(t, 1, 6, 'KIỂM TRA DANH SÁCH HỌC SINH CẦN HỖ TRỢ', 'title');
  const s = b.add();
  b.span(s, 1, 6,
    `Đã đọc ${students.length} dòng học sinh: ${students.length - excluded} dòng được tính, ${excluded} dòng bị loại vì có lỗi. ` +
    `${errors} lỗi, ${warnings} cảnh báo. Kiểm tra ngày ${pad2(analysis.today.day)}/${pad2(analysis.today.month)}/${analysis.today.year}.`, 'bold');
  const skipped = skippedRowsLine(analysis.roster.skipped);
  if (skipped) {
    const r = b.add();
    b.span(r, 1, 6, skipped);
  }
  const hint = b.add();
  b.span(hint, 1, 6, 'Bấm vào ô ở cột "Ô" để đến chỗ cần sửa. Dòng có lỗi không được tính vào Tổng hợp; cảnh báo vẫn được tính.', 'italic', 'small');
  b.add();
  if (analysis.problems.length === 0) {
    const r = b.add();
    b.span(r, 1, 6, 'Không có lỗi hay cảnh báo nào. Danh sách sẵn sàng để tổng hợp.', 'bold');
    return b.build('check', [90, 90, 60, 80, 170, 520], 0, false);
  }
  const header = b.add(['Lớp', 'Trang', 'Ô', 'Mức', 'Mã', 'Nội dung và cách sửa']);
  // One group per class however its rows spell it ("1a", "Lớp 1A"), shown as the Lớp tab writes it.
  const groups = groupBy(analysis.problems, (p) => (p.className ? classKey(p.className) : ''));
  const order = [...groups.keys()].sort((x, y) => (x === '' ? -1 : y === '' ? 1 : compareNatural(x, y)));
  for (const key of order) {
    const problems = groups.get(key) as Problem[];
    const label = analysis.classList.byKey.get(key)?.name ?? problems[0].className ?? key;
    const group = b.add();
    b.span(group, 1, 6, key ? `Lớp ${label}` : 'Chung (cả trang hoặc dòng chưa có lớp)', 'bold', 'sectionFill');
    for (const p of problems) {
      const r = b.add([
        p.className ?? '', p.sheet, p.cell ? { text: p.cell, sheet: p.sheet, cell: p.cell } : '', SEVERITY_LABEL[p.severity], p.code, p.message,
      ]);
      b.style(p.severity === 'error' ? 'errorText' : 'warningText', `D${r}`);
    }
  }
  b.table(header, b.rows.length, 6);
  b.style('wrap', `F${header + 1}:F${b.rows.length}`);
  return b.build('check', [70, 90, 60, 80, 190, 520], header, false);
}

// ---------------------------------------------------------------- Theo dõi

// One sort key per student (khối, lớp with numbers compared as numbers, Vietnamese name order,
// row). Students are ranked once per analysis; each section then sorts by that number.
const RANKS = new WeakMap<Analysis, Map<Student, number>>();

function studentRanks(analysis: Analysis): Map<Student, number> {
  let ranks = RANKS.get(analysis);
  if (!ranks) {
    const pad = (n: number) => String(n).padStart(7, '0');
    const keyed = analysis.roster.students.map((s) => ({
      s, key: [pad(s.grade ?? 99), naturalKey(s.classKey), nameKey(s.name), pad(s.row)].join('\u0002'),
    }));
    keyed.sort((x, y) => compareKeys(x.key, y.key));
    ranks = new Map(keyed.map((x, i) => [x.s, i]));
    RANKS.set(analysis, ranks);
  }
  return ranks;
}

function sortStudents<T extends { student: Student }>(analysis: Analysis, items: T[]): T[] {
  const ranks = studentRanks(analysis);
  return items
    .map((item) => ({ item, rank: ranks.get(item.student) as number }))
    .sort((x, y) => x.rank - y.rank)
    .map((x) => x.item);
}

export function trackingLayout(analysis: Analysis): TabLayout {
  const width = 8;
  const b = new Builder(width);
  // A student's own cells (khối, class, name, supporters, GVCN, link) are built once, reused in every section.
  const own = new Map<Student, { grade: string; supporters: string; teacher: string; link: CellLink }>();
  const cellsOf = (s: Student) => {
    let cells = own.get(s);
    if (!cells) {
      cells = {
        grade: String(s.grade ?? ''),
        supporters: s.supporters.join(', '),
        teacher: analysis.classList.byKey.get(s.classKey)?.homeroomTeacher ?? '',
        link: { text: `Dòng ${s.row}`, sheet: s.sheet, cell: a1(s.row, 1) },
      };
      own.set(s, cells);
    }
    return cells;
  };
  const t = b.add();
  b.span(t, 1, width, 'THEO DÕI HỌC SINH CẦN HỖ TRỢ THEO MỐC ĐÁNH GIÁ', 'title');
  const intro = b.add();
  b.span(intro, 1, width, 'Mỗi mốc so với mốc trước đó mà em đã được đánh giá. Mốc mới nhất ở trên cùng.', 'italic', 'small');
  b.add();

  const byPoint = groupBy(analysis.flags, (f) => f.reviewPoint);
  const cnRated = analysis.reviewPoints.includes('CN');
  if (cnRated) {
    const summer = sortStudents(analysis, analysis.roster.students
      .filter((s) => !s.excluded && (s.reviews.CN?.need.length ?? 0) > 0)
      .map((student) => ({ student })));
    const r = b.add();
    b.span(r, 1, width, `DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ: ${summer.length} học sinh`, 'bold', 'sectionFill');
    const header = b.add(['Khối', 'Lớp', 'Họ và tên', 'Cần hỗ trợ', 'HSKT', 'GV hỗ trợ', 'GVCN', 'Trong danh sách']);
    for (const { student } of summer) {
      const c = cellsOf(student);
      b.add([c.grade, student.className, student.name, (student.reviews.CN?.need ?? []).join(', '),
        student.disability ? 'x' : '', c.supporters, c.teacher, c.link]);
    }
    b.table(header, b.rows.length);
    b.add();
  }
  const points = [...REVIEW_POINT_CODES].reverse().filter((p) => byPoint.has(p));
  if (points.length === 0) {
    const r = b.add();
    b.span(r, 1, width, 'Chưa có học sinh nào cần theo dõi: chưa có mốc đánh giá nào ghi học sinh cần hỗ trợ.', 'bold');
  }
  for (const point of points) {
    const flags = sortStudents(analysis, byPoint.get(point) as Flag[]);
    const kindCounts = countKinds(flags);
    const needing = analysis.totals[point]?.total.needSupport ?? 0;
    const r = b.add();
    b.span(r, 1, width, `${reviewPointInfo(point).label.toUpperCase()}: ${needing} học sinh cần hỗ trợ`, 'bold', 'sectionFill');
    const counts = b.add();
    b.span(counts, 1, width, (['notImproved', 'new', 'improved', 'noSupporter', 'notRated'] as FlagKind[])
      .map((k) => `${FLAG_LABELS[k]}: ${kindCounts[k]}`).join(' · '), 'italic');
    const header = b.add(['Khối', 'Lớp', 'Họ và tên', 'Cần hỗ trợ', 'Tình trạng', 'GV hỗ trợ', 'GVCN', 'Trong danh sách']);
    for (const f of flags) {
      const s = f.student;
      const areas = f.kinds.includes('notRated') ? `(${reviewPointInfo(f.previous as ReviewPointCode).short}: ${f.areas.join(', ')})` : f.areas.join(', ');
      const c = cellsOf(s);
      b.add([c.grade, s.className, s.name, areas, kindsText(f.kinds), c.supporters, c.teacher, c.link]);
    }
    b.table(header, b.rows.length);
    b.add();
  }
  return b.build('tracking', [45, 55, 180, 170, 200, 170, 150, 100], 0, false);
}

// ---------------------------------------------------------------- Lịch tháng

const STATUS_LABEL = { past: 'Đã qua', current: 'Tháng này', upcoming: 'Sắp tới' };

export function timelineLayout(analysis: Analysis): TabLayout {
  const width = 10;
  const b = new Builder(width);
  const t = b.add();
  b.span(t, 1, width, `LỊCH THEO DÕI HỖ TRỢ HỌC SINH THEO THÁNG - NĂM HỌC ${schoolYearLabel(analysis.schoolYearStart)}`, 'title');
  const note = b.add();
  b.span(note, 1, width, analysis.usingDefaultPlan
    ? 'Nội dung theo kế hoạch mẫu. Thêm trang "Kế hoạch" (Tháng, Nội dung, Biện pháp thực hiện, Người thực hiện) để dùng kế hoạch của trường.'
    : 'Nội dung lấy từ trang "Kế hoạch" của trường.', 'italic', 'small');
  const header = b.add(['Tháng', 'Mốc đánh giá', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện', 'Hạn báo cáo',
    'Cần hỗ trợ', 'Tiến bộ', 'Chưa có GV hỗ trợ', 'Trạng thái']);
  for (const m of analysis.timeline) {
    const [year, month] = m.month.split('-');
    const r = b.add([`${month}/${year}`, m.reviewPoint ? reviewPointInfo(m.reviewPoint).label : '', m.plan.content, m.plan.measures,
      m.plan.people, m.deadlines.join('\n'), m.needSupport ?? '', m.improved ?? '', m.noSupporter ?? '', STATUS_LABEL[m.status]]);
    if (m.status === 'current') b.style('bold', b.rowRange(r));
  }
  b.table(header, b.rows.length);
  b.style('wrap', `A${header + 1}:J${b.rows.length}`);
  b.style('center', `G${header + 1}:J${b.rows.length}`);
  return b.build('timeline', [70, 110, 260, 280, 150, 110, 80, 70, 90, 90], header, false);
}
