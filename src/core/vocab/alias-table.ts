// One lookup table per kind of word: every alias folded with foldCompact(), so case, spacing,
// diacritics and NFC/NFD never matter.

import { foldCompact } from '../text';

export function aliasTable<T>(entries: Array<[string[], T]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [aliases, value] of entries) {
    for (const alias of aliases) table.set(foldCompact(alias), value);
  }
  return table;
}
