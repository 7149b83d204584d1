// One way to make a Problem: at a cell (1-based row and column, as the school sees it in Sheets)
// or over a range (a whole header area, a merged block), pointing at the range's top-left cell.

import type { Problem, ProblemCode, Severity } from './model';
import { a1, parseA1Range } from './text';

/** A problem at one cell; `className` groups it in Kiểm tra ('' reads as none). */
export function problemAt(sheet: string, row: number, column: number, severity: Severity, code: ProblemCode, message: string,
  className?: string): Problem {
  return { sheet, cell: a1(row, column), row, column, severity, code, message, className: className || undefined };
}

/** A problem about a range ("A1:Z10", "E5:G5"): its cell is the range, its row and column the top-left. */
export function problemOver(sheet: string, range: string, severity: Severity, code: ProblemCode, message: string,
  className?: string): Problem {
  const at = parseA1Range(range) ?? { row: 1, column: 1 };
  return { sheet, cell: range, row: at.row, column: at.column, severity, code, message, className: className || undefined };
}
