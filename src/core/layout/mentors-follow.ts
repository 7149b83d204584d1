// The follow-up cells of Đỡ đầu (PRODUCT 3.8, 3.9), to the right of the annex on each student's row:
// in one cell the needs at the latest review point and the state, the early-warning signals in words
// as Theo dõi writes them ("GKI: Toán — Nguy cơ bỏ học (Rèn luyện, Học tập); Chưa tiến bộ"), and with
// a Nhật ký the last entry's date and this month's entries. One cell for needs and state, not two:
// a written cell costs Google 0.3 ms, 17,200 of them at 20,000 roster rows (issue 20). For the
// screen: the print plan prints the annex's columns only.

import type { Analysis } from '../analyse';
import { formatYm, formatYmd } from '../cells';
import type { StudentMentoring } from '../mentoring';
import type { LogEntry } from '../read/log';
import { FLAG_LABELS, type Flag } from '../rules/flags';
import type { Student, StudentReview } from '../model';
import { latestRatedPoint } from '../rated';
import { REVIEW_POINT_CODES, reviewPointInfo } from '../vocab';
import type { LayoutCell } from './builder';

function dateText(when: string | undefined): string {
  // Stryker disable next-line StringLiteral: unreachable: dateText is only called when log.last is set
  if (!when) return '';
  return when.length === 7 ? `tháng ${formatYm(when)}` : formatYmd(when);
}

/** The follow-up columns' headers: the needs and the state, and the log when the school keeps one. */
export function followColumns(analysis: Analysis): string[] {
  const m = analysis.mentoring;
  return ['Cần hỗ trợ, tình trạng (mốc gần nhất)', ...(m.logTabs.length > 0 ? [`Nhật ký tháng ${formatYm(m.month)}`] : [])];
}

/** "GKI: Toán, Tiếng Việt", or "Chưa đánh giá". */
function latestNeeds(s: Student): string {
  const last = latestRatedPoint(s);
  if (!last) return 'Chưa đánh giá';
  const need = (s.reviews[last] as StudentReview).need;
  return `${reviewPointInfo(last).short}: ${need.length > 0 ? need.join(', ') : 'không cần hỗ trợ'}`;
}

/**
 * The student's flags at its latest flagged point in words, the early-warning signals named (never a
 * colour alone, PRODUCT 3.9): "Nguy cơ bỏ học (Rèn luyện, Học tập)" first with two or more signals,
 * "Dấu hiệu: Hoàn cảnh" last with one.
 */
export function stateText(flag: Flag | undefined, sm: StudentMentoring): string {
  const signals = sm.risk.reasons;
  const kinds = (flag?.kinds ?? []).filter((k) => k !== 'atRisk').map((k) => FLAG_LABELS[k]);
  if (sm.risk.atRisk) return [`${FLAG_LABELS.atRisk} (${signals.join(', ')})`, ...kinds].join('; ');
  return [...kinds, ...(signals.length > 0 ? [`Dấu hiệu: ${signals.join(', ')}`] : [])].join('; ');
}

function entryText(e: LogEntry): string {
  const when = e.day ? formatYmd(e.day).slice(0, 5) : 'Trong tháng';
  return `${when}: ${e.content || '(không ghi nội dung)'}${e.result ? ` → ${e.result}` : ''}${e.mentor ? ` (${e.mentor})` : ''}`;
}

/** This month's entries shown in a cell; the rest are counted, so a long log never makes a row a page tall. */
const ENTRIES_SHOWN = 3;

export function logText(sm: StudentMentoring): string {
  const last = sm.log.last ? `Lần cuối: ${dateText(sm.log.last)}` : 'Chưa có lần nào';
  // The newest first.
  const month = [...sm.log.thisMonth].sort((x, y) => (y.day ?? '').localeCompare(x.day ?? '') || y.row - x.row);
  const more = month.length - ENTRIES_SHOWN;
  // On one line (the column is not wrapped): a row is no taller on paper for what only the screen shows.
  return [last, ...month.slice(0, ENTRIES_SHOWN).map(entryText), ...(more > 0 ? [`… và ${more} lần khác trong tháng`] : [])].join(' · ');
}

/** Each student's flag at its latest flagged review point. */
export function latestFlags(analysis: Analysis): Map<Student, Flag> {
  const latest = new Map<Student, Flag>();
  for (const f of analysis.flags) {
    const had = latest.get(f.student);
    if (!had || REVIEW_POINT_CODES.indexOf(f.reviewPoint) >= REVIEW_POINT_CODES.indexOf(had.reviewPoint)) latest.set(f.student, f);
  }
  return latest;
}

/** A student's follow-up cells, in the order of followColumns. */
export function followCells(analysis: Analysis, s: Student, latest: Map<Student, Flag>): LayoutCell[] {
  const sm = analysis.mentoring.byStudent.get(s) as StudentMentoring;
  const state = stateText(latest.get(s), sm);
  const needs = `${latestNeeds(s)}${state ? ` — ${state}` : ''}`;
  return analysis.mentoring.logTabs.length > 0 ? [needs, logText(sm)] : [needs];
}
