// One Tổng hợp on a workbook, as the menu runs it: the pushed bundle in a vm on the fake services.
import { FakeWorkbook } from './fake-sheets';
import { loadBundle, type BundleContext, type LoadOptions } from './load-bundle';
import { printLikeThePdf } from './print-setup';
import type { RunReport } from '../src/core/report';
import type { RunResult as BundleRun } from '../src/gas/run';

export { FakeWorkbook };

export interface RunOptions extends LoadOptions {
  menuFunction?: string;
}

/** The JSON of PRODUCT section 6 as the runner prints it (the report plus run statistics). */
export type RunJson = Omit<RunReport, 'totals'> & {
  /** By review point: only the points the roster has (a test names the ones it built). */
  totals: Record<string, RunReport['totals'][keyof RunReport['totals']] & object>;
  /** Generated tabs written, and those not written because the school has its own tab of that name. */
  tabs: { written: string[]; conflicts: string[] };
  /**
   * roundTrips: writes flushed because a read followed them, or by flush(); estimatedSeconds: what
   * the run would take on Google by the imitation's cost model (PRODUCT 5; local/fake-sheets/COSTS.md).
   */
  stats: { spreadsheetCalls: number; roundTrips: number; estimatedSeconds: number; rows: number; ms: number };
};

export interface RunResult {
  json: RunJson;
  outcome: BundleRun['outcome'];
  context: BundleContext;
}

/**
 * Runs the menu's "Tổng hợp" on `book` and returns the JSON of PRODUCT section 6.
 * Throws when the run failed (the add-in showed an alert instead of a toast).
 */
export function runSummarize(book: FakeWorkbook, options: RunOptions = {}): RunResult {
  const context = loadBundle(book, options);
  book.log.reset();
  const started = process.hrtime.bigint();
  const result = context[options.menuFunction || 'menuSummarize']() as BundleRun | undefined;
  const ms = Math.floor(Number(process.hrtime.bigint() - started) / 1e6);
  if (!result) {
    const alert = book.alerts[book.alerts.length - 1];
    throw new Error(alert ? alert.message : 'the run returned nothing');
  }
  // Not a spreadsheet call (Apps Script has no page setup): after the run, so the counts stay the add-in's.
  printLikeThePdf(book);
  // The bundle's objects come from the vm's realm: copy them into plain JSON.
  const report: RunReport = JSON.parse(JSON.stringify(result.report));
  const outcome: BundleRun['outcome'] = JSON.parse(JSON.stringify(result.outcome));
  const { rows, ...rest } = report;
  const stats = {
    spreadsheetCalls: book.log.spreadsheetCalls(), roundTrips: book.log.roundTrips, estimatedSeconds: book.log.estimatedSeconds(), rows: rows.read, ms,
  };
  return {
    json: { ...rest, rows, tabs: { written: outcome.written, conflicts: outcome.conflicts }, stats },
    outcome,
    context,
  };
}

export async function runFile(inputPath: string, options: RunOptions = {}) {
  const book = await FakeWorkbook.fromFile(inputPath);
  return { book, ...runSummarize(book, options) };
}
