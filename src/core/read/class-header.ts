// The header of the "Lớp" tab: every label placed as Lớp, Khối, GVCN or Sĩ số, a column the
// add-in knows and does not need (STT, Nữ, Ghi chú), or a problem at its header cell. Sĩ số comes
// in a family of forms ("Sĩ số HS", "SS", "Tổng số học sinh", "Sĩ số đầu năm"); with several Sĩ
// số columns the current one is read and the others are named (PRODUCT 3.2: THHS says its source).

import { cellText, isBlank } from '../cells';
import type { Problem } from '../model';
import { problemAt } from '../problem';
import { findTableHeader } from '../table';
import { columnLetters, foldWords } from '../text';

export type ClassField = 'name' | 'grade' | 'homeroomTeacher' | 'size';

export interface ClassHeader {
  /** 0-based header row. */
  row: number;
  /** 0-based column of each field read. */
  columns: Partial<Record<ClassField, number>>;
  problems: Problem[];
}

const SIZE_START = /^(si so|sy so|ss|tshs|ts hs|tong so|so luong|so)( (hoc sinh|hs))?(?= |$)/;
// What may follow the Sĩ số words: who is counted, and when ("đầu năm", "cuối HKI", "hiện tại").
const TERM = '(hk ?(i|ii|1|2)|(hoc )?k[iy] ?(i|ii|1|2))';
const YEAR = 'nam( hoc)?( \\d{4}( \\d{4})?)?';
// A bare "nam" is no time ("Tổng số nam" counts boys): a year needs "đầu", "cuối", "cả" or "học".
const SIZE_REST = new RegExp(`^((hien (tai|nay|co))|co mat|(dau|cuoi|giua|ca) (${TERM}|${YEAR})|${TERM}|nam hoc( \\d{4}( \\d{4})?)?|thang \\d{1,2}( \\d{4})?|ngay [\\d ]+)?$`);
const CURRENT = /^(hien (tai|nay|co))?$/;

/** A Sĩ số label: undefined when it is none, else its qualifier ('' for plain "Sĩ số"). */
export function sizeQualifier(label: string): string | undefined {
  const w = foldWords(label);
  const start = SIZE_START.exec(w);
  if (!start) return undefined;
  const rest = w.slice(start[0].length).trim().replace(/^(hoc sinh |hs )?((cua )?lop( |$))?/, '').replace(/^(hoc sinh|hs)$/, '');
  // "Số HS nữ", "Tổng số nam": a count of some students, not the class's size.
  if (!SIZE_REST.test(rest) || (start[1] === 'so' && !start[2] && rest === '')) return undefined;
  return rest;
}

function fieldOf(label: string): ClassField | undefined {
  const w = foldWords(label);
  if (w === 'lop' || w === 'ten lop') return 'name';
  if (w === 'khoi' || w === 'khoi lop') return 'grade';
  if (/^(ho( va)? ten )?(gvcn|(gv|giao vien) (cn|chu nhiem))$/.test(w)) return 'homeroomTeacher';
  return sizeQualifier(label) === undefined ? undefined : 'size';
}

/** Columns the tab may have and the add-in does not read: numbering, counts of girls or boys, notes. */
const KNOWN_UNREAD = /^(stt|tt|ghi chu|dan toc|phong( hoc)?|buoi( hoc)?|ca hoc)$|(^| )(nu|nam)$|^(nu|nam)( |$)/;

/**
 * The header row (the first of ten with a "Lớp" column) and its columns; a label it cannot place
 * is CLASS_LIST_COLUMN_UNPLACED at its cell, a second Sĩ số column CLASS_LIST_SIZE_COLUMNS.
 */
export function readClassHeader(sheet: string, values: unknown[][]): ClassHeader | undefined {
  const found = findTableHeader(values, { name: ['Lớp', 'Tên lớp'] }, ['name']);
  if (!found) return undefined;
  const columns: Partial<Record<ClassField, number>> = {};
  const problems: Problem[] = [];
  const sizes: number[] = [];
  const labels = values[found.row].map((v) => cellText(v).trim());
  labels.forEach((label, c) => {
    if (isBlank(label)) return;
    const field = fieldOf(label);
    if (field === 'size') sizes.push(c);
    else if (field !== undefined && columns[field] === undefined) columns[field] = c;
    else if (field === undefined && !KNOWN_UNREAD.test(foldWords(label))) {
      problems.push(problemAt(sheet, found.row + 1, c + 1, 'warning', 'CLASS_LIST_COLUMN_UNPLACED',
        `Cột ${columnLetters(c + 1)} "${label}" của trang Lớp không được đọc: trang Lớp chỉ đọc các cột Lớp, Khối, GVCN, Sĩ số. Nếu cột này là sĩ số của lớp, đổi tiêu đề thành "Sĩ số"; nếu không cần, có thể để nguyên.`));
    }
  });
  if (sizes.length > 0) {
    // The current size: a column saying "hiện tại" or nothing more, else the rightmost (written last).
    const current = sizes.filter((c) => CURRENT.test(sizeQualifier(labels[c]) as string));
    const used = current.length > 0 ? current[current.length - 1] : sizes[sizes.length - 1];
    columns.size = used;
    for (const c of sizes.filter((s) => s !== used)) {
      problems.push(problemAt(sheet, found.row + 1, c + 1, 'warning', 'CLASS_LIST_SIZE_COLUMNS',
        `Trang Lớp có ${sizes.length} cột sĩ số (${sizes.map((s) => `${columnLetters(s + 1)} "${labels[s]}"`).join(', ')}). THHS được tính theo cột ${columnLetters(used + 1)} "${labels[used]}", không theo cột ${columnLetters(c + 1)}. Nếu cần sĩ số ở cột ${columnLetters(c + 1)}, đổi tiêu đề cột đó thành "Sĩ số" và đổi tiêu đề cột ${columnLetters(used + 1)}, ví dụ thành "Ghi chú sĩ số".`));
    }
  }
  return { row: found.row, columns, problems };
}
