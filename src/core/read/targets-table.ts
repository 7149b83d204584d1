// Reading targets where schools write them: the "Chỉ tiêu …" rows of Cấu hình and the optional
// "Chỉ tiêu" tab (Nội dung, Khối, Chỉ tiêu). What a cell means is decided in targets.ts; this module
// walks the rows, keeps the first of two equal targets and names every unreadable cell.

import { cellText, isBlank } from '../cells';
import { parseGrade } from './classes';
import { configKey, TARGET_KEY } from './config';
import type { Problem, SheetGrid } from '../model';
import { findTableHeader } from '../table';
import { problemAt } from '../problem';
import { a1, fold, tidy } from '../text';
import { DEFAULT_SCORE_THRESHOLD } from '../scales';
import { levelProblem } from './target-levels';
import { parseTargetSubject, parseTargetValue, type Target, type TargetSubject, type TargetValue } from './targets';

const TAB_FIELDS = {
  content: ['Nội dung', 'Nội dung chỉ tiêu', 'Chỉ tiêu về', 'Mặt', 'Mặt đánh giá', 'Lĩnh vực', 'Môn học'],
  grade: ['Khối', 'Khối lớp'],
  value: ['Chỉ tiêu', 'Chỉ tiêu (%)', 'Chỉ tiêu %', 'Cam kết', 'CK', 'Tỉ lệ', 'Tỉ lệ (%)'],
};

export interface ParsedTargets {
  targets: Target[];
  problems: Problem[];
}

/** A Khối cell of the Chỉ tiêu tab that is not blank: "Toàn trường" is the whole school; "1, 2" or "1-3" several. */
function parseGradeCell(value: unknown): Array<number | null> | undefined {
  const text = fold(cellText(value));
  if (/^(toan truong|ca truong|tat ca|chung|tt)$/.test(text)) return [null];
  const range = /^(?:khoi\s*)?(\d{1,2})\s*(?:-|–|den)\s*(\d{1,2})$/.exec(text);
  if (range) {
    const from = parseGrade(Number(range[1]));
    const to = parseGrade(Number(range[2]));
    if (from === undefined || to === undefined || to < from) return undefined;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  // Each part may say "khối" itself ("khối 2, khối 3"); parseGrade reads "2", "Khối 2" and "K2" alike.
  const grades = text.split(/\s*[,;+]\s*|\s+va\s+/).map(parseGrade);
  return grades.every((g) => g !== undefined) ? (grades as number[]) : undefined;
}

/** One written target: where it stands, what it names, and the cell holding the share. */
interface TargetCell {
  sheet: string;
  row: number;
  column: number;
  subject: TargetSubject;
  grades: Array<number | null>;
  raw: unknown;
  /** Where the area is written, so a level written there is a problem at that cell. */
  subjectColumn: number;
}

/** Collects targets in reading order. A target naming its area beats one written for every group
 *  ("Chỉ tiêu" 99,7% then "Chỉ tiêu năng lực" 100%); the same target twice is a warning at the second. */
class TargetCollector {
  readonly targets: Target[] = [];
  readonly problems: Problem[] = [];
  private readonly where = new Map<string, { target: Target; general: boolean }>();

  constructor(private readonly scoreThreshold: number) {}

  problem(sheet: string, r: number, c: number, severity: Problem['severity'], code: Problem['code'], message: string): void {
    this.problems.push(problemAt(sheet, r + 1, c + 1, severity, code, message));
  }

  add({ sheet, row: r, column: c, subject, grades, raw, subjectColumn }: TargetCell): void {
    const { level: valueLevel, ...value } = parseTargetValue(raw) as TargetValue | { error: string; level?: undefined };
    if ('error' in value) {
      this.problem(sheet, r, c, 'error', 'TARGET_INVALID', value.error);
      return;
    }
    const level = subject.level ?? valueLevel;
    const levelColumn = subject.level ? subjectColumn : c;
    if (subject.level && valueLevel && subject.level.label !== valueLevel.label) {
      this.problem(sheet, r, c, 'error', 'TARGET_INVALID', `Chỉ tiêu ghi hai mức khác nhau ("${subject.level.label}" và "${valueLevel.label}"). Ghi mức một lần, ví dụ "Học tập từ Đạt trở lên" và "98%".`);
      return;
    }
    for (const area of subject.areas) {
      const why = level && levelProblem(level, area, this.scoreThreshold);
      if (why) {
        this.problem(sheet, r, levelColumn, 'error', 'TARGET_INVALID', why);
        continue;
      }
      for (const grade of grades) {
        const target: Target = { ...value, ...(level ? { level: level.label } : {}), area, grade, sheet, cell: a1(r + 1, c + 1), row: r + 1, column: c + 1 };
        this.keep(target, subject.general);
      }
    }
  }

  private keep(target: Target, general: boolean): void {
    const key = `${target.area}|${target.grade}`;
    const earlier = this.where.get(key);
    if (earlier && earlier.general && !general) {
      this.targets[this.targets.indexOf(earlier.target)] = target;
      this.where.set(key, { target, general: false });
    } else if (earlier && !(general && !earlier.general)) {
      this.problem(target.sheet, target.row - 1, target.column - 1, 'warning', 'TARGET_DUPLICATE',
        `Chỉ tiêu ${target.area} ${target.grade === null ? 'toàn trường' : `khối ${target.grade}`} đã ghi ở ${earlier.target.sheet}!${earlier.target.cell}; ô này không được dùng. Xóa một trong hai.`);
    } else if (!earlier) {
      this.where.set(key, { target, general });
      this.targets.push(target);
    }
  }
}

/** The Cấu hình rows whose key begins "Chỉ tiêu" (or "Cam kết"): key in column A, share in B (or in C after a count in B). */
function readConfigTargets(config: SheetGrid, collect: TargetCollector): void {
  config.values.forEach((row, r) => {
    const key = configKey(row[0]);
    if (!TARGET_KEY.test(key) || isBlank(row[1])) return;
    const subject = parseTargetSubject(key);
    if (!subject) {
      collect.problem(config.name, r, 0, 'error', 'TARGET_UNKNOWN',
        `Không rõ chỉ tiêu "${tidy(cellText(row[0]))}" nói về mặt nào. Ghi "Chỉ tiêu" và tên môn (Toán, Tiếng Việt, …), "môn học", "năng lực" hoặc "phẩm chất", có thể thêm khối, ví dụ "Chỉ tiêu Toán khối 2".`);
      return;
    }
    // "Chỉ tiêu Toán khối 1 | 40 | 100%": a number of students, then its share; the share is the target.
    const count = typeof row[1] === 'number' ? row[1] > 1 : /^\s*\d+\s*$/.test(cellText(row[1]));
    const column = count && isShareValue(row[2]) ? 2 : 1;
    collect.add({ sheet: config.name, row: r, column, subject, grades: [subject.grade ?? null], raw: row[column], subjectColumn: 0 });
  });
}

/** A value written as a share and nothing else: "100%", "≥ 99,5 %", or a cell formatted as percent (0.99). */
function isShareValue(value: unknown): boolean {
  return typeof value === 'number' ? value > 0 && value <= 1 : /^[\s≥>=]*\d+([.,]\d+)?\s*%\s*$/u.test(cellText(value));
}

/** The header's columns naming the target's value (TAB_FIELDS.value), in order. */
function valueColumns(header: readonly unknown[]): number[] {
  const aliases = new Set(TAB_FIELDS.value.map((a) => fold(a)));
  return header.flatMap((v, c) => (aliases.has(fold(cellText(v))) ? [c] : []));
}

/** The "Chỉ tiêu" tab: a header row in the first ten, then one target per row. */
function readTargetTab(tab: SheetGrid, collect: TargetCollector): void {
  const header = findTableHeader(tab.values, TAB_FIELDS, ['content', 'value']);
  if (!header) {
    collect.problem(tab.name, 0, 0, 'error', 'TARGET_HEADER_NOT_FOUND',
      `Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang "${tab.name}". Cần các cột "Nội dung", "Khối" (để trống là toàn trường) và "Chỉ tiêu".`);
    return;
  }
  const col = header.columns;
  const contentColumn = col.content as number;
  const labels = tab.values[header.row] ?? [];
  const values = valueColumns(labels);
  const labelOf = (c: number) => fold(cellText(labels[c]));
  if (values.some((c, i) => values.findIndex((d) => labelOf(d) === labelOf(c)) !== i)) {
    // The same CK label again (one per khối, as a hand-made CK | KQ | CL | ĐG table): reading the first would judge every khối by khối 1's.
    collect.problem(tab.name, header.row, values[1], 'error', 'TARGET_HEADER_NOT_FOUND',
      `Trang "${tab.name}" có ${values.length} cột chỉ tiêu (${values.map((c) => `"${tidy(cellText(labels[c]))}"`).join(', ')}), nên chưa đọc được chỉ tiêu nào: `
      + 'không biết cột nào là của khối nào. Ghi mỗi chỉ tiêu một dòng với ba cột "Nội dung", "Khối" (để trống là toàn trường) và "Chỉ tiêu", ví dụ "Toán | 2 | 99,7%".');
    return;
  }
  // A second value column, "Tỉ lệ" beside "Chỉ tiêu" or under it ("Chỉ tiêu" merged over "Số HS" | "Tỉ lệ" on the row below).
  const below = tab.values[header.row + 1] ?? [];
  const subHeader = isBlank(below[contentColumn]);
  const underShare = subHeader ? below.findIndex((v, c) => c >= (col.value as number) && typeof v === 'string' && /\b(ti|ty) le\b/.test(fold(v))) : -1;
  const second = underShare >= 0 ? underShare : values.find((c) => c !== col.value);
  for (let r = header.row + (underShare >= 0 ? 2 : 1); r < tab.values.length; r++) {
    const row = tab.values[r];
    const content = row[contentColumn];
    // Row by row, the cell written as a share: "40 | 100%" (a number of students, then its share) is 100%; "99% | 97,5" (a result beside) is 99%.
    const valueColumn = second !== undefined && (isBlank(row[col.value as number]) || (!isShareValue(row[col.value as number]) && isShareValue(row[second])))
      ? second : col.value as number;
    const raw = row[valueColumn];
    if (isBlank(content) && isBlank(raw)) continue;
    // "Toàn trường" alone names no area: under rows of Toán by khối it is Toán's total, not every group's target.
    const onlyWhole = /^(toan truong|ca truong)$/.test(tidy(fold(cellText(content))));
    const subject = onlyWhole ? undefined : parseTargetSubject(cellText(content));
    if (!subject || isBlank(content)) {
      collect.problem(tab.name, r, contentColumn, 'error', 'TARGET_UNKNOWN',
        `Không rõ chỉ tiêu "${tidy(cellText(content))}" nói về mặt nào. Ghi tên môn (Toán, Tiếng Việt, …), "Môn học", "Năng lực" hoặc "Phẩm chất".`);
      continue;
    }
    if (isBlank(raw)) continue;
    const grades = col.grade !== undefined && !isBlank(row[col.grade]) ? parseGradeCell(row[col.grade]) : [subject.grade ?? null];
    if (!grades) {
      collect.problem(tab.name, r, col.grade as number, 'error', 'TARGET_UNKNOWN',
        `Khối "${tidy(cellText(row[col.grade as number]))}" không đọc được. Ghi số khối (2), nhiều khối (1, 2 hoặc 1-3), hoặc để trống cho toàn trường.`);
      continue;
    }
    collect.add({ sheet: tab.name, row: r, column: valueColumn, subject, grades, raw, subjectColumn: contentColumn });
  }
}

/**
 * Targets from the Cấu hình rows whose key begins "Chỉ tiêu" (or "Cam kết") and from the "Chỉ tiêu"
 * tab. A value or a key that cannot be read is an error at its cell; the same target written twice
 * is a warning at the second, and the first counts.
 */
export function parseTargets(config: SheetGrid | undefined, tab: SheetGrid | undefined, scoreThreshold = DEFAULT_SCORE_THRESHOLD): ParsedTargets {
  const collect = new TargetCollector(scoreThreshold);
  if (config) readConfigTargets(config, collect);
  if (tab) readTargetTab(tab, collect);
  return { targets: collect.targets, problems: collect.problems };
}
