// Developer metadata on a tab, with Google's size cap.
import type { GDeveloperMetadata } from './types';
import { service, self } from './service';
import type { FakeWorkbook, MetadataEntry } from './workbook';
import type { SheetState } from './sheet-state';

export function metadataProxy(book: FakeWorkbook, sheetState: SheetState, m: MetadataEntry): GDeveloperMetadata {
  const location = {
    getSheet: () => (book.sheets.includes(sheetState) ? sheetState.proxy : null),
    getLocationType: () => 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType,
  } satisfies Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getSheet' | 'getLocationType'>;
  const md: Pick<GDeveloperMetadata, 'getId' | 'getKey' | 'getValue' | 'setValue' | 'getLocation' | 'remove'> = {
    getId: () => m.id,
    getKey: () => m.key,
    getValue: () => m.value,
    setValue(value: string) {
      const text = value === undefined || value === null ? null : String(value);
      checkMetadataSize(book, sheetState, (text ?? '').length - (m.value ?? '').length);
      m.value = text;
      return self<GDeveloperMetadata>(md);
    },
    getLocation: () => service<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>(location, 'DeveloperMetadataLocation', book.log),
    remove: () => {
      sheetState.metadata = sheetState.metadata.filter((x) => x !== m);
    },
  };
  return service<GDeveloperMetadata>(md, 'DeveloperMetadata', book.log);
}

/** Developer metadata: 30,000 characters per sheet and per spreadsheet (SHEETS-FIDELITY 4 and 13, unconfirmed: enforced). */
export const MAX_METADATA_CHARS = 30000;

function metadataChars(sheets: SheetState[]): number {
  return sheets.reduce((sum, s) => sum + s.metadata.reduce((n, m) => n + m.key.length + (m.value ?? '').length, 0), 0);
}

export function checkMetadataSize(book: FakeWorkbook, sheet: SheetState, more: number): void {
  if (metadataChars([sheet]) + more > MAX_METADATA_CHARS || metadataChars(book.sheets) + more > MAX_METADATA_CHARS) {
    throw new Error(`Developer metadata would exceed ${MAX_METADATA_CHARS} characters.`);
  }
}
