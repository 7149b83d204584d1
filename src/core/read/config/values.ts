// The values a Cấu hình row holds: lines, a day and month, a month, a school year, a document
// number, the levels taught, a yes.

import { cellText } from '../../cells';
import { LEVELS, type Level } from '../../levels';
import { fold, tidy } from '../../text';
import type { DayMonth } from './types';

export function splitLines(text: string): string[] {
  // One entry per line; on a single line, each entry ends with ";" (kept, as NĐ 30 writes it).
  return text.split(/\r?\n|(?<=;)\s+/).map((line) => tidy(line.replace(/^\s*[-–•]\s*/, ''))).filter(Boolean);
}

export function parseDayMonth(value: unknown, timeZoneOffsetMinutes: number): DayMonth | undefined {
  // A Date cell reads as dd/mm/yyyy in the file's zone.
  const match = /^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*\d{2,4})?\s*$/.exec(cellText(value, timeZoneOffsetMinutes));
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month } : undefined;
}

export function parseMonth(value: unknown): number | undefined {
  const match = /^\s*(?:thang\s*)?(\d{1,2})(?:\s*\/\s*\d{4})?\s*$/.exec(fold(cellText(value)));
  const month = match ? Number(match[1]) : NaN;
  return month >= 1 && month <= 12 ? month : undefined;
}

/** "2025-2026", "2025 - 2026", "2025–2026" → "2025-2026". */
export function parseSchoolYear(text: string): string | undefined {
  const match = /(\d{4})\s*[-–—/]\s*(\d{4})/.exec(text);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return undefined;
  return `${match[1]}-${match[2]}`;
}

/**
 * "Số: 15/BC-THHB", "15/BC-THHB", "15 / BC - THHB", "/BC-THHB" → "15/BC-THHB" or "/BC-THHB": a
 * number (or none yet), then the document type and the issuer, in capitals joined by hyphens.
 */
export function parseDocumentNumber(text: string): string | undefined {
  const m = /^(?:s[oố]\s*[:.]?\s*)?(\d{0,6})\s*[./…]*\s*\/\s*([A-ZĐ0-9]+(?:\s*-\s*[A-ZĐ0-9]+)*)$/iu.exec(tidy(text).normalize('NFC'));
  if (!m) return undefined;
  const symbol = m[2].replace(/\s+/g, '').toUpperCase();
  return /[A-ZĐ]/.test(symbol) ? `${m[1]}/${symbol}` : undefined;
}

/** "THCS", "Trung học cơ sở", "TH&THCS", "THCS và THPT" → the levels named, in order. */
export function parseLevels(text: string): Level[] {
  const words = fold(text).replace(/trung hoc pho thong/g, 'thpt').replace(/trung hoc co so/g, 'thcs').replace(/tieu hoc/g, 'th')
    .split(/[^a-z]+/).filter((w) => w !== '' && w !== 'va' && w !== 'cap');
  const found = new Set<Level>();
  for (const w of words) {
    if (w === 'th' || w === 'thcs' || w === 'thpt') found.add(w.toUpperCase() as Level);
    else return [];
  }
  return LEVELS.filter((l) => found.has(l));
}

export function isYes(text: string): boolean {
  return ['co', 'x', 'true', '1', 'yes', 'co gom he'].includes(fold(text));
}
