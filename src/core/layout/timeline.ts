// "Lịch tháng": one row per month of the school year.

import type { Analysis } from '../analyse';
import { schoolYearLabel } from '../calendar';
import { reviewPointInfo } from '../vocab';
import { Builder, type TabLayout } from './builder';

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
