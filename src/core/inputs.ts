// Which tab is which input (PRODUCT 2). Names match case- and diacritics-insensitively; the roster
// may be split over several tabs whose names begin with "Danh sách". Two tabs whose names fold to
// the same name are never guessed between: both are named in an error and neither is read.

import type { Problem, SheetGrid } from './model';
import { problemAt } from './problem';
import { fold } from './text';

/** Input tabs, by their canonical names. */
export const INPUT_TABS = { roster: 'Danh sách', classes: 'Lớp', config: 'Cấu hình', plan: 'Kế hoạch', targets: 'Chỉ tiêu' } as const;

type InputKind = keyof typeof INPUT_TABS;

const ROSTER_PREFIX = fold(INPUT_TABS.roster);
const KIND_BY_NAME = new Map<string, InputKind>((Object.keys(INPUT_TABS) as InputKind[]).map((k) => [fold(INPUT_TABS[k]), k]));

/** The input a tab is, by its name; undefined for any other tab. */
export function inputKind(name: string): InputKind | undefined {
  const key = fold(name);
  if (key.startsWith(ROSTER_PREFIX) && !/[a-z0-9]/.test(key.charAt(ROSTER_PREFIX.length))) return 'roster'; // charAt is '' at the end
  return KIND_BY_NAME.get(key);
}

/** What Sheets (or Excel) names a copy of a tab: "Bản sao của Danh sách khối 2", "Copy of Lớp". */
const COPY_PREFIX = /^(ban sao cua|copy of)\s+/;

/** The input tab a tab is a copy of, by its name ("Danh sách khối 2"); undefined for any other tab. */
export function copyOfInput(name: string): string | undefined {
  const folded = fold(name);
  const match = COPY_PREFIX.exec(folded);
  if (!match) return undefined;
  // The original's name as written: the words after the prefix's words.
  const original = name.trim().split(/\s+/).slice(match[1].split(' ').length).join(' ');
  return inputKind(original) ? original : undefined;
}

export interface InputTabs {
  /** The roster tabs, in workbook order ("Danh sách", or "Danh sách khối 1", "Danh sách khối 2" …). */
  roster: SheetGrid[];
  classes?: SheetGrid;
  config?: SheetGrid;
  plan?: SheetGrid;
  targets?: SheetGrid;
  /** One error per tab whose name folds to another tab's name. */
  problems: Problem[];
  /** A roster or Lớp tab is in such a pair: no totals may be printed from a guess. */
  withheld: boolean;
}

export function sortInputTabs(sheets: SheetGrid[]): InputTabs {
  const byKey = new Map<string, SheetGrid[]>();
  for (const sheet of sheets) {
    if (!inputKind(sheet.name)) continue;
    const key = fold(sheet.name);
    byKey.set(key, [...(byKey.get(key) ?? []), sheet]);
  }
  const tabs: InputTabs = { roster: [], problems: [], withheld: false };
  for (const sheet of sheets) {
    const original = copyOfInput(sheet.name);
    if (original === undefined) continue;
    tabs.problems.push(problemAt(sheet.name, 1, 1, 'warning', 'TAB_COPY_UNREAD',
      `Trang "${sheet.name}" là bản sao của trang "${original}" nên không được đọc: chỉ trang có đúng tên mới được tính. Nếu bản sao này mới là bản đúng, xóa trang cũ rồi đổi tên bản sao thành "${original}"; nếu chỉ là bản lưu, đổi tên cho dễ nhận ra (ví dụ "Lưu - ${original}") hoặc xóa đi.`));
  }
  for (const group of byKey.values()) {
    const kind = inputKind(group[0].name) as InputKind;
    if (group.length > 1) {
      const names = group.map((s) => `"${s.name}"`).join(' và ');
      for (const sheet of group) {
        tabs.problems.push(problemAt(sheet.name, 1, 1, 'error', 'TAB_NAME_CONFLICT',
          `Có ${group.length} trang tên giống nhau khi bỏ dấu: ${names}. Phần mềm không đoán trang nào đúng nên chưa đọc trang nào${kind === 'roster' || kind === 'classes' ? ' và chưa tính số liệu' : ''}. Xóa trang thừa, hoặc đổi tên trang lưu để tên không bắt đầu bằng "${INPUT_TABS[kind]}" (ví dụ "Lưu - ${INPUT_TABS[kind]} cũ").`));
      }
      if (kind === 'roster' || kind === 'classes') tabs.withheld = true;
      continue;
    }
    if (kind === 'roster') tabs.roster.push(group[0]);
    else tabs[kind] = group[0];
  }
  return tabs; // roster tabs in workbook order: a Map keeps its keys in the order first seen
}
