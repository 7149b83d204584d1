// "Theo dõi": the flagged students per review point, newest first, and the summer list.

import type { Analysis } from '../analyse';
import { compareKeys, nameKey, naturalKey } from '../collate';
import { groupBy, memoize } from '../collections';
import { countKinds, FLAG_LABELS, type Flag, type FlagKind } from '../rules/flags';
import { gradesAt, isSecondary, LEVEL_LABELS, levelOfGrade, newestFollowPoints, newestPointAt, pointLabel, type Level } from '../levels';
import { MAX_YEAR_ABSENCES, summerGaps, summerList, type SummerEntry, type SummerGap } from '../rules/summer';
import type { Student } from '../model';
import { homerooms as homeroomsOf } from '../read/classes';
import { supportersText } from '../rules/homeroom-mentors';
import { a1, columnLetters, fold } from '../text';
import { REVIEW_POINT_CODES, reviewPointInfo, type ReviewPointCode } from '../vocab';
import { Builder, type CellLink, type LayoutCell, type TabLayout } from './builder';
import { paginate } from './pages';
import { bothNote } from './summary-notes';
import { classLabel, countTables, olderNote, sectionKinds } from './tracking-counts';
import { addPart, classBreaks, classHeading, commonTab, seeText, TRACKING_COLUMNS, TRACKING_WIDTH, type ClassBlock } from './tracking-parts';

const NO_SUPPORTER = '(chưa có)';
/**
 * A class at its level's newest point names today's GV hỗ trợ, and "Sửa" when a row asks for a fix.
 * An older point is counted by class (tracking-counts.ts).
 */
const NEWEST_HEADER = ['Họ và tên', 'Cần hỗ trợ', 'Tình trạng', 'GV hỗ trợ', 'Xem ô', 'Sửa'];
/**
 * The link of a row to fix, in its own short column: LibreOffice prints a link cell on one line
 * whatever its wrap (a long state was cut), and the same short text everywhere keeps the plain
 * cells between links few distinct values (a rich-text value is built once per distinct text).
 */
const FIX_TEXT = 'Đến ô';

/** Where a student's rating at a point was read: the C cell in the class tab, else the Danh sách row. */
function ratingLink(s: Student, point: ReviewPointCode, areas: string[]): CellLink {
  const from = s.official?.[point];
  // "Dòng 4" alone would not say which tab when a school splits its Danh sách (review-2 F5).
  if (!from) return { text: fold(s.sheet) === 'danh sach' ? `Dòng ${s.row}` : `${s.sheet}!${a1(s.row, 1)}`, sheet: s.sheet, cell: a1(s.row, 1) };
  // Every area a student needs at an official point was read from a C cell of that tab; no area, the name.
  const column = from.areaColumns[areas[0]] ?? from.nameColumn;
  const cell = a1(from.row, column);
  return { text: `${from.sheet}!${cell}`, sheet: from.sheet, cell };
}

/** "Chưa có GV hỗ trợ; Cần hỗ trợ mới": the few combinations are built once. */
const kindsLabel = memoize((kinds: string) => kinds.split(',').map((k) => FLAG_LABELS[k as FlagKind]).join('; '));

function kindsText(flag: Flag): string {
  const text = kindsLabel(flag.kinds.join());
  // Early-warning signals are words, never a colour alone (PRODUCT 3.9).
  return flag.reasons ? `${text} (${flag.reasons.join(', ')})` : text;
}

/**
 * A flag that asks for something to be written at the student's source: a GV hỗ trợ (or a mentor for
 * a student at risk), a missing rating, a listing in Danh sách. Only these rows have a link ("Sửa")
 * at the newest point: what a reader clicks to fix; each link costs builder calls on Google (issue 20).
 */
export function asksForAction(flag: Flag): boolean {
  return flag.kinds.some((k) => k === 'noSupporter' || k === 'notRated' || k === 'notListed')
    || (flag.kinds.includes('atRisk') && flag.student.supporters.length === 0);
}

/** An at-risk student without a mentor first (PRODUCT 3.9), the rest in their order. */
function atRiskAloneFirst(flags: Flag[]): Flag[] {
  const first = (f: Flag) => (f.kinds.includes('atRisk') && f.student.supporters.length === 0 ? 0 : 1);
  return flags.map((f, i) => ({ f, i })).sort((x, y) => first(x.f) - first(y.f) || x.i - y.i).map((x) => x.f);
}

// One sort key per student (khối, lớp with numbers compared as numbers, Vietnamese name order,
// row). Students are ranked once per analysis; each section then sorts by that number.
const RANKS = new WeakMap<Analysis, Map<Student, number>>();

function studentRanks(analysis: Analysis): Map<Student, number> {
  let ranks = RANKS.get(analysis);
  if (!ranks) {
    const pad = (n: number) => String(n).padStart(7, '0');
    const keyed = analysis.students.map((s) => ({
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

// The summer lists link each student to where the need was read (what a teacher checks before the summer).

/** A student's cells shared by every section: supporters and the class's GVCN, built once. */
type OwnCells = (s: Student) => { supporters: string; teacher: string };

/**
 * One class's students under a heading naming the class, its GVCN and the tab its cells are in:
 * the rows need no Khối, Lớp or GVCN column, and "Xem ô" holds the cell alone ("A10") where it is
 * in that tab (issue 21: "Danh sách THCS!A10" clipped in 90 px; issue 20: fewer cells written).
 * `row` gets each item's "Xem ô" text. Returns the heading's row.
 */
function classTable<T extends { student: Student }>(b: Builder, items: T[], title: string, header: string[], cellsOf: OwnCells,
  linkOf: (item: T) => CellLink, row: (item: T, link: CellLink, see: string) => LayoutCell[], centred: number[] = []): number {
  const first = items[0].student;
  const links = items.map(linkOf);
  const tab = commonTab(links);
  const heading = b.add();
  b.span(heading, 1, TRACKING_WIDTH, classHeading(first.className, cellsOf(first).teacher, title, items.length, tab), 'bold');
  b.heading(heading);
  const top = b.add([...header]);
  items.forEach((item, i) => b.add(row(item, links[i], seeText(links[i], tab))));
  b.table(top, b.rows.length, header.length);
  // Every cell wraps (a long "Xem ô" too): with the header's, one range per class.
  b.style('wrap', `A${top + 1}:${columnLetters(header.length)}${b.rows.length}`);
  // A mark or a number in the middle of its column: right-aligned, a number ran into the "Xem ô" beside it.
  for (const column of centred) b.style('center', `${columnLetters(column)}${top + 1}:${columnLetters(column)}${b.rows.length}`);
  return heading;
}

/** Items in student order, split by class (khối, class order kept). */
function byClass<T extends { student: Student }>(analysis: Analysis, items: T[]): T[][] {
  return [...groupBy(sortStudents(analysis, items), (x) => x.student.classKey).values()];
}

/**
 * The summer lists after Cuối năm / Cả năm (PRODUCT 3.x): primary students still needing support,
 * secondary re-sits, summer conduct and absences over the limit, each level by its own results. A
 * level without Cả năm results gets one line, never a "0 học sinh" table; its students absent more
 * than 45 buổi in the year (Cuối kì II counts the year) are still listed: that rule needs no rating.
 */
function summerSections(b: Builder, analysis: Analysis, entries: SummerEntry[], cellsOf: OwnCells): void {
  const width = TRACKING_WIDTH;
  const without = analysis.levels.filter((l) => !l.reviewPoints.includes('CN')).map((l) => l.level);
  const kept = entries.filter((e) => e.absences !== undefined || !without.includes(levelOfGrade(e.student.grade) as Level));
  const primary = kept.filter((e) => !e.secondary);
  const secondary = kept.filter((e) => e.secondary);
  const withYear = analysis.levels.filter((l) => !without.includes(l.level));
  const anySecondary = withYear.some((l) => isSecondary(l.level));
  const anyPrimary = analysis.levels.length === 0 ? analysis.reviewPoints.includes('CN') : withYear.some((l) => !isSecondary(l.level));
  for (const level of without) {
    const r = b.add();
    b.span(r, 1, width, isSecondary(level)
      ? `${LEVEL_LABELS[level]}: chưa có kết quả Cả năm, chưa lập được danh sách kiểm tra lại, rèn luyện trong hè.`
      : `${LEVEL_LABELS[level]}: chưa có kết quả Cuối năm, chưa lập được danh sách học sinh cần hỗ trợ trong hè.`, 'bold', 'sectionFill');
    b.add();
  }
  if (primary.length > 0 || (!anySecondary && anyPrimary)) {
    const r = b.add();
    b.span(r, 1, width, `DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ${analysis.levels.some((l) => isSecondary(l.level)) ? ' (TIỂU HỌC)' : ''}: ${primary.length} học sinh`, 'bold', 'sectionFill');
    b.heading(r);
    for (const group of byClass(analysis, primary)) {
      classTable(b, group, 'hỗ trợ trong hè', ['Họ và tên', 'Cần hỗ trợ', 'GV hỗ trợ', 'HSKT', 'Xem ô'], cellsOf,
        ({ student, need }) => ratingLink(student, 'CN', need),
        ({ student, need }, link, see) => [student.name, need.join(', '), cellsOf(student).supporters, student.disability ? 'x' : '', { ...link, text: see }], [4]);
    }
    b.add();
  }
  if (anySecondary || secondary.length > 0) {
    const gaps = anySecondary ? summerGaps(analysis.totals.CN) : [];
    const r = b.add();
    b.span(r, 1, width, anySecondary
      ? `TRUNG HỌC, SAU CẢ NĂM: ${secondary.length} học sinh kiểm tra lại, rèn luyện trong hè hoặc nghỉ quá ${MAX_YEAR_ABSENCES} buổi`
        + (gaps.length > 0 ? ` (khối ${gaps.map((g) => g.grade).join(', ')}: chưa lập được đủ danh sách, xem dưới)` : '')
      : `TRUNG HỌC, CHƯA CÓ KẾT QUẢ CẢ NĂM: ${secondary.length} học sinh nghỉ quá ${MAX_YEAR_ABSENCES} buổi trong năm`, 'bold', 'sectionFill');
    b.heading(r);
    for (const gap of gaps) b.span(b.add(), 1, width, gapLine(gap), 'italic', 'wrap');
    for (const group of byClass(analysis, secondary)) {
      classTable(b, group, anySecondary ? 'sau Cả năm' : `nghỉ quá ${MAX_YEAR_ABSENCES} buổi`, ['Họ và tên', 'Kiểm tra lại các môn', 'Rèn luyện trong hè', 'Số buổi nghỉ cả năm', 'Xem ô'], cellsOf,
        (e) => ratingLink(e.student, 'CN', e.need),
        (e, link, see) => [e.student.name, e.retake ? e.retake.join(', ') || 'Học tập Chưa đạt' : '', e.conduct ? 'x' : '', absencesText(e), { ...link, text: see }], [3, 4]);
    }
    b.add();
  }
}

/** What a khối's gap means and how to fill it (review-7 F17: it printed "0 học sinh kiểm tra lại"). */
function gapLine(gap: SummerGap): string {
  const parts = [
    ...(gap.learning ? ['chưa có cột Kết quả học tập (học lực) Cả năm, nên chưa biết học sinh nào phải kiểm tra lại'] : []),
    ...(gap.conduct ? ['chưa có cột Kết quả rèn luyện (hạnh kiểm) Cả năm, nên chưa biết học sinh nào rèn luyện trong hè'] : []),
  ];
  const columns = [...(gap.learning ? ['"Cả năm - Kết quả học tập"'] : []), ...(gap.conduct ? ['"Cả năm - Kết quả rèn luyện"'] : [])];
  return `Khối ${gap.grade}: ${parts.join('; ')}. Thêm cột ${columns.join(' và ')} (Tốt, Khá, Đạt, Chưa đạt) vào Danh sách.`;
}

/** The summer list's Buổi nghỉ: the count, said as HK1 + HK2 when it was added up (no Cả năm written). */
function absencesText(e: SummerEntry): number | string {
  return e.absences === undefined ? '' : e.absencesAddedUp ? `${e.absences} (HK1 + HK2)` : e.absences;
}

/**
 * One review point: its heading and counts, then each class's table. The classes at their level's
 * newest point (`isNewest`) list each student and link what to fix, and their rows are recorded in
 * `newest` (one class a page); the others, older, are counted by class in one table (issue 20).
 */
function pointSection(b: Builder, analysis: Analysis, point: ReviewPointCode, flags: Flag[], isNewest: (s: Student) => boolean,
  cellsOf: OwnCells, newest: ClassBlock[]): void {
  const width = TRACKING_WIDTH;
  const kindCounts = countKinds(flags);
  const kinds = sectionKinds(analysis, kindCounts);
  const needing = analysis.totals[point]?.total.needSupport ?? 0;
  const r = b.add();
  b.span(r, 1, width, `${pointLabel(point, gradesAt(analysis.levels, point)).toUpperCase()}: ${needing} học sinh cần hỗ trợ`, 'bold', 'sectionFill');
  b.heading(r);
  const counts = b.add();
  b.span(counts, 1, width, kinds.map((k) => `${FLAG_LABELS[k]}: ${kindCounts[k]}`).join(' · '), 'italic');
  // The counts add up to more than the heading when a student is in both (as on Tổng hợp): said under them.
  const both = bothNote(flags, 'mục');
  if (both) b.span(b.add(), 1, width, both, 'italic');
  const groups = byClass(analysis, flags);
  const older = groups.filter((group) => !isNewest(group[0].student));
  for (const group of groups.filter((g) => isNewest(g[0].student))) {
    const fixes = group.some(asksForAction);
    // "Cả năm" for a secondary class (TT22), as its section says.
    const heading = classTable(b, atRiskAloneFirst(group), pointLabel(point, [group[0].student.grade]), fixes ? NEWEST_HEADER : NEWEST_HEADER.slice(0, -1), cellsOf,
      // Stryker disable next-line ArrayDeclaration: no area is named that, so the link falls back to the name column as with []
      (f) => ratingLink(f.student, f.reviewPoint, f.kinds.includes('notRated') ? [] : f.areas), (f, link, see) => {
        const areas = f.kinds.includes('notRated') ? `(${reviewPointInfo(f.previous as ReviewPointCode).short}: ${f.areas.join(', ')})` : f.areas.join(', ');
        // Every row says where its ratings were read; when its state asks for a fix, "Sửa" links there.
        return [f.student.name, areas, kindsText(f), cellsOf(f.student).supporters, see, ...(asksForAction(f) ? [{ ...link, text: FIX_TEXT }] : [])];
      });
    addPart(newest, heading, b.rows.length);
  }
  if (older.length > 0) {
    // Below a newest class's table, a blank row first: the note is about the classes under it.
    if (older.length < groups.length) b.add();
    const note = b.add();
    b.span(note, 1, width, olderNote(older.length === groups.length, newest.length > 0), 'italic');
    countTables(b, older, kinds, (f) => classLabel(f.student.className, cellsOf(f.student).teacher));
  }
  b.add();
}

/**
 * Theo dõi as written, on its pages: planned without spacer rows or set heights, since a school's
 * Theo dõi runs to thousands of rows (PRODUCT 5): page breaks, headings kept with their tables,
 * a long table's header repeated, the classes at their newest point one to a page.
 */
export function trackingLayout(analysis: Analysis): TabLayout {
  return paginate(trackingRows(analysis), { spacers: false });
}

/** The tab's rows before the page plan. */
export function trackingRows(analysis: Analysis): TabLayout {
  const width = TRACKING_WIDTH;
  const b = new Builder(width);
  // A student's own cells (supporters, GVCN) are built once, reused in every section.
  const homerooms = homeroomsOf(analysis.classList);
  const own = new Map<Student, { supporters: string; teacher: string }>();
  const cellsOf = (s: Student) => {
    let cells = own.get(s);
    if (!cells) {
      // "(chưa có)", never a blank: a reader of the printed page sees it was not forgotten, and the
      // column is never empty at a class's end, so how its cells are written does not depend on who
      // is last (rectangles.ts: the same calls for every size of school).
      cells = { supporters: supportersText(s, homerooms) || NO_SUPPORTER, teacher: homerooms.teacherOf(s) };
      own.set(s, cells);
    }
    return cells;
  };
  const t = b.add();
  b.span(t, 1, width, 'THEO DÕI HỌC SINH CẦN HỖ TRỢ THEO MỐC ĐÁNH GIÁ', 'title');
  const intro = b.add();
  b.span(intro, 1, width, 'Mỗi mốc so với mốc trước đó mà em đã được đánh giá, từng lớp một. Mốc mới nhất ở trên cùng, với GV hỗ trợ hiện nay; cần sửa gì thì bấm "Đến ô" ở cột "Sửa".', 'italic', 'small');
  b.add();

  const byPoint = groupBy(analysis.flags, (f) => f.reviewPoint);
  // After Cả năm, or before it when someone is already absent more than 45 buổi in the year.
  const summer = summerList(analysis.students);
  if (analysis.reviewPoints.includes('CN') || summer.some((e) => e.absences !== undefined)) summerSections(b, analysis, summer, cellsOf);
  const points = [...REVIEW_POINT_CODES].reverse().filter((p) => byPoint.has(p));
  if (points.length === 0) {
    const r = b.add();
    b.span(r, 1, width, 'Chưa có học sinh nào cần theo dõi: chưa có mốc đánh giá nào ghi học sinh cần hỗ trợ.', 'bold');
  }
  // The newest point of the student's own level: in a TH&THCS school THCS ends at Cuối học kì II.
  // A past point nobody is rated at yet counts too: its "not rated" flags ask for the ratings.
  const newestAt = newestFollowPoints(analysis.levels, analysis.reviewPoints, analysis.flags.map((f) => ({ reviewPoint: f.reviewPoint, grade: f.student.grade })));
  const newestFor = (s: Student) => newestPointAt(newestAt, levelOfGrade(s.grade)) ?? points[0];
  // The classes at their level's newest point, printed one to a page (the sidebar's PDF link per class).
  const newest: ClassBlock[] = [];
  for (const point of points) pointSection(b, analysis, point, byPoint.get(point) as Flag[], (s) => point === newestFor(s), cellsOf, newest);
  // Chosen for A4 landscape (10 pt prints at 9 pt or more); the names, needs, states and supporters wrap.
  const layout = b.build('tracking', TRACKING_COLUMNS, 0, false);
  return { ...layout, ...(newest.length > 0 ? { classBlocks: newest, pageBreaks: classBreaks(newest, layout.rows) } : {}) };
}
