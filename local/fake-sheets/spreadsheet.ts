// The Spreadsheet: its tabs (insert, delete, move, names), toasts and the metadata finder.
import type ExcelJS from 'exceljs';
import type { GSheet, GSpreadsheet, GDeveloperMetadata } from './types';
import { PROTECTED_MESSAGE } from './call-log';
import { service, unwrap } from './service';
import { metadataProxy } from './metadata';
import type { FakeWorkbook } from './workbook';
import { SheetState } from './sheet-state';
import type { Sheet } from './sheet';

type SpreadsheetMethods = 'getId' | 'getName' | 'getUrl' | 'getSpreadsheetTimeZone' | 'getSheets' | 'getSheetByName'
  | 'getActiveSheet' | 'setActiveSheet' | 'moveActiveSheet' | 'insertSheet' | 'deleteSheet' | 'toast' | 'createDeveloperMetadataFinder'
  | 'getSpreadsheetLocale';


/** An .xlsx worksheet name holds at most 31 characters; Google's tab keeps the whole name. */
export function xlsxName(name: string): string {
  return name.length > 31 ? name.slice(0, 31) : name;
}

/** Sheet names: at most 100 characters, unique ignoring case (SHEETS-FIDELITY 3 and 13). */
export function checkSheetName(book: FakeWorkbook, name: string, renamed: SheetState | undefined): void {
  if (book.sheets.some((s) => s !== renamed && s.name.toLowerCase() === String(name).toLowerCase())) {
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  if (String(name).length > 100) throw new Error('Sheet names must be at most 100 characters.');
  if (String(name).trim() === '') throw new Error('Sheet names cannot be empty.');
}

/** exceljs saves worksheets in orderNo order (a field its types do not declare). */
function setOrder(ws: ExcelJS.Worksheet, index: number): void {
  (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = index;
}

export class Spreadsheet implements Pick<GSpreadsheet, SpreadsheetMethods> {
  _b: FakeWorkbook;
  constructor(book: FakeWorkbook) {
    this._b = book;
  }
  getId(): string {
    return 'local-spreadsheet';
  }
  getName(): string {
    return 'Bảng tính cục bộ';
  }
  getUrl(): string {
    return 'https://docs.google.com/spreadsheets/d/local-spreadsheet/edit';
  }
  getSpreadsheetTimeZone(): string {
    return this._b.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this._b.locale;
  }
  getSheets(): GSheet[] {
    return this._b.sheets.map((s) => s.proxy);
  }
  getSheetByName(name: string): GSheet | null {
    const found = this._b.sheetByName(name);
    return found ? found.proxy : null;
  }
  getActiveSheet(): GSheet {
    return this._b.activeSheet.proxy;
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this._b.activeSheet = (unwrap(sheet) as Sheet)._state;
    return sheet;
  }
  moveActiveSheet(position: number): void {
    const sheets = this._b.sheets;
    const active = this._b.activeSheet;
    if (position < 1 || position > sheets.length) throw new Error('Invalid argument: position');
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(position - 1, 0, active);
    // exceljs saves worksheets in orderNo order
    sheets.forEach((s, i) => {
      setOrder(s.ws, i);
    });
  }
  /**
   * insertSheet(name[, index]): index is 0-based. Without one, the new tab goes right after the
   * active tab (SHEETS-FIDELITY 13: Google's default position is undocumented, so do not rely on it).
   */
  insertSheet(name?: string | number | object, index?: number | object): GSheet {
    if (name === undefined) name = `Trang tính${this._b.sheets.length + 1}`;
    if (typeof name !== 'string') throw new Error('not implemented in local runner: Spreadsheet.insertSheet without a name');
    checkSheetName(this._b, name, undefined);
    const sheets = this._b.sheets;
    let position = sheets.indexOf(this._b.activeSheet) + 1;
    if (typeof index === 'number') {
      if (!Number.isInteger(index) || index < 0 || index > sheets.length) throw new Error(`Invalid argument: sheetIndex (${index})`);
      position = index;
    } else if (index !== undefined) {
      throw new Error('not implemented in local runner: Spreadsheet.insertSheet with options');
    }
    this._b.checkCellCap(1000 * 26);
    const ws = this._b.workbook.addWorksheet(xlsxName(name));
    const state = new SheetState(this._b, ws, this._b.nextSheetId++);
    state.name = name;
    state.maxRows = 1000;
    state.maxColumns = 26;
    sheets.splice(position, 0, state);
    sheets.forEach((s, i) => setOrder(s.ws, i));
    this._b.activeSheet = state;
    return state.proxy;
  }
  deleteSheet(sheet: GSheet): void {
    const state = (unwrap(sheet) as Sheet)._state;
    if (!this._b.sheets.includes(state)) throw new Error('Sheet not found (it was deleted).');
    if (state.protection && !this._b.userIsOwner) throw new Error(PROTECTED_MESSAGE);
    if (this._b.sheets.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    this._b.sheets = this._b.sheets.filter((s) => s !== state);
    this._b.workbook.removeWorksheet(state.ws.id);
    if (this._b.activeSheet === state) this._b.activeSheet = this._b.sheets[0];
  }
  toast(message: string, title?: string, timeout?: number | null): void {
    this._b.toasts.push({ message: String(message), title: title === undefined ? '' : String(title), timeout });
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const book = this._b;
    let wantedKey: string | undefined;
    const finder = {
      withKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
        wantedKey = key;
        return proxy;
      },
      find() {
        const found: GDeveloperMetadata[] = [];
        for (const sheet of book.sheets) {
          for (const m of sheet.metadata) if (wantedKey === undefined || m.key === wantedKey) found.push(metadataProxy(book, sheet, m));
        }
        return found;
      },
    } satisfies Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, 'withKey' | 'find'>;
    const proxy: GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder = service(finder, 'DeveloperMetadataFinder', book.log);
    return proxy;
  }
}
