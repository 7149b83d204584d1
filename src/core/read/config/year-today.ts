// Năm học in Cấu hình against the day of the run. Last year's Cấu hình kept into a new school year puts
// every month, review point and log deadline in the wrong year without a word (a log "Tháng 11" read as
// last November, no noLog): said at the cell. The run still counts by the year written: it is the school's.

import { schoolYearLabel, type Day } from '../../calendar';
import type { Problem, SheetGrid } from '../../model';
import { problemAt } from '../../problem';
import { cellText } from '../../cells';
import { tidy } from '../../text';
import { configKey, schoolField, type Config } from './types';
import { parseSchoolYear } from './values';

const two = (n: number) => String(n).padStart(2, '0');

/** A warning at the Năm học cell when today is from September after the year's end, or before the July ahead of its start. */
export function schoolYearAgainstToday(sheet: SheetGrid | undefined, config: Config, today: Day): Problem | undefined {
  if (!sheet || !config.schoolYear) return undefined;
  const start = Number(config.schoolYear.slice(0, 4));
  const over = today.year > start + 1 || (today.year === start + 1 && today.month >= 9);
  const ahead = today.year < start || (today.year === start && today.month < 7);
  if (!over && !ahead) return undefined;
  // The row the year was read from: the last Năm học row whose value reads as it (a later valid row wins in Cấu hình).
  const row = sheet.values.map((r) => schoolField(configKey(r[0])) === 'schoolYear' && parseSchoolYear(tidy(cellText(r[1]))) === config.schoolYear)
    .lastIndexOf(true);
  if (row < 0) return undefined;
  const written = schoolYearLabel(start);
  const current = schoolYearLabel(today.month >= 8 ? today.year : today.year - 1);
  const day = `${two(today.day)}/${two(today.month)}/${today.year}`;
  return problemAt(sheet.name, row + 1, 2, 'warning', 'CONFIG_VALUE_INVALID',
    `Năm học ghi ở đây là ${written}, nhưng hôm nay (${day}) ${over ? 'đã sang' : 'mới là'} năm học ${current}. `
    + `Các mốc đánh giá, tháng của nhật ký và hạn báo cáo đang được tính theo năm học ${written}. `
    + `Nếu năm học hiện tại là ${current}, sửa ô này thành ${current}.`);
}
