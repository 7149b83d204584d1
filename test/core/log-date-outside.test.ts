// Review-7 F7: a Nhật ký date before the school year or after today was taken as written; the entry
// counted for a month that never shows (or a month to come), and the mentor was "missing" for the
// real month without a word. Now: LOG_DATE_OUTSIDE at its cell, saying the month it would count
// for and what to write; the entry counts for no month.
import fc from 'fast-check';
import { readLogTab } from '../../src/core/read/log';
import type { SheetGrid } from '../../src/core/model';
import { pad2 } from '../../src/core/text';
import { propertyRuns } from '../helpers/property-runs';
import { codes, run, wallClock } from '../helpers/grid';

const TODAY = { year: 2025, month: 11, day: 28 };
const HEADER = ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'];
const log = (...dates: unknown[]): SheetGrid => ({ name: 'Nhật ký', values: [HEADER, ...dates.map((d) => [d, 'Nguyễn Văn Hùng', '8A', 'Cô Lan', 'Phụ đạo Toán'])] });
const read = (...dates: unknown[]) => readLogTab(log(...dates), 2025, 0, TODAY)!;

describe('a log date outside the school year, or after today', () => {
  it.each([
    // [written, month counted, problem code, message after 'Ngày "…" (dòng của Nguyễn Văn Hùng) ']
    ['15/11/2025', '2025-11', undefined, undefined],
    ['28/11/2025', '2025-11', undefined, undefined], // today itself
    ['01/08/2025', '2025-08', undefined, undefined], // the school year's first day
    ['15/11/2024', undefined, 'LOG_DATE_OUTSIDE', 'thuộc tháng 11/2024, trước năm học 2025-2026, nên dòng này chưa tính vào tháng nào. Nếu là ngày 15/11/2025 của năm học này, sửa thành 15/11/2025.'],
    ['31/07/2025', undefined, 'LOG_DATE_OUTSIDE', 'thuộc tháng 7/2025, trước năm học 2025-2026, nên dòng này chưa tính vào tháng nào. Ghi đúng ngày đã hỗ trợ trong năm học 2025-2026, không sau hôm nay (ngày/tháng/năm, ví dụ 28/11/2025).'],
    ['29/11/2025', undefined, 'LOG_DATE_OUTSIDE', 'thuộc tháng 11/2025, sau hôm nay (28/11/2025), nên dòng này chưa tính vào tháng nào. Ghi đúng ngày đã hỗ trợ trong năm học 2025-2026, không sau hôm nay (ngày/tháng/năm, ví dụ 28/11/2025).'],
    ['15/12/2025', undefined, 'LOG_DATE_OUTSIDE', 'thuộc tháng 12/2025, sau hôm nay (28/11/2025), nên dòng này chưa tính vào tháng nào. Ghi đúng ngày đã hỗ trợ trong năm học 2025-2026, không sau hôm nay (ngày/tháng/năm, ví dụ 28/11/2025).'],
    ['15/11/2026', undefined, 'LOG_DATE_OUTSIDE', 'thuộc tháng 11/2026, sau hôm nay (28/11/2025), nên dòng này chưa tính vào tháng nào. Nếu là ngày 15/11/2025 của năm học này, sửa thành 15/11/2025.'],
    // month/day order: 11 May 2025, before the year (and 11/05/2026 is after today: no year offered)
    ['11/05/2025', undefined, 'LOG_DATE_OUTSIDE', 'thuộc tháng 5/2025, trước năm học 2025-2026, nên dòng này chưa tính vào tháng nào. Ghi đúng ngày đã hỗ trợ trong năm học 2025-2026, không sau hôm nay (ngày/tháng/năm, ví dụ 28/11/2025).'],
    // months without a day: this month is fine, a month to come is not, last year's is offered this year's
    ['11/2025', '2025-11', undefined, undefined],
    ['Tháng 12', undefined, 'LOG_DATE_OUTSIDE', 'thuộc tháng 12/2025, sau hôm nay (28/11/2025), nên dòng này chưa tính vào tháng nào. Ghi đúng ngày đã hỗ trợ trong năm học 2025-2026, không sau hôm nay (ngày/tháng/năm, ví dụ 28/11/2025).'],
    ['10/2024', undefined, 'LOG_DATE_OUTSIDE', 'thuộc tháng 10/2024, trước năm học 2025-2026, nên dòng này chưa tính vào tháng nào. Nếu là tháng 10/2025 của năm học này, sửa thành 10/2025.'],
    // a date cell and a serial number say the same as the text
    [wallClock(2024, 11, 15), undefined, 'LOG_DATE_OUTSIDE', 'thuộc tháng 11/2024, trước năm học 2025-2026, nên dòng này chưa tính vào tháng nào. Nếu là ngày 15/11/2025 của năm học này, sửa thành 15/11/2025.'],
    [45976, '2025-11', undefined, undefined], // 15/11/2025
  ])('%p', (written, month, code, message) => {
    const tab = read(written);
    expect(tab.entries.map((e) => e.month)).toEqual([month]);
    expect(tab.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(code ? [`${code}@A2`] : []);
    if (message) {
      expect(tab.problems[0].severity).toBe('warning');
      expect(tab.problems[0].message).toMatch(/^Ngày ".+" \(dòng của Nguyễn Văn Hùng\) /);
      expect(tab.problems[0].message.replace(/^Ngày ".+" \(dòng của Nguyễn Văn Hùng\) /, '')).toBe(message);
      expect(tab.problems[0].message).toBe(tab.problems[0].message.normalize('NFC'));
    }
  });

  it('property: a readable day counts for its month exactly when it is from 1 August of the year\'s start to today', () => {
    fc.assert(fc.property(fc.integer({ min: 2023, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
      const tab = read(`${pad2(d)}/${pad2(m)}/${y}`);
      const ymd = `${y}-${pad2(m)}-${pad2(d)}`;
      const inside = ymd >= '2025-08-01' && ymd <= '2025-11-28';
      expect(tab.entries[0].month).toBe(inside ? ymd.slice(0, 7) : undefined);
      expect(tab.problems.map((p) => p.code)).toEqual(inside ? [] : ['LOG_DATE_OUTSIDE']);
    }), { numRuns: propertyRuns(300) });
  });

  it('through analyse: the entry dated last year is no entry of this month, and Kiểm tra says so at its cell', () => {
    const roster: SheetGrid = { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['Nguyễn Văn Hùng', '8A', 'Cô Lan', '4,5'],
    ] };
    const a = run([roster, log('15/11/2024')], '2025-11-28');
    expect(codes(a).filter((c) => c.startsWith('LOG_'))).toEqual(['LOG_DATE_OUTSIDE@A2']);
    expect(a.mentoring.mentors.map((m) => m.name)).toEqual(['Cô Lan']);
    const ok = run([roster, log('15/11/2025')], '2025-11-28');
    expect(codes(ok).filter((c) => c.startsWith('LOG_'))).toEqual([]);
    const flags = (x: typeof a) => x.flags.map((f) => `${f.reviewPoint} ${f.kinds.join(',')}`);
    expect(flags(a)).toEqual(['GKI new,noLog']);
    expect(flags(ok)).toEqual(['GKI new']);
  });
});
