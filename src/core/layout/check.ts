// "Kiểm tra": every problem, grouped by class, with a link to its cell.

import type { Analysis } from '../analyse';
import { classKey } from '../read/classes';
import { compareNatural } from '../collate';
import { groupBy } from '../collections';
import type { Problem } from '../model';
import type { SkipReason } from '../read/roster';
import { pad2 } from '../text';
import { pointLabelAt } from '../levels';
import type { ReviewPointCode } from '../vocab';
import { Builder, type TabLayout } from './builder';

const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo' };

/** Chosen for A4 landscape (10 pt prints at 9 pt or more, measure.ts printedPt); the message wraps. */
const CHECK_WIDTHS = [70, 90, 60, 80, 190, 500];

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

/** One line: the official results tabs recognised, and those not counted (their errors are below). */
function officialTabsLine(analysis: Analysis): string {
  const tabs = analysis.official.tabs;
  if (tabs.length === 0) return '';
  const counted = tabs.filter((u) => u.use === 'current' || u.use === 'baseline');
  const byPoint = groupBy(counted, (u) => (u.use === 'baseline' ? `${pointLabelAt('CN', u.tab.level)} học trước (làm mốc Đầu năm)` : pointLabelAt(u.point as ReviewPointCode, u.tab.level)));
  const parts = [...byPoint].map(([label, list]) => `${label}: ${list.map((u) => u.tab.sheet).join(', ')}`);
  const left = tabs.filter((u) => !counted.includes(u)).map((u) => u.tab.sheet);
  return `Trang kết quả các lớp đã đọc: ${parts.join('; ') || 'không trang nào được tính'}.` +
    (left.length > 0 ? ` Không tính: ${left.join(', ')} (xem lỗi bên dưới).` : '');
}

export function checkLayout(analysis: Analysis): TabLayout {
  const b = new Builder(6);
  const students = analysis.students;
  const excluded = students.filter((s) => s.excluded).length;
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  const warnings = analysis.problems.length - errors;
  const t = b.add();
  b.span(t, 1, 6, 'KIỂM TRA DANH SÁCH HỌC SINH CẦN HỖ TRỢ', 'title');
  const s = b.add();
  b.span(s, 1, 6,
    `Đã đọc ${students.length} dòng học sinh: ${students.length - excluded} dòng được tính, ${excluded} dòng bị loại vì có lỗi. ` +
    `${errors} lỗi, ${warnings} cảnh báo. Kiểm tra ngày ${pad2(analysis.today.day)}/${pad2(analysis.today.month)}/${analysis.today.year}.`, 'bold');
  const official = officialTabsLine(analysis);
  if (official) {
    const r = b.add();
    b.span(r, 1, 6, official);
  }
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
    return b.build('check', CHECK_WIDTHS, 0, false);
  }
  const header = b.add(['Lớp', 'Trang', 'Ô', 'Mức', 'Mã', 'Nội dung và cách sửa']);
  // One group per class however its rows spell it ("1a", "Lớp 1A"), shown as the Lớp tab writes it.
  const groups = groupBy(analysis.problems, (p) => (p.className ? classKey(p.className) : ''));
  // The natural order puts '' (no class: "Chung") first.
  const order = [...groups.keys()].sort(compareNatural);
  for (const key of order) {
    const problems = groups.get(key) as Problem[];
    const label = analysis.classList.byKey.get(key)?.name ?? (problems[0].className as string); // a key comes from a className
    const group = b.add();
    b.span(group, 1, 6, key ? `Lớp ${label}` : 'Chung (cả trang hoặc dòng chưa có lớp)', 'bold', 'sectionFill');
    for (const p of problems) {
      const r = b.add([
        p.className ?? '', p.sheet, { text: p.cell, sheet: p.sheet, cell: p.cell }, SEVERITY_LABEL[p.severity], p.code, p.message,
      ]);
      b.style(p.severity === 'error' ? 'errorText' : 'warningText', `D${r}`);
    }
  }
  b.table(header, b.rows.length, 6);
  b.style('wrap', `F${header + 1}:F${b.rows.length}`);
  return b.build('check', CHECK_WIDTHS, header, false);
}
