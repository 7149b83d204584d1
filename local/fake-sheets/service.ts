// The proxy every imitated object hides behind: each method call is counted, checked against the
// authorization mode and the protection of the tab it changes; unknown methods throw.
import { accessOf, type CallLog, PROTECTED_MESSAGE } from './call-log';
import { cellsIn } from './cost';

const raw = new WeakMap<object, object>();
const PASS_THROUGH = new Set(['then', 'toJSON', 'constructor', 'inspect', 'nodeType', 'asymmetricMatch', '$$typeof']);

/** What a simple trigger may call: building the menu, nothing that reads or writes the document. */
const ALLOWED_WITHOUT_AUTHORIZATION = new Set(['SpreadsheetApp.getUi', 'Ui.createMenu', 'Ui.createAddonMenu', 'Menu.addItem',
  'Menu.addSeparator', 'Menu.addSubMenu', 'Menu.addToUi']);

/**
 * Wraps a fake so that each method call is counted and unknown methods throw. The result is typed
 * as the Google interface `G` the fake stands for (the fake implements a Pick of it).
 */
export function service<G>(target: object, className: string, log: CallLog): G {
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
          log.charge(kind, name, cellsIn(result), cellsWrittenBy(t, prop, args));
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

export function unwrap(proxy: unknown): unknown {
  return (proxy && typeof proxy === 'object' && raw.get(proxy)) || proxy;
}

/** A fake method that hands back "itself" returns the Google type; the proxy swaps in the counted object. */
export function self<G>(fake: object): G {
  return fake as unknown as G;
}

/** What a fake says about the tabs a call on it would change (Sheet, Range and RangeList have it). */
interface OnTabs {
  _tabs?: () => Array<{ protection: unknown; book: { userIsOwner: boolean } }>;
}

/** The tab a call would change, if it is protected against the person running the add-in. */
function isProtectedAgainstUser(target: object): boolean {
  const tabs = (target as OnTabs)._tabs;
  return tabs !== undefined && tabs.call(target).some((s) => s.protection !== undefined && !s.book.userIsOwner);
}

/** A range's size, for the setters that write one value into each of its cells. */
interface Sized {
  _numRows?: number;
  _numColumns?: number;
}

/**
 * Cells a call writes: each cell of a 2-D argument, or each cell of the range setValue fills; a
 * RangeList's setValue fills each cell of each of its ranges (one value written per cell, COSTS.md).
 */
function cellsWrittenBy(target: object, method: string, args: unknown[]): number {
  if (!method.startsWith('set')) return 0;
  const cells = cellsIn(args[0]);
  if (cells > 0) return cells;
  if (method !== 'setValue' && method !== 'setRichTextValue') return 0;
  const ranges = (target as { _ranges?: unknown[] })._ranges;
  const sized = ranges ? ranges.map((r) => unwrap(r) as Sized) : [target as Sized];
  return sized.reduce((n, { _numRows: rows, _numColumns: columns }) => n + (rows !== undefined && columns !== undefined ? rows * columns : 0), 0);
}
