// google.script.run as promises, typed by the server's own API. A call that fails rejects
// with the server's message instead of vanishing into the console.

import type { ServerApi } from '../core/api';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Không có hàm ${String(name)} trên máy chủ.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
