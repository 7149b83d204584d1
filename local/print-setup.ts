// The .xlsx the local runner writes prints like the sidebar's PDF link: every generated tab on A4
// landscape, one page wide, no gridlines, the NĐ 30 margins, page numbers at the top from page 2;
// Tổng hợp only its print area (the chart block beside it stays off the page) and broken into pages
// where its page plan says; a data tab with its header row on every page. Apps Script has no page
// setup for the add-in to set, so this is the runner's job, done after the bundle ran, from what the
// bundle recorded in the tabs' developer metadata.
//
// Rows: Sheets grows a row to fit its wrapped text, the saved .xlsx does not (LibreOffice and Excel
// keep the height they are given), so each data tab's rows get the height the core measures for
// their text (Tổng hợp already has its plan's heights from the bundle).
import type ExcelJS from 'exceljs';
import { METADATA_KEYS } from '../src/core/layout';
import { LINE_EM, rowHeights, type MeasuredCell } from '../src/core/layout/measure';
import { parsePageStarts } from '../src/core/layout/pages';
import { MARGINS_INCH } from '../src/core/pdf';
import type { FakeWorkbook, SheetState } from './fake-sheets';

const A4 = 9; // the paper size code of OOXML
const SERIF = 'Times New Roman';

/** NĐ 30: the page number at the top centre, 13 pt, from page 2 on. */
const PAGE_NUMBERS: Partial<ExcelJS.HeaderFooter> = { differentFirst: true, firstHeader: '', oddHeader: '&C&"Times New Roman,Regular"&13&P' };

/**
 * The cells of a tab as the core's measurer sees them. Its merges are read from the tab itself:
 * `ws.model` would copy every cell of a 20,000-row tab to list them.
 */
function measuredCells(sheet: SheetState, basePt: number): MeasuredCell[] {
  const ws = sheet.ws;
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of sheet.merges()) spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, columns: m.right - m.left + 1 });
  const one = { rows: 1, columns: 1 };
  // Type and wrap by style: cells formatted alike share one style object (fake-sheets/styles.ts).
  const looks = new WeakMap<object, Pick<MeasuredCell, 'font' | 'wrap'>>();
  const lookOf = (cell: ExcelJS.Cell) => {
    let look = looks.get(cell.style);
    if (!look) {
      look = { font: { pt: cell.font?.size ?? basePt, bold: !!cell.font?.bold, serif: cell.font?.name === SERIF }, wrap: !!cell.alignment?.wrapText };
      looks.set(cell.style, look);
    }
    return look;
  };
  const cells: MeasuredCell[] = [];
  ws.eachRow((row, r) => row.eachCell((cell, c) => {
    const merged = cell.isMerged;
    if (merged && cell.master !== cell) return; // its text is the top-left cell's
    const text = cell.text ?? '';
    if (text === '') return;
    const span = (merged && spans.get(`${r},${c}`)) || one;
    const { font, wrap } = lookOf(cell);
    cells.push({ row: r, column: c, rows: span.rows, columns: span.columns, text, font, wrap });
  }));
  return cells;
}

/**
 * Each row as tall as its wrapped text needs (pixels to points: 3/4), measured as the core measures
 * a tab planned without spacers (pages.ts), so the rows fall on the pages its plan says.
 */
function fitRows(sheet: SheetState): void {
  const ws = sheet.ws;
  const widths = Array.from({ length: ws.columnCount }, (_, i) => Math.round((ws.getColumn(i + 1).width ?? 9) * 7));
  // A printable tab is in Times New Roman 13 (write.ts), a data tab in Arial 10.
  const first = ws.getCell(1, 1).font;
  const base = first?.name === SERIF ? { pt: first.size ?? 13, serif: true } : { pt: 10 };
  const heights = rowHeights(measuredCells(sheet, base.pt), ws.rowCount, widths, base, LINE_EM.libreOffice);
  heights.forEach((px, i) => { ws.getRow(i + 1).height = Math.round(px * 0.75 * 100) / 100; });
}

function hasRowHeights(ws: ExcelJS.Worksheet): boolean {
  let sized = false;
  ws.eachRow((row) => {
    sized = sized || row.height !== undefined;
  });
  return sized;
}

/** Sets the page of every tab the add-in generated; returns their names. */
export function printLikeThePdf(book: FakeWorkbook): string[] {
  const done: string[] = [];
  for (const sheet of book.sheets) {
    const value = (key: string) => sheet.metadata.find((m) => m.key === key)?.value ?? undefined;
    const owner = value(METADATA_KEYS.generatedTab);
    if (!owner || owner === 'building') continue;
    const ws = sheet.ws;
    const printArea = value(METADATA_KEYS.printArea);
    const pageStarts = value(METADATA_KEYS.pageStarts);
    const frozen = (ws.views?.[0] as { ySplit?: number } | undefined)?.ySplit ?? 0;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { ...MARGINS_INCH, header: 0.3, footer: 0.3 },
      // exceljs writes `'Tab'!$` + each end: "A$1" becomes the absolute "$A$1" LibreOffice needs
      // (with "$A1" it prints the whole tab, the chart block beside the report included).
      ...(printArea ? { printArea: printArea.replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
      // A data tab's header row (the row it freezes) on every page.
      ...(frozen > 0 ? { printTitlesRow: `${frozen}:${frozen}` } : {}),
      // Gridlines on screen are the bundle's to hide (setHiddenGridlines); here only the page's own option.
      showGridLines: false,
    } as ExcelJS.PageSetup;
    ws.headerFooter = { ...ws.headerFooter, ...PAGE_NUMBERS };
    // The page plan's breaks (the spacer rows, where the plan has them, already fill each page; a
    // break makes it exact). Theo dõi's classes printed one to a page are among them.
    for (const start of parsePageStarts(pageStarts).filter((n) => n > 1)) ws.getRow(start - 1).addPageBreak();
    // A planned tab has its rows' heights from the bundle; a tab without (a data tab, or Đỡ đầu too
    // long for a page plan, which says only where its first page starts) is fitted here.
    if (!pageStarts || !hasRowHeights(ws)) fitRows(sheet);
    done.push(ws.name);
  }
  return done;
}
