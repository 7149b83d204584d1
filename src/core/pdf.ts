// The PDF of a printed tab or a part of it: Google's export link with the print settings of an
// official report (A4 landscape, fit to width, no gridlines, NĐ 30/2020 margins in inches). The
// sidebar opens it in the user's own browser session, so the add-in needs no network scope. The
// parameters are those public Apps Script examples give the export link (it is not a documented
// API): `gid` the tab, `range` an A1 range of it (URL-encoded), `fitw` fit to width.

import type { ClassPart } from './layout/tracking-parts';

/** NĐ 30/2020 margins (20 mm top and bottom, 30 mm left, 18 mm right); the local runner's .xlsx uses them too. */
export const MARGINS_INCH = { top: 0.8, bottom: 0.8, left: 1.2, right: 0.7 };

/**
 * The PDF of `range` of the tab `sheetId`: Tổng hợp's print area ("A1:J48", which keeps the chart
 * block beside it off the page), or one class of Theo dõi ("A6:E9"); the whole tab without a range.
 * No page-number parameter: `pagenum=CENTER` appears only in third-party gists, not in any Google
 * documentation, so it is not relied on.
 */
export function tabPdfUrl(spreadsheetId: string, sheetId: number, range?: string): string {
  const params = [
    'format=pdf', `gid=${sheetId}`, 'size=A4', 'portrait=false', 'fitw=true', 'gridlines=false',
    'sheetnames=false', 'printtitle=false', 'pagenumbers=false', 'fzr=false',
    `top_margin=${MARGINS_INCH.top}`, `bottom_margin=${MARGINS_INCH.bottom}`,
    `left_margin=${MARGINS_INCH.left}`, `right_margin=${MARGINS_INCH.right}`,
  ];
  const url = `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${params.join('&')}`;
  return range ? rangePdfUrl(url, range) : url;
}

/** The export link of a whole tab narrowed to one range of it (the sidebar builds each class's link so). */
export function rangePdfUrl(tabUrl: string, range: string): string {
  return `${tabUrl}&range=${encodeURIComponent(range)}`;
}

/**
 * Theo dõi's classes printed one to a page: the tab's export link ('' without classes) and each
 * class's rows, compact (the sidebar's payload must not grow much with the classes; it builds the links).
 */
export interface ClassPdfs {
  url: string;
  parts: ClassPart[];
  /** The classes past the sidebar's limit, printed from the tab itself (0 when every class has its link). */
  more: number;
}

/** As many class links as a 300 px sidebar can list: its payload stays bounded however many classes a school has. */
export const SIDEBAR_CLASS_LIMIT = 60;

/** The sidebar's class links: the first SIDEBAR_CLASS_LIMIT classes, and how many more there are. */
export function sidebarClassPdfs(url: string, parts: readonly ClassPart[]): ClassPdfs {
  return { url, parts: parts.slice(0, SIDEBAR_CLASS_LIMIT), more: Math.max(0, parts.length - SIDEBAR_CLASS_LIMIT) };
}
