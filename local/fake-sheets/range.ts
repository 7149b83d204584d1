// A Range: reads, writes (shape-checked, typed), formatting, merges and validation.
import type ExcelJS from 'exceljs';
import type { CellValue, FakeEnum, GDataValidation, GRange, GRichTextValue, GSheet } from './types';
import { self, unwrap } from './service';
import { columnToLetters } from './a1';
import { MAX_CELL_CHARS } from './workbook';
import type { SheetState } from './sheet-state';
import { DataValidation, RichTextValue } from './values';
import { restyle } from './styles';

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

export const argb = (color: string | null) => 'FF' + String(color).replace('#', '').toUpperCase();

/** The formatting methods a RangeList applies to each of its ranges. */
export type Formatting = 'setFontWeight' | 'setFontStyle' | 'setFontLine' | 'setFontSize' | 'setFontFamily' | 'setFontColor' | 'setHorizontalAlignment'
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
  /** The tab a write changes (its protection is checked before the call). */
  _tabs(): SheetState[] {
    return [this._sheet];
  }
  _cells(fn: (cell: ExcelJS.Cell, r: number, c: number) => void): GRange {
    for (let r = 0; r < this._numRows; r++) for (let c = 0; c < this._numColumns; c++) fn(this._sheet.cell(this._row + r, this._column + c), r, c);
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
      const cell = this._sheet.cell(this._row + r, this._column + c);
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
  /** Every cell of the range gets the style `change` makes of its own (one function for all of them). */
  _restyle(key: string, change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): GRange {
    return this._cells((cell) => restyle(cell, key, change));
  }
  _font(patch: Partial<ExcelJS.Font>): GRange {
    return this._restyle(`font${JSON.stringify(patch)}`, (s) => ({ ...s, font: { ...(s.font || {}), ...patch } }));
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
  setFontLine(line: string | null): GRange {
    return this._font({ underline: line === 'underline', strike: line === 'line-through' });
  }
  setFontFamily(name: string | null): GRange {
    return this._font({ name: name === null ? undefined : name });
  }
  setFontColor(color: string | null): GRange {
    return this._font({ color: { argb: argb(color) } });
  }
  _alignment(patch: Partial<ExcelJS.Alignment>): GRange {
    return this._restyle(`alignment${JSON.stringify(patch)}`, (s) => ({ ...s, alignment: { ...(s.alignment || {}), ...patch } }));
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
    const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
    return this._restyle(`fill${argb(color)}`, (s) => ({ ...s, fill }));
  }
  setNumberFormat(format: string): GRange {
    return this._restyle(`numFmt${format}`, (s) => ({ ...s, numFmt: format }));
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null,
    horizontal: boolean | null, color?: string | null, style?: GoogleAppsScript.Spreadsheet.BorderStyle | null): GRange {
    if (style !== undefined && !(style && (style as unknown as FakeEnum)._enum === 'BorderStyle')) {
      throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setBorder.");
    }
    const line: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argb(color || '#000000') } };
    const lastR = this._numRows - 1;
    const lastC = this._numColumns - 1;
    const colour = JSON.stringify(line);
    // As Google: true draws an edge, false removes it, null leaves it as it is. Edges top, bottom, left,
    // right as bits 0 to 3; one key and one change per pair of edge sets (drawn, removed), made once.
    const sides = ['top', 'bottom', 'left', 'right'] as const;
    const made = new Map<number, { key: string; change: (s: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style> }>();
    const changeOf = (drawn: number, removed: number) => {
      const id = drawn * 16 + removed;
      let m = made.get(id);
      if (!m) {
        m = { key: `border${colour}${drawn}-${removed}`, change: (s) => {
          const b: Partial<ExcelJS.Borders> = { ...(s.border || {}) };
          sides.forEach((side, i) => {
            if (drawn & (1 << i)) b[side] = line;
            else if (removed & (1 << i)) delete b[side];
          });
          return { ...s, border: b };
        } };
        made.set(id, m);
      }
      return m;
    };
    const bit = (edge: boolean | null, want: boolean, i: number) => (edge === want ? 1 << i : 0);
    // A cell's change follows from where it sits: the first or last row, the first or last column.
    const byPlace = Array.from({ length: 16 }, (_, place) => {
      const edges = [place & 1 ? top : horizontal, place & 2 ? bottom : horizontal, place & 4 ? left : vertical, place & 8 ? right : vertical];
      return changeOf(edges.reduce((n: number, e, i) => n | bit(e, true, i), 0), edges.reduce((n: number, e, i) => n | bit(e, false, i), 0));
    });
    return this._cells((cell, r, c) => {
      const m = byPlace[(r === 0 ? 1 : 0) | (r === lastR ? 2 : 0) | (c === 0 ? 4 : 0) | (c === lastC ? 8 : 0)];
      restyle(cell, m.key, m.change);
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
