// Google's types the imitation implements, and the fake enums.
export type GSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;
export type GRichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;
export type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type GDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
export type GEmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
export type GEmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
export type GUi = GoogleAppsScript.Base.Ui;
export type GMenu = GoogleAppsScript.Base.Menu;

export type CellValue = string | number | boolean | Date;

/** Google's enums are objects whose members print as their name; ours carry which enum they belong to. */
export interface FakeEnum {
  _enum: string;
  name: string;
  toString(): string;
}

export function enumOf(name: string, values: string[]): Record<string, FakeEnum> {
  return Object.fromEntries(values.map((v) => [v, { _enum: name, name: v, toString: () => v }]));
}


export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
