// Cell styles shared, as exceljs shares them when it reads a file: cells formatted alike hold one
// style object, so a 20,000-row tab neither keeps a style per cell nor makes exceljs file each one
// on save (it remembers a style object it has seen). A shared style is never changed in place:
// every change makes (once) the style that follows from the old one.
import type ExcelJS from 'exceljs';

type Style = Partial<ExcelJS.Style>;

const NO_STYLE: Style = {};
const next = new WeakMap<object, Map<string, Style>>();

/** Gives `cell` the style `change` makes of its present one; `key` names the change. */
export function restyle(cell: ExcelJS.Cell, key: string, change: (style: Style) => Style): void {
  const from: Style = cell.style ?? NO_STYLE;
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
