// The sidebar's PDF links, read from our generated tabs: Tổng hợp's and Đỡ đầu's print areas and
// Theo dõi's classes at their level's newest point (PRODUCT 3.4, 3.6, 3.8).

import { sidebarClassPdfs, tabPdfUrl, type ClassPdfs } from '../core/pdf';
import { classParts, parseBlocks } from '../core/layout/tracking-parts';
import { METADATA_KEYS } from '../core/layout';
import { readTabs, type TabInfo } from './read';
import { findOwned, PRINT_AREA_KEY } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The metadata value of a tab under a key, if any. */
function metadataValue(tab: TabInfo | undefined, key: string): string | undefined {
  return tab?.sheet.getDeveloperMetadata().find((m) => m.getKey() === key)?.getValue() ?? undefined;
}

/**
 * The sidebar's PDF links: our Tổng hợp tab printing only the report ('' while there is none), our
 * Đỡ đầu tab printing only the annex (the columns of seed 004's form), and
 * our Theo dõi tab's classes at their level's newest review point, each alone: one export link
 * and each class's range (the sidebar joins them), the classes read from the tab's headings (one
 * read per block of classes, so the metadata stays a few characters).
 */
export function printLinks(ss: Spreadsheet): { pdfUrl: string; mentorsPdfUrl: string; classPdfs: ClassPdfs } {
  const owned = findOwned(ss, readTabs(ss)).finished;
  const summary = owned.get('summary');
  const tracking = owned.get('tracking');
  // Google prints a whole tab (Sheets keeps no print area): Đỡ đầu's screen columns beside the annex
  // stay off the paper only through the export link's range.
  const mentors = owned.get('mentors');
  const blocks = parseBlocks(metadataValue(tracking, METADATA_KEYS.classBlocks)).filter((b) => tracking && b.last <= tracking.sheet.getLastRow());
  const parts = tracking ? blocks.flatMap((b) => classParts(b, tracking.sheet.getRange(b.first, 1, b.last - b.first + 1, 1).getValues().map((r) => r[0]))) : [];
  return {
    pdfUrl: summary ? tabPdfUrl(ss.getId(), summary.sheet.getSheetId(), metadataValue(summary, PRINT_AREA_KEY)) : '',
    mentorsPdfUrl: mentors ? tabPdfUrl(ss.getId(), mentors.sheet.getSheetId(), metadataValue(mentors, PRINT_AREA_KEY)) : '',
    classPdfs: sidebarClassPdfs(tracking && parts.length > 0 ? tabPdfUrl(ss.getId(), tracking.sheet.getSheetId()) : '', parts),
  };
}
