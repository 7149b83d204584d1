// The input tabs "Tạo bảng mẫu" creates when missing: headers, dropdowns, frozen rows; and the
// mentors' monthly log (Nhật ký, PRODUCT 3.8), which the shell skips when a tab of any name holds one.

import { isSecondary, levelOfGrade } from './levels';
import type { SheetGrid } from './model';
import { parseClassList } from './read/classes';
import { CONFIG_KEYS, defaultConfig, parseConfig } from './read/config';
import { DEFAULT_SCORE_THRESHOLD, RESULT_AREAS } from './scales';
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
// A secondary roster (PRODUCT 2.3): the three core subjects scored 0–10, then the two result areas.
const SECONDARY_AREAS = ['Toán', 'Ngữ văn', 'Ngoại ngữ', RESULT_AREAS.learning, RESULT_AREAS.conduct];
const RESULT_WORDS = ['Tốt', 'Khá', 'Đạt', 'Chưa đạt', 'x'];

/** A primary or a secondary roster template; `both` (a TH&THCS or TH&THPT school): one roster tab of each. */
export type TemplateLevel = 'primary' | 'secondary' | 'both';

/** The Danh sách tabs of a school of both: each level's own headers (PRODUCT 2.3), read as one roster. */
export const BOTH_ROSTER_NAMES = { primary: 'Danh sách tiểu học', secondary: 'Danh sách trung học' } as const;

/**
 * Which template "Tạo bảng mẫu" writes, by the khối of the Lớp tab (or, without khối there, the
 * levels Cấu hình "Cấp học" names): secondary when all are THCS or THPT, both when primary and
 * secondary ones are there, else primary.
 */
export function templateLevel(classTab: SheetGrid | undefined, configTab: SheetGrid | undefined): TemplateLevel {
  const grades = [...parseClassList(classTab).byKey.values()].map((c) => c.grade).filter((g): g is number => g !== undefined);
  // Stryker disable next-line MethodExpression: class grades are 1 to 12, so levelOfGrade never gives undefined
  const levels = grades.length > 0 ? grades.map(levelOfGrade).filter((l) => l !== undefined) : parseConfig(configTab, 0).config.levels;
  const secondary = levels.some(isSecondary);
  if (levels.length === 0 || !secondary) return 'primary';
  return levels.every(isSecondary) ? 'secondary' : 'both';
}

function dropdownFor(area: string, level: RosterLevel): string[] | undefined {
  if (level === 'secondary') return area === RESULT_AREAS.learning || area === RESULT_AREAS.conduct ? RESULT_WORDS : undefined;
  return AREAS.find((a) => a.name === area)?.scale === 'quality' ? ['T', 'Đ', 'C', 'x'] : ['T', 'H', 'C', 'x'];
}
const TEMPLATE_ROWS = 500;

/** Example targets (PRODUCT 3.7): the share of students not needing support, per group. */
export const EXAMPLE_TARGETS: string[][] = [
  ['Chỉ tiêu môn học', 'trên 99,7%', 'Tỉ lệ học sinh không cần hỗ trợ môn nào. "trên 99,7%" là cao hơn 99,7%; "99,7%" là từ 99,7% trở lên.'],
  ['Chỉ tiêu năng lực', '100%', 'Thêm mục như "Chỉ tiêu Toán" hoặc "Chỉ tiêu Toán khối 2" để đặt riêng một môn, một khối.'],
  ['Chỉ tiêu phẩm chất', '100%', 'Xóa các dòng chỉ tiêu nếu trường không dùng: bảng đối sánh sẽ không in.'],
];

/** The log as PRODUCT 2 lists its columns; each header is one the log reader knows (read/log.ts). */
export const LOG_TEMPLATE: TemplateTab = {
  name: 'Nhật ký', rows: [['Ngày', 'Học sinh', 'Lớp', 'Mã HS', 'GV', 'Nội dung hỗ trợ', 'Kết quả']], merges: [], bold: ['A1:G1'],
  frozenRows: 1, columnWidths: [90, 180, 60, 90, 160, 320, 240], dropdowns: [],
};

type RosterLevel = Exclude<TemplateLevel, 'both'>;

/** One Danh sách: the fields, then a block per review point of the level (Cuối học kì II at secondary only) over its areas. */
function rosterTab(name: string, level: RosterLevel): TemplateTab {
  const points = REVIEW_POINTS.filter((p) => level === 'secondary' || p.code !== 'CKII');
  const areas = level === 'secondary' ? SECONDARY_AREAS : TEMPLATE_AREAS;
  const width = ROSTER_FIELDS.length + points.length * areas.length;
  const top = [...ROSTER_FIELDS];
  const below = ROSTER_FIELDS.map(() => '');
  const merges: string[] = ROSTER_FIELDS.map((_, i) => `${a1(1, i + 1)}:${a1(2, i + 1)}`);
  const dropdowns: TemplateTab['dropdowns'] = [];
  for (const point of points) {
    const first = top.length + 1;
    areas.forEach((area, i) => {
      top.push(i === 0 ? (level === 'secondary' && point.code === 'CN' ? 'Cả năm' : point.label) : '');
      below.push(area);
      const column = columnLetters(first + i);
      const values = dropdownFor(area, level);
      if (values) dropdowns.push({ range: `${column}3:${column}${TEMPLATE_ROWS}`, values });
    });
    merges.push(`${a1(1, first)}:${a1(1, first + areas.length - 1)}`);
  }
  dropdowns.push({ range: `G3:G${TEMPLATE_ROWS}`, values: ['x'] });
  dropdowns.push({ range: `E3:E${TEMPLATE_ROWS}`, values: ['Nam', 'Nữ'] });
  return {
    name, rows: [top, below], merges, bold: [`A1:${a1(2, width)}`], frozenRows: 2,
    columnWidths: [40, 90, 180, 90, 70, 55, 50, 140, 160, 140, ...new Array(width - ROSTER_FIELDS.length).fill(70)], dropdowns,
  };
}

export function templateTabs(level: TemplateLevel = 'primary'): TemplateTab[] {
  // Cuối học kì II is its own review point at secondary only (at primary it is Cuối năm).
  const points = REVIEW_POINTS.filter((p) => level !== 'primary' || p.code !== 'CKII');
  const rosters = level === 'both'
    ? [rosterTab(BOTH_ROSTER_NAMES.primary, 'primary'), rosterTab(BOTH_ROSTER_NAMES.secondary, 'secondary')]
    : [rosterTab('Danh sách', level)];
  const config = defaultConfig();
  return [
    ...rosters,
    { name: 'Lớp', rows: [['Lớp', 'Khối', 'GVCN', 'Sĩ số']], merges: [], bold: ['A1:D1'], frozenRows: 1, columnWidths: [80, 60, 180, 60], dropdowns: [] },
    {
      name: 'Cấu hình',
      rows: [
        ['Mục', 'Giá trị', 'Ghi chú'],
        [CONFIG_KEYS.agency, ''], [CONFIG_KEYS.schoolName, ''], [CONFIG_KEYS.place, ''], [CONFIG_KEYS.schoolYear, ''],
        [CONFIG_KEYS.signerName, ''], [CONFIG_KEYS.signerTitle, config.signerTitle.join('\n')], [CONFIG_KEYS.recipients, config.recipients.join('\n')],
        [CONFIG_KEYS.documentNumber, '', 'Số và ký hiệu, ví dụ 15/BC-THHB; để trống số (/BC-THHB) để văn thư ghi tay'],
        ...points.filter((p) => p.code !== 'DN').map((p) => [`Tháng ${p.label}`, String(config.reviewMonths[p.code])]),
        ...(level !== 'primary' ? [[CONFIG_KEYS.scoreThreshold, String(DEFAULT_SCORE_THRESHOLD).replace('.', ',')]] : []),
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
    LOG_TEMPLATE,
  ];
}
