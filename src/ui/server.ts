// google.script.run as promises, typed by the server's own API. A call that fails rejects
// with the server's message instead of vanishing into the console.

import type { ServerApi } from '../core/api';
import { fold } from '../core/text';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * A browser signed in to several Google accounts may run the sidebar as another account than the
 * one that opened the file, and Google then fails the call with PERMISSION_DENIED or "Authorization
 * is required" (SHEETS-FIDELITY 13, public reports). Google words its errors in the user's language,
 * so the code (PERMISSION_DENIED stays as it is) and the English and Vietnamese wordings are all
 * recognised, on text folded as labels are (diacritics and case do not matter). Such a failure gets a plain explanation.
 */
const SEVERAL_ACCOUNTS = /permission_denied|authori[sz]ation (is )?required|can (co )?(su )?(cho phep|uy quyen|cap quyen)|yeu cau (uy|cap) quyen|chua (duoc )?(uy|cap) quyen/;

export const SEVERAL_ACCOUNTS_MESSAGE = 'Google không cho bảng điều khiển chạy, thường vì trình duyệt đang đăng nhập nhiều '
  + 'tài khoản Google cùng lúc. Hãy mở bảng tính trong một cửa sổ ẩn danh (hoặc một hồ sơ Chrome) chỉ đăng nhập tài khoản '
  + 'dùng cho bảng tính này, rồi mở lại bảng điều khiển. Menu Hỗ trợ học sinh trên thanh công cụ vẫn dùng được.';

/** The message a failed call shows: the server's own words, or the explanation above. */
export function failureText(error: Error): string {
  return SEVERAL_ACCOUNTS.test(fold(String(error.message))) ? SEVERAL_ACCOUNTS_MESSAGE : error.message;
}

export function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new Error(failureText(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Không có hàm ${String(name)} trên máy chủ.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
