// The generated-tab writer. Everything is computed, and everything the writer needs is read, before
// its first write: the run then costs a constant handful of round trips (PRODUCT 5). Each tab is
// built fresh on a new sheet and swapped in only when complete, so a failure leaves the old version.
// A tab is ours only if it carries our marker AND still has its generated name (PRODUCT 4): a tab
// the school renamed or copied is the school's kept copy, never written or deleted.

import { blocksValue } from '../core/layout/tracking-parts';
import { pageStartsValue } from '../core/layout/pages';
import { fold } from '../core/text';
import { GENERATED_TABS, mergeBatches, METADATA_KEYS, type CellLink, type GeneratedTabKey, type StyleName, type TabLayout } from '../core/layout';
import { asTypedText, clipText, isLink, widthRuns, writePlan } from '../core/layout/plan';
import type { TabInfo } from './read';

const MARKER_KEY = METADATA_KEYS.generatedTab;
/** On the Tổng hợp tab: the A1 range the PDF link prints. */
export const PRINT_AREA_KEY = METADATA_KEYS.printArea;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** Marker value of a tab still being built; a finished tab carries its GeneratedTabKey instead. */
const BUILDING = 'building';

interface OwnedTabs {
  finished: Map<GeneratedTabKey, TabInfo>;
  /** Half-built tabs left by a run that Apps Script stopped (time limit): no catch ran for them. */
  leftovers: TabInfo[];
}

function isGeneratedKey(value: string | null): value is GeneratedTabKey {
  return value !== null && Object.prototype.hasOwnProperty.call(GENERATED_TABS, value);
}

/**
 * Generated tabs already in the file, found by their marker. Sheets are told apart by name (unique
 * in a file): Apps Script hands out a new object for the same sheet on every call.
 */
export function findOwned(ss: Spreadsheet, tabs: TabInfo[]): OwnedTabs {
  const owned: OwnedTabs = { finished: new Map(), leftovers: [] };
  const byName = new Map(tabs.map((t) => [t.name, t]));
  for (const metadata of ss.createDeveloperMetadataFinder().withKey(MARKER_KEY).find()) {
    const located = metadata.getLocation().getSheet();
    const tab = located ? byName.get(located.getName()) : undefined;
    if (!tab) continue;
    const value = metadata.getValue();
    if (value === BUILDING) {
      if (!owned.leftovers.includes(tab)) owned.leftovers.push(tab);
    } else if (isGeneratedKey(value) && fold(tab.name) === fold(GENERATED_TABS[value]) && !owned.finished.has(value)) {
      owned.finished.set(value, tab);
    }
  }
  return owned;
}

export { asTypedText };

/**
 * Rich-text values for the link blocks of one run (PRODUCT 4: locale-free links). Links share one
 * builder, whose text is set only when it changes: Theo dõi's "Đến ô" links cost setLinkUrl and
 * build, two calls a link, not three (issue 20). setLinkUrl(url) sets the link of the whole value,
 * so the kept text never carries the previous link. Plain text is built once per distinct text and
 * the same value set wherever it appears.
 */
function richTexts(gids: Map<string, number>): (cell: string | CellLink) => GoogleAppsScript.Spreadsheet.RichTextValue {
  let links: GoogleAppsScript.Spreadsheet.RichTextValueBuilder | undefined;
  let linkText: string | undefined;
  const plainValues = new Map<string, GoogleAppsScript.Spreadsheet.RichTextValue>();
  const plainText = (text: string) => {
    let value = plainValues.get(text);
    if (!value) {
      value = SpreadsheetApp.newRichTextValue().setText(clipText(text)).build();
      plainValues.set(text, value);
    }
    return value;
  };
  return (cell) => {
    if (!isLink(cell)) return plainText(cell);
    const gid = gids.get(cell.sheet);
    if (gid === undefined) return plainText(cell.text);
    links = links ?? SpreadsheetApp.newRichTextValue();
    if (cell.text !== linkText) links.setText(cell.text);
    linkText = cell.text;
    return links.setLinkUrl(`#gid=${gid}&range=${cell.cell}`).build();
  };
}

/** The gids of the tabs the layouts' links jump to: one getSheetId for each such tab, none for the others. */
function linkedGids(layouts: TabLayout[], tabs: TabInfo[]): Map<string, number> {
  const linked = new Set<string>();
  for (const layout of layouts) for (const row of layout.rows) for (const cell of row) if (isLink(cell)) linked.add(cell.sheet);
  return new Map(tabs.filter((t) => linked.has(t.name)).map((t) => [t.name, t.sheet.getSheetId()]));
}

const STYLE_SETTERS: Record<StyleName, (list: GoogleAppsScript.Spreadsheet.RangeList) => void> = {
  bold: (l) => l.setFontWeight('bold'),
  italic: (l) => l.setFontStyle('italic'),
  boldItalic: (l) => l.setFontWeight('bold').setFontStyle('italic'),
  center: (l) => l.setHorizontalAlignment('center'),
  middle: (l) => l.setVerticalAlignment('middle'),
  wrap: (l) => l.setWrap(true),
  headerFill: (l) => l.setBackground('#e8eef7'),
  sectionFill: (l) => l.setBackground('#fdf3d8'),
  border: (l) => l.setBorder(true, true, true, true, true, true, '#000000', SpreadsheetApp.BorderStyle.SOLID),
  title: (l) => l.setFontWeight('bold').setFontSize(14),
  small: (l) => l.setFontSize(11),
  errorText: (l) => l.setFontColor('#b3261e').setFontWeight('bold'),
  warningText: (l) => l.setFontColor('#8a5a00'),
  label: (l) => l.setFontSize(12),
  underline: (l) => l.setFontLine('underline'),
  ruleAbove: (l) => l.setBorder(true, null, null, null, null, null, '#000000', SpreadsheetApp.BorderStyle.SOLID),
  openRow: (l) => l.setBorder(null, null, null, null, false, null),
};

export interface WriteOutcome {
  written: string[];
  /** Tabs we could not write because the school has its own tab with that name. */
  conflicts: string[];
}

/** A tab to write: its layout, the old version it replaces (if any), and the fresh sheet once inserted. */
interface Plan {
  layout: TabLayout;
  old?: TabInfo;
  fresh?: Sheet;
  marker?: DeveloperMetadata;
  /** The old version is gone: from here on this tab must be finished, not dropped. */
  oldDeleted: boolean;
  swapped: boolean;
}

/** The rows a tab keeps: its content, and always one more than it freezes (Google refuses to freeze every row). */
function rowsOf(layout: TabLayout): number {
  return Math.max(layout.rows.length, layout.frozenRows + 1, 1);
}

/**
 * Writes the layouts. Reads come first (the file's tabs and markers, passed in or found here);
 * then every tab is built fresh, inserted at an explicit index right before the tab it replaces;
 * only when all are complete is each old tab deleted and its fresh one renamed into place. On any
 * failure the fresh tabs not yet in place are deleted, and the error says what to do.
 */
export function writeGeneratedTabs(ss: Spreadsheet, layouts: TabLayout[], tabs: TabInfo[]): WriteOutcome {
  // ---- reads
  const { finished: owned, leftovers } = findOwned(ss, tabs);
  const gids = linkedGids(layouts, tabs);
  const outcome: WriteOutcome = { written: [], conflicts: [] };
  const plans: Plan[] = [];
  for (const layout of layouts) {
    const old = owned.get(layout.key);
    const sameName = tabs.find((t) => fold(t.name) === fold(layout.name));
    if (sameName && sameName !== old) outcome.conflicts.push(layout.name);
    else plans.push({ layout, old, oldDeleted: false, swapped: false });
  }
  // The tab order as it will be after each delete and insert: indexes are computed on it, never
  // before a delete that shifts them.
  const order: Array<TabInfo | Plan> = tabs.filter((t) => !leftovers.includes(t));

  // ---- writes (one read between them: the fresh tabs' size and marker)
  let swapping: Plan | undefined;
  try {
    for (const leftover of leftovers) ss.deleteSheet(leftover.sheet);
    const stamp = Date.now() % 100000;
    for (const plan of plans) {
      const index = plan.old ? order.indexOf(plan.old) : order.length;
      plan.fresh = ss.insertSheet(`${plan.layout.name} (đang tạo ${stamp})`, index);
      order.splice(index, 0, plan);
      // Marked at once: if Apps Script stops this run, the next one finds and deletes the half-built tab.
      plan.fresh.addDeveloperMetadata(MARKER_KEY, BUILDING);
    }
    const sizes = plans.map((plan) => {
      const fresh = plan.fresh as Sheet;
      plan.marker = fresh.getDeveloperMetadata().find((m) => m.getKey() === MARKER_KEY);
      return { rows: fresh.getMaxRows(), columns: fresh.getMaxColumns() };
    });
    const richText = richTexts(gids);
    plans.forEach((plan, i) => buildSheet(plan.fresh as Sheet, plan.layout, richText, sizes[i]));
    // The point of no return comes next: every queued write of the new tabs is applied first, so a
    // write Google refuses surfaces here, while the previous tabs are still in place.
    SpreadsheetApp.flush();
    for (const plan of plans) {
      swapping = plan;
      swapIn(ss, plan);
    }
    swapping = undefined;
    SpreadsheetApp.flush(); // the swap's own writes, while a failure can still be cleaned up
  } catch (error) {
    throw new Error(failureMessage(plans, swapping, cleanUp(ss, plans), error as Error));
  }
  outcome.written = plans.map((p) => p.layout.name);
  return outcome;
}

function swapIn(ss: Spreadsheet, plan: Plan): void {
  if (plan.old) {
    ss.deleteSheet(plan.old.sheet);
    plan.oldDeleted = true;
  }
  finish(plan);
}

function finish(plan: Plan): void {
  (plan.fresh as Sheet).setName(plan.layout.name);
  (plan.marker as DeveloperMetadata).setValue(plan.layout.key);
  plan.swapped = true;
}

/**
 * After a failure: a tab whose old version is already gone is finished if it can be; every other
 * fresh tab not yet in place is deleted. Returns the tabs that could not be cleaned up (still
 * marked as being built: the next run deletes them).
 */
function cleanUp(ss: Spreadsheet, plans: Plan[]): string[] {
  const stuck: string[] = [];
  for (const plan of plans) {
    if (!plan.fresh || plan.swapped) continue;
    try {
      if (plan.oldDeleted && plan.marker) finish(plan);
      else ss.deleteSheet(plan.fresh);
    } catch (e) {
      try {
        ss.deleteSheet(plan.fresh);
      } catch (again) {
        stuck.push(plan.layout.name);
      }
    }
  }
  return stuck;
}

/** What the user reads: which tab could not be replaced, what is as before, and what to do. */
function failureMessage(plans: Plan[], swapping: Plan | undefined, stuck: string[], error: Error): string {
  const parts: string[] = [];
  if (swapping && swapping.old && !swapping.oldDeleted) {
    // Deleting the old tab is the one step that meets the school's protections.
    parts.push(`không thay được trang "${swapping.layout.name}" (${error.message}). Nếu trang đó đang được bảo vệ, nhờ chủ bảng tính bỏ bảo vệ (Dữ liệu → Trang và dải ô được bảo vệ) hoặc cho bạn quyền sửa trang đó, rồi bấm Tổng hợp lại.`);
  } else {
    parts.push(`${error.message} Bấm Tổng hợp lại sau ít phút.`);
  }
  const replaced = plans.filter((p) => p.swapped).map((p) => `"${p.layout.name}"`);
  parts.push(replaced.length > 0
    ? `Đã thay xong ${replaced.join(', ')}; các trang khác vẫn là bản trước, không trang nào bị ghi dở.`
    : 'Các trang đã tạo trước đó vẫn còn nguyên, không trang nào bị ghi dở.');
  if (stuck.length > 0) parts.push(`Lần chạy sau sẽ dọn các trang đang tạo dở: ${stuck.map((n) => `"${n}"`).join(', ')}.`);
  return parts.join(' ');
}

function buildSheet(sheet: Sheet, layout: TabLayout, richText: ReturnType<typeof richTexts>, size: { rows: number; columns: number }): void {
  // The tab fits its content: one insert or delete per dimension, whatever the roster size.
  const rows = rowsOf(layout);
  if (rows > size.rows) sheet.insertRowsAfter(size.rows, rows - size.rows);
  else if (rows < size.rows) sheet.deleteRows(rows + 1, size.rows - rows);
  if (layout.width > size.columns) sheet.insertColumnsAfter(size.columns, layout.width - size.columns);
  else if (layout.width < size.columns) sheet.deleteColumns(layout.width + 1, size.columns - layout.width);
  const all = sheet.getRange(1, 1, rows, layout.width);
  if (layout.printable) all.setFontFamily('Times New Roman').setFontSize(13);
  else all.setFontFamily('Arial').setFontSize(10).setVerticalAlignment('top');
  // Values only where cells hold something; link columns by setRichTextValues, header cells over a
  // column holding nothing below them one RangeList a text (plan.ts): each cell written once.
  const { links, values: rectangles, lists } = writePlan(layout);
  for (const { row, column, values } of rectangles) sheet.getRange(row, column, values.length, values[0].length).setValues(values);
  for (const { value, ranges } of lists) sheet.getRangeList(ranges).setValue(value);
  for (const block of links) {
    sheet.getRange(block.firstRow, block.column, block.cells.length, 1).setRichTextValues(block.cells.map((cell) => [richText(cell)]));
  }
  // 'openRow' takes away lines 'border' drew: set last.
  const styleNames = (Object.keys(layout.styles) as StyleName[]).sort((a, b) => Number(a === 'openRow') - Number(b === 'openRow'));
  for (const name of styleNames) {
    const ranges = layout.styles[name] as string[];
    if (ranges.length > 0) STYLE_SETTERS[name](sheet.getRangeList(ranges));
  }
  for (const { range, how } of mergeBatches(layout.merges)) {
    if (how === 'across') sheet.getRange(range).mergeAcross();
    else if (how === 'vertically') sheet.getRange(range).mergeVertically();
    else sheet.getRange(range).merge();
  }
  for (const run of widthRuns(layout.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
  // A printed tab's rows as its page plan measured them (Sheets still grows a row its text needs).
  for (const run of widthRuns(layout.rowHeights ?? [])) sheet.setRowHeights(run.start, run.count, run.width);
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  if (layout.printable) sheet.setHiddenGridlines(true);
  if (layout.printArea) sheet.addDeveloperMetadata(PRINT_AREA_KEY, layout.printArea);
  if (layout.pageStarts) sheet.addDeveloperMetadata(METADATA_KEYS.pageStarts, pageStartsValue(layout.pageStarts));
  if (layout.classBlocks?.length) sheet.addDeveloperMetadata(METADATA_KEYS.classBlocks, blocksValue(layout.classBlocks));
  if (layout.chart) {
    const { range, row, column, title } = layout.chart;
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange(range))
      .setNumHeaders(1).setPosition(row, column, 0, 0).setOption('title', title).build());
  }
}
