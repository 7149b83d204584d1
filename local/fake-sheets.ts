// An in-memory imitation of the Apps Script services the add-in uses, backed by an exceljs
// workbook (write-through: every change lands in the workbook that is saved).
// It follows ../shared/SHEETS-FIDELITY.md and is stricter than Google where unsure:
// - getValues gives '' for empty cells and for every cell of a merge but its top-left, Date objects
//   for dates (midnight in the file's time zone), numbers as numbers;
// - setValues checks the shape and parses strings as if typed ("=…" formula, "10%" number,
//   "2024-01-31" date, a leading apostrophe keeps text);
// - getRange outside the grid throws; a sheet name already taken throws;
// - every call is counted; a method it does not implement throws "not implemented in local runner".
'use strict';

const ExcelJS = require('exceljs');

const METADATA_SHEET = '__local_runner_state';
const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DataValidationBuilder', 'DataValidation',
  'DeveloperMetadata', 'DeveloperMetadataFinder', 'DeveloperMetadataLocation', 'Ui', 'Menu', 'RichTextValue', 'RichTextValueBuilder',
  'EmbeddedChartBuilder', 'EmbeddedChart',
]);

class CallLog {
  constructor() {
    this.counts = new Map();
  }
  hit(name) {
    this.counts.set(name, (this.counts.get(name) || 0) + 1);
  }
  /** Calls into the spreadsheet services (SpreadsheetApp and everything it returns). */
  spreadsheetCalls() {
    let total = 0;
    for (const [name, n] of this.counts) if (SPREADSHEET_CLASSES.has(name.split('.')[0])) total += n;
    return total;
  }
  total() {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }
  reset() {
    this.counts.clear();
  }
  /** Tests make the n-th call of a method throw, as a quota or a timeout would. */
  failOn(name, nth = 1, message = 'Service Spreadsheets timed out while accessing document.') {
    this.fault = { name, remaining: nth, message };
  }
  maybeFail(name) {
    if (!this.fault || this.fault.name !== name) return;
    this.fault.remaining -= 1;
    if (this.fault.remaining === 0) {
      const { message } = this.fault;
      this.fault = undefined;
      throw new Error(message);
    }
  }
}

const raw = new WeakMap();
const PASS_THROUGH = new Set(['then', 'toJSON', 'constructor', 'inspect', 'nodeType', 'asymmetricMatch', '$$typeof']);

/** Wraps a fake so that each method call is counted and unknown methods throw. */
function service(target, className, log) {
  const proxy = new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'symbol' || PASS_THROUGH.has(prop)) return Reflect.get(t, prop);
      if (prop.startsWith('_')) return undefined; // internals stay private to the fake
      const value = Reflect.get(t, prop);
      if (typeof value === 'function') {
        return (...args) => {
          log.hit(`${className}.${prop}`);
          log.maybeFail(`${className}.${prop}`);
          const result = value.apply(t, args);
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
  return proxy;
}

function unwrap(proxy) {
  return raw.get(proxy) || proxy;
}

/** The date and time a clock in `timeZone` shows at `instant`. */
function wallClock(instant, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant);
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function zoneOffset(instant, timeZone) {
  const t = wallClock(instant, timeZone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

function isDate(value) {
  return Object.prototype.toString.call(value) === '[object Date]';
}

// ------------------------------------------------------------------ A1 notation

function lettersToColumn(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnToLetters(column) {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseA1(a1) {
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
function calendarDate(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * What a cell holds after a string is typed into it (USER_ENTERED). Returns { value, formula?,
 * numFmt? }. The file's locale is Vietnamese: dates are day/month/year.
 */
function parseTyped(text) {
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

/** The few formulas the add-in writes; anything else has no cached result (reads ''). */
function evaluateFormula(formula) {
  const m = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  return m ? m[2].replace(/""/g, '"') : undefined;
}

// ------------------------------------------------------------------ the workbook

const MAX_CELL_CHARS = 50000;

class FakeWorkbook {
  constructor(workbook, options = {}) {
    this.workbook = workbook;
    this.log = new CallLog();
    this.timeZone = options.timeZone || 'Asia/Ho_Chi_Minh';
    this.toasts = [];
    this.alerts = [];
    this.menus = [];
    this.sidebars = [];
    this.documentProperties = new Map();
    this.lockHeld = false;
    this.htmlDir = undefined;
    this.nextMetadataId = 1;
    this.sheets = [];
    this.nextSheetId = 0;
    const state = this._takeState();
    for (const ws of workbook.worksheets) {
      const saved = state.sheets[ws.name] || {};
      const sheet = new SheetState(this, ws, saved.sheetId !== undefined ? saved.sheetId : this._newSheetId());
      for (const md of saved.metadata || []) sheet.metadata.push({ id: this.nextMetadataId++, key: md.key, value: md.value });
      this.sheets.push(sheet);
    }
    this.nextSheetId = Math.max(this.nextSheetId, ...this.sheets.map((s) => s.sheetId + 1));
    for (const [k, v] of Object.entries(state.properties || {})) this.documentProperties.set(k, v);
    this.activeSheet = this.sheets[0];
    this.globals = createGlobals(this);
  }

  static async fromFile(path, options) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return new FakeWorkbook(workbook, options);
  }

  static empty(options) {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Trang tính1');
    return new FakeWorkbook(workbook, options);
  }

  /** The first sheet of a new file is gid 0; later ones count up (Google's are random, ours are repeatable). */
  _newSheetId() {
    return this.nextSheetId++;
  }

  /** Developer metadata, sheet ids and document properties survive a save in a very hidden sheet. */
  _takeState() {
    const ws = this.workbook.getWorksheet(METADATA_SHEET);
    if (!ws) return { sheets: {} };
    let state = { sheets: {} };
    try {
      state = JSON.parse(String(ws.getCell(1, 1).value || '{}'));
    } catch (e) {
      state = { sheets: {} };
    }
    this.workbook.removeWorksheet(ws.id);
    return state;
  }

  async save(path) {
    const state = { sheets: {}, properties: Object.fromEntries(this.documentProperties) };
    for (const sheet of this.sheets) {
      state.sheets[sheet.ws.name] = { sheetId: sheet.sheetId, metadata: sheet.metadata.map((m) => ({ key: m.key, value: m.value })) };
    }
    const ws = this.workbook.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
    ws.getCell(1, 1).value = JSON.stringify(state);
    try {
      await this.workbook.xlsx.writeFile(path);
    } finally {
      this.workbook.removeWorksheet(ws.id);
    }
  }

  sheetByName(name) {
    return this.sheets.find((s) => s.ws.name === name);
  }

  /** Offset (minutes) of the file's zone at an instant. */
  zoneOffsetMinutes(instant) {
    return zoneOffset(instant, this.timeZone);
  }

  /** exceljs date (calendar day at UTC midnight) → the instant Sheets returns (local midnight). */
  toInstant(calendar) {
    const offset = this.zoneOffsetMinutes(calendar);
    return new Date(calendar.getTime() - offset * 60000);
  }

  /** An instant written by the script → the calendar date-time exceljs stores. */
  toCalendar(instant) {
    const offset = this.zoneOffsetMinutes(instant);
    return new Date(instant.getTime() + offset * 60000);
  }
}

// ------------------------------------------------------------------ sheets and ranges

class SheetState {
  constructor(book, ws, sheetId) {
    this.book = book;
    this.ws = ws;
    this.sheetId = sheetId;
    this.metadata = [];
    this.charts = [];
    this.maxRows = Math.max(ws.rowCount, 1000);
    this.maxColumns = Math.max(ws.columnCount, 26);
    this.proxy = service(new Sheet(this), 'Sheet', book.log);
  }

  /** The value Sheets shows for a cell, as getValues gives it. */
  readValue(r, c) {
    const row = this.ws.findRow(r);
    const cell = row && row.findCell(c);
    if (!cell) return '';
    if (cell.isMerged && cell.master !== cell) return '';
    return this.plainValue(cell.value);
  }

  plainValue(value) {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
    if (isDate(value)) return this.book.toInstant(value);
    if (typeof value === 'object') {
      if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : this.plainValue(value.result);
      if ('richText' in value) return value.richText.map((run) => run.text).join('');
      if ('hyperlink' in value) return String(value.text === undefined ? '' : this.plainValue(value.text));
      if ('error' in value) return String(value.error);
    }
    return String(value);
  }

  readFormula(r, c) {
    const row = this.ws.findRow(r);
    const cell = row && row.findCell(c);
    if (!cell || !cell.value || typeof cell.value !== 'object') return '';
    if ('formula' in cell.value) return '=' + cell.value.formula;
    if ('sharedFormula' in cell.value) return '=' + cell.formula;
    return '';
  }

  displayValue(r, c) {
    const value = this.readValue(r, c);
    if (isDate(value)) {
      const d = this.book.toCalendar(value);
      const pad = (n) => String(n).padStart(2, '0');
      return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    }
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'number') {
      const fmt = (this.ws.findCell(r, c) || {}).numFmt || '';
      if (/%/.test(fmt)) return `${Math.round(value * 100)}%`;
      return String(value);
    }
    return String(value);
  }

  writeValue(r, c, value) {
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
    if (typed.formula !== undefined) {
      const result = evaluateFormula(typed.formula);
      cell.value = result === undefined ? { formula: typed.formula } : { formula: typed.formula, result };
    } else {
      cell.value = typed.value;
      if (typed.numFmt) cell.numFmt = typed.numFmt;
    }
  }

  lastRow() {
    for (let r = this.ws.rowCount; r >= 1; r--) {
      const row = this.ws.findRow(r);
      if (!row) continue;
      for (let c = 1; c <= this.ws.columnCount; c++) if (this.readValue(r, c) !== '' || this.readFormula(r, c) !== '') return r;
    }
    return 0;
  }

  lastColumn() {
    let last = 0;
    this.ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > last && (this.readValue(r, c) !== '' || this.readFormula(r, c) !== '')) last = c;
      });
    });
    return last;
  }

  range(row, column, numRows, numColumns) {
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1 || column < 1 || row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return service(new Range(this, row, column, numRows, numColumns), 'Range', this.book.log);
  }
}

function checkShape(values, numRows, numColumns, method) {
  if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
    throw new Error(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (values.length !== numRows) {
    throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`);
  }
  for (const row of values) {
    if (row.length !== numColumns) {
      throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`);
    }
  }
}

class Range {
  constructor(sheet, row, column, numRows, numColumns) {
    this._sheet = sheet;
    this._row = row;
    this._column = column;
    this._numRows = numRows;
    this._numColumns = numColumns;
  }
  _cells(fn) {
    for (let r = 0; r < this._numRows; r++) for (let c = 0; c < this._numColumns; c++) fn(this._sheet.ws.getCell(this._row + r, this._column + c), r, c);
    return this;
  }
  _grid(fn) {
    const out = [];
    for (let r = 0; r < this._numRows; r++) {
      const line = [];
      for (let c = 0; c < this._numColumns; c++) line.push(fn(this._row + r, this._column + c));
      out.push(line);
    }
    return out;
  }
  getValues() {
    return this._grid((r, c) => this._sheet.readValue(r, c));
  }
  getValue() {
    return this._sheet.readValue(this._row, this._column);
  }
  getDisplayValues() {
    return this._grid((r, c) => this._sheet.displayValue(r, c));
  }
  getFormulas() {
    return this._grid((r, c) => this._sheet.readFormula(r, c));
  }
  setValues(values) {
    checkShape(values, this._numRows, this._numColumns, 'setValues');
    values.forEach((line, r) => line.forEach((v, c) => this._sheet.writeValue(this._row + r, this._column + c, v)));
    return this;
  }
  /** Rich text is stored exactly as built: never parsed, so "=…" stays text (a hyperlink when set). */
  setRichTextValues(values) {
    checkShape(values, this._numRows, this._numColumns, 'setRichTextValues');
    values.forEach((line, r) => line.forEach((v, c) => {
      const rich = unwrap(v);
      if (!(rich instanceof RichTextValue)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Range.setRichTextValues.");
      if (rich.text.length > MAX_CELL_CHARS) throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      const cell = this._sheet.ws.getCell(this._row + r, this._column + c);
      cell.value = rich.link ? { text: rich.text, hyperlink: rich.link } : rich.text === '' ? null : rich.text;
    }));
    return this;
  }
  setRichTextValue(value) {
    return this.setRichTextValues(Array.from({ length: this._numRows }, () => new Array(this._numColumns).fill(value)));
  }
  setValue(value) {
    for (let r = 0; r < this._numRows; r++) for (let c = 0; c < this._numColumns; c++) this._sheet.writeValue(this._row + r, this._column + c, value);
    return this;
  }
  getRow() {
    return this._row;
  }
  getColumn() {
    return this._column;
  }
  getNumRows() {
    return this._numRows;
  }
  getNumColumns() {
    return this._numColumns;
  }
  getLastRow() {
    return this._row + this._numRows - 1;
  }
  getLastColumn() {
    return this._column + this._numColumns - 1;
  }
  getA1Notation() {
    const start = columnToLetters(this._column) + this._row;
    if (this._numRows === 1 && this._numColumns === 1) return start;
    return `${start}:${columnToLetters(this._column + this._numColumns - 1)}${this._row + this._numRows - 1}`;
  }
  getSheet() {
    return this._sheet.proxy;
  }
  activate() {
    this._sheet.book.activeSheet = this._sheet;
    this._sheet.book.selection = { sheet: this._sheet.ws.name, a1: this.getA1Notation() };
    return this;
  }
  merge() {
    if (this._numRows === 1 && this._numColumns === 1) return this;
    this._sheet.ws.mergeCells(this._row, this._column, this._row + this._numRows - 1, this._column + this._numColumns - 1);
    return this;
  }
  _font(patch) {
    this._cells((cell) => {
      cell.font = { ...(cell.font || {}), ...patch };
    });
    return this;
  }
  setFontWeight(weight) {
    return this._font({ bold: weight === 'bold' });
  }
  setFontStyle(style) {
    return this._font({ italic: style === 'italic' });
  }
  setFontSize(size) {
    return this._font({ size });
  }
  setFontFamily(name) {
    return this._font({ name });
  }
  setFontColor(color) {
    return this._font({ color: { argb: 'FF' + String(color).replace('#', '').toUpperCase() } });
  }
  _alignment(patch) {
    this._cells((cell) => {
      cell.alignment = { ...(cell.alignment || {}), ...patch };
    });
    return this;
  }
  setHorizontalAlignment(value) {
    return this._alignment({ horizontal: value });
  }
  setVerticalAlignment(value) {
    return this._alignment({ vertical: value === 'middle' ? 'middle' : value });
  }
  setWrap(wrap) {
    return this._alignment({ wrapText: Boolean(wrap) });
  }
  setBackground(color) {
    const argb = 'FF' + String(color).replace('#', '').toUpperCase();
    this._cells((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    });
    return this;
  }
  setNumberFormat(format) {
    this._cells((cell) => {
      cell.numFmt = format;
    });
    return this;
  }
  setBorder(top, left, bottom, right, vertical, horizontal, color, style) {
    if (style !== undefined && !(style && style._enum === 'BorderStyle')) {
      throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setBorder.");
    }
    const line = { style: 'thin', color: { argb: 'FF' + String(color || '#000000').replace('#', '').toUpperCase() } };
    const lastR = this._numRows - 1;
    const lastC = this._numColumns - 1;
    this._cells((cell, r, c) => {
      const b = { ...(cell.border || {}) };
      if ((r === 0 && top) || (r > 0 && horizontal)) b.top = line;
      if ((r === lastR && bottom) || (r < lastR && horizontal)) b.bottom = line;
      if ((c === 0 && left) || (c > 0 && vertical)) b.left = line;
      if ((c === lastC && right) || (c < lastC && vertical)) b.right = line;
      cell.border = b;
    });
    return this;
  }
  setDataValidation(rule) {
    const r = unwrap(rule);
    if (!(r instanceof DataValidation)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Range.setDataValidation.");
    this._cells((cell) => {
      cell.dataValidation = { type: 'list', allowBlank: true, showErrorMessage: !r.allowInvalid, formulae: ['"' + r.values.join(',') + '"'] };
    });
    return this;
  }
}

class RichTextValue {
  constructor(text, link) {
    this.text = text;
    this.link = link;
  }
  getText() {
    return this.text;
  }
  getLinkUrl() {
    return this.link || null;
  }
}

class RangeList {
  constructor(ranges) {
    this._ranges = ranges;
  }
  getRanges() {
    return this._ranges.map((r) => r);
  }
}
for (const method of ['setFontWeight', 'setFontStyle', 'setFontSize', 'setFontFamily', 'setFontColor', 'setHorizontalAlignment',
  'setVerticalAlignment', 'setWrap', 'setBackground', 'setNumberFormat', 'setBorder', 'setValue']) {
  RangeList.prototype[method] = function applyToEach(...args) {
    for (const range of this._ranges) Range.prototype[method].apply(unwrap(range), args);
    return this;
  };
}

/** Every chart a builder made, so insertChart accepts only real ones. */
const charts = new WeakSet();

class Sheet {
  constructor(state) {
    this._state = state;
  }
  _book() {
    return this._state.book;
  }
  getName() {
    return this._state.ws.name;
  }
  setName(name) {
    const clash = this._book().sheets.find((s) => s !== this._state && s.ws.name.toLowerCase() === String(name).toLowerCase());
    if (clash) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (String(name).length > 100) throw new Error('Sheet names must be at most 100 characters.');
    this._state.ws.name = name;
    return this._state.proxy;
  }
  getSheetId() {
    return this._state.sheetId;
  }
  getIndex() {
    return this._book().sheets.indexOf(this._state) + 1;
  }
  getMaxRows() {
    return this._state.maxRows;
  }
  getMaxColumns() {
    return this._state.maxColumns;
  }
  getLastRow() {
    return this._state.lastRow();
  }
  getLastColumn() {
    return this._state.lastColumn();
  }
  getDataRange() {
    return this._state.range(1, 1, Math.max(this._state.lastRow(), 1), Math.max(this._state.lastColumn(), 1));
  }
  getRange(a, b, c, d) {
    if (typeof a === 'string') {
      const p = parseA1(a);
      return this._state.range(p.row, p.column, p.numRows, p.numColumns);
    }
    return this._state.range(a, b, c === undefined ? 1 : c, d === undefined ? 1 : d);
  }
  getRangeList(a1s) {
    const ranges = a1s.map((a1) => {
      const p = parseA1(a1);
      return this._state.range(p.row, p.column, p.numRows, p.numColumns);
    });
    return service(new RangeList(ranges), 'RangeList', this._book().log);
  }
  insertRowsAfter(after, count) {
    if (after !== this._state.maxRows) throw new Error('not implemented in local runner: Sheet.insertRowsAfter inside the grid');
    this._state.maxRows += count;
    return this._state.proxy;
  }
  insertColumnsAfter(after, count) {
    if (after !== this._state.maxColumns) throw new Error('not implemented in local runner: Sheet.insertColumnsAfter inside the grid');
    this._state.maxColumns += count;
    return this._state.proxy;
  }
  /** Only empty rows or columns at the end can go: the add-in trims fresh sheets, nothing else. */
  _trim(dimension, start, count) {
    const [max, last, noun] = dimension === 'rows'
      ? ['maxRows', this._state.lastRow(), 'rows'] : ['maxColumns', this._state.lastColumn(), 'columns'];
    if (start < 1 || count < 1 || start + count - 1 > this._state[max]) throw new Error(`Those ${noun} are out of bounds.`);
    if (start + count - 1 < this._state[max] || last >= start) {
      throw new Error(`not implemented in local runner: deleting ${noun} with content or inside the grid`);
    }
    if (start === 1) throw new Error(`You can't delete all the ${noun} on the sheet.`);
    this._state[max] = start - 1;
    return this._state.proxy;
  }
  deleteRows(start, count) {
    return this._trim('rows', start, count);
  }
  deleteColumns(start, count) {
    return this._trim('columns', start, count);
  }
  setColumnWidth(column, width) {
    this._state.ws.getColumn(column).width = Math.round((width / 7) * 100) / 100;
    return this._state.proxy;
  }
  setFrozenRows(rows) {
    const views = this._state.ws.views && this._state.ws.views[0] ? this._state.ws.views[0] : {};
    this._state.ws.views = [{ ...views, state: rows > 0 ? 'frozen' : 'normal', ySplit: rows }];
    return this._state.proxy;
  }
  getFrozenRows() {
    const view = (this._state.ws.views || [])[0];
    return view && view.state === 'frozen' ? view.ySplit || 0 : 0;
  }
  setHiddenGridlines(hidden) {
    const views = this._state.ws.views && this._state.ws.views[0] ? this._state.ws.views[0] : {};
    this._state.ws.views = [{ ...views, showGridLines: !hidden }];
    return this._state.proxy;
  }
  addDeveloperMetadata(key, value) {
    this._state.metadata.push({ id: this._book().nextMetadataId++, key, value: value === undefined ? null : String(value) });
    return this._state.proxy;
  }
  getDeveloperMetadata() {
    return this._state.metadata.map((m) => metadataProxy(this._book(), this._state, m));
  }
  activate() {
    this._book().activeSheet = this._state;
    return this._state.proxy;
  }
  /** Embedded charts live in memory only: exceljs cannot write charts to .xlsx. */
  newChart() {
    const book = this._book();
    const state = this._state;
    const spec = { type: undefined, ranges: [], position: undefined, options: {}, numHeaders: undefined };
    const builder = service({
      setChartType(type) {
        if (!type || type._enum !== 'ChartType') throw new Error("The parameters (String) don't match the method signature for Charts.EmbeddedChartBuilder.setChartType.");
        spec.type = type.name;
        return builder;
      },
      addRange(range) {
        const r = unwrap(range);
        if (!(r instanceof Range) || r._sheet !== state) throw new Error('The chart range must be a range of this sheet.');
        spec.ranges.push(range);
        return builder;
      },
      setNumHeaders(n) {
        spec.numHeaders = n;
        return builder;
      },
      setPosition(row, column, offsetX, offsetY) {
        if (row < 1 || column < 1 || row > state.maxRows || column > state.maxColumns) {
          throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
        }
        spec.position = { row, column, offsetX, offsetY };
        return builder;
      },
      setOption(key, value) {
        spec.options[key] = value;
        return builder;
      },
      build() {
        if (!spec.type) throw new Error('A chart type is required.');
        if (spec.ranges.length === 0) throw new Error('A chart needs at least one range.');
        const chart = { ...spec, ranges: [...spec.ranges], options: { ...spec.options }, position: spec.position || { row: 1, column: 1 } };
        const embedded = service({
          getChartType: () => chart.type,
          getRanges: () => [...chart.ranges],
          getNumHeaders: () => chart.numHeaders,
          getOptions: () => ({ get: (key) => chart.options[key] }),
          getContainerInfo: () => ({ getAnchorRow: () => chart.position.row, getAnchorColumn: () => chart.position.column }),
        }, 'EmbeddedChart', book.log);
        charts.add(embedded);
        return embedded;
      },
    }, 'EmbeddedChartBuilder', book.log);
    return builder;
  }
  insertChart(chart) {
    if (!charts.has(chart)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
    this._state.charts.push(chart);
  }
  getCharts() {
    return [...this._state.charts];
  }
  getParent() {
    return this._book().globals.SpreadsheetApp.getActiveSpreadsheet();
  }
}

function metadataProxy(book, sheetState, m) {
  const location = {
    getSheet: () => (book.sheets.includes(sheetState) ? sheetState.proxy : null),
    getLocationType: () => 'SHEET',
  };
  const md = {
    getId: () => m.id,
    getKey: () => m.key,
    getValue: () => m.value,
    setValue(value) {
      m.value = value === undefined || value === null ? null : String(value);
      return md;
    },
    getLocation: () => service(location, 'DeveloperMetadataLocation', book.log),
    remove: () => {
      sheetState.metadata = sheetState.metadata.filter((x) => x !== m);
    },
  };
  return service(md, 'DeveloperMetadata', book.log);
}

class Spreadsheet {
  constructor(book) {
    this._b = book;
  }
  getId() {
    return 'local-spreadsheet';
  }
  getName() {
    return 'Bảng tính cục bộ';
  }
  getUrl() {
    return 'https://docs.google.com/spreadsheets/d/local-spreadsheet/edit';
  }
  getSpreadsheetTimeZone() {
    return this._b.timeZone;
  }
  getSheets() {
    return this._b.sheets.map((s) => s.proxy);
  }
  getSheetByName(name) {
    const found = this._b.sheetByName(name);
    return found ? found.proxy : null;
  }
  getActiveSheet() {
    return this._b.activeSheet.proxy;
  }
  setActiveSheet(sheet) {
    this._b.activeSheet = unwrap(sheet)._state;
    return sheet;
  }
  moveActiveSheet(position) {
    const sheets = this._b.sheets;
    const active = this._b.activeSheet;
    if (position < 1 || position > sheets.length) throw new Error('Invalid argument: position');
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(position - 1, 0, active);
    // exceljs saves worksheets in orderNo order
    sheets.forEach((s, i) => {
      s.ws.orderNo = i;
    });
  }
  insertSheet(name) {
    if (name === undefined) name = `Trang tính${this._b.sheets.length + 1}`;
    if (this._b.sheets.some((s) => s.ws.name.toLowerCase() === String(name).toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const ws = this._b.workbook.addWorksheet(name);
    const state = new SheetState(this._b, ws, this._b.nextSheetId++);
    state.maxRows = 1000;
    state.maxColumns = 26;
    this._b.sheets.push(state);
    ws.orderNo = this._b.sheets.length - 1;
    this._b.activeSheet = state;
    return state.proxy;
  }
  deleteSheet(sheet) {
    const state = unwrap(sheet)._state;
    if (this._b.sheets.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    this._b.sheets = this._b.sheets.filter((s) => s !== state);
    this._b.workbook.removeWorksheet(state.ws.id);
    if (this._b.activeSheet === state) this._b.activeSheet = this._b.sheets[0];
  }
  toast(message, title, timeout) {
    this._b.toasts.push({ message: String(message), title: title === undefined ? '' : String(title), timeout });
  }
  createDeveloperMetadataFinder() {
    const book = this._b;
    let wantedKey;
    const finder = {
      withKey(key) {
        wantedKey = key;
        return proxy;
      },
      find() {
        const found = [];
        for (const sheet of book.sheets) {
          for (const m of sheet.metadata) if (wantedKey === undefined || m.key === wantedKey) found.push(metadataProxy(book, sheet, m));
        }
        return found;
      },
    };
    const proxy = service(finder, 'DeveloperMetadataFinder', book.log);
    return proxy;
  }
}

class DataValidation {
  constructor(values, allowInvalid) {
    this.values = values;
    this.allowInvalid = allowInvalid;
  }
}

function createGlobals(book) {
  const log = book.log;
  const spreadsheet = service(new Spreadsheet(book), 'Spreadsheet', log);
  const enumOf = (name, values) => Object.fromEntries(values.map((v) => [v, { _enum: name, name: v, toString: () => v }]));
  const ButtonSet = enumOf('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
  const Button = enumOf('Button', ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']);

  const ui = service({
    createMenu(title) {
      const menu = { title, items: [] };
      book.menus.push(menu);
      const api = service({
        addItem(label, functionName) {
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
      }, 'Menu', log);
      return api;
    },
    alert(a, b) {
      book.alerts.push(b === undefined || typeof b === 'object' ? { title: '', message: String(a) } : { title: String(a), message: String(b) });
      return Button.OK;
    },
    showSidebar(html) {
      book.sidebars.push(html);
    },
    ButtonSet,
    Button,
  }, 'Ui', log);

  const SpreadsheetApp = service({
    getActiveSpreadsheet: () => spreadsheet,
    getActive: () => spreadsheet,
    getUi: () => ui,
    flush: () => undefined,
    newDataValidation() {
      let values = [];
      let allowInvalid = true;
      const builder = service({
        requireValueInList(list) {
          values = list.map(String);
          return builder;
        },
        setAllowInvalid(allow) {
          allowInvalid = Boolean(allow);
          return builder;
        },
        build: () => service(new DataValidation(values, allowInvalid), 'DataValidation', log),
      }, 'DataValidationBuilder', log);
      return builder;
    },
    newRichTextValue() {
      let text = '';
      let link = null;
      const builder = service({
        setText(t) {
          text = String(t);
          return builder;
        },
        setLinkUrl(a, b, c) {
          link = c === undefined ? a : c; // (url) or (start, end, url); one link per cell is all we keep
          return builder;
        },
        build: () => service(new RichTextValue(text, link), 'RichTextValue', log),
      }, 'RichTextValueBuilder', log);
      return builder;
    },
    BorderStyle: enumOf('BorderStyle', ['SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOTTED', 'DASHED', 'DOUBLE']),
  }, 'SpreadsheetApp', log);

  const lock = service({
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
  }, 'Lock', log);

  const properties = service({
    getProperty: (key) => (book.documentProperties.has(key) ? book.documentProperties.get(key) : null),
    setProperty(key, value) {
      const text = String(value);
      if (text.length > 9 * 1024) throw new Error('Argument too large: value');
      book.documentProperties.set(key, text);
      return properties;
    },
    getProperties: () => Object.fromEntries(book.documentProperties),
    deleteProperty(key) {
      book.documentProperties.delete(key);
      return properties;
    },
  }, 'Properties', log);

  const Utilities = service({
    formatDate(date, timeZone, pattern) {
      if (!isDate(date)) throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
      const t = wallClock(date, timeZone);
      const pad = (n) => String(n).padStart(2, '0');
      const offset = zoneOffset(date, timeZone);
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
      return pattern.replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (token) => ({
        yyyy: String(t.year), MM: pad(t.month), dd: pad(t.day), HH: pad(t.hour), mm: pad(t.minute), ss: pad(t.second), Z: zone,
      }[token]));
    },
    sleep: () => undefined,
  }, 'Utilities', log);

  return {
    SpreadsheetApp,
    Charts: service({ ChartType: enumOf('ChartType', ['AREA', 'BAR', 'COLUMN', 'COMBO', 'LINE', 'PIE', 'SCATTER', 'TABLE']) }, 'Charts', log),
    LockService: service({ getDocumentLock: () => lock, getScriptLock: () => lock }, 'LockService', log),
    PropertiesService: service({ getDocumentProperties: () => properties }, 'PropertiesService', log),
    Utilities,
    Session: service({ getScriptTimeZone: () => book.timeZone }, 'Session', log),
    HtmlService: service({
      createHtmlOutputFromFile(file) {
        // Apps Script only knows the .html files pushed beside Code.js.
        if (book.htmlDir && !require('fs').existsSync(require('path').join(book.htmlDir, `${file}.html`))) {
          throw new Error(`No HTML file named ${file} was found.`);
        }
        const state = { file, title: '' };
        const output = service({ getFile: () => state.file, getTitle: () => state.title, setTitle(t) { state.title = t; return output; } }, 'HtmlOutput', log);
        return output;
      },
    }, 'HtmlService', log),
  };
}

module.exports = { FakeWorkbook, parseTyped, parseA1, columnToLetters, METADATA_SHEET };
