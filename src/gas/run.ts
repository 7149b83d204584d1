// One run of a menu step: lock, read every input tab once, compute, then write.

import { analyse, type Analysis } from '../core/analyse';
import { checkLayout, summaryLayout, timelineLayout, trackingLayout, type GeneratedTabKey, type TabLayout } from '../core/layout';
import { buildReport, type RunReport } from '../core/report';
import type { Step } from '../core/api';
import { readWorkbook } from './read';
import { writeGeneratedTabs, type WriteOutcome } from './write';

const STEP_TABS: Record<Step, GeneratedTabKey[]> = {
  all: ['check', 'summary', 'tracking', 'timeline'],
  check: ['check'],
  timeline: ['timeline'],
};

const LAYOUTS: Record<GeneratedTabKey, (a: Analysis) => TabLayout> = {
  check: checkLayout,
  summary: summaryLayout,
  tracking: trackingLayout,
  timeline: timelineLayout,
};

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

export function runStep(step: Step): RunResult {
  return withDocumentLock('bấm lại', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const read = readWorkbook(ss);
    const analysis = analyse(read);
    const layouts = STEP_TABS[step].map((key) => LAYOUTS[key](analysis));
    const outcome = writeGeneratedTabs(ss, layouts, read.tabs);
    PropertiesService.getDocumentProperties().setProperty(LAST_RUN_PROPERTY, String(Date.now()));
    return { report: buildReport(analysis), outcome };
  });
}
