// The PDF of the printed "Tổng hợp" tab: Google's export link with the print settings of an
// official report (A4 landscape, fit to width, no gridlines, NĐ 30/2020 margins in inches).
// The sidebar opens it in the user's own browser session, so the add-in needs no network scope.

/** NĐ 30/2020 margins (20 mm top and bottom, 30 mm left, 18 mm right); the local runner's .xlsx uses them too. */
export const MARGINS_INCH = { top: 0.8, bottom: 0.8, left: 1.2, right: 0.7 };

/** `printArea` ("A1:J48") keeps the chart and its data, beside the report, off the page. */
export function summaryPdfUrl(spreadsheetId: string, sheetId: number, printArea?: string): string {
  const params = [
    'format=pdf', `gid=${sheetId}`, 'size=A4', 'portrait=false', 'fitw=true', 'gridlines=false',
    'sheetnames=false', 'printtitle=false', 'pagenumbers=false', 'fzr=false',
    `top_margin=${MARGINS_INCH.top}`, `bottom_margin=${MARGINS_INCH.bottom}`,
    `left_margin=${MARGINS_INCH.left}`, `right_margin=${MARGINS_INCH.right}`,
    ...(printArea ? [`range=${encodeURIComponent(printArea)}`] : []),
  ];
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${params.join('&')}`;
}
