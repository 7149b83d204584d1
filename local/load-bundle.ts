// Runs build/Code.js, exactly as clasp pushes it, in a node vm whose globals are the in-memory
// spreadsheet services. Only what Apps Script offers is in the context: no require, no process.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import type { FakeWorkbook } from './fake-sheets';

export const ROOT = path.resolve(__dirname, '..');
export const BUNDLE = path.join(ROOT, 'build', 'Code.js');

export interface LoadOptions {
  /** yyyy-mm-dd in the file's zone: `new Date()` in the vm is noon of that day. */
  today?: string;
  bundlePath?: string;
  /**
   * A runtime without ICU: String.prototype.normalize returns its input unchanged (SHEETS-FIDELITY
   * 13, Unicode in the runtime). The add-in must give the same results.
   */
  withoutNormalize?: boolean;
}

/** The vm's globals: the bundle's public functions (menuSummarize, onOpen, …) and the fake services. */
export type BundleContext = vm.Context & Record<string, (...args: unknown[]) => unknown>;

/**
 * A context where `new Date()` is noon of `today` (yyyy-mm-dd, in the file's zone; now when not
 * given) and time moves on from there, plus the lead the call log gives the script's clock (a test
 * makes each call take time: CallLog.timePerCallMs). The lead is read through a host function the
 * prelude takes out of the globals, so the bundle sees only what Apps Script offers.
 */
function clockPrelude(todayIso: string | undefined, offsetMinutes: number): string {
  let start = 'RealDate.now()';
  if (todayIso) {
    const [y, m, d] = todayIso.split('-').map(Number);
    start = String(Date.UTC(y, m - 1, d, 12, 0, 0) - offsetMinutes * 60000);
  }
  return `(() => {
    const RealDate = Date;
    const lead = globalThis.${CLOCK_LEAD};
    delete globalThis.${CLOCK_LEAD};
    const realStart = RealDate.now();
    const begin = ${start};
    const now = () => begin + (RealDate.now() - realStart) + lead();
    class FixedDate extends RealDate {
      constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
      static now() { return now(); }
    }
    globalThis.Date = FixedDate;
  })();`;
}

const CLOCK_LEAD = '__localRunnerClockLead';

/**
 * Runs a simple trigger (onOpen) as Apps Script does: in AuthMode.LIMITED for a bound script,
 * NONE for an add-on before authorization. The fake then refuses every call but building the menu.
 */
export function runSimpleTrigger(book: FakeWorkbook, context: BundleContext, name: string, authMode: 'LIMITED' | 'NONE' = 'LIMITED'): void {
  book.log.authMode = authMode;
  try {
    context[name]({ authMode, source: undefined });
  } finally {
    book.log.authMode = 'FULL';
  }
}

// Compiled once per build of the bundle and run in a fresh context each time: tests load it
// hundreds of times, and compiling the same code was most of a load.
const compiled = new Map<string, { mtimeMs: number; script: vm.Script }>();

function bundleScript(bundlePath: string): vm.Script {
  const { mtimeMs } = fs.statSync(bundlePath);
  const hit = compiled.get(bundlePath);
  if (hit && hit.mtimeMs === mtimeMs) return hit.script;
  const script = new vm.Script(fs.readFileSync(bundlePath, 'utf8'), { filename: 'Code.js' });
  compiled.set(bundlePath, { mtimeMs, script });
  return script;
}

/**
 * The realm's builtins (Object, Map, Math, the clock's Date, …) as script-scope bindings of the
 * context, bound to the very objects its global holds. In a node vm every global the bundle names
 * goes through the context's interceptor, about seven times slower than a binding: a 20,000-row
 * Tổng hợp spent about 0.6 of its 5 s of CPU looking up Object, Map and the like. The bundle sees
 * the same objects; the fake services stay globals of the context.
 */
function builtinBindings(context: vm.Context, sandbox: object): string {
  const names = vm.runInContext(`Object.getOwnPropertyNames(globalThis).filter((name) => {
    const d = Object.getOwnPropertyDescriptor(globalThis, name);
    return d && d.configurable && /^[A-Z][A-Za-z0-9]*$|^(parseInt|parseFloat|isNaN|isFinite|encodeURIComponent|decodeURIComponent|encodeURI|decodeURI)$/.test(name);
  })`, context) as string[];
  const own = names.filter((name) => !Object.prototype.hasOwnProperty.call(sandbox, name));
  return `const ${own.map((name) => `${name} = globalThis.${name}`).join(', ')};`;
}

export function loadBundle(book: FakeWorkbook, options: LoadOptions = {}): BundleContext {
  const bundlePath = options.bundlePath || BUNDLE;
  const script = bundleScript(bundlePath);
  book.htmlDir = path.dirname(bundlePath); // HtmlService finds only what clasp pushes with it
  const sandbox = { ...book.globals, console, [CLOCK_LEAD]: () => book.log.clockLeadMs };
  const context = vm.createContext(sandbox);
  const offset = book.zoneOffsetMinutes(new Date());
  vm.runInContext(clockPrelude(options.today, offset), context);
  if (options.withoutNormalize) vm.runInContext('String.prototype.normalize = function () { return String(this); };', context);
  vm.runInContext(builtinBindings(context, sandbox), context);
  script.runInContext(context);
  return context as BundleContext;
}
