// Text in an .xlsx is XML, which cannot hold most control characters (U+0001, U+0007 …): exceljs
// drops them on save. OOXML writes such a character as _xHHHH_ (ECMA-376 §22.9.2.19), which
// Excel, LibreOffice, Google Sheets and exceljs read back as the character; a literal "_x0041_"
// typed by a school is written with its underscore escaped (_x005F_) so it stays as typed.
import type ExcelJS from 'exceljs';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
const hex4 = (ch: string) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** The text as OOXML stores it. */
export function escapeOoxmlText(text: string): string {
  return text.replace(LITERAL_ESCAPE, '_x005F_$1').replace(CONTROL, (ch) => `_x${hex4(ch)}_`);
}

function needsEscape(text: string): boolean {
  CONTROL.lastIndex = 0;
  LITERAL_ESCAPE.lastIndex = 0;
  return CONTROL.test(text) || LITERAL_ESCAPE.test(text);
}

/**
 * Writes every string cell (plain, rich text, hyperlink text) of the workbook in its OOXML form
 * for a save, and returns the function that puts the values back as they were.
 */
export function escapeForSave(workbook: ExcelJS.Workbook): () => void {
  const restore: Array<() => void> = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        let escaped: ExcelJS.CellValue | undefined;
        if (typeof value === 'string' && needsEscape(value)) escaped = escapeOoxmlText(value);
        else if (value && typeof value === 'object' && 'richText' in value && value.richText.some((run) => needsEscape(run.text))) {
          escaped = { ...value, richText: value.richText.map((run) => ({ ...run, text: escapeOoxmlText(run.text) })) };
        } else if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.text === 'string' && needsEscape(value.text)) {
          escaped = { ...value, text: escapeOoxmlText(value.text) };
        }
        if (escaped === undefined) return;
        cell.value = escaped;
        restore.push(() => {
          cell.value = value;
        });
      });
    });
  }
  return () => restore.forEach((undo) => undo());
}
