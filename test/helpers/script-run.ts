/// <reference lib="dom" />
// google.script.run in a test page, forwarded to build/Code.js in its vm, with Google's rules for
// what may cross (SHEETS-FIDELITY 8 and 13): primitives, null, arrays and plain objects of them.
// A Date, a function or another object anywhere in the arguments fails the call, and so does a
// function or another object in the result; a result holding a Date anywhere arrives as null as a
// whole (public reports of Google: enuchi/React-Google-Apps-Script#28, feedgen#21 — the stricter
// reading of SHEETS-FIDELITY 13, so a Date slipping into the sidebar's data blanks it in tests too);
// undefined inside an array arrives as null, an undefined property is dropped, an undefined
// argument fails. A throw on the server reaches the failure handler with its message.
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import type { BundleContext } from '../../local/load-bundle';

/** One source for both sides: the page checks arguments, node checks results. */
const TRANSFER = `function transfer(value, path, inArray, result) {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (result && Object.prototype.toString.call(value) === '[object Date]') return null;
  if (value === undefined) {
    if (inArray) return null;
    throw new Error('Failed due to illegal value in property: ' + path);
  }
  if (Array.isArray(value)) return value.map(function (v, i) { return transfer(v, i, true, result); });
  if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]'
    && (Object.getPrototypeOf(value) === null || Object.getPrototypeOf(Object.getPrototypeOf(value)) === null)) {
    var out = {};
    Object.keys(value).forEach(function (key) {
      if (value[key] !== undefined) out[key] = transfer(value[key], key, false, result);
    });
    return out;
  }
  throw new Error('Failed due to illegal value in property: ' + path);
}`;

const transfer = new Function(`${TRANSFER}; return transfer;`)() as (value: unknown, path: string | number, inArray: boolean, result: boolean) => unknown;

function holdsDate(value: unknown): boolean {
  if (Object.prototype.toString.call(value) === '[object Date]') return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value as object).some(holdsDate);
}

export interface ScriptRunBridge {
  /** The next server call fails with this message, as Google's own failures do (e.g. PERMISSION_DENIED). */
  failNext(message: string): void;
}

export async function installScriptRun(page: Page, context: BundleContext): Promise<ScriptRunBridge> {
  let nextFailure: string | undefined;
  await page.exposeFunction('__server', (name: string, args: unknown[]) => {
    if (nextFailure !== undefined) {
      const error = nextFailure;
      nextFailure = undefined;
      return { error };
    }
    try {
      const value = context[name](...args);
      if (value === undefined || holdsDate(value)) return { ok: null };
      return { ok: transfer(value, 'result', false, true) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
  // A string, not a function: what the test runner compiles must not leak into the page.
  await page.addInitScript(`
    ${TRANSFER}
    const runner = (success, failure) => new Proxy({}, {
      get(_target, prop) {
        if (prop === 'withSuccessHandler') return (fn) => runner(fn, failure);
        if (prop === 'withFailureHandler') return (fn) => runner(success, fn);
        return (...args) => {
          let sent;
          try {
            sent = args.map((a, i) => transfer(a, i, false));
          } catch (error) {
            setTimeout(() => failure && failure(error), 0);
            return;
          }
          window.__server(prop, sent).then((r) => (r.error !== undefined ? failure && failure(new Error(r.error)) : success && success(r.ok)));
        };
      },
    });
    window.google = { script: { run: runner(null, null) } };
  `);
  return {
    failNext(message: string) {
      nextFailure = message;
    },
  };
}

const SIDEBAR_URL = 'http://sidebar.test/';

/**
 * Serves build/Sidebar.html to `page` as a real navigation (init scripts do not run for
 * setContent; nothing leaves the machine) and waits for its first numbers.
 */
export async function openSidebar(page: Page): Promise<void> {
  const html = fs.readFileSync(path.join(__dirname, '..', '..', 'build', 'Sidebar.html'), 'utf8');
  await page.route(`${SIDEBAR_URL}**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(SIDEBAR_URL);
  await page.waitForFunction(() => document.getElementById('need')?.textContent !== '–');
}
