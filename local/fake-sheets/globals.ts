// The Apps Script globals the bundle sees: SpreadsheetApp, Ui, locks, properties, Utilities, HtmlService.
import fs from 'fs';
import path from 'path';
import type { GDataValidation, GMenu, GRichTextValue, GSpreadsheet, GSpreadsheetApp, GUi } from './types';
import { enumOf, isDate } from './types';
import { service } from './service';
import { wallClock, zoneOffset } from './clock';
import { DataValidation, RichTextValue } from './values';
import { Spreadsheet } from './spreadsheet';
import type { FakeWorkbook, MenuRecord } from './workbook';

/** The file each HtmlOutput came from (Google's HtmlOutput does not say): tests ask htmlFileOf(). */
const htmlFiles = new WeakMap<object, string>();
export function htmlFileOf(output: unknown): string | undefined {
  return htmlFiles.get(output as object);
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

function createUi(book: FakeWorkbook): GUi {
  const log = book.log;
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
  return ui;
}

function createSpreadsheetApp(book: FakeWorkbook): GSpreadsheetApp {
  const log = book.log;
  const spreadsheet = service<GSpreadsheet>(new Spreadsheet(book), 'Spreadsheet', log);
  const ui = createUi(book);
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
          // (url), or (start, end, url) over the whole text: a cell keeps one link here, so a link on
          // part of the text (which Google allows) is refused rather than widened to the whole cell.
          if (c !== undefined && (a !== 0 || b !== text.length)) {
            throw new Error('not implemented in local runner: a link on part of a rich-text value (setLinkUrl(start, end, url))');
          }
          link = (c === undefined ? a : c) as string | null;
          return builder;
        },
        build: () => service<GRichTextValue>(new RichTextValue(text, link), 'RichTextValue', log),
      } satisfies Pick<GoogleAppsScript.Spreadsheet.RichTextValueBuilder, 'setText' | 'setLinkUrl' | 'build'>, 'RichTextValueBuilder', log);
      return builder;
    },
    BorderStyle: enumOf('BorderStyle', ['SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOTTED', 'DASHED', 'DOUBLE']),
  } satisfies Pick<GSpreadsheetApp, 'getActiveSpreadsheet' | 'getActive' | 'getUi' | 'flush' | 'newDataValidation' | 'newRichTextValue'> & { BorderStyle: unknown }, 'SpreadsheetApp', log);
  return SpreadsheetApp;
}

function createLock(book: FakeWorkbook): GoogleAppsScript.Lock.Lock {
  const log = book.log;
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
  return lock;
}

function createProperties(book: FakeWorkbook): GoogleAppsScript.Properties.Properties {
  const log = book.log;
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
  return properties;
}

function createUtilities(book: FakeWorkbook): GoogleAppsScript.Utilities.Utilities {
  const log = book.log;
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
  return Utilities;
}

export function createGlobals(book: FakeWorkbook): FakeGlobals {
  const log = book.log;
  const lock = createLock(book);
  const properties = createProperties(book);
  return {
    SpreadsheetApp: createSpreadsheetApp(book),
    Charts: service({ ChartType: enumOf('ChartType', ['AREA', 'BAR', 'COLUMN', 'COMBO', 'LINE', 'PIE', 'SCATTER', 'TABLE']) }, 'Charts', log),
    LockService: service({ getDocumentLock: () => lock, getScriptLock: () => lock } satisfies Pick<GoogleAppsScript.Lock.LockService,
      'getDocumentLock' | 'getScriptLock'>, 'LockService', log),
    PropertiesService: service({ getDocumentProperties: () => properties } satisfies Pick<GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties'>, 'PropertiesService', log),
    Utilities: createUtilities(book),
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
