// A RangeList: the formatting of Range applied to each of its ranges.
import type { GRange, GRangeList } from './types';
import { self, unwrap } from './service';
import type { Formatting, Range } from './range';
import type { SheetState } from './sheet-state';

export class RangeList implements Pick<GRangeList, 'getRanges' | Formatting> {
  _ranges: GRange[];
  constructor(ranges: GRange[]) {
    this._ranges = ranges;
  }
  /** The tabs a write changes (their protection is checked before the call). */
  _tabs(): SheetState[] {
    return this._ranges.map((r) => (unwrap(r) as Range)._sheet);
  }
  getRanges(): GRange[] {
    return this._ranges.map((r) => r);
  }
  _each(apply: (range: Range) => void): GRangeList {
    for (const range of this._ranges) apply(unwrap(range) as Range);
    return self<GRangeList>(this);
  }
  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRangeList {
    return this._each((r) => r.setFontWeight(weight));
  }
  setFontStyle(style: GoogleAppsScript.Spreadsheet.FontStyle | null): GRangeList {
    return this._each((r) => r.setFontStyle(style));
  }
  setFontSize(size: number): GRangeList {
    return this._each((r) => r.setFontSize(size));
  }
  setFontLine(line: string | null): GRangeList {
    return this._each((r) => r.setFontLine(line));
  }
  setFontFamily(name: string | null): GRangeList {
    return this._each((r) => r.setFontFamily(name));
  }
  setFontColor(color: string | null): GRangeList {
    return this._each((r) => r.setFontColor(color));
  }
  setHorizontalAlignment(value: 'left' | 'center' | 'normal' | 'right' | null): GRangeList {
    return this._each((r) => r.setHorizontalAlignment(value));
  }
  setVerticalAlignment(value: 'top' | 'middle' | 'bottom' | null): GRangeList {
    return this._each((r) => r.setVerticalAlignment(value));
  }
  setWrap(wrap: boolean): GRangeList {
    return this._each((r) => r.setWrap(wrap));
  }
  setBackground(color: string | null): GRangeList {
    return this._each((r) => r.setBackground(color));
  }
  setNumberFormat(format: string): GRangeList {
    return this._each((r) => r.setNumberFormat(format));
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null,
    horizontal: boolean | null, color?: string | null, style?: GoogleAppsScript.Spreadsheet.BorderStyle | null): GRangeList {
    return this._each((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }
  setValue(value: unknown): GRangeList {
    return this._each((r) => r.setValue(value));
  }
}
