// One tab's state: its cells (in exceljs), name, id, metadata, protection and grid size.
import type ExcelJS from 'exceljs';
import type { CellValue, GEmbeddedChart, GRange, GRichTextValue, GSheet } from './types';
import { isDate } from './types';
import { service } from './service';
import { evaluateFormula, hasCommaSeparator, parseTyped, SEMICOLON_LOCALES } from './typed';
import { MAX_CELL_CHARS, type FakeWorkbook, type MetadataEntry } from './workbook';
import { xlsxName } from './spreadsheet';
import { Sheet } from './sheet';
import { Range } from './range';
import { RichTextValue } from './values';
import { restyle } from './styles';

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

  /**
   * The cell at (r, c), made when missing, as ws.getCell(r, c) makes it; but ws.getCell first
   * writes the address as "A1" text and parses it back, for each of the millions of cells a
   * 20,000-row run formats: most of what the runner allocated, and so of its garbage collection.
   */
  cell(r: number, c: number): ExcelJS.Cell {
    const row = this.ws.getRow(r);
    return row.findCell(c) ?? row.getCell(c);
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
    const cell = this.cell(r, c);
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
      if (!cell.numFmt) restyle(cell, 'numFmtdd/mm/yyyy', (s) => ({ ...s, numFmt: 'dd/mm/yyyy' }));
      return;
    }
    if (typeof value !== 'string') {
      throw new Error(`The parameters (${typeof value}) don't match the method signature for SpreadsheetApp.Range.setValues.`);
    }
    if (value.length > MAX_CELL_CHARS) {
      throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
    }
    const typed = parseTyped(value, this.book.locale);
    if (typed.formula !== undefined && SEMICOLON_LOCALES.test(this.book.locale) && hasCommaSeparator(typed.formula)) {
      // Google would store it and show #ERROR! while the run reports success; the imitation refuses (SHEETS-FIDELITY 13, Formula locale).
      throw new Error(`Formula parse error: this file's locale is ${this.book.locale}, where formula arguments are separated by ';', not ',' (=${typed.formula}).`);
    }
    if (typed.formula !== undefined) {
      const result = evaluateFormula(typed.formula);
      cell.value = result === undefined ? { formula: typed.formula } as ExcelJS.CellFormulaValue : { formula: typed.formula, result };
    } else {
      cell.value = typed.value;
      const numFmt = typed.numFmt;
      if (numFmt) restyle(cell, `numFmt${numFmt}`, (s) => ({ ...s, numFmt }));
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
