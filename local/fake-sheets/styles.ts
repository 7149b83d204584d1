// Cell styles shared, as exceljs shares them when it reads a file: cells formatted alike hold one
// style object, so a 20,000-row tab neither keeps a style per cell nor makes exceljs file each one
// on save (it remembers a style object it has seen). A shared style is never changed in place:
// every change makes (once) the style that follows from the old one.
import type ExcelJS from 'exceljs';

type Style = Partial<ExcelJS.Style>;

// exceljs gives every cell it makes an empty style object of its own: all of them stand for one
// shared, frozen NO_STYLE, or no two cells would ever share what follows from them (a 20,000-row
// run kept about 800,000 style objects, and exceljs filed each on save).
const NO_STYLE: Style = Object.freeze({});
const next = new WeakMap<object, Map<string, Style>>();

function isEmpty(style: Style | undefined): boolean {
  if (!style || style === NO_STYLE) return true;
  for (const key in style) if ((style as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

/** Gives `cell` the style `change` makes of its present one; `key` names the change. */
export function restyle(cell: ExcelJS.Cell, key: string, change: (style: Style) => Style): void {
  const from: Style = isEmpty(cell.style) ? NO_STYLE : cell.style;
  let byChange = next.get(from);
  if (!byChange) {
    byChange = new Map();
    next.set(from, byChange);
  }
  let to = byChange.get(key);
  if (!to) {
    to = change(from);
    byChange.set(key, to);
  }
  cell.style = to;
}

/**
 * Before a save: each cell with no style of its own (but a date, whose number format exceljs picks
 * by its type) shares NO_STYLE, which exceljs files once instead of once a cell.
 */
export function shareEmptyStyles(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.style !== NO_STYLE && isEmpty(cell.style) && !(cell.value instanceof Date)) cell.style = NO_STYLE;
    }));
  }
}
