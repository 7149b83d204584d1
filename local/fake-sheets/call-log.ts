import { callCostMs, COSTS } from './cost';
// The call log: every call into the imitated services, counted by method, with its round trips
// (a read after queued writes) and the faults a test plants.
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
export type Access = 'read' | 'write' | 'none';

/** Calls that only navigate or build objects: they neither read the document nor change it. */
export const NAVIGATION = new Set(['SpreadsheetApp.getActiveSpreadsheet', 'SpreadsheetApp.getActive', 'SpreadsheetApp.getUi',
  'Sheet.getRange', 'Sheet.getRangeList', 'Sheet.getParent', 'Range.getSheet', 'Range.getRow', 'Range.getColumn',
  'Range.getNumRows', 'Range.getNumColumns', 'Range.getLastRow', 'Range.getLastColumn', 'Range.getA1Notation',
  'RangeList.getRanges', 'DeveloperMetadata.getLocation', 'DeveloperMetadataLocation.getSheet',
  'DeveloperMetadataLocation.getLocationType', 'Spreadsheet.createDeveloperMetadataFinder', 'DeveloperMetadataFinder.withKey',
  'Sheet.newChart', 'SpreadsheetApp.newRichTextValue', 'SpreadsheetApp.newDataValidation']);
// activate() only moves the user's selection: allowed on a protected tab, and no document change.
const WRITE_PREFIXES = ['set', 'insert', 'delete', 'add', 'remove', 'merge', 'move', 'protect', 'clear'];

export function accessOf(className: string, method: string): Access {
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
  /** Google reports a failed queued write at the next flush (a read or flush()), not at the call. */
  atFlush: boolean;
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
  /** What the calls so far would have cost on Google (cost.ts; COSTS.md). */
  estimatedMs = 0;
  cellsRead = 0;
  cellsWritten = 0;
  /**
   * Time that passes on the script's clock (Date.now in the vm) with each call: a test sets it to
   * drive a run past Apps Script's limit. 0 by default (the clock is the machine's).
   */
  timePerCallMs = 0;
  /** The script clock's lead over the machine's: timePerCallMs for every call so far. */
  clockLeadMs = 0;
  /** A failure planted with failAtFlush that a queued write hit: thrown at the next flush. */
  private deferred: string | undefined;

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
    this.estimatedMs = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.clockLeadMs = 0;
  }
  /** A call's cost on Google, and the time it lets pass on the script's clock. */
  charge(kind: Access, name: string, cellsRead: number, cellsWritten: number): void {
    this.estimatedMs += callCostMs(kind, name, cellsRead, cellsWritten);
    this.cellsRead += cellsRead;
    this.cellsWritten += cellsWritten;
    this.clockLeadMs += this.timePerCallMs;
  }
  estimatedSeconds(): number {
    return Math.round(this.estimatedMs / 100) / 10;
  }
  /** A call reached the document: a read after queued writes costs a round trip (PRODUCT 5). */
  access(kind: Access): void {
    if (kind === 'write') this.pendingWrites = true;
    else if (kind === 'read' && this.pendingWrites) this.flush();
  }
  flush(): void {
    if (!this.pendingWrites) return;
    this.roundTrips += 1;
    this.estimatedMs += COSTS.roundTripMs;
    this.pendingWrites = false;
    if (this.deferred !== undefined) {
      const message = this.deferred;
      this.deferred = undefined;
      throw new Error(message);
    }
  }
  /** Tests make the n-th call of a method throw, as a quota or a timeout would. */
  failOn(name: string, nth = 1, message = 'Service Spreadsheets timed out while accessing document.'): void {
    this.fault = { name, remaining: nth, message, atFlush: false };
  }
  /** Tests make the n-th write of any kind throw: fault injection at every step of a run. */
  failAtWrite(nth: number, message = 'Service Spreadsheets timed out while accessing document.'): void {
    this.fault = { name: undefined, remaining: nth, message, atFlush: false };
  }
  /**
   * Tests make the n-th write of any kind fail as Google reports a queued write's failure: the call
   * returns, and the error is thrown at the next flush (a read after it, or flush()).
   */
  failAtFlush(nth: number, message = 'Service Spreadsheets timed out while accessing document.'): void {
    this.fault = { name: undefined, remaining: nth, message, atFlush: true };
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
      const { message, atFlush } = this.fault;
      this.fault = undefined;
      if (atFlush) this.deferred = message;
      else throw new Error(message);
    }
  }
}
