// An in-memory imitation of the Apps Script services the add-in uses, backed by an exceljs
// workbook (write-through: every change lands in the workbook that is saved).
// It follows ../shared/SHEETS-FIDELITY.md and is stricter than Google where unsure:
// - getValues gives '' for empty cells and for every cell of a merge but its top-left, Date objects
//   for dates (midnight in the file's time zone), numbers as numbers;
// - setValues checks the shape and parses strings as if typed ("=…" formula, "10%" number,
//   "2024-01-31" date, a leading apostrophe keeps text);
// - getRange outside the grid throws; a sheet name already taken throws;
// - every call is counted; a method it does not implement throws "not implemented in local runner".
// Each imitated class implements a Pick of Google's own type (@types/google-apps-script), so the
// compiler refuses a method or a signature Google does not have.
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { escapeForSave } from './ooxml-text';

type GSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GRichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;
type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GEmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GEmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;

export const METADATA_SHEET = '__local_runner_state';
const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DataValidationBuilder', 'DataValidation',
  'DeveloperMetadata', 'DeveloperMetadataFinder', 'DeveloperMetadataLocation', 'Ui', 'Menu', 'Protection',
  'EmbeddedChartBuilder', 'EmbeddedChart',
]);
/**
 * Rich-text values are built inside the script (no document is touched until setRichTextValues
 * writes a whole block), one per link: counted apart, so a link per row is not a call per row.
 */
const VALUE_BUILDER_CLASSES = new Set(['RichTextValueBuilder', 'RichTextValue']);
const VALUE_BUILDERS = new Set(['SpreadsheetApp.newRichTextValue']);

/** Google's text when a non-owner edits a protected tab or range (SHEETS-FIDELITY 13, Protection). */
export const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** What a call does to the document: reads wait for queued writes (a round trip), writes are queued. */
type Access = 'read' | 'write' | 'none';

/** Calls that only navigate or build objects: they neither read the document nor change it. */
const NAVIGATION = new Set(['SpreadsheetApp.getActiveSpreadsheet', 'SpreadsheetApp.getActive', 'SpreadsheetApp.getUi',
  'Sheet.getRange', 'Sheet.getRangeList', 'Sheet.getParent', 'Range.getSheet', 'Range.getRow', 'Range.getColumn',
  'Range.getNumRows', 'Range.getNumColumns', 'Range.getLastRow', 'Range.getLastColumn', 'Range.getA1Notation',
  'RangeList.getRanges', 'DeveloperMetadata.getLocation', 'DeveloperMetadataLocation.getSheet',
  'DeveloperMetadataLocation.getLocationType', 'Spreadsheet.createDeveloperMetadataFinder', 'DeveloperMetadataFinder.withKey',
  'Sheet.newChart', 'SpreadsheetApp.newRichTextValue', 'SpreadsheetApp.newDataValidation']);
// activate() only moves the user's selection: allowed on a protected tab, and no document change.
const WRITE_PREFIXES = ['set', 'insert', 'delete', 'add', 'remove', 'merge', 'move', 'protect', 'clear'];

function accessOf(className: string, method: string): Access {
  if (!SPREADSHEET_CLASSES.has(className) || className === 'Ui' || className === 'Menu') return 'none';
  if (className.endsWith('Builder') || className === 'DataValidation' || className === 'EmbeddedChart') return 'none';
  const name = `${className}.${method}`;
  if (NAVIGATION.has(name)) return 'none';
  if (name === 'SpreadsheetApp.flush') return 'none'; // counted by flush itself
  if (WRITE_PREFIXES.some((p) => method.startsWith(p))) return 'write';
  return 'read';
}

interface Fault {
  /** A method name ("Range.setValues"), or undefined for "the n-th write of any kind". */
  name: string | undefined;
  remaining: number;
  message: string;
}

export class CallLog {
  counts = new Map<string, number>();
  /** Every call in order, for tests of what comes before what (flush before releaseLock). */
  sequence: string[] = [];
  /** Flushes of queued writes: each read that follows a write, and each flush() with writes queued. */
  roundTrips = 0;
  private pendingWrites = false;
  fault: Fault | undefined;
  /**
   * The authorization mode of the running code (SHEETS-FIDELITY 13): 'NONE' or 'LIMITED' while a
   * simple trigger such as onOpen runs, when only the menu may be built.
   */
  authMode: 'FULL' | 'LIMITED' | 'NONE' = 'FULL';

  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) || 0) + 1);
    this.sequence.push(name);
  }
  /** Calls into the spreadsheet services (SpreadsheetApp and everything it returns), by method. */
  spreadsheetCounts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [name, n] of this.counts) if (SPREADSHEET_CLASSES.has(name.split('.')[0]) && !VALUE_BUILDERS.has(name)) out.set(name, n);
    return out;
  }
  spreadsheetCalls(): number {
    let total = 0;
    for (const n of this.spreadsheetCounts().values()) total += n;
    return total;
  }
  /** newRichTextValue()…build() calls: values built in the script, one per link cell. */
  valueBuilderCalls(): number {
    let total = 0;
    for (const [name, n] of this.counts) if (VALUE_BUILDER_CLASSES.has(name.split('.')[0]) || VALUE_BUILDERS.has(name)) total += n;
    return total;
  }
  total(): number {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }
  reset(): void {
    this.counts.clear();
    this.sequence = [];
    this.roundTrips = 0;
    this.pendingWrites = false;
  }
  /** A call reached the document: a read after queued writes costs a round trip (PRODUCT 5). */
  access(kind: Access): void {
    if (kind === 'write') this.pendingWrites = true;
    else if (kind === 'read' && this.pendingWrites) this.flush();
  }
  flush(): void {
    if (!this.pendingWrites) return;
    this.roundTrips += 1;
    this.pendingWrites = false;
  }
  /** Tests make the n-th call of a method throw, as a quota or a timeout would. */
  failOn(name: string, nth = 1, message = 'Service Spreadsheets timed out while accessing document.'): void {
    this.fault = { name, remaining: nth, message };
  }
  /** Tests make the n-th write of any kind throw: fault injection at every step of a run. */
  failAtWrite(nth: number, message = 'Service Spreadsheets timed out while accessing document.'): void {
    this.fault = { name: undefined, remaining: nth, message };
  }
  /** Writes so far: a test counts them once, then fails each in turn. */
  writes(): number {
    let total = 0;
    for (const [name, n] of this.counts) {
      const [className, method] = name.split('.');
      if (accessOf(className, method) === 'write') total += n;
    }
    return total;
  }
  maybeFail(name: string, kind: Access): void {
    if (!this.fault) return;
    if (this.fault.name === undefined ? kind !== 'write' : this.fault.name !== name) return;
    this.fault.remaining -= 1;
    if (this.fault.remaining === 0) {
      const { message } = this.fault;
      this.fault = undefined;
      throw new Error(message);
    }
  }
}

const raw = new WeakMap<object, object>();
const PASS_THROUGH = new Set(['then', 'toJSON', 'constructor', 'inspect', 'nodeType', 'asymmetricMatch', '$$typeof']);

/** What a simple trigger may call: building the menu, nothing that reads or writes the document. */
const ALLOWED_WITHOUT_AUTHORIZATION = new Set(['SpreadsheetApp.getUi', 'Ui.createMenu', 'Ui.createAddonMenu', 'Menu.addItem',
  'Menu.addSeparator', 'Menu.addSubMenu', 'Menu.addToUi']);

/**
 * Wraps a fake so that each method call is counted and unknown methods throw. The result is typed
 * as the Google interface `G` the fake stands for (the fake implements a Pick of it).
 */
function service<G>(target: object, className: string, log: CallLog): G {
  const proxy: object = new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'symbol' || PASS_THROUGH.has(prop)) return Reflect.get(t, prop);
      if (prop.startsWith('_')) return undefined; // internals stay private to the fake
      const value: unknown = Reflect.get(t, prop);
      if (typeof value === 'function') {
        return (...args: unknown[]) => {
          const name = `${className}.${prop}`;
          const kind = accessOf(className, prop);
          log.hit(name);
          if (log.authMode !== 'FULL' && !ALLOWED_WITHOUT_AUTHORIZATION.has(name)) {
            throw new Error(`You do not have permission to call ${name}. (onOpen runs in AuthMode.${log.authMode}: only the menu may be built.)`);
          }
          log.maybeFail(name, kind);
          if (kind === 'write' && isProtectedAgainstUser(t)) throw new Error(PROTECTED_MESSAGE);
          log.access(kind);
          const result: unknown = value.apply(t, args);
          return result === t ? proxy : result; // chained setters hand back the counted object
        };
      }
      if (value !== undefined) return value;
      return () => {
        throw new Error(`not implemented in local runner: ${className}.${prop}`);
      };
    },
    set() {
      throw new Error(`not implemented in local runner: setting a property of ${className}`);
    },
  });
  raw.set(proxy, target);
  return proxy as G;
}

function unwrap(proxy: unknown): unknown {
  return (proxy && typeof proxy === 'object' && raw.get(proxy)) || proxy;
}

/** A fake method that hands back "itself" returns the Google type; the proxy swaps in the counted object. */
function self<G>(fake: object): G {
  return fake as unknown as G;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building an Intl.DateTimeFormat costs far more than using one: one per zone.
const CLOCKS = new Map<string, Intl.DateTimeFormat>();

/** The date and time a clock in `timeZone` shows at `instant`. */
function wallClock(instant: Date, timeZone: string): WallClock {
  let clock = CLOCKS.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    CLOCKS.set(timeZone, clock);
  }
  const parts = clock.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function zoneOffset(instant: Date, timeZone: string): number {
  const t = wallClock(instant, timeZone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

// ------------------------------------------------------------------ A1 notation

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnToLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface GridBox {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function parseA1(a1: string): GridBox {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(String(a1).trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  const r1 = Number(m[2]);
  const c1 = lettersToColumn(m[1]);
  const r2 = m[3] ? Number(m[4]) : r1;
  const c2 = m[3] ? lettersToColumn(m[3]) : c1;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

// ------------------------------------------------------------------ typed-string parsing

/** Calendar date (UTC midnight, as exceljs stores dates) from y, m, d; undefined when invalid. */
function calendarDate(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

export interface Typed {
  value?: string | number | boolean | Date;
  formula?: string;
  numFmt?: string;
}

/**
 * What a cell holds after a string is typed into it (USER_ENTERED). The file's locale is
 * Vietnamese: dates are day/month/year.
 */
export function parseTyped(text: string): Typed {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text.slice(1) };
  const trimmed = text.trim();
  if (/^[+-]?(\d+([.,]\d+)?|\d{1,3}(\.\d{3})+(,\d+)?)$/.test(trimmed) && trimmed !== '') {
    return { value: Number(trimmed.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.')) };
  }
  let m = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/.exec(trimmed);
  if (m) return { value: Number(m[1].replace(',', '.')) / 100, numFmt: '0%' };
  m = /^\$\s?(\d+(?:\.\d+)?)$/.exec(trimmed);
  if (m) return { value: Number(m[1]), numFmt: '"$"#,##0.00' };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (m && calendarDate(+m[1], +m[2], +m[3])) return { value: calendarDate(+m[1], +m[2], +m[3]), numFmt: 'dd/mm/yyyy' };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (m && calendarDate(+m[3], +m[2], +m[1])) return { value: calendarDate(+m[3], +m[2], +m[1]), numFmt: 'dd/mm/yyyy' };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  return { value: text };
}

/** HYPERLINK's shown text (either separator); anything else has no cached result (reads ''). */
function evaluateFormula(formula: string): string | undefined {
  const m = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  return m ? m[2].replace(/""/g, '"') : undefined;
}

/** Locales whose decimal separator is ',' separate formula arguments with ';' (Sheets follows the file's locale). */
const SEMICOLON_LOCALES = /^(vi|de|fr|es|it|pt|ru|nl|pl|tr|id|cs|da|fi|nb|sv|uk|ro|hu)(_|$)/;

/** A ',' outside the quoted strings of a formula: an argument separator in en_US, an error in vi_VN. */
function hasCommaSeparator(formula: string): boolean {
  return formula.replace(/"(?:[^"]|"")*"/g, '').includes(',');
}

// ------------------------------------------------------------------ the workbook

const MAX_CELL_CHARS = 50000;

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
interface MetadataEntry {
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
    const restore = escapeForSave(this.workbook); // control characters survive the save
    try {
      await this.workbook.xlsx.writeFile(file);
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

// ------------------------------------------------------------------ sheets and ranges

type CellValue = string | number | boolean | Date;

interface ChartSpec {
  type: string | undefined;
  ranges: GRange[];
  position: { row: number; column: number; offsetX?: number; offsetY?: number } | undefined;
  options: Record<string, unknown>;
  numHeaders: number | undefined;
}

export class SheetState {
  book: FakeWorkbook;
  ws: ExcelJS.Worksheet;
  sheetId: number;
  metadata: MetadataEntry[] = [];
  charts: GEmbeddedChart[] = [];
  /**
   * The tab's name as Google keeps it (up to 100 characters). An .xlsx allows 31, so the exceljs
   * worksheet gets a shortened copy, only for saving.
   */
  name: string;
  /** Set by Sheet.protect(): writes by anyone but the owner throw PROTECTED_MESSAGE. */
  protection: { description: string } | undefined;
  maxRows: number;
  maxColumns: number;
  private readonly fake: Sheet;

  constructor(book: FakeWorkbook, ws: ExcelJS.Worksheet, sheetId: number) {
    this.book = book;
    this.ws = ws;
    this.sheetId = sheetId;
    this.name = ws.name;
    this.maxRows = Math.max(ws.rowCount, 1000);
    this.maxColumns = Math.max(ws.columnCount, 26);
    this.fake = new Sheet(this);
  }

  /**
   * A new object on every call, as Apps Script hands out: code that compares sheets with ===
   * instead of by getSheetId() fails here as it would on Google.
   */
  get proxy(): GSheet {
    return service<GSheet>(this.fake, 'Sheet', this.book.log);
  }

  rename(name: string): void {
    this.name = name;
    this.ws.name = xlsxName(name);
  }

  private cellAt(r: number, c: number): ExcelJS.Cell | undefined {
    const row = this.ws.findRow(r);
    return (row && row.findCell(c)) || undefined;
  }

  /** Every merged block of the tab, 1-based and inclusive. */
  merges(): Array<{ top: number; left: number; bottom: number; right: number }> {
    const byMaster = (this.ws as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
    return Object.values(byMaster).map((r) => ({ ...r.model }));
  }

  /** The value Sheets shows for a cell, as getValues gives it. */
  readValue(r: number, c: number): CellValue {
    const cell = this.cellAt(r, c);
    if (!cell) return '';
    if (cell.isMerged && cell.master !== cell) return '';
    return this.plainValue(cell.value);
  }

  plainValue(value: unknown): CellValue {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
    if (isDate(value)) return this.book.toInstant(value);
    if (typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? '' : this.plainValue(v.result);
      if ('richText' in v) return (v.richText as Array<{ text: string }>).map((run) => run.text).join('');
      if ('hyperlink' in v) return String(v.text === undefined ? '' : this.plainValue(v.text));
      if ('error' in v) return String(v.error);
    }
    return String(value);
  }

  richTextValue(r: number, c: number): GRichTextValue | null {
    const cell = this.cellAt(r, c);
    const value = cell?.value;
    const link = value && typeof value === 'object' && 'hyperlink' in value ? value.hyperlink : null;
    const shown = this.readValue(r, c);
    if (typeof shown !== 'string') return null;
    return service<GRichTextValue>(new RichTextValue(shown, link), 'RichTextValue', this.book.log);
  }

  readFormula(r: number, c: number): string {
    const cell = this.cellAt(r, c);
    if (!cell || !cell.value || typeof cell.value !== 'object') return '';
    if ('formula' in cell.value) return '=' + cell.value.formula;
    if ('sharedFormula' in cell.value) return '=' + cell.formula;
    return '';
  }

  displayValue(r: number, c: number): string {
    const value = this.readValue(r, c);
    if (isDate(value)) {
      const d = this.book.toCalendar(value);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    }
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'number') {
      const fmt = this.cellAt(r, c)?.numFmt || '';
      if (/%/.test(fmt)) return `${Math.round(value * 100)}%`;
      return String(value);
    }
    return String(value);
  }

  writeValue(r: number, c: number, value: unknown): void {
    const cell = this.ws.getCell(r, c);
    if (value === null || value === undefined || value === '') {
      cell.value = null;
      return;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      cell.value = value;
      return;
    }
    if (isDate(value)) {
      cell.value = this.book.toCalendar(value);
      cell.numFmt = cell.numFmt || 'dd/mm/yyyy';
      return;
    }
    if (typeof value !== 'string') {
      throw new Error(`The parameters (${typeof value}) don't match the method signature for SpreadsheetApp.Range.setValues.`);
    }
    if (value.length > MAX_CELL_CHARS) {
      throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
    }
    const typed = parseTyped(value);
    if (typed.formula !== undefined && SEMICOLON_LOCALES.test(this.book.locale) && hasCommaSeparator(typed.formula)) {
      // Google would store it and show #ERROR! while the run reports success; the imitation refuses (SHEETS-FIDELITY 13, Formula locale).
      throw new Error(`Formula parse error: this file's locale is ${this.book.locale}, where formula arguments are separated by ';', not ',' (=${typed.formula}).`);
    }
    if (typed.formula !== undefined) {
      const result = evaluateFormula(typed.formula);
      cell.value = result === undefined ? { formula: typed.formula } as ExcelJS.CellFormulaValue : { formula: typed.formula, result };
    } else {
      cell.value = typed.value;
      if (typed.numFmt) cell.numFmt = typed.numFmt;
    }
  }

  lastRow(): number {
    // exceljs computes columnCount by walking every row, and a formatted tab has many empty rows:
    // read it once, and pass over rows that hold no cell at all.
    const columns = this.ws.columnCount;
    for (let r = this.ws.rowCount; r >= 1; r--) {
      const row = this.ws.findRow(r);
      if (!row || !row.hasValues) continue;
      for (let c = 1; c <= columns; c++) if (this.readValue(r, c) !== '' || this.readFormula(r, c) !== '') return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    this.ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > last && (this.readValue(r, c) !== '' || this.readFormula(r, c) !== '')) last = c;
      });
    });
    return last;
  }

  range(row: number, column: number, numRows: number, numColumns: number): GRange {
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1 || column < 1 || row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return service<GRange>(new Range(this, row, column, numRows, numColumns), 'Range', this.book.log);
  }
}

function checkShape(values: unknown, numRows: number, numColumns: number, method: string): asserts values is unknown[][] {
  if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
    throw new Error(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (values.length !== numRows) {
    throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`);
  }
  for (const row of values as unknown[][]) {
    if (row.length !== numColumns) {
      throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`);
    }
  }
}

const argb = (color: string | null) => 'FF' + String(color).replace('#', '').toUpperCase();

/** The formatting methods a RangeList applies to each of its ranges. */
type Formatting = 'setFontWeight' | 'setFontStyle' | 'setFontSize' | 'setFontFamily' | 'setFontColor' | 'setHorizontalAlignment'
  | 'setVerticalAlignment' | 'setWrap' | 'setBackground' | 'setNumberFormat' | 'setBorder' | 'setValue';

type RangeMethods = Formatting | 'getValues' | 'getValue' | 'getDisplayValues' | 'getFormulas' | 'setValues' | 'setRichTextValues'
  | 'setRichTextValue' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn'
  | 'getA1Notation' | 'getSheet' | 'activate' | 'merge' | 'mergeAcross' | 'mergeVertically' | 'setDataValidation' | 'getRichTextValues'
  | 'getRichTextValue' | 'getMergedRanges';

export class Range implements Pick<GRange, RangeMethods> {
  _sheet: SheetState;
  _row: number;
  _column: number;
  _numRows: number;
  _numColumns: number;

  constructor(sheet: SheetState, row: number, column: number, numRows: number, numColumns: number) {
    this._sheet = sheet;
    this._row = row;
    this._column = column;
    this._numRows = numRows;
    this._numColumns = numColumns;
  }
  _cells(fn: (cell: ExcelJS.Cell, r: number, c: number) => void): GRange {
    for (let r = 0; r < this._numRows; r++) for (let c = 0; c < this._numColumns; c++) fn(this._sheet.ws.getCell(this._row + r, this._column + c), r, c);
    return self<GRange>(this);
  }
  _grid<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this._numColumns; c++) line.push(fn(this._row + r, this._column + c));
      out.push(line);
    }
    return out;
  }
  getValues(): CellValue[][] {
    return this._grid((r, c) => this._sheet.readValue(r, c));
  }
  getValue(): CellValue {
    return this._sheet.readValue(this._row, this._column);
  }
  getDisplayValues(): string[][] {
    return this._grid((r, c) => this._sheet.displayValue(r, c));
  }
  getFormulas(): string[][] {
    return this._grid((r, c) => this._sheet.readFormula(r, c));
  }
  setValues(values: unknown[][]): GRange {
    checkShape(values, this._numRows, this._numColumns, 'setValues');
    values.forEach((line, r) => line.forEach((v, c) => this._sheet.writeValue(this._row + r, this._column + c, v)));
    return self<GRange>(this);
  }
  /** Rich text is stored exactly as built: never parsed, so "=…" stays text (a hyperlink when set). */
  setRichTextValues(values: GRichTextValue[][]): GRange {
    checkShape(values, this._numRows, this._numColumns, 'setRichTextValues');
    values.forEach((line, r) => line.forEach((v, c) => {
      const rich = unwrap(v);
      if (!(rich instanceof RichTextValue)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Range.setRichTextValues.");
      if (rich.text.length > MAX_CELL_CHARS) throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      const cell = this._sheet.ws.getCell(this._row + r, this._column + c);
      cell.value = rich.link ? { text: rich.text, hyperlink: rich.link } : rich.text === '' ? null : rich.text;
    }));
    return self<GRange>(this);
  }
  /** Links as written: a test asserts where each "Ô" or "Dòng n" jumps. Null for cells that are not text. */
  getRichTextValues(): Array<Array<GRichTextValue | null>> {
    return this._grid((r, c) => this._sheet.richTextValue(r, c));
  }
  getRichTextValue(): GRichTextValue | null {
    return this._sheet.richTextValue(this._row, this._column);
  }
  setRichTextValue(value: GRichTextValue): GRange {
    return this.setRichTextValues(Array.from({ length: this._numRows }, () => new Array(this._numColumns).fill(value)));
  }
  setValue(value: unknown): GRange {
    for (let r = 0; r < this._numRows; r++) for (let c = 0; c < this._numColumns; c++) this._sheet.writeValue(this._row + r, this._column + c, value);
    return self<GRange>(this);
  }
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._column;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numColumns;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._column + this._numColumns - 1;
  }
  getA1Notation(): string {
    const start = columnToLetters(this._column) + this._row;
    if (this._numRows === 1 && this._numColumns === 1) return start;
    return `${start}:${columnToLetters(this._column + this._numColumns - 1)}${this._row + this._numRows - 1}`;
  }
  getSheet(): GSheet {
    return this._sheet.proxy;
  }
  activate(): GRange {
    this._sheet.book.activeSheet = this._sheet;
    this._sheet.book.selection = { sheet: this._sheet.name, a1: this.getA1Notation() };
    return self<GRange>(this);
  }
  /** The merged blocks that overlap this range, whole (as Sheets gives them), one Range each. */
  getMergedRanges(): GRange[] {
    const last = { row: this._row + this._numRows - 1, column: this._column + this._numColumns - 1 };
    return this._sheet.merges()
      .filter((m) => m.top <= last.row && m.bottom >= this._row && m.left <= last.column && m.right >= this._column)
      .map((m) => this._sheet.range(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1));
  }
  merge(): GRange {
    if (this._numRows === 1 && this._numColumns === 1) return self<GRange>(this);
    this._sheet.ws.mergeCells(this._row, this._column, this._row + this._numRows - 1, this._column + this._numColumns - 1);
    return self<GRange>(this);
  }
  /** Each row of the range merged on its own (SHEETS-FIDELITY 5). */
  mergeAcross(): GRange {
    if (this._numColumns === 1) return self<GRange>(this);
    for (let r = this._row; r < this._row + this._numRows; r++) this._sheet.ws.mergeCells(r, this._column, r, this._column + this._numColumns - 1);
    return self<GRange>(this);
  }
  /** Each column of the range merged on its own (SHEETS-FIDELITY 5). */
  mergeVertically(): GRange {
    if (this._numRows === 1) return self<GRange>(this);
    for (let c = this._column; c < this._column + this._numColumns; c++) this._sheet.ws.mergeCells(this._row, c, this._row + this._numRows - 1, c);
    return self<GRange>(this);
  }
  _font(patch: Partial<ExcelJS.Font>): GRange {
    return this._cells((cell) => {
      cell.font = { ...(cell.font || {}), ...patch };
    });
  }
  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    return this._font({ bold: weight === 'bold' });
  }
  setFontStyle(style: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    return this._font({ italic: style === 'italic' });
  }
  setFontSize(size: number): GRange {
    return this._font({ size });
  }
  setFontFamily(name: string | null): GRange {
    return this._font({ name: name === null ? undefined : name });
  }
  setFontColor(color: string | null): GRange {
    return this._font({ color: { argb: argb(color) } });
  }
  _alignment(patch: Partial<ExcelJS.Alignment>): GRange {
    return this._cells((cell) => {
      cell.alignment = { ...(cell.alignment || {}), ...patch };
    });
  }
  setHorizontalAlignment(value: string | null): GRange {
    return this._alignment({ horizontal: value as ExcelJS.Alignment['horizontal'] });
  }
  setVerticalAlignment(value: string | null): GRange {
    return this._alignment({ vertical: value as ExcelJS.Alignment['vertical'] });
  }
  setWrap(wrap: boolean): GRange {
    return this._alignment({ wrapText: Boolean(wrap) });
  }
  setBackground(color: string | null): GRange {
    const fill = argb(color);
    return this._cells((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
  }
  setNumberFormat(format: string): GRange {
    return this._cells((cell) => {
      cell.numFmt = format;
    });
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null,
    horizontal: boolean | null, color?: string | null, style?: GoogleAppsScript.Spreadsheet.BorderStyle | null): GRange {
    if (style !== undefined && !(style && (style as unknown as FakeEnum)._enum === 'BorderStyle')) {
      throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setBorder.");
    }
    const line: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argb(color || '#000000') } };
    const lastR = this._numRows - 1;
    const lastC = this._numColumns - 1;
    return this._cells((cell, r, c) => {
      const b: Partial<ExcelJS.Borders> = { ...(cell.border || {}) };
      if ((r === 0 && top) || (r > 0 && horizontal)) b.top = line;
      if ((r === lastR && bottom) || (r < lastR && horizontal)) b.bottom = line;
      if ((c === 0 && left) || (c > 0 && vertical)) b.left = line;
      if ((c === lastC && right) || (c < lastC && vertical)) b.right = line;
      cell.border = b;
    });
  }
  setDataValidation(rule: GDataValidation | null): GRange {
    const r = unwrap(rule);
    if (!(r instanceof DataValidation)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Range.setDataValidation.");
    return this._cells((cell) => {
      cell.dataValidation = { type: 'list', allowBlank: true, showErrorMessage: !r.allowInvalid, formulae: ['"' + r.values.join(',') + '"'] };
    });
  }
}

export class RichTextValue implements Pick<GRichTextValue, 'getText' | 'getLinkUrl'> {
  text: string;
  link: string | null;
  constructor(text: string, link: string | null) {
    this.text = text;
    this.link = link;
  }
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link || null;
  }
}

class RangeList implements Pick<GRangeList, 'getRanges' | Formatting> {
  _ranges: GRange[];
  constructor(ranges: GRange[]) {
    this._ranges = ranges;
  }
  getRanges(): GRange[] {
    return this._ranges.map((r) => r);
  }
  _each(apply: (range: Range) => void): GRangeList {
    for (const range of this._ranges) apply(unwrap(range) as Range);
    return self<GRangeList>(this);
  }
  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRangeList {
    return this._each((r) => r.setFontWeight(weight));
  }
  setFontStyle(style: GoogleAppsScript.Spreadsheet.FontStyle | null): GRangeList {
    return this._each((r) => r.setFontStyle(style));
  }
  setFontSize(size: number): GRangeList {
    return this._each((r) => r.setFontSize(size));
  }
  setFontFamily(name: string | null): GRangeList {
    return this._each((r) => r.setFontFamily(name));
  }
  setFontColor(color: string | null): GRangeList {
    return this._each((r) => r.setFontColor(color));
  }
  setHorizontalAlignment(value: 'left' | 'center' | 'normal' | 'right' | null): GRangeList {
    return this._each((r) => r.setHorizontalAlignment(value));
  }
  setVerticalAlignment(value: 'top' | 'middle' | 'bottom' | null): GRangeList {
    return this._each((r) => r.setVerticalAlignment(value));
  }
  setWrap(wrap: boolean): GRangeList {
    return this._each((r) => r.setWrap(wrap));
  }
  setBackground(color: string | null): GRangeList {
    return this._each((r) => r.setBackground(color));
  }
  setNumberFormat(format: string): GRangeList {
    return this._each((r) => r.setNumberFormat(format));
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null,
    horizontal: boolean | null, color?: string | null, style?: GoogleAppsScript.Spreadsheet.BorderStyle | null): GRangeList {
    return this._each((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }
  setValue(value: unknown): GRangeList {
    return this._each((r) => r.setValue(value));
  }
}

/** Every chart a builder made, so insertChart accepts only real ones. */
const charts = new WeakSet<object>();

type SheetMethods = 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getMaxRows' | 'getMaxColumns' | 'getLastRow'
  | 'getLastColumn' | 'getDataRange' | 'getRange' | 'getRangeList' | 'insertRowsAfter' | 'insertColumnsAfter' | 'deleteRows'
  | 'deleteColumns' | 'setColumnWidth' | 'setFrozenRows' | 'getFrozenRows' | 'setHiddenGridlines' | 'addDeveloperMetadata'
  | 'getDeveloperMetadata' | 'activate' | 'newChart' | 'insertChart' | 'getCharts' | 'getParent' | 'setColumnWidths' | 'protect';

class Sheet implements Pick<GSheet, SheetMethods> {
  _state: SheetState;
  constructor(state: SheetState) {
    this._state = state;
  }
  _book(): FakeWorkbook {
    return this._state.book;
  }
  getName(): string {
    return this._state.name;
  }
  setName(name: string): GSheet {
    checkSheetName(this._book(), name, this._state);
    this._state.rename(name);
    return this._state.proxy;
  }
  getSheetId(): number {
    return this._state.sheetId;
  }
  getIndex(): number {
    return this._book().sheets.indexOf(this._state) + 1;
  }
  getMaxRows(): number {
    return this._state.maxRows;
  }
  getMaxColumns(): number {
    return this._state.maxColumns;
  }
  getLastRow(): number {
    return this._state.lastRow();
  }
  getLastColumn(): number {
    return this._state.lastColumn();
  }
  getDataRange(): GRange {
    return this._state.range(1, 1, Math.max(this._state.lastRow(), 1), Math.max(this._state.lastColumn(), 1));
  }
  getRange(a: string | number, b?: number, c?: number, d?: number): GRange {
    if (typeof a === 'string') {
      const p = parseA1(a);
      return this._state.range(p.row, p.column, p.numRows, p.numColumns);
    }
    return this._state.range(a, b as number, c === undefined ? 1 : c, d === undefined ? 1 : d);
  }
  getRangeList(a1s: string[]): GRangeList {
    const ranges = a1s.map((a1) => {
      const p = parseA1(a1);
      return this._state.range(p.row, p.column, p.numRows, p.numColumns);
    });
    return service<GRangeList>(new RangeList(ranges), 'RangeList', this._book().log);
  }
  insertRowsAfter(after: number, count: number): GSheet {
    if (after !== this._state.maxRows) throw new Error('not implemented in local runner: Sheet.insertRowsAfter inside the grid');
    this._book().checkCellCap(count * this._state.maxColumns);
    this._state.maxRows += count;
    return this._state.proxy;
  }
  insertColumnsAfter(after: number, count: number): GSheet {
    if (after !== this._state.maxColumns) throw new Error('not implemented in local runner: Sheet.insertColumnsAfter inside the grid');
    this._book().checkCellCap(count * this._state.maxRows);
    this._state.maxColumns += count;
    return this._state.proxy;
  }
  /** Only empty rows or columns at the end can go: the add-in trims fresh sheets, nothing else. */
  _trim(dimension: 'rows' | 'columns', start: number, count: number): void {
    const max = dimension === 'rows' ? 'maxRows' : 'maxColumns';
    const last = dimension === 'rows' ? this._state.lastRow() : this._state.lastColumn();
    if (start < 1 || count < 1 || start + count - 1 > this._state[max]) throw new Error(`Those ${dimension} are out of bounds.`);
    if (start + count - 1 < this._state[max] || last >= start) {
      throw new Error(`not implemented in local runner: deleting ${dimension} with content or inside the grid`);
    }
    if (start === 1) throw new Error(`You can't delete all the ${dimension} on the sheet.`);
    this._state[max] = start - 1;
  }
  deleteRows(start: number, count: number): void {
    this._trim('rows', start, count);
  }
  deleteColumns(start: number, count: number): void {
    this._trim('columns', start, count);
  }
  /** A column outside the grid throws (SHEETS-FIDELITY 13, Bounds; Google's wording unconfirmed). */
  setColumnWidth(column: number, width: number): GSheet {
    return this.setColumnWidths(column, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this._state.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    for (let c = startColumn; c < startColumn + numColumns; c++) this._state.ws.getColumn(c).width = Math.round((width / 7) * 100) / 100;
    return this._state.proxy;
  }
  _view(): Partial<ExcelJS.WorksheetView> {
    return this._state.ws.views && this._state.ws.views[0] ? this._state.ws.views[0] : {};
  }
  /** Freezing every row of the grid is refused (SHEETS-FIDELITY 13, Bounds). */
  setFrozenRows(rows: number): void {
    if (rows >= this._state.maxRows) throw new Error("You can't freeze all visible rows on the sheet.");
    this._state.ws.views = [{ ...this._view(), state: rows > 0 ? 'frozen' : 'normal', ySplit: rows } as ExcelJS.WorksheetView];
  }
  getFrozenRows(): number {
    const view = (this._state.ws.views || [])[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
    return view && view.state === 'frozen' ? view.ySplit || 0 : 0;
  }
  setHiddenGridlines(hidden: boolean): GSheet {
    this._state.ws.views = [{ ...this._view(), showGridLines: !hidden } as ExcelJS.WorksheetView];
    return this._state.proxy;
  }
  addDeveloperMetadata(key: string, value?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GSheet {
    const text = typeof value === 'string' ? value : null; // (key, visibility) carries no value
    checkMetadataSize(this._book(), this._state, (key + (text ?? '')).length);
    this._state.metadata.push({ id: this._book().nextMetadataId++, key, value: text });
    return this._state.proxy;
  }
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return this._state.metadata.map((m) => metadataProxy(this._book(), this._state, m));
  }
  activate(): GSheet {
    this._book().activeSheet = this._state;
    return this._state.proxy;
  }
  /** The owner protects a tab; from then on writes by anyone else throw PROTECTED_MESSAGE (SHEETS-FIDELITY 13, Protection). */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const state = this._state;
    state.protection = state.protection || { description: '' };
    const protection: GoogleAppsScript.Spreadsheet.Protection = service({
      setDescription(description: string) {
        state.protection = { description };
        return protection;
      },
      getDescription: () => (state.protection ? state.protection.description : ''),
      canEdit: () => state.book.userIsOwner,
      remove() {
        if (!state.book.userIsOwner) throw new Error(PROTECTED_MESSAGE);
        state.protection = undefined;
      },
    } satisfies Pick<GoogleAppsScript.Spreadsheet.Protection, 'setDescription' | 'getDescription' | 'canEdit' | 'remove'>, 'Protection', this._book().log);
    return protection;
  }
  /** Embedded charts live in memory only: exceljs cannot write charts to .xlsx. */
  newChart(): GEmbeddedChartBuilder {
    const book = this._book();
    const state = this._state;
    const spec: ChartSpec = { type: undefined, ranges: [], position: undefined, options: {}, numHeaders: undefined };
    const builder: GEmbeddedChartBuilder = service<GEmbeddedChartBuilder>({
      setChartType(type: unknown) {
        const t = type as FakeEnum | undefined;
        if (!t || t._enum !== 'ChartType') throw new Error("The parameters (String) don't match the method signature for Charts.EmbeddedChartBuilder.setChartType.");
        spec.type = t.name;
        return builder;
      },
      addRange(range: GRange) {
        const r = unwrap(range);
        if (!(r instanceof Range) || r._sheet !== state) throw new Error('The chart range must be a range of this sheet.');
        spec.ranges.push(range);
        return builder;
      },
      setNumHeaders(n: number) {
        spec.numHeaders = n;
        return builder;
      },
      setPosition(row: number, column: number, offsetX: number, offsetY: number) {
        if (row < 1 || column < 1 || row > state.maxRows || column > state.maxColumns) {
          throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
        }
        spec.position = { row, column, offsetX, offsetY };
        return builder;
      },
      setOption(key: string, value: unknown) {
        spec.options[key] = value;
        return builder;
      },
      build() {
        if (!spec.type) throw new Error('A chart type is required.');
        if (spec.ranges.length === 0) throw new Error('A chart needs at least one range.');
        const chart = { ...spec, ranges: [...spec.ranges], options: { ...spec.options }, position: spec.position || { row: 1, column: 1 } };
        const embedded = service<GEmbeddedChart>({
          // Google's EmbeddedChart has no getChartType: its type is read from modify()'s builder.
          modify: () => service<GEmbeddedChartBuilder>({
            getChartType: () => chart.type as unknown as GoogleAppsScript.Charts.ChartType,
          } satisfies Pick<GEmbeddedChartBuilder, 'getChartType'>, 'EmbeddedChartBuilder', book.log),
          getRanges: () => [...chart.ranges],
          getNumHeaders: () => chart.numHeaders as number,
          getOptions: () => ({ get: (key: string) => chart.options[key] }),
          getContainerInfo: () => ({
            getAnchorRow: () => chart.position.row,
            getAnchorColumn: () => chart.position.column,
            getOffsetX: () => chart.position.offsetX ?? 0,
            getOffsetY: () => chart.position.offsetY ?? 0,
          }),
        } satisfies Pick<GEmbeddedChart, 'modify' | 'getRanges' | 'getNumHeaders' | 'getOptions' | 'getContainerInfo'>, 'EmbeddedChart', book.log);
        charts.add(embedded);
        return embedded;
      },
    } satisfies Pick<GEmbeddedChartBuilder, 'setChartType' | 'addRange' | 'setNumHeaders' | 'setPosition' | 'setOption' | 'build'>,
    'EmbeddedChartBuilder', book.log);
    return builder;
  }
  insertChart(chart: GEmbeddedChart): void {
    if (!charts.has(chart)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
    this._state.charts.push(chart);
  }
  getCharts(): GEmbeddedChart[] {
    return [...this._state.charts];
  }
  getParent(): GSpreadsheet {
    return this._book().globals.SpreadsheetApp.getActiveSpreadsheet();
  }
}

function metadataProxy(book: FakeWorkbook, sheetState: SheetState, m: MetadataEntry): GDeveloperMetadata {
  const location = {
    getSheet: () => (book.sheets.includes(sheetState) ? sheetState.proxy : null),
    getLocationType: () => 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType,
  } satisfies Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getSheet' | 'getLocationType'>;
  const md: Pick<GDeveloperMetadata, 'getId' | 'getKey' | 'getValue' | 'setValue' | 'getLocation' | 'remove'> = {
    getId: () => m.id,
    getKey: () => m.key,
    getValue: () => m.value,
    setValue(value: string) {
      const text = value === undefined || value === null ? null : String(value);
      checkMetadataSize(book, sheetState, (text ?? '').length - (m.value ?? '').length);
      m.value = text;
      return self<GDeveloperMetadata>(md);
    },
    getLocation: () => service<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>(location, 'DeveloperMetadataLocation', book.log),
    remove: () => {
      sheetState.metadata = sheetState.metadata.filter((x) => x !== m);
    },
  };
  return service<GDeveloperMetadata>(md, 'DeveloperMetadata', book.log);
}

type SpreadsheetMethods = 'getId' | 'getName' | 'getUrl' | 'getSpreadsheetTimeZone' | 'getSheets' | 'getSheetByName'
  | 'getActiveSheet' | 'setActiveSheet' | 'moveActiveSheet' | 'insertSheet' | 'deleteSheet' | 'toast' | 'createDeveloperMetadataFinder'
  | 'getSpreadsheetLocale';

/** Developer metadata: 30,000 characters per sheet and per spreadsheet (SHEETS-FIDELITY 4 and 13, unconfirmed: enforced). */
export const MAX_METADATA_CHARS = 30000;

function metadataChars(sheets: SheetState[]): number {
  return sheets.reduce((sum, s) => sum + s.metadata.reduce((n, m) => n + m.key.length + (m.value ?? '').length, 0), 0);
}

function checkMetadataSize(book: FakeWorkbook, sheet: SheetState, more: number): void {
  if (metadataChars([sheet]) + more > MAX_METADATA_CHARS || metadataChars(book.sheets) + more > MAX_METADATA_CHARS) {
    throw new Error(`Developer metadata would exceed ${MAX_METADATA_CHARS} characters.`);
  }
}

/** An .xlsx worksheet name holds at most 31 characters; Google's tab keeps the whole name. */
function xlsxName(name: string): string {
  return name.length > 31 ? name.slice(0, 31) : name;
}

/** Sheet names: at most 100 characters, unique ignoring case (SHEETS-FIDELITY 3 and 13). */
function checkSheetName(book: FakeWorkbook, name: string, renamed: SheetState | undefined): void {
  if (book.sheets.some((s) => s !== renamed && s.name.toLowerCase() === String(name).toLowerCase())) {
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  if (String(name).length > 100) throw new Error('Sheet names must be at most 100 characters.');
  if (String(name).trim() === '') throw new Error('Sheet names cannot be empty.');
}

/** The tab a call would change, if it is protected against the person running the add-in. */
function isProtectedAgainstUser(target: object): boolean {
  const states = target instanceof Sheet ? [target._state] : target instanceof Range ? [target._sheet]
    : target instanceof RangeList ? target._ranges.map((r) => (unwrap(r) as Range)._sheet) : [];
  return states.some((s) => s.protection !== undefined && !s.book.userIsOwner);
}

/** exceljs saves worksheets in orderNo order (a field its types do not declare). */
function setOrder(ws: ExcelJS.Worksheet, index: number): void {
  (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = index;
}

class Spreadsheet implements Pick<GSpreadsheet, SpreadsheetMethods> {
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

class DataValidation {
  values: string[];
  allowInvalid: boolean;
  constructor(values: string[], allowInvalid: boolean) {
    this.values = values;
    this.allowInvalid = allowInvalid;
  }
}

/** The file each HtmlOutput came from (Google's HtmlOutput does not say): tests ask htmlFileOf(). */
const htmlFiles = new WeakMap<object, string>();
export function htmlFileOf(output: unknown): string | undefined {
  return htmlFiles.get(output as object);
}

/** Google's enums are objects whose members print as their name; ours carry which enum they belong to. */
interface FakeEnum {
  _enum: string;
  name: string;
  toString(): string;
}

function enumOf(name: string, values: string[]): Record<string, FakeEnum> {
  return Object.fromEntries(values.map((v) => [v, { _enum: name, name: v, toString: () => v }]));
}

/** The Apps Script globals the bundle sees in its vm. */
export interface FakeGlobals {
  SpreadsheetApp: GSpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
}

function createGlobals(book: FakeWorkbook): FakeGlobals {
  const log = book.log;
  const spreadsheet = service<GSpreadsheet>(new Spreadsheet(book), 'Spreadsheet', log);
  const ButtonSet = enumOf('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
  const Button = enumOf('Button', ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']);

  const ui = service<GUi>({
    createMenu(title: string) {
      const menu: MenuRecord = { title, items: [] };
      book.menus.push(menu);
      const api: GMenu = service<GMenu>({
        addItem(label: string, functionName: string) {
          menu.items.push({ label, functionName });
          return api;
        },
        addSeparator() {
          menu.items.push(null);
          return api;
        },
        addToUi() {
          menu.added = true;
        },
      } satisfies Pick<GMenu, 'addItem' | 'addSeparator' | 'addToUi'>, 'Menu', log);
      return api;
    },
    alert(a: string, b?: unknown) {
      book.alerts.push(b === undefined || typeof b === 'object' ? { title: '', message: String(a) } : { title: String(a), message: String(b) });
      return Button.OK as unknown as GoogleAppsScript.Base.Button;
    },
    showSidebar(html: unknown) {
      book.sidebars.push(html);
    },
    ButtonSet,
    Button,
  } satisfies Pick<GUi, 'createMenu' | 'alert' | 'showSidebar'> & { ButtonSet: unknown; Button: unknown }, 'Ui', log);

  const SpreadsheetApp = service<GSpreadsheetApp>({
    getActiveSpreadsheet: () => spreadsheet,
    getActive: () => spreadsheet,
    getUi: () => ui,
    flush: () => log.flush(),
    newDataValidation() {
      let values: string[] = [];
      let allowInvalid = true;
      const builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder = service({
        requireValueInList(list: unknown[]) {
          values = list.map(String);
          return builder;
        },
        setAllowInvalid(allow: boolean) {
          allowInvalid = Boolean(allow);
          return builder;
        },
        build: () => service<GDataValidation>(new DataValidation(values, allowInvalid), 'DataValidation', log),
      } satisfies Pick<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'requireValueInList' | 'setAllowInvalid' | 'build'>, 'DataValidationBuilder', log);
      return builder;
    },
    newRichTextValue() {
      let text = '';
      let link: string | null = null;
      const builder: GoogleAppsScript.Spreadsheet.RichTextValueBuilder = service({
        setText(t: string) {
          text = String(t);
          return builder;
        },
        setLinkUrl(a: unknown, b?: unknown, c?: unknown) {
          link = (c === undefined ? a : c) as string | null; // (url) or (start, end, url); one link per cell is all we keep
          return builder;
        },
        build: () => service<GRichTextValue>(new RichTextValue(text, link), 'RichTextValue', log),
      } satisfies Pick<GoogleAppsScript.Spreadsheet.RichTextValueBuilder, 'setText' | 'setLinkUrl' | 'build'>, 'RichTextValueBuilder', log);
      return builder;
    },
    BorderStyle: enumOf('BorderStyle', ['SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOTTED', 'DASHED', 'DOUBLE']),
  } satisfies Pick<GSpreadsheetApp, 'getActiveSpreadsheet' | 'getActive' | 'getUi' | 'flush' | 'newDataValidation' | 'newRichTextValue'> & { BorderStyle: unknown }, 'SpreadsheetApp', log);

  const lock = service<GoogleAppsScript.Lock.Lock>({
    tryLock: () => {
      if (book.lockHeld) return false;
      book.lockHeld = true;
      return true;
    },
    waitLock: () => {
      if (book.lockHeld) throw new Error('Lock timeout: another process was holding the lock for too long.');
      book.lockHeld = true;
    },
    hasLock: () => book.lockHeld,
    releaseLock: () => {
      book.lockHeld = false;
    },
  } satisfies Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'>, 'Lock', log);

  const properties: GoogleAppsScript.Properties.Properties = service({
    getProperty: (key: string) => book.documentProperties.get(key) ?? null,
    setProperty(key: string, value: string) {
      const text = String(value);
      if (text.length > 9 * 1024) throw new Error('Argument too large: value');
      book.documentProperties.set(key, text);
      return properties;
    },
    getProperties: () => Object.fromEntries(book.documentProperties),
    deleteProperty(key: string) {
      book.documentProperties.delete(key);
      return properties;
    },
  } satisfies Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'getProperties' | 'deleteProperty'>, 'Properties', log);

  const Utilities = service<GoogleAppsScript.Utilities.Utilities>({
    formatDate(date: Date, timeZone: string, pattern: string) {
      if (!isDate(date)) throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
      const t = wallClock(date, timeZone);
      const pad = (n: number) => String(n).padStart(2, '0');
      const offset = zoneOffset(date, timeZone);
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
      const tokens: Record<string, string> = {
        yyyy: String(t.year), MM: pad(t.month), dd: pad(t.day), HH: pad(t.hour), mm: pad(t.minute), ss: pad(t.second), Z: zone,
      };
      return pattern.replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (token) => tokens[token]);
    },
    sleep: () => undefined,
  } satisfies Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'sleep'>, 'Utilities', log);

  return {
    SpreadsheetApp,
    Charts: service({ ChartType: enumOf('ChartType', ['AREA', 'BAR', 'COLUMN', 'COMBO', 'LINE', 'PIE', 'SCATTER', 'TABLE']) }, 'Charts', log),
    LockService: service({ getDocumentLock: () => lock, getScriptLock: () => lock } satisfies Pick<GoogleAppsScript.Lock.LockService,
      'getDocumentLock' | 'getScriptLock'>, 'LockService', log),
    PropertiesService: service({ getDocumentProperties: () => properties } satisfies Pick<GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties'>, 'PropertiesService', log),
    Utilities,
    Session: service({ getScriptTimeZone: () => book.timeZone } satisfies Pick<GoogleAppsScript.Base.Session, 'getScriptTimeZone'>, 'Session', log),
    HtmlService: service({
      createHtmlOutputFromFile(file: string) {
        // Apps Script only knows the .html files pushed beside Code.js.
        if (book.htmlDir && !fs.existsSync(path.join(book.htmlDir, `${file}.html`))) {
          throw new Error(`No HTML file named ${file} was found.`);
        }
        const state = { title: '' };
        const output: GoogleAppsScript.HTML.HtmlOutput = service({
          getTitle: () => state.title,
          setTitle(t: string) {
            state.title = t;
            return output;
          },
        } satisfies Pick<GoogleAppsScript.HTML.HtmlOutput, 'getTitle' | 'setTitle'>, 'HtmlOutput', log);
        htmlFiles.set(output, file);
        return output;
      },
    } satisfies Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'>, 'HtmlService', log),
  };
}
