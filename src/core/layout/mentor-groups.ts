// The groups of Đỡ đầu's table (layout/mentors.ts): each student listed once, under its first mentor
// (the one "1." names, as seed 004's annex leads with it); at-risk students without a mentor first.
// No heading stands with nothing under it, and every mentor is still named with all its students
// counted, as the JSON counts them:
// - a mentor who is nobody's first mentor (seed 004's "2. Hoàng Thị Yên", a GV hỗ trợ) is named in
//   the heading of the group that lists its students ("GV Ngô Văn Quang: 2 em (1 em ở nhóm GV khác);
//   GV Hoàng Thị Yên: 1 em"), not given a heading of its own;
// - groups of one student whose mentors mentor that student alone (the campaign's "mỗi giáo viên nhận
//   đỡ đầu một học sinh") are one group: a heading per student would only repeat the GV nhận đỡ đầu
//   cell and double the list (seed 004: 7 headings for 5 students, 2 pages; now 2 headings, 1 page).

import type { Analysis } from '../analyse';
import type { MentorStatus, Mentoring } from '../mentoring';
import type { Student } from '../model';
import { formatYm } from '../cells';

/** A group of the table: its heading (printed), this month's log and where its other students are beside it (screen), its students. */
export interface MentorGroup {
  heading: string;
  log: string;
  students: Student[];
  /** The mentors the group accounts for: named in its heading, or (mentors of one student each) in its students' rows. */
  mentors: MentorStatus[];
}

/** Students a heading names when they are listed under another mentor; the rest are counted. */
const NAMED_ELSEWHERE = 3;

/** Between the mentors a heading names (HEADING_SEPARATOR splits a long heading into lines there). */
export const HEADING_SEPARATOR = '; ';

/**
 * Each student's group: its first mentor's (the one "1." names), else the first mentor's group that
 * has it. Each student is listed once, as in seed 004's annex.
 */
function homes(mentors: MentorStatus[], byStudent: Mentoring['byStudent']): Map<Student, MentorStatus> {
  const home = new Map<Student, MentorStatus>();
  for (const mentor of mentors) {
    // Stryker disable next-line LogicalOperator: the first mentor's match overwrites any earlier home, and the second loop gives the same fallback; differs only for two mentors of one name, which groupMentors never makes
    for (const { student } of mentor.students) if (byStudent.get(student)?.mentors[0]?.name === mentor.name && !home.has(student)) home.set(student, mentor);
  }
  for (const mentor of mentors) for (const { student } of mentor.students) if (!home.has(student)) home.set(student, mentor);
  return home;
}

/**
 * The group each mentor is named in: its own when a student is listed under it, else the group that
 * lists most of its students (the first of equals in the table). Keyed by the group's own mentor.
 */
function shownIn(mentors: MentorStatus[], home: Map<Student, MentorStatus>): Map<MentorStatus, MentorStatus> {
  const order = new Map(mentors.map((mentor, i) => [mentor, i]));
  const shown = new Map<MentorStatus, MentorStatus>();
  for (const mentor of mentors) {
    const listed = new Map<MentorStatus, number>();
    for (const { student } of mentor.students) {
      const group = home.get(student) as MentorStatus;
      listed.set(group, (listed.get(group) ?? 0) + 1);
    }
    // Stryker disable next-line OptionalChaining: every mentor has at least one student, so listed is never empty
    const most = [...listed].sort(([a, x], [b, y]) => y - x || (order.get(a) as number) - (order.get(b) as number))[0]?.[0];
    shown.set(mentor, listed.has(mentor) ? mentor : most ?? mentor);
  }
  return shown;
}

/** Where the table lists each student and names each mentor. */
interface Places {
  /** The mentor whose group lists the student. */
  home: Map<Student, MentorStatus>;
  /** The mentor whose group's heading names the mentor. */
  shown: Map<MentorStatus, MentorStatus>;
  /** Mentors whose groups make the group of mentors of one student each. */
  oneEach: Set<MentorStatus>;
}

/**
 * A group of one student whose every mentor mentors that student alone has a heading that says only
 * what the student's GV nhận đỡ đầu cell says ("GV Trần Thị Thu Tâm: 1 em"): two such groups or more
 * are one group (the campaign's own case, "mỗi giáo viên nhận đỡ đầu một học sinh").
 */
function places(mentors: MentorStatus[], byStudent: Mentoring['byStudent']): Places {
  const home = homes(mentors, byStudent);
  const shown = shownIn(mentors, home);
  const single = mentors.filter((lead) => shown.get(lead) === lead
    && lead.students.filter(({ student }) => home.get(student) === lead).length === 1
    && mentors.every((x) => shown.get(x) !== lead || x.students.length === 1));
  return { home, shown, oneEach: new Set(single.length > 1 ? single : []) };
}

/** A mentor's part of a heading and of the log beside it, for the group of `group` (its own mentor). */
function mentorPart(m: Mentoring, mentor: MentorStatus, group: MentorStatus, at: Places): { heading: string; log: string } {
  const month = formatYm(m.month);
  const students = mentor.students.map((x) => x.student);
  const elsewhere = students.filter((s) => at.home.get(s) !== group);
  const where = (s: Student) => (at.oneEach.has(at.home.get(s) as MentorStatus) ? 'nhóm GV đỡ đầu một em' : `nhóm GV ${(at.home.get(s) as MentorStatus).name}`);
  const named = elsewhere.slice(0, NAMED_ELSEWHERE).map((s) => `${s.name} (${where(s)})`);
  const more = elsewhere.length > NAMED_ELSEWHERE ? ` và ${elsewhere.length - NAMED_ELSEWHERE} em khác` : '';
  // Printed: how many are listed elsewhere; on the screen beside it, who and where.
  const others = elsewhere.length > 0 ? ` (${elsewhere.length} em ở nhóm GV khác)` : '';
  const listed = elsewhere.length > 0 ? `Ở nhóm GV khác: ${named.join(', ')}${more}` : '';
  const spellings = mentor.spellings.length > 1 ? ` (ghi là: ${mentor.spellings.join(', ')})` : '';
  const missing = mentor.missing.length > 0 ? `; chưa ghi nhật ký tháng ${month}: ${mentor.missing.map((s) => s.name).join(', ')}` : '';
  const logged = m.logTabs.length > 0 ? `Đã ghi nhật ký tháng ${month}: ${mentor.loggedThisMonth.length} em${missing}` : '';
  return { heading: `GV ${mentor.name}${spellings}: ${students.length} em${others}`, log: [logged, listed].filter(Boolean).join('. ') };
}

/** The group of `lead`: headed by it and the mentors named with it. */
function headedGroup(m: Mentoring, lead: MentorStatus, at: Places, ordered: (list: Student[]) => Student[]): MentorGroup {
  const mentors = [lead, ...m.mentors.filter((x) => x !== lead && at.shown.get(x) === lead)];
  const parts = mentors.map((x) => mentorPart(m, x, lead, at));
  // With several mentors named, each one's log says whose it is.
  const logs = parts.length === 1 ? [parts[0].log] : parts.map((p, i) => (p.log ? `GV ${mentors[i].name}: ${p.log}` : ''));
  const students = ordered(lead.students.map((x) => x.student).filter((s) => at.home.get(s) === lead));
  return { heading: parts.map((p) => p.heading).join(HEADING_SEPARATOR), log: logs.filter(Boolean).join(' · '), students, mentors };
}

/** The group of mentors of one student each, after the others; their names are in the students' rows. */
function oneEachGroup(m: Mentoring, at: Places, roster: Student[], ordered: (list: Student[]) => Student[], others: boolean): MentorGroup {
  const month = formatYm(m.month);
  const mentors = m.mentors.filter((x) => at.oneEach.has(at.shown.get(x) as MentorStatus));
  const students = ordered(roster.filter((s) => at.oneEach.has(at.home.get(s) as MentorStatus)));
  const logged = new Set(mentors.flatMap((x) => x.loggedThisMonth)).size;
  const missing = [...new Set(mentors.flatMap((x) => x.missing))];
  const log = m.logTabs.length === 0 ? ''
    : `Đã ghi nhật ký tháng ${month}: ${logged} em${missing.length > 0 ? `; chưa ghi nhật ký tháng ${month}: ${missing.map((s) => s.name).join(', ')}` : ''}`;
  // "Các GV khác": a GV named in a heading above may be a second mentor in these rows.
  const who = others ? 'Các GV khác, mỗi GV' : 'Mỗi GV';
  return { heading: `${who} nhận đỡ đầu một em (tên GV ở cột GV nhận đỡ đầu): ${students.length} em, ${mentors.length} GV`, log, students, mentors };
}

/**
 * At-risk students without a mentor first, then each mentor's students (each student under its first
 * mentor), at-risk first, then in the roster's order. A heading counts all the mentor's students, as
 * the JSON does, and names those listed under another mentor; it names after its own mentor those
 * who are no student's first mentor and whose students it lists. Mentors of one student each (two
 * such groups or more) are one group after the others. A student whose GV nhận đỡ đầu names nobody
 * the add-in can read is not dropped: a last group holds them.
 */
export function mentorGroups(analysis: Analysis): MentorGroup[] {
  const m = analysis.mentoring;
  const counted = analysis.students.filter((s) => !s.excluded);
  const risky = (s: Student) => (m.byStudent.get(s)?.risk.atRisk ? 0 : 1);
  const ordered = (list: Student[]) => list.map((s, i) => ({ s, i })).sort((x, y) => risky(x.s) - risky(y.s) || x.i - y.i).map((x) => x.s);
  const groups: MentorGroup[] = [];
  const unassigned = counted.filter((s) => s.supporters.length === 0 && risky(s) === 0);
  if (unassigned.length > 0) groups.push({ heading: `Học sinh có nguy cơ bỏ học chưa có GV đỡ đầu: ${unassigned.length} em`, log: '', students: unassigned, mentors: [] });
  const at = places(m.mentors, m.byStudent);
  const leads = m.mentors.filter((x) => at.shown.get(x) === x && !at.oneEach.has(x));
  groups.push(...leads.map((lead) => headedGroup(m, lead, at, ordered)));
  if (at.oneEach.size > 0) groups.push(oneEachGroup(m, at, counted, ordered, leads.length > 0));
  const unread = counted.filter((s) => s.supporters.length > 0 && !at.home.has(s));
  if (unread.length > 0) groups.push({ heading: `Chưa đọc được tên GV nhận đỡ đầu: ${unread.length} em`, log: '', students: unread, mentors: [] });
  return groups;
}
