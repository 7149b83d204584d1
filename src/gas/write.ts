// The generated-tab writer. Everything is computed before it is called. Each tab is built fresh
// on a new sheet and swapped in only when complete, so a failure leaves the old version intact.
// A tab is ours only if it carries our developer-metadata marker; any other tab is never touched.

import { summaryPdfUrl } from '../core/pdf';
import { fold } from '../core/text';
import { GENERATED_TABS, METADATA_KEYS, type CellLink, type GeneratedTabKey, type LayoutCell, type StyleName, type TabLayout } from '../core/layout';

const MARKER_KEY = METADATA_KEYS.generatedTab;
/** On the Tổng hợp tab: the A1 range the PDF link prints. */
const PRINT_AREA_KEY = METADATA_KEYS.printArea;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Marker value of a tab still being built; a finished tab carries its GeneratedTabKey instead. */
const BUILDING = 'building';

interface OwnedTabs {
  finished: Map<GeneratedTabKey, Sheet>;
  /** Half-built tabs left by a run that Apps Script stopped (time limit): no catch ran for them. */
  leftovers: Sheet[];
}

/** Generated tabs already in the file, found by their marker (not by name). */
function findOwned(ss: Spreadsheet): OwnedTabs {
  const owned: OwnedTabs = { finished: new Map(), leftovers: [] };
  for (const metadata of ss.createDeveloperMetadataFinder().withKey(MARKER_KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    const value = metadata.getValue();
    if (!sheet) continue;
    if (value === BUILDING) {
      owned.leftovers.push(sheet);
      continue;
    }
    // Should a copy of our tab carry the marker too, the one with our name is ours; the copy is the school's.
    const key = value as GeneratedTabKey;
    const known = owned.finished.get(key);
    if (!known || fold(sheet.getName()) === fold(GENERATED_TABS[key])) owned.finished.set(key, sheet);
  }
  return owned;
}

function findOwnedTabs(ss: Spreadsheet): Map<GeneratedTabKey, Sheet> {
  return findOwned(ss).finished;
}

/** The PDF link of our Tổng hợp tab, printing only the report; '' while there is none. */
export function summaryPdfLink(ss: Spreadsheet): string {
  const summary = findOwnedTabs(ss).get('summary');
  if (!summary) return '';
  const printArea = summary.getDeveloperMetadata().find((m) => m.getKey() === PRINT_AREA_KEY)?.getValue() ?? undefined;
  return summaryPdfUrl(ss.getId(), summary.getSheetId(), printArea);
}

/** Sheets refuses more than 50,000 characters in a cell; a pasted essay must not stop the run. */
const MAX_CELL_TEXT = 49000;

/**
 * A school's text as setValue(s) must receive it to stay text: a leading apostrophe, which
 * Sheets drops, so "=IMPORTXML(…)", "10%" or "2024-01-31" are never parsed. '' stays empty.
 */
export function asTypedText(text: string): string {
  if (text === '') return '';
  return "'" + (text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) + '…' : text);
}

function quoteFormulaText(text: string): string {
  return '"' + text.replace(/"/g, '""') + '"';
}

function isLink(cell: LayoutCell): cell is CellLink {
  return typeof cell === 'object' && cell !== null;
}

/**
 * Cell values as setValues should receive them. Strings get a leading apostrophe so Sheets keeps
 * them as typed text: a name like "=IMPORTXML(…)" or "10%" is never parsed. Links are our own
 * HYPERLINK formulas to cells of this file.
 */
function toSheetValues(layout: TabLayout, sheetIds: Map<string, number>): Array<Array<string | number>> {
  return layout.rows.map((row) => {
    const out: Array<string | number> = [];
    for (let c = 0; c < layout.width; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined) out.push('');
      else if (typeof cell === 'number') out.push(cell);
      else if (isLink(cell)) {
        const gid = sheetIds.get(cell.sheet);
        out.push(gid === undefined ? asTypedText(cell.text)
          : `=HYPERLINK(${quoteFormulaText(`#gid=${gid}&range=${cell.cell}`)},${quoteFormulaText(cell.text)})`);
      } else out.push(asTypedText(cell));
    }
    return out;
  });
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
};

export interface WriteOutcome {
  written: string[];
  /** Tabs we could not write because the school has its own tab with that name. */
  conflicts: string[];
}

/**
 * Writes the layouts in two phases: every tab is built fresh first; only when all are complete
 * are the old ones deleted and the new ones renamed into place. A failure while building deletes
 * the half-built sheets and leaves every previous tab as it was.
 */
export function writeGeneratedTabs(
  ss: Spreadsheet, layouts: TabLayout[], byName: Map<string, Sheet>, sheetIds: Map<string, number>,
): WriteOutcome {
  const { finished: owned, leftovers } = findOwned(ss);
  for (const sheet of leftovers) ss.deleteSheet(sheet);
  const outcome: WriteOutcome = { written: [], conflicts: [] };
  const ready: Array<{ layout: TabLayout; fresh: Sheet; old?: Sheet }> = [];
  try {
    for (const layout of layouts) {
      const old = owned.get(layout.key);
      const sameName = [...byName.entries()].find(([name]) => fold(name) === fold(layout.name))?.[1];
      if (sameName && sameName !== old) {
        outcome.conflicts.push(layout.name);
        continue;
      }
      ready.push({ layout, old, fresh: buildSheet(ss, layout, sheetIds) });
    }
  } catch (error) {
    for (const { fresh } of ready) ss.deleteSheet(fresh);
    throw error;
  }
  for (const { layout, fresh, old } of ready) {
    const position = old?.getIndex();
    if (old) ss.deleteSheet(old);
    fresh.setName(layout.name);
    if (position !== undefined) {
      ss.setActiveSheet(fresh);
      ss.moveActiveSheet(position);
    }
    outcome.written.push(layout.name);
  }
  return outcome;
}

function buildSheet(ss: Spreadsheet, layout: TabLayout, sheetIds: Map<string, number>): Sheet {
  const sheet = ss.insertSheet(`${layout.name} (đang tạo ${Date.now() % 100000})`);
  // Marked at once: if Apps Script stops this run, the next one finds and deletes the half-built tab.
  sheet.addDeveloperMetadata(MARKER_KEY, BUILDING);
  try {
    // The tab fits its content: one insert or delete per dimension, whatever the roster size.
    const rows = Math.max(layout.rows.length, 1);
    const maxRows = sheet.getMaxRows();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
    const maxColumns = sheet.getMaxColumns();
    if (layout.width > maxColumns) sheet.insertColumnsAfter(maxColumns, layout.width - maxColumns);
    else if (layout.width < maxColumns) sheet.deleteColumns(layout.width + 1, maxColumns - layout.width);
    const all = sheet.getRange(1, 1, rows, layout.width);
    if (layout.printable) all.setFontFamily('Times New Roman').setFontSize(13);
    else all.setFontFamily('Arial').setFontSize(10).setVerticalAlignment('top');
    all.setValues(layout.rows.length > 0 ? toSheetValues(layout, sheetIds) : [new Array(layout.width).fill('')]);
    for (const name of Object.keys(layout.styles) as StyleName[]) {
      const ranges = layout.styles[name] as string[];
      if (ranges.length > 0) STYLE_SETTERS[name](sheet.getRangeList(ranges));
    }
    for (const range of layout.merges) sheet.getRange(range).merge();
    layout.columnWidths.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
    if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
    if (layout.printable) sheet.setHiddenGridlines(true);
    if (layout.printArea) sheet.addDeveloperMetadata(PRINT_AREA_KEY, layout.printArea);
    if (layout.chart) {
      const { range, row, column, title } = layout.chart;
      sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange(range))
        .setNumHeaders(1).setPosition(row, column, 0, 0).setOption('title', title).build());
    }
    (sheet.getDeveloperMetadata().find((m) => m.getKey() === MARKER_KEY) as GoogleAppsScript.Spreadsheet.DeveloperMetadata).setValue(layout.key);
    return sheet;
  } catch (error) {
    ss.deleteSheet(sheet);
    throw error;
  }
}
