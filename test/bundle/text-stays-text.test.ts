// PRODUCT 4: user text written to generated tabs stays text, whatever it looks like.
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { FakeWorkbook, runSummarize } from '../helpers/bundle';

const tricky = fc.oneof(
  fc.constantFrom('=IMPORTXML("http://x","//a")', '=1+1', '+84 912 345', '-5', '10%', '2024-01-31', '31/01/2024', "'quoted", 'TRUE', '$100.15', '#N/A', '1.000', '0123'),
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => '=' + s),
);

it('any name or supporter comes back from Theo dõi exactly as text', () => {
  fc.assert(fc.property(fc.array(fc.tuple(tricky, tricky), { minLength: 1, maxLength: 6 }), (people) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán']);
    people.forEach(([name, supporter]) => ws.addRow([name, '1A', supporter, 'C']));
    const book = new FakeWorkbook(wb);
    const { json } = runSummarize(book, { today: '2025-12-01' });
    const sheet = book.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Theo dõi')!;
    const values: unknown[][] = sheet.getDataRange().getValues();
    const formulas: string[][] = sheet.getDataRange().getFormulas();
    const names = json.flags.map((f: { name: string }) => f.name);
    // Every name with a visible character is a student flagged at GKI, except texts that read as
    // a failed formula (getValues cannot tell "#N/A" typed from #N/A computed). A row named like a
    // total ("TC") is a student here: it has a class and a rating, and the reader skips a total
    // line only without a class or with counts where ratings go (read/roster/rows.ts).
    const readsAsError = (text: string) => /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i.test(text.trim());
    const visible = people.filter(([name, supporter]) => name.trim() !== '' && !readsAsError(name) && !readsAsError(supporter));
    expect(names.length).toBe(visible.length);
    for (const name of names) expect(values.some((row) => row[0] === name)).toBe(true);
    for (const [name] of visible) {
      if (name === name.trim() && !/\s\s|[\t\n\r]/.test(name) && name === name.normalize('NFC')) expect(names).toContain(name);
    }
    // No formulas at all (PRODUCT 4); the links to rows of the roster are rich text.
    expect(formulas.flat().filter(Boolean)).toEqual([]);
    for (const row of values) for (const cell of row) expect(['string', 'number']).toContain(typeof cell);
  }), { numRuns: 40, examples: [[[['TC', '=IMPORTXML("http://x","//a")'], ['=IMPORTXML("http://x","//a")', ' ']]]] });
});
