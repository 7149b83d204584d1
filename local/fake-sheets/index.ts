// An in-memory imitation of the Apps Script services the add-in uses, backed by an exceljs
// workbook (write-through: every change lands in the workbook that is saved), one service per file.
// It follows ../shared/SHEETS-FIDELITY.md and is stricter than Google where unsure:
// - getValues gives '' for empty cells and for every cell of a merge but its top-left, Date objects
//   for dates (midnight in the file's time zone), numbers as numbers;
// - setValues checks the shape and parses strings as if typed ("=…" formula, "10%" number,
//   "2024-01-31" date, a leading apostrophe keeps text);
// - getRange outside the grid throws; a sheet name already taken throws;
// - every call is counted; a method it does not implement throws "not implemented in local runner".
// Each imitated class implements a Pick of Google's own type (@types/google-apps-script), so the
// compiler refuses a method or a signature Google does not have.
export { CallLog, PROTECTED_MESSAGE } from './call-log';
export { columnToLetters, parseA1, type GridBox } from './a1';
export { parseTyped, type Typed } from './typed';
export {
  FakeWorkbook, MAX_CELLS, METADATA_SHEET, type Alert, type FakeWorkbookOptions, type MenuRecord, type Toast,
} from './workbook';
export { SheetState } from './sheet-state';
export { Range } from './range';
export { RichTextValue } from './values';
export { MAX_METADATA_CHARS } from './metadata';
export { htmlFileOf, type FakeGlobals } from './globals';
