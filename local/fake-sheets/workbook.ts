// The workbook behind the imitation: an exceljs workbook, its tabs, what the UI showed, and the call log.
import ExcelJS from 'exceljs';
import { escapeForSave } from '../ooxml-text';
import { writeXlsx } from '../save-xlsx';
import { CallLog } from './call-log';
import { zoneOffset } from './clock';
import { SheetState } from './sheet-state';
import { shareEmptyStyles } from './styles';
import { createGlobals, type FakeGlobals } from './globals';

export const METADATA_SHEET = '__local_runner_state';

export const MAX_CELL_CHARS = 50000;

export interface Toast {
  message: string;
  title: string;
  timeout: number | null | undefined;
}
export interface Alert {
  title: string;
  message: string;
}
export interface MenuRecord {
  title: string;
  items: Array<{ label: string; functionName: string } | null>;
  added?: boolean;
}
export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
}
interface SavedState {
  sheets: Record<string, { sheetId?: number; metadata?: Array<{ key: string; value: string | null }> }>;
  properties?: Record<string, string>;
}
export interface FakeWorkbookOptions {
  timeZone?: string;
  /** getSpreadsheetLocale(); our schools' files are vi_VN, where formula arguments are separated by ';'. */
  locale?: string;
}

/** Google's cap on cells in one spreadsheet (SHEETS-FIDELITY 2 and 13, Bounds). */
export const MAX_CELLS = 10000000;

export class FakeWorkbook {
  workbook: ExcelJS.Workbook;
  log = new CallLog();
  timeZone: string;
  locale: string;
  /** Tests model the person running the add-in as an editor who does not own the file. */
  userIsOwner = true;
  toasts: Toast[] = [];
  alerts: Alert[] = [];
  menus: MenuRecord[] = [];
  sidebars: unknown[] = [];
  documentProperties = new Map<string, string>();
  lockHeld = false;
  htmlDir: string | undefined = undefined;
  nextMetadataId = 1;
  sheets: SheetState[] = [];
  nextSheetId = 0;
  activeSheet: SheetState;
  selection: { sheet: string; a1: string } | undefined;
  globals: FakeGlobals;

  constructor(workbook: ExcelJS.Workbook, options: FakeWorkbookOptions = {}) {
    this.workbook = workbook;
    this.timeZone = options.timeZone || 'Asia/Ho_Chi_Minh';
    this.locale = options.locale || 'vi_VN';
    const state = this.takeState();
    for (const ws of workbook.worksheets) {
      const saved = state.sheets[ws.name] || {};
      const sheet = new SheetState(this, ws, saved.sheetId !== undefined ? saved.sheetId : this.newSheetId());
      for (const md of saved.metadata || []) sheet.metadata.push({ id: this.nextMetadataId++, key: md.key, value: md.value });
      this.sheets.push(sheet);
    }
    this.nextSheetId = Math.max(this.nextSheetId, ...this.sheets.map((s) => s.sheetId + 1));
    for (const [k, v] of Object.entries(state.properties || {})) this.documentProperties.set(k, v);
    this.activeSheet = this.sheets[0];
    this.globals = createGlobals(this);
  }

  static async fromFile(file: string, options?: FakeWorkbookOptions): Promise<FakeWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return new FakeWorkbook(workbook, options);
  }

  static empty(options?: FakeWorkbookOptions): FakeWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Trang tính1');
    return new FakeWorkbook(workbook, options);
  }

  /** The first sheet of a new file is gid 0; later ones count up (Google's are random, ours are repeatable). */
  private newSheetId(): number {
    return this.nextSheetId++;
  }

  /** Developer metadata, sheet ids and document properties survive a save in a very hidden sheet. */
  private takeState(): SavedState {
    const ws = this.workbook.getWorksheet(METADATA_SHEET);
    if (!ws) return { sheets: {} };
    let state: SavedState = { sheets: {} };
    try {
      state = JSON.parse(String(ws.getCell(1, 1).value || '{}'));
    } catch (e) {
      state = { sheets: {} };
    }
    this.workbook.removeWorksheet(ws.id);
    return state;
  }

  async save(file: string): Promise<void> {
    const state: SavedState = { sheets: {}, properties: Object.fromEntries(this.documentProperties) };
    for (const sheet of this.sheets) {
      state.sheets[sheet.ws.name] = { sheetId: sheet.sheetId, metadata: sheet.metadata.map((m) => ({ key: m.key, value: m.value })) };
    }
    const ws = this.workbook.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
    ws.getCell(1, 1).value = JSON.stringify(state);
    shareEmptyStyles(this.workbook);
    const restore = escapeForSave(this.workbook); // control characters survive the save
    try {
      await writeXlsx(this.workbook, file);
    } finally {
      restore();
      this.workbook.removeWorksheet(ws.id);
    }
  }

  sheetByName(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Throws Google's error when `more` cells would take the file over its cap. */
  checkCellCap(more: number): void {
    const cells = this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
    if (cells + more > MAX_CELLS) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }

  /** Offset (minutes) of the file's zone at an instant. */
  zoneOffsetMinutes(instant: Date): number {
    return zoneOffset(instant, this.timeZone);
  }

  /** exceljs date (calendar day at UTC midnight) → the instant Sheets returns (local midnight). */
  toInstant(calendar: Date): Date {
    const offset = this.zoneOffsetMinutes(calendar);
    return new Date(calendar.getTime() - offset * 60000);
  }

  /** An instant written by the script → the calendar date-time exceljs stores. */
  toCalendar(instant: Date): Date {
    const offset = this.zoneOffsetMinutes(instant);
    return new Date(instant.getTime() + offset * 60000);
  }
}
