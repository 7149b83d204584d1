// One run of a menu step: lock, read every input tab once, compute, then write.

import { analyse, type Analysis } from '../core/analyse';
import { checkLayout, mentorsLayout, mentorsTabWanted, summaryLayout, timelineLayout, trackingLayout, type GeneratedTabKey, type TabLayout } from '../core/layout';
import { estimateWriteSeconds } from '../core/layout/plan';
import { buildReport, type RunReport } from '../core/report';
import type { Step } from '../core/api';
import { readWorkbook } from './read';
import { writeGeneratedTabs, type WriteOutcome } from './write';

const STEP_TABS: Record<Step, GeneratedTabKey[]> = {
  all: ['check', 'summary', 'tracking', 'timeline', 'mentors'],
  check: ['check'],
  timeline: ['timeline'],
};

const LAYOUTS: Record<GeneratedTabKey, (a: Analysis) => TabLayout> = {
  check: checkLayout,
  summary: summaryLayout,
  tracking: trackingLayout,
  timeline: timelineLayout,
  mentors: mentorsLayout,
};

/** Đỡ đầu is written only when a student has a mentor or a log exists (PRODUCT 3, step 6). */
const WANTED: Partial<Record<GeneratedTabKey, (a: Analysis) => boolean>> = { mentors: mentorsTabWanted };

export interface RunResult {
  report: RunReport;
  outcome: WriteOutcome;
}

const LOCK_WAIT_MS = 20000;

/** When the last run finished: an open sidebar polls it to know when to refresh. */
const LAST_RUN_PROPERTY = 'lastRunAt';

export function lastRunStamp(): string {
  return PropertiesService.getDocumentProperties().getProperty(LAST_RUN_PROPERTY) ?? '';
}

/** The numbers, without writing anything (the sidebar's view). */
export function reportOnly(): RunReport {
  return buildReport(analyse(readWorkbook(SpreadsheetApp.getActiveSpreadsheet())));
}

/**
 * Runs `write` holding the document lock, so two people clicking at once are serialised; the
 * second waits up to LOCK_WAIT_MS, then gets a plain message saying to `retry`.
 */
export function withDocumentLock<T>(retry: string, write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error(`Đang có người khác chạy Tổng hợp trên bảng tính này. Chờ khoảng một phút rồi ${retry}.`);
  }
  try {
    return write();
  } finally {
    // Queued writes are applied before another run may start (reference/lock/lock; SHEETS-FIDELITY 13, Lock).
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}

/** Apps Script stops a run after 6 minutes (SHEETS-FIDELITY 11); a run plans to end a minute before. */
const RUN_LIMIT_SECONDS = 360;
const SAFETY_SECONDS = 60;

/**
 * Before the first write: a run whose writes would not end in time stops here, with nothing
 * written, rather than be killed by Apps Script half-way (PRODUCT 5).
 */
function checkTime(startedAt: number, layouts: TabLayout[]): void {
  const spent = Math.ceil((Date.now() - startedAt) / 1000);
  const needed = estimateWriteSeconds(layouts);
  if (spent + needed + SAFETY_SECONDS <= RUN_LIMIT_SECONDS) return;
  throw new Error(`lần chạy này không kịp xong trong 6 phút Google cho phép mỗi lần chạy (đã mất ${spent} giây để đọc và tính, `
    + `còn cần khoảng ${needed} giây để ghi), nên chưa ghi gì: các trang đã tạo trước đó vẫn giữ nguyên. Hãy tách Danh sách thành `
    + 'vài bảng tính nhỏ hơn (ví dụ mỗi bảng tính vài khối) rồi chạy Tổng hợp trên từng bảng tính, hoặc chạy riêng "Kiểm tra danh sách" trước.');
}

export function runStep(step: Step): RunResult {
  const startedAt = Date.now();
  return withDocumentLock('bấm lại', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const read = readWorkbook(ss);
    const analysis = analyse(read);
    const layouts = STEP_TABS[step].filter((key) => WANTED[key]?.(analysis) ?? true).map((key) => LAYOUTS[key](analysis));
    checkTime(startedAt, layouts);
    const outcome = writeGeneratedTabs(ss, layouts, read.tabs);
    PropertiesService.getDocumentProperties().setProperty(LAST_RUN_PROPERTY, String(Date.now()));
    return { report: buildReport(analysis), outcome };
  });
}
