// The input tabs "Tạo bảng mẫu" creates when missing: headers, dropdowns, frozen rows.

import { CONFIG_KEYS, defaultConfig } from './read/config';
import { a1, columnLetters } from './text';
import { DEFAULT_PLAN } from './rules/timeline';
import { AREAS, REVIEW_POINTS } from './vocab';

export interface TemplateTab {
  name: string;
  rows: string[][];
  merges: string[];
  bold: string[];
  frozenRows: number;
  columnWidths: number[];
  /** Dropdown lists: range → allowed values. */
  dropdowns: Array<{ range: string; values: string[] }>;
}

const ROSTER_FIELDS = ['STT', 'Mã HS', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Lớp', 'HSKT', 'Hoàn cảnh', 'GV hỗ trợ', 'Ghi chú'];
const TEMPLATE_AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
const TEMPLATE_ROWS = 500;

/** Example targets (PRODUCT 3.7): the share of students not needing support, per group. */
export const EXAMPLE_TARGETS: string[][] = [
  ['Chỉ tiêu môn học', 'trên 99,7%', 'Tỉ lệ học sinh không cần hỗ trợ môn nào. "trên 99,7%" là cao hơn 99,7%; "99,7%" là từ 99,7% trở lên.'],
  ['Chỉ tiêu năng lực', '100%', 'Thêm mục như "Chỉ tiêu Toán" hoặc "Chỉ tiêu Toán khối 2" để đặt riêng một môn, một khối.'],
  ['Chỉ tiêu phẩm chất', '100%', 'Xóa các dòng chỉ tiêu nếu trường không dùng: bảng đối sánh sẽ không in.'],
];

export function templateTabs(): TemplateTab[] {
  const width = ROSTER_FIELDS.length + REVIEW_POINTS.length * TEMPLATE_AREAS.length;
  const top = [...ROSTER_FIELDS];
  const below = ROSTER_FIELDS.map(() => '');
  const merges: string[] = ROSTER_FIELDS.map((_, i) => `${a1(1, i + 1)}:${a1(2, i + 1)}`);
  const dropdowns: TemplateTab['dropdowns'] = [];
  for (const point of REVIEW_POINTS) {
    const first = top.length + 1;
    TEMPLATE_AREAS.forEach((area, i) => {
      top.push(i === 0 ? point.label : '');
      below.push(area);
      const column = columnLetters(first + i);
      const scale = AREAS.find((a) => a.name === area)?.scale;
      dropdowns.push({ range: `${column}3:${column}${TEMPLATE_ROWS}`, values: scale === 'quality' ? ['T', 'Đ', 'C', 'x'] : ['T', 'H', 'C', 'x'] });
    });
    merges.push(`${a1(1, first)}:${a1(1, first + TEMPLATE_AREAS.length - 1)}`);
  }
  dropdowns.push({ range: `G3:G${TEMPLATE_ROWS}`, values: ['x'] });
  dropdowns.push({ range: `E3:E${TEMPLATE_ROWS}`, values: ['Nam', 'Nữ'] });
  const config = defaultConfig();
  return [
    {
      name: 'Danh sách', rows: [top, below], merges, bold: [`A1:${a1(2, width)}`], frozenRows: 2,
      columnWidths: [40, 90, 180, 90, 70, 55, 50, 140, 160, 140, ...new Array(width - ROSTER_FIELDS.length).fill(70)], dropdowns,
    },
    { name: 'Lớp', rows: [['Lớp', 'Khối', 'GVCN', 'Sĩ số']], merges: [], bold: ['A1:D1'], frozenRows: 1, columnWidths: [80, 60, 180, 60], dropdowns: [] },
    {
      name: 'Cấu hình',
      rows: [
        ['Mục', 'Giá trị', 'Ghi chú'],
        [CONFIG_KEYS.agency, ''], [CONFIG_KEYS.schoolName, ''], [CONFIG_KEYS.place, ''], [CONFIG_KEYS.schoolYear, ''],
        [CONFIG_KEYS.signerName, ''], [CONFIG_KEYS.signerTitle, config.signerTitle.join('\n')], [CONFIG_KEYS.recipients, config.recipients.join('\n')],
        ...REVIEW_POINTS.filter((p) => p.code !== 'DN').map((p) => [`Tháng ${p.label}`, String(config.reviewMonths[p.code])]),
        [CONFIG_KEYS.monthlyDeadlineDay, String(config.monthlyDeadlineDay)],
        [CONFIG_KEYS.semesterDeadline, `${config.semesterDeadline.day}/${config.semesterDeadline.month}`],
        [CONFIG_KEYS.yearDeadline, `${config.yearDeadline.day}/${config.yearDeadline.month}`],
        [CONFIG_KEYS.includeSummer, 'không'],
        // Seed 003's commitments, as an example the school edits (only ever written into a new tab).
        ...EXAMPLE_TARGETS,
      ],
      merges: [], bold: ['A1:C1'], frozenRows: 1, columnWidths: [220, 320, 420], dropdowns: [],
    },
    {
      name: 'Kế hoạch',
      rows: [['Tháng', 'Nội dung', 'Biện pháp thực hiện', 'Người thực hiện'],
        ...[9, 10, 11, 12, 1, 2, 3, 4, 5].map((m) => [String(m), DEFAULT_PLAN[m].content, DEFAULT_PLAN[m].measures, DEFAULT_PLAN[m].people])],
      merges: [], bold: ['A1:D1'], frozenRows: 1, columnWidths: [70, 320, 320, 160], dropdowns: [],
    },
  ];
}
