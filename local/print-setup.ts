// The .xlsx the local runner writes prints like the sidebar's PDF link: the printed tab (Tổng hợp)
// on A4 landscape, one page wide, only its print area (the chart block beside it stays off the
// page), no gridlines, the NĐ 30 margins. Apps Script has no page setup for the add-in to set, so
// this is the runner's job, done after the bundle ran, from the print area the bundle recorded in
// the tab's developer metadata.
import type ExcelJS from 'exceljs';
import { METADATA_KEYS } from '../src/core/layout';
import { MARGINS_INCH } from '../src/core/pdf';
import type { FakeWorkbook } from './fake-sheets';

const A4 = 9; // the paper size code of OOXML

/** Sets the page of every tab the add-in generated with a print area; returns their names. */
export function printLikeThePdf(book: FakeWorkbook): string[] {
  const done: string[] = [];
  for (const sheet of book.sheets) {
    const value = (key: string) => sheet.metadata.find((m) => m.key === key)?.value ?? undefined;
    const printArea = value(METADATA_KEYS.printArea);
    const owner = value(METADATA_KEYS.generatedTab);
    if (!printArea || !owner || owner === 'building') continue;
    const pageSetup: Partial<ExcelJS.PageSetup> = {
      ...sheet.ws.pageSetup,
      paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      // exceljs writes `'Tab'!$` + each end: "A$1" becomes the absolute "$A$1" LibreOffice needs
      // (with "$A1" it prints the whole tab, the chart block beside the report included).
      printArea: printArea.replace(/([A-Z]+)(\d+)/g, '$1$$$2'), horizontalCentered: true,
      margins: { ...MARGINS_INCH, header: 0.3, footer: 0.3 },
    };
    // Gridlines on screen are the bundle's to hide (setHiddenGridlines); here only the page's own option.
    sheet.ws.pageSetup = { ...pageSetup, showGridLines: false } as ExcelJS.PageSetup;
    // The page plan's breaks (the sheet's spacer rows already fill each page; a break makes it exact).
    for (const start of (value(METADATA_KEYS.pageStarts) ?? '').split(',').map(Number).filter((n) => n > 1)) {
      sheet.ws.getRow(start - 1).addPageBreak();
    }
    // NĐ 30: the page number at the top centre, 13 pt, from page 2 on.
    sheet.ws.headerFooter = { ...sheet.ws.headerFooter, differentFirst: true, firstHeader: '', oddHeader: '&C&"Times New Roman,Regular"&13&P' };
    done.push(sheet.ws.name);
  }
  return done;
}
