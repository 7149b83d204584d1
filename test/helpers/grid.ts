// Rosters as getValues() grids, for core tests.

import { analyse, type Analysis } from '../../src/core/analyse';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { SheetGrid } from '../../src/core/model';
import { reviewPointInfo, type ReviewPointCode } from '../../src/core/vocab';

export const AREAS4 = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
const pointTitle = (code: string) => reviewPointInfo(code as ReviewPointCode).label;

export interface StudentSpec {
  name: string;
  className: string;
  birth?: string;
  supporter?: string;
  disability?: boolean;
  ratings?: Record<string, Record<string, unknown> | undefined>;
}

export interface GridOptions {
  points: string[];
  areas?: string[];
  style?: 'one-row' | 'two-row';
  titleRows?: number;
  /** Header text of a review point / area / field, to vary aliases. */
  pointLabel?: (point: string) => string;
  areaLabel?: (area: string) => string;
  combined?: (point: string, area: string) => string;
}

/** A "Danh sách" grid with fields STT, Họ và tên, Ngày sinh, Lớp, HSKT, GV hỗ trợ, then review blocks. */
export function rosterGrid(students: StudentSpec[], options: GridOptions): SheetGrid {
  const areas = options.areas ?? AREAS4;
  const fields = ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'HSKT', 'GV hỗ trợ'];
  const values: unknown[][] = [];
  for (let i = 0; i < (options.titleRows ?? 0); i++) values.push(['TRƯỜNG TIỂU HỌC THỬ NGHIỆM', '', '']);
  const blockCells = (fn: (p: string, a: string, i: number) => unknown) => options.points.flatMap((p) => areas.map((a, i) => fn(p, a, i)));
  if (options.style === 'one-row') {
    values.push([...fields, ...blockCells((p, a) => (options.combined ?? ((x, y) => `${x} - ${y}`))(p, a))]);
  } else {
    values.push([...fields, ...blockCells((p, _a, i) => (i === 0 ? (options.pointLabel ?? pointTitle)(p) : ''))]);
    values.push([...fields.map(() => ''), ...blockCells((_p, a) => (options.areaLabel ?? ((x) => x))(a))]);
  }
  students.forEach((s, i) => {
    values.push([i + 1, s.name, s.birth ?? '', s.className, s.disability ? 'x' : '', s.supporter ?? '',
      ...blockCells((p, a) => s.ratings?.[p]?.[a] ?? '')]);
  });
  return { name: 'Danh sách', values };
}

export function classGrid(classes: Array<[string, number | string, string, number | string]>): SheetGrid {
  return { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ...classes] };
}

export function run(sheets: SheetGrid[], today = '2026-01-20', locale = 'vi_VN'): Analysis {
  // Exactly what the shell passes: Dates as wall-clock (see wallClock below), offset 0, the file's locale.
  return analyse({ sheets, today, timeZoneOffsetMinutes: WALL_CLOCK_OFFSET, locale });
}

export function codes(analysis: Analysis): string[] {
  return analysis.problems.map((p) => `${p.code}@${p.cell}`);
}

/** A calendar day (and time) as the shell hands a date cell to the core: its wall-clock date-time, as a UTC Date. */
export function wallClock(y: number, m: number, d: number, hours = 0, minutes = 0, seconds = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, hours, minutes, seconds));
}
