// What the local runner says about a file it cannot run on: one line, in Vietnamese and English,
// saying what to do, never a stack trace (PRODUCT 6: "Unreadable input exits non-zero with a
// one-line Vietnamese and English reason").
import type ExcelJS from 'exceljs';
import { MAX_CELLS } from './fake-sheets';

export interface Reason {
  vi: string;
  en: string;
}

const SAVE_AS = 'mở tệp bằng Excel, LibreOffice hoặc Google Trang tính rồi lưu lại dưới dạng .xlsx (Excel Workbook)';
const SAVE_AS_EN = 'open it in Excel, LibreOffice or Google Sheets and save it as .xlsx (Excel Workbook)';

/** A file the reader gave up on for a reason of its own. */
export function unreadable(name: string): Reason {
  return { vi: `không đọc được ${name} như một bảng tính .xlsx: ${SAVE_AS}.`, en: `cannot read ${name} as .xlsx: ${SAVE_AS_EN}` };
}

/** Why these bytes are not an .xlsx workbook, judged by their first bytes and the zip's part names; undefined when they may be one. */
export function whyNotAWorkbook(bytes: Buffer, name: string): Reason | undefined {
  if (bytes.length === 0) return { vi: `không đọc được ${name}: tệp rỗng (0 byte). Chọn đúng tệp danh sách, hoặc ${SAVE_AS}.`, en: `cannot read ${name} as .xlsx: the file is empty; ${SAVE_AS_EN}` };
  // Excel 97–2003 (.xls) and other OLE compound files.
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return { vi: `không đọc được ${name}: đây là bảng tính Excel cũ (.xls), không phải .xlsx; ${SAVE_AS}.`, en: `cannot read ${name} as .xlsx: it is an old Excel .xls file; ${SAVE_AS_EN}` };
  }
  if (!bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    return { vi: `không đọc được ${name}: tệp không phải bảng tính .xlsx (có thể là tệp văn bản hoặc CSV đổi đuôi); ${SAVE_AS}.`, en: `cannot read ${name} as .xlsx: it is not a workbook (text or CSV renamed?); ${SAVE_AS_EN}` };
  }
  // A zip: an OpenDocument spreadsheet names its type in the first entry; a workbook has xl/workbook.xml.
  const head = bytes.subarray(0, 200).toString('latin1');
  if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) {
    return { vi: `không đọc được ${name}: đây là bảng tính OpenDocument (.ods) đổi đuôi thành .xlsx; ${SAVE_AS}.`, en: `cannot read ${name} as .xlsx: it is an OpenDocument (.ods) spreadsheet renamed; ${SAVE_AS_EN}` };
  }
  if (!bytes.includes(Buffer.from('xl/workbook.xml', 'latin1'))) {
    return { vi: `không đọc được ${name}: đây là tệp nén (.zip) không chứa bảng tính Excel; ${SAVE_AS}.`, en: `cannot read ${name} as .xlsx: it is a zip file without a workbook inside; ${SAVE_AS_EN}` };
  }
  return undefined;
}

/**
 * Why Google Sheets could not hold this workbook: a tab whose used range goes past its cell cap
 * (typically one stray value far away, such as XFD1048576). Reads the cells present only, so a
 * huge empty grid costs nothing.
 */
export function whyTooLarge(workbook: ExcelJS.Workbook, name: string): Reason | undefined {
  for (const ws of workbook.worksheets) {
    let lastRow = 0;
    let lastColumn = 0;
    let farthest = ''; // the cell that last pushed the used range out
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (r > lastRow || c > lastColumn) farthest = cell.address;
        lastRow = Math.max(lastRow, r);
        lastColumn = Math.max(lastColumn, c);
      });
    });
    if (lastRow * lastColumn > MAX_CELLS) {
      return {
        vi: `trang "${ws.name}" của ${name} dùng đến ô ${farthest} (${lastRow} dòng × ${lastColumn} cột, quá giới hạn ${MAX_CELLS.toLocaleString('vi-VN')} ô của Google Trang tính): xóa các ô thừa ở xa (ô ${farthest}) rồi lưu lại dưới dạng .xlsx.`,
        en: `tab "${ws.name}" of ${name} reaches cell ${farthest}, past Google Sheets' ${MAX_CELLS} cell limit; delete the stray cells and save it as .xlsx again`,
      };
    }
  }
  return undefined;
}
