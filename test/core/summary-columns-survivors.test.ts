// Tổng hợp's columns (summaryColumns in src/core/layout/summary-tables.ts), asked directly: Khối,
// THHS and TSHS as wide as the school's name over them, one table up to exactly the legible width,
// and a column for every slot of the tables the areas are split into.
import { legibleWidthPx, paperWidthPx, textWidthPx } from '../../src/core/layout/measure';
import { STYLE_PT } from '../../src/core/layout/measure-layout';
import { summaryColumns } from '../../src/core/layout/summary-tables';

/** The school's name line: 13 pt bold Times New Roman (summary-frame.ts). */
const NAME_FONT = { pt: 13, bold: true, serif: true };

describe('summaryColumns', () => {
  it('gives Khối, THHS and TSHS together the long school name\'s width and a little more, so the name above them fits', () => {
    const name = 'TRƯỜNG TRUNG HỌC CƠ SỞ VÀ TRUNG HỌC PHỔ THÔNG NGUYỄN BỈNH KHIÊM';
    const { widths } = summaryColumns(4, name);
    expect(widths[0] + widths[1] + widths[2]).toBeGreaterThanOrEqual(textWidthPx(name, NAME_FONT) + 20);
    expect(widths[0]).toBe(widths[2]); // THHS centred under the name
  });

  it('keeps the counts in one table when it takes exactly the widest legible width on paper', () => {
    // This name and 8 areas make the one table exactly as wide as 11 pt notes allow (checked below).
    const name = 'TRƯỜNG THCS TRẦN HƯNG ĐẠO ĐÀ NẴNG';
    const c = summaryColumns(8, name);
    expect(paperWidthPx([...c.widths.slice(0, 3), ...new Array<number>(8).fill(c.area), 90, 90])).toBe(legibleWidthPx(STYLE_PT.small));
    expect(c.slots).toBe(10); // 8 areas, HSKT and Tỉ lệ after Khối, THHS, TSHS
    // The one table's columns: Khối, THHS, TSHS, the 8 areas, then HSKT and Tỉ lệ at their 90 px.
    expect(c.widths).toEqual([...c.widths.slice(0, 3), ...new Array<number>(8).fill(c.area), 90, 90]);
  });

  it('when the areas need two tables, has a column for every slot of a table, each as wide as an area column, within the legible width', () => {
    // 14 subjects, HSKT and Tỉ lệ: 16 columns in two tables of 8.
    const c = summaryColumns(14, 'TRƯỜNG THCS LÊ LỢI');
    expect(c.slots).toBe(8);
    expect(c.widths).toHaveLength(3 + 8);
    expect(c.widths.slice(3)).toEqual(new Array<number>(8).fill(c.area));
    expect(c.area).toBeGreaterThanOrEqual(60);
    expect(paperWidthPx(c.widths)).toBeLessThanOrEqual(legibleWidthPx(STYLE_PT.small));
  });
});
