// The sentences the sidebar and the tabs say about mentors and the early warning, from the JSON
// (PRODUCT 3.8, 3.9): "Chưa ghi nhật ký tháng 11: Nguyễn Thị Lan (2 em), Trần Văn Hùng (1 em)".

import type { FlagJson } from '../report';
import type { SidebarReport } from '../sidebar';
import { FLAG_LABELS } from './flags';

/** The mentors late with their log (past the deadline); '' when none, or without a log. */
export function missingLogLine(report: Pick<SidebarReport, 'lateMentors' | 'log'>): string {
  const log = report.log;
  const late = report.lateMentors;
  if (!log || late.length === 0) return '';
  const month = Number(log.month.slice(5, 7));
  return `Chưa ghi nhật ký tháng ${month} (đã qua hạn ngày ${log.deadlineDay}): ${late.map((m) => `${m.name} (${m.missing} em)`).join(', ')}`;
}

/** A flag's kinds in words, the early-warning signals named: "Chưa tiến bộ, Nguy cơ bỏ học (Học tập, Hoàn cảnh)". */
export function flagWords(flag: Pick<FlagJson, 'kinds' | 'reasons'>): string {
  return flag.kinds.map((k) => (k === 'atRisk' && flag.reasons ? `${FLAG_LABELS[k]} (${flag.reasons.join(', ')})` : FLAG_LABELS[k])).join(', ');
}

/** "Nguy cơ bỏ học: 5 em, 2 em chưa có GV đỡ đầu"; '' when nobody is at risk. */
export function atRiskLine(counts: Pick<SidebarReport['counts'], 'atRisk' | 'atRiskWithoutMentor'>): string {
  if (counts.atRisk === 0) return '';
  const alone = counts.atRiskWithoutMentor;
  return `Nguy cơ bỏ học: ${counts.atRisk} em${alone > 0 ? `, ${alone} em chưa có GV đỡ đầu` : ''}`;
}
