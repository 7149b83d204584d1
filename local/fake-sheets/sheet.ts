// A Sheet (tab): names, grid size, ranges, frozen rows, metadata, protection and charts.
import type ExcelJS from 'exceljs';
import type { CellValue, GDeveloperMetadata, GEmbeddedChart, GEmbeddedChartBuilder, GRange, GRangeList, GSheet, GSpreadsheet } from './types';
import { PROTECTED_MESSAGE } from './call-log';
import { service, unwrap } from './service';
import type { Range } from './range';
import { parseA1 } from './a1';
import { checkMetadataSize, metadataProxy } from './metadata';
import { checkSheetName } from './spreadsheet';
import { isBuiltChart, newChartBuilder } from './chart';
import { RangeList } from './range-list';
import type { FakeWorkbook } from './workbook';
import type { SheetState } from './sheet-state';

type SheetMethods = 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getMaxRows' | 'getMaxColumns' | 'getLastRow'
  | 'getLastColumn' | 'getDataRange' | 'getRange' | 'getRangeList' | 'insertRowsAfter' | 'insertColumnsAfter' | 'deleteRows'
  | 'deleteColumns' | 'setColumnWidth' | 'setFrozenRows' | 'getFrozenRows' | 'setHiddenGridlines' | 'addDeveloperMetadata'
  | 'getDeveloperMetadata' | 'activate' | 'newChart' | 'insertChart' | 'getCharts' | 'getParent' | 'setColumnWidths' | 'protect'
  | 'setRowHeights' | 'getSheetValues';

export class Sheet implements Pick<GSheet, SheetMethods> {
  _state: SheetState;
  constructor(state: SheetState) {
    this._state = state;
  }
  /** The tab a write changes (its protection is checked before the call). */
  _tabs(): SheetState[] {
    return [this._state];
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
  /**
   * The values of a rectangle in one call; -1 rows or columns reach the last row or column with
   * content (Apps Script reference, Sheet.getSheetValues). On a tab with no content that leaves no
   * row: what Google does then is unconfirmed, so the fake refuses, as getRange with 0 rows does.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    const rows = numRows === -1 ? this._state.lastRow() - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this._state.lastColumn() - startColumn + 1 : numColumns;
    return (unwrap(this._state.range(startRow, startColumn, rows, columns)) as Range).getValues();
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
  /** Heights in pixels; the .xlsx keeps points (4 px = 3 pt). A row outside the grid throws. */
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    if (startRow < 1 || numRows < 1 || startRow + numRows - 1 > this._state.maxRows) throw new Error('Those rows are out of bounds.');
    for (let r = startRow; r < startRow + numRows; r++) this._state.ws.getRow(r).height = Math.round(height * 0.75 * 100) / 100;
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
    return newChartBuilder(this._state);
  }
  insertChart(chart: GEmbeddedChart): void {
    if (!isBuiltChart(chart)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
    this._state.charts.push(chart);
  }
  getCharts(): GEmbeddedChart[] {
    return [...this._state.charts];
  }
  getParent(): GSpreadsheet {
    return this._book().globals.SpreadsheetApp.getActiveSpreadsheet();
  }
}
